"""An uncounted definite plural of people ("the leaders") after a paragraph has named
exactly two people, both office holders of different states or bodies, stands for those
two: "Kenya's President A met Uganda's Prime Minister B. The leaders said ..." is a joint
speaker (actor.speaker.joint, resolved_from "role_noun"), as "the two leaders" is. An
interviewer and a guest, or two people of one state, are no such pair."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.describe import role_nouns

DEFINITE = ("the", "these", "those")
PAIR = 2
LEADER_ROLES = ("GOV", "MIL", "LEG", "IGO")


def named_pair(mentions: list[dict], span: Span, head: Token, para_start: int) -> list[dict]:
    """The two people named in the paragraph (from char `para_start`) before the phrase,
    when the phrase is "the" and a plural noun for people only (a noun whose mentions are
    PERSON alone: not "the officials", who may be a government) that asks no title of them
    (not "the ministers"), they are exactly two, both hold an office and their states
    (or bodies) are known and differ."""
    if len(span) != 2 or span[0].lower_ not in DEFINITE or span[1].i != head.i:
        return []
    entry = role_nouns().get(head.lemma_.lower())
    if entry is None or entry.get("kind") != "person" or entry.get("labels") != ["PERSON"]:
        return []
    if entry.get("titles"):  # "the ministers": only people introduced with the title
        return []
    people: dict[str, dict] = {}
    for m in mentions:
        if para_start <= m["start"] and m["end"] <= span.start_char and m["label"] == "PERSON":
            people.setdefault(m.get("actor_id") or m["text"], m)
    if len(people) != PAIR:
        return []
    pair = sorted(people.values(), key=lambda m: m["start"])
    if any(m.get("role") not in LEADER_ROLES or not m.get("country") for m in pair):
        return []
    return pair if pair[0]["country"] != pair[1]["country"] else []
