"""A robust scanner for quoted spans in raw article text.

Handles curly double quotes (“ ”), curly single quotes (‘ ’), straight quotes (" and '),
and LaTeX/PTB-style quotes (`` ''). It never raises and never needs balanced marks:

- an apostrophe (Russia’s, don't, the ’90s) is not a quote mark;
- single quotes only count when a matching closing mark exists in the same paragraph;
- a quote left open at the end of a paragraph continues into the next paragraph when that
  paragraph opens with a quote mark (the newswire convention for multi-paragraph quotes);
  otherwise it is treated as running to the end of its paragraph (``closed=False``).

`find_quotes(text)` returns one `QuoteSegment` per paragraph piece of a quotation; the
segments of one multi-paragraph quotation share a `group` number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks accepted for it
_DOUBLE_OPEN = {
    "“": ("”", '"'),
    "``": ("''", "”", '"'),
    "''": ("''",),
    '"': ('"', "”"),
    "«": ("»",),
    "„": ("“", "”"),
}
_SINGLE_OPEN = {"‘": ("’",), "'": ("'",)}
QUOTE_MARKS = "“”‘’\"'"  # a mark in the author's words that is no apostrophe (`stray_mark`)
_DECADE_RE = re.compile(r"\d0s\b")
_PARA_RE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# the first chars of every opening mark: the scan jumps from one to the next
_MARK_RE = re.compile("[`'“«„\"‘]")
# opening mark -> its closing marks as one alternation, tried in the order of _DOUBLE_OPEN
_CLOSER_RE = {
    mark: re.compile("|".join(re.escape(c) for c in closers))
    for mark, closers in _DOUBLE_OPEN.items()
}


@dataclass(frozen=True)
class QuoteSegment:
    """One quoted piece: `start`/`end` delimit the content (without marks, trimmed)."""

    start: int
    end: int
    open_start: int  # offset of the opening mark (== start of content when continued w/o mark)
    close_end: int  # offset just after the closing mark (== end when unclosed)
    closed: bool
    group: int  # segments of one multi-paragraph quotation share a group
    index_in_group: int
    double: bool  # double quotes (“ ” " `` '') as opposed to single (‘ ’ ')

    def contains(self, start: int, end: int) -> bool:
        return self.open_start <= start and end <= self.close_end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) ranges: blank-line separated if the text has blank lines,
    else one paragraph per line."""
    sep = _PARA_RE if _PARA_RE.search(text) else re.compile(r"\n")
    out = []
    pos = 0
    for m in sep.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _open_mark_at(text: str, i: int) -> str | None:
    """The opening double mark starting at i, if any."""
    if text.startswith("``", i):
        return "``"
    if text.startswith("''", i):
        # '' used as an opening mark too: it must open a word
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 2] if i + 2 < len(text) else " "
        return "''" if not _is_word(prev) and (_is_word(nxt) or nxt in "“‘$€£") else None
    ch = text[i]
    if ch in ("“", "«", "„"):
        return ch
    if ch == '"':
        return '"'
    return None


def _single_open_at(text: str, i: int, para_end: int) -> tuple[str, int] | None:
    """An opening single quote at i with a plausible closing mark in the paragraph:
    returns (mark, offset of the closing mark)."""
    ch = text[i]
    if ch not in _SINGLE_OPEN:
        return None
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    # an opening mark follows a non-word char and precedes a word char
    if _is_word(prev) or not (_is_word(nxt) or nxt in '“"$€£'):
        return None
    if ch == "'" and text.startswith("''", i):
        return None
    if _DECADE_RE.match(text, i + 1):  # the ’90s
        return None
    j = i + 1
    while j < para_end:
        c = text[j]
        if c in _SINGLE_OPEN[ch]:
            after = text[j + 1] if j + 1 < len(text) else " "
            before = text[j - 1]
            # a closing mark ends a word/punct and is not followed by a letter (not Russia’s)
            if not _is_word(after) and not before.isspace() and j > i + 1:
                return ch, j
        j += 1
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, and a trailing comma (“We will win,” she said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def find_quotes(text: str) -> list[QuoteSegment]:
    """All quoted segments in `text`, in order. Never raises. The last text's segments are
    kept: the claims stage and the claim dates ask about the same text one after the other."""
    if not text:
        return []
    if text == _LAST_FOUND[0]:
        return list(_LAST_FOUND[1])
    segments = _find_quotes(text)
    _LAST_FOUND[0], _LAST_FOUND[1] = text, tuple(segments)
    return segments


_LAST_FOUND: list = ["", ()]  # the last text asked about, its segments


def _find_quotes(text: str) -> list[QuoteSegment]:
    segments: list[QuoteSegment] = []
    paragraphs = _paragraphs(text)
    group = -1
    carry: str | None = None  # open double mark carried over from the previous paragraph
    for p_start, p_end in paragraphs:
        i = p_start
        if carry is not None:
            # the quotation continues only if this paragraph opens with a quote mark
            k = i
            while k < p_end and text[k].isspace():
                k += 1
            mark = _open_mark_at(text, k) if k < p_end else None
            if mark is None:
                carry = None
            else:
                i = _scan_double(text, k, mark, p_end, segments, group, continued=True)
                carry = None if segments and segments[-1].closed else mark
                if carry is not None:
                    continue
        while i < p_end:
            found = _MARK_RE.search(text, i, p_end)
            if found is None or found.start() >= p_end:
                break
            i = found.start()
            mark = _open_mark_at(text, i)
            if mark is not None:
                group += 1
                i = _scan_double(text, i, mark, p_end, segments, group, continued=False)
                if segments and segments[-1].group == group and not segments[-1].closed:
                    carry = mark
                continue
            single = _single_open_at(text, i, p_end)
            if single is not None:
                _, j = single
                group += 1
                s, e = _trim(text, i + 1, j)
                if e > s:
                    segments.append(QuoteSegment(s, e, i, j + 1, True, group, 0, False))
                i = j + 1
                continue
            i += 1
    return segments


def _scan_double(
    text: str,
    i: int,
    mark: str,
    p_end: int,
    segments: list[QuoteSegment],
    group: int,
    continued: bool,
) -> int:
    """Scan a double-quoted segment opening at i; append it; return the next offset."""
    c_start = i + len(mark)
    index = (segments[-1].index_in_group + 1) if continued and segments else 0
    found = _CLOSER_RE[mark].search(text, c_start, p_end + 1)  # a closer may end at p_end
    if found is not None and found.start() < p_end:
        j, closer = found.start(), found.group()
        s, e = _trim(text, c_start, j)
        if e > s:
            segments.append(QuoteSegment(s, e, i, j + len(closer), True, group, index, True))
        return j + len(closer)
    # unclosed: runs to the end of the paragraph
    s, e = _trim(text, c_start, p_end)
    if e > s:
        segments.append(QuoteSegment(s, e, i, e, False, group, index, True))
    return p_end


def stray_mark(words: str, inner: list[QuoteSegment], offset: int) -> bool:
    """A quote mark in `words` (chars from `offset`) that is neither an apostrophe inside a
    word nor a mark of one of the `inner` quotes."""
    marks = {k for p in inner for k in range(p.open_start, p.close_end)}
    for k, ch in enumerate(words):
        if ch not in QUOTE_MARKS or offset + k in marks:
            continue
        if (
            ch in "'’"
            and 0 < k < len(words) - 1
            and words[k - 1].isalpha()
            and words[k + 1].isalpha()
        ):
            continue  # "didn't"
        return True
    return False
