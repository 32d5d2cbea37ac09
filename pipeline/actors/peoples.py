"""A nationality word on a whole people ("the Peruvian public", "the Latvian electorate")
or on a people's own plural name ("Iranian Baluchis", "Chinese Uyghurs"): that people of that state,
an actor apart from the state's government (desc:<ISO3>:<people>, as the events stage names
such a target; rule actor.national_people).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.arrays import span_text
from pipeline.actors.faiths import faith_groups
from pipeline.actors.gazetteer import STATE_KINDS, country_entry, slug
from pipeline.actors.mention import Context, Mention
from pipeline.actors.national_targets import national_targets
from pipeline.rules import load_data

MODIFIER_DEPS = ("amod", "compound", "nmod")


@cache
def people_nouns() -> frozenset[str]:
    """Lemmas of nouns for a whole people (patterns/peoples.json)."""
    return frozenset(load_data("actors", "peoples.json", 1)["people_nouns"])


def national_peoples(ctx: Context, covered: set[int]) -> list[Mention]:
    """Peoples a nationality word names, groups a faith word names (faiths.py) and the
    property of a state an act of force is done to (national_targets.py), no mention
    there."""
    found = faith_groups(ctx, covered) + national_targets(ctx, covered)
    covered = covered.union(i for m in found for i in range(*m.bounds))
    for ent in ctx.ents:
        if ent.label_ != "NORP":
            continue
        head = ent.root.head
        if ent.root.dep_ not in MODIFIER_DEPS or head.i != ent.end:
            continue
        if covered.intersection(range(ent.start, head.i + 1)):
            continue
        entry = ctx.gaz.lookup(span_text(ent))
        state = country_entry(entry.country) if entry and entry.kind in STATE_KINDS else None
        mention = _people(ctx.doc[ent.start : head.i + 1], head, state) if state else None
        if mention is not None:
            found.append(mention)
    return found


def _people(span: Span, head: Token, state) -> Mention | None:
    """ "the Peruvian public": the public of Peru; "Iranian Baluchis" (a people's name in the
    plural, which the tagger may take for a singular name): the Kurds of Iraq."""
    country = state.country
    if head.lemma_.lower() in people_nouns():
        people = head.lemma_.lower()
    elif head.ent_type_ == "NORP" and head.text[:1].isupper() and head.text.endswith("s"):
        people = head.text
    else:
        return None
    name = " ".join(t.text for t in span if t.dep_ != "det")  # "Peruvian public"
    actor = (f"desc:{country}:{slug(people)}", name, country, "CVL")
    return Mention(span, "NORP", *actor, "actor.national_people", type="NORP")
