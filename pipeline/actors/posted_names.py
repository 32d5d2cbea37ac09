"""A name NER runs together with the state of a posting before it: "Ambassador to France
Julia Moreau" is tagged as one organisation, "France Julia Moreau". The state is where the
title holder is posted, the rest is the person (rule actor.split.posted_country)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.actors.mention import Context
from pipeline.actors.titles import title_ending_at

RULE_ID = "actor.split.posted_country"
MAX_COUNTRY_WORDS = 3  # "United Arab Emirates"


def split_posted_country(ctx: Context, ent: Span) -> list[Span]:
    """The posting's state and the person, when the entity starts with a country's name
    right after "to" (and "the") that ends a person title; else the entity as it is."""
    if ent.label_ not in ("ORG", "PERSON", "GPE") or len(ent) < 3:
        return [ent]
    words, lowers = ctx.words, ctx.title_words  # no Token read for these
    at = ent.start - 1
    if at >= 1 and lowers[at] in words.definite_articles:
        at -= 1
    if at < 1 or lowers[at] != "to" or not title_ending_at(ctx, at):
        return [ent]
    for width in range(min(MAX_COUNTRY_WORDS, len(ent) - 2), 0, -1):
        entry = ctx.gaz.lookup(ent.doc[ent.start : ent.start + width].text)
        if entry is None or entry.kind != "country":
            continue
        name = ent.doc[ent.start + width : ent.end]
        if not all(t.pos_ == "PROPN" and t.is_title for t in name):
            return [ent]
        ctx.sources[(name.start, name.end)] = RULE_ID
        return [
            Span(ent.doc, ent.start, name.start, label="GPE"),
            Span(ent.doc, name.start, name.end, label="PERSON"),
        ]
    return [ent]
