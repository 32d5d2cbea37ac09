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
LIST_WORDS = ("and", "&", "in")  # "Reporting by A in Ankara and B"


@cache
def _opener() -> re.Pattern[str]:
    """A byline's or a credit's opening words at a line's, a bracket's or a credit's start."""
    words = sorted(default_words().byline_openers, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|\n|;)[ \t(]*(?:{alternatives})\s", re.I)  # "...; Editing by"


def credited(span: Span) -> bool:
    """Does a byline or a credit line name the span ("By X", "Reporting by A in Ankara and
    B; Editing by X")? Only names, "and", "in" and their commas stand between the last
    opener and the span, on its line or the next: "By contrast, X said" is no byline."""
    text = doc_text(span.doc)
    before = text[max(0, span.start_char - LOOKBACK) : span.start_char]
    openers = list(_opener().finditer(before))
    if not openers:
        return False
    names = before[openers[-1].end() :]
    if names.count("\n") > 1 or any(mark in names for mark in ".!?"):
        return False
    words = names.replace(";", " ").replace(",", " ").split()
    return all(w[:1].isupper() or w in LIST_WORDS for w in words)
