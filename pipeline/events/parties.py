"""Who is a party to a joint speaker's act ("X and Y agreed ..."), and whether the act is
one between its members.

An actor the act only names as its go-between is no other party: "Israel and Hamas agreed
to a ceasefire brokered by Qatar" is an act between Israel and Hamas, as is one "at a summit
hosted by X" or "with financing from X"; the go-between words are data
(patterns/go_betweens.json). "Each other" and "one another" make any act one between the
members: "X and Y blamed each other".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.rules import load_data


@dataclass(frozen=True)
class GoBetweens:
    participles: frozenset[str]  # "brokered by X"
    nouns: frozenset[str]  # "with financing from X"
    prepositions: frozenset[str]
    mutual: tuple[tuple[str, str], ...]  # ("each", "other")
    mutual_verbs: frozenset[str] = frozenset()  # "exchanged fire": both ways by itself


@cache
def go_betweens() -> GoBetweens:
    data = load_data("events", "go_betweens.json", 1)
    return GoBetweens(
        participles=frozenset(data["participles"]),
        nouns=frozenset(data["nouns"]),
        prepositions=frozenset(data["prepositions"]),
        mutual=tuple(tuple(p.split()) for p in data["mutual"]),
        mutual_verbs=frozenset(data["mutual_verbs"]),
    )


def go_between(mention: dict, pred: Token) -> bool:
    """Is the mention, within the act's phrase, a go-between of the act: the agent of a
    brokering or hosting participle, or the source of its backing ("financing from X")?"""
    table = go_betweens()
    span = pred.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    tok = span.root if span is not None else None
    while tok is not None and tok.i != pred.i and tok.head.i != tok.i:
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in table.prepositions:
            host = prep.head
            by = prep.dep_ == "agent" and host.lemma_.lower() in table.participles
            if by or host.lemma_.lower() in table.nouns:
                return True
        tok = tok.head
    return False


def mutual(pred: Token) -> bool:
    """Does the act take "each other" or "one another" as its object or a preposition's
    object ("blamed each other", "talked to one another"), or is it a verb of exchange ("X and
    Y exchanged fire", "traded accusations"), which goes both ways by itself?"""
    table = go_betweens()
    if pred.lemma_.lower() in table.mutual_verbs:
        return True
    words = [c for c in kids(pred) if c.dep_ in ("dobj", "dative")]
    words += [g for c in kids(pred) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj"]
    for word in words:
        before = word.doc[word.i - 1].lower_ if word.i > 0 else ""
        if (before, word.lower_) in table.mutual:
            return True
    return False
