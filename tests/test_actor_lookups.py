"""The per-Doc look-ups of the actor and date stages give what the plain walk they stand for
gives: one line per case. The sentences are made up for these tests."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, POS

from pipeline.actors.arrays import cached_word_positions, column, word_positions
from pipeline.actors.indefinite import _first_nouns
from pipeline.actors.mention import DocTokens
from pipeline.actors.orgs import _department_written
from pipeline.dates.claim_context import EVENT_NOUNS, doc_facts
from pipeline.dates.claim_events import _event_nouns

TEXTS = [
    "The Treasury Department said on Monday that the Department of the Treasury had no plan.",
    "Officials met at the summit. The summit's talks ran late, and the talks resumed - briefly.",
    "Treasury officials spoke; the Departments of  Energy and State did not.",
    "Lena Ortiz - the mayor of Dunmore -- told reporters that the protest ended.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("attr", [LOWER, LEMMA, POS, ORTH])
def test_a_column_is_the_docs_array_read_once(nlp, text, attr):
    doc = nlp(text)
    assert column(doc, attr).tolist() == doc.to_array(attr).tolist()
    assert column(doc, attr) is column(doc, attr)  # read once per Doc


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("words", [frozenset({"-", "--"}), frozenset({"the", "talks"})])
def test_cached_word_positions_are_the_word_positions(nlp, text, words):
    doc = nlp(text)
    expected = [t.i for t in doc if t.text in words]  # ORTH: the words as written
    assert cached_word_positions(doc, ORTH, words) == word_positions(doc, ORTH, words) == expected


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Treasury", "Energy", "State", "Dunmore"])
def test_department_written_is_the_search_of_the_whole_text(nlp, text, name):
    doc = nlp(text)
    escaped = re.escape(name)
    pattern = rf"\bDepartments?\s+of\s+(the\s+)?{escaped}\b|\b{escaped}\s+Department"
    assert _department_written(doc, name) == (re.search(pattern, text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_first_nouns_are_each_noun_lemmas_first_use(nlp, text):
    doc = nlp(text)
    expected: dict[str, int] = {}
    for t in doc:
        if t.pos_ == "NOUN":
            expected.setdefault(t.lemma_.lower(), t.i)
    assert _first_nouns(doc) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_event_nouns_are_the_tokens_whose_lemma_is_one(nlp, text):
    doc = nlp(text)
    at, lemmas = _event_nouns(doc, doc_facts(doc))
    expected = [(t.i, t.lemma_.lower()) for t in doc if t.lemma_.lower() in EVENT_NOUNS]
    assert list(zip(at, lemmas, strict=True)) == expected


@pytest.mark.parametrize("key", [0, 3, -1, slice(2, 5), slice(None), slice(4, 2)])
def test_doc_tokens_index_and_slice_as_a_tuple_of_the_docs_tokens(nlp, key):
    doc = nlp(TEXTS[1])
    got, expected = DocTokens(doc)[key], tuple(doc)[key]
    if isinstance(key, slice):
        assert [t.i for t in got] == [t.i for t in expected]
    else:
        assert got.i == expected.i
