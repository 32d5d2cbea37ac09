"""Acts whose object or qualifier changes what they are.

A show of force qualified as provocative is a threat (events/provocation.py). Withdrawing a
cooperative presence ("withdrew its peacekeepers from Y", "pulled its aid workers out of
Y") is no retreat from a fight but a cut in cooperation: PLOVER's SANCTION, as recalling an
ambassador is; to come ("will withdraw its inspectors"), a threat. The nouns of such a
presence are data (patterns/events.json cooperative_presence_nouns). An armed act prepared
is a mobilization (events/preparation.py), a demand a protest makes is the protest
(events/protest_demands.py), a resignation in protest is a protest (events/dissent.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.claims.tree import kids
from pipeline.events.dissent import protest_resignation
from pipeline.events.lexicon import EventLexicon
from pipeline.events.preparation import prepared_attack
from pipeline.events.protest_demands import protest_demand
from pipeline.events.provocation import provocative

if TYPE_CHECKING:
    from pipeline.events.coding import Coding

RULE_ID = "event.withdrawn_presence"


def reframed(coding: Coding, lex: EventLexicon) -> Coding:
    """The coding as its object or qualifier makes it (see the module's docstring)."""
    coding = prepared_attack(withdrawn_presence(provocative(coding, lex), lex), lex)
    return protest_resignation(protest_demand(coding, lex), lex)


def withdrawn_presence(coding: Coding, lex: EventLexicon) -> Coding:
    """SANCTION for a withdrawal whose object is a cooperative presence; else unchanged."""
    if coding.category != "RETREAT" or coding.pred.pos_ not in ("VERB", "AUX"):
        return coding
    if coding.noun is not None:  # a phrase ("received observers"), not a withdrawal verb
        return coding
    objects = [c for c in kids(coding.pred) if c.dep_ in ("dobj", "obj", "nsubjpass")]
    words = {w for o in objects for w in _head_words(o)}
    if not words & lex.cooperative_presence_nouns:
        return coding
    return replace(coding, category="SANCTION", rule_id=RULE_ID, mode=None)


def _head_words(obj) -> list[str]:
    """The object's head and that of its conjuncts ("inspectors and aid workers"), with a
    compound before the head ("aid workers" -> "aid worker")."""
    out = []
    for head in [obj, *obj.conjuncts]:
        lemma = head.lemma_.lower()
        out.append(lemma)
        out += [f"{c.lemma_.lower()} {lemma}" for c in kids(head) if c.dep_ in ("compound", "amod")]
    return out
