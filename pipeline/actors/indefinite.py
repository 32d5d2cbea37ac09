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

from spacy.tokens import Span, Token

from pipeline.rules import load_data

PLURAL_TAGS = ("NNS", "NNPS")
QUANTIFIER_DEPS = ("det", "amod", "predet")


@cache
def lexicon(name: str) -> frozenset[str]:
    """One word list of indefinite.json: indefinite_words, definite_words, house_plurals."""
    return frozenset(load_data("actors", "indefinite.json", 1)[name])


def indefinite_phrase(span: Span) -> str | None:
    """The phrase, from its first word before the head ("Parents' groups" for "groups"),
    when it is indefinite: an indefinite determiner or quantifier ("an adviser", "many
    farmers"), or a plural with no determiner and no definite possessor ("diplomats",
    "Western governments", "parents' groups"); else None."""
    head = span.root
    lefts = list(head.lefts)
    words = lexicon("indefinite_words")
    if not any(t.lower_ in words and t.dep_ in QUANTIFIER_DEPS for t in lefts):
        if head.tag_ not in PLURAL_TAGS or any(t.dep_ in ("det", "predet") for t in lefts):
            return None
        if any(t.lower_ in lexicon("definite_words") for t in lefts):
            return None  # "all three countries", "both sides": a group known before
        if head.lemma_.lower() in lexicon("house_plurals"):  # "officials said": the story's own
            return None
        if not all(_bare_plural(t) for t in lefts if t.dep_ == "poss"):
            return None
    return span.doc[min(span.start, head.left_edge.i) : span.end].text


def _bare_plural(token: Token) -> bool:
    """A common plural noun with no determiner or possessor of its own ("parents'")."""
    own = [t for t in token.lefts if t.dep_ in ("det", "poss", "predet")]
    return token.tag_ == "NNS" and not token.ent_type_ and not own
