"""A part of a group as a speaker: "one of them", "one of the diplomats", "two of the
ministers", "some of its members". The speaker is one of the group the "of" phrase names,
so the actor is the group's: that phrase is resolved as a speaker phrase ("them" -> the
officials the sentence before has as its subject; "the diplomats" -> the Kenyan diplomats)
(rule actor.speaker.partitive). The quantifiers are words.json's partitive_words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.actors.plural_they import previous_subject
from pipeline.actors.pronouns import pronouns
from pipeline.actors.words import default_words
from pipeline.rules import rule

RULE_ID = "actor.speaker.partitive"


def partitive_speaker(
    doc: Doc, head: Token, depth: int, resolve: Callable[..., dict | None]
) -> dict | None:
    """The actor of the group a quantifier's "of" phrase names, as `resolve` (the speaker
    resolver) finds it; None when the head is no quantifier or the group no actor."""
    if depth >= 2 or head.lower_ not in default_words().partitive_words:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if group is None:
        return None
    if group.lower_ in pronouns().plural:  # "One of them said": the subject before
        subject = previous_subject(doc, head.idx, singular=False)
        if subject is None:
            return None
        start, end = subject.start_char, subject.end_char
    else:
        start, end = group.left_edge.idx, group.right_edge.idx + len(group.right_edge)
    found = resolve(doc, start, end, depth=depth + 1)
    if not found or not found.get("actor_id"):
        return None
    confidence = min(found.get("confidence", 1.0), rule(RULE_ID).confidence)
    return {**found, "rule_id": RULE_ID, "confidence": confidence}
