"""Seasons named from the last date mentioned: 'that summer', 'the following spring', 'the
previous winter'. After 'in 1995' the following spring is 1996-SP; after 'in July 2016' it
is the next spring to begin, 2017-SP, and the previous one 2016-SP (it ended in May). After a
decade or a century, which names no year, it gives nothing (`anchor_on_references`)."""

from __future__ import annotations

from datetime import date

from pipeline.dates.anchors import Anchor, Direction, Ref, Resolved, Result, season_year
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]
DIRECTIONS = {1: "next", -1: "last"}  # as season_year reads them; 0: the one holding the day


def resolve_step_season(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """The value on the publication date, with the `Ref` that moves it to the reference."""
    season = g.seasons[norm_space(gr["season"] or "").lower()]
    step = g.season_steps.get(norm_space(gr.get("dir") or gr.get("dir2") or "").lower(), 0)
    ref = Ref("season", "year", season=(season["code"], tuple(season["months"]), step))
    if anchor is None:
        return Resolved("DATE", f"XXXX-{season['code']}", ref=ref)
    return Resolved("DATE", season_step(anchor, "day", ref), anchored=True, ref=ref)


def season_step(start: date, base_gran: str, ref: Ref) -> str | None:
    """The season `ref` names from a reference starting on `start`: from a year, that year's
    season or the one a year before or after; from a finer date, the season holding it, the
    next one to begin or the last one to end."""
    if ref.season is None:
        return None
    code, months, step = ref.season
    if base_gran == "year" or ref.of_year:  # 'the spring of the following year': its year's
        year = start.year + step
    else:
        year = season_year(list(months), start, DIRECTIONS.get(step))
    return f"{year:04d}-{code}"
