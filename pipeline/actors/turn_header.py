"""A briefing transcript's header says whose briefing it is: "TRANSCRIPT: Press briefing by
the Ministry of Foreign Affairs of Hungary". A turn's speaker whom the text names nowhere
else ("MS. HORVATH:") is that institution's briefer: of its state, a government speaker,
a guess (rule actor.speaker.turn_header_state); then the briefer's "we" is that state's
(actor.speaker.turn_we). Only when the text before the first turn names one state's
institutions and no other state."""

from __future__ import annotations

from pipeline.rules import rule

RULE_ID = "actor.speaker.turn_header_state"
GOVERNMENT_ROLES = ("GOV",)  # a briefing by a state's government or one of its bodies
NO_STATE = ("IGO",)


def header_state(actors: list[dict], header_end: int) -> str | None:
    """The one state the actors first named before char `header_end` (the first turn)
    have, when one of them is a government body or official of it; else None."""
    before = [a for a in actors if a.get("first_start", header_end) < header_end]
    states = {a["country"] for a in before if a.get("country")}
    if len(states) != 1 or states & set(NO_STATE):
        return None
    (state,) = states
    if not any(a.get("role") in GOVERNMENT_ROLES and a["country"] == state for a in before):
        return None
    return state


def header_briefer(actors: list[dict], header_end: int) -> dict:
    """Speaker fields for a turn's unknown speaker: the header state's government, with
    the rule and its confidence; {} when the header names no one state."""
    state = header_state(actors, header_end)
    if state is None:
        return {}
    return {"country": state, "role": "GOV", "rule_id": RULE_ID,
            "confidence": rule(RULE_ID).confidence}  # fmt: skip
