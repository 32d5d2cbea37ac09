"""Countries that share their name with a region of another state ("Georgia": the
country, or the US state).

A mention of such a name, which the gazetteer reads as the country, is the region when the
text names places of the region's state (its one-state cities, its regions, a dateline
there) and no place nor nationality of the country ("Police in Georgia ... Atlanta"): an
actor of its own, `place:<ISO3>:<name>`, of the region's state (rule
actor.namesake_region). Without such places the country stands ("Georgia and Russia").
"""

from __future__ import annotations

from functools import cache

import pycountry
from spacy.tokens import Doc, Token

from pipeline.actors.gazetteer import Gazetteer, slug
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.namesake_region"
PLACE_LABELS = ("GPE", "LOC", "FAC")


@cache
def namesake_regions() -> dict[str, str]:
    """Name (lower case) -> the state whose region it also names."""
    regions = load_data("actors", "namesake_regions.json", 1)["regions"]
    return {name.lower(): state for name, state in regions.items()}


@cache
def region_names(alpha3: str) -> frozenset[str]:
    """The ISO 3166-2 subdivision names of a state, lower case ("florida")."""
    state = pycountry.countries.get(alpha_3=alpha3)
    if state is None:
        return frozenset()
    found = pycountry.subdivisions.get(country_code=state.alpha_2) or []
    return frozenset(s.name.lower() for s in found)


def relink_namesake_regions(ctx: Context, mentions: list[Mention]) -> None:
    """Read a country's name as the region of another state where the text's places say so."""
    regions = namesake_regions()
    ambiguous = [
        m for m in mentions if m.label == "GPE" and m.span.text.lower() in regions and m.country
    ]
    if not ambiguous:
        return
    for name in {m.span.text.lower() for m in ambiguous}:
        region_state = regions[name]
        country = next(m.country for m in ambiguous if m.span.text.lower() == name)
        region, nation = _evidence(ctx.doc, ctx.gaz, name, region_state, country)
        if not region or nation:
            continue
        named = [m for m in ambiguous if m.span.text.lower() == name]
        if any(_with_a_state(ctx.gaz, m.span.root) for m in named):
            continue  # "Georgia and Russia resumed talks": states act with states
        for m in named:
            m.actor_id = f"place:{region_state}:{slug(m.span.text)}"
            m.name, m.country, m.role = m.span.text, region_state, None
            m.set_rule(RULE_ID)


def _with_a_state(gaz: Gazetteer, root: Token) -> bool:
    """Is the name coordinated with a country's name ("Georgia and Russia")?"""
    near = [*root.conjuncts]
    return any(
        (e := gaz.lookup(t.text)) is not None and e.kind == "country" and e.country for t in near
    )


def _evidence(
    doc: Doc, gaz: Gazetteer, name: str, region_state: str, country: str
) -> tuple[bool, bool]:
    """Does the text name a place of the region's state (a one-state city, a region;
    not its capital nor its name: "Washington" says nothing of Georgia), and does it name
    a place, the capital or a nationality of the country?"""
    texts = [e.text for e in doc.ents if e.label_ in (*PLACE_LABELS, "NORP")]
    region = nation = False
    for text in [*texts, *_dateline_places(doc)]:
        if text.lower() == name:
            continue
        entry, place = gaz.lookup(text), gaz.place_state(text)
        if place == country or (entry is not None and entry.country == country):
            nation = True
        elif entry is None and (
            place == region_state or text.lower() in region_names(region_state)
        ):
            region = True
    return region, nation


def _dateline_places(doc: Doc) -> list[str]:
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    blocks = (layout or {}).get("blocks", [])
    return [
        part.strip().title()
        for b in blocks
        if b.get("kind") == "dateline" and b.get("place")
        for part in b["place"].replace("/", ",").split(",")
    ]
