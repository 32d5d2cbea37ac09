"""Places named as where an act of force is done, which the candidate pass leaves aside.

An event coder codes the place of such an act as its state ("shelling in Tikrit", "a raid
on the village of X"): a capital NER calls a location (LOC), named as the place of any act
(placing.capital_named_as_place: not a venue, not the place of an unnamed actor, not a name
other places share), becomes a mention of its state (rule actor.capital_place); a city or
region of only one state (patterns/places.generated.json, from GeoNames and ISO 3166-2)
that NER calls a place becomes an actor of its own, `place:<ISO3>:<name>`, whose country is
the state's (rule actor.city_place), only where its phrase hangs on a verb or noun of
material conflict or coercion (patterns/place_acts.json): "workers at a plant in X" or
"she lives in X" name where someone is, not a place an act is done to.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors import placing
from pipeline.actors.arrays import span_text
from pipeline.actors.gazetteer import STATE_KINDS, country_entry, slug
from pipeline.actors.mention import Context, Mention, one_line
from pipeline.rules import load_data

PLACE_LABELS = ("GPE", "LOC", "NORP")  # NORP: only after a place noun ("the town of X")


@cache
def place_acts() -> frozenset[str]:
    """Lemmas of verbs and nouns of material conflict or coercion (place_acts.json)."""
    return frozenset(load_data("actors", "place_acts.json", 1)["lemmas"])


def located_places(ctx: Context, covered: set[int]) -> list[Mention]:
    """Capitals labelled LOC and one-state cities or regions, no mention there, named as
    the place of an act."""
    found = []
    for ent in ctx.ents:
        if ent.label_ not in PLACE_LABELS or covered.intersection(range(ent.start, ent.end)):
            continue
        country, rule_id = _state_of_place(ctx, ent)  # first: most places name no state
        state = country_entry(country) if country else None
        if state is None:
            continue
        noun = placing.place_noun_over(ctx, ent.root)
        if (ent.label_ == "NORP" and noun is ent.root) or placing.acts_as_agent(ctx, ent):
            continue
        if not placing.capital_named_as_place(ctx, ent, "GPE"):
            continue
        actor = (state.actor_id, state.name, country, None)
        if rule_id == "actor.city_place":  # a place of the state, not its government
            if not _place_acted_upon(noun):
                continue
            actor = (f"place:{country}:{slug(ent.text)}", one_line(ent.text), country, None)
        found.append(Mention(ent, "GPE", *actor, rule_id, type="GPE"))
    return found


def _place_acted_upon(place: Token) -> bool:
    """ "shelling in X", "troops raided homes in X", "a bomb at a market in X": the place
    phrase hangs on a word of force, walking up from a noun in a place phrase or the object
    of a verb to the word it hangs on; not "workers at a plant in X" (the subject)."""
    held = place.head.head
    for _ in range(4):
        if held.lemma_.lower() in place_acts() or _done_by_object(held):
            return True
        if held.dep_ == "pobj" and held.head.dep_ == "prep":
            held = held.head.head  # "a market in X": the word the market is in
        elif held.dep_ in ("dobj", "obj", "nsubjpass") and held.head.pos_ == "VERB":
            held = held.head  # "raided homes in X": the verb done to the homes
        else:
            return False
    return False


def _done_by_object(verb: Token) -> bool:
    """ "imposed a curfew in X", "lifted the siege in X": a verb whose object is the act
    of force names the place that act is done to."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in place_acts() for c in verb.children
    )


def _state_of_place(ctx: Context, ent: Span) -> tuple[str | None, str]:
    text = span_text(ent)  # sliced from the Doc's text: `ent.text` builds its Tokens
    entry = ctx.gaz.lookup(text)
    if entry is not None:  # a GPE capital is a candidate of its own: only a LOC one here
        capital = entry.kind == "capital" and ent.label_ == "LOC"
        return (entry.country if capital else None), "actor.capital_place"
    return ctx.gaz.place_state(text) or _state_of_place_noun(ctx, ent), "actor.city_place"


def _state_of_place_noun(ctx: Context, ent: Span) -> str | None:
    """ "the small Moldovan village of X": the nationality word on the place noun."""
    noun = placing.place_noun_over(ctx, ent.root)
    for word in (t for t in noun.lefts if t.dep_ in ("amod", "compound") and noun is not ent.root):
        entry = ctx.gaz.lookup(word.text)
        if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
            return entry.country
    return None
