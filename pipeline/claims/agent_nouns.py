"""Holders named by a common noun for people. The holder guards of beliefs, wishes and
sides (`actor_like`) take a resolved actor, a pronoun, a proper name or a listed noun for
people; a noun that names people by its form is one as well: an agent noun ("developers
see ...", "the nominee agreed to ...", "a pastor supporting X") or a noun for a body of
people ("the panel recommends ...", "the two camps agreed on ..."). A noun for a thing
("the initiative seeks to ...", "global trade offers ...") stays none. On PolNeAR train
(both samples) the claims these holders let through matched a gold attribution 19 of 31
times."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.claims.speakers import actor_like
from pipeline.claims.view import DocView
from pipeline.rules import load_data

DATA_VERSION = 1


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    data = load_data("claims", "agent_nouns.json", DATA_VERSION)
    return (
        tuple(data["agent_suffixes"]),
        frozenset(data["not_agents"]),
        frozenset(data["collective_nouns"]),
    )


def people_noun(lemma: str) -> bool:
    """An agent noun by its ending (not a listed thing) or a noun for a body of people."""
    suffixes, not_agents, collective = _words()
    if lemma in collective:
        return True
    return lemma.endswith(suffixes) and lemma not in not_agents and not lemma.endswith("ment")


def holder_like(view: DocView, speaker: dict | None, cue: Token | None = None) -> bool:
    """`actor_like`, or a speaker whose head is a common noun for people. Not when the
    cue's object is a noun with a clause of its own ("the engineers offered evidence that
    ..."): the noun's claim (the nominal family's) is the one to make."""
    if actor_like(view, speaker):
        return True
    if speaker is None or (cue is not None and _object_with_clause(cue)):
        return False
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.pos_ == "NOUN" and people_noun(root.lemma_.lower())


def _object_with_clause(cue: Token) -> bool:
    return any(
        c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp") for g in c.children)
        for c in cue.children
    )
