"""The dateline ("LONDON -", "LAGOS, Nigeria (Reuters) -") says where a story was filed:
no name runs into it and no person takes its state from standing next to it (rule
actor.candidate.dateline_trim). Only what overlaps the dateline itself is trimmed: a
headline above it keeps its names ("Nordea chief resigns\\n\\nOSLO - ...")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from pipeline.actors.mention import Context
from pipeline.doctext import PerDoc, doc_text
from pipeline.rules import load_data

RULE_ID = "actor.candidate.dateline_trim"


@cache
def _name_labels() -> frozenset[str]:
    return frozenset(load_data("actors", "datelines.json", 1)["name_labels"]["labels"])


def dateline_blocks(doc: Doc) -> list[dict]:
    """The dateline blocks the structure stage left in `doc._.layout`, in text order."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    return [b for b in (layout or {}).get("blocks", []) if b.get("kind") == "dateline"]


# Doc -> its first dateline: asked for every candidate, and each `doc._` read builds an
# object; the structure stage writes the layout once, before the actor stage reads it
_DATELINES: PerDoc[tuple[int, int] | None] = PerDoc()


def dateline_span(doc: Doc) -> tuple[int, int] | None:
    """The char offsets of the text's first dateline, or None (read once per Doc)."""
    span = _DATELINES.get(doc, doc)  # the Doc itself: not read yet
    if span is doc:
        span = _DATELINES.set(
            doc, min(((b["start"], b["end"]) for b in dateline_blocks(doc)), default=None)
        )
    return span


def dateline_end(doc: Doc) -> int:
    """The char offset where the text's first dateline ends (0 without one)."""
    span = dateline_span(doc)
    return span[1] if span else 0


def at_dateline(doc: Doc, char: int) -> bool:
    """Does the character offset lie in the text's first dateline?"""
    span = dateline_span(doc)
    return span is not None and span[0] <= char < span[1]


def holds_dateline(span: Span) -> bool:
    """Does a span (a sentence) overlap the text's first dateline, or is it the lead that
    starts right after it (the structure stage makes the dateline a sentence of its own)?"""
    dateline = dateline_span(span.doc)
    if dateline is None or dateline[0] >= span.end_char:
        return False
    if span.start_char < dateline[1]:
        return True
    return not doc_text(span.doc)[dateline[1] : span.start_char].strip()


def start_after_dateline(ctx: Context, ent: Span) -> tuple[int, str]:
    """The first token of an entity that is not in the dateline, and its label: NER runs
    "BRUSSELS - The European Commission" into one name; an organisation or person all
    inside the dateline is its place when the gazetteer knows it ("TBILISI -": GPE),
    else none ("RIO DE": its end, nothing left). An entity that does not overlap the
    dateline (a headline's names above it) is left alone."""
    span = dateline_span(ent.doc)
    if span is None or ent.end_char <= span[0] or ent.start_char >= span[1]:
        return ent.start, ent.label_
    if ent.start_char < span[0]:
        return ent.start, ent.label_  # runs from above the dateline into it: not its place
    if ent.end_char <= span[1]:
        if ent.label_ not in _name_labels():
            return ent.start, ent.label_
        return (ent.start, "GPE") if _is_place(ctx, ent.text) else (ent.end, ent.label_)
    return next((t.i for t in ent if t.idx >= span[1]), ent.end), ent.label_


def off_dateline(ent: Span, trimmed: Span) -> bool:
    """Did the dateline rule move or relabel this entity?"""
    span = dateline_span(ent.doc)
    if span is None or not span[0] <= ent.start_char < span[1]:
        return False
    return trimmed.label_ != ent.label_ or trimmed.start_char >= span[1]


def _is_place(ctx: Context, text: str) -> bool:
    name = text.strip().title()
    entry = ctx.gaz.lookup(name)
    if entry is not None and entry.kind in ("country", "capital"):
        return True
    return ctx.gaz.place_state(name) is not None


# Doc -> the char spans of its headlines (read once per Doc, as the datelines are)
_HEADLINES: PerDoc[list[tuple[int, int]]] = PerDoc()


def headline_spans(doc: Doc) -> list[tuple[int, int]]:
    """The char spans of the headline blocks the structure stage left in `doc._.layout`."""
    spans = _HEADLINES.get(doc)
    if spans is None:
        layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
        blocks = (layout or {}).get("blocks", [])
        spans = _HEADLINES.set(
            doc, [(b["start"], b["end"]) for b in blocks if b.get("kind") == "headline"]
        )
    return spans


def in_headline(doc: Doc, char: int) -> bool:
    """Does the character offset lie in one of the text's headlines (structure stage)?"""
    return any(a <= char < b for a, b in headline_spans(doc))
