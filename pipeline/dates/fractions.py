"""Fractions of one unit: 'half an hour' (PT30M), 'half a century' (P50Y), 'a quarter of a
century' (P25Y), 'a half-century'. Without this the unit alone ('a century') was read as a
whole one. Counted back from publication ('half a century ago', 'a year and a half ago',
'two and a half years ago'), the day, month or year the amount reaches."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result, duration_value, fmt
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
# (relativedelta field, granularity, per unit): the finest whole unit an amount counts
AGO_STEPS = {"Y": (("years", "year", 1), ("months", "month", 12))}


def resolve_unit_fraction(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    part = g.unit_fractions.get((gr.get("half") or gr.get("frac") or "").lower())
    if part is None:
        return None
    _, unit = g.unit(gr.get("unit") or "")
    value = duration_value(part, unit)
    return None if "." in value else Resolved("DURATION", value)  # no whole subunit: none


def resolve_fraction_ago(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'half a century ago' -> 1974, 'a year and a half ago' -> 2022-11 (published
    2024-05-15): the finest whole unit the amount counts (years, else months); PAST_REF
    when none ('a day and a half ago', 'two and a half weeks ago')."""
    part = g.unit_fractions.get((gr.get("half") or gr.get("frac") or "").lower())
    n = part if part is not None else g.number(gr.get("num") or "")
    if n is not None and gr.get("andhalf"):
        n += 0.5
    if n is None or float(n).is_integer() or anchor is None:
        return None  # a whole amount is date.ago's
    _, unit = g.unit(gr.get("unit") or "")
    if unit.get("time"):
        return None  # 'half an hour ago': a time of day, not told here
    amount = n * unit["mult"]
    steps = AGO_STEPS.get(unit["code"], ())
    for field, gran, per in steps:
        if float(amount * per).is_integer():
            return Resolved("DATE", fmt(anchor - relativedelta(**{field: int(amount * per)}), gran))
    return Resolved("DATE", "PAST_REF")


FRACTION_RESOLVERS = {"unit_fraction": resolve_unit_fraction, "fraction_ago": resolve_fraction_ago}
