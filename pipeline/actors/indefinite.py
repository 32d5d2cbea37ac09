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

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import column
from pipeline.doctext import PerDoc
from pipeline.rules import load_data

PLURAL_TAGS = ("NNS", "NNPS")
QUANTIFIER_DEPS = ("det", "amod", "predet")


@cache
def lexicon(name: str) -> frozenset[str]:
    """One word list of indefinite.json (indefinite_words, definite_words, house_plurals,
    outside_adjectives)."""
    return frozenset(load_data("actors", "indefinite.json", 1)[name])


def indefinite_phrase(span: Span) -> str | None:
    """The phrase, from its first word before the head ("Parents' groups" for "groups"),
    when it is indefinite: an indefinite determiner or quantifier ("an adviser", "many
    farmers"), or a plural with no determiner and no definite possessor ("diplomats",
    "Western governments", "parents' groups"); else None."""
    head = span.root
    lefts = list(head.lefts)
    if not _quantified(lefts):
        if head.tag_ not in PLURAL_TAGS or any(t.dep_ in ("det", "predet") for t in lefts):
            return None
        if any(t.lower_ in lexicon("definite_words") for t in lefts):
            return None  # "all three countries", "both sides": a group known before
        if not _outside(lefts) and _known(head, lefts, span.start):
            return None  # "Western officials": never the story's own, nor named before
        if not all(_bare_plural(t) for t in lefts if t.dep_ == "poss"):
            return None
    return span.doc[min(span.start, head.left_edge.i) : span.end].text


def _quantified(lefts: list[Token]) -> bool:
    """An indefinite word before the head, and no definite determiner or possessor that
    makes the group a known one ("other ministers", not "the other ministers")."""
    words = lexicon("indefinite_words")
    if any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ not in words) for t in lefts):
        return False
    return any(t.lower_ in words and t.dep_ in QUANTIFIER_DEPS for t in lefts)


def _outside(lefts: list[Token]) -> bool:
    """A region's or 'foreign' adjective before the head ("Western officials")."""
    words = lexicon("outside_adjectives")
    return any(t.lower_ in words and t.dep_ in ("amod", "compound") for t in lefts)


def _known(head: Token, lefts: list[Token], start: int) -> bool:
    """A bare plural the story knows: one news writes for its own people ("officials
    said"), or one with no modifier whose noun it named before ("Students said")."""
    if head.lemma_.lower() in lexicon("house_plurals"):
        return True
    return not lefts and _named_before(head, start)


def _named_before(head: Token, start: int) -> bool:
    """Was the head's noun named earlier in the article? A bare plural with no modifier
    then refers back to the group named there, as a definite phrase does."""
    first = _first_nouns(head.doc).get(head.lemma_.lower())
    return first is not None and first < start


# per Doc: a noun's lower lemma -> the index of its first use as a noun, read once from the
# Doc's arrays (a walk over every earlier token for each speaker built a Token per word)
_FIRST_NOUNS: PerDoc[dict[str, int]] = PerDoc()


def _first_nouns(doc: Doc) -> dict[str, int]:
    first = _FIRST_NOUNS.get(doc)
    if first is None:
        first = {}
        strings = doc.vocab.strings
        at = np.flatnonzero(column(doc, POS) == strings["NOUN"])
        # each distinct lemma's first use, then in text order (two lemmas may share a lower
        # form): no string is read for the other uses
        lemmas, firsts = np.unique(column(doc, LEMMA)[at], return_index=True)
        for i, lemma in sorted(zip(at[firsts].tolist(), lemmas.tolist(), strict=True)):
            first.setdefault(strings[lemma].lower(), i)
        _FIRST_NOUNS.set(doc, first)
    return first


def _bare_plural(token: Token) -> bool:
    """A common plural noun with no determiner or possessor of its own ("parents'")."""
    own = [t for t in token.lefts if t.dep_ in ("det", "poss", "predet")]
    return token.tag_ == "NNS" and not token.ent_type_ and not own
