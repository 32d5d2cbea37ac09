"""The person who holds the title a speaker's phrase names, not the body the title names.

When the head of the phrase is a person noun (a role noun of kind person, a person title
of the lexicon, or words.json title_head_nouns: "head", "chair"), a person hanging on that
head is the speaker:

- in apposition after the phrase ("The head of the International Organization for
  Migration, Pedro Alves, said") -> that person (actor.speaker.apposition);
- ending the head's title as the parser's object of a portfolio's "for"/"of", from a given
  name on ("UNICEF Regional Director for West Africa Maria Lopes said": the parser makes
  "Maria Lopes" the object of "for") -> that person (actor.speaker.title_holder).

Either takes the country of the phrase's body ("UNICEF": IGO) when the person has none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.describe import Description, entry_for, hyphen_title
from pipeline.actors.gazetteer import load_gazetteer
from pipeline.actors.gender import given_name_sex
from pipeline.actors.posted_names import PORTFOLIO_WORDS
from pipeline.actors.words import default_words

TITLE_HOLDER = "actor.speaker.title_holder"


def person_noun(token: Token) -> bool:
    """Is the token a noun for a person holding an office or role ("director", "head")?"""
    if token.pos_ not in ("NOUN", "PROPN") and not hyphen_title(token):
        return False
    entry = entry_for(token)
    if entry is not None:
        return entry.get("kind") == "person"
    lower, lemma = token.lower_, token.lemma_.lower()
    titles = load_gazetteer().person_titles
    return lower in titles or lemma in titles or lemma in default_words().title_head_nouns


def body_country(span: Span, mentions: list[dict], desc: Description | None) -> str | None:
    """The country the phrase names (its description's), else that of the first body or
    state named in it, an international organisation's included ("the chief of the UN
    refugee agency": IGO)."""
    if desc is not None and desc.country:
        return desc.country
    for m in mentions:
        inside = span.start_char <= m["start"] and m["end"] <= span.end_char
        if inside and m.get("label") != "PERSON" and m.get("country"):
            return m["country"]
    return None


def apposed_person(
    span: Span | None, desc: Description | None, mentions: list[dict], end: int
) -> dict | None:
    """The person mention in apposition to the person noun (or any common noun: "the
    study's lead author, Elin Berg") heading the phrase, after the phrase ("Japan's chief
    cabinet secretary, Kenji Mori, said"), with the phrase's country when it has none. (A
    name inside the phrase is the phrase's own mention.)"""
    if span is None or not (person_noun(span.root) or span.root.pos_ == "NOUN"):
        return None  # "the study's lead author, Elin Berg": a noun of no lexicon, a person
    for child in phrase_appositives(span.root):
        if child.idx < end and child.head.i == span.root.i:
            continue  # a name inside the phrase is its own mention, unless hung on a place
        for m in mentions:
            if m.get("label") == "PERSON" and m["start"] <= child.idx < m["end"]:
                return {**m, "country": m.get("country") or body_country(span, mentions, desc)}
    return None


def phrase_appositives(head: Token) -> list[Token]:
    """The appositives of the phrase `head` heads: the head's own, and a person's name the
    parser hangs on a word of the head's phrase that names no person ("The Chief of
    Mission in Peru, Ana Ruiz,": a place has no name in apposition; the name is the
    chief's). Not one on a person of the phrase ("a spokesman for President X, Y")."""
    found = [c for c in head.children if c.dep_ == "appos" or _misparsed_name(head, c)]
    for token in head.subtree:
        if token.i == head.i or token.ent_type_ == "PERSON" or person_noun(token):
            continue
        found += [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return sorted(found, key=lambda t: t.i)


def _misparsed_name(head: Token, child: Token) -> bool:
    """ "said its campaigner, Awa Sarr.": a name after the head and a comma that the parser
    took for an adverbial noun is in apposition to it."""
    return (
        child.dep_ == "npadvmod"
        and child.ent_type_ == "PERSON"
        and child.i > head.i + 1
        and child.doc[child.left_edge.i - 1].text == ","
    )


def title_holder(
    span: Span | None, overlapping: list[dict], desc: Description | None
) -> dict | None:
    """The person mention that ends the title of the person noun heading the phrase as
    the object of a portfolio's "for"/"of" ("Regional Director for West Africa Maria
    Lopes"): the object's phrase ends with the name, the name opens with a given name and
    the words before it name no person ("a spokesman for President Ana Ruiz" speaks for
    her); else None."""
    if span is None or not person_noun(span.root):
        return None
    for m in overlapping:
        if m.get("label") != "PERSON" or not given_name_sex(m.get("text", "").split(" ")[0]):
            continue
        name = span.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if name is not None and _ends_portfolio(name, span.root):
            country = m.get("country") or body_country(span, overlapping, desc)
            return {**m, "country": country}
    return None


def _ends_portfolio(name: Span, head: Token) -> bool:
    """Is the name the end of the object of the head's "for"/"of", after a portfolio of
    words that are no person nouns?"""
    obj = name.root
    prep = obj.head
    if obj.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != head.i:
        return False
    if prep.lower_ not in PORTFOLIO_WORDS or obj.right_edge.i != name.end - 1:
        return False
    portfolio = [t for t in name.doc[prep.i + 1 : name.start] if t.dep_ != "det"]
    return bool(portfolio) and not any(person_noun(t) for t in portfolio)


def apposition_head(appos: Token) -> Token:
    """The word a name is in apposition to: the person noun whose phrase the parser's
    head ends ("The Chief of Mission in Peru, X": the chief, not Peru), else that head."""
    head = appos.head
    while head.dep_ in ("pobj", "prep") and not person_noun(head) and head.head.i != head.i:
        head = head.head
    if person_noun(head) and appos in phrase_appositives(head):
        return head
    return appos.head
