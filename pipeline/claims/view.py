"""A read-only view of one parsed Doc, built once per Doc and shared by every claim family.

spaCy rebuilds `doc.text` on each access and finds a token's quote or sentence by search; the
view holds them as plain tables: the text, the quoted segments, token -> quote, token ->
sentence, token -> char offset, the actor mentions in order and the sentences cut again at
paragraph breaks. Nothing in it changes after `build_view`.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.actors.mention_index import MentionIndex
from pipeline.claims.lexicon import Lexicon
from pipeline.claims.quotes import QuoteSegment, find_quotes
from pipeline.claims.ruleset import ClaimRules
from pipeline.claims.stance import polar_words
from pipeline.dates.claim_register import DocAttrs, doc_attrs
from pipeline.doctext import doc_text

NEG_DEP = get_string_id("neg")
DET_DEP = get_string_id("det")
ADVMOD_DEP = get_string_id("advmod")


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
    actor_by_id: Mapping[str, dict]  # doc._.actors by actor_id (the first of an id)
    sents: tuple[Span, ...]  # the parser's sentences, cut again at paragraph breaks
    tok_sent: tuple[int, ...]  # token index -> sentence index
    tok_starts: tuple[int, ...]  # token index -> char offset
    tok_heads: tuple[int, ...]  # token index -> its head's index
    tokens: Tokens  # the Doc's tokens, each made once: each `doc[i]` builds a new object
    lowers: tuple[str, ...]  # token index -> lower_
    lemmas: tuple[str, ...]  # token index -> lemma_
    cue_lemmas: tuple[str, ...]  # token index -> frames.cue_lemma, the lemma cues are listed by
    lower_words: WordColumn  # the same three, for tests run once per distinct word
    lemma_words: WordColumn
    cue_words: WordColumn
    # (start, end) -> the speaker row resolved for those chars (speakers.speaker_row): a
    # memo, since several families resolve the same subject; it changes no answer
    speaker_rows: dict[tuple[int, int], dict] = field(default_factory=dict)
    # the Doc's actors.mention_index, which the speaker resolution reads, got once
    resolution_index: list[MentionIndex] = field(default_factory=list)
    # what every claim's stance reads of its content, worked out for all tokens at once:
    # the tokens that can have a polarity (stance.polar_words), and those that
    # stance.is_negated holds for, each in order
    polar_tokens: tuple[int, ...] = ()
    negated_tokens: tuple[int, ...] = ()
    # the Doc's extension values a claim's date reads (published, dates, layout), read once:
    # nothing changes them while the families run
    date_attrs: DocAttrs | None = None
    # token index -> the id of its dependency label (as `Doc.to_array(DEP)`): rules that
    # scan a range for a few labels test these, not a Token's `dep_` string per token
    dep_ids: tuple[int, ...] = ()
    dep_array: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    # the lemmas lowercased (as `lemma_.lower()`), per distinct lemma: the families that
    # list lower-case lemmas test these, not a lowercasing of every lemma each
    lemma_lower_words: WordColumn = field(default_factory=lambda: empty_column())

    def sent_of(self, tok: Token) -> Span:
        return self.sents[self.tok_sent[tok.i]]


def build_view(doc: Doc, lex: Lexicon, rules: ClaimRules) -> DocView:
    text = doc_text(doc)
    quotes = find_quotes(text)
    tokens = Tokens(doc)
    idx = doc.to_array(IDX).astype(np.int64)
    starts = tuple(idx.tolist())
    mentions = sorted(
        (m for m in (doc._.actor_mentions or []) if isinstance(m, dict)),
        key=lambda m: (m["start"], m["end"]),
    )
    columns = token_words(doc, lex)
    sents = paragraph_sentences(doc, starts, space_tokens(columns[0]))
    heads = token_heads(doc)
    deps = doc.to_array(DEP)
    per_token = [tuple(c.per_token()) for c in columns[:3]]  # lower, lemma, cue lemma
    return DocView(
        doc, text, lex, rules, tuple(quotes), token_quotes(idx, quotes), tuple(mentions),
        tuple(m["start"] for m in mentions), actors_by_id(doc), tuple(sents),
        token_sentences(len(doc), sents),
        starts, heads, tokens, *per_token, *columns[:3],
        date_attrs=doc_attrs(doc),
        dep_ids=tuple(deps.tolist()),
        dep_array=deps,
        lemma_lower_words=columns[3],
        polar_tokens=polar_tokens(columns[0], columns[3], lex),
        negated_tokens=negated_tokens(deps, heads, per_token[0], lex),
    )  # fmt: skip


def polar_tokens(lowers: WordColumn, lemmas: WordColumn, lex: Lexicon) -> tuple[int, ...]:
    """The tokens whose lower form or lower-case lemma (`lemmas`: the lemmas lowercased) can
    have a polarity (`stance.polar_words`), in order."""
    if not len(lowers.of):
        return ()
    polar = polar_words(lex)
    return tuple(np.flatnonzero(lowers.mask_in(polar) | lemmas.mask_in(polar)).tolist())


def negated_tokens(
    deps: np.ndarray, heads: Sequence[int], lowers: Sequence[str], lex: Lexicon
) -> tuple[int, ...]:
    """The tokens `stance.is_negated` holds for, in order: the heads of a `neg` child, or of
    a `det` or `advmod` child that is a negator ("no", "never"), read from the Doc's arrays
    (`deps`: token -> label id, as `Doc.to_array(DEP)`; `lowers`: token -> lower form)."""
    if not len(deps):
        return ()
    children = np.flatnonzero(deps == NEG_DEP).tolist()
    negators = lex.negators
    for i in np.flatnonzero((deps == DET_DEP) | (deps == ADVMOD_DEP)).tolist():
        if lowers[i] in negators:
            children.append(i)
    return tuple(sorted({heads[i] for i in children if heads[i] != i}))  # no root's own


def actors_by_id(doc: Doc) -> Mapping[str, dict]:
    """The Doc's actors by id: the first one of each id, as a scan of the list finds."""
    out: dict[str, dict] = {}
    for actor in doc._.actors or []:
        if actor.get("actor_id") is not None:
            out.setdefault(actor["actor_id"], actor)
    return MappingProxyType(out)


