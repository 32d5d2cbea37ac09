"""A mail's quoted block: every line opens with a quote prefix ("> ", ">> "). The prefixes
are layout, as a bullet's mark is: the lines are read without them, and the parser sees
the marks as spaces (offsets still index the original text)."""

from __future__ import annotations

from pipeline.structure.layout import Layout, Line, layout_data

QUOTED_RUN = 2  # lines in a row it takes to tell a quoted block from a stray ">"


def unquote_lines(lines: list[Line], layout: Layout) -> list[Line]:
    """The lines with the quote prefixes of each run of quoted lines cut off; the marks go
    into `layout.marks`."""
    prefix = layout_data()["quote_prefix"]
    out = list(lines)
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and prefix.match(lines[j].text):
            j += 1
        if j - k >= QUOTED_RUN:
            for i in range(k, j):
                out[i] = _unquoted(lines[i], prefix.match(lines[i].text).end(), layout)
        k = max(j, k + 1)
    return out


def _unquoted(line: Line, cut: int, layout: Layout) -> Line:
    layout.marks.extend(line.start + i for i in range(cut) if line.text[i] == ">")
    return Line(line.start + cut, line.end, line.text[cut:])
