"""Acts re-coded by who does them: a protest by civilians is a PROTEST, not a diplomatic
DISAPPROVE; killing by an armed force is combat, FIGHT, not ASSAULT."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.events.arguments import source_heads
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
    words = _source_words(source)
    if any(w in lex.police_nouns for w in words):
        return coding
    if _armed_force(source, words, lex):
        return Coding(
            "FIGHT", coding.rule_id, coding.pred, coding.noun, coding.mode, coding.negated
        )
    return coding


def state_force_blockade(coding: Coding, source: dict, lex: EventLexicon) -> Coding:
    """Roads blocked or a square sealed off by police or troops is PLOVER's COERCE, a
    restriction of movement: a state's forces do not protest ("Police blocked roads to
    the parliament" is no PROTEST)."""
    if coding.category != "PROTEST":
        return coding
    words = _source_words(source)
    if any(w in lex.police_nouns for w in words) or _armed_force(source, words, lex):
        return Coding("COERCE", coding.rule_id, coding.pred, coding.noun, None, coding.negated)
    return coding


def force_acts(coding: Coding, source: dict, lex: EventLexicon) -> Coding:
    """The acts re-coded when a state's force does them: combat, and blockades."""
    return military_force(state_force_blockade(coding, source, lex), source, lex)


def reported_doer(coding: Coding) -> dict:
    """Who does an act reported in speech ("officials said police blocked roads"), as the
    words of its first subject: a state's force re-codes it as it does its own act."""
    heads = source_heads(coding.pred, coding.noun)
    if not heads:
        return {}
    head = heads[0]
    return {"text": head.doc[head.left_edge.i : head.i + 1].text}


def _source_words(source: dict) -> list[str]:
    return [w.removesuffix("s") for w in (source.get("text") or "").lower().split()]


def _armed_force(source: dict, words: list[str], lex: EventLexicon) -> bool:
    heads = {" ".join(words[-2:]), words[-1]} if words else set()
    return source.get("role") == "MIL" or bool(heads & lex.military_nouns)


def own_forces(mention: dict, coding: Coding, doc: Doc, lex: EventLexicon) -> bool:
    """Forces of no named actor that an act moves ("pulled back troops", "deployed warships")
    are the source's own, not its target (events.json own_forces_categories)."""
    if mention.get("actor_id") or coding.category not in lex.own_forces_categories:
        return False
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in lex.military_nouns
