"""Two parts of a year joined by 'and' or 'or': 'the second and third quarters', 'the
spring and summer'. Each is its own TIMEX3 (the first is its word alone: 'the' and the
plural noun are both's), resolved as the rule for one of them resolves it alone; two
quarters are of one year, the second's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline.dates.anchors import Anchor, Direction, Result
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
Resolver = Callable[[Grammar, Groups, Anchor, Direction], Result]


def pair_resolvers(quarter: Resolver, season: Resolver) -> dict[str, Resolver]:
    """The resolvers of date.quarter_pair and date.season_pair, built on the single ones."""

    def resolve_quarter_pair(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
        """'the second and third quarters': both of the year date.quarter gives the second."""
        second = quarter(g, {**gr, "ord": gr["ord2"]}, anchor, tense)
        n = g.ordinal(gr["ord"] or "")
        if second is None or n is None or not 1 <= n < int(second.value[-1]):
            return None  # 'the fourth and first quarters' spans two years: not told here
        return replace(second, value=f"{second.value[:-1]}{n}", second=second.value)

    def resolve_season_pair(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
        """'the spring and summer': each season placed as date.season places it alone."""
        first = season(g, gr, anchor, tense)
        second = season(g, {**gr, "season": gr["season2"]}, anchor, tense)
        if first is None or second is None:
            return None
        return replace(first, second=second.value)

    return {"quarter_pair": resolve_quarter_pair, "season_pair": resolve_season_pair}
