"""A state body named with no state ("the foreign ministry said") in a story whose last
sentences are about one state's doing: the body of the state that was the subject there
("Turkey's government announced limits ... The foreign ministry said"); people with a
role ("lawmakers") after a state's body of that role ("Peru's parliament passed ...
Lawmakers said"): that state's; not after the state itself ("Chile met Peru. Diplomats
said": people of their own). A guess (rule
actor.speaker.subject_state). Only a state or a state's body counts, and only as a
subject: a named agency or person is no state's voice, and a state named as an object or
in what someone says is what the story is about, not whose the body is."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.describe import Description
from pipeline.actors.framing import group_name
from pipeline.actors.reported import reported_in
from pipeline.actors.state_bodies import body_key, body_words
from pipeline.actors.unnamed import unnamed_actor
from pipeline.rules import rule

RULE_ID = "actor.speaker.subject_state"
SENTENCES_BACK = 2  # the sentences before the phrase's own that are read
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAME_DEPS = ("poss", "compound", "amod", "appos")  # "Turkey's government", "the Kenyan government"


def subject_state_body(
    doc: Doc, desc: Description, mentions: list[dict], head: Token | None
) -> dict | None:
    """The body of the state of the nearest subject with a country in the phrase's
    sentence (before it) or the sentences just before, else None."""
    key = body_key([*desc.modifiers, desc.noun]) if desc.kind in ("org", "state") else None
    # bare plural people with a role ("Lawmakers said"); "some officials", "Gulf
    # officials" bring in people of their own
    people = desc.kind == "person" and desc.plural and desc.role is not None
    people = people and head is not None and not list(head.lefts)
    if head is None or (key is None and not people) or desc.country is not None:
        return None
    if any(group_name(word) and word.lower() not in body_words() for word in desc.shown):
        return None  # "a Houthi military spokesman": the group's, not a state's body
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    at = next((i for i, s in enumerate(sents) if s.start <= head.i < s.end), None)
    if at is None:
        return None
    floor = sents[max(at - SENTENCES_BACK, 0)].start_char
    for m in reversed([m for m in mentions if floor <= m["start"] and m["end"] <= head.idx]):
        if m.get("country") in (None, "IGO") or not _of_state(m):
            continue  # a named agency or person is no state's voice
        if people and (m.get("role") != desc.role or m["actor_id"].startswith("gpe:")):
            continue  # "Lawmakers" are of a parliament, not of a ministry or a state
        if _subject(doc, m) and reported_in(doc, m) is None and m["country"] != desc.host:
            actor = unnamed_actor(desc, m["country"])
            if actor is None:
                return None
            return {**actor, "resolved_from": "unnamed", "rule_id": RULE_ID,
                    "confidence": rule(RULE_ID).confidence}  # fmt: skip
    return None


def _of_state(m: dict) -> bool:
    """A state, its government or one of its bodies ("Turkey", "the Kenyan government",
    "Peru's congress"): `gpe:PER` or `org:PER:...`."""
    actor_id = m.get("actor_id") or ""
    return actor_id == f"gpe:{m['country']}" or actor_id.startswith(f"org:{m['country']}:")


def _subject(doc: Doc, m: dict) -> bool:
    """Is the mention a clause's subject, or a name or word of state on one?"""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    for _ in range(3):
        if tok is None or tok.dep_ in SUBJECT_DEPS:
            return tok is not None
        if tok.dep_ not in NAME_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
