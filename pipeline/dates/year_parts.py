"""A season, quarter or half of a year named by reference: 'the summer of that year', 'the
third quarter of the following year', 'the second half of the previous year', 'the spring of
last year'.

The words decide the value: the part is named, and the year is the last date mentioned's
(stepped a year by 'following', 'previous') or, for 'last/this/next year', publication's.
Without a date mentioned before it, 'that year' is publication's year, as `date.step_that`
reads it. A year step is not a season step: after "in March 2015", 'the following autumn'
is 2015-FA (the next autumn to begin) but 'the autumn of the following year' is 2016-FA.
"""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Ref, Resolved, Result
from pipeline.dates.grammar import Grammar, norm_space
from pipeline.dates.season_steps import season_step

Groups = dict[str, str | None]
QUARTERS = 4


def year_of(g: Grammar, groups: Groups, anchor: Anchor) -> tuple[int | None, bool]:
    """(year, anchored): an explicit year ('of 2024'); else the anchor's year, shifted by
    'of last/next year'; else (None, False) when there is no anchor."""
    if groups.get("year"):
        return int(groups["year"]), False
    if anchor is None:
        return None, False
    rel = g.year_relative_words.get(norm_space(groups.get("yrel") or ""), "")
    return anchor.year + {"last": -1, "next": 1}.get(rel, 0), True


def _part(g: Grammar, gr: Groups) -> tuple[str, tuple[int, ...]] | None:
    """(TIMEX3 code, months) of the part named: 'SU', 'Q3', 'H2'; None for 'fifth quarter'."""
    if gr.get("season"):
        season = g.seasons[norm_space(gr["season"] or "")]
        return season["code"], tuple(season["months"])
    if gr.get("lastq"):  # 'the last quarter of that year'
        return f"Q{QUARTERS}", (10, 11, 12)
    if gr.get("ord"):
        n = g.ordinal(gr["ord"] or "")
        if n is None or not 1 <= n <= QUARTERS:
            return None
        return f"Q{n}", tuple(range(3 * n - 2, 3 * n + 1))
    n = g.half_words.get(norm_space(gr.get("half") or ""))
    if n is None:
        return None
    return f"H{n}", tuple(range(6 * n - 5, 6 * n + 1))


def resolve_part_of_step_year(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the summer of that year', 'the first half of the following year': the part of the
    last date mentioned's year, or of the year after or before it."""
    part = _part(g, gr)
    if part is None:
        return None
    code, months = part
    step = g.season_steps.get(norm_space(gr.get("dir") or ""), 0)
    ref = Ref("season", "year", season=(code, months, step), of_year=True)
    if anchor is None:
        return Resolved("DATE", f"XXXX-{code}", ref=ref)
    return Resolved("DATE", season_step(anchor, "day", ref), anchored=True, ref=ref)


def resolve_season_of_relative_year(
    g: Grammar, gr: Groups, anchor: Anchor, tense: Direction
) -> Result:
    """'the spring of last year', 'the autumn of next year': that season of the year before,
    of or after publication."""
    part = _part(g, gr)
    if part is None:
        return None
    code, _ = part
    year, anchored = year_of(g, gr, anchor)
    if year is None:
        return Resolved("DATE", f"XXXX-{code}")
    return Resolved("DATE", f"{year:04d}-{code}", anchored=anchored)


YEAR_PART_RESOLVERS = {
    "part_of_step_year": resolve_part_of_step_year,
    "season_of_relative_year": resolve_season_of_relative_year,
}
