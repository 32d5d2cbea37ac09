"""Expressions anchored on the last date mentioned (the reference time), not on publication.

"Sales in the second quarter climbed 4% on a year earlier": "a year earlier" is the second
quarter a year back (2023-Q2), not the year before publication. The resolvers here give each
such expression a value on the publication date (what is known when it is matched) and a
`Ref` saying how it depends on the reference time; `anchor_on_references` then walks the
chosen dates in text order and resolves each again on the last date mentioned before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import (
    Anchor,
    Direction,
    Ref,
    Resolved,
    Result,
    coarser,
    duration_value,
    fmt,
    fmt_within,
    granularity,
    month_year,
    value_start,
)
from pipeline.dates.grammar import Grammar, norm_space
from pipeline.dates.season_steps import resolve_step_season, season_step

Groups = dict[str, str | None]
SHIFT_FIELDS = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}
QUARTER_MONTHS = 3
ERA = re.compile(r"\d{2,3}")  # a decade ('199') or a century ('19'): no year
SEASON = re.compile(r"\d{4}-(?:SP|SU|FA|WI)")  # a season refers as its year does
AGO_REACH = 1  # sentences back that "a year ago" looks for the period it compares with
PERIODS_UP_TO = {  # the references 'the same <noun> last year' can name a year back
    "week": ("week",),
    "month": ("week", "month"),
    "quarter": ("week", "month", "quarter"),
    "half": ("week", "month", "quarter", "half"),
}
STEP_SIGNS = {
    "previous": -1, "preceding": -1, "prior": -1, "before": -1,
    "following": 1, "next": 1, "after": 1, "same": 0,
}  # fmt: skip


def _unit_shift(
    g: Grammar, unit_text: str, amount: int
) -> tuple[str, tuple[tuple[str, int], ...]] | None:
    """(granularity, relativedelta kwargs) of `amount` units ('quarter' counts 3 months);
    None for clock units ('ten minutes later' is a time, not a date)."""
    word = unit_text.lower()
    if word.startswith("quarter") or word == "period":  # 'the latest period' of results
        return "quarter", (("months", QUARTER_MONTHS * amount),)
    _, unit = g.unit(word)
    if unit.get("time"):
        return None
    return unit["granularity"], ((SHIFT_FIELDS[unit["code"]], amount * unit["mult"]),)


def _on(anchor: date | None, ref: Ref) -> Resolved:
    """The value on the publication date (kept when there is no reference time)."""
    if anchor is None:
        return Resolved("DATE", "XXXX", ref=ref)
    d = anchor + relativedelta(**dict(ref.shift))
    return Resolved("DATE", fmt(d, ref.gran), anchored=True, ref=ref)


def resolve_shift(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'a year earlier', 'two days later', 'three months before'; with a vague amount
    ('a few days later') the duration (date.shift)."""
    n = g.number(gr["num"] or "")
    sign = 1 if (gr["dir"] or "").lower() in ("later", "after") else -1
    if n is None:  # 'a few days later': a vague amount, a duration as 'days later' is
        return _vague_amount(g, gr["unit"] or "")
    if not float(n).is_integer():
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    unit = _unit_shift(g, gr["unit"] or "", int(n) * sign)
    return None if unit is None else _on(anchor, Ref("shift", *unit))


def _vague_amount(g: Grammar, unit_text: str) -> Resolved:
    """'several weeks', 'a few quarters': PXW, PXQ (duration.vague_shift writes 'weeks
    later' so; TimeML writes the amount, not a date no one can tell)."""
    word = unit_text.lower()
    if word.startswith("quarter"):
        return Resolved("DURATION", "PXQ")
    _, unit = g.unit(word)
    return Resolved("DURATION", duration_value(None, unit))


