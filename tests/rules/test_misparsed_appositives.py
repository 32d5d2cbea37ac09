"""A name after a speaker's noun and a comma is in apposition to it even where the parser
took it for an adverbial noun ('said its campaigner, Nadia Sow.'); not a noun with no comma
before it. One line per case: the words, each word's head and dependency, the entities, and
the appositives found for the noun at index 3. The parses are written out, as the parser
gives them for hard-wrapped text."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.actors.title_holder import phrase_appositives

WORDS = ["said", "its", "oceans", "campaigner", ",", "Nadia", "Sow", "."]
NO_COMMA = ["said", "its", "oceans", "campaigner", "last", "Nadia", "Sow", "."]
HEADS = [0, 2, 3, 0, 3, 6, 3, 0]
PERSON = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]

CASES = [
    (WORDS, ["ROOT", "poss", "nsubj", "nsubj", "punct", "compound", "npadvmod", "punct"], PERSON, ["Sow"]),  # the parser's adverbial noun
    (WORDS, ["ROOT", "poss", "nsubj", "nsubj", "punct", "compound", "appos", "punct"], PERSON, ["Sow"]),  # as parsed right (a guard)
    (NO_COMMA, ["ROOT", "poss", "nsubj", "nsubj", "amod", "compound", "npadvmod", "punct"], PERSON, []),  # no comma: no apposition
    (WORDS, ["ROOT", "poss", "nsubj", "nsubj", "punct", "compound", "npadvmod", "punct"], ["O"] * 8, []),  # no name
]  # fmt: skip


@pytest.mark.parametrize("words, deps, ents, expected", CASES)
def test_a_name_after_a_comma_is_apposed(words, deps, ents, expected):
    doc = Doc(Vocab(), words=words, heads=HEADS, deps=deps, ents=ents)
    assert [t.text for t in phrase_appositives(doc[3])] == expected
