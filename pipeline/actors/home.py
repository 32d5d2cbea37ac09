"""The home state of a text with no dateline: whose government speaks in a transcript.

A government's own briefing names its leader with a bare title ("President Biden's call
with President Putin of Russia", "Russian President Vladimir Putin"): the first leader so
named, when no other state's leaders are named so more often, is the home leader (rule
actor.speaker.home_leader; a guess)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.actors.describe import Description
from pipeline.actors.gazetteer import load_gazetteer
from pipeline.actors.unnamed import unnamed_actor
from pipeline.actors.words import default_words
from pipeline.doctext import doc_text

BEFORE_NAME = 3  # tokens before a name searched for a title and a nationality
FOREIGN_MARKS = ("NORP", "GPE")  # "Russian President X", "Japan's Prime Minister X"


def leader_state(doc: Doc, mentions: list[dict]) -> str | None:
    """The state of the first government leader named with a bare title, if no other state
    has more leaders so named; else None."""
    counts: Counter[str] = Counter()
    first = None
    for m in mentions:
        if m.get("label") != "PERSON" or m.get("role") != "GOV" or not m.get("country"):
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or len(span) == 0 or not _bare_title(span):
            continue
        counts[m["country"]] += 1
        first = first or m["country"]
    if first is None or any(n > counts[first] for n in counts.values()):
        return None
    return first


def _bare_title(span: Span) -> bool:
    """A title right before the name, no nationality or possessor before it and no "of"
    after it ("President X", not "Russian President X" nor "President X of Y")."""
    doc, titles = span.doc, load_gazetteer().person_title_words
    if span.start == 0 or doc[span.start - 1].lower_ not in titles:
        return False
    before = doc[max(span.start - BEFORE_NAME, 0) : span.start]
    if any(t.ent_type_ in FOREIGN_MARKS or t.dep_ == "poss" for t in before):
        return False
    return span.end >= len(doc) or doc[span.end].lower_ != "of"


def unnamed_official_label(doc: Doc, start: int, desc: Description) -> bool:
    """Is the phrase a transcript's upper-case turn label for an unnamed official, opening
    its line ("SENIOR ADMINISTRATION OFFICIAL:")? Its speaker is the briefer, of the home
    government or unknown, never an actor named earlier ("THE PRESIDENT:" is an office,
    resolved as any role noun)."""
    if desc.kind != "person" or not set(desc.modifiers) & default_words().government_modifiers:
        return False
    text = doc_text(doc)
    end = text.find(":", start, start + 80)
    label = text[start:end] if end > start else ""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(label) and label.isupper() and not text[line_start:start].strip()


def home_leader_official(doc: Doc, desc: Description, mentions: list[dict]) -> dict | None:
    """An unnamed official of the home leader's state; None when that is unknown."""
    country = leader_state(doc, mentions)
    return unnamed_actor(desc, country) if country else None
