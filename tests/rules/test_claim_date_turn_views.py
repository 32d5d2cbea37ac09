"""Claim dates in a transcript (claim_date.turn_reported_view): inside a turn, a present-tense
report of another's words or views ('Q: The EU says the ban distorts markets.', 'Critics
argue ...', 'The central bank expects inflation to fall') tells a view its holder holds, not a
statement made at the interview or briefing: it has no date, the turn's its bound. What the
turn's own speaker says ('I think', 'we believe') and an act the turn performs ('The United
States condemns the launch', a stance) keep the turn's date.

One line per case, through the whole pipeline: the transcript, a piece of the claim's
content, and the claim's expected date value and rule id. The interview is recorded on
Monday, 2025-06-02 (published 2025-06-04).
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import checked_claim_date

HEAD = "Interview: Norland's trade minister on the nickel ban\n\nThe following is an interview recorded in Oslo on Monday.\n\nQ: Minister, thank you for joining us.\n\nBerg: Thank you for having me.\n\n"
CASES = [
    (HEAD + "Q: The EU says the ban distorts global markets. Is the EU wrong?\n\nBerg: The ban is legal.", "ban distorts global markets", None, "claim_date.turn_reported_view"),
    (HEAD + "Q: Critics argue the government was slow to react.\n\nBerg: We acted fast.", "slow to react", None, "claim_date.turn_reported_view"),
    (HEAD + "Q: Farmers say the safeguards are cosmetic. What is your answer?\n\nBerg: They are real.", "safeguards are cosmetic", None, "claim_date.turn_reported_view"),
    (HEAD + "Q: The central bank expects inflation to fall this year. Do you agree?\n\nBerg: Yes.", "inflation to fall", None, "claim_date.turn_reported_view"),
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", CASES)
def test_a_view_reported_in_a_turn_is_not_dated_by_the_interview(
    nlp, text, content, value, rule_id
):
    got = checked_claim_date(nlp, text, content, value, rule_id)
    assert got["not_after"] == "2025-06-02"  # the interview's day bounds it
