"""Halves of the year named as adjectives in results: 'first-half profit', 'second-half
sales'. The year is the anchor's; a past clause reports a half that has ended, so one not
ended by the anchor is last year's ('second-half profit rose', published in October)."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result
from pipeline.dates.grammar import Grammar
from pipeline.dates.month_weeks import MONTH_WEEK_RESOLVERS
from pipeline.dates.weekend_steps import WEEKEND_STEP_RESOLVERS

Groups = dict[str, str | None]
HALF_MONTHS = 6


def resolve_half_adjective(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    n = g.half_words.get((gr.get("half") or "").lower())
    if n is None:
        return None
    if anchor is None:
        return Resolved("DATE", f"XXXX-H{n}")
    year = anchor.year
    if tense == "past" and HALF_MONTHS * n >= anchor.month:  # not ended: the year before
        year -= 1
    return Resolved("DATE", f"{year:04d}-H{n}", anchored=True)


def day_first_groups(gr: Groups) -> Groups:
    """'30 May to 2 June', '12-13 June': the first date's month is its own (group month2),
    else the second's (group month), as the month-first range resolver reads them."""
    return {**gr, "month": gr.get("month2") or gr.get("month"), "month2": gr.get("month")}


PERIOD_RESOLVERS = {
    "half_adjective": resolve_half_adjective,
    **MONTH_WEEK_RESOLVERS,
    **WEEKEND_STEP_RESOLVERS,
}
