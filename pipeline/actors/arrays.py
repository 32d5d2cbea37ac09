"""Token positions read from a Doc's arrays: a walk over the Doc builds a Token object and
reads its attributes for every token, while most steps want only a few of them."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import POS
from spacy.strings import hash_string
from spacy.tokens import Doc


def word_positions(doc: Doc, attr: int, words: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens whose string attribute `attr` (LOWER, ORTH,
    LEMMA) is one of `words`: compared as hashes, with no string read per token."""
    if not len(doc) or not words:
        return []
    keys = np.fromiter((hash_string(w) for w in words), dtype=np.uint64, count=len(words))
    return np.flatnonzero(np.isin(doc.to_array(attr), keys)).tolist()


def pos_positions(doc: Doc, pos: tuple[int, ...]) -> list[int]:
    """The indices, in order, of the tokens whose coarse part of speech is one of `pos`."""
    if not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(POS), pos)).tolist()
