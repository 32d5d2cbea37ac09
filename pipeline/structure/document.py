"""One pass over a text: its paragraphs, soft breaks, front matter, turns and bullets."""

from __future__ import annotations

from pipeline.structure.blocks import (
    back_matter,
    front_matter,
    join_label_lines,
    stamp_leads,
    transcript_turns,
)
from pipeline.structure.layout import Layout, line_blocks, split_block, split_lines, wrap_width
from pipeline.structure.quoting import unquote_lines

HARD_WRAPPED_LINES = 12  # lines of two words or more it takes to tell a text's wrap width


def analyse(text: str) -> Layout:
    """The layout of a text; `Layout.parser_text(text)` is what the parser should see."""
    layout = Layout()
    lines = split_lines(text)
    if ">" in text:  # most texts have no mail quoting: no test per line
        lines = unquote_lines(lines, layout)
    for block in line_blocks(lines):
        split_block(text, block, layout)
    layout.paragraphs = join_label_lines(text, layout.paragraphs)
    layout.turns = transcript_turns(text, layout.paragraphs)
    width = text_width(lines)
    layout.blocks.extend(front_matter(text, layout.paragraphs, layout.turns, width))
    layout.blocks.extend(back_matter(text, layout.paragraphs, layout.turns))
    layout.blocks.extend(stamp_leads(text, layout.paragraphs))
    layout.blocks.sort(key=lambda b: (b.start, b.end))
    return layout


def text_width(lines: list) -> int:
    """The width a text is hard-wrapped at, when it has enough lines to tell; else 0."""
    worded = [line for line in lines if " " in line.text.strip()]
    return wrap_width(worded) if len(worded) >= HARD_WRAPPED_LINES else 0
