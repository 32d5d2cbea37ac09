"""A title the recognizer took for a name: "the Minister for Trade, Agribusiness and
Industry" (an organisation), "Chief Spokesperson" (a person). A person title that takes a
portfolio, "for" or "of", and the portfolio, with no name after it, is the office a person
holds, named elsewhere, not a body; a person title alone is no person (rule
actor.not.title_only). "The Ministry of Trade" is a body."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.actors.mention import Context
from pipeline.actors.posted_names import after_portfolio_title

PORTFOLIO_PREPOSITIONS = ("for", "of")


def is_title_only(ctx: Context, span: Span) -> bool:
    """Is the span a person title alone ("Chief Spokesperson"), or an organisation span a
    title and its portfolio, and no more?"""
    lowers, titles = ctx.title_words, ctx.gaz.person_title_words
    if span.label_ == "PERSON":
        return all(lowers[i] in titles for i in range(span.start, span.end))
    if span.label_ != "ORG" or len(span) < 3:
        return False
    start = span.start + (lowers[span.start] in ctx.words.definite_articles)
    k = start
    while k < span.end and lowers[k] in titles and lowers[k] not in ctx.gaz.org_words:
        k += 1  # "Deputy Minister", "Chief Spokesperson"
    if k == start or k + 1 >= span.end or lowers[k] not in PORTFOLIO_PREPOSITIONS:
        return False
    if not after_portfolio_title(ctx, k + 1):
        return False
    # the portfolio's words: capitalised, or its commas and "and", up to the span's end
    rest = ctx.tokens[k + 1 : span.end]
    return all(t.is_title or t.lower_ in ("and", "&", ",", "the") for t in rest)
