"""Paragraphs of a text, and the text the parser sees.

Press releases, readouts and plain-text archives are hard-wrapped at about 72 columns: a line
break there is a space, not a sentence end. `structure.document.analyse` finds the paragraphs
(blank lines, short lines before a new sentence, indentation, bullets, transcript labels) and
`Layout.parser_text` gives the same text with every soft line break turned into a space. Both
texts have the same length, so every offset the pipeline produces indexes the original text.
Marks and labels may be indented, and the lines of a bullet or a turn may hang under its text.
A break wider than one character (CRLF, a hanging indent) stays wider in the Doc: the
tokenizer makes a whitespace token of the rest, so such a break is also recorded as a join
where the sentence goes on; the model itself reads the words with plain white space
(`structure.reading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from pipeline.rules import load_data

LAYOUT_DATA_VERSION = 1
INDENT = re.compile(r"^(?: {2,}|\t)")
# two words: \s is the white space of str.split, so this is `len(line.split()) > 1`, no copy
TWO_WORDS = re.compile(r"\S\s+\S")
STAMP_MAX_CHARS = 24  # a time stamp's line ("10:30 a.m. CET") is no longer


@lru_cache(maxsize=1)
def layout_data() -> dict[str, Any]:
    """patterns/layout.json with its regular expressions compiled."""
    data = dict(load_data("structure", "layout.json", LAYOUT_DATA_VERSION))
    for key in (
        "bullet",
        "turn_label",
        "turn_question",
        "turn_answer",
        "name_turn_label",
        "date_line",
        "byline",
        "credit",
        "sentence_end",
        "list_item",
        "release",
        "end_mark",
        "contact",
        "place_date_line",
        "quote_prefix",
        "stamp_line",
        "stamp_lead",
    ):
        data[key] = re.compile(data[key])
    data["datelines"] = [re.compile(p) for p in data["datelines"]]
    for key in (
        "not_turn_labels",
        "press_labels",
        "host_labels",
        "interviewer_labels",
        "interviewer_titles",
        "abbreviations",
    ):
        data[key] = frozenset(data[key])
    return data


@dataclass(slots=True)
class Line:
    start: int
    end: int  # before the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()  # str.strip also removes no-break spaces


@dataclass
class Block:
    """A non-body span (headline, date line, dateline, byline, credit) or a bullet."""

    kind: str
    start: int
    end: int
    rule_id: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Turn:
    """A transcript turn: the speaker label and the text up to the next label."""

    label: str
    name: str
    kind: str  # official | press | host
    start: int
    end: int
    label_start: int
    label_end: int  # after the colon
    rule_id: str
    asks: bool = False  # an interviewer's turn: no claim of its label (structure.turn_label)


@dataclass
class Layout:
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    soft_breaks: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of a break
    blocks: list[Block] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    break_rules: dict[str, int] = field(default_factory=dict)  # rule id -> breaks it decided
    # where a line goes on with the sentence of the line before across a wide soft break
    joins: list[int] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)  # mark chars the parser sees as spaces

    def parser_text(self, text: str) -> str:
        """The text with each soft line break (and its carriage return) and each bullet's
        or list item's mark ("*", "•", "–", "2.", "(b)") as spaces: the marks are layout,
        and a parser reads the item after a mark as a different sentence than the item
        alone. A lone carriage return (an old Mac line end) is a line feed."""
        if "\r" in text:  # a lone CR ends a line as a LF does, and reads as one
            text = LONE_CR.sub("\n", text)
        if not self.soft_breaks and not self.marks:
            return text
        chars = list(text)
        for start, end in self.soft_breaks:
            for i in range(start, end):
                chars[i] = " "
        for i in self.marks:
            chars[i] = " "
        return "".join(chars)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `doc._.layout` (survives Doc.to_bytes across processes)."""
        return {
            "paragraphs": [list(p) for p in self.paragraphs],
            "n_soft_breaks": len(self.soft_breaks),
            "soft_breaks": [list(b) for b in self.soft_breaks],
            "joins": self.joins,
            "blocks": [
                {"kind": b.kind, "start": b.start, "end": b.end, "rule_id": b.rule_id, **b.fields}
                for b in self.blocks
            ],
            "turns": [vars(t).copy() for t in self.turns],
        }


def split_lines(text: str) -> list[Line]:
    """The lines of a text with their offsets; a line ends before its \\n, \\r\\n or lone
    \\r (the line end of old Mac files)."""
    lines, start = [], 0
    # most texts have no carriage return: no regular expression per line
    ends = LINE_END.finditer(text) if "\r" in text else re.finditer("\n", text)
    for end in ends:
        lines.append(Line(start, end.start(), text[start : end.start()]))
        start = end.end()
    lines.append(Line(start, len(text), text[start:]))
    return lines


