"""Decades and centuries in the spellings the digit rules cannot see: 'the twenty-tens',
'the noughties', 'the turn of the century'."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]


def resolve_decade_tens(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the twenty-tens' -> 201, 'the nineteen-teens' -> 191."""
    century = 20 if (gr.get("cent2") or "").lower() == "twenty" else 19
    return Resolved("DATE", f"{century}1")


def resolve_named_decade(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the noughties', 'the aughts' -> 200 (lexicon: named_decades)."""
    return Resolved("DATE", g.named_decades[norm_space(gr["named"] or "")])


def resolve_century_turn(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the turn of the century': the year the century turned, APPROX: of the 20th century
    1900, of 'the century' the turn nearest the anchor (2000 seen from 2024 or from 1998);
    'the millennium' turns at 2000."""
    if gr.get("ord"):
        n = g.ordinal(gr["ord"])
        return Resolved("DATE", f"{(n - 1) * 100:04d}", mod="APPROX") if n and n <= 30 else None
    if anchor is None:
        return None
    step = 1000 if (gr.get("unit") or "").lower().startswith("millenn") else 100
    return Resolved("DATE", f"{round(anchor.year / step) * step:04d}", mod="APPROX")
