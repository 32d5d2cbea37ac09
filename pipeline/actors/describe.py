"""What a noun phrase that names no one says about the actor it stands for.

"the foreign ministry", "a senior Turkish official", "Poland's state grid operator",
"officials in Moscow", "Monday's statement": the head noun (lexicon:
actors/patterns/role_nouns.json) gives a kind (person, org, state, group, document), the
labels of the mentions it may refer to and a role; the words around it may give a country
(a nationality adjective, a possessive, "in <capital>", a state or a body with a country
inside the phrase). Resolution (pipeline/actors/resolve.py) and the unnamed-actor pass
(pipeline/actors/unnamed.py) only link such a phrase to an actor compatible with all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import column
from pipeline.actors.gazetteer import (
    STATE_KINDS,
    STATE_OR_CAPITAL_KINDS,
    Gazetteer,
    load_gazetteer,
    slug,
)
from pipeline.actors.indefinite import indefinite_phrase
from pipeline.actors.misspelt import misspelt_word
from pipeline.actors.state_bodies import body_heads, body_key
from pipeline.actors.words import default_words
from pipeline.rules import load_data

ROLE_NOUNS_VERSION = 2
PLACE_PREPOSITIONS = ("in", "from")  # "officials in Moscow": the capital's government
SKIPPED_DEPS = ("det", "poss", "case", "punct", "predet", "nummod", "appos", "relcl", "prep")


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, dict[str, Any]]:
    """head lemma -> its entry (labels, role, kind, titles, named_by_head, role_required,
    unnamed)."""
    data = load_data("actors", "role_nouns.json", version=ROLE_NOUNS_VERSION)
    return {k.lower(): v for k, v in data["role_nouns"].items()}


@dataclass(frozen=True)
class Description:
    noun: str  # the head's lemma: "ministry", "official", "statement"
    kind: str  # person, org, state, group or document
    labels: tuple[str, ...]  # the mention labels it may refer to
    role: str | None
    country: str | None
    modifiers: tuple[str, ...]  # content words before the head: ("foreign",), ("state", "grid")
    plural: bool
    titles: frozenset[str]  # a person it refers to was introduced with one of these
    named_by_head: bool  # an organisation it refers to has the noun in its name
    role_required: bool = False  # an organisation it refers to has its role or is named by it
    new_referent: bool = False  # "a spokesman", "diplomats": never one person named before
    indefinite: str | None = None  # the phrase, when indefinite: never any actor named before
    host: str | None = None  # "the embassy in Washington": the state it is posted in, not its own
    # rank words before the head, those the core leaves out too ('the former president')
    ranks: frozenset[str] = frozenset()
    written: str = ""  # the head as the text writes it, in lower case: "farmers"
    proper: bool = False  # written as a name: "the Green Forest Alliance", "the Foreign Ministry"
    seniority: tuple[str, ...] = ()  # "a senior Turkish official": kept in its name, not its id
    # the modifiers as written when names, in prose (a lower-case head): "Kurdish", "RSF"
    shown: tuple[str, ...] = ()
    # the members an "of" phrase gives a body or group: "bondholder" of "the group of
    # bondholders"; it stands only for a body named with them
    members: str | None = None
    # a place the phrase puts its people in that names no state ("officials in Tiraspol")
    place: str | None = None

    @property
    def core(self) -> str:
        """ "state grid operator": the modifiers and the head, no country words."""
        return " ".join([*self.modifiers, self.noun])

    @property
    def written_core(self) -> str:
        """The core in the text's number: "dairy farmers" for a plural, as news names the
        group; `core` (the head's lemma) keys the actor either way. Names keep their
        capitals ("Kurdish bloc", "RSF spokesman")."""
        words = self.shown or self.modifiers
        return " ".join([*words, self.written if self.plural and self.written else self.noun])

    @property
    def slug(self) -> str:
        return slug(self.core)


UNNAMED_PREFIX = "desc:"  # the ids of unnamed actors: desc:TUR:official, desc:org:nato:...


def unnamed_id(actor_id: str | None) -> bool:
    """Is the id an unnamed actor's ("a senior Turkish official": desc:TUR:official)?"""
    return str(actor_id or "").startswith(UNNAMED_PREFIX)


def entry_for(token: Token) -> dict[str, Any] | None:
    nouns = role_nouns()
    if (whole := _hyphen_key(token)) is not None:  # "secretary-general", not "general"
        return nouns[whole]
    return nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)


