"""Dates written in words, as broadcast transcripts and some wires print them ('January
nineteen ninety-seven', 'the spring of nineteen eighty-six', 'March eighth'), and parts of
the day named alone ('in the morning', 'by mid afternoon'), whose day the tagger fills in
from the sentence like a clock time's."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result
from pipeline.dates.grammar import Grammar, norm_space

Groups = dict[str, str | None]
UNRESOLVED_DAY = "XXXX-XX-XX"  # the tagger fills it from the day of the sentence


def spelled_year(g: Grammar, text: str) -> int | None:
    """'nineteen ninety-seven' -> 1997, 'two thousand and one' -> 2001, 'twenty ten' -> 2010."""
    words = norm_space(text).replace("-", " ")
    for head, century in g.spelled_year_heads.items():
        if words == head or words.startswith(head + " "):
            rest = re.sub(r"^and\s+", "", words[len(head) :].strip())
            years = g.number(rest) if rest else 0
            if years is None or not 0 <= years < 100:
                return None
            return century * 100 + int(years)
    return None


def resolve_month_year_words(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'January nineteen ninety-seven' -> 1997-01."""
    month, year = g.month(gr["month"] or ""), spelled_year(g, gr["yw"] or "")
    if month is None or year is None:
        return None
    return Resolved("DATE", f"{year:04d}-{month:02d}")


def resolve_season_year_words(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the spring of nineteen eighty-six' -> 1986-SP."""
    year = spelled_year(g, gr["yw"] or "")
    if year is None:
        return None
    return Resolved("DATE", f"{year:04d}-{g.seasons[norm_space(gr['season'] or '')]['code']}")


def resolve_month_ordinal(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'March eighth', 'the eighth of March, nineteen ninety-eight': a month and a spelled
    day, the year spelled after them or placed like any month and day."""
    from pipeline.dates.resolvers import resolve_full_date  # resolvers import this module

    day = g.ordinal(gr.get("ord") or gr.get("ord2") or "")
    if not day or day > 31:
        return None
    year = spelled_year(g, gr["yw"]) if gr.get("yw") else None
    if gr.get("yw") and year is None:
        return None
    month = gr.get("month") or gr.get("month2")
    groups = {**gr, "month": month, "day": str(day), "year": str(year) if year else None}
    return resolve_full_date(g, groups, anchor, tense)


def resolve_part_of_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'in the morning' -> TIME 'XXXX-XX-XXTMO'; its day is the sentence's (see the tagger)."""
    return Resolved("TIME", f"{UNRESOLVED_DAY}T{g.parts_of_day[(gr['pod'] or '').lower()]}")


def resolve_step_part_of_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the next morning', 'that night', 'the night before': a part of the day after, of or
    before the last day mentioned (the tagger adds the part once the day is resolved)."""
    from pipeline.dates.discourse import resolve_step  # discourse imports the grammar

    pod = gr.get("pod") or gr.get("pod2") or gr.get("pod3") or ""
    step = {"unit": "day", "dir": gr.get("dir") or gr.get("dir2") or "same"}
    resolved = resolve_step(g, step, anchor, tense)
    code = g.parts_of_day[pod.lower()]
    return None if resolved is None else replace(resolved, part_of_day=code)


def resolve_quarter_months(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the July-September quarter' -> the third quarter, 'the January-June period' -> the
    first half; a quarter not of the calendar ('the August-October quarter') gives none."""
    from pipeline.dates.resolvers import resolve_half, resolve_quarter  # they import this module

    first, last = g.month(gr.get("month") or ""), g.month(gr.get("month2") or "")
    if first is not None and first in (1, 7) and last == first + 5:
        return resolve_half(g, {**gr, "h": str((first + 5) // 6)}, anchor, tense)
    if first is None or last is None or first % 3 != 1 or last != first + 2:
        return None
    return resolve_quarter(g, {**gr, "q": str((first + 2) // 3)}, anchor, tense)


SPELLED_RESOLVERS = {
    "quarter_months": resolve_quarter_months,
    "step_part_of_day": resolve_step_part_of_day,
    "month_year_words": resolve_month_year_words,
    "season_year_words": resolve_season_year_words,
    "month_ordinal": resolve_month_ordinal,
    "part_of_day": resolve_part_of_day,
}
