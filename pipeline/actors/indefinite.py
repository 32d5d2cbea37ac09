"""Indefinite phrases: "a senior European official", "several diplomats", "Western
governments", "parents' groups" bring in a referent of their own. Linking such a speaker
to the last compatible actor named before ("Russia promised wheat to Mali. Western
governments warned ...": not Mali) gives a confident wrong speaker; it is an unnamed
actor of the state its own words name, else no actor (rule actor.speaker.indefinite,
pipeline/actors/unnamed.py; lexicon actors/patterns/indefinite.json). Definite role
nouns ("the ministry", "the officials") still resolve to an earlier actor.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.rules import load_data

PLURAL_TAGS = ("NNS", "NNPS")
QUANTIFIER_DEPS = ("det", "amod", "predet")


@cache
def indefinite_words() -> frozenset[str]:
    return frozenset(load_data("actors", "indefinite.json", 1)["indefinite_words"])


@cache
def house_plurals() -> frozenset[str]:
    """ "officials said": the story's own state's people, written bare by convention."""
    return frozenset(load_data("actors", "indefinite.json", 1)["house_plurals"])


def indefinite_phrase(head: Token) -> str | None:
    """The noun's phrase ("Parents' groups") when it is indefinite: an indefinite
    determiner or quantifier ("an adviser", "many farmers"), or a plural with no
    determiner and no definite possessor ("diplomats", "Western governments",
    "parents' groups"); else None."""
    lefts = list(head.lefts)
    words = indefinite_words()
    if not any(t.lower_ in words and t.dep_ in QUANTIFIER_DEPS for t in lefts):
        if head.tag_ not in PLURAL_TAGS or any(t.dep_ in ("det", "predet") for t in lefts):
            return None
        if head.lemma_.lower() in house_plurals():
            return None
        if not all(_bare_plural(t) for t in lefts if t.dep_ == "poss"):
            return None
    # its prepositional phrases too ("a spokesman for the paper"), not its clauses
    end = max([head.i, *(c.right_edge.i for c in head.rights if c.dep_ == "prep")])
    return head.doc[head.left_edge.i : end + 1].text


def _bare_plural(token: Token) -> bool:
    """A common plural noun with no determiner or possessor of its own ("parents'")."""
    own = [t for t in token.lefts if t.dep_ in ("det", "poss", "predet")]
    return token.tag_ == "NNS" and not token.ent_type_ and not own
