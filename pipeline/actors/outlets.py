"""News outlets the layout names: a dateline's agency ("NAIROBI, May 3 (Reuters) -") and
the outlet in a press turn's label ("QUESTION (Daily Ledger):", after the reporter's name
in "QUESTION (Amina Hassan, Daily Ledger):"). Each is an actor of its own, an organisation
of the media (role MED; rule actor.news_outlet): it reports or asks, and never speaks in
the story, nor stands for a pronoun or a role noun. The recognizer is told no entity lies
there (structure.block_entities), so the span is taken as it is."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.doctext import doc_text

RULE_ID = "actor.news_outlet"
BRACKETED = re.compile(r"\(([^()\n]{2,40})\)")


def outlet_spans(doc: Doc) -> list[Span]:
    """The spans, in text order, of the outlets a dateline or a press turn's label names."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    if not layout:
        return []
    chars = [tuple(b["agency_span"]) for b in layout.get("blocks", []) if b.get("agency_span")]
    text = doc_text(doc)
    for turn in layout.get("turns") or []:
        if turn.get("kind") != "press":
            continue
        found = BRACKETED.search(text, turn["label_start"], turn["label_end"])
        if found is not None:  # "(Amina Hassan, Daily Nation)": the reporter, then the outlet
            comma = text.rfind(",", found.start(1), found.end(1))
            start = found.start(1) if comma < 0 else comma + 1
            start += len(text[start : found.end(1)]) - len(text[start : found.end(1)].lstrip())
            chars.append((start, found.end(1)))
    spans = [doc.char_span(s, e, label="ORG", alignment_mode="expand") for s, e in chars]
    return sorted((s for s in spans if s is not None and len(s)), key=lambda s: s.start)
