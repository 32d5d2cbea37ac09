"""The text of a Doc, built once per Doc: spaCy rebuilds `doc.text` from every token on each
access, which made per-claim slices cost as much as the whole text. `PerDoc` holds such a
value per Doc."""

from __future__ import annotations

import weakref
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc

V = TypeVar("V")
_MISSING = object()


class PerDoc(Generic[V]):
    """A value per Doc while the Doc lives, as a `weakref.WeakKeyDictionary` holds it, with
    the last Doc asked about kept beside it: most calls in a row ask about the same Doc,
    and each lookup in the dictionary builds a new weak reference to its key."""

    __slots__ = ("_last", "_values")

    def __init__(self) -> None:
        self._values: weakref.WeakKeyDictionary[Doc, V] = weakref.WeakKeyDictionary()
        self._last: tuple[weakref.ref[Doc] | None, Any] = (None, None)  # Doc, its value

    def get(self, doc: Doc, default: Any = None) -> Any:
        """The Doc's value, else `default`."""
        ref, value = self._last
        if ref is not None and ref() is doc:
            return value
        value = self._values.get(doc, _MISSING)
        if value is _MISSING:
            return default
        self._last = (weakref.ref(doc), value)
        return value

    def set(self, doc: Doc, value: V) -> V:
        """Record the Doc's value, and give it back."""
        self._values[doc] = value
        self._last = (weakref.ref(doc), value)
        return value


_TEXTS: PerDoc[str] = PerDoc()


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a tokenizer made the Doc from (spaCy's tokenizer keeps every character,
    so it is `doc.text`), saving the first `doc_text` call its walk over every token."""
    _TEXTS.set(doc, text)


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call for this Doc and remembered while it lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS.set(doc, doc.text)
    return text