LINE_END = re.compile(r"\r\n|\r|\n")
LONE_CR = re.compile(r"\r(?!\n)")


def line_blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines (rule structure.blank_line separates them)."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if not line.text.strip():  # `Line.blank`, with no property call per line
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def split_block(text: str, block: list[Line], layout: Layout) -> None:
    """Cut a run of lines into paragraphs; record the soft breaks between the rest."""
    width = wrap_width(block) if len(block) > 1 else 0  # one line: no break to decide
    para_start = text_start(block[0])  # a paragraph starts at its text, after any indent
    for before, after in pairwise(block):
        rule_id = break_rule(before.text, after.text, width)
        layout.break_rules[rule_id] = layout.break_rules.get(rule_id, 0) + 1
        if rule_id in SOFT_BREAK_RULES:
            layout.soft_breaks.append((before.end, after.start))
            if wide_break(text, before, after) and not ends_sentence(before.text):
                layout.joins.append(after.start + indent_width(after.text))
        else:
            layout.paragraphs.append((para_start, before.end))
            para_start = text_start(after)
        if rule_id == "structure.bullet":
            add_bullet(text, after, layout)
    if is_bullet(block[0].text):
        add_bullet(text, block[0], layout)
    layout.paragraphs.append((para_start, block[-1].end))


