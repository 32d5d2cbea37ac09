"""The text of a Doc, built once per Doc: spaCy rebuilds `doc.text` from every token on each
access, which made per-claim slices cost as much as the whole text."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a tokenizer made the Doc from (spaCy's tokenizer keeps every character,
    so it is `doc.text`), saving the first `doc_text` call its walk over every token."""
    _TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call for this Doc and remembered while it lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
