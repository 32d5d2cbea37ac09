"""A transcript's turn label ("VARGA:") that names a person of the text ("Tomas Varga") is
that person speaking, never an organisation the recognizer took the capitals for: its ORG
span is no actor (rule actor.not.turn_label_person). The label of a press turn
("QUESTION (Daily Ledger):", "REPORTER:") names no one: no actor (rule
actor.not.press_label)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.doctext import doc_text


def person_turn_labels(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) chars of the turn labels whose words end a person's name in `doc`."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    turns = (layout or {}).get("turns") or []
    if not turns:
        return []
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    labelled = []
    text = doc_text(doc)  # (Doc.text is built anew at each read)
    for turn in turns:
        words = text[turn["label_start"] : turn["label_end"]].rstrip(": ").lower().split()
        if words and words[-1].strip(".") in surnames:
            labelled.append((turn["label_start"], turn["label_end"]))
    return labelled


def press_label_spans(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) chars of the label words of the press's turns ("QUESTION" of
    "QUESTION (Daily Ledger):"; the outlet after it is left to the other rules)."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    turns = (layout or {}).get("turns") or []
    return [
        (t["label_start"], t["label_start"] + len(t["label"]))
        for t in turns
        if t.get("kind") == "press"
    ]
