"""Idioms that carry an event without an event word: a refusal said as a predicate of the
refused act ("lifting the embargo is out of the question": REJECT)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.events.lexicon import EventLexicon


def refusal_idiom(tok: Token, lex: EventLexicon) -> bool:
    """Is the copula followed, past its adverbs ("is currently"), by a refusal idiom?"""
    if tok.lemma_.lower() != "be":
        return False
    after = list(tok.doc[tok.i + 1 : tok.i + 8])
    while after and after[0].dep_ == "advmod" and after[0].head.i == tok.i:
        after.pop(0)
    text = "".join(w.text_with_ws for w in after).lower()
    return any(text.startswith(idiom) for idiom in lex.refusal_idioms)
