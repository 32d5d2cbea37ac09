"""A dateline names where a story was filed, which is not always what it is about:
"ADDIS ABABA, Ethiopia (Reuters) - Sudan's army and the rebels signed a truce ..." is
about Sudan. The dateline's state is the article's state (rule actor.dateline_state)
unless the story after the dateline never names it (by name, or by a nationality word on
an actor that acts: "Kenyan police said") and names another state as the owner of an
actor that acts ("Sudan's army signed", "Somalia's president said"): a state that acts
itself or is acted upon ("Peru fined an Oslo bank", "spoke with Peru's minister") may be
a visitor to the dateline's story."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.datelines import dateline_end
from pipeline.actors.mention import Context, Mention

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def filed_from_only(ctx: Context, mentions: list[Mention], country: str) -> bool:
    """Is `country` (the dateline's) only where the story was filed from?"""
    end = dateline_end(ctx.doc)
    after = [
        m
        for m in mentions
        if m.label == "GPE" and m.span.start_char >= end and m.country not in (None, "IGO")
    ]
    if any(m.country == country for m in after) or not any(_owns_subject(m) for m in after):
        return False
    rest = [t for t in ctx.tokens if t.idx >= end]
    return not any(_nationality_of(ctx, t, country) for t in rest)


def _nationality_of(ctx: Context, token: Token, country: str) -> bool:
    """Does a nationality word name the state on an actor that acts ("Kenyan police
    said"; not "a Kenyan-trained unit", nor "hosted by Kenyan mediators")?"""
    if not token.text[:1].isupper():
        return False
    entry = ctx.gaz.lookup(token.text)
    if entry is None or entry.kind != "demonym" or entry.country != country:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "Kenyan and Ugandan police"
        token = token.head
    return token.dep_ in ("amod", "compound") and token.head.dep_ in SUBJECT_DEPS


def _owns_subject(m: Mention) -> bool:
    """Is the state the possessor of a subject ("Sudan's army and the rebels signed")?"""
    root = m.span.root
    if root.dep_ != "poss":
        return False
    owned = root.head
    while owned.dep_ == "conj" and owned.head.i != owned.i:
        owned = owned.head
    return owned.dep_ in SUBJECT_DEPS
