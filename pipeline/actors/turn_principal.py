"""A bare title ("the Secretary", "the Minister", "the President") spoken of in a
government official's transcript turn, with no state named for it, is the official's own
principal: an unnamed actor of the official's state, a guess (rule
actor.speaker.turn_principal)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.actors.describe import Description
from pipeline.actors.unnamed import unnamed_actor
from pipeline.doctext import doc_text
from pipeline.rules import rule

RULE_ID = "actor.speaker.turn_principal"
PRINCIPAL_NOUNS = frozenset({"secretary", "minister", "president", "premier", "chancellor"})


def turn_principal(doc: Doc, desc: Description, mentions: list[dict], at: int) -> dict | None:
    """The unnamed principal of the official whose turn holds char `at`, else None."""
    if desc.kind != "person" or desc.plural or desc.country is not None:
        return None
    if desc.noun not in PRINCIPAL_NOUNS or desc.indefinite:
        return None
    turn = _official_turn(doc, at)
    country = _official_state(doc, turn, mentions) if turn is not None else None
    actor = unnamed_actor(desc, country) if country else None
    if actor is None:
        return None
    confidence = rule(RULE_ID).confidence
    return {**actor, "resolved_from": "unnamed", "rule_id": RULE_ID, "confidence": confidence}


def _official_turn(doc: Doc, at: int) -> dict | None:
    """The official's turn (past its label) that holds char `at`."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    for turn in (layout or {}).get("turns") or []:
        if turn.get("kind") == "official" and turn["label_end"] <= at < turn["end"]:
            return turn
    return None


def _official_state(doc: Doc, turn: dict, mentions: list[dict]) -> str | None:
    """The state of the person the turn's label names: the person's own, else the one
    state named on the line that introduces them ("Ned Carlisle, Deputy Spokesperson,
    U.S. Department of State")."""
    text = doc_text(doc)
    words = text[turn["label_start"] : turn["label_end"]].rstrip(": ").lower().split()
    if not words:
        return None
    named = [
        m for m in mentions
        if m.get("label") == "PERSON" and (m.get("text") or "").lower().split()[-1:] == words[-1:]
    ]  # fmt: skip
    own = {m["country"] for m in named if m.get("country") not in (None, "IGO")}
    if own:
        return next(iter(own)) if len(own) == 1 else None
    if not named:
        return None
    line_start = text.rfind("\n", 0, named[0]["start"]) + 1
    line_end = text.find("\n", named[0]["end"])
    line_end = len(text) if line_end < 0 else line_end
    on_line = [m for m in mentions if line_start <= m["start"] and m["end"] <= line_end]
    states = {m["country"] for m in on_line if m.get("country") not in (None, "IGO")}
    return next(iter(states)) if len(states) == 1 else None