def _hyphen_key(token: Token) -> str | None:
    """The role noun a hyphenated title ending on the token is ("secretary-general"), else
    None."""
    if token.i < 2 or token.nbor(-1).text != "-":
        return None
    whole = f"{token.nbor(-2).lower_}-{token.lower_}"
    return whole if whole in role_nouns() else None


def hyphen_title(token: Token) -> bool:
    """ "the bloc's secretary-general": a hyphenated title's last word, which the tagger
    may call an adjective."""
    return _hyphen_key(token) is not None


def title_noun(token: Token) -> str:
    """A person noun's lemma, a hyphenated title whole ("secretary-general")."""
    return _hyphen_key(token) or token.lemma_.lower()


def role_noun_tokens(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens `entry_for` may find an entry for: compared as
    hashes on the Doc's arrays, where a walk over the Doc would build a Token object for
    every token. A word's lower form is a role noun when its hash is one; whether a
    lemma's lower form is one ("Ministers": "minister") is worked out once per distinct
    lemma in the process."""
    if not len(doc):
        return []
    lemma_keys, lower_keys = column(doc, LEMMA), column(doc, LOWER)
    known = _role_lemmas(role_nouns())
    # each distinct lemma tested once, in order: a sorted search is cheaper than one per token
    lemmas, of = np.unique(lemma_keys, return_inverse=True)
    new = lemmas[~_in_sorted(lemmas, known.seen)]
    if len(new):
        strings = doc.vocab.strings
        hits = [h for h in new.tolist() if strings[h].lower() in known.nouns]
        known.seen = _insert_sorted(known.seen, new)
        known.hits = _insert_sorted(known.hits, np.array(hits, dtype=np.uint64))
    hit = _in_sorted(lemmas, known.hits)[of.reshape(-1)] | _in_sorted(lower_keys, known.keys)
    return np.flatnonzero(hit).tolist()


@dataclass
class _RoleLemmas:
    """Per lexicon: the hashes of its nouns, and of the lemmas seen so far and of those
    whose lower form is one of them; each sorted."""

    nouns: dict[str, dict[str, Any]]
    keys: np.ndarray
    seen: np.ndarray
    hits: np.ndarray


_ROLE_LEMMAS: list[_RoleLemmas] = []
MAX_SEEN_LEMMAS = 1 << 16  # a long run meets ever more words: start afresh past this many


def _role_lemmas(nouns: dict[str, dict[str, Any]]) -> _RoleLemmas:
    cached = _ROLE_LEMMAS[0] if _ROLE_LEMMAS else None
    if cached is None or cached.nouns is not nouns or len(cached.seen) > MAX_SEEN_LEMMAS:
        keys = np.unique(np.array([hash_string(n) for n in nouns], dtype=np.uint64))
        empty = np.zeros(0, dtype=np.uint64)
        _ROLE_LEMMAS[:] = [cached := _RoleLemmas(nouns, keys, empty, empty)]
    return cached


def _in_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which of the values are among the sorted keys."""
    if not len(keys):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at == len(keys)] = 0
    return keys[at] == values


def _insert_sorted(keys: np.ndarray, new: np.ndarray) -> np.ndarray:
    """The sorted keys with the new ones (sorted, none among them) put in place."""
    return np.insert(keys, np.searchsorted(keys, new), new)


def describe(
    span: Span, mentions: list[dict] | None = None, entry: dict[str, Any] | None = None
) -> Description | None:
    """The description a phrase headed by a role, body or document noun gives, else None
    (`entry`: the head's lexicon entry, when the caller knows it from another lexicon)."""
    if len(span) == 0:
        return None
    head = span.root
    gaz = load_gazetteer()
    entry = entry or entry_for(head) or _state_body_entry(head, gaz)
    if entry is None or not (head.pos_ in ("NOUN", "PROPN") or hyphen_title(head)):
        return None
    proper, lexicon = written_as_name(head, entry), default_words()
    words = _modifier_tokens(head, gaz)
    country, host = phrase_country(span, gaz, mentions or []), posted_host(span, gaz)
    return Description(
        noun=head.lemma_.lower(),
        kind=entry.get("kind", "org"),
        labels=tuple(entry.get("labels") or ()),
        role=_role_in(span, mentions) or entry.get("role"),
        country=country,
        modifiers=tuple(t.lower_ for t in words),
        plural=head.tag_ in ("NNS", "NNPS"),
        titles=frozenset(entry.get("titles") or ()),
        named_by_head=bool(entry.get("named_by_head")) or proper,
        role_required=bool(entry.get("role_required")),
        new_referent=_new_referent(head),
        indefinite=indefinite_phrase(span),
        host=host,
        ranks=frozenset(t.lower_ for t in head.lefts if t.lower_ in lexicon.rank_modifiers),
        written=head.lower_,
        proper=proper,
        seniority=tuple(t.lower_ for t in head.lefts if t.lower_ in lexicon.seniority_words),
        shown=tuple(t.text if head.is_lower and _name_like(t) else t.lower_ for t in words),
        members=_members(head, entry),
        place=local_place(head) if country is None and host is None else None,
    )


