"""A state's police acts on its own soil: a group named without a state that the police of
a state act on ("Chilean police dispersed striking miners", "riot police set up roadblocks
to stop Sufi worshippers") is in that state, and an event coder codes it so
(rule actor.policed_state; patterns/policed.json). Groups only: a person the police arrest
may be a foreigner, and a group with a nationality of its own keeps it. Only where the
sentence names no other state, no international body and no word of a mission abroad
("Spanish police arrested militants in Morocco", "police serving with the UN mission")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.acts import OBJECT_DEPS, clause_subjects, phrase_head, states_in_sentence
from pipeline.actors.arrays import sentence_of
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.policed_state"
GROUP_LABELS = ("NORP",)


@cache
def policed_words() -> dict[str, frozenset[str]]:
    data = load_data("actors", "policed.json", 1)
    return {key: frozenset(data[key]) for key in ("police_nouns", "abroad_words")}


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
        if len(states) != 1 or not any(_police_of_state(o) for o in acting):
            continue
        if _at_home(ctx, sentence_of(m.span), states, mentions):
            m.country = next(iter(states))
            m.extra["country_from"] = "sentence"
            m.note(RULE_ID)


def _at_home(ctx: Context, sent: Span, states: set[str], mentions: list[Mention]) -> bool:
    """Does the sentence name no state but the police's, by a country word or a placed
    mention, and no international body or mission abroad ("peacekeepers", "UN mission")?"""
    if not states_in_sentence(ctx, sent) <= states:
        return False
    abroad = policed_words()["abroad_words"]
    if any(t.lemma_.lower() in abroad for t in sent):
        return False
    inside = (o for o in mentions if sent.start <= o.span.start < sent.end)
    return all(o.country in (None, *states) for o in inside)


def _police_of_state(m: Mention) -> bool:
    nouns = policed_words()["police_nouns"]
    return m.country not in (None, "IGO") and m.span.root.lemma_.lower() in nouns


def _acting_on(group: Token) -> list[Token]:
    """The subject of the verb the group is the object of (through a clause of purpose:
    "set up roadblocks to stop X"), or the agent of the passive verb it is the subject of."""
    verb = group.head
    if group.dep_ == "nsubjpass":
        return [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    if group.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
        return []
    return clause_subjects(verb)
