"""A he/she whose antecedent is an unnamed person noun ("The minister spoke next. He
said ...", resolve._role_subject_between):

- the possessor of the subject is that antecedent when the subject is the person's own act
  ("The minister's remarks drew criticism. She said ..."; patterns/role_pronouns.json
  own_act_nouns), as the subject itself would be (rule actor.speaker.pronoun_role); not
  the possessor of another person ("The minister's son was arrested. He said": the son);
- a noun that resolves to no actor leaves the pronoun that unnamed person, the noun's
  phrase with no actor id, country or name of its own (rule actor.speaker.pronoun_unnamed),
  never the person named before it; only a definite phrase ("the minister"), not "a
  president" or "the next president" (role_pronouns.json hypothetical_modifiers).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.doctext import doc_text
from pipeline.rules import load_data, rule

SUBJECT_DEPS = ("nsubj", "nsubjpass")
UNNAMED_ROLE = "actor.speaker.pronoun_unnamed"


@cache
def own_act_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "role_pronouns.json", 1)["own_act_nouns"])


@cache
def hypothetical_modifiers() -> frozenset[str]:
    return frozenset(load_data("actors", "role_pronouns.json", 1)["hypothetical_modifiers"])


def clause_person(tok: Token) -> bool:
    """Is the noun a clause's subject, or the possessor of a subject that is its own act?"""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    owned = tok.head
    return (
        tok.dep_ == "poss"
        and owned.dep_ in SUBJECT_DEPS
        and owned.lemma_.lower() in own_act_nouns()
    )


def unnamed_role(role: Token, first: int, role_from: str = "pronoun") -> dict | None:
    """The pronoun speaks for the unnamed person its definite noun phrase names; None for
    an indefinite or hypothetical one ("a president", "the next president")."""
    words = [t.lower_ for t in role.doc[role.left_edge.i : role.i]]
    if not words or words[0] != "the" or set(words) & hypothetical_modifiers():
        return None
    text = doc_text(role.doc)[first : role.idx + len(role.text)]
    return {
        "actor_id": None, "name": text, "country": None, "role": None,
        "resolved_from": role_from, "rule_id": UNNAMED_ROLE,
        "confidence": rule(UNNAMED_ROLE).confidence,
    }  # fmt: skip
