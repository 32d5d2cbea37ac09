"""Vague amounts of time counted from another event or from now: 'days later', 'weeks
earlier', 'months ago'. TimeML writes the amount as a duration (PXD, PXW, PXM), as it does
'two days before the attack'. With a number before it ('ten minutes later') the counted
rules tag the amount, and this one gives nothing. 'Will one day lead': a future no number
places (FUTURE_REF)."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result, duration_value
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]


def resolve_vague_shift(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    if gr.get("num"):
        return None
    _, unit = g.unit(gr.get("unit") or "")
    return Resolved("DURATION", duration_value(None, unit))


def resolve_future_ref(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'will one day lead': a future no date places."""
    return Resolved("DATE", "FUTURE_REF")


VAGUE_RESOLVERS = {"vague_shift": resolve_vague_shift, "future_ref": resolve_future_ref}
