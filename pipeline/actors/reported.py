"""Reported content: "Ana Ruiz said [Iran had broken the deal]". A state named only inside
what someone says is what they speak about, not who they are: it is no antecedent of a
later "the government" or "the officials" (rule actor.speaker.role_noun passes it over),
nor of the role noun that introduces the words ("Iran had broken the deal, officials said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.words import default_words

REPORTED_DEPS = ("ccomp",)  # the clause a verb of saying takes: what is said
MAX_CLIMB = 12  # tokens up the tree: a clause deeper than this is no sentence of news


def reporting_verb(token: Token) -> Token | None:
    """The verb of saying whose reported clause holds the token, else None."""
    speech = default_words().speech_lemmas
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return None
        if token.dep_ in REPORTED_DEPS and token.head.lemma_.lower() in speech:
            return token.head
        token = token.head
    return None


def in_reported_content(doc: Doc, m: dict) -> bool:
    """Is the mention inside the clause a verb of saying reports?"""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and reporting_verb(span.root) is not None
