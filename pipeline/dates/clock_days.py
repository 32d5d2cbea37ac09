"""Clock times and their days: '2 p.m. Tuesday' is one TIME; a lone '4 p.m.' takes the day
of its sentence, of a sentence just before, or of publication (rule anchor.clock_reference).

`ctx` is the tagger's per-doc context (text, grammar, sentence bounds and distances).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pipeline.dates.anchors import clock_day, is_day_value

UNRESOLVED_CLOCK = "XXXX-XX-XXT"
CLOCK_REACH = 3  # sentences back that a clock time looks for its day
DAY_PART = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)")  # 'Tuesday afternoon'


def merge_clock_days(ctx: Any, chosen: list[dict[str, Any]]) -> None:
    """'2 p.m. Tuesday', '4 a.m. EDT Thursday': a clock time right before a day is one TIME."""
    by_start = {c["start"]: c for c in chosen if c["type"] == "DATE" and is_day_value(c["value"])}
    for c in list(chosen):
        if c["type"] != "TIME" or not c["value"].startswith(UNRESOLVED_CLOCK):
            continue
        m = ctx.g.clock_day_gap.match(ctx.text, c["end"])
        day = by_start.get(m.end()) if m else None
        if day is None:
            continue
        c["end"] = day["end"]
        c["value"] = clock_day(c["value"], day["value"])
        c["anchor"] = day["anchor"]
        chosen.remove(day)


def fill_clock_days(ctx: Any, chosen: list[dict[str, Any]], anchor: date | None) -> None:
    """A clock time takes its day from the nearest day-valued date of its sentence, else from
    the last day mentioned in the sentences just before ('The vote was on Sunday. Polls closed
    at 22:30'), else the publication day ('at 9:15 a.m.' in a news story: that day). A date
    still to be resolved on its reference ('the next day') gives none: its value is unknown."""
    days = [c for c in chosen if c.get("ref") is None and _day_of(c) is not None]
    for c in chosen:
        if c["type"] != "TIME" or not c["value"].startswith(UNRESOLVED_CLOCK):
            continue
        s0, s1 = ctx.sentence_bounds(c["start"])
        near = [d for d in days if d["start"] >= s0 and d["end"] <= s1]
        if near:
            best = min(near, key=lambda d: abs(d["start"] - c["start"]))
            c["value"] = clock_day(c["value"], _day_of(best))
            c["anchor"] = best["anchor"]
        elif (last := _last_day_before(ctx, days, c["start"])) is not None:
            c["value"] = clock_day(c["value"], _day_of(last))  # anchor.clock_reference
            c["anchor"] = last["anchor"]
        elif anchor is not None:
            c["value"] = clock_day(c["value"], anchor.isoformat())
            c["anchor"] = anchor.isoformat()


def _day_of(cand: dict[str, Any]) -> str | None:
    """The day a date names, also a day's part ('Tuesday afternoon at 4 p.m.' is that Tuesday)."""
    if cand["type"] == "DATE":
        return cand["value"] if is_day_value(cand["value"]) else None
    m = DAY_PART.fullmatch(cand["value"]) if cand["type"] == "TIME" else None
    return m.group("day") if m else None


def _last_day_before(ctx: Any, days: list[dict[str, Any]], at: int) -> dict | None:
    """The last day-valued date before char `at`, if at most CLOCK_REACH sentences back."""
    last = max((d for d in days if d["end"] <= at), key=lambda d: d["start"], default=None)
    if last is None or ctx.sentence_distance(last["start"], at) > CLOCK_REACH:
        return None
    return last
