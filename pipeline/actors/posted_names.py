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
MAX_PORTFOLIO_WORDS = 6  # "Minister of Trade, Industry and Energy": words before a name


def split_posted_country(ctx: Context, ent: Span) -> list[Span]:
    """The posting's state and the person, when the entity starts with a country's name
    right after "to" (and "the") that ends a person title; else the entity as it is."""
    if ent.label_ not in ("ORG", "PERSON", "GPE") or len(ent) < 3:
        return [ent]
    if not title_before_preposition(ctx, ent.start, ("to",)):
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
    Crisis Management Helena Lindqvist" tagged "Crisis Management Helena Lindqvist", or
    "Minister of Energy and Mines Ana Ruiz" tagged "Mines Ana Ruiz"): after "for"/"of"
    ending a title that takes a portfolio, the entity's last two or more words, all proper
    names, from a given name on; after the "and" of a portfolio, from a given name on, else
    all but the first word (the portfolio's last); else None (an entity that starts with a
    given name is a person's: "a spokesman for Juan Carlos Perez")."""
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 3 or given_name_sex(ent[0].text):
        return None
    joined = _in_portfolio(ctx, ent.start)
    if not (joined or after_portfolio_title(ctx, ent.start)):
        return None
    starts = range(ent.start + 1, ent.end - 1)  # the portfolio has a word at least
    start = next((k for k in starts if given_name_sex(ent.doc[k].text)), None)
    if start is None and not joined:
        return None
    name = ent.doc[start or ent.start + 1 : ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    ctx.sources[(name.start, name.end)] = PORTFOLIO_RULE_ID
    return Span(ent.doc, name.start, name.end, label="PERSON")


def _in_portfolio(ctx: Context, start: int) -> bool:
    """Does token `start` follow the "and" of a title's portfolio ("Minister of Energy and",
    "Secretary for Trade, Industry and"; not a comma: "Minister for Trade, Ana Ruiz" is an
    apposition)?"""
    toks, k = ctx.doc, start - 1
    if toks[k].lower_ not in ("and", "&"):
        return False
    while k > 0 and start - k <= MAX_PORTFOLIO_WORDS:
        word = toks[k]
        if not (word.lower_ in ("and", ",", "&") or (word.pos_ == "PROPN" and word.is_title)):
            break
        k -= 1
    return toks[k + 1].is_title and after_portfolio_title(ctx, k + 1)


def after_portfolio_title(ctx: Context, start: int) -> bool:
    """Do "for" or "of" ("the") before token `start` end a title that takes a portfolio
    ("Minister of", "Commissioner for"; words.json portfolio_titles)?"""
    title = title_before_preposition(ctx, start, PORTFOLIO_WORDS)
    return bool(title) and title.split()[-1] in ctx.words.portfolio_titles


def title_before_preposition(ctx: Context, start: int, prepositions: tuple[str, ...]) -> str | None:
    """The person title that ends right before one of `prepositions` ("the") just before
    token `start` ("Ambassador to (the)", "Minister of"), else None. Reads the lower
    forms only: no Token is built."""
    lowers, at = ctx.title_words, start - 1
    if at >= 1 and lowers[at] in ctx.words.definite_articles:
        at -= 1
    if at < 1 or lowers[at] not in prepositions:
        return None
    return title_ending_at(ctx, at)
