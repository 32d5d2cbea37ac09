"""A that-clause the parser hung on the noun of the cue's adjunct phrase: "X said in a
statement that ...", "X predicted at the debate that ...", "X told reporters on Friday
that ...". The clause is the cue's complement (the `ccomp` frame's content) when the cue
takes a clause and has none of its own, the phrase is one of time, place or occasion
(patterns/adjunct_clauses.json), and the clause has a subject of its own and its object
slot filled, so "that" is no relative pronoun ("at a meeting that she chaired"). A phrase
of what the cue is about ("responded to claims that ...") leaves the clause to its noun
(the nominal family). On PolNeAR train (both samples) 5 of the 7 claims it added matched
a gold attribution."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.claims.frames import FrameMatch, clause_entry, cue_lemma
from pipeline.claims.view import DocView
from pipeline.rules import load_data

DATA_VERSION = 1
RELATIVE_WORDS = ("that", "which", "who")
# dependents that fill the clause's object or predicate: "that" cannot be its object
FILLED = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "nsubjpass", "auxpass"})


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return frozenset(load_data("claims", "adjunct_clauses.json", DATA_VERSION)["prepositions"])


def adjunct_clause(view: DocView, tok: Token) -> FrameMatch | None:
    """(entry, "ccomp", first, last, None) for a that-clause in the cue's adjunct, or None."""
    lemma = cue_lemma(view.lex, tok)
    entry = clause_entry(view.lex.cues.get(lemma, ()))
    if entry is None or lemma in view.lex.generated_lemmas:
        return None
    if any(c.dep_ == "ccomp" for c in tok.children):
        return None
    preps = _prepositions()
    for p in tok.rights:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for noun in (c for c in p.children if c.dep_ == "pobj"):
            clause = next((r for r in noun.children if _complement_clause(r)), None)
            if clause is not None:
                return entry, "ccomp", clause.left_edge.i + 1, clause.right_edge.i, None
    return None


def _complement_clause(r: Token) -> bool:
    """A clause on the noun that opens with "that" and is whole without it."""
    if r.dep_ not in ("relcl", "acl") or r.left_edge.lower_ != "that":
        return False
    that = r.left_edge
    kids = list(r.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_WORDS for c in kids):
        return False
    return that.dep_ == "mark" or any(c.dep_ in FILLED and c.i != that.i for c in kids)
