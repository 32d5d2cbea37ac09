"""A person's given name NER left out of the name after it ("Mehmet" + "Kaya")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.gender import given_name_sex
from pipeline.actors.mention import Context


def with_given_name(ctx: Context, ent: Span, label: str) -> Span:
    """ "Mehmet Kaya" where NER tagged "Kaya" alone: a known given name right before the
    name and compounded on it is part of it (rule actor.ner_person); one "organisation" word
    after it keeps that label for the classifier to tell ("Anna Kowalska": a person). So is
    an unknown one after a comma ("the Deputy Minister, Rustam Khodjaev")."""
    if ent.start == 0:
        return ent
    before = ent.doc[ent.start - 1]
    joined = before.dep_ == "compound" and before.head.i in range(ent.start, ent.end)
    # the parser may cut a paragraph's first name in two ("Anna" | "Kowalska of the ...")
    opening = before.whitespace_ == " " and (before.i == 0 or before.nbor(-1).is_space)
    if not joined and not opening:
        return ent
    if not before.is_title:
        return ent
    if given_name_sex(before.text) is None and not (joined and _unknown_given_name(ctx, before)):
        return ent
    return Span(ent.doc, ent.start - 1, ent.end, label=label)


def _unknown_given_name(ctx: Context, word: Token) -> bool:
    """A capitalised proper noun of no entity, no title, body or place word, after a comma:
    a given name no list holds ("Minister, Rustam" + "Khodjaev")."""
    gaz = ctx.gaz
    if word.i == 0 or word.pos_ != "PROPN" or word.ent_type_ or not word.is_alpha:
        return False
    lower = word.lower_
    if lower in gaz.person_title_words or lower in gaz.org_words or gaz.lookup(word.text):
        return False
    return ctx.tokens[word.i - 1].text == ","
