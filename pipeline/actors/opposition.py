"""An opposition figure is no government's: "X, the opposition leader", "the leader of the
opposition Civic Union, X", "opposition lawmaker X". A person whose title noun, before the
name or apposed to it, has the word "opposition" among its modifiers or in its of-phrase
takes the role OPP, over the GOV or LEG its bare title ("leader", "lawmaker") gives (rule
actor.opposition_role). The word is data (words.json opposition_words)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.actors.mention import Context, Mention
from pipeline.actors.represents import person_nouns_of

RULE_ID = "actor.opposition_role"
ROLE = "OPP"
OVERRIDDEN = (None, "GOV", "LEG")  # a bare title's role; a party or rebel role stays


def opposition_roles(ctx: Context, mentions: list[Mention]) -> None:
    """Mark each person introduced with an opposition title, and every mention of them."""
    found = set()
    for m in mentions:
        if m.label == "PERSON" and m.role in OVERRIDDEN and _opposition_title(ctx, m):
            found.add(m.actor_id)
            m.note(RULE_ID)
    for m in mentions:
        if m.actor_id in found and m.role in OVERRIDDEN:
            m.role = ROLE


def _opposition_title(ctx: Context, m: Mention) -> bool:
    """The title before the name decides ("Prime Minister X, a former opposition leader" is
    in office); else a present title apposed to it ("a former opposition leader" is past)."""
    before = m.span.start - 1  # "Opposition leader X": the title compounded with the name
    if before >= 0 and ctx.doc[before].lower_ in ctx.gaz.person_titles:
        return _names_opposition(ctx, ctx.doc[before])
    past = ctx.words.past_title_words
    nouns = [n for n in person_nouns_of(m) if not _words_of(n.lefts) & past]
    return any(_names_opposition(ctx, n) for n in nouns)


def _names_opposition(ctx: Context, noun: Token) -> bool:
    """ "the opposition leader", "the leader of the opposition (Civic Union)": the word on
    the noun, before it or in its of-phrase; but not a hyphenated compound in the
    of-phrase ("chief minister of the opposition-ruled province": who rules the place,
    not what the title is)."""
    words = ctx.words.opposition_words
    if any(t.lower_ in words for t in noun.lefts):
        return True
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        of = [t for o in prep.children for t in o.subtree]
        if any(t.lower_ in words and not _hyphenated(t) for t in of):
            return True
    return False


def _hyphenated(token: Token) -> bool:
    """ "opposition-ruled", "opposition-controlled": the word joined by a hyphen to the next."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_


def _words_of(tokens: Iterable[Token]) -> set[str]:
    """The lower forms of the tokens, an "ex-" prefix's too ("ex-" is split or kept)."""
    found = set()
    for t in tokens:
        found.add(t.lower_)
        found.add(t.lower_.split("-")[0])
    return found
