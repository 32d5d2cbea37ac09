"""Sets named by a calendar part: 'each July' (XXXX-07), 'every spring' (XXXX-SP), 'on
Tuesday nights' (XXXX-WXX-2TNI), 'every morning' (XXXX-XX-XXTMO); TimeML writes them as the
unanchored date they repeat."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result, duration_value
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]


def resolve_set_month(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'each July' -> XXXX-07; 'every summer' -> XXXX-SU."""
    if gr.get("season"):
        return Resolved("SET", f"XXXX-{g.seasons[norm_space(gr['season'])]['code']}")
    month = g.month(gr.get("month") or "")
    return None if month is None else Resolved("SET", f"XXXX-{month:02d}")


def resolve_set_weekday_part(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'Tuesday nights' -> XXXX-WXX-2TNI; 'Monday and Tuesday nights': two sets."""
    pod = g.parts_of_day[(gr.get("pod") or "").lower().removesuffix("s")]
    first, second = (
        f"XXXX-WXX-{g.weekdays[day.lower()] + 1}T{pod}" if day else None
        for day in (gr.get("weekday"), gr.get("weekday2"))
    )
    return Resolved("SET", first or "", second=second) if first else None


def resolve_set_part_of_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'every morning' -> XXXX-XX-XXTMO: that part of every day."""
    return Resolved("SET", f"XXXX-XX-XXT{g.parts_of_day[(gr.get('pod') or '').lower()]}")


def resolve_set_every_other(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'every other week' -> P2W: every second unit."""
    _, unit = g.unit(gr.get("unit") or "")
    return Resolved("SET", duration_value(2, unit))


def resolve_set_every_quarter(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'every quarter' -> P3M, as 'quarterly': TIMEX3 durations count a quarter in months."""
    return Resolved("SET", "P3M")


SET_RESOLVERS = {
    "set_every_quarter": resolve_set_every_quarter,
    "set_month": resolve_set_month,
    "set_weekday_part": resolve_set_weekday_part,
    "set_every_other": resolve_set_every_other,
    "set_part_of_day": resolve_set_part_of_day,
}
