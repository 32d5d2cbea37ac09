"""A bare month told in the past takes the year the story is about, not always publication's.

"In 2019 the firm grew fast. In March, its chief quit.": March is March 2019 (TimeML's
reference time), where the publication date alone would give the last March. Only with
care: the year is named in the same paragraph at most `STORY_REACH` sentences before the
month, it is earlier than publication's, it is a past verb's own date without a signal
('since 1990' reaches to now), the month's clause is in the past, and no date told
from publication ("last week", "yesterday") comes between them to bring the story back.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pipeline.dates.anchors import value_start
from pipeline.dates.claim_context import paragraph_bounds

STORY_REACH = 2  # sentences between the year and the month
_YEAR_VALUE = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?")
_MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")
_BARE_MONTH_RULE = "date.month"
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")  # 'the 1988 bombing'


def anchor_months_on_story_year(chosen: list[dict[str, Any]], ctx, anchor: date | None) -> None:
    """anchor.story_year: give each bare past month the year of the story told before it."""
    if anchor is None:
        return
    story: dict[str, Any] | None = None  # the last explicit date of an earlier year
    for cand in sorted(chosen, key=lambda c: c["start"]):
        if cand["type"] not in ("DATE", "TIME"):
            continue
        if _is_bare_month(ctx, cand):
            if story is not None and _takes_story_year(ctx, story, cand):
                year = int(story["value"][:4])
                cand["value"] = f"{year:04d}-{cand['value'][5:7]}"
                cand["anchor"] = value_start(story["value"]).isoformat()
                cand["rule_id"] = "anchor.story_year"
            continue
        explicit = cand["anchor"] is None and _YEAR_VALUE.fullmatch(cand["value"])
        if explicit and int(cand["value"][:4]) < anchor.year:
            story = cand if _tells_the_story(ctx, cand) else None
        elif cand["anchor"] is not None or explicit:
            story = None  # the story is back at publication's time, or in this year


def _is_bare_month(ctx, cand: dict[str, Any]) -> bool:
    return (
        cand["rule_id"] == _BARE_MONTH_RULE
        and cand["anchor"] is not None
        and _MONTH_VALUE.fullmatch(cand["value"]) is not None
        and " " not in ctx.text[cand["start"] : cand["end"]].strip()
    )


def _tells_the_story(ctx, cand: dict[str, Any]) -> bool:
    """An earlier year that sets the story's time: a past verb's own date, with no signal
    ('since 1990' reaches to now) and not a noun's ('the Dec. 21, 1988, bombing')."""
    if cand["mod"] is not None or _ATTRIBUTIVE.search(
        ctx.low, max(0, cand["start"] - 8), cand["start"]
    ):
        return False
    return ctx.tense(cand["start"], cand["end"], own_verb=True) == "past"


def _takes_story_year(ctx, story: dict[str, Any], month: dict[str, Any]) -> bool:
    if ctx.sentence_distance(story["start"], month["start"]) > STORY_REACH:
        return False
    if paragraph_bounds(ctx.doc, story["start"]) != paragraph_bounds(ctx.doc, month["start"]):
        return False
    return ctx.tense(month["start"], month["end"]) == "past"
