"""Spans of a text that are not body text (headline, date line, dateline, byline, credit)
and the turns of a transcript, as free functions over its paragraphs."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as date_parser

from pipeline.structure.layout import (
    Block,
    Turn,
    TurnLabel,
    answer_label,
    indent_width,
    layout_data,
    opens_plain,
    turn_label,
)
from pipeline.structure.name_turns import RULE_ID as NAME_TURN
from pipeline.structure.name_turns import asking_labels, name_turns

# front matter and press boilerplate: blocks that hold no claim content and no act
NON_BODY = frozenset(
    {"headline", "date_line", "dateline", "byline", "credit", "release", "end_mark", "contact"}
)
# Blocks whose names are no actors of the story: a press release's header, its contacts
# and boilerplate after the end mark (and a dateline's agency, its own span)
NO_ENTITY_BLOCKS = ("release", "end_mark", "contact")
HEADLINE_AFTER = ("release", "date_line", "dateline")  # blocks a headline may stand under
END_MARK_FIRSTS = ("#", "-", "E")  # the first characters of layout.json's end marks
SENTENCE_END = re.compile(r"[.!?:;][\"”’)]?\s*$")


def transcript_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """One turn per labelled paragraph, lasting until the next labelled one. Where the
    questions are "Q:" turns, an "A:" paragraph opens an answer (rule structure.turn_answer)."""
    data = layout_data()
    opened: list[tuple[int, TurnLabel]] = []  # paragraph start, its label
    answers: list[tuple[int, TurnLabel]] = []
    for start, end in paragraphs:
        if opens_plain(text[start : start + 2]):
            continue  # most paragraphs: no label, and no copy of the paragraph to see it
        found = turn_label(text[start:end])
        if found is not None:
            opened.append((start, found))
        elif (answer := answer_label(text[start:end])) is not None:
            answers.append((start, answer))
    if answers and any(found.label == "Q" for _, found in opened):
        opened = sorted(opened + answers, key=lambda pair: pair[0])  # an interview's answers
    labelled = {start for start, _ in opened}
    named = [
        (start, found) for start, found in name_turns(text, paragraphs) if start not in labelled
    ]
    opened = sorted(opened + named, key=lambda pair: pair[0])
    turns = []
    for k, (start, found) in enumerate(opened):
        end = opened[k + 1][0] if k + 1 < len(opened) else len(text.rstrip())
        kind = "official"
        if found.label in data["press_labels"]:
            kind = "press"
        elif found.label in data["host_labels"]:
            kind = "host"
        turns.append(
            Turn(
                found.label,
                label_name(found.label),
                kind,
                start,
                end,
                start + found.start,
                start + found.end,
                found.rule_id,
                interviewer_label(found.label),
            )
        )
    spans = [(t.label_end, t.end, t.label) for t in turns if t.rule_id == NAME_TURN]
    asking = asking_labels(text, spans)  # the interviewer of a dialogue of names
    for turn in turns:
        turn.asks = turn.asks or turn.label in asking
    return turns


def interviewer_label(label: str) -> bool:
    """structure.turn_label: a label of the one who asks ("Q", "MODERATOR"), or one with an
    interviewer's title ("HOST JANE ROE"): the turn makes no claim of its label."""
    data = layout_data()
    return label in data["interviewer_labels"] or any(
        word in data["interviewer_titles"] for word in label.split()
    )


def join_label_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A speaker label alone on its line ("THE PRESIDENT:", "Q") and the paragraph under it
    are one paragraph: the turn's first (rule structure.label_line)."""
    out: list[tuple[int, int]] = []
    longest = layout_data()["max_turn_label_chars"] + 8  # a label, its colon and spaces
    for start, end in paragraphs:
        last = out[-1] if out else (0, longest + 1)
        bare = last[1] - last[0] <= longest and _bare_label(text[last[0] : last[1]])
        head = text[start : start + longest]
        if bare and not turn_label(head) and not answer_label(head):
            out[-1] = (last[0], end)
        else:
            out.append((start, end))
    return out


def _bare_label(paragraph: str) -> bool:
    found = turn_label(paragraph) or answer_label(paragraph)
    return found is not None and found.end >= len(paragraph.rstrip())


def label_name(label: str) -> str:
    """A speaker label as a name: "MS. JEAN-PIERRE" -> "Ms. Jean-Pierre"."""
    honorifics = layout_data()["honorifics"]
    words = []
    for word in label.split():
        words.append(honorifics.get(word) or word.title().replace("’S", "’s").replace("'S", "'s"))
    return " ".join(words)