def token_quotes(idx: np.ndarray, quotes: Sequence[QuoteSegment]) -> tuple[int, ...]:
    """Token -> the quote segment whose marks hold its first char, else -1: the first segment
    closing after the char, if it opens at or before it (one array pass, not a token loop)."""
    if not quotes or not len(idx):
        return (-1,) * len(idx)
    closes = np.maximum.accumulate(np.array([q.close_end for q in quotes]))
    opens = np.array([q.open_start for q in quotes])
    first = np.searchsorted(closes, idx, side="right")  # the first segment closing after idx
    inside = first < len(quotes)
    held = np.full(len(idx), -1)
    held[inside] = np.where(opens[first[inside]] <= idx[inside], first[inside], -1)
    return tuple(held.tolist())


def token_heads(doc: Doc) -> tuple[int, ...]:
    """Token -> its head's index (the HEAD array holds offsets from the token)."""
    offsets = doc.to_array(HEAD).astype(np.int64)
    return tuple((offsets + np.arange(len(doc), dtype=np.int64)).tolist())


def token_sentences(n_tokens: int, sents: Sequence[Span]) -> tuple[int, ...]:
    """Token -> index of its sentence in `sents`."""
    out = np.zeros(n_tokens, dtype=np.int64)
    for k, s in enumerate(sents):
        out[s.start : s.end] = k
    return tuple(out.tolist())


