"""Fractions of one unit: 'half an hour' (PT30M), 'half a century' (P50Y), 'a quarter of a
century' (P25Y), 'a half-century'. Without this the unit alone ('a century') was read as a
whole one."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result, duration_value
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]


def resolve_unit_fraction(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    part = g.unit_fractions.get((gr.get("half") or gr.get("frac") or "").lower())
    if part is None:
        return None
    _, unit = g.unit(gr.get("unit") or "")
    value = duration_value(part, unit)
    return None if "." in value else Resolved("DURATION", value)  # no whole subunit: none


FRACTION_RESOLVERS = {"unit_fraction": resolve_unit_fraction}