# a state body named by a noun the role nouns lack ("Pakistan's foreign office")
STATE_BODY_ENTRY = {"labels": ["ORG"], "role": "GOV", "kind": "org", "unnamed": True}


def _state_body_entry(head: Token, gaz: Gazetteer) -> dict[str, Any] | None:
    """The entry of a state body's name (state_bodies.json) that ends on a noun with no
    role-noun entry of its own ("foreign office"), else None."""
    if head.lower_ not in body_heads():
        return None
    modifiers = [t.lower_ for t in _modifier_tokens(head, gaz)]
    return STATE_BODY_ENTRY if body_key([*modifiers, head.lower_]) else None


def written_as_name(head: Token, entry: dict[str, Any]) -> bool:
    """ "The Green Forest Alliance", "the Foreign Ministry": an organisation noun
    capitalised after capitalised words, or alone after "the" ("the Organization"), is
    written as a name; it refers back only to an organisation named with those words
    (compat.named_by), never to any other of its kind. A person's title ("the Prime
    Minister") is not a name."""
    if entry.get("kind", "org") != "org" or not head.is_title or head.i == head.sent.start:
        return False
    lefts = list(head.lefts)
    if [t.lower_ for t in lefts] == ["the"]:
        return True  # "the Organization", "the Commission": a body's own short name
    return any(t.dep_ == "compound" and t.is_title and t.pos_ == "PROPN" for t in lefts)


def local_place(head: Token) -> str | None:
    """The name of the place an "in"/"from" phrase puts a noun's people in ("officials in
    Tiraspol"), else None."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if place.pos_ == "PROPN" and place.is_title:
                return place.text
    return None


def unrecognised(head: Token) -> bool:
    """Is the noun's body one of an authority no state recognises ("the region's
    self-styled foreign ministry")?"""
    written = head.doc[head.left_edge.i : head.i].text.lower().split()  # "self-styled": one
    return not default_words().unrecognised_modifiers.isdisjoint(written)


def _members(head: Token, entry: dict[str, Any]) -> str | None:
    """The members of a body or group noun ("bondholder"), else None."""
    return members_of(head) if entry.get("kind", "org") in ("org", "group") else None


