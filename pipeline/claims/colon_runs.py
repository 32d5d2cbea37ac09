"""A content runs on over what a colon after it introduces, in the same paragraph: the
elaboration is part of what was said. After an object or a phrase of the cue ("stressed a
simple point: the money ran out", "boasted about his record: the war, the bailout") as after
a clause (`spans.extend_over_colon`), and after a speech tag that follows its content
("Three things make it unlikely, aides said: the polls, the money and the map")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.spans import extend_over_colon
from pipeline.claims.view import DocView

# the most words of a speech tag after its cue ("said Ana Ruiz, the port's director, on Monday:")
TAG_MAX_TOKENS = 12


def object_colon_end(view: DocView, cue: Token, b: int) -> int:
    """The end of an object or phrase content of `cue` ending at token `b`, run on over a
    colon right after it (`extend_over_colon`); b when no colon follows."""
    return extend_over_colon(view, b) if b > cue.i else b


def tag_colon_end(view: DocView, cue: Token, b: int) -> int:
    """A content before its speech tag (ending at token `b`) whose tag ends with a colon
    runs on over what the colon introduces; the tag is then inside the span, as for a tag
    set into its clause. The tag: the cue and the words after it up to the colon, with no
    verb or quote among them ("aides said on Monday:"; the parser may hang the list after
    the colon on the cue as its object). `b` when the tag has no colon after it."""
    if b >= cue.i:
        return b
    doc = view.tokens
    sent_end = view.sent_of(cue).end
    colon = next((t for t in doc[cue.i + 1 : sent_end] if t.text == ":"), None)
    if colon is None or colon.i - cue.i > TAG_MAX_TOKENS:
        return b
    if any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : colon.i]):
        return b  # a clause or a quote of its own between: not one tag
    run = extend_over_colon(view, colon.i - 1)
    return run if run >= colon.i else b
