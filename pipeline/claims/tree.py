"""A token's children, read once per Doc: `Token.children` runs a generator over the left and
the right children and builds a new Token for each on every call, and the claim and event
rules ask the same few words (a cue, its subject, a content's predicate) for their children
many times."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Token

# the Doc last asked about (held weakly) and its token index -> children; one Doc at a time,
# as each stage takes one Doc after another. Not a doctext.PerDoc: its values, Tokens, hold
# their Doc, and a weak-keyed map whose values hold their keys would keep every Doc alive
_LAST: list = [None, {}]


def kids(tok: Token) -> tuple[Token, ...]:
    """`tuple(tok.children)`, made once per token of the Doc being coded."""
    doc: Doc = tok.doc
    ref = _LAST[0]
    if ref is None or ref() is not doc:
        _LAST[0], _LAST[1] = weakref.ref(doc), {}
    known = _LAST[1]
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = tuple(tok.children)
    return found
