"""A state's police acts on its own soil: a group named without a state that the police of
a state act on ("Chilean police dispersed striking miners", "riot police opened fire to
disperse Sufi worshippers") is in that state, and an event coder codes it so (rule
actor.policed_state; patterns/policed.json). Groups only: a person the police arrest may
be a foreigner, and a group with a nationality of its own keeps it."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.acts import phrase_head
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.policed_state"
GROUP_LABELS = ("NORP",)
OBJECT_DEPS = ("dobj", "obj")
SUBJECT_DEPS = ("nsubj",)
PURPOSE_DEPS = ("xcomp", "advcl")


@cache
def police_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "policed.json", 1)["police_nouns"])


def policed_groups(ctx: Context, mentions: list[Mention]) -> None:
    """Give each stateless group the police of one state act on that state (when no actor
    of another state acts with them: "Egyptian police and Libyan troops")."""
    if not any(_police_of_state(m) for m in mentions):
        return
    for m in mentions:
        if m.country is not None or m.label not in GROUP_LABELS:
            continue
        subjects = _acting_on(phrase_head(m.span.root))
        actors = {t.i for s in subjects for t in (s, *s.conjuncts)}
        acting = [o for o in mentions if o.country and actors.intersection(range(*o.bounds))]
        states = {o.country for o in acting}
        if len(states) == 1 and any(_police_of_state(o) for o in acting):
            m.country = next(iter(states))
            m.extra["country_from"] = "sentence"
            m.note(RULE_ID)


def _police_of_state(m: Mention) -> bool:
    return m.country not in (None, "IGO") and m.span.root.lemma_.lower() in police_nouns()


def _acting_on(group: Token) -> list[Token]:
    """The subject of the verb the group is the object of (through a clause of purpose:
    "opened fire to disperse X"), or the agent of the passive verb it is the subject of."""
    verb = group.head
    if group.dep_ == "nsubjpass":
        return [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    if group.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
        return []
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in PURPOSE_DEPS:
            return subjects
        verb = verb.head
    return []
