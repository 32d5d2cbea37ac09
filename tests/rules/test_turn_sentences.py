"""A transcript turn's words are one claim per sentence that states something, as a quote of
several sentences is (the gold format: "content = the first sentence and add the rest as
separate claims with the same speaker/cue"); a greeting or a fragment is none ("Good
afternoon."), and a turn with no such sentence is one claim.

One line per case: a transcript, then the contents of the claims whose cue is the colon of
the turn labelled SPOKESPERSON, in text order.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

HEAD = "TRANSCRIPT: Press briefing, Ministry of Foreign Affairs, Astana, 3 March 2026\n\n"

TURNS = [
    (HEAD + "SPOKESPERSON: We have seen these reports. Our territory is no route for smuggling.", ["We have seen these reports.", "Our territory is no route for smuggling."]),
    (HEAD + "SPOKESPERSON: Good afternoon. The minister will travel to Bishkek on Monday.", ["The minister will travel to Bishkek on Monday."]),  # a greeting states nothing
    (HEAD + "SPOKESPERSON: Kazakhstan complies fully with its obligations. Thank you.", ["Kazakhstan complies fully with its obligations.", "Thank you."]),  # four words, or a verb
    (HEAD + "SPOKESPERSON: No comment.", ["No comment."]),  # no sentence states: the turn is one claim
    (HEAD + "QUESTION: Will he go?\n\nSPOKESPERSON: He will go. The date is not fixed.", ["He will go.", "The date is not fixed."]),
]  # fmt: skip


@pytest.mark.parametrize("text, contents", TURNS)
def test_a_turn_is_one_claim_per_sentence(nlp, text, contents):
    article = Article("a1", text, "a1.txt", published="2026-03-03")
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    own = [
        c
        for c in claims
        if (c.get("turn") or {}).get("label") == "SPOKESPERSON" and c["cue"]["text"] == ":"
    ]
    assert [c["content"]["text"] for c in own] == contents
