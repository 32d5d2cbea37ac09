"""The dateline ("LONDON -", "LAGOS, Nigeria (Reuters) -") says where a story was filed:
no name runs into it and no person takes its state from standing next to it."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def dateline_end(doc: Doc) -> int:
    """The char offset where the text's first dateline ends (0 without one)."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    ends = [b["end"] for b in (layout or {}).get("blocks", []) if b.get("kind") == "dateline"]
    return min(ends, default=0)


NAME_LABELS = ("ORG", "PERSON")  # what NER wrongly calls a dateline's place ("RIO DE")


def start_after_dateline(ent: Span) -> int:
    """The first token of an entity that is not in the dateline: NER runs "BRUSSELS - The
    European Commission" and "LAGOS, Nigeria - Police" into one name; an organisation or
    person all inside the dateline ("ADDIS ABABA -") is none (its end: nothing left)."""
    end = dateline_end(ent.doc)
    if ent.start_char >= end:
        return ent.start
    if ent.end_char <= end:
        return ent.end if ent.label_ in NAME_LABELS else ent.start
    return next((t.i for t in ent if t.idx >= end), ent.end)
