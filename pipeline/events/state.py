"""What the event coder reads of one Doc while it codes the Doc's claims: the Doc, the event
lexicon, its actor mentions, the token indices already coded, and the Doc's tokens and token
tables, made once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import HEAD, IDX, LENGTH
from spacy.tokens import Doc, Span, Token

from pipeline.claims.view import Tokens
from pipeline.doctext import doc_text
from pipeline.events import arguments as args
from pipeline.events.lexicon import EventLexicon


@dataclass
class DocState:
    doc: Doc
    lex: EventLexicon
    mentions: args.Mentions
    coded: set[int] = field(default_factory=set)  # token indices already coded as events
    heads: tuple[int, ...] = field(init=False)  # token index -> its head's index
    # the Doc's tokens, made once (`doc[i]` and a Span's walk build new Tokens on each call),
    # with their first and past-the-end chars, to find a claim part's tokens by bisection
    toks: Tokens = field(init=False)
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)

    def __post_init__(self) -> None:
        # read once from the Doc's arrays: `tok.head` builds a new Token on every call
        arr = self.doc.to_array([HEAD, IDX, LENGTH]).astype(np.int64).reshape(-1, 3)
        self.heads = tuple((arr[:, 0] + np.arange(len(self.doc), dtype=np.int64)).tolist())
        self.toks = Tokens(self.doc)
        self.starts = arr[:, 1].tolist()
        self.ends = (arr[:, 1] + arr[:, 2]).tolist()

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens [a, b) that chars [start, end) touch, as `doc.char_span(start, end,
        alignment_mode="expand")` gives them (None where it gives None)."""
        if not 0 <= start < end <= len(doc_text(self.doc)):
            span = self.span(start, end)
            return (span.start, span.end) if span is not None else None
        a = bisect_right(self.starts, start) - 1
        if start == self.ends[a]:  # in the space after a token: the next one starts it
            a += 1
        return a, bisect_right(self.starts, end - 1)

    def tokens(self, part: dict | None) -> list[Token]:
        found = self.token_range(part["start"], part["end"]) if part else None
        return self.toks[found[0] : found[1]] if found is not None else []
