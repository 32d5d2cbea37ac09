"""An armed act an actor prepares is a mobilization: PLOVER's MOBILIZE is the readying of
force, so "the army prepared to resume shelling Y" is MOBILIZE toward Y, not FIGHT. The act
is the open complement of a preparation verb (patterns/events.json preparation_verbs); an
adjective of readiness ("is prepared to attack") stays a stated intention (a threat).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.events.coding import Coding

RULE_ID = "event.prepared_attack"
ARMED = ("FIGHT", "ASSAULT")


def prepared_attack(coding: Coding, lex: EventLexicon) -> Coding:
    """MOBILIZE for an armed act that a preparation verb governs, through open complements
    ("prepared to resume shelling Y"); the preparing is the act, the armed act names its
    targets. Else unchanged."""
    if coding.category not in ARMED or coding.noun is not None:
        return coding
    tok = coding.pred
    for _ in range(2):
        if tok.dep_ != "xcomp" or tok.head.pos_ != "VERB":
            return coding
        tok = tok.head
        if tok.lemma_.lower() in lex.preparation_verbs:
            return replace(
                coding, category="MOBILIZE", rule_id=RULE_ID, pred=tok, noun=coding.pred, mode=None
            )
    return coding
