"""The dateline of a story ("MOSCOW, Oct. 3 (Reuters) -"): where its date is written.

The date tagger anchors the story's relative dates on it ("today" in a press release dated
Sept. 30 is Sept. 30, whenever it was published), and claim dates date the report by it.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from pipeline.doctext import doc_text
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
DATELINES = [re.compile(pattern) for pattern in LEXICON["dateline_regexes"]]
DATELINE_CHARS = LEXICON["dateline_chars"]  # a dateline opens the story, after its title


def dateline_date_span(text: str) -> tuple[int, int] | None:
    """(start, end) chars of the date written in the story's dateline, or None."""
    head = text[:DATELINE_CHARS]
    for pattern in DATELINES:
        m = pattern.search(head)
        if m:
            return m.span("date")
    return None


def dateline_dates(doc: Doc) -> list[dict[str, Any]]:
    """The dates of the story's dateline: they date the report, as the publication date does,
    and are no sentence's or paragraph's date."""
    span = dateline_date_span(doc_text(doc))
    if span is None:
        return []
    lo, hi = span
    return [d for d in (doc._.dates or []) if lo <= d["start"] and d["end"] <= hi]


def published_row(doc: Doc) -> dict[str, Any] | None:
    """A claim date row for the publication date (None without one)."""
    return publication_row(doc._.published)


def publication_row(published: str | None) -> dict[str, Any] | None:
    """`published_row` of the publication date `published`, already read from the Doc."""
    if not published:
        return None
    row = {"value": published, "text": None, "start": None, "end": None}
    return {**row, "basis": "published"}
