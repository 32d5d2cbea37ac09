"""Where the syntax names who a document or an apposition speaks for.

- the issuer of a document noun: its possessor ("the ministry's statement"), the agent of
  the participle after it ("a statement put out by the finance ministry"), "from X"; or,
  for "the statement" with none, the issuer of the last earlier document of that noun
  ("The ministry said in a statement ...", "X issued a statement");
- the proper name in apposition to a role noun ("Japan's chief cabinet secretary,
  Yoshimasa Hayashi", "A spokesperson, Ana Ruiz,").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from pipeline.actors.describe import Description, describe
from pipeline.actors.gazetteer import (
    STATE_OR_CAPITAL_KINDS,
    load_gazetteer,
    normalise_form,
    slug,
)
from pipeline.actors.gender import given_name_sex
from pipeline.actors.title_holder import body_country, person_noun
from pipeline.actors.words import default_words

ISSUER_PREPOSITIONS = ("by", "from")
NOT_ISSUERS = ("DATE", "TIME", "CARDINAL", "ORDINAL")
LOOKBACK_SENTENCES = 3
PORTFOLIO_LABELS = ("GPE", "LOC", "NORP", "ORG", "FAC")  # a portfolio's place or body
PLACE_LABELS = ("GPE", "LOC", "FAC")  # "a Texas poll": no pollster's name
CONTROLLED_DEPS = ("xcomp",)  # a verb whose subject is its head's ("agreed to share")


def issuer_token(head: Token) -> Token | None:
    """The token naming who issued the document that `head` names, else None."""
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ not in NOT_ISSUERS:
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPOSITIONS:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() not in default_words().reader_verbs:
            # "put out by the ministry"; not "seen by Reuters": who has it, not who issued it
            for agent in (c for c in child.children if c.dep_ == "agent"):
                return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def document_issuer(span: Span, noun: str, state: str | None) -> tuple[Token | None, bool]:
    """The token naming who issued the document the span names, and whether it is a name on
    the noun that may have no mention ("a Cadem survey"): its possessor or agent, a name on
    it, the subject of its clause, else, when the phrase names no `state` of its own ("The
    UAE statement": that state's), the issuer of the last document of that noun."""
    head = span.root
    named = name_on_document(head)
    by = issuer_token(head)
    token = by or named or clause_subject(head)
    token = token or (earlier_issuer(span, noun) if state is None else None)
    # "a report by the Asia Maritime Transparency Initiative": a name, with a mention or not
    return token, token is not None and (token is named or (token is by and proper_name(by)))


def name_on_document(head: Token) -> Token | None:
    """ "A Cadem survey", "a Gallup Korea poll": the last word of a capitalised name
    compounded on the document noun that no entity of a place or a date opens, with no
    possessor before it; the issuer, when no mention names it (an ORG or a PERSON name
    there is its own mention, which speaks: speaker_documents._named_on_noun)."""
    if any(c.dep_ == "poss" for c in head.children):
        return None
    words = [t for t in head.lefts if t.dep_ == "compound" and _name_word(t)]
    if not words or not words[-1].text[:1].isupper():  # 'Cadem', 'IPSOS', 'YouGov'
        return None
    first = words[-1].left_edge
    if first.ent_type_ in NOT_ISSUERS or not first.text[:1].isupper() or _place(first, words):
        return None
    return words[-1]


def proper_name(token: Token) -> bool:
    """Is the token the last word of a name of capitalised words that names no state or
    place ("the Asia Maritime Transparency Initiative")?"""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
    if len(words) < 2 or token.pos_ != "PROPN" or token.ent_type_ in NOT_ISSUERS:
        return False
    if not all(t.is_title or t.lower_ in default_words().name_joiners for t in words):
        return False
    return not _place(words[0], words)


def _name_word(token: Token) -> bool:
    """A proper noun, or a word in capitals the tagger took for another part of speech
    ("a CBOS poll")."""
    return token.pos_ == "PROPN" or (token.is_upper and len(token.text) > 1 and token.is_alpha)


def _place(first: Token, words: list[Token]) -> bool:
    """Does the name open with a state, a nationality or a capital ("a Kenya poll"), or is
    it one word the entity recogniser calls a place and the gazetteer knows as one ("a
    Texas poll"; its GPE or NORP for a name it does not know, "a Cadem survey", is none)?"""
    gaz = load_gazetteer()
    entry = gaz.lookup(first.text)
    if entry is not None and entry.kind in STATE_OR_CAPITAL_KINDS:
        return True
    one_place = first.ent_type_ in PLACE_LABELS and first.i == words[-1].i
    return one_place and normalise_form(first.text) in gaz.places  # not "a Cadem survey"


def named_issuer(token: Token) -> dict:
    """The organisation a capitalised name on a document noun names, known by name only."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
    name = token.doc[words[0].i : token.i + 1].text
    return {"actor_id": f"org:{slug(name)}", "name": name, "country": None, "role": None}


def clause_subject(head: Token) -> Token | None:
    """ "The ministry said in a statement", "The ministry issued a statement": the subject
    of the verb the document noun belongs to."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif head.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "X agreed to share data, in a communique": the subject that controls the infinitive
    while subject is None and verb.dep_ in CONTROLLED_DEPS and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def earlier_issuer(span: Span, noun: str) -> Token | None:
    """The issuer of the last document called `noun` in the sentences before the span."""
    return next(earlier_issuers(span, noun), None)


def earlier_issuers(span: Span, noun: str) -> Iterator[Token]:
    """The issuers of the documents called `noun` in the sentences before the span, the
    last first."""
    doc = span.doc
    sents = list(doc.sents)
    index = next((i for i, s in enumerate(sents) if s.start <= span.start < s.end), 0)
    first = sents[max(0, index - LOOKBACK_SENTENCES)].start
    for token in reversed(doc[first : span.start]):
        if token.lemma_.lower() == noun and token.pos_ == "NOUN":
            found = issuer_token(token) or clause_subject(token)
            if found is not None:
                yield found


def earlier_document_issuer(
    span: Span, noun: str, resolve: Callable[..., dict | None], depth: int
) -> dict | None:
    """ "The communique, signed by all eight ministers, ... The communique also calls on":
    the first issuer of an earlier document of that noun that `resolve` (the speaker
    resolver) finds an actor for, when the document's own issuer names none."""
    for token in earlier_issuers(span, noun):
        found = resolve(span.doc, *phrase_chars(token), depth=depth + 1)
        if found and found.get("actor_id"):
            return found
    return None


def phrase_chars(token: Token) -> tuple[int, int]:
    """The characters of the noun phrase a token heads."""
    doc = token.doc
    left, right = token.left_edge, token.right_edge
    return left.idx, doc[right.i].idx + len(doc[right.i])


def apposed_name(
    span: Span | None, desc: Description | None, mentions: list[dict] | None = None
) -> tuple[dict, str, str] | None:
    """A capitalised name that no mention covers, in apposition to a person noun ("Japan's
    chief cabinet secretary, Kenji Mori"; "Ana Ruiz, a spokeswoman for the Chilean
    government"; "Ana Ruiz, the head of the agency", after the span): that person, with
    the phrase's country (else its body's, `mentions`) and role, as (actor, resolved_from,
    rule_id)."""
    if span is None:
        return None
    head, mentions = span.root, mentions or []
    if person_noun(head):
        # the name may follow the phrase the speaker span ends with ("A spokeswoman for
        # the ministry, Ana Ruiz, said": the span stops before the apposition)
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and span.start <= child.i:
                if desc is None and (person_noun(child) or _covered(child, mentions)):
                    return None  # after "director", "head": a title or a body is no name
                country = body_country(span, mentions, desc)
                return _person(child, country, desc.role if desc else None)
    if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
        for child in head.children:
            if child.dep_ == "appos" and span.start <= child.i and person_noun(child):
                phrase = span.doc[child.left_edge.i : child.right_edge.i + 1]
                noun = describe(phrase, mentions)
                country = body_country(phrase, mentions, noun)
                return _person(head, country, noun.role if noun else None)
    return None


def _person(token: Token, country: str | None, role: str | None) -> tuple[dict, str, str] | None:
    words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
    words = _from_given_name(words)
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return None
    name = " ".join(t.text for t in words)
    actor = {"actor_id": f"person:{slug(name)}", "name": name, "country": country, "role": role}
    return actor, "apposition", "actor.speaker.apposition"


def _covered(token: Token, mentions: list[dict]) -> bool:
    """Does a mention cover the token? (A person's is the speaker before this; a body's, in
    apposition to a title noun the role nouns lack, is that body: "my Director of the
    Economic, the National Economic Council". After a role noun it stays whom the person
    speaks for, as before: "A spokeswoman for the dairy, Brandmilch GmbH"; so does a title
    there, which a list the parser took for an apposition may give: "the Secretary-General,
    the Policy Chief and the ministers".)"""
    return any(m["start"] <= token.idx < m["end"] for m in mentions)


def _from_given_name(words: list[Token]) -> list[Token]:
    """ "Vice President for Africa Ana Ruiz": the parser may hang a portfolio's place on the
    name; the name starts at a given name after words tagged as places or bodies."""
    for i, word in enumerate(words[1:-1], start=1):
        if given_name_sex(word.text) and all(t.ent_type_ in PORTFOLIO_LABELS for t in words[:i]):
            return words[i:]
    return words
