"""Where a capital or a town stands for its state: named as the place of an act ("a
raid in Lusaka"), not as a venue ("the summit in Lusaka") nor as whose an unnamed actor
is ("guards in Lusaka"); or acting as its government ("Moscow has noticed")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import positions_in, span_text
from pipeline.actors.describe import entry_for
from pipeline.actors.gender import given_name_sex
from pipeline.actors.mention import Context
from pipeline.actors.words import default_words
from pipeline.rules import load_data

PHRASE_DEPS = ("amod", "compound", "poss", "nmod", "conj", "appos", "npadvmod")
EDGE_PREPOSITIONS = ("with", "between", "of")
EDGE_PHRASE_DEPTH = 5
PLACE_LABELS = ("GPE", "LOC", "FAC")  # what only places people


@cache
def _placed() -> dict[str, frozenset[str]]:
    """placed.json's lists that placing reads, as sets of lower-case words."""
    data = load_data("actors", "placed.json", 1)
    keys = ("place_modifiers", "edge_nouns", "region_names")
    return {key: frozenset(data[key]) for key in keys}


def names_edge(token: Token) -> bool:
    """A country word in a noun phrase that leads up to a noun of a state's edge ("near the
    Thai border", "Chad's frontier", "the Thai-Cambodian border", "the border with X",
    "the frontier between X and Y"): where an act is, on either side, not whose its
    people are."""
    edges = _placed()["edge_nouns"]
    for _ in range(EDGE_PHRASE_DEPTH):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in EDGE_PREPOSITIONS:
            return head.head.lemma_ in edges  # "the border with X"
        if token.dep_ not in PHRASE_DEPS or head is token:
            return False
        if head.lemma_ in edges:
            return True
        token = head
    return False


def place_modifier(token: Token) -> bool:
    """A determiner, or a lower-case word of direction before a place's name, which does
    not change its state ("in the north-eastern X", "in east X": X's state)."""
    return token.dep_ == "det" or (token.is_lower and token.lower_ in _placed()["place_modifiers"])


def place_name(ctx: Context, words: list[Token]) -> list[Token]:
    """The words of a place's name among the words before it: without a determiner, nor a
    word of direction unless the whole is a name ("south Sudan") or the rest a region's
    ("central America": not the USA)."""
    words = [t for t in words if t.dep_ != "det"]
    rest = [t for t in words if not place_modifier(t)]
    if len(rest) == len(words) or not rest:
        return words
    if ctx.gaz.lookup(ctx.doc[words[0].i : words[-1].i + 1].text) is not None:
        return words
    return words if rest[0].lower_ in _placed()["region_names"] else rest


def _venue(ctx: Context, held: Token) -> bool:
    """ "the summit in X", "met in X", "take place in X", "said in X", "told reporters in
    X": a meeting's word or a verb of saying, or a verb whose object is one, or the verb
    the held word is the object of."""
    objects = [c for c in held.children if c.dep_ in ("dobj", "obj")]
    if held.dep_ in ("dobj", "obj"):
        objects.append(held.head)
    venue = ctx.words.venue_words | ctx.words.speech_lemmas
    return any(t.lemma_.lower() in venue for t in [held, *objects])


def place_noun_over(ctx: Context, root: Token) -> Token:
    """ "across the port of X", "outside the village of X": the place noun a name is "of" stands
    where the name would."""
    noun = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and noun.dep_ == "pobj":
        return noun if noun.lemma_.lower() in ctx.gaz.place_nouns else root
    return root


def acts_as_agent(ctx: Context, span: Span) -> bool:
    """Is a capital acting as its government ("Moscow has noticed"), not a place?
    After a place preposition ("in Madrid") it is a place, and so on a noun of people or
    a body posted abroad ("Brussels diplomats"; words.json posted_nouns)."""
    root = place_noun_over(ctx, span.root)
    if root.dep_ == "pobj" and root.head.lower_ in ctx.gaz.place_prepositions:
        return False
    if root.dep_ == "compound" and root.head.lemma_.lower() in ctx.words.posted_nouns:
        return False  # "Brussels diplomats", "the Kabul embassy": where posted, not whose
    return root.dep_ in AGENT_DEPS or root.dep_ in ("pobj", "dobj", "agent")


def capital_named_as_place(ctx: Context, span: Span, label: str) -> bool:
    """ "a raid in Lusaka", "rallies in Nairobi", "barricades across the port of X":
    a capital NER or the gazetteer found, after a place preposition (or after "of" on a
    place noun there), and no name other places share ("Victoria", "Kingston").
    Not where it says whose an unnamed actor is ("officials in Madrid": the description
    of the government), nor the venue of a meeting ("the summit in Madrid")."""
    root = place_noun_over(ctx, span.root)
    held = root.head.head
    return (
        label in ("GPE", "GAZ")
        and root.dep_ == "pobj"
        and root.head.lower_ in ctx.gaz.place_prepositions
        and not _venue(ctx, held)
        and not (entry_for(held) or {}).get("unnamed")
        and span.text.lower() not in ctx.words.shared_place_names
    )


# Dependency labels of a noun acting as a subject or agent.
AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "conj", "appos", "compound"}


def located_person(doc: Doc, mention: dict) -> bool:
    """ "Doctors in Johor Bahru said": a person's name after a preposition of location
    (words.json located_prepositions) is the tagger's mistake for a place, not who speaks."""
    if mention.get("label") != "PERSON":
        return False
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in default_words().located_prepositions


def placing_mentions(head: Token, mentions: list[dict]) -> list[dict]:
    """ "Farmers in France said", "vessel owners in Spain and China said": the mentions after
    a preposition of location (words.json located_prepositions) of a noun of people who are
    no state's officials only place them; they are not who speaks. "Officials in Moscow"
    are Russia's."""
    entry = entry_for(head) or {}
    if entry and entry.get("role") in ("GOV", None):
        return []
    if head.ent_type_ or any(m["start"] <= head.idx < m["end"] for m in mentions):
        return []  # a name's head: "Bank of Spain"
    located = default_words().located_prepositions
    places = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in located]
    # the parser may join a second state to the people ("owners in Spain and China")
    edges = [(p.idx, p.right_edge.idx + len(p.right_edge)) for p in places]
    after = [m for m in mentions if edges and m["start"] > edges[0][0]]
    # "researchers at the Institute", "the bloc in Congress": a body's people, not a place's
    if not after or any(m.get("label") not in PLACE_LABELS for m in after):
        return []
    return after if any(a < m["start"] < b for m in after for a, b in edges) else []


def known_place_name(ctx: Context, span: Span) -> bool:
    """ "in Rakhine", "Cox's Bazar", "Madre de Dios": a name NER calls a person or an
    organisation that the places list gives to one state is a place; not one the gazetteer
    knows as an actor, nor one opening with a given name, nor a surname (after a given name
    or a person title anywhere in the text: "Ana Houston", "Mr. Houston")."""
    gaz, text = ctx.gaz, span_text(span)
    if gaz.place_state(text) is None or gaz.lookup(text) is not None or gaz.person(text):
        return False
    if given_name_sex(span[0].text):
        return False
    # "Ana Houston", "Mr. Houston" anywhere in the text: a surname
    return not any(_named_person_at(ctx, i) for i in positions_in(ctx.lower_keys, [span[0].lower_]))


def _named_person_at(ctx: Context, i: int) -> bool:
    """Is the word at token `i` a person's surname: after a given name or a person title?"""
    if i == 0:
        return False
    before = ctx.title_words[i - 1]
    return (before is not None and before in ctx.gaz.person_title_words) or bool(
        given_name_sex(ctx.tokens[i - 1].text)
    )
