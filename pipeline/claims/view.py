"""A read-only view of one parsed Doc, built once per Doc and shared by every claim family.

spaCy rebuilds `doc.text` on each access and finds a token's quote or sentence by search; the
view holds them as plain tables: the text, the quoted segments, token -> quote, token ->
sentence, token -> char offset, the actor mentions in order and the sentences cut again at
paragraph breaks. Nothing in it changes after `build_view`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.claims.lexicon import Lexicon
from pipeline.claims.quotes import QuoteSegment, find_quotes
from pipeline.claims.ruleset import ClaimRules
from pipeline.doctext import doc_text


@dataclass(frozen=True)
class DocView:
    doc: Doc
    text: str  # doc.text, built once
    lex: Lexicon
    rules: ClaimRules
    quotes: tuple[QuoteSegment, ...]
    tok_quote: tuple[int, ...]  # token index -> quote segment index or -1
    mentions: tuple[dict, ...]  # actor mentions, by (start, end)
    mention_starts: tuple[int, ...]  # their start offsets, for bisect
    sents: tuple[Span, ...]  # the parser's sentences, cut again at paragraph breaks
    tok_sent: tuple[int, ...]  # token index -> sentence index
    tok_starts: tuple[int, ...]  # token index -> char offset
    tokens: Tokens  # the Doc's tokens, each made once: each `doc[i]` builds a new object
    lowers: tuple[str, ...]  # token index -> lower_
    lemmas: tuple[str, ...]  # token index -> lemma_
    cue_lemmas: tuple[str, ...]  # token index -> frames.cue_lemma, the lemma cues are listed by

    def sent_of(self, tok: Token) -> Span:
        return self.sents[self.tok_sent[tok.i]]


def build_view(doc: Doc, lex: Lexicon, rules: ClaimRules) -> DocView:
    text = doc_text(doc)
    quotes = find_quotes(text)
    tokens = Tokens(doc)
    starts = tuple(doc.to_array(IDX).tolist())
    tok_quote = [-1] * len(doc)
    q = 0
    for i, idx in enumerate(starts):
        while q < len(quotes) and quotes[q].close_end <= idx:
            q += 1
        if q < len(quotes) and quotes[q].open_start <= idx < quotes[q].close_end:
            tok_quote[i] = q
    mentions = sorted(
        (m for m in (doc._.actor_mentions or []) if isinstance(m, dict)),
        key=lambda m: (m["start"], m["end"]),
    )
    sents = paragraph_sentences(doc)
    tok_sent = [0] * len(doc)
    for k, s in enumerate(sents):
        for i in range(s.start, s.end):
            tok_sent[i] = k
    return DocView(
        doc, text, lex, rules, tuple(quotes), tuple(tok_quote), tuple(mentions),
        tuple(m["start"] for m in mentions), tuple(sents), tuple(tok_sent), starts, tokens,
        *token_words(doc, lex),
    )  # fmt: skip


def token_words(doc: Doc, lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The lower forms, lemmas and cue lemmas of the tokens, read from the Doc's arrays: the
    families test every token against their word lists, and a Token object per test costs more
    than the test."""
    strings = doc.vocab.strings
    arr = doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
    words = {h: strings[h] for h in set(arr.ravel().tolist())}
    lowers = tuple(words[h] for h in arr[:, 0].tolist())
    lemmas = tuple(words[h] for h in arr[:, 1].tolist())
    fixes = lex.lemma_fixes
    cue_lemmas = tuple(fixes.get(w) or m.lower() for w, m in zip(lowers, lemmas, strict=True))
    return lowers, lemmas, cue_lemmas


def paragraph_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at line breaks: the parser sometimes runs a sentence
    on across a paragraph break ("... a false reason,” he said.\n\nCorker said ..."), and a
    claim's sentence, quote attachment and content never cross a paragraph."""
    space = doc.to_array(IS_SPACE).tolist()
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            if (
                space[i]
                and "\n" in doc[i].text
                and i + 1 < sent.end
                and not all(space[start : i + 1])
            ):
                out.append(doc[start : i + 1])
                start = i + 1
        out.append(doc[start : sent.end])
    return out


class Tokens(Sequence):
    """The Doc's tokens, each made on first use and kept: `doc[i]` builds a new Token object
    on every call, and most tokens are never looked at."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._made: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i):  # an index gives a Token, a slice a list of them
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._made)))]
        tok = self._made[i]
        if tok is None:
            tok = self._made[i] = self.doc[i]
        return tok


def quote_tokens(view: DocView, qi: int) -> list[Token]:
    """The tokens of quote segment `qi`'s content."""
    q = view.quotes[qi]
    a = bisect.bisect_left(view.tok_starts, q.start)
    b = bisect.bisect_left(view.tok_starts, q.end)
    return list(view.tokens[a:b])


def quote_kind(view: DocView, cs: int, ce: int) -> str:
    """ "direct" for content inside one quote, "mixed" for content that holds a quoted piece,
    else "indirect"."""
    overlap = False
    for q in view.quotes:
        if q.close_end <= cs:
            continue
        if q.open_start >= ce:
            break
        if q.open_start <= cs and ce <= q.close_end:
            return "direct"
        if q.double or q.end - q.start > 0:
            overlap = True
    return "mixed" if overlap else "indirect"


def quote_between(view: DocView, start: int, end: int) -> bool:
    return any(start <= q.open_start and q.close_end <= end for q in view.quotes)
