"""The reader: each article's text as HTML, its claims, actors and dates marked.

Article text is untrusted: every piece of it goes through `html.escape`.
"""

from __future__ import annotations

import html
import itertools
from typing import Any

from pipeline.report.build import ReaderArticle, ReportData, polarity, speaker_label


def empty_html(text: str) -> str:
    return f'<p class="empty">{html.escape(text)}</p>'


def reader_html(data: ReportData, claim_index: dict[str, int]) -> str:
    n_readable = len(data.reader) + data.n_left_out
    if not data.reader:
        return empty_html("No article was read successfully.")
    note = ""
    if data.n_left_out:
        note = (
            f'<p class="note">The reader shows {len(data.reader):,} of {n_readable:,} '
            f"articles, those with the most claims; {data.n_left_out:,} are left out "
            "(<code>--max-articles</code> changes this). The overview, network, timeline "
            "and table cover every article.</p>"
        )
    options = "".join(
        f'<option value="{n}">{html.escape(_article_title(item.row))} '
        f"({len(item.claims)} claims)</option>"
        for n, item in enumerate(data.reader)
    )
    docs = "".join(article_html(item, n, claim_index) for n, item in enumerate(data.reader))
    return (
        note
        + f'<label class="picker">Article <select id="article-select">{options}</select></label>'
        + f'<div class="reader-grid"><div id="docs">{docs}</div>'
        '<aside id="claim-detail"><p class="empty">Hover over or click a claim to see '
        "its fields.</p></aside></div>"
    )


def _article_title(row: dict[str, Any]) -> str:
    return row.get("title") or row["article_id"]


def article_html(item: ReaderArticle, n: int, claim_index: dict[str, int]) -> str:
    row = item.row
    meta = " · ".join(
        html.escape(str(v))
        for v in (row.get("source"), row.get("published"), row["article_id"])
        if v
    )
    numbered = [(claim_index[c.get("claim_id")], c) for c in item.claims]
    if item.text is not None:
        marked = highlight(item.text, numbered, item.mentions, item.dates)
        body = f'<div class="text">{marked}</div>'
    else:
        body = f'<p class="note">{html.escape(item.note or "The text is not available.")}</p>'
    claims = "".join(
        f'<li data-c="{i}"><span class="badge pol-{html.escape(polarity(c))}">'
        f'{html.escape(polarity(c))}</span> <span class="kind">{html.escape(c.get("kind") or "")}'
        f"</span> <b>{html.escape(speaker_label(c))}</b> "
        f"<i>{html.escape((c.get('cue') or {}).get('text') or '')}</i> "
        f"{html.escape((c.get('content') or {}).get('text') or '')} "
        f"<code>{html.escape(c.get('rule_id') or '')}</code></li>"
        for i, c in numbered
    )
    return (
        f'<article class="doc" id="doc-{n}" data-doc="{n}">'
        f'<h3>{html.escape(_article_title(row))}</h3><p class="meta">{meta}</p>{body}'
        f'<h4>Claims ({len(numbered)})</h4><ol class="doc-claims">{claims}</ol></article>'
    )


def highlight(
    text: str,
    claims: list[tuple[int, dict[str, Any]]],
    mentions: list[dict[str, Any]],
    dates: list[dict[str, Any]],
) -> str:
    """The text as HTML, each stretch wrapped in a span whose classes say what covers it:
    an actor mention, a date, a claim's speaker, cue or content (coloured by polarity).
    Works on character offsets, so overlapping marks need no token alignment."""
    marks: list[tuple[int, int, str, int | None, str]] = []
    for m in mentions:
        tip = f"{m.get('name') or m.get('text')} ({m.get('label')}, {m.get('country') or '-'})"
        marks.append((m["start"], m["end"], "act", None, tip))
    for d in dates:
        marks.append((d["start"], d["end"], "date", None, f"{d.get('type')} {d.get('value')}"))
    for i, c in claims:
        pol = polarity(c)
        for part, css in (("content", f"content pol-{pol}"), ("speaker", "spk"), ("cue", "cue")):
            span = c.get(part) or {}
            if span.get("start") is not None and span.get("end") is not None:
                marks.append((span["start"], span["end"], css, i, ""))
    size = len(text)
    marks = sorted((max(0, a), min(size, b), *rest) for a, b, *rest in marks if a < b)
    bounds = sorted({0, size, *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[str] = []
    active: list[tuple[int, int, str, int | None, str]] = []
    next_mark = 0
    # Sweep the boundaries: the marks active on [a, b) cover all of it.
    for a, b in itertools.pairwise(bounds):
        while next_mark < len(marks) and marks[next_mark][0] <= a:
            active.append(marks[next_mark])
            next_mark += 1
        active = [m for m in active if m[1] > a]
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        # One polarity colour per stretch: that of the first claim content covering it.
        content = next((m[2] for m in active if m[2].startswith("content")), "")
        classes = [c for c in ("act", "date", "spk", "cue") if any(m[2] == c for m in active)]
        classes += content.split()
        claim_ids = sorted({m[3] for m in active if m[3] is not None})
        tips = [m[4] for m in active if m[4]]
        attrs = f' class="{" ".join(classes)}"'
        if claim_ids:
            attrs += f' data-c="{" ".join(map(str, claim_ids))}"'
        if tips:
            attrs += f' title="{html.escape(chr(10).join(tips))}"'
        out.append(f"<span{attrs}>{piece}</span>")
    return "".join(out)
