"""Calendar arithmetic for the date stage: anchors, TIMEX3 formatting and the placing of
anchor-relative expressions (a bare month, a weekday, a season) by direction.

Plain strings and `datetime.date` only; `dateutil.relativedelta` does the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as DU_WEEKDAYS


@dataclass(frozen=True)
class Ref:
    """How an expression depends on the last date mentioned before it (its reference time):
    'shift' moves it ("a year earlier": the reference's granularity), 'step' moves it at the
    expression's own granularity ("the previous month"), 'same' names the period holding it
    ("the quarter", "that year"), 'ago' is anchored on the publication date unless a finer
    reference of the same sentence says which period ("up from a year ago" after "the
    third quarter"); 'back' and 'back_period' move the last period mentioned a year back
    ("the same quarter last year"; "the same period last year" at the reference's
    granularity); 'in_year' puts the reference's quarter in a named year ("the 1988
    quarter"); 'season' names a season from it ("the following spring"), or, `of_year`, a
    season, quarter or half of the year stepped from it ("the summer of that year")."""

    mode: str
    gran: str
    shift: tuple[tuple[str, int], ...] = ()
    compares: bool = False  # 'year-ago': no shift from a reference already as far back
    latest: bool = False  # 'the latest quarter': never after the last one ended by publication
    needs_base: bool = False  # 'for the week': nothing without a date mentioned before it
    reach: int | None = None  # sentences back the date referred to may be ('the year before': 0)
    day_only: bool = False  # 'the following weekend': steps only from a day, not a week or month
    not_before: str | None = None  # 'will meet the following weekend': no week before this one
    season: tuple[str, tuple[int, ...], int] | None = (
        None  # 'the following spring': code, months, step
    )
    of_year: bool = False  # 'the spring of the following year': the season of a year step


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False
    ref: Ref | None = None  # resolved again on the reference time, after selection
    second: str | None = None  # a range's second value ("March 23-25": the 25th)
    part_of_day: str | None = None  # 'the next morning': MO, added once the day is known


# Direction of an anchor-relative expression: from the clause's tense ("past", "future") or
# from an explicit word ("last", "next", "this"); None when nothing tells.
Direction = str | None
# The date a resolver counts from (publication or a dateline; None: none known) and what it
# gives back (None when a match forms no valid expression, as 'Feb. 30').
Anchor = date | None
Result = Resolved | None


def parse_anchor(published: Any) -> date | None:
    """An ISO 'YYYY-MM-DD' (a longer ISO timestamp is cut to its date) -> date, else None."""
    if isinstance(published, date):
        return published
    if not isinstance(published, str):
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


UNANCHORED = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
}


def fmt(d: date, granularity: str) -> str:
    """A date written at a TIMEX3 granularity."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity in ("week", "weekend"):
        iso_year, week, _ = d.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a calendar day's value, '2024-05-15'


def is_day_value(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d", value))


def _num_str(n: float) -> str:
    return f"{n:g}" if isinstance(n, float) else str(n)


# A fraction of a unit written in the next smaller one: (code, time?) -> (code, per, separator)
_SUBUNITS = {
    ("Y", False): ("M", 12, ""),
    ("D", False): ("H", 24, "T"),
    ("H", True): ("M", 60, ""),
    ("M", True): ("S", 60, ""),
}


def duration_value(n: float | None, unit: dict[str, Any]) -> str:
    """3 years -> P3Y, 2.5 years -> P2Y6M, 5.5 hours -> PT5H30M, 'several weeks' -> PXW."""
    prefix = "PT" if unit.get("time") else "P"
    if n is None:
        return f"{prefix}X{unit['vague']}"
    total = n * unit["mult"]
    whole, frac = divmod(total, 1)
    sub = _SUBUNITS.get((unit["code"], bool(unit.get("time"))))
    if frac and sub and float(frac * sub[1]).is_integer():
        code, per, sep = sub
        head = f"{int(whole)}{unit['code']}" if whole else ""
        return f"{prefix}{head}{sep}{int(frac * per)}{code}"
    return f"{prefix}{_num_str(total)}{unit['code']}"


def month_year(month: int, anchor: date, direction: Direction) -> int:
    """The year of a bare month seen from the anchor (same month as the anchor -> its year)."""
    y, m = anchor.year, anchor.month
    if direction == "past":
        return y if month <= m else y - 1
    if direction == "future":
        return y if month >= m else y + 1
    if direction == "last":
        return y if month < m else y - 1
    if direction == "next":
        return y if month > m else y + 1
    if direction == "this":
        return y
    return min((y - 1, y, y + 1), key=lambda k: abs((k - y) * 12 + month - m))  # the nearest


def month_day_date(month: int, day: int, anchor: date, direction: Direction) -> date:
    """A month and day without a year, placed by the direction (ValueError if impossible)."""
    here = (anchor.month, anchor.day)
    y = anchor.year
    if direction in ("past", "last"):
        if (month, day) > here or (direction == "last" and (month, day) == here):
            y -= 1
    elif direction in ("future", "next"):
        if (month, day) < here or (direction == "next" and (month, day) == here):
            y += 1
    else:  # no direction: the nearest
        date(2000, month, day)  # validates (2000 is a leap year)
        y = min((y - 1, y, y + 1), key=lambda k: abs(_safe_date(k, month, day) - anchor))
    return date(y, month, day)


def weekday_year(month: int, day: int, weekday: int, anchor: date) -> int | None:
    """The year, of the anchor's and the two around it, in which the month and day fall on
    the weekday ("Monday, Oct. 26"); the nearest when two do; None when none does."""
    years = []
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            if date(y, month, day).weekday() == weekday:
                years.append(y)
        except ValueError:  # 29 February
            continue
    return min(years, key=lambda y: abs(date(y, month, day) - anchor), default=None)


def day_of_month_date(day: int, anchor: date, direction: Direction) -> date | None:
    """'on the 12th': that day of the anchor's month or the one before or after it, placed
    by the direction (the nearest without one); None for a day no such month has."""
    days = []
    for shift in (-1, 0, 1):
        first = anchor.replace(day=1) + relativedelta(months=shift)
        if day <= (first + relativedelta(months=1, days=-1)).day:
            days.append(first.replace(day=day))
    if direction in ("past", "last"):
        days = [d for d in days if d <= anchor]
    elif direction in ("future", "next"):
        days = [d for d in days if d >= anchor]
    return min(days, key=lambda d: abs(d - anchor), default=None)


def _safe_date(year: int, month: int, day: int) -> date:
    """The day, or the 28th for 29 February outside a leap year."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def weekday_date(weekday: int, anchor: date, direction: Direction) -> date:
    """A weekday (0 = Monday) relative to the anchor; the anchor's own weekday is the anchor
    day unless the direction is an explicit 'last'/'next'; with no direction, the nearest."""
    wd = DU_WEEKDAYS[weekday]
    if direction == "past":
        return anchor + relativedelta(weekday=wd(-1))
    if direction == "future":
        return anchor + relativedelta(weekday=wd(+1))
    if direction == "last":
        return anchor + relativedelta(days=-1, weekday=wd(-1))
    if direction == "next":
        return anchor + relativedelta(days=+1, weekday=wd(+1))
    back = anchor + relativedelta(weekday=wd(-1))
    ahead = anchor + relativedelta(weekday=wd(+1))
    return back if (anchor - back) <= (ahead - anchor) else ahead


def season_year(months: list[int], anchor: date, direction: Direction) -> int:
    """The year (of the season's first month) of a season named without a year."""
    start = months[0]
    if anchor.month in months:  # the anchor is inside this season
        current = anchor.year if anchor.month >= start else anchor.year - 1
        return {"last": current - 1, "next": current + 1}.get(direction or "", current)
    if direction in ("past", "last"):
        return anchor.year if start < anchor.month else anchor.year - 1
    if direction in ("future", "next"):
        return anchor.year if start > anchor.month else anchor.year + 1
    return anchor.year


def with_part_of_day(value: str, pod: str) -> str:
    return f"{value}T{pod}"


def clock_day(time_value: str, day_value: str) -> str:
    """'XXXX-XX-XXT15:00' + '2024-10-04' -> '2024-10-04T15:00'."""
    return day_value + time_value[len("XXXX-XX-XX") :]


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@lru_cache(maxsize=4096)  # every claim checks the Doc's dates against publication again
def value_start(value: str) -> date | None:
    """The first day of a TIMEX3 value ('2024-W40' -> Monday 2024-09-30), None if unknown."""
    m = re.match(
        r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?", value
    )
    if not m:
        return None
    year, month, day, week, quarter, half, season = m.groups()
    try:
        if week:
            return date.fromisocalendar(int(year), int(week), 1)
        if quarter or half:
            return date(
                int(year), (int(quarter) - 1) * 3 + 1 if quarter else 1 + 6 * (int(half) - 1), 1
            )
        if season:
            return date(int(year), _SEASON_START[season], 1)
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


# Granularities from fine to coarse; a value's granularity is read back from its shape.
GRANULARITIES = ("day", "week", "month", "quarter", "half", "year", "decade", "century")
_SHAPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-W\d{2}-WE"), "weekend"),
    (re.compile(r"\d{4}-W\d{2}"), "week"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}-H[12]"), "half"),
    (re.compile(r"\d{4}"), "year"),
)


def granularity(value: str) -> str | None:
    """'2024-Q3' -> 'quarter', '2024-10-04T10:00' -> 'day'; None for other shapes."""
    day_part = value.split("T")[0]
    return next((name for shape, name in _SHAPES if shape.fullmatch(day_part)), None)


def coarser(a: str, b: str) -> bool:
    """Is granularity `a` coarser than `b`? (a weekend counts as a week)"""
    rank = {g: i for i, g in enumerate(GRANULARITIES)} | {"weekend": 1}
    return rank[a] > rank[b]


def fmt_within(d: date, gran: str, base_gran: str) -> str:
    """`d` at `gran`, or, when the base it came from is coarser than `gran`, the base with an
    unknown part ('1989-QX': a quarter of 1989, which one the text does not say)."""
    if coarser(base_gran, gran):
        if base_gran == "year" and gran in _UNKNOWN_PART:
            return f"{d.year:04d}-{_UNKNOWN_PART[gran]}"
        if base_gran == "month" and gran == "day":
            return f"{d.year:04d}-{d.month:02d}-XX"
        if base_gran == "month" and gran in ("week", "weekend"):  # 'in June. The next week'
            return f"{d.year:04d}-{_UNKNOWN_PART[gran]}"
    return fmt(d, gran)


_UNKNOWN_PART = {
    "quarter": "QX", "week": "WXX", "weekend": "WXX-WE", "month": "XX", "half": "HX",
    "day": "XX-XX",
}  # fmt: skip