def wrap_width(block: list[Line]) -> int:
    """The width a block was wrapped at: the length of its long lines of two words or more
    (a word longer than the width, a link, stands alone on a line that overhangs it), the
    longest tenth left out (a soft hyphen or a wide character makes a line overhang too)."""
    two_words = TWO_WORDS.search
    lengths = sorted([len(line.text.rstrip()) for line in block if two_words(line.text)])
    if not lengths:
        return max(len(line.text.rstrip()) for line in block)
    return lengths[(len(lengths) * 9) // 10 - (len(lengths) >= 10)]


SOFT_BREAK_RULES = ("structure.soft_wrap", "structure.hanging_indent")


def wide_break(text: str, before: Line, after: Line) -> bool:
    """Is a soft break more than one space wide for the parser (a CRLF, an indented or a
    space-padded line)? The tokenizer then makes a whitespace token of it."""
    return after.start - before.end > 1 or before.text[-1:].isspace() or after.text[:1].isspace()


def add_bullet(text: str, line: Line, layout: Layout) -> None:
    """A bullet item from its mark (after any indentation) to the end of its line. The mark
    is hidden from the parser, a symbol ("*", "–") as a list item's number or letter ("2.",
    "3)", "(b)"): it is layout, and no stage should read it as a word of the item."""
    start = text_start(line)
    mark_end = start + item_mark_width(text[start : line.end])
    layout.blocks.append(
        Block("bullet", start, line.end, "structure.bullet", {"mark": text[start:mark_end]})
    )
    layout.marks.extend(range(start, mark_end))


def item_mark_width(item: str) -> int:
    """How many characters the mark of a bullet or list item takes: a symbol one, a number
    or a letter up to the white space after it ("12.", "(b)")."""
    data = layout_data()
    if item[:1] in data["bullet_marks"]:
        return 1
    match = data["list_item"].match(item)  # the mark, its white space and the item's text
    return len(match.group()[:-1].rstrip()) if match else 0


def text_start(line: Line) -> int:
    return line.start + indent_width(line.text)


def break_rule(before: str, after: str, width: int) -> str:
    """The rule that decides the line break between two non-blank lines of one block."""
    plain = opens_plain(after)  # most lines of wrapped text: no mark, label or indent to test
    if not plain:
        if is_bullet(after, before):
            return "structure.bullet"
        turn = turn_label(after) or answer_label(after)
        if turn is not None:
            return turn.rule_id
    if release_line(before):
        return "structure.release"
    if stamp_line(before):
        return "structure.stamp_line"  # "17:40" alone: a live blog entry's stamp, no sentence
    if plain and after[0].islower():
        return "structure.soft_wrap"  # a sentence goes on: no indent, no new sentence
    if caps_line(before) and not after[0].islower():
        return "structure.caps_line"  # a header's lines: "SPOKESPERSON DANA LEE", "WASHINGTON"
    if not plain and indent_width(after) > indent_width(before) and opens_item(before):
        return "structure.hanging_indent"
    first_word = after.split(None, 1)[0]  # the line's first word, the rest not cut up
    fits = len(before.rstrip()) + 1 + len(first_word) <= width
    if not plain and INDENT.match(after) and (not INDENT.match(before) or fits):
        return "structure.indent"  # after a flush line, or after a short indented one
    if fits and not first_word[0].islower() and ends_sentence(before):
        return "structure.short_line"
    return "structure.soft_wrap"


def stamp_line(line: str) -> bool:
    """Is the line a clock time alone, but for a.m./p.m. and a time zone ("17:40", "10:30
    a.m. CET"), as a live blog stamps each entry?"""
    return len(line) <= STAMP_MAX_CHARS and layout_data()["stamp_line"].match(line) is not None


def caps_line(line: str) -> bool:
    """Is the line written in capitals (two letters or more, none lower-case) and no turn
    label ("MS. LEE:" opens its turn's text)? A heading or a transcript header's line."""
    text = line.rstrip()
    if text.endswith(":") or any(ch.islower() for ch in text):
        return False
    return sum(ch.isalpha() for ch in text) >= 2


def opens_plain(line: str) -> bool:
    """Does a line open with a word that can be no bullet mark, list item, turn label or
    indent ("the", "Minister")? Its first two characters tell: a lowercase letter not
    before "." or ")" (an item "a."), or a capital before a lowercase letter."""
    first, second = line[:1], line[1:2]
    return (first.islower() and second not in (".", ")")) or (first.isupper() and second.islower())


def indent_width(line: str) -> int:
    """How many white-space characters (no-break spaces included) a line starts with."""
    if not line[:1].isspace():
        return 0  # most lines: no copy of the line
    return len(line) - len(line.lstrip())


def opens_item(line: str) -> bool:
    """Does a line open a bullet item or a transcript turn, an interview's answer included
    (whose wrapped lines may hang, indented under the text after the mark or label)?"""
    return is_bullet(line) or turn_label(line) is not None or answer_label(line) is not None


def release_line(line: str) -> bool:
    """ "FOR IMMEDIATE RELEASE", "Embargoed until ...": a press release's header line."""
    first = line[:1]
    if first not in RELEASE_FIRSTS and not first.isspace():
        return False  # most lines: no copy of the line
    return layout_data()["release"].match(line.lstrip()) is not None


# the letters layout.json's release headers open with, in either case (the pattern ignores
# case, and then "ı" and "İ" match "i" too)
RELEASE_FIRSTS = frozenset("fiemnpFIEMNPıİ")


def is_bullet(line: str, before: str | None = None) -> bool:
    """A bullet mark always starts an item; a dash or a number only after a line that ends
    a sentence or an item (else it is a wrapped "16. May" or "— maybe"). Marks may be
    indented."""
    if opens_plain(line):
        return False
    data = layout_data()
    line = line[indent_width(line) :]
    if data["bullet"].match(line):
        return True
    if not data["list_item"].match(line):
        return False
    return before is None or ends_sentence(before) or is_bullet(before)


def ends_sentence(line: str) -> bool:
    """Does a line end with a sentence's final mark (not an abbreviation such as "Mr.")?"""
    data = layout_data()
    words = line.rsplit(None, 1)  # the last word is all it reads
    if not words or not data["sentence_end"].search(words[-1]):
        return False
    last = words[-1].lower()
    return last not in data["abbreviations"] and not re.fullmatch(r"[a-z]\.", last)


@dataclass(frozen=True, slots=True)
class TurnLabel:
    label: str
    start: int  # offsets in the paragraph: the label may be indented
    end: int  # after the colon
    rule_id: str


def turn_label(paragraph: str) -> TurnLabel | None:
    """The label of a paragraph that opens a turn (after any indentation), else None."""
    if opens_plain(paragraph):
        return None
    data = layout_data()
    skip = indent_width(paragraph)
    body = paragraph[skip:] if skip else paragraph
    question = data["turn_question"].match(body)
    if question:
        return TurnLabel("Q", skip, skip + question.end(), "structure.turn_question")
    match = data["turn_label"].match(body)
    if match is None:
        return None
    label = " ".join(match.group(1).split())
    if len(label) > data["max_turn_label_chars"] or label.rstrip(".") in data["not_turn_labels"]:
        return None
    if not re.search(r"[A-Z]{2}", label):  # "A:" or "I:" alone are no labels
        return None
    return TurnLabel(label, skip, skip + match.end(), "structure.turn_label")


def answer_label(paragraph: str) -> TurnLabel | None:
    """An "A:" that opens a paragraph: the answer of an interview whose questions are "Q:"
    turns (a lone "A:" elsewhere is no label: `transcript_turns` asks for the questions)."""
    skip = indent_width(paragraph)
    match = layout_data()["turn_answer"].match(paragraph, skip)
    if match is None:
        return None
    return TurnLabel("A", skip, match.end(), "structure.turn_answer")
