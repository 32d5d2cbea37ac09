"""The people a byline or a credit line names: "By Helen Marsh", "(Reporting by Wanjiru
Kamau; Editing by Paul Osei)". They wrote or edited the story: people of the media (role
MED) whose state the story's does not tell (no guess of the article's state; rule
actor.byline_person)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from pipeline.actors.words import default_words
from pipeline.doctext import doc_text

RULE_ID = "actor.byline_person"
LOOKBACK = 160  # chars: a credit line names a few people before the one asked about


@cache
def _opener() -> re.Pattern[str]:
    """A line (or a bracket) that opens with a byline's or a credit's words, and no
    sentence's end after them."""
    words = sorted(default_words().byline_openers, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|\n)[ \t(]*(?:{alternatives})\s[^.!?\n]*(?:\n[^.!?\n]+)?\Z", re.I)


def credited(span: Span) -> bool:
    """Does a byline or a credit line name the span ("By X", "Reporting by A and B;
    Editing by X")?"""
    text = doc_text(span.doc)
    start = span.start_char
    before = text[max(0, start - LOOKBACK) : start]
    return _opener().search(before) is not None
