"""A name NER missed that a person noun is apposed to: "Alain Varga, a spokesman for the
secretary-general, said" (rule actor.candidate.apposed_name). Two to four capitalised
proper nouns no entity covers, with a role noun of a person or a person title in apposition
after them, are a person candidate, as "Ana Ruiz is a research fellow" is one
(candidates.copular_names). Not a name the gazetteer knows, nor one a group noun is apposed
to ("Silver Crane, a hacking group")."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.actors.arrays import column
from pipeline.actors.describe import entry_for
from pipeline.actors.mention import Context

RULE_ID = "actor.candidate.apposed_name"
APPOS = get_string_id("appos")
MAX_NAME_WORDS = 4


def apposed_names(ctx: Context) -> list[Span]:
    """Person candidates for the untagged names a person noun is apposed to."""
    doc, spans = ctx.doc, []
    if not len(doc):
        return spans
    for i in np.flatnonzero(column(doc, DEP) == APPOS).tolist():
        noun = ctx.tokens[i]
        name = noun.head
        if name.i > noun.i or name.pos_ != "PROPN" or not _person_noun(ctx, noun):
            continue
        start = name.left_edge.i
        words = ctx.tokens[start : name.i + 1]
        if not 2 <= len(words) <= MAX_NAME_WORDS:
            continue
        if any(t.pos_ != "PROPN" or not t.is_title or t.ent_type_ for t in words):
            continue
        if ctx.gaz.lookup(doc[start : name.i + 1].text) is None:
            spans.append(Span(doc, start, name.i + 1, label="PERSON"))
    return spans


def _person_noun(ctx: Context, noun: Token) -> bool:
    """A role noun of a person ("a spokesman") or a person title ("a researcher")."""
    if noun.pos_ != "NOUN":
        return False
    entry = entry_for(noun)
    if entry is not None:
        return entry.get("kind") == "person"
    return noun.lemma_.lower() in ctx.gaz.person_titles
