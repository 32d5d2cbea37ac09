"""'the following weekend', 'the previous weekend': the weekend after (before) the last
date told earlier in the text, when that date is a day.

Only a day says which weekend comes next: after a week, a weekend, a month or a year ('a
poll last week. ... the following weekend') the step would land on any of several weekends,
and a day told before that date is no longer the reference time, so the expression gets no
date (as before the rule). A Saturday or Sunday steps to the next
(previous) weekend, not its own. In a clause about the future ('will meet the following
weekend') a weekend already past at publication is no reading either.
"""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import Anchor, Direction, Ref, Resolved, Result, fmt
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]
WEEKEND_STEPS = {  # the Saturday after the day (a Friday's is the next day); the Sunday before
    1: (("days", 1), ("weekday", 5)),
    -1: (("days", -7), ("weekday", 6)),
}


def resolve_step_weekend(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """A weekend one step from the last day mentioned (dropped in the post-pass without one);
    its value on publication stands until then."""
    step = g.season_steps.get(norm_space(gr.get("dir") or "").lower())  # dates.json's step words
    if step not in WEEKEND_STEPS:
        return None
    not_before = fmt(anchor, "week") if anchor is not None and tense == "future" else None
    ref = Ref(
        "step",
        "weekend",
        WEEKEND_STEPS[step],
        needs_base=True,
        day_only=True,
        not_before=not_before,
    )
    if anchor is None:
        return Resolved("DATE", "XXXX-WXX-WE", ref=ref)
    d = anchor + relativedelta(**dict(ref.shift))
    return Resolved("DATE", fmt(d, "weekend"), anchored=True, ref=ref)


WEEKEND_STEP_RESOLVERS = {"step_weekend": resolve_step_weekend}