def front_matter(
    text: str,
    paragraphs: list[tuple[int, int]],
    turns: list[Turn],
    width: int = 0,
) -> list[Block]:
    """Release header, headline, date line, byline and credit paragraphs at the top, then a
    dateline at the start of the first body paragraph. They are never claim content.
    (`width`: the width the text is hard-wrapped at, 0 when unknown.)"""
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
        placed = None if last else place_date_line(text, start, end, width)
        if placed:
            blocks += placed
            continue
        first = all(b.kind in HEADLINE_AFTER for b in blocks)  # the headline's place
        kind = None if last else _front_kind(para, first, headline_text, text[start:end])
        if kind is None:
            dateline = find_dateline(text, start, end)
            if dateline is not None:
                blocks.append(dateline)
            break
        if kind == "headline":
            headline_text = para
        blocks.append(Block(kind, start, end, f"structure.{kind}"))
    return blocks


def place_date_line(text: str, start: int, end: int, width: int = 0) -> list[Block]:
    """A press release's "Tallinn, 21 May 2025" line at the end of a front-matter paragraph:
    a dateline of its own line (where and when the release was issued); the lines above it
    name the issuer, a release header ("Ministry of Foreign Affairs of Estonia"). Not the
    last line of a title hard-wrapped at `width` ("... and Trade Minister\nAna Ruiz, Lima, 11
    June 2025"), whose first word did not fit on the line above."""
    para = text[start:end].rstrip()
    line_start = start + para.rfind("\n") + 1
    line = text[line_start : start + len(para)]
    if width and line_start > start:
        above = text[start : line_start - 1].rstrip().rsplit("\n", 1)[-1]
        if len(above) + 1 + len(line.split(None, 1)[0]) > width:
            return []  # the line goes on with the one above
    match = layout_data()["place_date_line"].match(line.strip())
    if match is None:
        return []
    line_start += indent_width(line)
    fields = {"place": match.group("place"), "date": _iso_date(match.group("date"))}
    dateline = Block("dateline", line_start, start + len(para), "structure.place_date_line", fields)
    if line_start <= start + indent_width(text[start:end]):
        return [dateline]
    issuer_end = start + len(text[start:line_start].rstrip())
    return [Block("release", start, issuer_end, "structure.release"), dateline]


def _front_kind(para: str, first: bool, headline: str | None, raw: str) -> str | None:
    data = layout_data()
    if data["release"].match(para):
        return "release"
    if data["date_line"].match(para):
        return "date_line"
    if data["byline"].match(para):
        return "byline"
    if data["credit"].match(para):
        return "credit"
    if headline is not None and para == headline:
        return "headline"  # the title repeated above the body
    if first and is_headline(para, raw):
        return "headline"
    return None


def back_matter(text: str, paragraphs: list[tuple[int, int]], turns: list[Turn]) -> list[Block]:
    """A press release's end mark ("###", "-30-") and what follows it (contacts, the
    boilerplate about the issuer), or a closing "Contact:" paragraph: never body text."""
    data = layout_data()
    turn_starts = {t.start for t in turns}
    for k, (start, end) in enumerate(paragraphs):
        first = text[start : start + 1]  # an end mark opens with "#", "-" or "END"
        if first not in END_MARK_FIRSTS and not first.isspace():
            continue  # most paragraphs: no copy of the paragraph to see it
        if k > 0 and data["end_mark"].match(text[start:end].strip()):
            tail = paragraphs[k:]
            return [Block("end_mark", s, e, "structure.end_mark") for s, e in tail]
    if len(paragraphs) > 1:
        start, end = paragraphs[-1]
        if start not in turn_starts and data["contact"].match(text[start:end].strip()):
            return [Block("contact", start, end, "structure.contact")]
    return []


def stamp_leads(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """A live blog's entry stamped on its first line, a clock time and a dash or a colon
    before the entry's text ("13:05 — The ministry says ..."): the stamp is no word of the
    entry's first sentence, which starts after it (rule structure.stamp_lead)."""
    lead = layout_data()["stamp_lead"]
    out = []
    for start, end in paragraphs:
        if not text[start : start + 1].isdigit():
            continue  # most paragraphs open with a word
        match = lead.match(text, start, end)
        if match is not None:
            out.append(Block("stamp", start, match.end(), "structure.stamp_lead"))
    return out


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
    start += indent_width(head)
    head = head.lstrip()
    for pattern in layout_data()["datelines"]:
        match = pattern.match(head)
        if match is None:
            continue
        span_end = start + len(match.group(0).rstrip())
        fields = {"place": match.group("place"), "date": _iso_date(match.groupdict().get("date"))}
        if match.groupdict().get("wire"):  # "/PRNewswire/": a release's distribution
            fields["wire"] = match.group("wire").strip()
        agency = match.groupdict().get("agency")
        if agency:
            fields["agency"] = agency.strip()
            fields["agency_span"] = [start + match.start("agency"), start + match.end("agency")]
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


def no_entity_spans(blocks: list[dict]) -> list[tuple[int, int]]:
    """The (start, end) chars of a layout's blocks that hold no actor."""
    spans = [(b["start"], b["end"]) for b in blocks if b["kind"] in NO_ENTITY_BLOCKS]
    return spans + [tuple(b["agency_span"]) for b in blocks if b.get("agency_span")]
