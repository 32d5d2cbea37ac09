"""Days named without a year: holidays ('Christmas', 'Thanksgiving Day', 'Easter'), days
of the month ('on the 12th'), placed around the anchor by the direction, and the running day
of an event said of today ('It is the third day of the strike'). (The week of a day,
'the week of Nov. 18', is a month and day's week: month_weeks.resolve_week_of.)"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as DU_WEEKDAYS

from pipeline.dates.anchors import (
    Anchor,
    Direction,
    Resolved,
    Result,
    day_of_month_date,
    fmt,
)
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]


def resolve_day_of_month(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'on the 12th', 'on the 9th and 10th': days of the anchor's month or the next/last."""
    day, day2 = (int(re.match(r"\d+", gr.get(k) or "0").group()) for k in ("day", "day2"))
    first = day_of_month_date(day, anchor, tense) if anchor else None
    if first is None or (day2 and day2 <= day):
        return None if anchor else Resolved("DATE", f"XXXX-XX-{day:02d}")
    second = first.replace(day=day2).isoformat() if day2 else None
    return Resolved("DATE", first.isoformat(), anchored=True, second=second)


def holiday_date(spec: dict, year: int) -> date:
    """The day of a holiday in `year`: fixed ('month', 'day'), the nth weekday of a month
    ('weekday', 'nth', -1 = last; counted from 'from_day') or days from Easter ('easter')."""
    if "easter" in spec:
        from dateutil.easter import easter

        return easter(year) + relativedelta(days=spec["easter"])
    if "weekday" in spec:  # 'from_day': US Election Day, the Tuesday after the 1st Monday
        wd = DU_WEEKDAYS[spec["weekday"]](spec["nth"])
        first = date(year, spec["month"], spec.get("from_day", 1))
        start = first + relativedelta(months=1, days=-1) if spec["nth"] < 0 else first
        return start + relativedelta(weekday=wd)
    return date(year, spec["month"], spec["day"])


def resolve_holiday(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'Christmas', 'Thanksgiving Day 1999', 'Easter': only holidays fixed in the calendar;
    'Easter week', 'Holy Week', 'the Labor Day weekend': the week or weekend of one."""
    spec = g.holidays[norm_space(gr["holiday"] or "").replace("’", "'")]
    period = (gr.get("hweek") or spec.get("period") or "").lower() or None
    if gr.get("year"):
        return Resolved("DATE", _holiday_value(holiday_date(spec, int(gr["year"])), period))
    if anchor is None:
        if "day" not in spec or period:
            return None
        return Resolved("DATE", f"XXXX-{spec['month']:02d}-{spec['day']:02d}")
    days = [holiday_date(spec, anchor.year + k) for k in (-1, 0, 1)]
    # a week or weekend has begun by the anchor in a past clause, not yet ended in a future one
    bounds = {d: _period_bounds(d, period) for d in days}
    direction = g.direction(gr.get("rel"), tense)
    if direction in ("past", "last"):
        pick = max(d for d in days if bounds[d][0] <= anchor)
    elif direction in ("future", "next"):
        pick = min(d for d in days if bounds[d][1] >= anchor)
    else:
        pick = min(days, key=lambda d: abs((d - anchor).days))
    return Resolved("DATE", _holiday_value(pick, period), anchored=True)


def _weekend_week(day: date) -> date:
    """A day of the weekend a holiday gives its name to: a Monday's is the one before it
    ('the Labor Day weekend'), any other day's the one of its own ISO week."""
    return day - relativedelta(days=1) if day.weekday() == 0 else day


def _period_bounds(day: date, period: str | None) -> tuple[date, date]:
    """The first and last day of the holiday's day, week or weekend."""
    if period == "week":
        monday = day - relativedelta(days=day.weekday())
        return monday, monday + relativedelta(days=6)
    if period == "weekend":
        sunday = _weekend_week(day) + relativedelta(days=6 - _weekend_week(day).weekday())
        return sunday - relativedelta(days=1), sunday
    return day, day


def _holiday_value(day: date, period: str | None) -> str:
    if period == "week":
        return fmt(day, "week")
    if period == "weekend":
        return fmt(_weekend_week(day), "weekend")
    return day.isoformat()


def resolve_running_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'It is the third day of the strike', 'today marks the tenth day of talks': the day
    the text is written, a count of days into an event (PRESENT_REF without an anchor)."""
    if anchor is None:
        return Resolved("DATE", "PRESENT_REF")
    return Resolved("DATE", anchor.isoformat(), anchored=True)


def resolve_early_hours(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the early hours of Sunday', 'the small hours of March 3': the first hours of that
    day, after midnight: its morning, at its start (TIMEX3 TMO, mod START;
    time.early_hours)."""
    from pipeline.dates.resolvers import resolve_full_date, resolve_weekday  # they import this

    day = resolve_weekday if gr.get("weekday") else resolve_full_date
    res = day(g, gr, anchor, tense)
    return None if res is None else replace(res, mod="START", part_of_day="MO")
