"""'in the past year': the calendar year before publication.

TimeBank dates it as the year before the story's, not as a one-year duration ('the club
changed coaches twice in the past year', published in 2010: 2009). The evidence is thin
(two cases), so the rule (date.the_past_period) is narrow; 'the past month', 'the past
week' stay durations (duration.the_past_unit).
"""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import UNANCHORED, Anchor, Direction, Resolved, Result, fmt
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
PERIOD_SHIFTS = {"year": "years"}


def resolve_past_period(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """The year before the anchor's ('in the past year' in May 2024: 2023)."""
    unit = (gr.get("unit") or "").lower()
    field = PERIOD_SHIFTS.get(unit)
    if field is None:
        return None
    if anchor is None:
        return Resolved("DATE", UNANCHORED[unit])
    return Resolved("DATE", fmt(anchor - relativedelta(**{field: 1}), unit), anchored=True)


RECENT_PERIOD_RESOLVERS = {"past_period": resolve_past_period}
