"""A speaker whose country is only a guess is less sure (rule actor.speaker.country_guess):
an actor whose state came from the article's state or the one state its sentence names
(`country_from` "article" or "sentence" in the actors table), not from its own words,
keeps its name but speaks with at most the rule's confidence, and says so."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.rules import rule

RULE_ID = "actor.speaker.country_guess"
GUESSED_FROM = ("article", "sentence")


def with_guess_confidence(doc: Doc, found: dict | None) -> dict | None:
    """The resolved speaker, its confidence capped when its actor's country is a guess."""
    if found is None or not found.get("actor_id") or not found.get("country"):
        return found
    actors = getattr(doc._, "actors", None) or []
    row = next((a for a in actors if a.get("actor_id") == found["actor_id"]), None)
    guessed_from = (row or {}).get("country_from")
    if guessed_from not in GUESSED_FROM or row.get("country") != found["country"]:
        return found
    cap = rule(RULE_ID).confidence
    if found.get("confidence", 1.0) <= cap:
        return {**found, "country_from": guessed_from}
    return {**found, "confidence": cap, "country_from": guessed_from, "confidence_rule": RULE_ID}
