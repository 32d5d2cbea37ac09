"""Claim dates from the discourse of a whole story (issue 17): a report placed a count of days
after or before another act (claim_date.interval_frame), a statement quoted again further down
(claim_date.repeated_claim), a statement made in a published text whose participle or
possessive gives its day (claim_date.vehicle_occasion), 'filing' or 'memo' as the occasion of
a statement, the same definite description as the same speaker (claim_date.speaker_context),
no earlier date of another speaker's statement, a backgrounded act or an act the statement came
'later' than (context.not_other_actor, context.not_later), and a pronoun's statement that goes on
with the dated one before it across a paragraph break (claim_date.added_statement).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Sunday is
2025-06-01, Monday 06-02, Tuesday 06-03, Friday 05-30.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.rules import rule

PUB = "2025-06-04"

CASES = [
    # the act a count of days after (before) another: that act's day, else the paragraph's, else the dateline's, else publication's
    ("The remarks came a day after the finance minister said the budget would be cut.", "budget would be cut", "2025-06-03", "claim_date.interval_frame"),
    ("The governor spoke on Tuesday. Her remarks came a day after the mayor said the city was broke.", "city was broke", "2025-06-02", "claim_date.interval_frame"),
    ("Her speech on Tuesday came two days after the mayor said the city was broke.", "city was broke", "2025-06-01", "claim_date.interval_frame"),
    ("The strike began on Monday, a day after the union said talks had failed.", "talks had failed", "2025-06-01", "claim_date.interval_frame"),
    ("The ruling on Tuesday came a week after the defence said the case was weak.", "case was weak", "2025-05-27", "claim_date.interval_frame"),
    ("The protest came three days after the police chief said the march was banned.", "march was banned", "2025-06-01", "claim_date.interval_frame"),
    ("The announcement came just hours after the regulator said it would open an inquiry.", "open an inquiry", "2025-06-04", "claim_date.interval_frame"),
    ("ROME, June 2 (Wire) - The walkout came a day after the union said talks had collapsed.", "talks had collapsed", "2025-06-01", "claim_date.interval_frame"),
    ("The board met on Friday. The vote came two days after the chairman said he would step down.", "step down", "2025-05-28", "claim_date.interval_frame"),
    ("The ceasefire collapsed two days after the rebels said they would disarm.", "would disarm", "2025-06-02", "claim_date.interval_frame"),
    ("The resignation came a day after the coach said he would stay.", "he would stay", "2025-06-03", "claim_date.interval_frame"),
    ("The senator spoke on Sunday, a day after the governor said the state was bankrupt.", "state was bankrupt", "2025-05-31", "claim_date.interval_frame"),
    ("The minister resigned on Tuesday, a week after she said she had no plans to quit.", "no plans to quit", "2025-05-27", "claim_date.interval_frame"),
    ("The remarks came the day after the minister said the budget would be cut.", "budget would be cut", "2025-06-03", "claim_date.interval_frame"),
    ("Talks resumed on Monday, the week after the envoy said a deal was close.", "deal was close", "2025-05-26", "claim_date.interval_frame"),
    ("The mayor spoke on Tuesday. The strike began the day after the union said talks had failed.", "talks had failed", "2025-06-02", "claim_date.interval_frame"),
    # a statement quoted again further down keeps the day it was made
    ("The health minister said on Monday that the clinics would reopen in July.\n\nUnions welcomed the plan.\n\n\"The clinics will reopen in July,\" the minister said.", "The clinics will reopen", "2025-06-02", "claim_date.repeated_claim"),
    ("The army chief said on Sunday that the border was calm.\n\nVillagers near the frontier disagreed.\n\n\"The border is calm,\" he said.", "The border is calm", "2025-06-01", "claim_date.repeated_claim"),
    ("The city's mayor said on Monday that the bridge would close in August.\n\nDrivers were angry.\n\n\"The bridge will close in August,\" the mayor said.", "The bridge will close", "2025-06-02", "claim_date.repeated_claim"),
    ("The home side's coach told reporters on Sunday that the team had played badly.\n\nFans booed.\n\nThe team played badly, the coach said.", "The team played badly", "2025-06-01", "claim_date.repeated_claim"),
    ("The president said on Tuesday that the army would leave the city.\n\nResidents cheered.\n\nThe army will leave the city, she said.", "army will leave", "2025-06-03", "claim_date.repeated_claim"),
    # the day of the published text that makes the statement
    ("The report, released on Tuesday, said emissions had risen.", "emissions had risen", "2025-06-03", "claim_date.vehicle_occasion"),
    ("In a report published on Monday, the agency said the river was polluted.", "river was polluted", "2025-06-02", "claim_date.vehicle_occasion"),
    ("The study, published on Friday, said obesity rates had doubled.", "obesity rates", "2025-05-30", "claim_date.vehicle_occasion"),
    ("In a study published on Friday, researchers said the drug was safe.", "drug was safe", "2025-05-30", "claim_date.vehicle_occasion"),
    ("The survey, released on Monday, said most voters wanted change.", "voters wanted change", "2025-06-02", "claim_date.vehicle_occasion"),
    ("The audit, issued on Tuesday, found the agency had wasted funds.", "wasted funds", "2025-06-03", "claim_date.vehicle_occasion"),
    ("A court filing, submitted on Monday, said the firm had hidden losses.", "hidden losses", "2025-06-02", "claim_date.vehicle_occasion"),
    ("In a document circulated on Sunday, the rebels said they would disarm.", "would disarm", "2025-06-01", "claim_date.vehicle_occasion"),
    ("Tuesday's report said emissions had risen.", "emissions had risen", "2025-06-03", "claim_date.vehicle_occasion"),
    ("Friday's poll found that most voters backed the plan.", "most voters backed", "2025-05-30", "claim_date.vehicle_occasion"),
    ("Monday's ruling said the law was void.", "law was void", "2025-06-02", "claim_date.vehicle_occasion"),
    ("In an interview with a radio station broadcast on Sunday, the mayor said the strike was illegal.", "strike was illegal", "2025-06-01", "claim_date.vehicle_occasion"),
    ("In a letter to shareholders sent on Monday, the chairman said profits would recover.", "profits would recover", "2025-06-02", "claim_date.vehicle_occasion"),
    # a filing or a memo is the occasion of a statement, as a statement is
    ("The company said in a filing last week that profits had fallen.", "profits had fallen", "2025-W22", "claim_date.explicit"),
    ("The bank said in a memo on Tuesday that rates would stay high.", "rates would stay high", "2025-06-03", "claim_date.explicit"),
    ("The airline said in a regulatory filing on Friday that it had cut jobs.", "cut jobs", "2025-05-30", "claim_date.explicit"),
    # the same definite description is the same speaker when no actor is found
    ("The minister said last Thursday that prices were stable.\n\nThe minister also said the currency was strong.", "currency was strong", "2025-05-29", "claim_date.speaker_context"),
    ("The company said on Monday that sales had fallen.\n\nAnalysts were surprised.\n\nThe company said it would cut jobs.", "cut jobs", "2025-06-02", "claim_date.speaker_context"),
    ("The ambassador said on Sunday that the talks had stalled.\n\nThe ambassador added that a deal was still possible.", "deal was still possible", "2025-06-01", "claim_date.speaker_context"),
    # an earlier date dates a new statement only when it goes on from the same act: not another speaker's statement, a backgrounded act, or what came 'later' (context.not_other_actor, context.not_later)
    ("The finance minister said on Monday that the deficit had narrowed. Opposition leaders said the figures were misleading.", "figures were misleading", None, "claim_date.undated_past_report"),
    ("The finance minister said on Monday that the deficit had narrowed. Senator Ana Ruiz said the figures were misleading.", "figures were misleading", None, "claim_date.undated_past_report"),  # a name first met after the title: another person
    ("Finance Minister Tomas Berg met reporters. The minister said on Monday that the deficit had narrowed. Berg said the figures were sound.", "figures were sound", "2025-06-02", "claim_date.paragraph_context"),  # the title's holder named before it: the same person
    ("The prime minister announced on Friday that taxes would rise. Economists said the move would hurt growth.", "hurt growth", None, "claim_date.undated_past_report"),
    ("NAIROBI, June 3 (Wire) - The finance minister said on Monday that the shilling was stable. The central bank governor said inflation would ease.", "inflation would ease", None, "claim_date.undated_past_report"),
    ("The finance ministry said on Monday that the deficit had narrowed. A rival party said the figures were wrong.", "figures were wrong", None, "claim_date.undated_past_report"),
    ("The government said on Monday that taxes would rise. On Tuesday, the opposition said it would fight the plan. The government said the plan was fair.", "plan was fair", "2025-06-02", "claim_date.speaker_context"),
    ("The ceasefire was agreed on March 3. The foreign minister said the truce was holding.", "truce was holding", None, "claim_date.undated_past_report"),
    ("The pipeline was completed on April 2. The energy minister said gas exports would double.", "exports would double", None, "claim_date.undated_past_report"),
    ("The two sides had agreed a truce on May 20. The rebel commander said his fighters would hold their positions.", "hold their positions", None, "claim_date.undated_past_report"),
    ("The senator had said on May 2 that she would vote against the bill. She said the bill was flawed.", "bill was flawed", None, "claim_date.undated_past_report"),
    ("The regulator fined the bank on Friday. The bank later said it would appeal.", "would appeal", None, "claim_date.undated_past_report"),
    ("The court convicted the former mayor on Monday. His lawyer subsequently said the verdict was unjust.", "verdict was unjust", None, "claim_date.undated_past_report"),
    ("The company cut 500 jobs on Friday. The company later said it would rehire some staff.", "rehire some staff", None, "claim_date.undated_past_report"),
    ("The mayor said on Monday that the bridge would close.\n\nLater, the mayor said repairs would start in July.", "repairs would start", None, "claim_date.undated_past_report"),
    # a statement 'added' goes on with the one before it, even in a new paragraph
    ("The minister said on Monday that the talks had stalled.\n\n\"We are not giving up,\" she added.", "We are not giving up", "2025-06-02", "claim_date.added_statement"),
    ("The coach told reporters on Saturday that the team was tired.\n\nHe added that two players had been injured.", "two players had been injured", "2025-05-31", "claim_date.added_statement"),
    ("The minister said on Monday that the talks had stalled.\n\nShe also said that a deal was possible.", "deal was possible", "2025-06-02", "claim_date.added_statement"),
    ("The general said on Sunday that the offensive had begun.\n\n\"We will win,\" he said.", "We will win", "2025-06-01", "claim_date.added_statement"),
    # a "when" clause holding the verb tells of the day it hangs on (claim_date.explicit)
    ("The dispute flared on Sunday, when Iraq's water minister, Nabil Hadi, accused Ankara of holding the south hostage.", "holding the south hostage", "2025-06-01", "claim_date.explicit"),
    ("Tensions rose on Monday when the ministry said the border was closed.", "the border was closed", "2025-06-02", "claim_date.explicit"),
    ("The dispute flared on Sunday, when Iraq's water minister, Nabil Hadi, accused Ankara of holding the south hostage.\n\nHadi said farmers had lost their crops.", "farmers had lost", "2025-06-01", "claim_date.speaker_context"),  # the same speaker goes on
    # an interview's turns are of the day the text says the one asked spoke to the outlet
    ("Chile's foreign minister, Camila Reyes, spoke to Harbour Weekly in Santiago on Tuesday.\n\nHarbour Weekly: Will you limit investment?\n\nReyes: Nobody decides for Chile where Chile invests.\n\nHarbour Weekly: And the bill?\n\nReyes: The government will send it to Congress in June.", "Nobody decides", "2025-06-03", "claim_date.turn_occasion"),
    # what a press release quotes is said for it, on its day
    ("PRESS RELEASE\n\nOslo, 4 June 2025\n\nNorway will host talks in Oslo. \"Norway is ready to help,\" the minister said.\n\n###", "Norway is ready", "2025-06-04", "claim_date.release_quote"),  # the release's day, not undated
    ("Guyana rejects the vote\n\nMINISTRY OF FOREIGN AFFAIRS\n\nPRESS RELEASE\nGeorgetown, June 4, 2025\n\nGuyana rejects the vote. \"Our land is not for sale,\" the minister said.\n\n-- END --", "land is not for sale", "2025-06-04", "claim_date.release_quote"),  # its end mark with dashes
    ("Norway will host talks in Oslo. \"Norway is ready to help,\" the minister said.", "Norway is ready", None, "claim_date.undated_past_report"),  # no release: undated
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", CASES)
def test_claims_are_dated_from_their_discourse(nlp, text, content, value, rule_id):
    checked_claim_date(nlp, text, content, value, rule_id)


def checked_claim_date(nlp, text: str, content: str, value: str | None, rule_id: str) -> dict:
    """The date of the claim whose content holds `content`, checked: the value and rule
    expected, a declared rule, and a date text that is the text at its offsets."""
    got = claim_date_of(nlp, text, content)
    assert (got["value"], got["rule_id"]) == (value, rule_id)
    assert rule(rule_id).id == rule_id  # declared
    assert got["start"] is None or text[got["start"] : got["end"]] == got["text"]
    return got


def claim_date_of(nlp, text: str, content: str) -> dict:
    """The date of the claim whose content holds `content` (published PUB)."""
    article = Article("a1", text, "a1.txt", published=PUB)
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    return next(c for c in claims if content in c["content"]["text"])["date"]
