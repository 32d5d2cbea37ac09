"""Claim dates from the story around a claim: a report of speech takes a day or a week from
the sentences before it, a month only from an act of its own speaker (context.speech_day), and
nothing from a date after 'since', which starts a span reaching on (context.not_since); what
the officials of the parties to a joint act, a debate or the story's own attributed act said
after it, undated, they said that day, and so did the source of that act (claim_date.scene_context);
a poll or a report speaks when it was conducted or published, a season included
(claim_date.vehicle_occasion).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Monday is
2025-06-02, Tuesday 06-03.
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import checked_claim_date

SPEECH_DAY_CASES = [
    # a month places another's act, a thing or a statement, not a later report of speech about it
    ("In May, the agency cut food rations by half. A spokesman said more cuts were possible.", "more cuts were possible", None, "claim_date.undated_past_report"),
    ("A survey published in April found that most voters backed the plan. The minister said the plan would pass.", "plan would pass", None, "claim_date.undated_past_report"),
    ("The plant stopped production in March. The mayor said the site would be sold.", "site would be sold", None, "claim_date.undated_past_report"),
    ("A panel of economists estimated in April that growth would slow. She said the forecast was too gloomy.", "forecast was too gloomy", None, "claim_date.undated_past_report"),
    ("The lender will provide a loan, with the rest coming from a bond placed in December. \"Demand was strong,\" said Finance Director Omar Haddad. He added that a second bond would follow.", "second bond would follow", None, "claim_date.undated_past_report"),  # another actor's act: the pronoun is the speaker's
    # a date after 'since' starts a span that reaches on: it places no later statement (context.not_since)
    ("The agency has cut rations since Monday. A spokesman said more cuts were possible.", "more cuts were possible", None, "claim_date.undated_past_report"),
    ("Trains have not run since last week. The rail operator said repairs would take a month.", "repairs would take a month", None, "claim_date.undated_past_report"),
]  # fmt: skip


SCENE_CASES = [
    # an act two parties or more do together sets a scene: their officials' words are of that day
    ("Chile and Peru agreed on Tuesday to reopen their border.\n\nChilean Foreign Minister Ana Rojas said the deal was fair.", "deal was fair", "2025-06-03", "claim_date.scene_context"),
    ("The leaders of Chile and Peru pledged on Monday to fight smuggling.\n\nThe Peruvian president said the border would be patrolled jointly.", "patrolled jointly", "2025-06-02", "claim_date.scene_context"),
    # the story's own act, with its source after it
    ("Chile and Peru agreed on Tuesday to reopen their border, the two governments said.\n\nChile's foreign ministry said the first crossing would open in July.", "first crossing would open", "2025-06-03", "claim_date.scene_context"),
    # the source of the story's own act reports it that day, whoever it is
    ("Chile and Peru agreed on Tuesday to reopen two border crossings for an initial period of 30 days, the United Nations said, but neither side committed to a broader truce.", "Chile and Peru agreed", "2025-06-03", "claim_date.scene_context"),
    ("The governments of Chile and Peru agreed on Tuesday to resume talks over the disputed border, Chilean Foreign Minister Ana Rojas said, as the dispute began to weigh on trade.", "The governments of Chile and Peru agreed", "2025-06-03", "claim_date.scene_context"),
    # a sitting of an assembly
    ("Lawmakers in Chile's Senate debated the pension bill on Tuesday.\n\nChile's labour minister said the reform was affordable.", "reform was affordable", "2025-06-03", "claim_date.scene_context"),
    ("Kenya's National Assembly debated the finance bill on Tuesday.\n\nTana Alliance MP Joseph Wafula said the bill would hurt farmers.", "hurt farmers", "2025-06-03", "claim_date.scene_context"),  # a member of no known state
    # a clock time of the scene's own day goes on with the scene
    ("The foreign ministers of Chile and Peru met in Geneva on Monday.\n\nThe talks began at 10 a.m. and lasted four hours.\n\nThe Chilean minister said the meeting had been frank.", "meeting had been frank", "2025-06-02", "claim_date.scene_context"),
]  # fmt: skip


VEHICLE_CASES = [
    # a poll conducted, a report by an author published, a survey of a season: the text's time
    ("A poll by the Centre for Migration Studies, conducted in September, found that most workers were unhappy.", "most workers were unhappy", "2024-09", "claim_date.vehicle_occasion"),
    ("Hanoi has expanded its outposts, according to a report by the institute published in December.", "Hanoi has expanded", "2024-12", "claim_date.vehicle_occasion"),
    ("A survey published in the autumn of 2024 found that few voters trusted the government.", "few voters trusted", "2024-FA", "claim_date.vehicle_occasion"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, content, value, rule_id", SPEECH_DAY_CASES + SCENE_CASES + VEHICLE_CASES
)
def test_a_claim_takes_its_date_from_the_story(nlp, text, content, value, rule_id):
    checked_claim_date(nlp, text, content, value, rule_id)
