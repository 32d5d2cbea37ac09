"""Token positions and sentence bounds read from a Doc's arrays: a walk over the Doc builds a
Token object and reads its attributes for every token, while most steps want a few of them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection

import numpy as np
from spacy.attrs import IS_ALPHA, SENT_START
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from pipeline.doctext import PerDoc, doc_text


def column(doc: Doc, attr: int) -> np.ndarray:
    """`doc.to_array(attr)` (one attribute), read once per Doc: the actor and date steps ask
    for the same attributes (LOWER, LEMMA, POS, ORTH) again. Not to be written to."""
    known = _COLUMNS.get(doc)
    if known is None:
        known = _COLUMNS.set(doc, {})
    values = known.get(attr)
    if values is None:
        values = known[attr] = doc.to_array(attr)
    return values


_COLUMNS: PerDoc[dict[int, np.ndarray]] = PerDoc()  # per Doc: attribute -> its values


def word_positions(doc: Doc, attr: int, words: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens whose string attribute `attr` (LOWER, ORTH,
    LEMMA) is one of `words`: compared as hashes, with no string read per token."""
    if not len(doc) or not words:
        return []
    return positions_in(column(doc, attr), words)


def cached_word_positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """`word_positions`, worked out once per Doc for each frozen word list: the rules ask
    about one sentence after another."""
    known = _POSITIONS.get(doc)
    if known is None:
        known = _POSITIONS.set(doc, {})
    found = known.get((attr, words))
    if found is None:
        found = known[(attr, words)] = word_positions(doc, attr, words)
    return found


# per Doc: (attribute, word list) -> the positions of those words
_POSITIONS: PerDoc[dict[tuple[int, frozenset[str]], list[int]]] = PerDoc()


def lowered_positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens whose string attribute `attr`, in lower case, is
    one of `words` (`t.lemma_.lower() in words`), worked out once per Doc for each word
    list: each distinct value of the Doc is lowered once, not each token's."""
    known = _LOWERED.get(doc)
    if known is None:
        known = _LOWERED.set(doc, {})
    found = known.get((attr, words))
    if found is None:
        keys, inverse = np.unique(column(doc, attr), return_inverse=True)
        strings = doc.vocab.strings
        hits = np.array([strings[k].lower() in words for k in keys.tolist()], dtype=bool)
        found = known[(attr, words)] = np.flatnonzero(hits[inverse]).tolist()
    return found


# per Doc: (attribute, word list) -> the positions of the words, compared in lower case
_LOWERED: PerDoc[dict[tuple[int, frozenset[str]], list[int]]] = PerDoc()


def positions_in(values: np.ndarray, words: Collection[str]) -> list[int]:
    """The indices, in order, of the string hashes among `values` that are one of `words`."""
    if not len(values) or not words:
        return []
    keys = _sorted_keys(words)
    # a search in the few sorted keys: `np.isin` sorts the values with them each time
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return np.flatnonzero(keys[at] == values).tolist()


def _sorted_keys(words: Collection[str]) -> np.ndarray:
    """The sorted hashes of the words; a frozen list's are worked out once per process (a
    word list of the lexicons is asked for every Doc)."""
    if not isinstance(words, frozenset):
        return _hash_keys(words)
    keys = _KEYS.get(words)
    if keys is None:
        if len(_KEYS) > MAX_KEYED_LISTS:
            _KEYS.clear()
        keys = _KEYS[words] = _hash_keys(words)
    return keys


def _hash_keys(words: Collection[str]) -> np.ndarray:
    # a sort of the few Python ints: `np.unique` costs more than the search it serves
    return np.array(sorted({hash_string(w) for w in words}), dtype=np.uint64)


_KEYS: dict[frozenset[str], np.ndarray] = {}  # a frozen word list -> its sorted hashes
MAX_KEYED_LISTS = 256  # the lexicons' lists are few: a long run of other ones starts afresh


def span_text(span: Span, skip: int = 0) -> str:
    """`span[skip:].text`, sliced from the Doc's text (made once per Doc): `span.text` joins
    the words of Token objects built for it, and `span[skip:]` builds a Span too."""
    if len(span) <= skip:
        return span[skip:].text
    start = span.doc[span.start + skip].idx if skip else span.start_char  # no Token built
    return doc_text(span.doc)[start : span.end_char]


_SENT_STARTS: PerDoc[list[int]] = PerDoc()


def sentence_bounds(span: Span) -> tuple[int, int]:
    """The token bounds of `span.sent` (the sentence of its first token), found by a
    bisection over the Doc's sentence starts, read once per Doc: `span.sent` walks the
    tokens one by one."""
    doc = span.doc
    starts = None if doc.user_span_hooks or "sents" in doc.user_hooks else _sent_starts(doc)
    if starts is None:
        sent = span.sent
        return sent.start, sent.end
    return _bounds_in(starts, len(doc), span.start)


def token_sentence_bounds(token: Token) -> tuple[int, int]:
    """The token bounds of `token.sent`, as `sentence_bounds`."""
    doc = token.doc
    hooked = doc.user_token_hooks or doc.user_span_hooks or "sents" in doc.user_hooks
    starts = None if hooked else _sent_starts(doc)
    if starts is None:
        sent = token.sent
        return sent.start, sent.end
    return _bounds_in(starts, len(doc), token.i)


def sentence_of(span: Span | Token) -> Span:
    """`span.sent` (or `token.sent`), found as `sentence_bounds`."""
    if isinstance(span, Token):
        return span.doc[slice(*token_sentence_bounds(span))]
    return span.doc[slice(*sentence_bounds(span))]


def _sent_starts(doc: Doc) -> list[int] | None:
    """The Doc's sentence starts, read once per Doc (the annotation test walks every token
    too); None when the Doc has no sentence boundaries."""
    starts = _SENT_STARTS.get(doc)
    if starts is None and doc.has_annotation("SENT_START"):
        flags = doc.to_array([SENT_START]).reshape(-1)
        starts = _SENT_STARTS.set(doc, np.flatnonzero(flags == 1).tolist())
    return starts


def worded_sentences(doc: Doc) -> tuple[list[int], list[bool]] | None:
    """Every sentence's first token (0 first) and whether the sentence holds a word
    (IS_ALPHA), not marks alone, read once per Doc; None where `token_sentence_bounds`
    reads `.sent` (hooks, or no sentence bounds)."""
    if doc.user_token_hooks or doc.user_span_hooks or "sents" in doc.user_hooks:
        return None
    found = _WORDED.get(doc)
    if found is None:
        starts = _sent_starts(doc)
        if starts is None:
            return None
        starts = starts if starts and starts[0] == 0 else [0, *starts]
        alpha = np.concatenate(([0], np.cumsum(column(doc, IS_ALPHA) != 0)))
        ends = [*starts[1:], len(doc)]
        found = _WORDED.set(doc, (starts, (alpha[ends] > alpha[starts]).tolist()))
    return found


_WORDED: PerDoc[tuple[list[int], list[bool]]] = PerDoc()


def _bounds_in(starts: list[int], length: int, i: int) -> tuple[int, int]:
    k = bisect_right(starts, i)
    return (starts[k - 1] if k else 0), (starts[k] if k < len(starts) else length)
