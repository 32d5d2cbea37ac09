"""Look-ups by bisection give what a scan gives: a claim's dates and transcript turn, and the
sentence of a span or token."""

from __future__ import annotations

import sys

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

import pipeline._extensions  # noqa: F401  (the Doc attributes)
from pipeline.actors.arrays import sentence_bounds, sentence_of, token_sentence_bounds
from pipeline.dates.claim_context import DocFacts, dates_near, doc_facts
from pipeline.dates.claim_register import turn_bounds, turn_of

WORDS = "WASHINGTON — The talks ended . Did she say so ? Yes , she said ."
STARTS = {0, 5, 10, 12}  # the tokens that open a sentence


def _doc(turns: list[dict] | None = None) -> Doc:
    words = WORDS.split()
    doc = Doc(Vocab(), words=words, sent_starts=[i in STARTS for i in range(len(words))])
    doc._.layout = {"turns": turns} if turns is not None else None
    return doc


def _facts(dates: list[dict], starts: list[int] | None) -> DocFacts:
    empty = frozenset()
    return DocFacts([], [], [], [], None, dates, empty, empty, empty, starts)


def _turn(label: tuple[int, int], span: tuple[int, int]) -> dict:
    return {"label_start": label[0], "label_end": label[1], "start": span[0], "end": span[1]}


IN_ORDER = [_turn((0, 4), (0, 20)), _turn((20, 25), (20, 40)), _turn((40, 44), (40, 60))]
OUT_OF_ORDER = [IN_ORDER[2], IN_ORDER[0], IN_ORDER[1]]
OVERLAPPING = [_turn((0, 30), (0, 50)), _turn((20, 25), (20, 40))]


@pytest.mark.parametrize("turns", [IN_ORDER, OUT_OF_ORDER, OVERLAPPING])
@pytest.mark.parametrize("char", [-1, 0, 3, 4, 19, 20, 22, 39, 40, 43, 44, 59, 60, 99])
def test_turn_lookups_match_a_scan(turns, char):
    doc = _doc(turns)
    label = next((t for t in turns if t["label_start"] <= char < t["label_end"]), None)
    held = next(((t["start"], t["end"]) for t in turns if t["start"] <= char < t["end"]), None)
    assert turn_of(doc, char) is label
    assert turn_bounds(doc, char) == (held or (0, sys.maxsize))  # no turn: the whole text


def test_no_turns():
    assert turn_of(_doc(), 3) is None  # no layout: no turn
    assert turn_of(_doc([]), 3) is None  # a layout without turns


def _date(start: int, end: int) -> dict:
    return {"start": start, "end": end, "value": "2024-05-01", "type": "DATE"}


ORDERED = [_date(0, 5), _date(5, 9), _date(12, 20), _date(30, 31), _date(40, 40)]  # one empty


@pytest.mark.parametrize("lo, hi", [(0, 40), (5, 12), (6, 20), (20, 30), (31, 40), (9, 9)])
def test_dates_near_hold_every_date_within(lo, hi):
    within = [d for d in ORDERED if lo <= d["start"] and d["end"] <= hi]
    near = dates_near(_facts(ORDERED, [d["start"] for d in ORDERED]), lo, hi)
    assert [d for d in near if lo <= d["start"] and d["end"] <= hi] == within
    assert all(lo <= d["start"] <= hi for d in near)  # and no date starting elsewhere


def test_dates_out_of_order_are_all_near():
    dates = [ORDERED[2], ORDERED[0]]
    assert dates_near(_facts(dates, None), 0, 5) == dates  # no order known: all of them


def test_sentence_of_a_token_or_span_is_its_sent():
    doc = _doc()
    for tok in doc:
        sent = tok.sent
        assert token_sentence_bounds(tok) == (sent.start, sent.end)
        assert sentence_of(tok) == sent
        assert sentence_bounds(doc[tok.i : tok.i + 2]) == (sent.start, sent.end)
        assert sentence_of(doc[tok.i : tok.i + 2]) == sent


@pytest.mark.parametrize("n_words", [0, 1, 3, 16])
def test_a_docs_sentences_are_its_sents(n_words):
    words = WORDS.split()[:n_words]
    doc = Doc(Vocab(), words=words, sent_starts=[i in STARTS for i in range(len(words))])
    facts = doc_facts(doc)
    assert facts.sentence_starts == [s.start_char for s in doc.sents]
    assert facts.sentence_ends == [s.end_char for s in doc.sents]
    assert facts.sentence_tokens == [(s.start, s.end) for s in doc.sents]


@pytest.mark.parametrize(
    "spans, ordered",
    [
        ([(14, 17), (28, 31)], True),  # in text order: looked up by bisection
        ([(28, 31), (14, 17)], False),  # out of order: every date is near
        ([(14, 17), (14, 31)], True),  # two from one start
    ],
)
def test_doc_facts_know_whether_the_dates_are_in_order(spans, ordered):
    doc = _doc()
    doc._.dates = [_date(a, b) for a, b in spans]
    starts = doc_facts(doc).date_starts
    assert starts == ([a for a, _ in spans] if ordered else None)
