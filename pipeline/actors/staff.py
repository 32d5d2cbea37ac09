"""Who a possessive makes a speaker speak for.

- "his office said", "her spokesman said": the person the pronoun stands for, as "a
  spokesperson for X" is X; "Erdogan's office said": the person named (rule
  actor.speaker.possessor_staff; lexicon words.json staff_nouns);
- "the bank's governor, Yemi Adeola": a person named in apposition takes the country of
  the body the possessor resolves to (rule actor.speaker.apposition)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.actors.describe import describe, entry_for, possessive_owner
from pipeline.actors.gender import noun_sex
from pipeline.actors.mention_index import mention_index
from pipeline.actors.salience import person_antecedent
from pipeline.actors.speaker_docs import phrase_chars
from pipeline.actors.unnamed import unnamed_actor
from pipeline.actors.words import default_words
from pipeline.rules import rule

RULE_ID = "actor.speaker.possessor_staff"
Resolver = Callable[..., dict | None]
POSSESSIVE_SEX = {"his": "male", "her": "female"}


def staff_speaker(doc: Doc, mentions: list[dict], start: int, head: Token) -> dict | None:
    """The person a "his"/"her" before a noun of one's office or staff stands for."""
    if head.lower_ not in default_words().staff_nouns:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in POSSESSIVE_SEX:
        sex = POSSESSIVE_SEX[poss.lower_]
        found, _ = person_antecedent(doc, mentions, start, sex)
        found = found or _unnamed_subject(doc, head, sex)
    else:
        found = _named_possessor(doc, poss, head)
    if found is None:
        return None
    return {
        "actor_id": found.get("actor_id"),
        "name": found.get("name") or found.get("text"),
        "country": found.get("country"),
        "role": found.get("role"),
        "resolved_from": "pronoun",
        "rule_id": RULE_ID,
        "confidence": rule(RULE_ID).confidence,
    }


def _named_possessor(doc: Doc, poss: Token, head: Token) -> dict | None:
    """ "Erdogan's office said", "Ruto's campaign said": a person named as the possessor of
    a noun of one's office that names no person itself (not "Ruto's spokesman", a person
    of their own)."""
    if entry_for(head) is not None:
        return None
    found = mention_index(doc).overlapping(poss.idx, poss.idx + len(poss))
    return next((m for m in found if m.get("label") == "PERSON"), None)


def _unnamed_subject(doc: Doc, head: Token, sex: str) -> dict | None:
    """ "Ghana's president signed the law. His spokesman said": with no person named
    before, the singular person noun with a state that is the subject of the sentence
    before, as its unnamed actor (desc:GHA:president)."""
    sent = head.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    for tok in before:
        if tok.dep_ != "nsubj" or tok.tag_ != "NN" or noun_sex(tok.lower_) not in (None, sex):
            continue
        desc = describe(doc[tok.left_edge.i : tok.i + 1])
        if desc is not None and desc.kind == "person" and desc.country is not None:
            actor = unnamed_actor(desc, desc.country)
            return {**actor, "text": doc[tok.left_edge.i : tok.i + 1].text} if actor else None
    return None


def possessor_country(doc: Doc, head: Token, depth: int, resolve: Resolver) -> str | None:
    """ "the bank's governor, Yemi Adeola": the country of the actor a noun possessor
    ("the bank") resolves to by `resolve` (the speaker resolution, which calls this), for
    a person named in apposition with no country."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if poss is None or depth >= 2:
        return None
    found = resolve(doc, *phrase_chars(poss), depth=depth + 1)
    return (found or {}).get("country")


def owned_country(
    doc: Doc, res: dict, head: Token, depth: int, resolve: Resolver, mentions: list[dict]
) -> dict:
    """A person named in apposition to a possessed noun: "Its spokesman, X" is of the state
    or body "its" stands for (describe.possessive_owner), over any country X had; "the
    bank's governor, X" with no country of X's own is of the bank's (possessor_country)."""
    if head.dep_ == "appos" and head.head.i < head.i:  # "Its spokesman, X": the noun
        head = head.head
    owner = possessive_owner(doc[head.left_edge.i : head.i + 1], mentions)
    if owner is not None:
        return {**res, "country": owner}
    if res["country"]:
        return res
    return {**res, "country": possessor_country(doc, head, depth, resolve)}
