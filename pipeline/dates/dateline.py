"""The dateline of a story ("MOSCOW, Oct. 3 (Reuters) -"): where its date is written.

The date tagger anchors the story's relative dates on it ("today" in a press release dated
Sept. 30 is Sept. 30, whenever it was published), and claim dates date the report by it.
A date alone on its line without its weekday ("June 3, 2025") is the story's date only when
the line above does not lead into it ("Embargoed until") and, given the publication date, it
lies within a week before it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from spacy.tokens import Doc

from pipeline.dates.anchors import parse_anchor
from pipeline.doctext import doc_text
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
DATELINES = [re.compile(pattern) for pattern in LEXICON["dateline_regexes"]]
BARE_DATE_LINES = [re.compile(pattern) for pattern in LEXICON["bare_date_line_regexes"]]
NOT_AFTER = frozenset(LEXICON["date_line_not_after"])
DAYS_BEFORE = LEXICON["date_line_days_before"]
DATELINE_CHARS = LEXICON["dateline_chars"]  # a dateline opens the story, after its title
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LAST_WORD = re.compile(r"(\w+)\W*$")


def dateline_date_span(text: str, published: str | None = None) -> tuple[int, int] | None:
    """(start, end) chars of the date written in the story's dateline, or None. A date line
    without its weekday ('June 3, 2025') counts only where `bare_date_line` accepts it."""
    head = text[:DATELINE_CHARS]
    for pattern in DATELINES:
        m = pattern.search(head)
        if m:
            return m.span("date")
    for pattern in BARE_DATE_LINES:
        for m in pattern.finditer(head):
            if bare_date_line(head, m.start("date"), m.group("date"), published):
                return m.span("date")
    return None


def bare_date_line(text: str, start: int, written: str, published: str | None) -> bool:
    """A date alone on its line dates the story unless the line above leads into it
    ('Embargoed until' / 'June 10, 2025', 'Schedule:': lexicon date_line_not_after), or it
    lies after publication or more than date_line_days_before days before it (an open
    letter's or a filing's own date)."""
    above = text[:start].rstrip()
    word = LAST_WORD.search(above, above.rfind("\n") + 1)  # the line above's last word
    if above[-1:] in NOT_AFTER or (word is not None and word.group(1).lower() in NOT_AFTER):
        return False
    day, pub = _written_day(written), parse_anchor(published)
    if day is None or pub is None:
        return True
    return 0 <= (pub - day).days <= DAYS_BEFORE


def _written_day(written: str) -> date | None:
    """The day of 'June 3, 2025', 'Sept. 30, 2025' or '3 June 2025'."""
    month = re.search(r"[A-Za-z]{3}", written)
    numbers = [int(n) for n in re.findall(r"\d+", written)]
    if month is None or month.group().lower() not in MONTHS or len(numbers) != 2:
        return None
    try:
        return date(max(numbers), MONTHS.index(month.group().lower()) + 1, min(numbers))
    except ValueError:
        return None


def dateline_dates(doc: Doc) -> list[dict[str, Any]]:
    """The dates of the story's dateline: they date the report, as the publication date does,
    and are no sentence's or paragraph's date."""
    span = dateline_date_span(doc_text(doc), doc._.published)
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
