"""A state's own public life: "opposition leaders said", "union leaders said" with no state
named for them are of the dateline's state, else of the one state the story names (rule
actor.speaker.domestic_group; a guess, lexicon: actors/patterns/domestic_groups.json)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from pipeline.actors.describe import Description
from pipeline.actors.state_bodies import dateline_country
from pipeline.actors.unnamed import unnamed_actor
from pipeline.rules import load_data, rule

RULE_ID = "actor.speaker.domestic_group"


@lru_cache(maxsize=1)
def domestic_modifiers() -> frozenset[str]:
    return frozenset(load_data("actors", "domestic_groups.json", version=1)["modifiers"])


def domestic_group(doc: Doc, desc: Description, mentions: list[dict]) -> dict | None:
    """The unnamed group of the story's one state, else None."""
    if not desc.plural or desc.country is not None or desc.kind not in ("person", "group"):
        return None
    if not set(desc.modifiers) & domestic_modifiers():
        return None
    country = dateline_country(doc) or _single_state(mentions)
    actor = unnamed_actor(desc, country) if country else None
    if actor is None:
        return None
    return {**actor, "resolved_from": "unnamed", "rule_id": RULE_ID,
            "confidence": rule(RULE_ID).confidence}  # fmt: skip


def _single_state(mentions: list[dict]) -> str | None:
    """The one state the story's mentions are of; None when it names none or several."""
    states = {m["country"] for m in mentions if m.get("country") not in (None, "IGO")}
    return next(iter(states)) if len(states) == 1 else None
