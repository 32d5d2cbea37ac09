"""A nationality word on a place or a property that an act of force is done to ("shelled
Syrian positions", "demolished Kenyan homes", "an attack on a Greek ship"): the act is
aimed at that state, as an event coder codes it, so the phrase is a mention of the state
(rule actor.national_target, as a capital named as the place of an act is; lexicons
national_targets.json and place_acts.json).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.arrays import span_text
from pipeline.actors.gazetteer import STATE_KINDS, country_entry
from pipeline.actors.mention import Context, Mention
from pipeline.actors.places import place_acts
from pipeline.rules import load_data

RULE_ID = "actor.national_target"
MODIFIER_DEPS = ("amod", "compound")
TARGET_PREPOSITIONS = ("on", "against", "at")


@cache
def target_nouns() -> frozenset[str]:
    """Lemmas of nouns for places and property (patterns/national_targets.json)."""
    return frozenset(load_data("actors", "national_targets.json", 1)["nouns"])


def national_targets(ctx: Context, covered: set[int]) -> list[Mention]:
    """The places and property of a state that an act of force is done to, no mention
    there."""
    found = []
    for ent in ctx.ents:
        if ent.label_ != "NORP" or ent.root.dep_ not in MODIFIER_DEPS:
            continue
        noun = ent.root.head
        if noun.i < ent.end or noun.lemma_.lower() not in target_nouns() or not _forced(noun):
            continue
        if covered.intersection(range(ent.start, noun.i + 1)):
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
    """ "shelled X", "resume shelling X", "an attack on X": the noun is the object of a
    verb of force, or of a target preposition on a word of force."""
    if noun.dep_ in ("dobj", "obj"):
        return noun.head.lemma_.lower() in place_acts()
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in TARGET_PREPOSITIONS
        and prep.head.lemma_.lower() in place_acts()
    )
