"""An appeal to every side of a dispute takes no side (patterns/appeals.json, rule
stance.even_handed_appeal): "urged both countries to avoid steps that could raise tensions",
"called on all parties to exercise restraint", "calls on the governments of X and Y to resume
talks". The demand is still coded (DEMAND), but the stance toward its addressees is neutral:
it is a call for restraint, not pressure on one party.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.rules import load_data

RULE_ID = "stance.even_handed_appeal"


@cache
def table() -> dict[str, Any]:
    return load_data("events", "appeals.json", 1)


def even_handed(stance: dict, category: str | None, pred: Token | None) -> dict:
    """A neutral stance for an appeal of the listed categories whose addressee is every side
    ("both", "all parties", two actors joined by "and"); else the stance as it was."""
    if category not in table()["categories"] or pred is None:
        return stance
    if not any(every_side(a) for a in addressees(pred)):
        return stance
    return {"polarity": "neutral", "category": "appeal", "score": 0.0, "rule_id": RULE_ID}


def addressees(pred: Token) -> list[Token]:
    """Whom the appeal is made to: the object of a verb of asking someone ("urged Y";
    appeals.json addressee_verbs: not "demanded the removal of X and Y", what is asked for),
    or the object of its "on"/"to" phrase ("called on Y", "appealed to Y")."""
    data = table()
    preps = data["addressee_preps"]
    asks = pred.lemma_.lower() in data["addressee_verbs"]
    found = [c for c in kids(pred) if c.dep_ in ("dobj", "obj")] if asks else []
    for prep in (c for c in kids(pred) if c.dep_ == "prep" and c.lower_ in preps):
        found += [c for c in kids(prep) if c.dep_ == "pobj"]
    return found


def every_side(noun: Token) -> bool:
    """Does the noun phrase name every side: a word of a set ("both", "all"), a number of
    them ("the two countries"), sides or parties, or actors joined by "and" (in its "of"
    phrase too: "the governments of X and Y")?"""
    data = table()
    mods = list(kids(noun))
    if any(c.lower_ in data["set_words"] or c.lower_ in data["pair_numbers"] for c in mods):
        return True
    if noun.tag_ == "NNS" and noun.lemma_.lower() in data["set_nouns"]:
        return True
    if any(c.dep_ == "conj" for c in mods):
        return True
    of_objects = [g for c in mods if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)]
    return any(g.dep_ == "pobj" and any(k.dep_ == "conj" for k in kids(g)) for g in of_objects)
