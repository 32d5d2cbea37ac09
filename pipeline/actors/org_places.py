"""A place inside an organisation's name says where it is: "University of Lagos" is
Nigerian, "the Harbour Institute of Mombasa" Kenyan (rule actor.org_name_place). The place
is a state, a capital, or a city or region of one state (the place gazetteer) named after
the name's "of"; never a name two states share. (A place as the name's first word is the
name rules' own: "Nairobi Port Authority"; and a region's name there is often an
adjective: "Southern Policy Institute".)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.gazetteer import STATE_OR_CAPITAL_KINDS
from pipeline.actors.mention import Context, Mention
from pipeline.actors.spoken_place import ambiguous_places
from pipeline.rules import load_data

RULE_ID = "actor.org_name_place"
PLACED = "actor.org_placed_state"
PLACE_BEFORE_DEPS = ("npadvmod", "compound", "nmod")  # "Seoul" in "the Seoul-based institute"


def name_place_state(ctx: Context, m: Mention) -> str | None:
    """The state of the place an organisation's name holds, else None."""
    words = [t.text for t in ctx.tokens[m.span.start : m.span.end]]
    if len(words) < 2:
        return None
    if "of" in words[1:-1]:
        after = words[words.index("of", 1) + 1 :]
        after = after[1:] if after[0].lower() == "the" else after
        return _state(ctx, " ".join(after), STATE_OR_CAPITAL_KINDS)
    return None


def _state(ctx: Context, text: str, kinds: tuple[str, ...]) -> str | None:
    if not text[:1].isupper() or text.lower() in ambiguous_places():
        return None
    if text.lower() in ctx.words.shared_place_names:
        return None
    entry = ctx.gaz.lookup(text)
    if entry is not None:
        return entry.country if entry.kind in kinds and entry.country != "IGO" else None
    return ctx.gaz.place_state(text)


def named_place_state(ctx: Context, m: Mention) -> str | None:
    """`name_place_state`, else `placed_state`, noted in the mention's trail when found."""
    state = name_place_state(ctx, m)
    if state is not None:
        m.note(RULE_ID)
        return state
    state = placed_state(ctx, m)
    if state is not None:
        m.note(PLACED)
    return state


@cache
def _placing() -> dict:
    return load_data("actors", "affiliation.json", 1)["body_place_prepositions"]


def placed_state(ctx: Context, m: Mention) -> str | None:
    """ "the Institute for Polar Studies in Moscow", "a forum based in Lagos", "the
    Lagos-based forum": a body placed in a state, a capital or a city of one state is of
    that state (rule actor.org_placed_state); not a body the gazetteer knows (its country,
    or none, is its own: "Amnesty International in London")."""
    if m.rule_id == "actor.organisation_gazetteer":
        return None
    head, words = m.span.root, _placing()
    holders = [head, *(c for c in head.children if c.lower_ in words["participles"])]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        if prep.lower_ in words["words"] and prep.i >= m.span.end:
            place = [c for c in prep.children if c.dep_ == "pobj"]
            if place and (state := _place_of(ctx, place[0])) is not None:
                return state
    return _placed_before(ctx, m, words["participles"])


def _placed_before(ctx: Context, m: Mention, participles: list[str]) -> str | None:
    """ "the Seoul-based Institute for Cyber Policy": the place of the participle right
    before the name (the parser may hang it on the name's first word)."""
    before = ctx.tokens[m.span.start - 1] if m.span.start else None
    if before is None or before.lower_ not in participles:
        return None
    for place in (c for c in before.children if c.dep_ in PLACE_BEFORE_DEPS):
        if (state := _place_of(ctx, place)) is not None:
            return state
    return None


def _place_of(ctx: Context, token: Token) -> str | None:
    """The state of a place named by the token and the proper names before it."""
    start = token.left_edge.i
    while start < token.i and not ctx.tokens[start].text[:1].isupper():
        start += 1  # "the"
    text = " ".join(t.text for t in ctx.tokens[start : token.i + 1])
    return _state(ctx, text, STATE_OR_CAPITAL_KINDS)
