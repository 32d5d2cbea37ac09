"""What a plural pronoun may stand for: not a state named only as whose a person is.

"The President spoke with Chancellor Weber of Germany. They agreed ...": "they" are the two
leaders, not Germany; a state named in a person's phrase ("Chancellor Weber of Germany",
"Germany's chancellor") says whose the person is, and a state named as a place ("in
Bangkok, Thailand") where something happens: neither is an antecedent of "they" (the
speaker rule actor.speaker.pronoun then finds another group, or no one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.describe import entry_for

STATE_LABELS = ("GPE", "NORP")
PLACE_PREPOSITIONS = ("in", "at", "near", "inside", "outside")
GROUP_LABELS = ("ORG", "GPE", "NORP")


def plural_antecedent(doc: Doc, mentions: list[dict], start: int, lookback: int) -> dict | None:
    """The last plural-looking group before char `start` ("the Greens", "the two states"),
    else the last group; never a state named only as whose a person is."""
    near = group_antecedents(doc, mentions, start, lookback)
    groups = [m for m in near if m.get("label") in GROUP_LABELS]
    plural = [m for m in groups if looks_plural(m)]
    return (plural or groups or [None])[-1]


def looks_plural(m: dict) -> bool:
    text = (m.get("text") or "").strip()
    return (m.get("label") == "NORP" and text.endswith("s")) or text.lower().endswith(" states")


def group_antecedents(doc: Doc, mentions: list[dict], start: int, lookback: int) -> list[dict]:
    """The mentions ending before char `start` (at most `lookback` before it) that may be a
    plural pronoun's antecedent: all but states named in a person's phrase."""
    near = [m for m in mentions if m["end"] <= start and start - m["end"] <= lookback]
    persons = [(m["start"], m["end"]) for m in near if m.get("label") == "PERSON"]
    return [m for m in near if not _whose_person(doc, m, persons)]


def _whose_person(doc: Doc, m: dict, persons: list[tuple[int, int]]) -> bool:
    """Is a state mention the state of a person ("X of Germany", "Germany's chancellor"),
    or where something happens ("met in Bangkok, Thailand")?"""
    if m.get("label") not in STATE_LABELS:
        return False
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ == "appos":  # "in Bangkok, Thailand"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True  # a place, not a group: "met in Thailand"
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return _is_person(root.head.head, persons)
    return root.dep_ == "poss" and _is_person(root.head, persons)


def _is_person(token: Token, persons: list[tuple[int, int]]) -> bool:
    if any(a <= token.idx < b for a, b in persons):
        return True
    entry = entry_for(token)
    return entry is not None and entry.get("kind") == "person" and token.tag_ in ("NN", "NNP")
