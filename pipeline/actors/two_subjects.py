"""Two subjects the parser gave one verb: which of them speaks (rules
actor.speaker.nearest_subject, actor.speaker.not_vocative, actor.speaker.split_subject,
for the claims stage)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.arrays import token_sentence_bounds


def nearest_subject(verb: Token, subjs: list[Token]) -> tuple[Token, str | None]:
    """ "Voters, Lopez said, will pay more": of two subjects the parser gave a verb set off
    by commas, the one next to it (the other opens the content). Otherwise the first, as
    for one subject ("Biden, Jr. called": one name)."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if len(subjs) > 1 and (addressed := past_vocative(verb, subjs)) is not None:
        return addressed, "actor.speaker.not_vocative"
    if len(subjs) > 1 and (head := _run_together(verb, subjs)) is not None:
        return head, "actor.speaker.split_subject"
    if len(subjs) == 1 or after is None or after.text != ",":
        return subjs[0], None
    near = max((c for c in subjs if c.i < verb.i), key=lambda c: c.i, default=subjs[0])
    return near, "actor.speaker.nearest_subject"


def _run_together(verb: Token, subjs: list[Token]) -> Token | None:
    """ "ECOWAS Commission President Ana Ruiz told ...": a name the parser made a subject of
    its own, running with no comma into the noun phrase of the subject next to the verb,
    is one phrase with it, whose head is that subject."""
    first, near = subjs[0], subjs[-1]
    if not first.i < near.i < verb.i or first.pos_ != "PROPN" or near.pos_ != "PROPN":
        return None
    opening = near.left_edge  # nothing after the first name: no list ("X, Y and Z")
    return near if first.right_edge.i == first.i == opening.i - 1 and opening.is_title else None


def past_vocative(verb: Token, subjs: list[Token]) -> Token | None:
    """ "Dana, the senator said yesterday that ...": a one-word name and a comma opening the
    sentence (or a transcript turn) is whom the speaker addresses; the parser made it a
    second subject. The common noun or pronoun right before the verb speaks."""
    first, near = subjs[0], subjs[-1]
    doc = verb.doc
    if not first.i < near.i < verb.i or near.pos_ == "PROPN" or near.right_edge.i + 1 != verb.i:
        return None
    opens = first.i == token_sentence_bounds(first)[0] or doc[first.i - 1].text in (":", "—", "–")
    if not opens or first.pos_ != "PROPN" or doc[first.i + 1].text != ",":
        return None
    return near if near.left_edge.i == first.i + 2 else None
