"""Places NER labels as locations (LOC) that the candidate pass leaves aside: a capital
named as where an act happens ("a curfew in Algiers") is the state's, as PLOVER codes the
place of an act (rule actor.capital_place, the same test as for GPE capitals:
shapes.capital_named_as_place)."""

from __future__ import annotations

from pipeline.actors import shapes
from pipeline.actors.mention import Context, Mention

PLACE_LABELS = ("LOC",)


def located_capitals(ctx: Context, covered: set[int]) -> list[Mention]:
    """Capitals labelled LOC, no mention there, named as the place of an act."""
    found = []
    for ent in ctx.doc.ents:
        if ent.label_ not in PLACE_LABELS or covered.intersection(range(ent.start, ent.end)):
            continue
        entry = ctx.gaz.lookup(ent.text)
        if entry is None or entry.kind != "capital" or entry.country is None:
            continue
        if shapes.acts_as_agent(ctx, ent) or not shapes.capital_named_as_place(ctx, ent, "GPE"):
            continue
        actor = (entry.actor_id, entry.name, entry.country, None)
        found.append(Mention(ent, "GPE", *actor, "actor.capital_place", type="GPE"))
    return found
