"""Where a speaker speaks, and for whom.

- A place that frames the clause of saying ("In Beijing, the foreign ministry said",
  "Speaking in Lima, the minister said", "The ministry said in Moscow that") gives an
  unnamed speaker with no state of its own the place's state: a capital, a state, or a
  city of one state (the place gazetteer), rule actor.speaker.framing_place. Never a body
  every state keeps abroad ("In Beijing, the embassy said" may be any state's).
- A person noun for one who speaks for a body named before it or after "for" ("the
  foreign ministry spokesman", "a police spokeswoman", "the spokesperson for the
  presidential office") is that body as a speaker (rule
  actor.speaker.body_spokesperson): it resolves as "the foreign ministry" does.

Lexicon: actors/patterns/speaker_frames.json.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from pipeline.actors.describe import Description
from pipeline.actors.gazetteer import STATE_KINDS, load_gazetteer
from pipeline.actors.spoken_place import place_state, visiting_said
from pipeline.actors.state_bodies import body_key
from pipeline.actors.words import default_words
from pipeline.rules import load_data

SUBJECT_DEPS = ("nsubj", "nsubjpass")
BODY_POS = ("ADJ", "NOUN", "PROPN")
REPORTED_DEPS = ("ccomp", "xcomp")  # what the verb of saying reports


@cache
def frame_words() -> dict:
    return load_data("actors", "speaker_frames.json", 1)


def spoken_for_body(desc: Description, head: Token | None) -> Description | None:
    """ "the (Chinese) foreign ministry spokesman", "the spokesman for the foreign
    ministry" -> the description of "the foreign ministry": the longest body name the
    words right before the noun, else those after its "for", end with."""
    if head is None or desc.kind != "person" or desc.noun not in frame_words()["speaking_nouns"]:
        return None
    before = [t for t in head.doc[head.left_edge.i : head.i] if t.pos_ in BODY_POS]
    own = _body_words([t.lower_ for t in before])
    found = own or _body_words(_for_body_words(head))
    if found is None:
        return None
    rest = before[: len(before) - len(own)] if own else before  # the words before the body
    if any(group_name(t.text) and not t.is_sent_start for t in rest):
        return None  # "a Houthi military spokesman": the group's, no state's body
    *modifiers, noun = found
    shown = tuple(w for w in desc.shown if w.lower() in modifiers)  # names' capitals only
    return replace(
        desc, noun=noun, modifiers=tuple(modifiers), kind="org", labels=("ORG",), role="GOV",
        titles=frozenset(), named_by_head=True, new_referent=False, indefinite=None,
        shown=shown,
    )  # fmt: skip


def group_name(word: str) -> bool:
    """A word written as a name that names no state or state's people ("Houthi", "RSF";
    not "Kenyan", "Chinese")."""
    if not word[:1].isupper():
        return False
    entry = load_gazetteer().lookup(word)
    return entry is None or entry.kind not in STATE_KINDS


def _body_words(words: list[str]) -> list[str] | None:
    """The longest body name (not "government") the words end with."""
    for size in range(len(words), 0, -1):
        if body_key(words[-size:]) not in (None, "government"):
            return words[-size:]
    return None


def _for_body_words(head: Token) -> list[str]:
    """ "the spokesperson for the presidential office": the words of the body after "for"
    (one with a state of its own is the phrase's country, read elsewhere)."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            return [t.lower_ for t in obj.subtree if t.i <= obj.i and t.pos_ in BODY_POS]
    return []


def framing_country(head: Token, desc: Description) -> str | None:
    """The one state of the places framing the verb the speaker phrase is subject of."""
    if desc.noun in frame_words()["posts_abroad"] or head.dep_ not in SUBJECT_DEPS:
        return None
    if _visiting(head):  # "After talks with his counterpart in Lima, the minister said"
        return None
    gaz, shared = load_gazetteer(), default_words().shared_place_names
    states = set()
    for prep in _frame_preps(head.head, head):
        states |= {c for obj in prep.children if (c := place_state(obj, gaz, shared)) is not None}
    return next(iter(states)) if len(states) == 1 else None


def _visiting(head: Token) -> bool:
    """Does the speaker's sentence, or the one before it, say someone is visiting or
    travelling, outside the speaker's own phrase ("the foreign ministry") and what is
    reported ("said the visit was useful")? Then the place is no clue to the state."""
    spans = [head, *(c for c in head.head.children if c.dep_ in REPORTED_DEPS)]
    skip = {i for t in spans for i in range(t.left_edge.i, t.right_edge.i + 1)}
    return visiting_said(head.sent, skip)


def _frame_preps(verb: Token, subject: Token) -> list[Token]:
    """The place prepositions on the verb ("In Beijing, X said"), or on an occasion of
    speaking that frames it ("Speaking in Lima", "At a briefing in Moscow"); not a place
    deeper in a phrase ("in response to a strike in Kyiv": not where X speaks)."""
    words, venues = frame_words(), default_words().venue_words
    found = []
    for child in verb.children:
        if child.dep_ not in words["frame_deps"] or child.i == subject.i:
            continue
        if child.dep_ == "prep" and child.lower_ in words["frame_prepositions"]:
            found.append(child)
        holders = [child, *(o for o in child.children if o.dep_ == "pobj")]
        for holder in (h for h in holders if h.lemma_.lower() in venues):
            preps = (c for c in holder.children if c.dep_ == "prep")
            found.extend(c for c in preps if c.lower_ in words["frame_prepositions"])
    return found