def members_of(head: Token) -> str | None:
    """The lemma of the plural common noun an "of" phrase gives a noun as its members
    ("a group of bondholders", "the coalition of opposition parties"), else None; not a
    field ("the ministry of finance") nor a name ("Council of Ministers")."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.tag_ == "NNS" and noun.is_lower:
                return noun.lemma_.lower()
    return None


def _new_referent(head: Token) -> bool:
    """A plural or an indefinite noun phrase ("officials", "an adviser") brings in people
    of its own: it may stand for their body or state, not for a person named before."""
    if head.tag_ in ("NNS", "NNPS"):
        return True
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    return bool(dets & default_words().indefinite_articles)


def _name_like(token: Token) -> bool:
    """A word written as a name: a proper noun or adjective in capitals ("Kurdish", "RSF")."""
    return token.text[:1].isupper() and (
        token.pos_ == "PROPN" or token.ent_type_ != "" or token.is_upper
    )


def _modifier_tokens(head: Token, gaz: Gazetteer) -> list[Token]:
    words = []
    for t in head.lefts:
        if t.dep_ in SKIPPED_DEPS or t.is_punct or _country_of_word(gaz, t.text):
            continue
        if t.i > t.left_edge.i and _country_of_word(gaz, t.doc[t.left_edge.i : t.i + 1].text):
            continue  # "Ivory Coast rebels", "South Korean officials"
        label = t.ent_type_ or ("GPE" if t.pos_ == "PROPN" and t.is_title else "")
        if label in ("GPE", "NORP") and misspelt_word(gaz, default_words(), t, label):
            continue  # "Ugandian troops" are troops of a state, as "Ugandan troops"
        if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.lower_ not in ("senior", "top", "former"):
            words.append(t)
    return words


def _country_of_word(gaz: Gazetteer, text: str, kinds=STATE_KINDS) -> str | None:
    entry = gaz.lookup(text)
    if entry is not None and entry.kind in kinds and entry.country not in (None, "IGO"):
        return entry.country
    return None


def posted_at(span: Span) -> int:
    """Where the "in X" of a noun of a body or person posted abroad starts ("the embassy
    in Washington", "diplomatic sources in Vienna": X is where they are, not whose); else
    the span's end."""
    head, posted = span.root, default_words().posted_nouns
    words = [head.lemma_.lower(), *(c.lower_ for c in head.lefts if c.dep_ == "amod")]
    if not any(w in posted for w in words):  # "the embassy", "diplomatic sources"
        return span.end_char
    preps = [c.idx for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"]
    return min([span.end_char, *preps])


def posted_host(span: Span, gaz: Gazetteer) -> str | None:
    """The state a posted body's "in X" names ("the embassy in Washington": USA)."""
    at = posted_at(span)
    kinds = STATE_OR_CAPITAL_KINDS
    hosts = (_country_of_word(gaz, t.text, kinds) for t in span if t.idx > at)
    return next((c for c in hosts if c is not None), None)


def phrase_country(span: Span, gaz: Gazetteer, mentions: list[dict]) -> str | None:
    """The state a phrase names: a body or state mention inside it with a country, a
    nationality or country word, or a capital after "in"/"from"; not where a body posted
    abroad is ("the embassy in Washington")."""
    end = posted_at(span)
    if (owner := possessive_owner(span, mentions)) is not None:
        return owner  # "Its foreign ministry" after "China ... has been quieter."
    for m in mentions:
        inside = span.start_char <= m["start"] and m["end"] <= end
        if inside and m.get("label") != "PERSON" and m.get("country") not in (None, "IGO"):
            return m["country"]
    for token in span:
        if token.idx >= end:
            break
        country = _country_of_word(gaz, token.text)
        if country is None and token.i > span.start:
            before = span.doc[token.i - 1].lower_
            if before in PLACE_PREPOSITIONS:
                country = _country_of_word(gaz, token.text, ("capital",))
        if country is not None:
            return country
    return None


def possessive_owner(span: Span, mentions: list[dict]) -> str | None:
    """ "Its foreign ministry": the country of the last state or body named as a subject
    before the phrase, in its sentence or the one before ("its" stands for the topic, not
    for a state named inside an apposition or an object), when the phrase opens on "its"."""
    owner = possessive_owner_mention(span, mentions)
    return owner.get("country") if owner and owner.get("country") != "IGO" else None


def possessive_owner_mention(span: Span, mentions: list[dict]) -> dict | None:
    """The mention of the state or body "its" stands for in a phrase that opens on it: the
    last one named as a subject before the phrase, in its sentence or the one before."""
    if not len(span) or span[0].lower_ not in ITS or span[0].dep_ != "poss":
        return None
    floor = span.doc[span.sent.start - 1].sent.start if span.sent.start else span.sent.start
    for m in reversed(mentions):
        if m["end"] > span.start_char or not _owner_like(m):
            continue
        found = span.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if found is None or found.start < floor:
            return None
        root = found.root.head if found.root.dep_ == "compound" else found.root
        if root.dep_ in ("nsubj", "nsubjpass"):  # "China", "the Chinese government"
            return m
    return None


ITS = ("its",)  # a singular possessive that stands for a state or a body, not a person


def _owner_like(m: dict) -> bool:
    """A state or a body, also one the recogniser took for a person ("China's coast guard":
    an unnamed actor, never a named person)."""
    return m.get("label") in ("GPE", "ORG") or str(m.get("actor_id")).startswith("desc:")


def _role_in(span: Span, mentions: list[dict] | None) -> str | None:
    """ "a spokesman for the army": the role of the body the phrase names."""
    for m in mentions or []:
        inside = span.start_char <= m["start"] and m["end"] <= span.end_char
        if inside and m.get("label") == "ORG" and m.get("role") not in (None, "IGO"):
            return m["role"]
    return None


def of_organisation(head: Token) -> bool:
    """ "his Chinese counterpart at SAIC": an organisation named after a role noun that
    allows it (of_organisation in role_nouns.json) is the actor, not an unnamed one of
    the nationality's state."""
    preps = (entry_for(head) or {}).get("of_organisation") or ()
    return any(
        child.dep_ == "prep" and child.lower_ in preps and obj.ent_type_ == "ORG"
        for child in head.children
        for obj in child.children
        if obj.dep_ == "pobj"
    )
