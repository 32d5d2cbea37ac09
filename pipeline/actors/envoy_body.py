"""A body kept abroad with no state of its own ("the embassy in Tbilisi said") after an
envoy of one state ("summoned the Russian ambassador"): that state's body (rule
actor.speaker.envoy_body), never the state it is kept in."""

from __future__ import annotations

from pipeline.actors.describe import Description
from pipeline.actors.salience import MAX_LOOKBACK
from pipeline.actors.unnamed import unnamed_actor
from pipeline.actors.words import default_words
from pipeline.rules import rule

RULE_ID = "actor.speaker.envoy_body"


def envoy_body(desc: Description, mentions: list[dict], start: int) -> dict | None:
    """The body of the state of the last envoy named before `start`, else None."""
    posted = default_words().posted_nouns
    if desc.kind != "org" or desc.noun not in posted or desc.country is not None:
        return None
    for m in reversed(mentions):
        if m["end"] > start:
            continue
        if start - m["end"] > MAX_LOOKBACK:
            return None
        words = (m.get("text") or "").lower().split()
        if m.get("label") != "PERSON" or not any(w in posted for w in words):
            continue
        if m.get("country") in (None, "IGO", desc.host):
            return None  # the last envoy is of no state, or of the host's
        actor = unnamed_actor(desc, m["country"])
        return {**actor, "resolved_from": "role_noun", "rule_id": RULE_ID,
                "confidence": rule(RULE_ID).confidence} if actor else None  # fmt: skip
    return None


def later_envoy_body(
    desc: Description, mentions: list[dict], start: int, chosen: dict
) -> dict | None:
    """ "Chile summoned the Peruvian ambassador. The embassy said": an envoy named after the
    state chosen for the body is the nearer antecedent, so the body is the envoy's state's."""
    if chosen.get("label") != "GPE":
        return None
    after = [m for m in mentions if chosen["end"] <= m["start"] and m["end"] <= start]
    return envoy_body(desc, after, start)
