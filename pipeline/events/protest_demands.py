"""A demand made by a protest is the protest: "a demonstration calling for Y's removal" and
"protesters blocked roads demanding Y's return" are PLOVER's PROTEST toward Y, the act done,
not a verbal DEMAND. The demand is a participle on a protest noun ("a rally calling for"),
or a participle or purpose clause of a protest act ("blocked roads demanding", "marched to
demand")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.events.coding import Coding

RULE_ID = "event.protest_demand"


def protest_demand(coding: Coding, lex: EventLexicon) -> Coding:
    """PROTEST for a demand that a protest makes; else unchanged."""
    pred = coding.pred
    if coding.category != "DEMAND" or pred.pos_ != "VERB":
        return coding
    head = pred.head
    if pred.dep_ == "acl" and _category(lex.nouns.get(head.lemma_.lower())) == "PROTEST":
        return replace(coding, category="PROTEST", rule_id=RULE_ID, mode="demo")
    if pred.dep_ in ("advcl", "xcomp") and _protest_act(head, lex):
        return replace(coding, category="PROTEST", rule_id=RULE_ID, mode="demo")
    return coding


def _protest_act(verb: Token, lex: EventLexicon) -> bool:
    """A protest verb ("marched"), or a verb whose object makes a protest phrase ("blocked
    roads", "staged a rally")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if _category(lex.verbs.get(lemma)) == "PROTEST":
        return True
    for obj in (c for c in kids(verb) if c.dep_ in ("dobj", "obj")):
        noun = obj.lemma_.lower()
        phrase = lex.phrases.get((lemma, noun))
        if _category(phrase) == "PROTEST" or (
            lemma in lex.light_verbs and _category(lex.nouns.get(noun)) == "PROTEST"
        ):
            return True
    return False


def _category(entry) -> str | None:
    return entry.category if entry is not None else None
