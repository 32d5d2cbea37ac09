"""A transcript's turn label ("VARGA:") that names a person of the text ("Tomas Varga") is
that person speaking, never an organisation the recognizer took the capitals for: its ORG
span is no actor (rule actor.not.turn_label_person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from pipeline.actors.mention import Context, Rejected

if TYPE_CHECKING:
    from pipeline.actors.classify import Candidate

RULE_ID = "actor.not.turn_label_person"


def person_turn_labels(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) chars of the turn labels whose words end a person's name in `doc`."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    turns = (layout or {}).get("turns") or []
    if not turns:
        return []
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    labelled = []
    for turn in turns:
        words = doc.text[turn["label_start"] : turn["label_end"]].rstrip(": ").lower().split()
        if words and words[-1].strip(".") in surnames:
            labelled.append((turn["label_start"], turn["label_end"]))
    return labelled


def turn_label_person(ctx: Context, c: Candidate) -> Rejected | None:
    """An organisation span inside a turn label that names a person of the text."""
    if c.label != "ORG":
        return None
    labels = ctx.memo.get("person_turn_labels")
    if labels is None:  # found once per Doc
        labels = ctx.memo["person_turn_labels"] = person_turn_labels(ctx.doc)
    start, end = c.span.start_char, c.span.end_char
    if any(s <= start and end <= e for s, e in labels):
        return Rejected(c.span, RULE_ID)
    return None
