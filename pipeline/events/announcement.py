"""A measure announced is taken: "X announced it would expel Y's diplomats" reports X's
decision, a SANCTION, not a threat, where "X said it would expel them" may still be one.
The announcing verbs and the categories of measures are data (patterns/events.json
decision_verbs, decided_categories)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

RULE_ID = "event.announced_measure"
OWN = ("it", "they", "we")  # the announcer itself


def announced_measure(pred: Token, category: str | None, lex: EventLexicon) -> bool:
    """Is the act (or an act joined to it: "would ban aid and would deny entry") the clause
    of an announcing verb whose subject is the announcer?"""
    if category not in lex.decided_categories:
        return False
    clause = pred
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex.decision_verbs:
        return False
    subjects = [c for c in kids(clause) if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lower_ in OWN
