"""A speaker whose country is only a guess is less sure (rule actor.speaker.country_guess):
an actor whose state came from the article's state or the one state its sentence names
(`country_from` "article" or "sentence" in the actors table), not from its own words,
keeps its name but speaks with at most the rule's confidence, and says so."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.doctext import PerDoc
from pipeline.rules import rule

RULE_ID = "actor.speaker.country_guess"
GUESSED_FROM = ("article", "sentence")


def with_guess_confidence(doc: Doc, found: dict | None) -> dict | None:
    """The resolved speaker, its confidence capped when its actor's country is a guess."""
    if found is None or not found.get("actor_id") or not found.get("country"):
        return found
    row = _actor_rows(doc).get(found["actor_id"])
    guessed_from = (row or {}).get("country_from")
    if guessed_from not in GUESSED_FROM or row.get("country") != found["country"]:
        return found
    cap = rule(RULE_ID).confidence
    if found.get("confidence", 1.0) <= cap:
        return {**found, "country_from": guessed_from}
    return {**found, "confidence": cap, "country_from": guessed_from, "confidence_rule": RULE_ID}


# per Doc: its actor rows (held, so that a new list is seen as new), their number, and the
# first row of each actor id: every resolved speaker asks, and a scan of the list cost more
_BY_ID: PerDoc[tuple[list, int, dict[str, dict]]] = PerDoc()


def _actor_rows(doc: Doc) -> dict[str, dict]:
    """The Doc's actor rows by id, the first of each id (as a scan of the list finds)."""
    actors = getattr(doc._, "actors", None) or []
    known = _BY_ID.get(doc)
    if known is None or known[0] is not actors or known[1] != len(actors):
        by_id: dict[str, dict] = {}
        for actor in actors:
            by_id.setdefault(actor.get("actor_id"), actor)
        known = _BY_ID.set(doc, (actors, len(actors), by_id))
    return known[2]
