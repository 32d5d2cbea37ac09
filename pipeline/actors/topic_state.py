"""The state a paragraph is about: the subject of its nearest sentence that has an actor as
subject, when that actor is a state or its government.

"Officials in Pristina rejected that account. A government spokesperson said ...": an
official who names no state is, in the absence of anything closer, one of the state the
discourse is about, and the subject of the sentences before is what a reader takes that
to be (the preferred centre of centering theory), more than a dateline's city where the
talks were held or a second state named as an object ("accused Egypt of stalling").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubjpass")
NO_STATE = ("IGO",)
GOVERNMENT = ("GOV",)  # the state or its government: troops or a company are no topic state
MAX_SENTENCES = 3  # the topic of a paragraph's last few sentences, not of a page before


def topic_state(doc: Doc, mentions: list[dict], start: int, para: int) -> str | None:
    """The state of the actor that is the main-clause subject of the nearest sentence
    before char `start`, within its paragraph (from char `para`) and `MAX_SENTENCES`
    sentences back, that has such a subject; None when that actor is not the state or its
    government ("Russian troops shelled ...": whose spokesman is open), has no state (an
    international body) or no sentence has one."""
    here = doc.char_span(start, start + 1, alignment_mode="expand")
    if here is None or len(here) == 0:
        return None
    sent = here[0].sent
    for _ in range(MAX_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if sent.end_char <= para:
            return None
        subject = _main_subject(sent)
        actor = _mention_on(mentions, subject) if subject is not None else None
        if actor is not None:
            country = actor.get("country")
            speaks = actor.get("label") == "GPE" or actor.get("role") in GOVERNMENT
            return country if speaks and country not in (None, *NO_STATE) else None
    return None


def _main_subject(sent: Span) -> Token | None:
    return next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)


def _mention_on(mentions: list[dict], token: Token) -> dict | None:
    """The actor mention that holds the subject's head word."""
    return next((m for m in mentions if m["start"] <= token.idx < m["end"]), None)
