"""Halves of the year named as adjectives in results: 'first-half profit', 'second-half
sales'. As 'third-quarter', the year is the anchor's, unless a past clause names a half that
has not begun by the anchor ('second-half profit rose', published in May: last year's)."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
HALF_MONTHS = 6


def resolve_half_adjective(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    n = g.half_words.get((gr.get("half") or "").lower())
    if n is None:
        return None
    if anchor is None:
        return Resolved("DATE", f"XXXX-H{n}")
    year = anchor.year
    if tense == "past" and HALF_MONTHS * (n - 1) + 1 > anchor.month:
        year -= 1
    return Resolved("DATE", f"{year:04d}-H{n}", anchored=True)


def day_first_groups(gr: Groups) -> Groups:
    """'30 May to 2 June', '12-13 June': the first date's month is its own (group month2),
    else the second's (group month), as the month-first range resolver reads them."""
    return {**gr, "month": gr.get("month2") or gr.get("month"), "month2": gr.get("month")}


PERIOD_RESOLVERS = {"half_adjective": resolve_half_adjective}
