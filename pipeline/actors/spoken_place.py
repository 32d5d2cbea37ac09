"""A named person's state from the office they hold or from where they speak, for one the
text gives no state (affiliate.affiliate, before the article's guess):

- a title of an office only one state has, right before the name ("Chief Cabinet
  Secretary X" -> JPN; patterns/spoken_place.json office_titles), rule
  actor.office_title_state;
- the capital or one-state city where the person says something: "in <place>" on their
  own verb of saying, on whom they said it to or on the occasion ("X said in Lima",
  "X told reporters in Lima", "Speaking to reporters in Lima, X said"), rule
  actor.speech_place_state, a guess: never with a word of visiting or travel in the
  sentence ("X, visiting Tokyo, said"), a title a state posts abroad ("Ambassador X"),
  or a country word naming another state in the sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from pipeline.actors.arrays import lowered_positions, sentence_of, token_sentence_bounds
from pipeline.actors.gazetteer import STATE_KINDS, Gazetteer
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

OFFICE_TITLE_STATE, SPEECH_PLACE_STATE = "actor.office_title_state", "actor.speech_place_state"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PLACE_LABELS = ("GPE", "LOC")
PUBLIC_ROLES = ("GOV", "LEG", "JUD", "MIL", "OPP", "PTY")  # a state's office holders
STATE_PLACE_KINDS = ("capital", "country")
TITLE_WIDTH = 4  # the longest office title, in words


@cache
def spoken_words() -> dict:
    return load_data("actors", "spoken_place.json", 1)


def office_title_state(ctx: Context, m: Mention) -> str | None:
    """The one state whose office the title right before the name is."""
    titles = spoken_words()["office_titles"]
    start = m.span.start
    for width in range(min(TITLE_WIDTH, start), 0, -1):
        words = [t.lower_ for t in ctx.doc[start - width : start]]
        if (country := titles.get(" ".join(words))) is not None:
            return country
    return None


def speech_place_state(ctx: Context, m: Mention) -> str | None:
    """The state of the one place the person's own saying is placed in, or None."""
    root = m.span.root
    verb = root.head
    speech = ctx.words.speech_lemmas
    if root.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in speech:
        return None
    if m.role not in PUBLIC_ROLES:  # a business person or a writer speaks abroad as often
        return None
    sent = verb.sent
    words = spoken_words()
    before = " ".join(t.lower_ for t in ctx.doc[max(sent.start, m.span.start - 3) : m.span.start])
    if any(title in before for title in words["posted_titles"]):
        return None
    places = [o for p in _placing_preps(ctx, verb, root) for o in p.children if o.dep_ == "pobj"]
    shared = ctx.words.shared_place_names
    states = {s for o in places if (s := place_state(o, ctx.gaz, shared)) is not None}
    if len(states) != 1:
        return None
    state = next(iter(states))
    taken = {o.i for o in places}
    named = {
        entry.country
        for t in sent
        if t.i not in taken
        and (entry := ctx.gaz.lookup(t.text)) is not None
        and entry.kind in STATE_KINDS
    }
    return state if not named - {state, None} else None


def _placing_preps(ctx: Context, verb: Token, subject: Token) -> list[Token]:
    """ "in" phrases on the verb, on whom it was said to, or on an occasion of saying."""
    words = spoken_words()
    holders = [verb]
    # "X, speaking in Quito, said": the occasion hangs on the subject
    spoken = [c for c in subject.children if c.dep_ == "acl" and _occasion(ctx, c)]
    for child in [*verb.children, *spoken]:
        if child.i == subject.i:
            continue
        if child.dep_ in ("advcl", "acl") and _occasion(ctx, child):  # "Speaking in Lima"
            holders.append(child)
            holders.extend(_audiences(child))
        elif child.dep_ in words["audience_deps"] or child.dep_ == "prep":
            holders.extend(_audiences(verb) if child.dep_ == "prep" else [child])
            holders.extend(o for o in _objects(child) if _occasion(ctx, o))  # "at a briefing"
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    return [p for p in dict.fromkeys(preps) if p.lower_ in words["speech_places"]]


def _audiences(verb: Token) -> list[Token]:
    """Whom the verb says something to: its objects and the object of its "to"."""
    words = spoken_words()
    found = [c for c in verb.children if c.dep_ in words["audience_deps"]]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in words["audience_prepositions"]:
            found.extend(_objects(prep))
    return found


def _objects(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def _occasion(ctx: Context, token: Token) -> bool:
    """A verb of saying or a word for an occasion of speaking ("briefing", "interview");
    not a meeting or a summit, where a visitor speaks too."""
    lemma = token.lemma_.lower()
    return lemma in ctx.words.speech_lemmas or lemma in spoken_words()["occasion_words"]


def place_state(place: Token, gaz: Gazetteer, shared_names: Collection[str]) -> str | None:
    """The state a place (a preposition's object) names: a state, a capital, or a city of
    one state NER calls a place; never a place name several states share."""
    if place.dep_ != "pobj" or not place.text[:1].isupper():
        return None
    first = place.left_edge.i + (place.left_edge.lower_ == "the")
    text = place.doc[first : place.i + 1].text
    lower = text.lower()
    if lower in ambiguous_places() or lower in shared_names:
        return None
    entry = gaz.lookup(text)
    if entry is not None:
        ok = entry.kind in STATE_PLACE_KINDS and entry.country not in (None, "IGO")
        return entry.country if ok else None
    return gaz.place_state(text) if place.ent_type_ in PLACE_LABELS else None


@cache
def ambiguous_places() -> frozenset[str]:
    return frozenset(load_data("actors", "placed.json", 1)["ambiguous_places"])


def away_from_home(ctx: Context, m: Mention) -> bool:
    """Does the mention's sentence, or the one before it, say someone is visiting or
    travelling ("arrived in Lima on Monday. Santos told reporters in Lima ...")?"""
    return visiting_said(sentence_of(m.span))  # `.sent` tests the Doc's every token


def visiting_said(sent: Span, skip: Collection[int] = ()) -> bool:
    """Does the sentence, or the one before it, say someone is visiting or travelling
    (visitor_words), in a word whose index is not in `skip`?"""
    doc = sent.doc
    first = token_sentence_bounds(doc[sent.start - 1])[0] if sent.start > 0 else sent.start
    # the Doc's visitor words found once, rather than a Token made for each word here
    found = lowered_positions(doc, LEMMA, visitor_words())
    within = found[bisect_left(found, first) : bisect_left(found, sent.end)]
    return any(i not in skip for i in within)


@cache
def visitor_words() -> frozenset[str]:
    return frozenset(spoken_words()["visitor_words"])


def spoken_states(ctx: Context, mentions: list[Mention]) -> None:
    """Set the state of each person without one from an office title or where they speak;
    not where anyone of the same actor is said to be visiting."""
    people = [m for m in mentions if m.label == "PERSON"]
    # the actor's id, and its last name: a short name is linked to the full one only later
    away = {k for m in people if away_from_home(ctx, m) for k in (m.actor_id, m.span[-1].lower_)}
    for m in people:
        if m.country:
            continue
        if (country := office_title_state(ctx, m)) is not None:
            m.country = country
            m.note(OFFICE_TITLE_STATE)
        elif m.actor_id in away or m.span[-1].lower_ in away:
            continue
        elif (country := speech_place_state(ctx, m)) is not None:
            m.country = country
            m.extra["country_from"] = "sentence"
            m.note(SPEECH_PLACE_STATE)
