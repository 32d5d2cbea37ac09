"""One pass over a text: its paragraphs, soft breaks, front matter, turns and bullets."""

from __future__ import annotations

from pipeline.structure.blocks import (
    back_matter,
    front_matter,
    join_label_lines,
    transcript_turns,
)
from pipeline.structure.layout import Layout, line_blocks, split_block, split_lines


def analyse(text: str) -> Layout:
    """The layout of a text; `Layout.parser_text(text)` is what the parser should see."""
    layout = Layout()
    for block in line_blocks(split_lines(text)):
        split_block(text, block, layout)
    layout.paragraphs = join_label_lines(text, layout.paragraphs)
    layout.turns = transcript_turns(text, layout.paragraphs)
    layout.blocks.extend(front_matter(text, layout.paragraphs, layout.turns))
    layout.blocks.extend(back_matter(text, layout.paragraphs, layout.turns))
    layout.blocks.sort(key=lambda b: (b.start, b.end))
    return layout
