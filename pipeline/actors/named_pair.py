"""An uncounted definite plural of people ("the leaders", "the ministers") right after a
text has named exactly two people stands for those two: "A met B on Monday. The leaders
said ..." is a joint speaker (actor.speaker.joint, resolved_from "role_noun"), as "the
two leaders" is."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.describe import role_nouns

DEFINITE = ("the", "these", "those")
PAIR = 2


def named_pair(mentions: list[dict], span: Span, head: Token) -> list[dict]:
    """The two people named in the sentence before the phrase and in its own sentence
    before it, when the phrase is "the" and a plural noun for people only (a noun whose
    mentions are PERSON alone: not "the officials", who may be a government) that asks no
    title of them (not "the ministers") and they are exactly two."""
    if len(span) != 2 or span[0].lower_ not in DEFINITE or span[1].i != head.i:
        return []
    entry = role_nouns().get(head.lemma_.lower())
    if entry is None or entry.get("kind") != "person" or entry.get("labels") != ["PERSON"]:
        return []
    if entry.get("titles"):  # "the ministers": only people introduced with the title
        return []
    sent_start = sentence_bounds(span)[0]
    if sent_start == 0:
        return []
    before = span.doc[sent_start - 1]
    window_start = span.doc[sentence_bounds(span.doc[before.i : before.i + 1])[0]].idx
    people: dict[str, dict] = {}
    for m in mentions:
        if window_start <= m["start"] and m["end"] <= span.start_char and m["label"] == "PERSON":
            people.setdefault(m.get("actor_id") or m["text"], m)
    return sorted(people.values(), key=lambda m: m["start"]) if len(people) == PAIR else []
