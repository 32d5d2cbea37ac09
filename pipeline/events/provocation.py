"""A show of force made a threat by the word that qualifies it.

Military drills are a cooperation between the armies that hold them, and a deployment is a
mobilisation; qualified as provocative or menacing ("held provocative drills near Y", "a
menacing deployment on the border") they are aimed at someone and PLOVER codes them as a
threat. The qualifying words are data (patterns/events.json threatening_modifiers).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.events.coding import Coding

RULE_ID = "event.provocative"
# a qualified act of these classes becomes a threat; a conflict act stays what it is
TURNED = ("verbal_cooperation", "material_cooperation")


def provocative(coding: Coding, lex: EventLexicon) -> Coding:
    """THREATEN for a cooperation or a mobilisation whose event noun a threatening word
    qualifies ("staged provocative exercises"); the coding unchanged otherwise."""
    noun = coding.noun if coding.noun is not None else coding.pred
    if noun.pos_ not in ("NOUN", "PROPN"):
        return coding
    quad = lex.quads.get(coding.category or "")
    if quad not in TURNED and coding.category != "MOBILIZE":
        return coding
    qualified = any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.threatening_modifiers
        for c in kids(noun)
    )
    return replace(coding, category="THREATEN", rule_id=RULE_ID) if qualified else coding
