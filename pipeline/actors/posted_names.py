"""Names NER runs together with the complement of the title before them.

"Ambassador to France Julia Moreau" is tagged as one organisation, "France Julia Moreau":
the state is where the title holder is posted, the rest is the person (rule
actor.split.posted_country). "Commissioner for Crisis Management Helena Lindqvist" is tagged
"Crisis Management Helena Lindqvist": the portfolio is part of the title, and the person's
name starts at a given name (rule actor.split.portfolio)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.actors.gender import given_name_sex
from pipeline.actors.mention import Context
from pipeline.actors.titles import title_ending_at

RULE_ID = "actor.split.posted_country"
PORTFOLIO_RULE_ID = "actor.split.portfolio"
PORTFOLIO_WORDS = ("for", "of")  # "Minister for Trade", "Secretary of Defence"
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


def portfolio_holder(ctx: Context, ent: Span) -> Span | None:
    """The person of an entity that runs a title's portfolio into a name ("Commissioner for
    Crisis Management Helena Lindqvist" tagged "Crisis Management Helena Lindqvist"): after
    "for"/"of" ending a person title, the entity's last two or more words, all proper names,
    from a given name on (else its last two); else None."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 3:
        return None
    at = ent.start - 1
    if at >= 1 and ctx.title_words[at] in ctx.words.definite_articles:
        at -= 1
    if at < 1 or ctx.title_words[at] not in PORTFOLIO_WORDS or not title_ending_at(ctx, at):
        return None
    names = [
        ent.doc[start : ent.end]
        for start in range(ent.start + 1, ent.end - 1)  # the portfolio has a word at least
        if all(t.pos_ == "PROPN" and t.is_title for t in ent.doc[start : ent.end])
    ]
    # from a given name on, else the last two words ("Energy Kadri Simson")
    name = next((n for n in names if given_name_sex(n[0].text)), names[-1] if names else None)
    if name is None:
        return None
    ctx.sources[(name.start, name.end)] = PORTFOLIO_RULE_ID
    return Span(ent.doc, name.start, name.end, label="PERSON")
