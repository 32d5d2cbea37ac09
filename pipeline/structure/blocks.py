"""Spans of a text that are not body text (headline, date line, dateline, byline, credit)
and the turns of a transcript, as free functions over its paragraphs."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as date_parser

from pipeline.structure.layout import Block, Turn, layout_data, turn_label

SENTENCE_END = re.compile(r"[.!?:;][\"”’)]?\s*$")


def transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """One turn per labelled paragraph, lasting until the next labelled one."""
    data = layout_data()
    opened: list[tuple[int, str, int, str]] = []  # paragraph start, label, label end, rule
    for start, end in paragraphs:
        found = turn_label(text[start:end])
        if found is not None:
            label, label_end, rule_id = found
            opened.append((start, label, start + label_end, rule_id))
    turns = []
    for k, (start, label, label_end, rule_id) in enumerate(opened):
        end = opened[k + 1][0] if k + 1 < len(opened) else len(text.rstrip())
        kind = "official"
        if label in data["press_labels"]:
            kind = "press"
        elif label in data["host_labels"]:
            kind = "host"
        turns.append(Turn(label, label_name(label), kind, start, end, start, label_end, rule_id))
    return turns


def label_name(label: str) -> str:
    """A speaker label as a name: "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"."""
    honorifics = layout_data()["honorifics"]
    words = []
    for word in label.split():
        words.append(honorifics.get(word) or word.title().replace("’S", "’s").replace("'S", "'s"))
    return " ".join(words)


def front_matter(text: str, paragraphs: list[tuple[int, int]], turns: list[Turn]) -> list[Block]:
    """Headline, date line, byline and credit paragraphs at the top, then a dateline at the
    start of the first body paragraph. They are never claim content."""
    data = layout_data()
    turn_starts = {t.start for t in turns}
    blocks: list[Block] = []
    headline_text = None
    for k, (start, end) in enumerate(paragraphs[: data["front_matter_paragraphs"]]):
        if start in turn_starts:
            break
        para = text[start:end].strip()
        # front matter stands above a body: the last paragraph is never front matter
        last = k == len(paragraphs) - 1
        kind = None if last else _front_kind(para, k, headline_text, text[start:end])
        if kind is None:
            dateline = find_dateline(text, start, end)
            if dateline is not None:
                blocks.append(dateline)
            break
        if kind == "headline":
            headline_text = para
        blocks.append(Block(kind, start, end, f"structure.{kind}"))
    return blocks


def _front_kind(para: str, index: int, headline: str | None, raw: str) -> str | None:
    data = layout_data()
    if data["date_line"].match(para):
        return "date_line"
    if data["byline"].match(para):
        return "byline"
    if data["credit"].match(para):
        return "credit"
    if headline is not None and para == headline:
        return "headline"  # the title repeated above the body
    if index == 0 and is_headline(para, raw):
        return "headline"
    return None


def is_headline(para: str, raw: str) -> bool:
    """One to three short lines, without a final full stop or in title case."""
    data = layout_data()
    if len(para) > data["headline_max_chars"] or raw.count("\n") >= data["headline_max_lines"]:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", para) if len(w) > 3]
    title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    return title_case or not SENTENCE_END.search(para)


def find_dateline(text: str, start: int, end: int) -> Block | None:
    """A dateline at the start of a paragraph: its place, and its date if it has a year."""
    head = text[start:end]
    for pattern in layout_data()["datelines"]:
        match = pattern.match(head)
        if match is None:
            continue
        span_end = start + len(match.group(0).rstrip())
        fields = {"place": match.group("place"), "date": _iso_date(match.groupdict().get("date"))}
        agency = match.groupdict().get("agency")
        if agency:
            fields["agency"] = agency.strip()
        return Block("dateline", start, span_end, "structure.dateline", fields)
    return None


def _iso_date(value: str | None) -> str | None:
    """An ISO date for a dateline's date, only when it names a year."""
    if not value or not re.search(r"\d{4}", value):
        return None
    try:
        parsed = date_parser.parse(value, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat()
