"""Acts re-coded by who does them: a protest by civilians is a PROTEST, not a diplomatic
DISAPPROVE; killing by an armed force is combat, FIGHT, not ASSAULT."""

from __future__ import annotations

from pipeline.events.coding import Coding, verb_lemma
from pipeline.events.lexicon import EventLexicon


def civil_protest(coding: Coding, source: dict, lex: EventLexicon) -> Coding:
    """A protest by a civilian group (students, workers, a people) is a PROTEST, not a
    diplomatic DISAPPROVE."""
    text = source.get("text") or ""
    plural_people = text.endswith("s") and (
        source.get("actor_id") is None or text != source.get("name")
    )
    civil = source.get("role") in lex.civil_roles or plural_people
    if coding.category == "DISAPPROVE" and civil and coding.pred.lemma_.lower() == "protest":
        return Coding("PROTEST", coding.rule_id, coding.pred, coding.noun, "demo", coding.negated)
    return coding


def military_force(coding: Coding, source: dict, lex: EventLexicon) -> Coding:
    """Killing or wounding by an armed force (troops, aircraft, artillery) is PLOVER's FIGHT,
    conventional military force, not ASSAULT; not by police ("police forces"), nor torture,
    beating or abduction, which no armed force does as combat (unconventional_acts)."""
    if coding.category != "ASSAULT" or verb_lemma(coding.pred, lex) in lex.unconventional_acts:
        return coding
    words = [w.removesuffix("s") for w in (source.get("text") or "").lower().split()]
    if any(w in lex.police_nouns for w in words):
        return coding
    heads = {" ".join(words[-2:]), words[-1]} if words else set()
    if source.get("role") == "MIL" or heads & lex.military_nouns:
        return Coding(
            "FIGHT", coding.rule_id, coding.pred, coding.noun, coding.mode, coding.negated
        )
    return coding
