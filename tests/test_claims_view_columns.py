"""The view's word columns answer as a test of every token would: the tokens whose word is
in a list (WordColumn.where_in), and the space tokens (as spaCy's IS_SPACE)."""

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.claims.view import WordColumn, space_tokens

ENGLISH = spacy.blank("en").vocab


def column(*words: str) -> WordColumn:
    """One word per token."""
    distinct = list(dict.fromkeys(words))
    of = np.array([distinct.index(w) for w in words], dtype=np.int64)
    return WordColumn(np.array(distinct, dtype=object), of)


@pytest.mark.parametrize(
    "tokens, lists, unless, expected",
    [
        (("say", "the", "say"), ({"say"},), (), [0, 2]),  # every token of a listed word
        (("say", "claim"), ({"say"}, {"claim": {}}), (), [0, 1]),  # any list, a dict's keys
        (("say", "claim"), ({"say", "claim"},), {"claim"}, [0]),  # but not one in `unless`
        (("say", "claim"), (("claim",),), (), [1]),  # a tuple as a list
        (("say",), (frozenset({"say", "tell", "claim"}),), (), [0]),  # a list longer than the words
        (("the",), ({"say"},), (), []),  # no listed word
        ((), ({"say"},), (), []),  # no tokens
    ],
)
def test_where_in(tokens, lists, unless, expected):
    assert column(*tokens).where_in(*lists, unless=unless) == expected


@pytest.mark.parametrize(
    "words, spaces, expected",
    [
        (["Hi", "\n\n", "there"], [False] * 3, [False, True, False]),  # a paragraph break
        (["Hi", " ", "there"], [True, False, False], [False, True, False]),  # a second space
        (["Hi", "\t", "\u00a0", "x"], [False] * 4, [False, True, True, False]),  # white space
        (["x\ny"], [False], [False]),  # a word with a break inside is no space
    ],
)
def test_space_tokens(words, spaces, expected):
    doc = Doc(ENGLISH, words=words, spaces=spaces)  # its lexemes' lower forms and flags
    assert space_tokens(column(*(t.lower_ for t in doc))) == expected
    assert expected == [t.is_space for t in doc]  # as spaCy's IS_SPACE
