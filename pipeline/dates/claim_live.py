"""A live blog's entries, and the day of what each reports (claim_date.live_entry).

A live blog is written as it happens: each entry opens with its time stamp alone on a line
('18:40', '6:05 p.m.', '10:30 CET') or before a dash and the entry's headline ('17:42 AST -
Leaders back "disaster clauses"'), newest first or last, under the day the blog covers.
What an entry reports (said, did, has done) is that day's news: a claim in an entry that its
own clause does not date takes the day of the entry's stamp, not a date of an earlier sentence
('... bans the transshipment of gas from January. Slovakia dropped its reservation, the
diplomats said') nor none. A text is a live blog when at least `live_min_stamps` lines are
stamps, in the order of time, and it has no transcript turns (a briefing's opening and closing
times are no entries); an entry runs from its stamp to the next. Not a future act ('will
brief'), and not a present perfect that spans a time up to now ('has signalled for weeks',
'has repeatedly said'): no day dates it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from spacy.tokens import Doc

from pipeline.claims.tree import kids
from pipeline.dates.claim_aspect import present_perfect
from pipeline.dates.claim_context import LEXICON, ClaimSite, date_row
from pipeline.doctext import PerDoc, doc_text

STAMP_REST = re.compile(LEXICON["live_stamp_rest"])  # what else a stamp's line may hold
MIN_STAMPS = LEXICON["live_min_stamps"]
CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a day and a clock time
SPAN_DEPS = ("prep", "npadvmod", "advmod", "pobj")  # 'for weeks', 'all week'
SPAN_ADVERBS = frozenset(LEXICON["perfect_span_adverbs"])  # 'has repeatedly said'


def live_entry_date(c: ClaimSite) -> dict[str, Any] | None:
    """claim_date.live_entry: the day of the stamp of the live-blog entry holding the claim,
    for a claim no date of its own clause dated; None outside a live blog."""
    if c.tense == "future":
        return None
    layout = c.attrs.layout if c.attrs is not None else c.doc._.layout
    stamps = live_stamps(c.doc, c.facts.calendar_dates, layout)
    if not stamps:  # most texts: no live blog
        return None
    k = bisect_right([d["start"] for d in stamps], c.start) - 1
    if k < 0 or _spans_time(c):
        return None
    return date_row(stamps[k], "context", "claim_date.live_entry")


# per Doc: (its calendar dates, held so that a new list is seen as new; the stamps)
_STAMPS: PerDoc[tuple[list, list[dict[str, Any]]]] = PerDoc()


def live_stamps(
    doc: Doc, dates: list[dict[str, Any]], layout: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The time stamps that open a live blog's entries, in order (none in any other text)."""
    known = _STAMPS.get(doc)
    if known is not None and known[0] is dates:
        return known[1]
    text = doc_text(doc)
    # the layout reads a stamp's line break as soft ('18:40\nA senior diplomat said'): the
    # Doc's text has a space there
    soft = sorted(start for start, _ in (layout or {}).get("soft_breaks") or [])
    stamps = [d for d in dates if CLOCK_VALUE.match(d["value"]) and _alone(text, soft, d)]
    if not _a_blog(stamps, layout):
        stamps = []
    _STAMPS.set(doc, (dates, stamps))
    return stamps


def _a_blog(stamps: list[dict[str, Any]], layout: dict[str, Any] | None) -> bool:
    """Enough stamps, newest first or last, and no transcript: a briefing's turns between
    its opening and closing times ('2:07 P.M. EDT' ... '2:41 P.M. EDT') are no entries."""
    if len(stamps) < MIN_STAMPS or (layout or {}).get("turns"):
        return False
    times = [d["value"] for d in stamps]
    return times == sorted(times) or times == sorted(times, reverse=True)


def _alone(text: str, soft: list[int], d: dict[str, Any]) -> bool:
    """Is the clock time alone on its line (but for a time zone: '10:30 CET')?"""
    line_start = max(text.rfind("\n", 0, d["start"]), _last_before(soft, d["start"])) + 1
    ends = [k for k in (text.find("\n", d["end"]), _first_from(soft, d["end"])) if k >= 0]
    before = text[line_start : d["start"]]
    after = text[d["end"] : min(ends, default=len(text))]
    return not before.strip() and STAMP_REST.fullmatch(after) is not None


def _last_before(starts: list[int], char: int) -> int:
    k = bisect_right(starts, char - 1) - 1
    return starts[k] if k >= 0 else -1


def _first_from(starts: list[int], char: int) -> int:
    k = bisect_left(starts, char)
    return starts[k] if k < len(starts) else -1


def _spans_time(c: ClaimSite) -> bool:
    """A present perfect whose verb governs a duration or an adverb of repetition or length
    ('has signalled for weeks', 'have fought for years', 'has repeatedly said'): an act
    stretched up to now, of no day."""
    doc, cue = c.doc, c.cue
    if cue is None or not present_perfect(cue):
        return False
    if any(t.lower_ in SPAN_ADVERBS for t in kids(cue) if t.dep_ == "advmod"):
        return True  # 'has repeatedly said', 'has long argued'
    for d in (c.attrs.dates if c.attrs is not None else doc._.dates) or []:
        if d.get("type") != "DURATION":
            continue
        span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        while tok is not None and tok.dep_ in SPAN_DEPS and tok.head.i != tok.i:
            tok = tok.head
            if tok.i == cue.i:
                return True
    return False