@dataclass(frozen=True)
class WordColumn:
    """One word per token, kept as the distinct words and token -> word: a test over all the
    tokens runs once per distinct word."""

    words: np.ndarray  # the distinct words (objects), each once
    of: np.ndarray  # token index -> index in `words`
    index: dict[str, int] = field(init=False, repr=False, compare=False)  # word -> its index

    def __post_init__(self) -> None:
        words = self.words.tolist()
        object.__setattr__(self, "index", dict(zip(words, range(len(words)), strict=True)))

    def per_token(self) -> list[str]:
        return self.words[self.of].tolist()

    def where_in(self, *lists: Container[str], unless: Container[str] = ()) -> list[int]:
        """The token indices, in order, whose word is in one of `lists` and not in `unless`."""
        hits = self._hits(lists, unless)
        return np.flatnonzero(self._mask(hits)).tolist() if hits else []

    def mask_in(self, *lists: Container[str]) -> np.ndarray:
        """Token -> is its word in one of `lists`?"""
        return self._mask(self._hits(lists, ()))

    def _hits(self, lists: tuple[Container[str], ...], unless: Container[str]) -> set[str]:
        # the distinct words found by set intersection, walking the smaller side (in C): a
        # Python test per distinct word cost more than the families' work on the few kept
        words = self.index.keys()
        hits: set[str] = set()
        for found in lists:
            if isinstance(found, (set, frozenset)) and len(found) > len(words):
                hits |= found.intersection(words)  # a lexicon's list: the Doc's words walked
            else:  # `&` walks `found` (or the smaller of two dicts' keys)
                hits |= words & (found.keys() if isinstance(found, dict) else found)
        return {w for w in hits if w not in unless} if unless else hits

    def _mask(self, hits: set[str]) -> np.ndarray:
        keep = np.zeros(len(self.words), dtype=bool)
        keep[[self.index[w] for w in hits]] = True
        return keep[self.of]


def empty_column() -> WordColumn:
    """The column of no tokens."""
    return WordColumn(np.array([], dtype=object), np.zeros(0, dtype=np.int64))


def token_words(doc: Doc, lex: Lexicon) -> tuple[WordColumn, ...]:
    """The lower forms, lemmas, cue lemmas (frames.cue_lemma) and lowercased lemmas of the
    tokens, read from the Doc's arrays: the families test every token against their word
    lists, and a Token object per test costs more than the test. Each distinct word (and each
    distinct pair for the cue lemma) is looked up once."""
    strings = doc.vocab.strings
    arr = doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
    if not len(arr):
        empty = empty_column()
        return empty, empty, empty, empty
    # pandas' factorize finds the distinct keys by hashing, not sorting as np.unique does:
    # their order (first seen) changes nothing, as each column's tests run per word
    low_of, low_keys = pd.factorize(arr[:, 0])
    lemma_of, lemma_keys = pd.factorize(arr[:, 1])
    low_words = np.array(words_of(strings, low_keys.tolist()), dtype=object)
    lemma_words = np.array(words_of(strings, lemma_keys.tolist()), dtype=object)
    pair_of, pair_keys = pd.factorize(low_of * len(lemma_keys) + lemma_of)
    # a pair's cue lemma is its lower form's fix, else its lemma lowercased: both read from
    # tables over the distinct words, not looked up pair by pair
    fixes = [lex.lemma_fixes.get(w) or "" for w in low_words.tolist()]
    fixed = np.array([bool(f) for f in fixes], dtype=bool)
    fix_words = np.array(fixes, dtype=object)
    lemma_lower = np.array([w.lower() for w in lemma_words.tolist()], dtype=object)
    lows, lemmas = pair_keys // len(lemma_keys), pair_keys % len(lemma_keys)
    cue_words = np.where(fixed[lows], fix_words[lows], lemma_lower[lemmas])
    # two pairs (or two lemmas) can give one word: a column holds each word once
    cue_of, cue_distinct = pd.factorize(cue_words)
    lemma_lower_of, lemma_lower_distinct = pd.factorize(lemma_lower)
    return (
        WordColumn(low_words, low_of),
        WordColumn(lemma_words, lemma_of),
        WordColumn(np.asarray(cue_distinct, dtype=object), cue_of[pair_of]),
        WordColumn(np.asarray(lemma_lower_distinct, dtype=object), lemma_lower_of[lemma_of]),
    )


