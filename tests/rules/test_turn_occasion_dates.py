"""claim_date.turn_occasion: a transcript's turns with no date line above them are dated by the
day of the occasion the text above the first turn says it records; the date line, where there
is one, still dates them (claim_date.turn_briefing), and a day the speaker mentions never does.

One line per case: the text, the turn whose label claim is read, and its expected date value,
basis and rule id. Published 2025-06-05, a Thursday: Monday is 2025-06-02.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

PUB = "2025-06-05"

CASES = [
    ("The following is a transcript of an interview recorded in Oslo on Monday.\n\nQ: Why?\n\nMINISTER LUND: We disagree.", "MINISTER LUND", "2025-06-02", "context", "claim_date.turn_occasion"),
    ("Remarks at a press conference in Lima on May 28, 2025\n\nMR. QUISPE: We expect a deal.", "MR. QUISPE", "2025-05-28", "context", "claim_date.turn_occasion"),
    ("The debate was broadcast on Tuesday evening.\n\nHOST: Welcome.\n\nDR. AMARI: Rents are too high.", "DR. AMARI", "2025-06-03", "context", "claim_date.turn_occasion"),
    # a date line above the turns dates them as before
    ("Interview\n\nTuesday, June 3, 2025\n\nHOST: Welcome.\n\nCOACH DIAZ: We will win.", "COACH DIAZ", "2025-06-03", "published", "claim_date.turn_briefing"),
    # no occasion named, a later day, or a day only the speaker mentions → publication
    ("The club was founded on May 2, 1990.\n\nCHAIRWOMAN ROSS: The stadium stays.", "CHAIRWOMAN ROSS", PUB, "published", "claim_date.published"),
    ("An interview will be aired on Monday, June 9.\n\nMS. ORTEGA: Wages must rise.", "MS. ORTEGA", PUB, "published", "claim_date.published"),
    ("MR. BANDA: On Monday we met the donors.", "MR. BANDA", PUB, "published", "claim_date.published"),
    # a day of another noun or verb of the sentence, not the occasion's → not dated
    ("The interview came after rockets on Sunday hit a school in the port.\n\nGENERAL SAAD: We will respond.", "GENERAL SAAD", PUB, "published", "claim_date.published"),
    ("The mayor spoke a week after a record flood was measured on May 29.\n\nMAYOR KRAL: The dams held.", "MAYOR KRAL", PUB, "published", "claim_date.published"),
    ("The minister attended the trade conference in Porto, which opened on Monday.\n\nMINISTER VAZ: Tariffs must fall.", "MINISTER VAZ", PUB, "published", "claim_date.published"),
    ("The air show on Sunday drew crowds.\n\nCOLONEL IBSEN: The jets flew well.", "COLONEL IBSEN", PUB, "published", "claim_date.published"),
    # the occasion's own verb
    ("The interview was conducted on Tuesday in Nairobi.\n\nMS. WANJIRU: Prices are rising.", "MS. WANJIRU", "2025-06-03", "context", "claim_date.turn_occasion"),
    ("She gave the interview on Monday.\n\nSENATOR HOLM: The bill will pass.", "SENATOR HOLM", "2025-06-02", "context", "claim_date.turn_occasion"),
    # the participle the parse hangs on a noun inside the occasion's phrase
    ("An interview with the port minister, Ana Ruiz, conducted in Lima on Monday.\n\nQ: Why?\n\nMS. RUIZ: Fees will fall.", "MS. RUIZ", "2025-06-02", "context", "claim_date.turn_occasion"),
    ("A debate between the two mayors, held in Turin on Tuesday.\n\nHOST: Welcome.\n\nMAYOR ROSSI: Rents are too high.", "MAYOR ROSSI", "2025-06-03", "context", "claim_date.turn_occasion"),
]  # fmt: skip

# A claim of a cue verb inside a turn ("I believe ...") is said when the turn is, unless its
# own clause or the discourse dates it: (text, the claim's cue, expected value, rule id).
INNER = [
    ("An interview recorded in Oslo on Monday.\n\nQ: Why?\n\nMINISTER LUND: I believe the deal holds.", "believe", "2025-06-02", "claim_date.turn_occasion"),
    ("Tuesday, June 3, 2025\n\nHOST: Welcome.\n\nCOACH DIAZ: I think we will win.", "think", "2025-06-03", "claim_date.turn_briefing"),
    ("An interview recorded in Oslo on Monday.\n\nQ: Why?\n\nMINISTER LUND: Last month I told them the deal holds.", "told", "2025-05", "claim_date.explicit"),  # its own date
    ("The club was founded on May 2, 1990.\n\nCHAIRWOMAN ROSS: I believe the stadium stays.", "believe", PUB, "claim_date.published"),  # no occasion
]  # fmt: skip


@pytest.mark.parametrize("text, label, value, basis, rule_id", CASES)
def test_turns_are_dated_by_the_occasion_recorded(nlp, text, label, value, basis, rule_id):
    article = Article("a1", text, "a1.txt", published=PUB)
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    turn = next(
        c for c in claims if c["rule_id"].endswith("turn_label") and c["speaker"]["text"] == label
    )
    got = turn["date"]
    assert (got["value"], got["basis"], got["rule_id"]) == (value, basis, rule_id)


@pytest.mark.parametrize("text, cue, value, rule_id", INNER)
def test_a_claim_inside_a_turn_is_dated_with_the_turn(nlp, text, cue, value, rule_id):
    article = Article("a1", text, "a1.txt", published=PUB)
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    got = next(c for c in claims if c["cue"]["text"] == cue)["date"]
    assert (got["value"], got["rule_id"]) == (value, rule_id)
