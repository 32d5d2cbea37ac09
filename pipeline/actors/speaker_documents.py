"""Documents that speak only where a cue makes them speak: "The Pentagon's new Pacific
strategy says ...", "the ministry's annual review found ...", "according to the plan".

Nouns such as "strategy", "white paper" or "plan" (lexicon actors/patterns/
speaker_documents.json) name a document only as the subject of a verb through which a
document speaks, or after "according to"; there the phrase is described as a document,
and a document speaks for its issuer (rule actor.speaker.document_issuer) or the state its
phrase names (actor.speaker.document_state). Elsewhere ("the plan failed") the noun is no
speaker, as before.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.describe import Description, describe
from pipeline.rules import load_data

DOCUMENT_ENTRY = {"labels": ["PERSON", "ORG", "GPE"], "role": None, "kind": "document"}
SUBJECT_DEPS = ("nsubj",)
NAMED_ISSUERS = ("ORG", "PERSON")  # entity types of a name compounded on the noun


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(document nouns, cue lemmas) of speaker_documents.json."""
    data = load_data("actors", "speaker_documents.json", version=1)
    return frozenset(data["nouns"]), frozenset(data["cue_lemmas"])


def document_noun(head: Token) -> bool:
    """Is the head a document noun of the lexicon, with the word before it for an entry
    of two words ("white paper")?"""
    nouns, lemma = _lexicon()[0], head.lemma_.lower()
    if lemma in nouns:
        return True
    before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
    return f"{before} {lemma}" in nouns


def speaks(head: Token) -> bool:
    """Is the noun the subject of a cue verb ("the strategy says", "the strategy lists
    threats and warns") or the object of "according to"?"""
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        return head.head.head.lower_ == "according"
    if head.dep_ not in SUBJECT_DEPS:
        return False
    verb, cues = head.head, _lexicon()[1]
    return any(v.lemma_.lower() in cues for v in (verb, *verb.conjuncts))


def cued_document(span: Span | None, mentions: list[dict]) -> Description | None:
    """The document description of a speaker phrase headed by a document noun that a cue
    makes speak, else None."""
    if span is None or len(span) == 0:
        return None
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or not document_noun(head) or not speaks(head):
        return None
    if _named_on_noun(head, mentions):
        return None  # "the Home Office letter": the name's own mention speaks, as before
    return describe(span, mentions, entry=DOCUMENT_ENTRY)


def _named_on_noun(head: Token, mentions: list[dict]) -> bool:
    """A name compounded on the noun that an actor mention covers, and no possessor that
    names the issuer ("the Home Office letter"; not "the Pentagon's new Pacific strategy",
    nor "a YouGov poll" when no mention names the pollster)."""
    if any(c.dep_ == "poss" for c in head.children):
        return False
    names = [t for t in head.lefts if t.dep_ == "compound" and t.ent_type_ in NAMED_ISSUERS]
    return any(m["start"] <= t.idx < m["end"] for t in names for m in mentions)
