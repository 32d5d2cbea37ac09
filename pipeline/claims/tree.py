"""A token's children and their dependency labels, read once per token of the Doc:
`Token.children` runs a generator over the left and the right children and builds a new
Token for each on every call, `Token.dep_` decodes its label from the StringStore on every
read, and the claim and event rules ask the same few words (a cue, its subject, a content's
predicate) for their children, and those children's labels, many times."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Token

Kids = tuple[tuple[Token, ...], tuple[str, ...]]  # the children, and their labels

# the Doc last asked about (held weakly), its token index -> children and token index ->
# children and labels (made only for the rules that ask for them); one Doc at a time, as each
# stage takes one Doc after another. Not a doctext.PerDoc: its values, Tokens, hold their
# Doc, and a weak-keyed map whose values hold their keys would keep every Doc alive
_LAST: list = [None, {}, {}]
# label id -> label, for every vocabulary (spaCy's hash of a string is the same in each):
# a parser's few dozen labels, decoded once instead of at each `dep_`
_LABELS: dict[int, str] = {}
MAX_LABELS = 10_000  # then the table starts again


def kids(tok: Token) -> tuple[Token, ...]:
    """`tuple(tok.children)`, made once per token of the Doc being coded."""
    doc: Doc = tok.doc
    ref = _LAST[0]
    if ref is None or ref() is not doc:
        _LAST[0], _LAST[1], _LAST[2] = weakref.ref(doc), {}, {}
    known = _LAST[1]
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = tuple(tok.children)
    return found


def kids_and_labels(tok: Token) -> Kids:
    """`kids(tok)` and their `dep_`s, the labels made once per token of the Doc."""
    ref = _LAST[0]
    found = _LAST[2].get(tok.i) if ref is not None and ref() is tok.doc else None
    if found is None:
        children = kids(tok)  # (sets the tables to tok's Doc)
        found = _LAST[2][tok.i] = (children, tuple(map(_label, children)))
    return found


def _label(tok: Token) -> str:
    label = _LABELS.get(tok.dep)
    if label is None:
        if len(_LABELS) > MAX_LABELS:
            _LABELS.clear()
        label = _LABELS[tok.dep] = tok.dep_
    return label


def kid_labels(tok: Token) -> tuple[str, ...]:
    """The dependency labels of `kids(tok)`, in order."""
    return kids_and_labels(tok)[1]


def kids_with(tok: Token, *labels: str) -> list[Token]:
    """The children of `tok` whose dependency label is one of `labels`, in order."""
    children, deps = kids_and_labels(tok)
    return [c for c, dep in zip(children, deps, strict=True) if dep in labels]


def has_kid(tok: Token, *labels: str) -> bool:
    """Has `tok` a child whose dependency label is one of `labels`?"""
    return any(map(labels.__contains__, kids_and_labels(tok)[1]))
