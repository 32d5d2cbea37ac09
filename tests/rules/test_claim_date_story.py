"""Claim dates from the story around a claim: a report of speech takes a day or a week from
the sentences before it, a month only from an act of its own speaker (context.speech_day), and
nothing from a date after 'since', which starts a span reaching on (context.not_since).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Monday is
2025-06-02, Tuesday 06-03.
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import claim_date_of

from pipeline.rules import rule

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


@pytest.mark.parametrize("text, content, value, rule_id", SPEECH_DAY_CASES)
def test_a_claim_takes_its_date_from_the_story(nlp, text, content, value, rule_id):
    got = claim_date_of(nlp, text, content)
    assert (got["value"], got["rule_id"]) == (value, rule_id)
    assert rule(rule_id).id == rule_id  # declared
    assert got["start"] is None or text[got["start"] : got["end"]] == got["text"]