# hash -> string, for every vocabulary (spaCy's hash of a string is the same in each): the
# StringStore decodes its bytes again on each look-up, and most words recur from Doc to Doc
_WORDS: dict[int, str] = {}
MAX_WORDS = 500_000  # then the table starts again


def words_of(strings: StringStore, keys: list[int]) -> list[str]:
    """The strings of the hashes `keys`, each hash looked up in `strings` once per process."""
    words = list(map(_WORDS.get, keys))
    if None in words:
        if len(_WORDS) > MAX_WORDS:
            _WORDS.clear()
        for k, key in enumerate(keys):
            if words[k] is None:
                words[k] = _WORDS[key] = strings[key]
    return words


def space_tokens(lowers: WordColumn) -> list[bool]:
    """Token -> IS_SPACE, read from the lower forms (a space token's lower form is itself):
    the Doc's IS_SPACE array is read lexeme by lexeme, at a cost of several of the others."""
    space = np.array([w.isspace() for w in lowers.words.tolist()], dtype=bool)
    return space[lowers.of].tolist() if len(space) else []


def paragraph_sentences(
    doc: Doc, starts: Sequence[int] | None = None, space: list[bool] | None = None
) -> list[Span]:
    """The parser's sentences, cut again at line breaks: the parser sometimes runs a sentence
    on across a paragraph break ("... a false reason,” he said.\n\nCorker said ..."), and a
    claim's sentence, quote attachment and content never cross a paragraph. (`starts`: token
    -> char offset, and `space`: token -> IS_SPACE, when already read.)"""
    space = doc.to_array(IS_SPACE).tolist() if space is None else space
    breaks = line_breaks(doc, space, starts)  # only these can cut a sentence
    out: list[Span] = []
    k = 0
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while k < len(breaks) and breaks[k] < start:
            k += 1
        while k < len(breaks) and breaks[k] < end:
            i = breaks[k]
            k += 1
            if i + 1 < end and not all(space[start : i + 1]):
                out.append(Span(doc, start, i + 1))
                start = i + 1
        out.append(sent if start == sent.start else Span(doc, start, end))
    return out


def line_breaks(doc: Doc, space: list[int], starts: Sequence[int] | None = None) -> list[int]:
    """The indices of the space tokens (`space`: token -> IS_SPACE) that hold a line break:
    the tokens at the text's newlines (a newline is never a token's trailing space)."""
    text = doc_text(doc)
    at = text.find("\n")
    if at < 0:
        return []
    starts = doc.to_array(IDX).tolist() if starts is None else starts
    out: list[int] = []
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        if space[i] and (not out or out[-1] != i):
            out.append(i)
        at = text.find("\n", at + 1)
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
            return self._slice(*i.indices(len(self._made)))
        tok = self._made[i]
        if tok is None:
            tok = self._made[i] = self.doc[i]
        return tok

    def _slice(self, a: int, b: int, step: int) -> list[Token]:
        made = self._made
        if step != 1:
            return [self[k] for k in range(a, b, step)]
        if None in made[a:b]:  # the missing ones made by one walk over the Doc's slice
            for k, tok in enumerate(self.doc[a:b] if b > a else (), a):
                if made[k] is None:
                    made[k] = tok
        return made[a:b]


def char_tokens(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """The tokens [a, b) that `doc.char_span(start, end, alignment_mode="expand")` gives,
    found by bisection over the view's token offsets (a char in the space after a token
    starts at the next one); None where it gives None."""
    if not 0 <= start < end <= len(view.text):
        span = view.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else None
    starts = view.tok_starts
    a = bisect.bisect_right(starts, start) - 1
    if start == starts[a] + len(view.tokens[a]):
        a += 1
    return a, bisect.bisect_right(starts, end - 1)


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


def reported_kind(view: DocView, cs: int, ce: int) -> str:
    """The kind of a claim that no quote frames: "mixed" when its content holds a quoted
    piece (or lies in one), else "indirect"."""
    return "mixed" if quote_kind(view, cs, ce) != "indirect" else "indirect"
