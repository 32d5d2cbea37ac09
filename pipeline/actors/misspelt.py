"""Misspelt state names ("Argentena", "Camerroon", "Ugandian"): a word NER takes for a
place, a people or an organisation that is one edit from one country's name or
nationality word (gazetteer.misspelt_country), and no given name."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.gazetteer import Entry, Gazetteer, misspelt_country
from pipeline.actors.gender import given_name_sex
from pipeline.actors.mention import Context
from pipeline.actors.words import Words

MISSPELT_LABELS = ("GPE", "NORP", "ORG")


def misspelt_state(ctx: Context, token: Token, label: str) -> Entry | None:
    """ "Argentena", "Camerroon": one capitalised word NER takes for a place, a people or
    an organisation, one edit from one country's name or nationality word, and no given
    name nor a name of words.json near_country_names (rule actor.misspelt_country)."""
    return misspelt_word(ctx.gaz, ctx.words, token, label)


def misspelt_word(gaz: Gazetteer, words: Words, token: Token, label: str) -> Entry | None:
    """misspelt_state with the gazetteer and word lists given (where no Context is)."""
    text = token.text
    if label not in MISSPELT_LABELS or gaz.lookup(text) is not None:
        return None
    if given_name_sex(text) or text.lower() in gaz.given_names:
        return None
    if text.lower() in words.near_country_names:
        return None
    return misspelt_country(text)
