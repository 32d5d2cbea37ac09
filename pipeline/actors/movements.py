"""Parties, fronts and movements: groups that contend for power in their own state, so
that, where the sentence marks one as contending at home (an opposition or rebel group, a
ruling party), the one state their sentence names, even as the government they contend
with, is theirs (rule actor.movement_state; lexicon patterns/movements.json)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.acts import acted_upon, partner, phrase_head, states_in_sentence
from pipeline.actors.arrays import sentence_bounds, sentence_of
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")

MOVEMENT_ROLES = ("PTY", "OPP")


@cache
def movement_words() -> dict[str, frozenset[str]]:
    """heads, ruler_nouns and domestic_markers of movements.json, as sets."""
    data = load_data("actors", "movements.json", 2)
    return {k: frozenset(data[k]) for k in ("heads", "ruler_nouns", "domestic_markers")}


def movement(ctx: Context, m: Mention) -> bool:
    """A party, front or movement ("the Lakeside Farmers' Party", "the rebel X") that its
    sentence marks as contending for power at home: the one state its sentence names,
    even as the government it contends with, is its own (rule actor.movement_state). A
    party that only criticises a foreign government is not of that state."""
    if m.label != "ORG" or m.extra.get("unnamed"):
        return False
    if acted_upon(ctx, phrase_head(m.span.root)) or partner(phrase_head(m.span.root)):
        return False  # "X shared expertise with the Y Front": the state there is X's
    words = movement_words()
    before = ctx.tokens[m.span.start - 1].lemma_.lower() if m.span.start else ""
    if m.role == "OPP" or before in ctx.words.opposing_groups:
        return True
    sent = sentence_of(m.span)
    # the sentence's lower forms, made once per Doc: a walk over `sent` builds its Tokens
    marked = not words["domestic_markers"].isdisjoint(ctx.title_words[sent.start : sent.end])
    return marked and (m.role in MOVEMENT_ROLES or m.span[-1].lower_ in words["heads"])


def mention_states(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """The states of the other mentions of its sentence, unnamed ones included, that no
    act aimed at others than rulers targets ("the Front attacked Latvian troops": not
    Latvia)."""
    start = sentence_bounds(m.span)[0]
    others = (o for o in mentions if o is not m and sentence_bounds(o.span)[0] == start)
    return {
        o.country
        for o in others
        if o.country not in (None, "IGO") and not _aimed_at_others(ctx, phrase_head(o.span.root))
    }


def unaimed_states(ctx: Context, m: Mention) -> set[str]:
    """The states its sentence's country words name, where neither the word nor the noun
    it modifies is the target of an act aimed at others than rulers."""
    sent = sentence_of(m.span)
    words = [
        t
        for t in ctx.tokens[sent.start : sent.end]
        if not _aimed_at_others(ctx, t)
        and not (t.dep_ in MODIFIER_DEPS and _aimed_at_others(ctx, t.head))
    ]
    return states_in_sentence(ctx, words) - {"IGO"}


def _aimed_at_others(ctx: Context, token: Token) -> bool:
    """ "attacked Latvian troops": an act aimed at another state's people or bodies; not
    one aimed at rulers ("urged the Turkish government"), whom a movement contends with
    at home."""
    return acted_upon(ctx, token) and token.lemma_.lower() not in movement_words()["ruler_nouns"]
