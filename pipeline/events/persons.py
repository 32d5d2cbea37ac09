"""Persons a claim's content speaks of by "he" or "she" (target.pronoun), and whether a
mention is the speaker's own actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.actors.pronouns import pronouns
from pipeline.actors.resolve import MAX_LOOKBACK

if TYPE_CHECKING:
    from pipeline.events.claims import DocState


def same_actor(m: dict, speaker: dict | None) -> bool:
    if not speaker:
        return False
    if m.get("actor_id") and m.get("actor_id") == speaker.get("actor_id"):
        return True
    return m["start"] < speaker["end"] and speaker["start"] < m["end"]


PRONOUN_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "poss", "pobj", "dative")
PRONOUN_ARGUMENT_IDS = frozenset(get_string_id(d) for d in PRONOUN_ARGUMENT_DEPS)


def pronoun_targets(content: list[Token], st: DocState, quoted: dict | None) -> list[dict]:
    """Persons the content speaks of by "he" or "she" ("'She is a disaster for this
    country,' X said" after a sentence about Y): the most recent person mentioned before the
    pronoun, but never the speaker of a quote (who would say "I"). Not "it" or "they", which
    as often stand for no actor ("It is a betrayal", "they were brought up in a conflict")."""
    known = pronouns()
    out: list[dict] = []
    for tok in content:
        if st.deps[tok.i] not in PRONOUN_ARGUMENT_IDS:
            continue
        if tok.lower_ not in known.person or tok.lower_ in known.reflexive:
            continue
        found = antecedent(tok, st, quoted)
        if found is not None and found not in out:
            end = tok.idx + len(tok.text)
            out.append({**found, "text": tok.text, "start": tok.idx, "end": end})
    return out


def antecedent(tok: Token, st: DocState, quoted: dict | None) -> dict | None:
    """The most recent person mentioned before the token, within the look-back the actor
    stage allows a pronoun speaker."""
    best = None
    for m in st.mentions.rows:
        if m["end"] > tok.idx:
            break
        if tok.idx - m["end"] > MAX_LOOKBACK or m.get("label") != "PERSON":
            continue
        if m.get("actor_id") and not same_actor(m, quoted):
            best = m
    return best
