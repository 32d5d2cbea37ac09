"""A token's children and their labels (claims.tree) are spaCy's own, read once per token."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.claims.frame_types import children_by_dep
from pipeline.claims.tree import has_kid, kid_labels, kids, kids_with

# words, heads, labels (one sentence or two)
SAID = (["Ana", "said", "it", "rained"], [1, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp"])
TWO = (
    ["It", "rained", ".", "Bo", "left"],
    [1, 1, 1, 4, 4],
    ["nsubj", "ROOT", "punct", "nsubj", "ROOT"],
)
CROSSED = (
    ["Bo", "saw", "it", "today", "that", "fell"],
    [1, 1, 1, 1, 5, 2],
    ["nsubj", "ROOT", "dobj", "npadvmod", "nsubj", "relcl"],
)


def parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(
    "sample, i, children",
    [
        (SAID, 1, [0, 3]),  # a verb's subject before it and its clause after it
        (SAID, 3, [2]),  # the clause's own subject
        (SAID, 0, []),  # a word with no children
        (TWO, 1, [0, 2]),  # a root is no child of its own
        (TWO, 4, [3]),  # the second sentence's root
        (CROSSED, 2, [5]),  # a relative clause hung across an adverb (a crossing arc)
    ],
)
def test_kids(sample, i, children):
    doc = parsed(*sample)
    assert [c.i for c in kids(doc[i])] == children
    assert [c.i for c in kids(doc[i])] == [c.i for c in doc[i].children]  # as spaCy's


@pytest.mark.parametrize(
    "sample, i, labels, found",
    [
        (SAID, 1, ("ccomp",), [3]),  # the children with a label
        (SAID, 1, ("nsubj", "ccomp"), [0, 3]),  # with any of several, in order
        (SAID, 1, ("dobj",), []),  # none
        (TWO, 1, ("punct",), [2]),  # a root's own
    ],
)
def test_kids_with(sample, i, labels, found):
    doc = parsed(*sample)
    assert [c.i for c in kids_with(doc[i], *labels)] == found
    assert has_kid(doc[i], *labels) is bool(found)


@pytest.mark.parametrize("sample", [SAID, TWO, CROSSED])
def test_kid_labels_are_spacy_labels(sample):
    doc = parsed(*sample)
    assert [kid_labels(t) for t in doc] == [tuple(c.dep_ for c in t.children) for t in doc]


def test_children_by_dep():
    doc = parsed(*SAID)
    assert {d: [c.i for c in cs] for d, cs in children_by_dep(doc[1]).items()} == {
        "nsubj": [0],
        "ccomp": [3],
    }
