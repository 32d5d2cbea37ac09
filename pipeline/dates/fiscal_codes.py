"""Quarters and years in the short codes of results news, and quarters named by their
last month: 'FY24', '3Q24', 'Q3'24', '1H24' (a year written in two digits, 2024), 'the
June quarter' (April to June: 2024-Q2, placed as 'the second quarter' is); fiscal years
written as the two years they run over, 'the 2023-24 fiscal year' (2024, the year it ends in)."""

from __future__ import annotations

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
QUARTER_END_MONTHS = {3: 1, 6: 2, 9: 3, 12: 4}
CENTURY_PIVOT = 50  # a two-digit year below it is of the 2000s ('FY24'), else of the 1900s


def resolve_year_code(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'FY24' -> 2024, '3Q24' and "Q3'24" -> 2024-Q3, '1H24' -> 2024-H1 (date.year_code)."""
    yy = next(gr[k] for k in ("yy", "yq", "yq2", "yq3", "yh") if gr.get(k))
    year = int(yy) if len(yy) == 4 else int(yy) + (2000 if int(yy) < CENTURY_PIVOT else 1900)
    part = gr.get("q") or gr.get("q2") or gr.get("q3")
    if part:
        return Resolved("DATE", f"{year:04d}-Q{part}")
    if gr.get("h"):
        return Resolved("DATE", f"{year:04d}-H{gr['h']}")
    return Resolved("DATE", f"{year:04d}")


def resolve_quarter_month(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the June quarter', 'the December quarter of 2023': the calendar quarter ending in
    that month (none for 'the May quarter'), placed as date.quarter places it."""
    from pipeline.dates.resolvers import resolve_quarter  # resolvers import this module

    month = g.months.get((gr.get("month") or "").lower().rstrip("."))
    q = QUARTER_END_MONTHS.get(month or 0)
    return None if q is None else resolve_quarter(g, {**gr, "q": str(q)}, anchor, tense)


def resolve_fiscal_range(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'the 2023-24 fiscal year', 'fiscal 2024/25', 'FY2023-24' -> 2024: a fiscal year that
    runs over two calendar years is named by the one it ends in, as 'fiscal 1989' is; the
    second year must follow the first (date.fiscal_range)."""
    y1, y2 = int(gr["year"] or 0), gr.get("yy") or ""
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if end <= y1 and len(y2) == 2:  # '1999-00': the century turns
        end += 100
    return Resolved("DATE", f"{end:04d}") if end == y1 + 1 else None


FISCAL_CODE_RESOLVERS = {
    "year_code": resolve_year_code,
    "quarter_month": resolve_quarter_month,
    "fiscal_range": resolve_fiscal_range,
}
