"""A day named again without its year is the day named first (anchor.repeated_day).

"The boy must go home by Jan. 14, officials said. ... They gave no reason for the Jan. 14
deadline.": both are one day, though the second, in a past clause, would alone be placed
on the last Jan. 14. A story names a month and day again for the same day; the first
mention, told with the most context (a lead's tense, a cue such as 'by' or 'until'),
decides the year for all. Only rules that read no year (lexicon repeated_day_rules) are
moved, and only onto a day with the same month and day; a day with a date right after it
('on Nov. 3 last year') keeps its own, and a past act is not moved onto a day to come.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_DAY_VALUE = re.compile(r"\d{4}-(\d\d-\d\d)")
RULE_ID = "anchor.repeated_day"
_NOUN_MODIFIER_DEPS = ("nmod", "compound", "amod", "poss")
YEAR_GAP = 2  # chars between a day and a date right after it that tells its year


def anchor_repeated_days(chosen: list[dict[str, Any]], ctx, anchor: date | None) -> None:
    """Give each later mention of a month and day the year of its first mention."""
    g = ctx.g
    first: dict[str, str] = {}  # 'MM-DD' -> the first mention's day
    ordered = sorted(chosen, key=lambda c: c["start"])
    for i, cand in enumerate(ordered):
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if cand["rule_id"] not in g.repeated_day_rules:
            continue
        if after is not None and after["start"] - cand["end"] <= YEAR_GAP:
            continue  # 'on Nov. 3 last year': its year is told beside it
        m = _DAY_VALUE.fullmatch(cand["value"])
        if m is None:
            continue
        day = first.setdefault(m.group(1), cand["value"])
        if day != cand["value"] and not _past_act_after(ctx, cand, day, anchor):
            cand["value"] = day
            cand["rule_id"] = RULE_ID


def _past_act_after(ctx, cand: dict[str, Any], day: str, anchor: date | None) -> bool:
    """Is `cand` the date of a past act ('they marched on Dec. 2') and `day` after the
    anchor? A past act is not moved onto a day still to come ('the Dec. 2 deadline' is)."""
    if anchor is None or day[:10] <= anchor.isoformat():
        return False
    span = ctx._tokens(cand["start"], cand["end"])
    if span is not None and len(span) and span.root.dep_ in _NOUN_MODIFIER_DEPS:
        return False  # 'called the June 2 cutoff too early': the date of a thing
    return ctx.tense(cand["start"], cand["end"], own_verb=True) == "past"
