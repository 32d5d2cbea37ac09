"""A nationality word on a place or a property that a verb of force takes as its direct
object ("shelled Syrian positions", "demolished Kenyan homes"): the act is aimed at that
state, as an event coder codes it, so the phrase is a mention of the state (rule
actor.national_target, as a capital named as the place of an act is; lexicon
national_targets.json). Not a border, not a place phrase ("at the X port"), not an act of
a force of nature ("the typhoon struck Japanese ports").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.acts import OBJECT_DEPS
from pipeline.actors.arrays import span_text
from pipeline.actors.describe import entry_for
from pipeline.actors.gazetteer import STATE_KINDS, country_entry
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.national_target"
MODIFIER_DEPS = ("amod", "compound")
SUBJECT_DEPS = ("nsubj",)
AGENT_LABELS = ("NORP", "ORG", "GPE", "PERSON")


@cache
def target_words() -> dict[str, frozenset[str]]:
    """nouns, verbs, natural_forces and agents of patterns/national_targets.json, as lemma sets."""
    data = load_data("actors", "national_targets.json", 2)
    keys = ("nouns", "verbs", "natural_forces", "agents")
    return {k: frozenset(data[k]) for k in keys}


def national_targets(ctx: Context, covered: set[int]) -> list[Mention]:
    """The places and property of a state that an act of force is done to, no mention
    there."""
    found = []
    for ent in ctx.ents:
        if ent.label_ != "NORP" or ent.root.dep_ not in MODIFIER_DEPS:
            continue
        noun = ent.root.head
        if noun.i < ent.end or noun.lemma_.lower() not in target_words()["nouns"]:
            continue
        if not _forced(noun) or covered.intersection(range(ent.start, noun.i + 1)):
            continue
        entry = ctx.gaz.lookup(span_text(ent))
        if entry is None or entry.kind not in STATE_KINDS or entry.country in (None, "IGO"):
            continue
        span = ctx.doc[ent.start : noun.i + 1]
        state = country_entry(entry.country)
        if state is None:
            continue
        actor = (state.actor_id, state.name, entry.country)  # the state, as a capital's place
        found.append(Mention(span, "GPE", *actor, None, RULE_ID, type="GPE"))
    return found


def _forced(noun: Token) -> bool:
    """ "shelled X", "resumed shelling X": the noun is the direct object of a verb of
    force whose subject is an agent."""
    verb = noun.head
    if noun.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in target_words()["verbs"]:
        return False
    while verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "resumed shelling X": the subject of "resumed"
    return any(c.dep_ in SUBJECT_DEPS and _agent(c) for c in verb.children)


def _agent(subject: Token) -> bool:
    """A name, a role noun or a word of agents ("jets", "gunmen"), with no force of
    nature among its words ("Hurricane X", "the storm")."""
    words = target_words()
    phrase = [t for t in subject.lefts if t.dep_ in MODIFIER_DEPS] + [subject]
    if any(t.lemma_.lower() in words["natural_forces"] for t in phrase):
        return False
    return (
        subject.ent_type_ in AGENT_LABELS
        or entry_for(subject) is not None
        or subject.lemma_.lower() in words["agents"]
    )
