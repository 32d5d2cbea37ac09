"""Resolvers: a rule's regex groups -> `Resolved(type, value, mod, anchored)`.

A rule row's `function` names its resolver in `RESOLVERS`. A resolver returns None when the
groups do not make a valid expression (e.g. "the fifth quarter"), and the caller then drops
the candidate. Without an anchor, anchor-relative expressions get unanchored values
(`XXXX-09`, `XXXX-WXX-1`, `PRESENT_REF`) instead of a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import (
    UNANCHORED,
    Anchor,
    Direction,
    Ref,
    Resolved,
    Result,
    duration_value,
    fmt,
    month_day_date,
    month_year,
    season_year,
    weekday_date,
    weekday_year,
)
from pipeline.dates.discourse import DISCOURSE_RESOLVERS
from pipeline.dates.eras import (
    ERA_RESOLVERS,
    resolve_century_turn,
    resolve_decade_tens,
    resolve_named_decade,
)
from pipeline.dates.fiscal_codes import FISCAL_CODE_RESOLVERS
from pipeline.dates.fractions import FRACTION_RESOLVERS
from pipeline.dates.grammar import Grammar, Rule, load_grammar, norm_space
from pipeline.dates.named_days import (
    resolve_day_of_month,
    resolve_early_hours,
    resolve_holiday,
    resolve_running_day,
)
from pipeline.dates.pairs import pair_resolvers
from pipeline.dates.periods import PERIOD_RESOLVERS, day_first_groups
from pipeline.dates.sets import SET_RESOLVERS
from pipeline.dates.spelled import SPELLED_RESOLVERS
from pipeline.dates.vague import VAGUE_RESOLVERS
from pipeline.dates.year_parts import YEAR_PART_RESOLVERS, year_of

# -- resolvers: (grammar, groups, anchor, direction) -> Resolved | None ----------------------

Groups = dict[str, str | None]
Resolver = Callable[[Grammar, Groups, date | None, Direction], Resolved | None]


def _direction(g: Grammar, groups: Groups, tense: Direction) -> Direction:
    return g.direction(groups.get("rel"), tense)


def resolve_full_date(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    month = g.month(gr["month"] or "")
    day = int(re.match(r"\d+", gr["day"] or "").group())
    if month is None:
        return None
    if gr.get("year"):
        return Resolved("DATE", date(int(gr["year"]), month, day).isoformat())
    if anchor is None:
        date(2000, month, day)  # validates (2000 is a leap year)
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    return Resolved("DATE", month_day_date(month, day, anchor, tense).isoformat(), anchored=True)


def resolve_weekday_month_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'Monday, Oct. 26': the year in which that day is a Monday; else as a month and day."""
    month, day = g.month(gr["month"] or ""), int(re.match(r"\d+", gr["day"] or "").group())
    year = (
        None
        if anchor is None or month is None
        else weekday_year(month, day, g.weekdays[(gr["weekday"] or "").lower()], anchor)
    )
    if year is None:
        return resolve_full_date(g, gr, anchor, tense)
    return Resolved("DATE", date(year, month, day).isoformat(), anchored=True)


def resolve_month(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    month = g.month(gr["month"] or "")
    if month is None:
        return None
    if gr.get("year"):
        return Resolved("DATE", f"{int(gr['year']):04d}-{month:02d}")
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}")
    year = month_year(month, anchor, _direction(g, gr, tense))
    return Resolved("DATE", f"{year:04d}-{month:02d}", anchored=True)


