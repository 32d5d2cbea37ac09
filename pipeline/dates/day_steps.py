"""'the day before May 3', 'the day after Christmas', 'the eve of Saturday, June 1': one day
from a day the text names right after the phrase, as one TIMEX3 (rule date.day_before_date).

The words alone decide the value: the day named is already resolved (an explicit date, a
weekday, a holiday), and the step is a day. A year, month or week after the phrase ('the day
after 2019 began') names no day, and a date still to be resolved on an earlier one ('the day
after that') is left alone, so the phrase stays outside the span as a signal.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pipeline.dates.anchors import ISO_DAY

RULE_ID = "date.day_before_date"
REACH = 25  # chars before a date that the phrase may take


def step_days_from_dates(ctx: Any, chosen: list[dict[str, Any]]) -> None:
    """Widen a day-valued DATE over a day-step phrase before it and move it by the step."""
    for c in chosen:
        if c["type"] != "DATE" or c.get("ref") is not None or not ISO_DAY.fullmatch(c["value"]):
            continue
        m = ctx.g.day_step_prefix.search(ctx.low, max(0, c["start"] - REACH), c["start"])
        if m is None:
            continue
        step = ctx.g.day_steps[" ".join(m.group("step").split())]
        c["value"] = (date.fromisoformat(c["value"]) + timedelta(days=step)).isoformat()
        c["start"], c["mod"], c["rule_id"] = m.start(), None, RULE_ID
