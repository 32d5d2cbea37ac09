"""Clock times and their days: '2 p.m. Tuesday' is one TIME; a lone '4 p.m.' takes the day
of its sentence, of a sentence just before, or of publication (rule anchor.clock_reference).

`ctx` is the tagger's per-doc context (text, grammar, sentence bounds and distances).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pipeline.dates.anchors import ISO_DAY, clock_day, is_day_value

UNRESOLVED_CLOCK = "XXXX-XX-XXT"
CLOCK_REACH = 3  # sentences back that a clock time looks for its day
# 'Tuesday afternoon': a day and a part's code (the codes are dates.json's parts_of_day)
DAY_PART = re.compile(rf"(?P<day>{ISO_DAY.pattern})T(?P<part>[A-Z]{{2}})")
NOON = 12
# after a clock that opens its line: a time zone, a dash and a headline ('16:05 AST - Jamaica')
STAMP_HEAD = re.compile(r"[ \t]*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?[ \t]*[-\u2013\u2014|][ \t]+\S")


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
    still to be resolved on its reference ('the next day') gives none: its value is unknown;
    a part of the day gives its day only to a clock time of its half of the day."""
    days = [c for c in chosen if c["type"] in ("DATE", "TIME") and c.get("ref") is None]
    for c in chosen:
        if c["type"] != "TIME" or not c["value"].startswith(UNRESOLVED_CLOCK):
            continue
        half = _half_of_day(c["value"])
        fit = [(d, day) for d in days if (day := _day_of(ctx.g, d, half)) is not None]
        s0, s1 = ctx.sentence_bounds(c["start"])
        near = [(d, day) for d, day in fit if d["start"] >= s0 and d["end"] <= s1]
        if near:
            best, day = min(near, key=lambda dd: abs(dd[0]["start"] - c["start"]))
            c["value"], c["anchor"] = clock_day(c["value"], day), best["anchor"]
        elif (
            not _stamp(ctx.text, c, s0, s1)
            and (last := _last_day_before(ctx, fit, c["start"])) is not None
        ):
            c["value"] = clock_day(c["value"], last[1])  # anchor.clock_reference
            c["anchor"] = last[0]["anchor"]
        elif anchor is not None:
            c["value"] = clock_day(c["value"], anchor.isoformat())
            c["anchor"] = anchor.isoformat()


def _stamp(text: str, c: dict[str, Any], s0: int, s1: int) -> bool:
    """A clock time that is its sentence alone, but for a time zone ('17:40', '10:30 CET' on
    a line of its own), or that opens its line before a dash and a headline ('17:42 AST -
    Leaders back ...'), heads what follows, as a live blog's entries are stamped: no day
    said before it is its day (rule anchor.clock_stamp)."""
    rest = text[s0 : c["start"]] + text[c["end"] : s1]
    if not any(ch.islower() for ch in rest) and len(rest.split()) <= 1:
        return True
    # '16:05 AST - Jamaica: "Something has to give"': a stamp before its entry's headline
    line_start = text.rfind("\n", 0, c["start"]) + 1
    return (
        not text[line_start : c["start"]].strip() and STAMP_HEAD.match(text, c["end"]) is not None
    )


def _half_of_day(clock_value: str) -> str | None:
    """'am' or 'pm' of an unresolved clock value ('XXXX-XX-XXT14:30' -> 'pm')."""
    hour = clock_value[len(UNRESOLVED_CLOCK) :][:2]
    if not hour.isdigit():
        return None
    return "am" if int(hour) < NOON else "pm"


def _day_of(g: Any, cand: dict[str, Any], half: str | None) -> str | None:
    """The day a date names, also a day's part whose half of the day is the clock's
    ('Tuesday afternoon at 4 p.m.' is that Tuesday; 'Saturday night at 1 a.m.' is not)."""
    if cand["type"] == "DATE":
        return cand["value"] if is_day_value(cand["value"]) else None
    m = DAY_PART.fullmatch(cand["value"])
    if m is None or half is None or g.part_of_day_halves.get(m.group("part")) != half:
        return None
    return m.group("day")


def _last_day_before(
    ctx: Any, days: list[tuple[dict[str, Any], str]], at: int
) -> tuple[dict[str, Any], str] | None:
    """The last (date, day) before char `at`, if at most CLOCK_REACH sentences back."""
    last = max((d for d in days if d[0]["end"] <= at), key=lambda d: d[0]["start"], default=None)
    if last is None or ctx.sentence_distance(last[0]["start"], at) > CLOCK_REACH:
        return None
    return last
