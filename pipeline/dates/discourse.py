"""Expressions anchored on the last date mentioned (the reference time), not on publication.

"Net income for the third quarter rose 5% from a year earlier": "a year earlier" is the third
quarter a year back (1988-Q3), not the year before publication. The resolvers here give each
such expression a value on the publication date (what is known when it is matched) and a
`Ref` saying how it depends on the reference time; `anchor_on_references` then walks the
chosen dates in text order and resolves each again on the last date mentioned before it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from pipeline.dates.anchors import (
    Direction,
    Ref,
    Resolved,
    coarser,
    fmt,
    fmt_within,
    granularity,
    value_start,
)
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]
SHIFT_FIELDS = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}
QUARTER_MONTHS = 3
STEP_SIGNS = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "same": 0}


def _unit_shift(g: Grammar, unit_text: str, amount: int) -> tuple[str, tuple[tuple[str, int], ...]]:
    """(granularity, relativedelta kwargs) of `amount` units ('quarter' counts 3 months)."""
    word = unit_text.lower()
    if word.startswith("quarter"):
        return "quarter", (("months", QUARTER_MONTHS * amount),)
    _, unit = g.unit(word)
    return unit["granularity"], ((SHIFT_FIELDS[unit["code"]], amount * unit["mult"]),)


def _on(anchor: date | None, ref: Ref) -> Resolved:
    """The value on the publication date (kept when there is no reference time)."""
    if anchor is None:
        return Resolved("DATE", "XXXX", ref=ref)
    d = anchor + relativedelta(**dict(ref.shift))
    return Resolved("DATE", fmt(d, ref.gran), anchored=True, ref=ref)


def resolve_shift(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """'a year earlier', 'two days later', 'three months before'."""
    n = g.number(gr["num"] or "")
    sign = 1 if (gr["dir"] or "").lower() in ("later", "after") else -1
    if n is None or not float(n).is_integer():
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    gran, shift = _unit_shift(g, gr["unit"] or "", int(n) * sign)
    return _on(anchor, Ref("shift", gran, shift))


def resolve_shift_adj(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """'the year-earlier quarter', 'year-ago': one unit back, at the reference's granularity."""
    gran, shift = _unit_shift(g, gr["unit"] or "", -1)
    return _on(anchor, Ref("shift", gran, shift))


def resolve_step(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """'the previous month', 'the following year', 'the same day', 'that year'."""
    sign = STEP_SIGNS.get(norm_space(gr.get("dir") or "same"), 0)
    gran, shift = _unit_shift(g, gr["unit"] or "", sign)
    return _on(anchor, Ref("step" if sign else "same", gran, shift))


def resolve_same(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """'the quarter', 'the latest quarter', 'the fiscal year': the period of the reference."""
    gran, _ = _unit_shift(g, gr["unit"] or "", 0)
    return _on(anchor, Ref("same", gran))


def resolve_weekend(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """'the weekend': the one before publication in a past clause, else the coming one."""
    if anchor is None:
        return Resolved("DATE", "XXXX-WXX-WE")
    d = anchor
    if tense == "past" and anchor.weekday() < 5:
        d = anchor - relativedelta(weeks=1)
    return Resolved("DATE", fmt(d, "weekend"), anchored=True)


# -- the post-pass ---------------------------------------------------------------------------


def anchor_on_references(chosen: list[dict[str, Any]], same_sentence) -> None:
    """Resolve each chosen candidate with a `ref` on the last date mentioned before it.

    `same_sentence(a, b)` tells whether two char offsets share a sentence. A date resolved on
    a reference is not itself a reference for later ones: "the third quarter ... a year
    earlier ... the quarter" reads "the quarter" as the third quarter again.
    """
    base: dict[str, Any] | None = None
    for cand in sorted(chosen, key=lambda c: c["start"]):
        ref = cand.get("ref")
        if ref is None:
            if cand["type"] in ("DATE", "TIME") and granularity(cand["value"]):
                base = cand
            continue
        if base is None:
            continue
        value = _on_reference(ref, base, same_sentence(base["start"], cand["start"]))
        if value is not None:
            cand["value"] = value
            cand["anchor"] = value_start(base["value"]).isoformat()


def _on_reference(ref: Ref, base: dict[str, Any], same_sentence: bool) -> str | None:
    start = value_start(base["value"])
    base_gran = granularity(base["value"])
    if start is None or base_gran is None:
        return None
    if base_gran == "weekend":
        base_gran = "week"
    moved = start + relativedelta(**dict(ref.shift))
    if ref.mode == "ago":
        finer = base_gran in ("quarter", "half", "month") and ref.gran == "year"
        return fmt(moved, base_gran) if same_sentence and finer else None
    if ref.mode == "shift":
        return (
            fmt_within(moved, ref.gran, base_gran)
            if coarser(base_gran, ref.gran)
            else fmt(moved, base_gran)
        )
    return fmt_within(moved, ref.gran, base_gran)
