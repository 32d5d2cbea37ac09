"""'We' in a transcript turn: the state a government official's turn speaks for
(rule actor.speaker.turn_we); and the turn's label as its speaker (actor.speaker.turn_label)."""

from __future__ import annotations

from pipeline.actors.gazetteer import country_entry
from pipeline.actors.pronouns import pronouns
from pipeline.rules import rule


def speaks_for(text: str, speaker: dict) -> dict | None:
    """ "We" (or "our") in a transcript turn: the state a government official's turn speaks
    for (a head of state's "we will decide" is the government's), as speaker fields; None for
    another word, or when the turn speaker is no state official with a known country (then
    "we" stays theirs)."""
    known = pronouns()
    if text.lower() not in known.first_person_plural:
        return None
    country = speaker.get("country")
    if (
        speaker.get("role") != "GOV"
        or not country
        or str(speaker.get("actor_id", "")).startswith("gpe:")
    ):
        return None
    state = country_entry(country)
    if state is None:
        return None
    rule_id = "actor.speaker.turn_we"
    # no surer than the official's own country (a guess from a transcript's header)
    confidence = min(rule(rule_id).confidence, speaker.get("confidence") or 1.0)
    return {"actor_id": state.actor_id, "name": state.name, "country": state.country,
            "role": "GOV", "resolved_from": "turn", "rule_id": rule_id,
            "confidence": confidence, "type": "state"}  # fmt: skip


TURN_LABEL = "actor.speaker.turn_label"


def turn_label_speaker() -> dict:
    """The speaker fields of a turn whose label names its speaker ("MR. CARLISLE:"): the
    rule, and the confidence it declares (the actor itself comes from the claims stage's
    reading of the turn)."""
    return {"rule_id": TURN_LABEL, "confidence": rule(TURN_LABEL).confidence}