def resolve_shift_adj(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the year-earlier quarter', 'year-ago': one unit back, at the reference's granularity.
    It compares with the current period: a reference already that far back is the compared
    period itself ('in the 2019 period. The year-ago figures': 2019, not 2018)."""
    gran, shift = _unit_shift(g, gr["unit"] or "", -1)  # year, quarter or month
    return _on(anchor, Ref("shift", gran, shift, compares=True))


def resolve_shift_adj_period(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the year-ago quarter': one unit back from the reference, at the noun's granularity."""
    _, shift = _unit_shift(g, gr["unit"] or "", -1)
    gran, _ = _unit_shift(g, gr["noun"] or "", 0)
    return _on(anchor, Ref("step", gran, shift, compares=True))


def resolve_period_year_back(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the same period last year', 'the month a year ago', 'last year's quarter': the
    period of the reference a year back, at the noun's granularity ('period' has none of its
    own: the reference's). Without a reference, the publication's period a year back."""
    noun = (gr.get("noun") or gr.get("noun2") or "").lower()
    back = (("years", -1),)
    if noun == "period":
        return _on(anchor, Ref("back_period", "year", back))
    gran, _ = _unit_shift(g, noun, 0)
    return _on(anchor, Ref("back", gran, back))


def resolve_step(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the previous month', 'the following year', 'the same day', 'that year'."""
    sign = STEP_SIGNS.get(norm_space(gr.get("dir") or "same"), 0)
    gran, shift = _unit_shift(g, gr["unit"] or "", sign)
    return _on(anchor, Ref("step" if sign else "same", gran, shift))


def resolve_step_weekday(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the previous Friday', 'the following Monday', 'the Friday before': that weekday in the
    seven days before or after the last day mentioned (moved back a week, or on a day, then
    on to the weekday)."""
    wd = g.weekdays[(gr.get("weekday") or gr.get("weekday2") or "").lower()]
    if anchor is None:
        return Resolved("DATE", f"XXXX-WXX-{wd + 1}")
    back = STEP_SIGNS.get(norm_space(gr.get("dir") or gr.get("dir2") or "").lower(), 1) < 0
    return _on(anchor, Ref("step", "day", (("days", -7 if back else 1), ("weekday", wd))))


def resolve_same(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the quarter', 'the latest quarter', 'the fiscal year': the period of the reference.
    Without one, the publication's period; for 'the latest quarter', or 'the quarter' in a
    past clause, the last one that has ended by publication (results are reported after a
    quarter closes)."""
    unit = gr.get("unit") or (gr.get("t") or "").split()[-1]  # 'the week': its last word
    gran, _ = _unit_shift(g, unit, 0)
    latest = bool(gr.get("latest")) and gran == "quarter"
    resolved = _on(anchor, Ref("same", gran, latest=latest))
    if gran == "quarter" and (latest or tense == "past") and anchor is not None:
        before = anchor - relativedelta(months=QUARTER_MONTHS)
        resolved = replace(resolved, value=fmt(before, "quarter"))
    return resolved


def resolve_quarter_ended(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the quarter ended Sept. 30': the calendar quarter holding most of the three months
    that end with that month (July 31: May to July, the second quarter)."""
    month = g.month(gr["month"] or "")
    if month is None or anchor is None:
        return None
    year = month_year(month, anchor, "past" if (gr.get("dir") or "") == "ended" else None)
    middle = date(year, month, 1) - relativedelta(months=1)
    return Resolved("DATE", fmt(middle, "quarter"), anchored=True)


def resolve_year_period(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the 1988 quarter': the reference's quarter, in that year; 'the 1988 period': the year
    (measured: which period it names is the reader's guess)."""
    year = int(gr["year"] or 0)
    if (gr["unit"] or "").lower() != "quarter":
        return Resolved("DATE", f"{year:04d}")
    return Resolved("DATE", f"{year:04d}-QX", ref=Ref("in_year", "quarter", (("years", year),)))


def resolve_period_in_year(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the same period in 2007', 'the same quarter of 2019': the reference's period (at the
    noun's granularity; 'period' at the reference's), in the year named."""
    year, noun = int(gr["year"] or 0), (gr["noun"] or "").lower()
    if noun == "period":
        return Resolved(
            "DATE", f"{year:04d}", ref=Ref("in_year_period", "half", (("years", year),))
        )
    gran, _ = _unit_shift(g, noun, 0)
    unknown = fmt_within(date(year, 1, 1), gran, "year")
    return Resolved("DATE", unknown, ref=Ref("in_year", gran, (("years", year),)))


def resolve_weekend(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the weekend': the one before publication in a past clause, else the coming one."""
    if anchor is None:
        return Resolved("DATE", "XXXX-WXX-WE")
    d = anchor
    if tense == "past" and anchor.weekday() < 5:
        d = anchor - relativedelta(weeks=1)
    return Resolved("DATE", fmt(d, "weekend"), anchored=True)


def resolve_same_mentioned(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'for the week', 'the month's': as `resolve_same`, but dropped in the post-pass when
    no date was mentioned before it (a sum-up of no named period is no date of the news)."""
    return _needing_base(resolve_same(g, gr, anchor, tense))


def resolve_step_mentioned(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the year before', 'the month after': as `resolve_step`, but only from a date told
    earlier in the same sentence (dropped in the post-pass without one: 'The year before,
    profit fell'; 'Acme was founded in 1998. ... down from $4 million the year before')."""
    return _needing_base(resolve_step(g, gr, anchor, tense), reach=0)


def resolve_step_frame(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'The year before, ...' opening a sentence: a frame that goes on from the time the
    story has reached, a date of its own sentence or of the one before it (dropped in the
    post-pass without one)."""
    return _needing_base(resolve_step(g, gr, anchor, tense), reach=1)


def _needing_base(resolved: Result, reach: int | None = None) -> Result:
    """`resolved`, to be dropped in the post-pass without a date mentioned before it (at
    most `reach` sentences back)."""
    if resolved is None or resolved.ref is None:
        return resolved
    return replace(resolved, ref=replace(resolved.ref, needs_base=True, reach=reach))


DISCOURSE_RESOLVERS = {
    "shift": resolve_shift,
    "shift_adj": resolve_shift_adj,
    "shift_adj_period": resolve_shift_adj_period,
    "step": resolve_step,
    "step_mentioned": resolve_step_mentioned,
    "step_frame": resolve_step_frame,
    "step_weekday": resolve_step_weekday,
    "period_year_back": resolve_period_year_back,
    "period_in_year": resolve_period_in_year,
    "same": resolve_same,
    "same_mentioned": resolve_same_mentioned,
    "quarter_ended": resolve_quarter_ended,
    "weekend": resolve_weekend,
    "year_period": resolve_year_period,
    "step_season": resolve_step_season,
}


# -- the post-pass ---------------------------------------------------------------------------


def anchor_on_references(
    chosen: list[dict[str, Any]],
    sentence_distance: Callable[[int, int], int],
    ends_period: Callable[[int, int], bool] = lambda a, b: False,
) -> None:
    """Resolve each chosen candidate with a `ref` on the date mentioned before it that it
    refers to (`_reference`); without one it keeps its value on the publication date.

    `sentence_distance(a, b)` counts the sentence breaks between two char offsets. A date
    resolved on a reference is not itself a reference for later ones: "the third quarter
    ... a year earlier ... the quarter" reads "the quarter" as the third quarter again. A
    period named again ("the quarter") is, for all but 'same': after "said Tuesday. In the
    latest quarter, sales rose from a year earlier", the year is counted from the quarter.
    The day a period ends on (`ends_period(a, b)`: the text between says so) is a reference
    only for day-level expressions: after "the half ended June 28", "a year earlier" is that
    half a year back, but "the next day" is June 29.
    """
    bases: list[dict[str, Any]] = []
    periods: list[dict[str, Any]] = []  # bases, and 'the quarter' once resolved on one
    last: dict[str, Any] | None = None  # the last date mentioned, of any granularity
    for cand in sorted(chosen, key=lambda c: c["start"]):
        ref = cand.get("ref")
        if ref is None:
            last = cand
            if _is_base(cand):
                if _period_end(cand, bases, ends_period):
                    cand = {**cand, "period_end": True}
                bases.append(cand)
                periods.append(cand)
            elif cand.get("span") and bases and value_start(bases[-1]["value"]) is not None:
                periods.append(_span(cand, bases[-1]))
            continue
        if ref.mode == "season" and last is not None and ERA.fullmatch(last["value"]):
            cand["drop"] = True  # 'in the 1990s. That summer': no year to give it
            continue
        pool = bases if ref.mode == "same" else periods
        if ref.latest:  # 'the latest quarter' has ended: not the current or a coming one
            pool = [b for b in pool if not _later_period(b["value"], cand["value"])]
        base = _reference(ref, pool, cand["start"], sentence_distance)
        value = _on_reference(ref, base, cand["value"]) if base is not None else None
        if value is not None and ref.not_before and value < ref.not_before:
            value = None  # 'will meet the following weekend': not one already past
        if value is None and ref.needs_base:
            cand["drop"] = True
        elif value is not None:
            cand["value"] = value
            cand["anchor"] = value_start(base["value"]).isoformat()
            if ref.mode == "same":
                periods.append(cand)
    chosen[:] = [c for c in chosen if not c.get("drop")]


def _span(cand: dict[str, Any], last: dict[str, Any]) -> dict[str, Any]:
    """'For the nine months, net rose from a year earlier': a counted span compared with the
    same span a year back, which TIMEX3 can only write as a year (the year of the last date
    mentioned). Only a backward shift counted in years ('a year earlier', 'a year ago')
    refers to it (`_takes_span`)."""
    year = fmt(value_start(last["value"]), "year")
    return {"start": cand["start"], "end": cand["end"], "value": year, "span": True}


def _is_base(cand: dict[str, Any]) -> bool:
    return cand["type"] in ("DATE", "TIME") and _shape(cand["value"]) is not None


def _shape(value: str) -> str | None:
    """The granularity a reference has: a season's is its year's ('the spring of last year.
    A year later': a year from that year; 'In the summer of that year': the same year)."""
    return "year" if SEASON.fullmatch(value) else granularity(value)


def _period_end(cand: dict[str, Any], bases: list[dict[str, Any]], ends_period) -> bool:
    """Is `cand` the day the period mentioned just before it ends on?"""
    if not bases or _gran(cand) != "day" or _gran(bases[-1]) == "day":
        return False
    return ends_period(bases[-1]["end"], cand["start"])


def _reference(ref: Ref, bases: list[dict[str, Any]], at: int, sentence_distance):
    """The date an expression refers to: for 'ago', a quarter, half or month of the same or
    the previous sentence ("from a year ago" after "the third quarter"); for 'same', the
    last date of the expression's granularity or finer ("the quarter": the last quarter,
    month or day mentioned), else the last date; otherwise the last date mentioned."""
    if ref.mode == "ago":
        return next(
            (
                b
                for b in reversed(bases)
                if (b.get("span") or granularity(b["value"]) in ("quarter", "half", "month"))
                and sentence_distance(b["start"], at) <= AGO_REACH
            ),
            None,
        )
    if not _takes_span(ref):
        bases = [b for b in bases if not b.get("span")]
    if ref.reach is not None:  # 'the year before': a date of its own sentence
        bases = [b for b in bases if sentence_distance(b["start"], at) <= ref.reach]
    if ref.day_only:  # 'the following weekend': from the last date only if it is a day
        bases = bases[-1:] if bases and _gran(bases[-1]) == "day" else []
    if coarser(ref.gran, "day"):  # 'the quarter ended June 30': the quarter, not its last day
        bases = [b for b in bases if not b.get("period_end")]
    if ref.mode.startswith("back"):  # a period, at most a half (or the noun's): not a day
        top = "half" if ref.mode == "back_period" else ref.gran
        return next((b for b in reversed(bases) if _gran(b) in PERIODS_UP_TO[top]), None)
    if ref.mode == "in_year":  # "the 1988 quarter": the last quarter, month or day
        return next((b for b in reversed(bases) if not coarser(_gran(b), ref.gran)), None)
    if ref.mode == "in_year_period":  # "the same period in 2007": not a day
        return next((b for b in reversed(bases) if _gran(b) in PERIODS_UP_TO["half"]), None)
    if ref.mode == "same":
        fine = [b for b in bases if not coarser(_gran(b), ref.gran)]
        same = [b for b in fine if _gran(b) == ref.gran]
        return (same or fine or bases or [None])[-1]
    return bases[-1] if bases else None


def _takes_span(ref: Ref) -> bool:
    """Can `ref` compare with a counted span ('the nine months ... a year earlier')? Only a
    shift back in years: 'two days later' after 'the past three years' counts from a day."""
    back = sum(amount for _, amount in ref.shift) < 0
    return ref.mode in ("shift", "ago") and ref.gran == "year" and back


def _gran(base: dict[str, Any]) -> str:
    gran = _shape(base["value"]) or "year"
    return "week" if gran == "weekend" else gran


def _on_reference(ref: Ref, base: dict[str, Any], published_value: str) -> str | None:
    start = value_start(base["value"])
    if start is None:
        return None
    base_gran = _gran(base)
    if ref.mode == "season":  # after 'the spring of 2023' the following autumn is 2023's
        return season_step(start, "season" if SEASON.fullmatch(base["value"]) else base_gran, ref)
    if ref.mode.startswith("in_year"):  # the reference's period, in the year named
        gran = base_gran if ref.mode == "in_year_period" else ref.gran
        return None if coarser(base_gran, ref.gran) else _in_year(start, ref.shift, gran)
    moved = start + relativedelta(**dict(ref.shift))
    if ref.compares and _same_period(start, published_value):
        return None  # the reference is already the compared period: keep publication's
    if ref.mode in ("ago", "back_period"):
        return _moved(start, ref.shift, base_gran)
    if ref.mode == "shift" and not coarser(base_gran, ref.gran):
        return _moved(start, ref.shift, base_gran)
    if coarser(base_gran, ref.gran):
        return fmt_within(moved, ref.gran, base_gran)
    return _moved(start, ref.shift, ref.gran)


def _moved(start: date, shift: tuple[tuple[str, int], ...], gran: str) -> str:
    """`start` moved by `shift`, written at `gran`. A week moved by whole years keeps its
    ISO week number: 2024-W10 a year back is 2023-W10, which the calendar date a year back
    (a Saturday of 2023-W09) would miss."""
    fields = dict(shift)
    if gran == "week" and set(fields) == {"years"}:
        return _in_year(start, (("years", start.isocalendar()[0] + fields["years"]),), gran)
    return fmt(start + relativedelta(**fields), gran)


def _in_year(start: date, shift: tuple[tuple[str, int], ...], gran: str) -> str:
    """The period of `start` at `gran` in the year `shift` names (a week: in that ISO year)."""
    year = dict(shift)["years"]
    if gran == "week":
        return f"{year:04d}-W{start.isocalendar()[1]:02d}"
    return fmt(start + relativedelta(years=year - start.year), gran)


def _later_period(base_value: str, value: str) -> bool:
    """Does the date `base_value` start after the period `value` names?"""
    gran, start, first = granularity(value), value_start(base_value), value_start(value)
    if gran is None or start is None or first is None:
        return False
    return fmt(start, gran) > fmt(first, gran)


def _same_period(start: date, value: str) -> bool:
    """Does `start` fall in the period `value` names (at that value's granularity)?"""
    gran = granularity(value)
    return gran is not None and fmt(start, gran) == value
