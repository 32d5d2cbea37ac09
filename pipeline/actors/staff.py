"""One who speaks for a person named by a possessive pronoun ("his office said", "her
spokesman said"): the person the pronoun stands for, as "a spokesperson for X" is X
(rule actor.speaker.possessor_staff; lexicon words.json staff_nouns)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.salience import person_antecedent
from pipeline.actors.words import default_words
from pipeline.rules import rule

RULE_ID = "actor.speaker.possessor_staff"
POSSESSIVE_SEX = {"his": "male", "her": "female"}


def staff_speaker(doc: Doc, mentions: list[dict], start: int, head: Token) -> dict | None:
    """The person a "his"/"her" before a noun of one's office or staff stands for."""
    if head.lower_ not in default_words().staff_nouns:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in POSSESSIVE_SEX:
        return None
    found, _ = person_antecedent(doc, mentions, start, POSSESSIVE_SEX[poss.lower_])
    if found is None:
        return None
    return {
        "actor_id": found.get("actor_id"),
        "name": found.get("name") or found.get("text"),
        "country": found.get("country"),
        "role": found.get("role"),
        "resolved_from": "pronoun",
        "rule_id": RULE_ID,
        "confidence": rule(RULE_ID).confidence,
    }
