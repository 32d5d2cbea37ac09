"""Whom a person speaks for or works at, named in the person noun they are apposed to.

"A spokesman for the ministry, Li Wen, said", "Hans Keller, an economist at a Frankfurt
bank": the person takes the country of the body in that noun's phrase (patterns/
affiliation.json `body_prepositions`): a body or state mention there, a state's or a city's
name inside it, or, for a bare definite body noun ("the ministry"), the last body with the
same head noun named before (rule actor.represented_body). A dateline is no part of the
phrase that introduces a person ("LONDON - Mark Dunn, a spokesman for ..."): its place says
where the story was filed, not whom the person is with.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.acts import phrase_head
from pipeline.actors.datelines import holds_dateline
from pipeline.actors.describe import entry_for, unnamed_id
from pipeline.actors.gazetteer import STATE_KINDS, STATE_OR_CAPITAL_KINDS, load_gazetteer
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.represented_body"
PLACE_ENTS = ("GPE", "LOC", "FAC")  # the entity types of a place


@cache
def _data() -> dict:
    return load_data("actors", "affiliation.json", 1)


@cache
def body_prepositions() -> frozenset[str]:
    return frozenset(_data()["body_prepositions"]["words"])


@cache
def relation_nouns() -> frozenset[str]:
    return frozenset(_data()["relation_nouns"]["words"])


@cache
def field_nouns() -> frozenset[str]:
    return frozenset(_data()["field_nouns"]["words"])


@cache
def employer_prepositions() -> frozenset[str]:
    return frozenset(_data()["employer_prepositions"]["words"])


@cache
def singular_possessives() -> frozenset[str]:
    return frozenset(_data()["singular_possessives"]["words"])


def person_nouns_of(m: Mention) -> list[Token]:
    """The common nouns a person's name is apposed to: "a spokesman for X, Li Wen" (the
    name is the noun's apposition) and "Li Wen, a spokesman for X" (the noun is the
    name's); a title written with a capital too."""
    root = m.span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= m.span.end]
    if root.dep_ == "appos" and root.head.i < m.span.start:
        nouns.append(root.head)
    return [n for n in nouns if n.pos_ == "NOUN" or _capitalised_title(n)]


def _capitalised_title(noun: Token) -> bool:
    """ "UNHCR's Representative in Kenya": a person's title written with a capital, which
    the tagger takes for a name (and NER for anything)."""
    if noun.pos_ != "PROPN":
        return False
    if (entry_for(noun) or {}).get("kind") == "person":
        return True
    return noun.lower_ in load_gazetteer().person_title_lasts


def represented_country(ctx: Context, m: Mention, mentions: list[Mention]) -> str | None:
    """The country of the body in the phrase of a noun the person is apposed to, or None."""
    for noun, objects in _apposed_phrases(m):
        if objects is None:  # no field noun: the noun's own words may say whose
            country = _country_of_noun(ctx, noun, mentions, m)
            if country is not None:
                return country
        for obj in _objects(noun, body_prepositions()) if objects is None else objects:
            country = _country_of_body(ctx, obj, mentions, m)
            if country is not None:
                return country
    return None


def _apposed_phrases(m: Mention):
    """Each noun the person is apposed to that may say whom they are with, and the objects
    of its employer prepositions for a field noun ("a specialist at X"), else None (any of
    the body prepositions); no noun of relation ("a critic of X")."""
    kin, fields = relation_nouns(), field_nouns()
    for noun in person_nouns_of(m):
        lemma = noun.lemma_.lower()
        if lemma in fields:  # "a specialist at X": X's; "an expert on Iran": no one's
            yield noun, _objects(noun, employer_prepositions())
        elif lemma not in kin:
            yield noun, None


