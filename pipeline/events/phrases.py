"""Light-verb phrases (events.json `phrases`) looked up on a verb's object, or on what the
object counts: "handed over 700 kg of medicine" is handing over medicine."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events.lexicon import Entry, EventLexicon


def object_lemmas(obj: Token | None, lex: EventLexicon) -> list[str]:
    """The object's lemma, then, for a measure ("a team of inspectors"), the counted noun's."""
    if obj is None:
        return [""]
    lemma = obj.lemma_.lower()
    if obj.lower_ != lemma and obj.pos_ not in ("NOUN", "PROPN"):
        return [lemma, obj.lower_]  # a participle as a noun: "the wounded"
    if lemma not in lex.quantity_heads:
        return [lemma]
    of = next((c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return [lemma, counted.lemma_.lower()] if counted is not None else [lemma]


def phrase_entry(keys: list[str], obj: Token | None, lex: EventLexicon) -> Entry | None:
    """The phrase a verb key makes with its object (or the object's counted noun), if any. A
    particle verb the lexicon lists is its own verb: "called off a strike" is not "called a
    strike"."""
    if " " in keys[0] and (keys[0] in lex.verbs or keys[0] in lex.light_verbs):
        keys = keys[:1]
    for noun in object_lemmas(obj, lex):
        for key in keys:
            entry = lex.phrases.get((key, noun))
            if entry is not None:
                return entry
    return None