def resolve_weekday(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    wd = g.weekdays[(gr["weekday"] or "").lower()]
    if anchor is None:
        return Resolved("DATE", f"XXXX-WXX-{wd + 1}")
    direction = _direction(g, gr, tense)
    # 'this Thursday' is this week's only by the calendar: the tense says which side
    d = weekday_date(wd, anchor, tense if direction == "this" and tense else direction)
    return Resolved("DATE", d.isoformat(), anchored=True)


def resolve_year(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    return Resolved("DATE", f"{int(gr['year']):04d}")


def resolve_decade(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    if gr.get("decade") or gr.get("decade_apos"):  # 'the 1800s' is a century, 2000s a decade
        decade = gr.get("decade") or gr["decade_apos"]
        century = decade.endswith("0") and int(decade) < 200
        return Resolved("DATE", decade[:2] if century else decade)
    short = int(gr["short"] or 0)
    century = 20 if short <= 2 else 19  # '00s, '10s, '20s -> 200, 201, 202; '90s -> 199
    return Resolved("DATE", f"{century}{short}")


def _part_of_year(
    g: Grammar, gr: Groups, anchor: date | None, number: int | None, limit: int, code: str
):
    if number is None or not 1 <= number <= limit:
        return None
    year, anchored = year_of(g, gr, anchor)
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return Resolved("DATE", f"{prefix}-{code}{number}", anchored=anchored)


def resolve_quarter(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    if gr.get("q2"):
        gr = {**gr, "q": gr["q2"], "year": gr.get("year2")}
    n = int(gr["q"]) if gr.get("q") else g.ordinal(gr.get("ord") or "")
    if gr.get("lastq"):  # 'the last quarter of 2022': the fourth
        n = 4
    res = _part_of_year(g, gr, anchor, n, 4, "Q")
    if res is None or not res.anchored or gr.get("yrel") or anchor is None:
        return res
    # a past clause's quarter has begun by the anchor (a future clause's may have ended:
    # 'will report third-quarter results' in October)
    if tense == "past" and 3 * n - 2 > anchor.month:
        return replace(res, value=f"{anchor.year - 1:04d}-Q{n}")
    return res


def resolve_half(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    word = (gr.get("half") or gr.get("halfq") or "").lower()
    n = int(gr["h"]) if gr.get("h") else g.half_words.get(word)
    return _part_of_year(g, gr, anchor, n, 2, "H")


def resolve_season(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    season = g.seasons[norm_space(gr["season"] or "")]
    if gr.get("year"):
        return Resolved("DATE", f"{int(gr['year']):04d}-{season['code']}")
    if anchor is None:
        return Resolved("DATE", f"XXXX-{season['code']}")
    year = season_year(season["months"], anchor, _direction(g, gr, tense))
    return Resolved("DATE", f"{year:04d}-{season['code']}", anchored=True)


def resolve_day_word(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    spec = g.day_words[norm_space(gr["dayword"] or "")]
    pod = spec.get("pod")
    kind = "TIME" if pod else "DATE"
    suffix = f"T{pod}" if pod else ""
    if anchor is None:
        if spec["days"] == 0 and not pod:
            return Resolved(kind, "PRESENT_REF")
        return Resolved(kind, "XXXX-XX-XX" + suffix)
    d = anchor + relativedelta(days=spec["days"])
    return Resolved(kind, d.isoformat() + suffix, anchored=True)


def resolve_relative_unit(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    spec = g.relative_units[(gr["unit"] or "").lower()]
    gran = spec["granularity"]
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran])
    step = {"last": -1, "next": 1}.get(g.relative_words[norm_space(gr["rel"] or "")], 0)
    d = anchor + relativedelta(**{k: v * step for k, v in spec["shift"].items()})
    return Resolved("DATE", fmt(d, gran), anchored=True)


def resolve_the_unit(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    gran = (gr["unit"] or "").lower()
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran])
    return Resolved("DATE", fmt(anchor, gran), anchored=True)


# 'ten years ago today (this month)': the anniversary's day (month); 'a week from today' a day
NAMED_DAY_GRANULARITY = {"today": "day", "this month": "month", "from today": "day"}


def resolve_ago(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    _, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"] or "")
    sign = -1 if (gr["dir"] or "").lower().startswith("ago") else 1
    mod = "APPROX" if gr.get("approx") else None  # 'three days or so ago'
    if n is None or not float(n).is_integer():
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    named = norm_space(gr.get("anniv") or gr.get("dir") or "")
    gran = NAMED_DAY_GRANULARITY.get(named, unit["granularity"])
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran], mod)
    amount = int(n) * unit["mult"] * sign
    field = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours"}[unit["code"]]
    if unit.get("time"):
        field = "hours" if unit["code"] == "H" else "minutes"
    d = anchor + relativedelta(**{field: amount})
    # "up from a year ago" after "the third quarter" compares periods; "two years ago" is
    # counted from publication
    comparison = field == "years" and amount == -1 and not gr.get("anniv")
    ref = Ref("ago", gran, ((field, amount),)) if comparison else None
    return Resolved("DATE", fmt(d, gran), mod, anchored=True, ref=ref)


def resolve_ref(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    ref = norm_space(gr["ref"] or "")
    # 'he was soon released': soon after the story's time, not publication's
    return None if ref in g.narrative_refs and tense == "past" else Resolved("DATE", g.refs[ref])


def resolve_duration(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    name, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"]) if gr.get("num") else None
    if gr.get("num") is None and gr.get("t") is None:  # "the past week": one unit
        n = 1
    if n == 0 or (n is None and (gr["unit"] or "").lower() == name):
        return None  # "zero days"; "some day" (a vague number needs a plural unit)
    return Resolved("DURATION", duration_value(n, unit))


def resolve_set_word(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    return Resolved("SET", g.set_words[(gr["setword"] or "").lower()])


def resolve_set_every(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    _, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"]) if gr.get("num") else 1
    if n == 0:
        return None
    return Resolved("SET", duration_value(n, unit))


def resolve_set_weekday(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    wd = g.weekdays[(gr.get("weekday") or gr.get("weekday2") or "").lower()]
    return Resolved("SET", f"XXXX-WXX-{wd + 1}")


def resolve_clock(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """A clock time; its day is filled in by the tagger from the sentence (see `clock_day`)."""
    if gr.get("clockword"):
        return Resolved("TIME", "XXXX-XX-XXT" + g.clock_words[gr["clockword"].lower()])
    hour = int(gr["hour"] or 0)
    minute = int(gr.get("minute") or 0)
    ampm = (gr.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return Resolved("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


RESOLVERS: dict[str, Resolver] = {
    "full_date": resolve_full_date,
    "weekday_month_day": resolve_weekday_month_day,
    "day_of_month": resolve_day_of_month,
    "month": resolve_month,
    "weekday": resolve_weekday,
    "year": resolve_year,
    "decade": resolve_decade,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "season": resolve_season,
    "day_word": resolve_day_word,
    "relative_unit": resolve_relative_unit,
    "the_unit": resolve_the_unit,
    "ago": resolve_ago,
    "ref": resolve_ref,
    "duration": resolve_duration,
    "set_word": resolve_set_word,
    "set_every": resolve_set_every,
    "set_weekday": resolve_set_weekday,
    "clock": resolve_clock,
}


def resolve(
    rule: Rule, groups: Groups, anchor: date | None, tense: Direction = None
) -> Resolved | None:
    """Resolve one rule match; None when the groups do not form a valid expression."""
    try:
        return RESOLVERS[rule.kind](load_grammar(), groups, anchor, tense)
    except (ValueError, KeyError, OverflowError):  # an impossible date, an unknown word
        return None


def dateutil_fallback(text: str) -> tuple[str, str] | None:
    """Parse an NER date that no rule matched with dateutil; (value, granularity) or None.

    Only expressions with a year and a month are accepted (bare numbers are left to the year
    rule, which knows about counts).

    The text is parsed twice with different default dates: a field that changes with the
    default was not in the text, which gives the expression's granularity.
    """
    from datetime import datetime

    from dateutil import parser

    if not re.search(r"\b(?:1[89]|20)\d\d\b", text) or len(text) > 40:
        return None
    try:
        a = parser.parse(text, default=datetime(2000, 1, 1))
        b = parser.parse(text, default=datetime(2001, 3, 3))
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year or a.month != b.month:
        return None  # bare years are the year rule's business
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}", "month"
    return a.date().isoformat(), "day"


# -- ranges and named days -------------------------------------------------------------------


def resolve_day_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'March 23-25, 2025', 'March 30 to April 2': two dates (the year applies to both)."""
    first = resolve_full_date(g, gr, anchor, tense)
    second = resolve_full_date(
        g, {**gr, "month": gr.get("month2") or gr["month"], "day": gr["day2"]}, anchor, tense
    )
    if first is None or second is None or second.value < first.value:
        return None
    return Resolved("DATE", first.value, anchored=first.anchored, second=second.value)


def resolve_day_first_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    return resolve_day_range(g, day_first_groups(gr), anchor, tense)  # '12-13 June'


def resolve_month_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'from March to May 2025', 'December-February 2025' (the first month a year earlier)."""
    m1, m2 = g.month(gr["month"] or ""), g.month(gr["month2"] or "")
    if m1 is None or m2 is None:
        return None
    y2 = int(gr["year"])
    y1 = y2 if m1 <= m2 else y2 - 1
    return Resolved("DATE", f"{y1:04d}-{m1:02d}", second=f"{y2:04d}-{m2:02d}")


def resolve_year_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'2014-16': the second year written with two digits; '2007–2008' with four."""
    y1 = int(gr["year"])
    if gr.get("year2"):
        y2 = int(gr["year2"])
        if y2 <= y1:
            return None
    else:
        y2 = y1 // 100 * 100 + int(gr["yy"] or "")
        if not y1 < y2 <= y1 + 20:
            return None
    return Resolved("DATE", f"{y1:04d}", second=f"{y2:04d}")


def resolve_weekday_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'between Monday and Wednesday', 'Friday through Sunday': the second day is the first
    one after the first (each alone could fall on either side of the anchor)."""
    first = resolve_weekday(g, gr, anchor, tense)
    if first is None or not first.anchored:
        return None
    wd1, wd2 = g.weekdays[gr["weekday"].lower()], g.weekdays[gr["weekday2"].lower()]
    start = date.fromisoformat(first.value)
    second = start + timedelta(days=(wd2 - wd1) % 7 or 7)
    if tense == "past" and anchor is not None and second > anchor:  # 'lasted from Monday to
        start, second = start - timedelta(days=7), second - timedelta(days=7)  # Thursday': done
    return Resolved("DATE", start.isoformat(), anchored=True, second=second.isoformat())


RESOLVERS.update(
    {
        "weekday_range": resolve_weekday_range,
        "day_range": resolve_day_range,
        "day_first_range": resolve_day_first_range,
        "month_range": resolve_month_range,
        "year_range": resolve_year_range,
        "holiday": resolve_holiday,
        "running_day": resolve_running_day,
        "early_hours": resolve_early_hours,
    }
)


RESOLVERS["decade_tens"] = resolve_decade_tens
RESOLVERS["named_decade"] = resolve_named_decade
RESOLVERS["century_turn"] = resolve_century_turn


def resolve_year_words(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'nineteen ninety-six' -> 1996, 'the year two thousand and one' -> 2001."""
    if gr.get("cent"):
        return Resolved("DATE", f"{g.number(gr['cent']) * 100 + g.number(gr['yy'] or ''):04d}")
    return Resolved("DATE", f"{2000 + (g.number(gr['small']) if gr.get('small') else 0):04d}")


RESOLVERS["year_words"] = resolve_year_words


def resolve_present_adjective(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the current market': PRESENT_REF."""
    return Resolved("DATE", g.present_adjectives[norm_space(gr["ref"] or "")])


RESOLVERS["present_adjective"] = resolve_present_adjective


def resolve_month_relative_year(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'June last year' -> the anchor's year minus one, month 06."""
    month = g.month(gr["month"] or "")
    year, anchored = year_of(g, gr, anchor)
    if month is None:
        return None
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return Resolved("DATE", f"{prefix}-{month:02d}", anchored=anchored)


RESOLVERS["month_relative_year"] = resolve_month_relative_year


def resolve_period_end(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'year-end', 'year's end': the publication's year, at its end."""
    return replace(resolve_the_unit(g, gr, anchor, tense), mod="END")


RESOLVERS["period_end"] = resolve_period_end


def resolve_duration_and_half(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'a year and a half' -> P1Y6M."""
    n = g.number(gr["num"] or "")
    if not n:
        return None
    return Resolved("DURATION", duration_value(n + 0.5, g.unit(gr["unit"] or "")[1]))


RESOLVERS["duration_and_half"] = resolve_duration_and_half


def resolve_duration_adjective(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'day-long' -> P1D, 'decades-long' -> PXDE, 'two-week-long' -> P2W."""
    name, unit = g.unit(gr["unit"] or "")
    singular = (gr["unit"] or "").lower() == name
    n = g.number(gr["num"]) if gr.get("num") else (1 if singular else None)
    return None if n == 0 else Resolved("DURATION", duration_value(n, unit))


def resolve_clock_part_of_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'4 in the morning' -> T04:00, 'nine in the evening' -> T21:00, '3:30 in the afternoon'
    -> T15:30."""
    hour = g.number(gr["hour"] or "")
    if hour is None or not 1 <= hour <= 12:
        return None
    pm = g.parts_of_day[(gr["pod"] or "").lower()] in ("AF", "EV", "NI") and hour != 12
    hour = hour % 12 + (12 if pm and hour < 12 else 0)
    return Resolved("TIME", f"XXXX-XX-XXT{hour:02d}:{int(gr.get('minute') or 0):02d}")


RESOLVERS["duration_adjective"] = resolve_duration_adjective
RESOLVERS["clock_part_of_day"] = resolve_clock_part_of_day


def resolve_duration_quarters(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the past two quarters' -> P2Q; 'the past few quarters', 'recent quarters' -> PXQ."""
    n = g.number(gr.get("num") or "")
    if n is not None and not float(n).is_integer():
        return None
    return Resolved("DURATION", f"P{int(n)}Q" if n is not None else "PXQ")


RESOLVERS["duration_quarters"] = resolve_duration_quarters
RESOLVERS.update(SPELLED_RESOLVERS | ERA_RESOLVERS | FISCAL_CODE_RESOLVERS)
RESOLVERS.update(SET_RESOLVERS)
RESOLVERS.update(VAGUE_RESOLVERS | PERIOD_RESOLVERS | FRACTION_RESOLVERS)
RESOLVERS.update(DISCOURSE_RESOLVERS | YEAR_PART_RESOLVERS)
RESOLVERS.update(pair_resolvers(resolve_quarter, resolve_season))
