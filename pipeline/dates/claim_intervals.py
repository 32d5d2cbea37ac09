"""claim_date.interval_frame: a report placed a stretch of time after (or before) another act.

"The remarks came a day after the minister said the budget would be cut": the minister spoke
the day before the remarks. The reporting verb heads an adverbial clause opened by 'after' or
'before' (lexicon interval_marks), measured by a count of days or weeks ('a day', 'two weeks')
or by hours or minutes (the same day: lexicon same_day_units), or by 'the day' or 'the week'
(lexicon the_unit_days; the parser may hang it on the other verb). The other act's day is the
day its own clause gives outside the reporting clause ('Her remarks on Tuesday came ...'),
else the day the discourse has reached (the paragraph's), else the dateline's, else the
publication's: an undated event in a news story happens the day it is published.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.dates.claim_context import LEXICON, ClaimSite, context_date, dates_near
from pipeline.doctext import doc_text

INTERVAL_MARKS = LEXICON["interval_marks"]  # {"after": -1, "before": 1}: the step's sign
SAME_DAY_UNITS = frozenset(LEXICON["same_day_units"])
THE_UNIT_DAYS = LEXICON["the_unit_days"]  # "the day after": one day
INTERVAL_DEPS = ("npadvmod", "tmod")  # "[a day] after X said"
# the reporting verb heads the adverbial clause; the parser sometimes makes it the root, and
# the clause it is measured from its complement ('X spoke on Sunday, a day after Y said')
CLAUSE_DEPS = ("advcl", "ROOT")
COUNTED = re.compile(r"P(\d+)([DW])")  # a duration of whole days or weeks
UNIT_DAYS = {"D": 1, "W": 7}
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def interval_frame_date(c: ClaimSite) -> dict[str, Any] | None:
    """The claim's date when its reporting verb is placed a count of days from another act
    whose day is known (module doc); None otherwise."""
    cue = c.cue
    if cue is None or cue.dep_ not in CLAUSE_DEPS or c.tense != "past" or c.published is None:
        return None
    mark = next((k for k in kids(cue) if k.dep_ == "mark" and k.lower_ in INTERVAL_MARKS), None)
    if mark is None:
        return None
    interval = next((k for k in kids(cue) if k.dep_ in INTERVAL_DEPS and k.i < mark.i), None)
    before = cue.doc[mark.i - 1] if mark.i else None  # "came [the day] after": on 'came'
    if interval is None and before is not None and before.dep_ in INTERVAL_DEPS:
        interval = before if before.head.i == cue.head.i else None
    days = _interval_days(c, interval) if interval is not None else None
    anchor = _anchor_day(c, cue, interval) if days is not None else None
    if anchor is None:
        return None
    day = anchor + timedelta(days=days * INTERVAL_MARKS[mark.lower_])
    if day > c.published:  # a past report is not after its publication
        return None
    first = interval.left_edge
    start, end = first.idx, mark.idx + len(mark.text)
    text = doc_text(c.doc)[start:end]
    row = {"value": day.isoformat(), "text": text, "start": start, "end": end}
    return {**row, "basis": "context", "rule_id": "claim_date.interval_frame"}


def _interval_days(c: ClaimSite, noun: Token) -> int | None:
    """Days in 'a day', 'two days', 'a week' (the date stage's duration over the noun);
    0 for 'hours' or 'minutes' (the same day); None for a vague count ('days after')."""
    if noun.lemma_.lower() in SAME_DAY_UNITS:
        return 0
    if any(k.dep_ == "det" and k.lower_ == "the" for k in kids(noun)):  # 'the day after'
        return THE_UNIT_DAYS.get(noun.lower_)
    dates = c.attrs.dates if c.attrs is not None else c.doc._.dates
    for d in dates or ():  # only for a reporting verb in such a clause: a rare scan
        if d["start"] <= noun.idx < d["end"] and d.get("type") == "DURATION":
            counted = COUNTED.fullmatch(d["value"] or "")
            return int(counted[1]) * UNIT_DAYS[counted[2]] if counted else None
    return None


def _anchor_day(c: ClaimSite, cue: Token, interval: Token) -> date | None:
    """The day of the act the reporting verb is measured from (module doc): the reporting
    clause runs from the interval ('a day after X said ...') to the verb's last word."""
    lo, hi = interval.left_edge.idx, cue.right_edge.idx + len(cue.right_edge.text)
    sentence = cue.sent
    own = [
        d
        for d in dates_near(c.facts, sentence.start_char, sentence.end_char)
        if not (lo <= d["start"] < hi) and DAY_VALUE.fullmatch(d["value"] or "")
    ]
    found = own[0] if own else context_date(replace(c, speech=False), None, None)  # the act's day
    if found is None and c.facts.dateline:
        found = c.facts.dateline[0]
    value = (found or {}).get("value") or ""
    if not DAY_VALUE.fullmatch(value):
        return c.published if found is None else None
    return date.fromisoformat(value)
