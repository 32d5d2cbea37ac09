"""Decades and centuries in the spellings the digit rules cannot see: 'the twenty-tens',
'the noughties', 'the turn of the century', 'the eighteen-nineties', 'the nineteen hundreds';
two of them joined ('the 19th and 20th centuries', 'the fifties and sixties'); and the era
before Christ ('the 5th century BC', '500 BC')."""

from __future__ import annotations

from dataclasses import replace

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


def resolve_century(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the 20th century' -> 19; 'the 5th century BC' -> BC04 (TIMEX3 writes an era before
    Christ with a 'BC' prefix: the digits alone would be a century of our era)."""
    n = g.ordinal(gr["ord"] or "")
    if not n or n > 30:
        return None
    return Resolved("DATE", ("BC" if gr.get("bc") else "") + f"{n - 1:02d}")


def resolve_year_bc(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'500 BC', '44 B.C.', '3000 BCE' -> BC0500, BC0044, BC3000."""
    year = int(gr["year"] or 0)
    return Resolved("DATE", f"BC{year:04d}") if 0 < year < 10000 else None


def resolve_century_pair(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the 19th and 20th centuries': two centuries, each its own TIMEX3, the first
    before the second (as 'the second and third quarters' are)."""
    first = resolve_century(g, gr, anchor, tense)
    second = resolve_century(g, {**gr, "ord": gr["ord2"]}, anchor, tense)
    step = g.ordinal(gr["ord2"]) - g.ordinal(gr["ord"])
    if first is None or second is None or (step >= 0 if gr.get("bc") else step <= 0):
        return None  # not two centuries in the order of time
    return replace(first, second=second.value)


def resolve_decade_word(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the nineties' -> 199, 'the twenty-twenties' -> 202, 'the eighteen-nineties' -> 189
    (the 1900s without a century word); with 'dw2' a pair, 'the fifties and sixties'."""
    cent = gr.get("cent") or gr.get("cent2")
    century = g.number(cent) if cent else 19
    first = Resolved("DATE", f"{century}{g.decade_words[(gr['dw'] or '').lower()]}")
    if not gr.get("dw2"):
        return first
    second = g.decade_words[gr["dw2"].lower()]
    if second <= g.decade_words[(gr["dw"] or "").lower()]:
        return None  # 'the nineties and twenties' spans two centuries: not told here
    return replace(first, second=f"{century}{second}")


def resolve_hundreds(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the nineteen hundreds', 'the eighteen-hundreds' -> 19, 18: a century, as 'the 1900s'."""
    n = g.number(gr["cent"] or "")
    return Resolved("DATE", f"{n:02d}") if n and 10 <= n <= 20 else None


ERA_RESOLVERS = {
    "century": resolve_century,
    "year_bc": resolve_year_bc,
    "century_pair": resolve_century_pair,
    "decade_word": resolve_decade_word,
    "hundreds": resolve_hundreds,
}
