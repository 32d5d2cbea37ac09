"""Weeks named within a month: 'the last week of October', 'the first week of March 2025';
the week or weekend of a day: 'the week of June 8' is the ISO week holding that day, 'the
weekend of June 8' that week's weekend when June 8 is a Friday, Saturday or Sunday; of a
weekday from Monday to Thursday it is only the week (the weekend before or after: unsure);
a weekday of a week named relative to the anchor: 'Thursday next week'.

A week of a month is the ISO week holding the middle day of its seven days (the 4th for the
first week, the 25th for the fourth; the fourth day before the month's end for the last), so
that a week straddling two months goes to the month holding most of it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipeline.dates.anchors import (
    Anchor,
    Direction,
    Resolved,
    Result,
    fmt,
    month_day_date,
    month_year,
)
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
NTH_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
MID_WEEK = 3  # days from a week's first day to its middle
FRIDAY = 4  # date.weekday() of the first day that names its own week's weekend


def resolve_week_of_month(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the last week of October': the ISO week holding that week's middle day."""
    month = g.month(gr.get("month") or "")
    nth = NTH_WEEKS.get((gr.get("nth") or "").lower())
    if month is None or nth is None:
        return None
    if gr.get("year"):
        year, anchored = int(gr["year"]), False
    elif anchor is None:
        return Resolved("DATE", "XXXX-WXX")
    else:
        year, anchored = month_year(month, anchor, g.direction(None, tense)), True
    last = calendar.monthrange(year, month)[1]
    day = last - MID_WEEK if nth < 0 else 7 * (nth - 1) + 1 + MID_WEEK
    return Resolved("DATE", fmt(date(year, month, day), "week"), anchored=anchored)


def resolve_week_of(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the week of Nov. 18', 'the week beginning May 2': the ISO week holding that day."""
    return _week_of_day(g, gr, anchor, tense, "week")


def resolve_weekend_of(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the weekend of June 8': the weekend of the ISO week holding that day, if the day is
    a Friday to Sunday; else that week (TIMEX3 has no 'a weekend next to this day')."""
    return _week_of_day(g, gr, anchor, tense, "weekend")


def _week_of_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction, gran: str) -> Result:
    """The week (`gran` 'week') or weekend ('weekend') of a month and day; the day's year as
    for 'Nov. 18' alone (date.month_day)."""
    month = g.month(gr.get("month") or "")
    if month is None:
        return None
    day = int(re.match(r"\d+", gr.get("day") or "").group())
    if gr.get("year"):
        held = date(int(gr["year"]), month, day)
        return Resolved("DATE", fmt(held, _weekend_or_week(held, gran)))
    if anchor is None:
        date(2000, month, day)  # validates (2000 is a leap year)
        return Resolved("DATE", UNKNOWN_WEEKS[gran])
    held = month_day_date(month, day, anchor, tense)
    return Resolved("DATE", fmt(held, _weekend_or_week(held, gran)), anchored=True)


def _weekend_or_week(day: date, gran: str) -> str:
    """A weekend only of a Friday to Sunday: a Monday's weekend may be the one before it."""
    return gran if gran != "weekend" or day.weekday() >= FRIDAY else "week"


UNKNOWN_WEEKS = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}


def resolve_weekday_of_week(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'Thursday next week', 'Tuesday of last week': that weekday in the ISO week before,
    of or after the anchor's, whatever the tense (date.weekday_of_week)."""
    wd = g.weekdays[(gr.get("weekday") or "").lower()]
    if anchor is None:
        return Resolved("DATE", f"XXXX-WXX-{wd + 1}")
    step = {"last": -1, "next": 1}.get((gr.get("rel") or "").lower(), 0)
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    return Resolved("DATE", (monday + timedelta(days=wd)).isoformat(), anchored=True)


MONTH_WEEK_RESOLVERS = {
    "weekday_of_week": resolve_weekday_of_week,
    "week_of_month": resolve_week_of_month,
    "week_of": resolve_week_of,
    "weekend_of": resolve_weekend_of,
}
