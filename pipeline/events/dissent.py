"""Quitting in protest: a resignation or walk-out done "in protest" ("resigned in protest
against the government's decision") is political dissent, PLOVER's PROTEST against whom it
opposes, not a RETREAT toward it. The verbs are data (patterns/events.json dissent_verbs).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.events.coding import Coding

RULE_ID = "event.protest_resignation"


def protest_resignation(coding: Coding, lex: EventLexicon) -> Coding:
    """PROTEST for a dissent verb done in protest; else unchanged."""
    if coding.category == "PROTEST" or not quit_in_protest(coding.pred, lex):
        return coding
    return replace(coding, category="PROTEST", rule_id=RULE_ID, noun=None, mode=None)


def quit_in_protest(pred: Token, lex: EventLexicon) -> bool:
    """A verb of quitting ("resigned", "stepped down", "walked out") with "in protest"."""
    if pred.pos_ not in ("VERB", "AUX"):
        return False
    lemma = pred.lemma_.lower()
    after = [c for c in kids(pred) if c.i == pred.i + 1 and c.dep_ in ("prt", "advmod")]
    particles = [f"{lemma} {c.lower_}" for c in after]  # "stepped down", parsed either way
    if not {lemma, *particles} & lex.dissent_verbs:
        return False
    return any(
        prep.lower_ == "in" and any(n.lemma_.lower() == "protest" for n in kids(prep))
        for prep in kids(pred)
        if prep.dep_ == "prep"
    )
