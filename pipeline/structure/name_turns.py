"""Interview turns labelled with names in title case: "Echeverría: We respect that
judgment." and "Global Affairs Weekly: How do you respond?" (rule structure.turn_name).

A capitalised name and a colon opening a paragraph is a label only in a dialogue: when at
least two such labels each open at least two paragraphs. One alone is a heading or a
sentence ("Update: ...", "Beijing: the talks"). A label whose turns mostly end with a
question mark is the interviewer's: it asks, and makes no claim of its own.
"""

from __future__ import annotations

from collections import Counter

from pipeline.structure.layout import TurnLabel, indent_width, layout_data

RULE_ID = "structure.turn_name"


def name_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, TurnLabel]]:
    """(paragraph start, label) of each paragraph a dialogue's title-case label opens."""
    found = [(start, label) for start, end in paragraphs if (label := _label(text, start, end))]
    counts = Counter(label.label for _, label in found)
    repeated = {name for name, n in counts.items() if n >= layout_data()["min_name_turns"]}
    return [
        (start, label) for start, label in found if label.label in repeated and len(repeated) > 1
    ]


def _label(text: str, start: int, end: int) -> TurnLabel | None:
    data = layout_data()
    skip = indent_width(text[start:end])
    match = data["name_turn_label"].match(text, start + skip, end)
    if match is None:
        return None
    label = " ".join(match.group(1).split())
    words = label.split()
    if not all(w[:1].isupper() for w in words) or label.upper() in data["not_turn_labels"]:
        return None
    return TurnLabel(label, skip, match.end(1) + 1 - start, RULE_ID)


def asking_labels(text: str, turns: list[tuple[int, int, str]]) -> set[str]:
    """The labels most of whose turns (start, end, label) end with a question mark."""
    asked, total = Counter(), Counter()
    for start, end, label in turns:
        total[label] += 1
        asked[label] += text[start:end].rstrip().rstrip("\"”’'").endswith("?")
    return {label for label, n in total.items() if 2 * asked[label] > n}
