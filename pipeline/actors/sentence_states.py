"""The states a sentence names that may be its people's: not the nationality of an unnamed
actor's phrase ("Chinese officials"), nor a state an act is aimed at ("sanctions on X"), nor a
partner in an act ("talks with X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.acts import acted_upon, partner, states_in_sentence
from pipeline.actors.describe import entry_for, of_organisation
from pipeline.actors.gazetteer import STATE_KINDS
from pipeline.actors.mention import Context


def country_words(ctx: Context, start: int, end: int) -> list[Token]:
    """The country words among tokens [start, end), in order. A word whose lower form names
    no state is none (the gazetteer's keys are lower forms): no Token is built for it.
    Kept per Context: a sentence is asked about once for each mention in it."""
    known = ctx.memo.setdefault("country_words", {})
    found = known.get((start, end))
    if found is None:
        words, gaz = ctx.title_words, ctx.gaz
        found = known[(start, end)] = [
            ctx.tokens[i]
            for i in range(start, end)
            if words[i] is not None
            and (entry := gaz.lookup(words[i])) is not None
            and entry.kind in STATE_KINDS
            and is_country_word(ctx, ctx.tokens[i])
        ]
    return found


def free_states(ctx: Context, sent: Span) -> tuple[set[str], bool]:
    """The states a sentence names, but for the nationality of an unnamed actor's phrase
    and a state an act is aimed at; and whether such an unnamed actor of a state is a
    subject ("Turkish police said": the sentence is theirs, its people may be too)."""
    words, acting = [], False
    for t in country_words(ctx, sent.start, sent.end):
        head = _first_conjunct(t)  # "Greek and Bulgarian farmers", "Saudi Arabia's"
        if describes_actor(head):
            acting = acting or head.head.dep_ in ("nsubj", "nsubjpass")
        elif not acted_upon(ctx, head) and not partner(head):  # 'talks with Y': Y's side
            words.append(t)
    return states_in_sentence(ctx, words), acting


def _first_conjunct(token: Token) -> Token:
    """The word a country word's phrase hangs on: "Saudi" of "Saudi Arabia's", the first
    of "Greek and Bulgarian"."""
    while token.dep_ in ("conj", "compound") and token.head.i != token.i:
        token = token.head
    return token


def is_country_word(ctx: Context, token: Token) -> bool:
    if not token.text[:1].isupper():
        return False
    entry = ctx.gaz.lookup(token.text)
    return entry is not None and entry.kind in STATE_KINDS


def describes_actor(token: Token) -> bool:
    """A nationality word of an unnamed actor's phrase ("Chinese officials")."""
    entry = entry_for(token.head) if token.head is not token else None
    if token.dep_ not in ("amod", "compound", "poss") or not (entry and entry.get("unnamed")):
        return False
    return not of_organisation(token.head)  # "his Chinese counterpart at SAIC": SAIC's
