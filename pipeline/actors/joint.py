"""Joint speakers: a coordinated subject ("NATO and Japan") or a counted plural role noun
("the two countries") speaks for several actors (rule actor.speaker.joint). A coordinator
inside one name joins no speakers ("the Refugee Relief and Repatriation Commissioner"),
and a count with no determiner brings in people of its own ("according to two diplomats"):
neither is joint."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from pipeline.actors.describe import role_nouns
from pipeline.actors.indefinite import lexicon
from pipeline.actors.placing import placing_mentions
from pipeline.actors.salience import MAX_LOOKBACK
from pipeline.actors.speaker_documents import document_noun
from pipeline.actors.words import default_words
from pipeline.doctext import doc_text

GROUP_LABELS = ("ORG", "GPE", "NORP")


def member_row(m: dict) -> dict:
    keys = ("text", "start", "end", "actor_id", "name", "country")
    return {k: m.get(k) for k in keys}


def joint_members(
    mentions: list[dict], start: int, end: int, span: Span | None, head: Token | None
) -> list[dict]:
    """The actors of a coordinated subject ("NATO and Japan") or of a counted plural role
    noun ("the two countries", "both countries": the last distinct fitting actors)."""
    if span is None or head is None:
        return []
    words = default_words()
    inside = _inside(mentions, start, end)
    if len(_distinct(inside)) >= 2 and _coordinated(span, inside):
        return [] if placing_mentions(head, inside) else _distinct(inside)
    if any(t.lower_ in words.joint_words for t in head.lefts) and _document(head):
        return last_coordinated(span, mentions, start)  # "a joint communique said"
    if head.tag_ not in ("NNS", "NNPS"):  # the cheap tests first: most speakers are singular
        return []
    entry = role_nouns().get(head.lemma_.lower())
    counts = words.count_words
    count = next((counts[t.lower_] for t in span if t.lower_ in counts), 0)
    if entry is None or not _definite(head):
        return []
    labels = tuple(entry.get("labels") or GROUP_LABELS)
    if count < 2:  # "the leaders" may be more than the two named last: no guess
        return []
    before = [m for m in mentions if m["end"] <= start and not _past_holder(span.doc, m)]
    near = [m for m in before if start - m["end"] <= MAX_LOOKBACK]
    recent = _distinct([m for m in reversed(near) if m.get("label") in labels])
    if len(recent) < count:  # a long statement: its parties were named at its start
        recent = _distinct([m for m in reversed(before) if m.get("label") in labels])
    return sorted(recent[:count], key=lambda m: m["start"]) if len(recent) >= count else []


def _past_holder(doc, m: dict) -> bool:
    """ "under former Prime Minister Kishida": a person named by a past title is none of the
    leaders acting now (words.json past_title_words)."""
    if m.get("label") != "PERSON":
        return False
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None:
        return False
    past = default_words().past_title_words
    for tok in reversed(doc[max(0, span.start - 4) : span.start]):
        if tok.lower_ in past:
            return True
        if not tok.is_title:
            return False
    return False


PARTNER_LABELS = ("ORG", "GPE")  # who issues a joint document: states and organisations
COORDINATION = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$|\s*,\s*$")


def last_coordinated(span: Span, mentions: list[dict], start: int) -> list[dict]:
    """The actors of the last coordination of states or organisations before char
    `start` ("Nigeria and Niger agreed ... A joint communique said": both), in the
    sentences just before; [] when there is none (rule actor.speaker.joint)."""
    text = doc_text(span.doc)  # built once per Doc; `doc.text` is rebuilt on each access
    before = [m for m in mentions if m["end"] <= start and start - m["end"] <= MAX_LOOKBACK]
    before = [m for m in before if m.get("label") in PARTNER_LABELS]
    for k in range(len(before) - 1, 0, -1):
        first = k
        while first > 0 and _joined(text, before[first - 1], before[first]):
            first -= 1
        members = _distinct(before[first : k + 1])
        if len(members) >= 2:
            return members
    return []


def _document(head: Token) -> bool:
    """A document noun: of the role nouns ("statement") or the speaking documents ("plan")."""
    entry = role_nouns().get(head.lemma_.lower())
    return (entry is not None and entry.get("kind") == "document") or document_noun(head)


def _joined(text: str, left: dict, right: dict) -> bool:
    return COORDINATION.fullmatch(text[left["end"] : right["start"]]) is not None


def _coordinated(span: Span, inside: list[dict]) -> bool:
    """A coordinator of the span outside every mention in it ("NATO and Japan"), not one
    within a name ("Ministry of Trade and Industry")."""
    coordinators = default_words().coordinators
    return any(
        t.lower_ in coordinators and not any(m["start"] <= t.idx < m["end"] for m in inside)
        for t in span
    )


def _definite(head: Token) -> bool:
    """ "the two countries", "their three leaders", "both sides": a group named before;
    "two diplomats" are new people."""
    return any(
        t.dep_ in ("det", "predet", "poss") or t.lower_ in lexicon("definite_words")
        for t in head.lefts
    )


def _inside(mentions: list[dict], start: int, end: int) -> list[dict]:
    """The mentions (sorted by start) within chars [start, end), found by bisection."""
    i = bisect_left(mentions, start, key=lambda m: m["start"])
    inside = []
    while i < len(mentions) and mentions[i]["start"] <= end:
        if mentions[i]["end"] <= end:
            inside.append(mentions[i])
        i += 1
    return inside


def _distinct(mentions: list[dict]) -> list[dict]:
    seen, out = set(), []
    for m in mentions:
        key = m.get("actor_id") or m.get("text")
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
