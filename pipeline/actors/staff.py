"""Who a possessive makes a speaker speak for.

- "his office said", "her spokesman said": the person the pronoun stands for, as "a
  spokesperson for X" is X (rule actor.speaker.possessor_staff; lexicon words.json
  staff_nouns);
- "the bank's governor, Yemi Adeola": a person named in apposition takes the country of
  the body the possessor resolves to (rule actor.speaker.apposition)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.actors.salience import person_antecedent
from pipeline.actors.speaker_docs import phrase_chars
from pipeline.actors.words import default_words
from pipeline.rules import rule

RULE_ID = "actor.speaker.possessor_staff"
Resolver = Callable[..., dict | None]
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


def possessor_country(doc: Doc, head: Token, depth: int, resolve: Resolver) -> str | None:
    """ "the bank's governor, Yemi Adeola": the country of the actor a noun possessor
    ("the bank") resolves to by `resolve` (the speaker resolution, which calls this), for
    a person named in apposition with no country."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if poss is None or depth >= 2:
        return None
    found = resolve(doc, *phrase_chars(poss), depth=depth + 1)
    return (found or {}).get("country")
