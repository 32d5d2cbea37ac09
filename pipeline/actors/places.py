"""Places named as where an act happens, which the candidate pass leaves aside.

PLOVER codes the place of an act as its state ("a curfew in Algiers", "a bombing near the
town of Samarra"): a capital NER calls a location (LOC), and a city or region of only one
state (patterns/places.generated.json, from GeoNames and ISO 3166-2), named after a place
preposition as the place of an act (placing.capital_named_as_place: not a venue, not the
place of an unnamed actor, not a name other places share), become mentions of that state
(rules actor.capital_place and actor.city_place; a city is an actor of its own,
`place:<ISO3>:<name>`, whose country is the state's).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.actors import placing
from pipeline.actors.gazetteer import country_entry, slug
from pipeline.actors.mention import Context, Mention, one_line

PLACE_LABELS = ("GPE", "LOC", "NORP")  # NORP: only after a place noun ("the town of X")
COUNTRY_KINDS = ("country", "demonym")


def located_places(ctx: Context, covered: set[int]) -> list[Mention]:
    """Capitals labelled LOC and one-state cities or regions, no mention there, named as
    the place of an act."""
    found = []
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_LABELS or covered.intersection(range(ent.start, ent.end)):
            continue
        noun = placing.place_noun_over(ctx, ent.root)
        if ent.label_ == "NORP" and noun is ent.root:
            continue
        country, rule_id = _state_of_place(ctx, ent)
        state = country_entry(country) if country else None
        if state is None or placing.acts_as_agent(ctx, ent):
            continue
        if placing.capital_named_as_place(ctx, ent, "GPE"):
            actor = (state.actor_id, state.name, country, None)
            if rule_id == "actor.city_place":  # a place of the state, not its government
                actor = (f"place:{country}:{slug(ent.text)}", one_line(ent.text), country, None)
            found.append(Mention(ent, "GPE", *actor, rule_id, type="GPE"))
    return found


def _state_of_place(ctx: Context, ent: Span) -> tuple[str | None, str]:
    entry = ctx.gaz.lookup(ent.text)
    if entry is not None:  # a GPE capital is a candidate of its own: only a LOC one here
        capital = entry.kind == "capital" and ent.label_ == "LOC"
        return (entry.country if capital else None), "actor.capital_place"
    return ctx.gaz.place_state(ent.text) or _state_of_place_noun(ctx, ent), "actor.city_place"


def _state_of_place_noun(ctx: Context, ent: Span) -> str | None:
    """ "the besieged Bosnian town of X": the nationality word on the place noun."""
    noun = placing.place_noun_over(ctx, ent.root)
    for word in (t for t in noun.lefts if t.dep_ in ("amod", "compound") and noun is not ent.root):
        entry = ctx.gaz.lookup(word.text)
        if entry is not None and entry.kind in COUNTRY_KINDS and entry.country != "IGO":
            return entry.country
    return None
