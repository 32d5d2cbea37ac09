"""Where a capital or a town stands for its state: named as the place of an act ("a
raid in Lusaka"), not as a venue ("the summit in Lusaka") nor as whose an unnamed actor
is ("guards in Lusaka"); or acting as its government ("Moscow has noticed")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.describe import entry_for
from pipeline.actors.mention import Context
from pipeline.rules import load_data


@cache
def _place_modifiers() -> frozenset[str]:
    return frozenset(load_data("actors", "placed.json", 1)["place_modifiers"])


@cache
def _edge_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "placed.json", 1)["edge_nouns"])


def names_edge(token: Token) -> bool:
    """A country word on a noun of its edge ("near the Thai border", "Chad's frontier"):
    where an act is, on either side of it, not whose its people are."""
    return token.dep_ in ("amod", "compound", "poss") and token.head.lemma_ in _edge_nouns()


def place_modifier(token: Token) -> bool:
    """A determiner, or a lower-case word of direction before a place's name, which does
    not change its state ("in the north-eastern X", "in east X": X's state)."""
    return token.dep_ == "det" or (token.is_lower and token.lower_ in _place_modifiers())


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
    After a place preposition ("in Madrid") it is a place."""
    root = place_noun_over(ctx, span.root)
    if root.dep_ == "pobj" and root.head.lower_ in ctx.gaz.place_prepositions:
        return False
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
