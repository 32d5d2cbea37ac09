"""A body's head word and "of" that NER left out of the body's name before it: "the
Council of" + "the European Union" is the Council of the European Union, not the Union
(then classified as any organisation is). Only a capitalised organisation word
(roles.json org_keywords) that is no ministry's or department's (their portfolio names a
state's body: state_bodies.py), with two capitalised words before it at most ("the
Supreme Court of")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.mention import Context

PORTFOLIO_HEADS = ("ministry", "department")
MAX_WORDS_BEFORE = 2


def with_org_head(ctx: Context, ent: Span) -> Span:
    """The organisation span with the head and "of" written right before it, if any."""
    doc, at = ent.doc, ent.start
    if at < 2:
        return ent
    at -= 1
    if doc[at].lower_ in ctx.words.definite_articles:
        at -= 1  # "Council of the" + "European Union": NER may leave the article out
    if at < 1 or doc[at].lower_ != "of":
        return ent
    head = doc[at - 1]
    if not head.is_title or head.lower_ not in ctx.gaz.org_words or head.lower_ in PORTFOLIO_HEADS:
        return ent
    start = head.i
    while start > 0 and head.i - start < MAX_WORDS_BEFORE and _name_word(ctx, doc[start - 1]):
        start -= 1  # "the Security Council of ...", "the Supreme Court of ..."
    return Span(doc, start, ent.end, label="ORG")


def _name_word(ctx: Context, word: Token) -> bool:
    return word.is_title and word.lower_ not in ctx.words.definite_articles and not word.ent_type_
