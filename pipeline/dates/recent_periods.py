"""'the past year', 'over the last month': the calendar period before publication.

TimeBank dates these as the year (or month) before the story's, not as a one-unit duration
('sales doubled in the past year', published in 1998: 1997). 'the past week', 'the past
decade' stay durations (duration.the_past_unit): the corpus gives no such practice for them.
"""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import UNANCHORED, Anchor, Direction, Resolved, Result, fmt
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
PERIOD_SHIFTS = {"year": "years", "month": "months"}


def resolve_past_period(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """The year or month before the anchor's ('the past year' in May 2024: 2023)."""
    unit = (gr.get("unit") or "").lower()
    field = PERIOD_SHIFTS.get(unit)
    if field is None:
        return None
    if anchor is None:
        return Resolved("DATE", UNANCHORED[unit])
    return Resolved("DATE", fmt(anchor - relativedelta(**{field: 1}), unit), anchored=True)


RECENT_PERIOD_RESOLVERS = {"past_period": resolve_past_period}
