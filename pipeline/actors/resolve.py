"""Speaker resolution: which actor does a span that names a speaker refer to?

`resolve_speaker(doc, start, end)` works on the plain-dict actor mentions that the actor
linker leaves in `doc._.actor_mentions` (text, start, end, label, actor_id, name, country,
role), so it depends on no other part of the actor stage:

- the span overlaps an actor mention -> that actor (the mention holding the span's syntactic
  head wins), resolved_from "mention";
- a personal pronoun: he/she -> the most recent preceding PERSON; it -> the most recent
  ORG/GPE; they/we -> the most recent ORG/GPE/NORP (a plural-looking one first),
  resolved_from "pronoun";
- a role noun ("the ministry", "the spokeswoman", "the two countries") -> the most recent
  mention whose label fits the noun (lexicon: actors/patterns/role_nouns.json),
  resolved_from "role_noun".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline.actors.pronouns import pronouns
from pipeline.actors.words import default_words
from pipeline.rules import load_data

GROUP_LABELS = ("ORG", "GPE", "NORP")

# how far back (in characters) an anaphor may reach for its antecedent
MAX_LOOKBACK = 3000


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, dict[str, Any]]:
    """head lemma -> {"labels": [...], "role": str | None}."""
    data = load_data("actors", "role_nouns.json", version=1)
    return {k.lower(): v for k, v in data["role_nouns"].items()}


def _result(mention: dict, resolved_from: str) -> dict:
    return {
        "actor_id": mention.get("actor_id"),
        "name": mention.get("name") or mention.get("text"),
        "country": mention.get("country"),
        "role": mention.get("role"),
        "resolved_from": resolved_from,
    }


def _mentions(doc: Doc) -> list[dict]:
    return [m for m in (getattr(doc._, "actor_mentions", None) or []) if isinstance(m, dict)]


def _span_head(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    return span, span.root


def _preceding(
    mentions: list[dict], start: int, labels, role: str | None = None, plural: bool | None = None
) -> dict | None:
    """The most recent mention ending before `start` with a label in `labels`."""
    best = None
    for m in mentions:
        if m["end"] > start:
            break
        if start - m["end"] > MAX_LOOKBACK or m.get("label") not in labels:
            continue
        if role is not None and m.get("role") not in (None, role):
            continue
        if plural is not None and _looks_plural(m) != plural:
            continue
        best = m
    return best


def _is_possessor(doc: Doc, m: dict) -> bool:
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "poss"


def _looks_plural(m: dict) -> bool:
    text = (m.get("text") or "").strip()
    return (m.get("label") == "NORP" and text.endswith("s")) or text.lower().endswith(" states")


def _member(m: dict) -> dict:
    keys = ("text", "start", "end", "actor_id", "name", "country")
    return {k: m.get(k) for k in keys}


def _joint_members(mentions: list[dict], start: int, end: int, span, head) -> list[dict]:
    """The actors of a coordinated subject ("NATO and Japan") or of a counted plural role
    noun ("the two countries", "both countries": the last distinct fitting actors)."""
    if span is None or head is None:
        return []
    words = default_words()
    inside = _distinct([m for m in mentions if start <= m["start"] and m["end"] <= end])
    if len(inside) >= 2 and any(t.lower_ in words.coordinators for t in span):
        return inside
    counts = words.count_words
    count = next((counts[t.lower_] for t in span if t.lower_ in counts), 0)
    entry = role_nouns().get(head.lemma_.lower())
    if count < 2 or entry is None or head.tag_ not in ("NNS", "NNPS"):
        return []
    labels = tuple(entry.get("labels") or GROUP_LABELS)
    before = [m for m in mentions if m["end"] <= start and start - m["end"] <= MAX_LOOKBACK]
    recent = _distinct([m for m in reversed(before) if m.get("label") in labels])
    return sorted(recent[:count], key=lambda m: m["start"]) if len(recent) >= count else []


def _distinct(mentions: list[dict]) -> list[dict]:
    seen, out = set(), []
    for m in mentions:
        key = m.get("actor_id") or m.get("text")
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def resolve_speaker(doc: Doc, start: int, end: int) -> dict | None:
    """Resolve the char span [start, end) naming a speaker to an actor, or None."""
    if start >= end:
        return None
    mentions = sorted(_mentions(doc), key=lambda m: (m["start"], m["end"]))
    span, head = _span_head(doc, start, end)
    members = _joint_members(mentions, start, end, span, head)
    if members:
        # A joint speaker ("NATO and Japan", "the two countries"): the first member speaks
        # for the record, and `members` lists them all.
        how = "coordination" if members[0]["start"] >= start else "role_noun"
        return {**_result(members[0], how), "members": [_member(m) for m in members]}
    overlapping = [m for m in mentions if m["start"] < end and m["end"] > start]
    if overlapping:
        if head is not None:
            for m in overlapping:
                if m["start"] <= head.idx < m["end"]:
                    return _result(m, "mention")
        # a possessor ("Lopez's move") does not name the speaker
        if span is not None:
            overlapping = [m for m in overlapping if not _is_possessor(doc, m)]
        if overlapping:
            persons = [m for m in overlapping if m.get("label") == "PERSON"]
            return _result((persons or overlapping)[-1], "mention")
    if head is None:
        return None
    lower, known = head.lower_, pronouns()
    if lower in known.person:
        m = _preceding(mentions, start, ("PERSON",))
        return _result(m, "pronoun") if m else None
    if lower in known.singular_group:
        m = _preceding(mentions, start, ("ORG", "GPE"))
        return _result(m, "pronoun") if m else None
    if lower in known.plural:
        m = _preceding(mentions, start, GROUP_LABELS, plural=True) or _preceding(
            mentions, start, GROUP_LABELS
        )
        return _result(m, "pronoun") if m else None
    entry = role_nouns().get(head.lemma_.lower()) or role_nouns().get(lower)
    if entry is not None:
        labels = tuple(entry.get("labels") or GROUP_LABELS)
        role = entry.get("role")
        m = _preceding(mentions, start, labels, role=role) if role else None
        m = m or _preceding(mentions, start, labels)
        return _result(m, "role_noun") if m else None
    return None
