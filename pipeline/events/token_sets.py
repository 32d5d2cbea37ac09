"""Sets of tokens read from a Doc's arrays: a test of a few words or dependencies over every
token of a content costs a Token object and a string per token, a test over the arrays one
pass for the Doc."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


def marked_tokens(doc: Doc, deps: Collection[str], words: Collection[str] = ()) -> frozenset[int]:
    """The indices of the tokens whose dependency is one of `deps` and, if `words` are given,
    whose lower form is one of them."""
    arr = doc.to_array([DEP, LOWER]).reshape(-1, 2).astype(np.uint64)
    keep = np.isin(arr[:, 0], _string_ids(deps))
    if words:
        keep &= np.isin(arr[:, 1], _string_ids(words))
    return frozenset(np.flatnonzero(keep).tolist())


def _string_ids(strings: Collection[str]) -> np.ndarray:
    return np.array([get_string_id(s) for s in strings], dtype=np.uint64)
