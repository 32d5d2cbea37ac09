"""Light-verb phrases (events.json `phrases`) looked up on a verb's object, or on what the
object counts: "handed over 700 kg of medicine" is handing over medicine."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events.lexicon import Entry, EventLexicon


def object_lemmas(obj: Token | None, lex: EventLexicon) -> list[str]:
    """The object's lemma, then, for a measure ("a team of inspectors"), the counted noun's;
    first, a compound the lexicon lists as one noun ("peacekeeping troops": not any troops)."""
    if obj is None:
        return [""]
    written = _written_forms(obj) + _compound(obj)
    return written + [k for k in _lemmas(obj, lex) if k not in written]


def _compound(obj: Token) -> list[str]:
    """The object with the modifier right before it ("peacekeeping force", "chemical weapon")."""
    before = obj.doc[obj.i - 1] if obj.i > 0 else None
    if before is None or before.head.i != obj.i or before.dep_ not in ("compound", "amod"):
        return []
    return [f"{before.lower_} {obj.lemma_.lower()}"]


def _lemmas(obj: Token, lex: EventLexicon) -> list[str]:
    lemma = obj.lemma_.lower()
    if obj.lower_ != lemma and obj.pos_ not in ("NOUN", "PROPN"):
        return [lemma, obj.lower_]  # a participle as a noun: "the wounded"
    if lemma not in lex.quantity_heads:
        return [lemma]
    of = next((c for c in kids(obj) if c.dep_ == "prep" and c.lower_ in lex.measure_preps), None)
    counted = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return [lemma, counted.lemma_.lower()] if counted is not None else [lemma]


def _written_forms(obj: Token) -> list[str]:
    """A hyphenated word the tokenizer split ("cease-fire", "know-how", "sit-in"), alone and
    after the hyphenated word before it ("fact-finding mission"), as the lexicon lists them."""
    chain = _hyphen_chain(obj)
    if len(chain) == 1 and (chain[0] == 0 or obj.doc[chain[0] - 1].text != "-"):
        before = _hyphen_chain(obj.doc[obj.i - 1]) if obj.i > 0 else [obj.i]
        if len(before) == 1:
            return []
        chain = list(range(before[0], obj.i + 1))
    words = obj.doc[chain[0] : chain[-1] + 1].text.lower()
    return [words] if len(chain) > 1 else []


def _hyphen_chain(tok: Token) -> list[int]:
    """The token indices of the word written with hyphens that `tok` is part of."""
    doc, start, end = tok.doc, tok.i, tok.i
    while (
        start > 0
        and "-" in (doc[start].text, doc[start - 1].text)
        and not doc[start - 1].whitespace_
    ):
        start -= 1
    while (
        end + 1 < len(doc)
        and "-" in (doc[end].text, doc[end + 1].text)
        and not doc[end].whitespace_
    ):
        end += 1
    return list(range(start, end + 1))


def phrase_entry(keys: list[str], obj: Token | None, lex: EventLexicon) -> Entry | None:
    """The phrase a verb key makes with its object (or the object's counted noun), if any. A
    particle verb the lexicon lists is its own verb: "called off a strike" is not "called a
    strike"."""
    if " " in keys[0] and (keys[0] in lex.verbs or keys[0] in lex.light_verbs):
        keys = keys[:1]
    verbs = _phrase_verbs(lex.phrases)
    if not any(key in verbs for key in keys):  # most verbs begin no phrase: no object read
        return None
    for noun in object_lemmas(obj, lex):
        for key in keys:
            entry = lex.phrases.get((key, noun))
            if entry is not None:
                return entry
    return None


# the phrase table last asked about, and the verbs its phrases begin with
_VERBS: list = [None, frozenset()]


def _phrase_verbs(phrases: dict[tuple[str, str], Entry]) -> frozenset[str]:
    if _VERBS[0] is not phrases:
        _VERBS[:] = [phrases, frozenset(verb for verb, _ in phrases)]
    return _VERBS[1]
