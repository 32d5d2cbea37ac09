"""structure.turn_answer: in an interview whose questions are "Q:" turns, an "A:" paragraph
opens an answer turn, and its speaker is the one person the text names before the first turn
(of several, the one the title names alone).

One line per case: a transcript, then the speaker name of each answer's own claim (the claim
whose cue is the answer's colon), in text order.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.structure.document import analyse

INTRO = "This is a transcript of an interview with the port minister, Lena Moravec.\n\n"

ANSWERS = [
    (INTRO + "Q: Will the port reopen?\n\nA: The port reopens in May.", ["Lena Moravec"]),
    (INTRO + "Q: Is the strike over?\n\nA: The strike is over.\n\nQ: And the fees?\n\nA: Fees will fall.", ["Lena Moravec", "Lena Moravec"]),
    (INTRO + "Q: Will the port reopen?\n\nA:\nThe port reopens in May.", ["Lena Moravec"]),  # the label alone on its line
    ("Tomas Berg spoke with the port minister, Lena Moravec.\n\nQ: Will the port reopen?\n\nA: The port reopens in May.", [None]),  # two people named: no guess
    ("Q: Will the port reopen?\n\nA: The port reopens in May.", [None]),  # nobody named before the questions
    ("Q&A with Mayor Lena Moravec\n\nMoravec spoke with the reporter Tomas Berg on Monday.\n\nQ: Will the port reopen?\n\nA: The port reopens in May.", ["Lena Moravec"]),  # the title names one
    ("Q&A: ‘The port will reopen,’ says Peru’s deputy port minister\n\nPort News spoke to Deputy Port Minister Rosa Quispe in Lima on Monday.\n\nQ: Will the port reopen?\n\nA: The port reopens in May.", ["Rosa Quispe"]),  # the title describes the one named under that title
]  # fmt: skip

NO_ANSWER_TURN = [
    "A: The port reopens in May.\n\nB: The fees will fall.",  # no questions: an outline, no interview
    INTRO
    + "Q: Will the port reopen?\n\nA new survey says the port will reopen.",  # "A" opens a sentence
    INTRO + "Q: Will the port reopen?\n\nA:The port reopens in May.",  # no space after the mark
]


def claims(nlp, text: str) -> list[dict]:
    article = Article("a1", text, "a1.txt", published="2025-06-05")
    return process_articles(nlp, [article]).records["a1"]["claims"]


@pytest.mark.parametrize("text, speakers", ANSWERS)
def test_an_answer_is_the_claim_of_the_one_interviewed(nlp, text, speakers):
    answers = [c for c in claims(nlp, text) if (c.get("turn") or {}).get("label") == "A"]
    own = [c for c in answers if c["cue"]["text"] == ":"]
    assert [c["speaker"]["actor_id"] and c["speaker"]["name"] for c in own] == speakers


@pytest.mark.parametrize("text", NO_ANSWER_TURN)
def test_no_answer_turn(text):
    assert [t.label for t in analyse(text).turns if t.label == "A"] == []


def test_first_person_in_an_answer_is_the_one_interviewed(nlp):
    text = INTRO + "Q: Will the port reopen?\n\nA: I believe the port reopens in May."
    believe = next(c for c in claims(nlp, text) if c["cue"]["text"] == "believe")
    assert believe["speaker"]["name"] == "Lena Moravec"  # not the one who asked


def test_an_answer_wrapped_with_a_hanging_indent_is_one_paragraph(nlp):
    text = (
        INTRO
        + "Q: Will the port reopen?\n\nA:  The port reopens in May, and the\n    fees will fall."
    )
    (answer,) = [c for c in claims(nlp, text) if c["cue"]["text"] == ":"]
    assert answer["content"]["text"].endswith("fees will fall.")  # not cut at the wrap