def _objects(noun: Token, preps: frozenset[str]) -> list[Token]:
    return [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _country_of_body(ctx: Context, obj: Token, mentions: list[Mention], m: Mention) -> str | None:
    """A mention with a country in the object's phrase, a state's or a one-state city's
    name there, else the antecedent of a bare definite body noun."""
    phrase = range(obj.left_edge.i, obj.i + 1)  # the head and what stands before it
    for other in mentions:
        if other.label != "PERSON" and other.span.root.i in phrase:
            return other.country  # None for a body whose state is unknown: no guess
    for token in (ctx.doc[i] for i in phrase):
        if not token.text[:1].isupper():
            continue
        entry = ctx.gaz.lookup(token.text)
        if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
            return entry.country
        # a city only where NER calls it a place: "San" of "Universidad Mayor de San Andres"
        # is no town of Mali
        place = ctx.gaz.place_state(token.text) if token.ent_type_ in PLACE_ENTS else None
        if place is not None:
            return place
    if obj.left_edge.i == obj.i - 1 and obj.left_edge.lower_ in ctx.words.definite_articles:
        return _antecedent_country(obj, mentions, m)
    return None


def _country_of_noun(ctx: Context, noun: Token, mentions: list[Mention], m: Mention) -> str | None:
    """ "The ambassador, Jan Kowalski" after "the Polish ambassador": the country of the
    noun's namesake before it; "its spokeswoman, X": the country of the last body or
    state named before ("its" stands for it)."""
    before = [t for t in noun.lefts if t.dep_ not in ("punct",)]
    inside = _body_inside(noun, mentions) or _based_in(ctx, noun)
    if inside is not None:  # "the EU commissioner", "a UN envoy": that body's, IGO too
        return inside
    if len(before) == 1 and before[0].lower_ in ctx.words.definite_articles:
        if any(c.dep_ == "prep" and c.lower_ in PORTFOLIO_PREPOSITIONS for c in noun.children):
            return None  # "the Minister of Infrastructure": an office of its own
        return _antecedent_country(noun, mentions, m, labels=("ORG", "PERSON"))
    # "its spokeswoman", "its prime minister": the possessive first, modifiers after it
    if before and before[0].dep_ == "poss" and before[0].lower_ in singular_possessives():
        bodies = [
            o
            for o in mentions
            if o.label in ("ORG", "GPE")
            and o.span.end <= noun.i
            and phrase_head(o.span.root).dep_ in SUBJECTS  # "its" is the topic's
        ]
        last = max(bodies, key=lambda o: o.span.start, default=None)
        if last is None or noun.sent.start - last.span.sent.start > MAX_POSSESSOR_TOKENS:
            return None  # "its" reaches back a sentence or so
        return None if _rivals(last, mentions, ("ORG", "GPE")) else last.country
    return None


def _based_in(ctx: Context, noun: Token) -> str | None:
    """ "a Nairobi-based researcher": the state of the place the noun's person is based in."""
    for token in noun.doc[noun.left_edge.i : noun.i]:
        if token.lower_ != "based" or token.i < 2 or token.nbor(-1).text != "-":
            continue
        place = token.nbor(-2)
        entry = ctx.gaz.lookup(place.text)
        if entry is not None and entry.kind in STATE_OR_CAPITAL_KINDS:
            return entry.country if entry.country != "IGO" else None
        return ctx.gaz.place_state(place.text)
    return None


def _body_inside(noun: Token, mentions: list[Mention]) -> str | None:
    """The country of the one body or state named among the noun's own modifiers."""
    phrase = range(noun.left_edge.i, noun.i)
    found = {o.country for o in mentions if o.label != "PERSON" and o.span.root.i in phrase}
    return found.pop() if len(found) == 1 else None


def _rivals(
    found: Mention, mentions: list[Mention], labels: tuple[str, ...], lemma: str | None = None
) -> bool:
    """Does the antecedent's sentence name another candidate of another country ("France
    fined Google. Its spokeswoman": whose, unsure; "the U.S. ambassador met the Russian
    ambassador. The ambassador, X")? Not a possessor of the antecedent itself ("China's
    ministry") nor the dateline."""
    sent = found.span.sent
    for o in mentions:
        if o is found or o.label not in labels or o.country == found.country:
            continue
        if not sent.start <= o.span.start < sent.end or holds_dateline(o.span):
            continue
        if lemma is not None and o.span.root.lemma_.lower() != lemma:
            continue
        if o.span.root.dep_ == "poss" and found.span.start <= o.span.root.head.i < found.span.end:
            continue
        return True
    return False


SUBJECTS = ("nsubj", "nsubjpass")
PORTFOLIO_PREPOSITIONS = ("of", "for")  # "the Minister of Transport", "the envoy for Yemen"
MAX_POSSESSOR_TOKENS = 60  # from the sentence of the body "its" stands for


def _antecedent_country(
    noun: Token, mentions: list[Mention], m: Mention, labels: tuple[str, ...] = ("ORG",)
) -> str | None:
    """ "the ministry" -> the country of the last body before it whose head noun is
    "ministry" ("China's commerce ministry ... a spokesman for the ministry"); for a
    person noun, the last unnamed person of that noun ("the Polish ambassador")."""
    lemma = noun.lemma_.lower()
    found = None
    for other in mentions:
        if other.span.start >= noun.i or other is m or other.label not in labels:
            continue
        if other.label == "PERSON" and not unnamed_id(other.actor_id):
            continue
        if other.span.root.lemma_.lower() == lemma and (
            found is None or found.span.start < other.span.start
        ):
            found = other
    if found is None or _rivals(found, mentions, labels, lemma):
        return None
    return found.country
