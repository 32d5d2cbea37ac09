"""A cue's clause that the parser hung on the medium it was said in: "X told the paper in
an interview that ...", "X said during a briefing that ...". The parser reads the that-clause
as a clause of "interview" (as in "the claim that ..."); it is the cue's content. Tried
before a cue's own frames, and only when the cue has no clause of its own. So is the
misread object clause of a cue whose object comes after its clause (`object_clause_first`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frames import FrameMatch, clause_entry, object_clause
from pipeline.claims.tree import has_kid, kids_with
from pipeline.claims.view import DocView

MEDIUM = "medium_clause"
# the labels the parser gives a that-clause it hangs on a noun
NOUN_CLAUSE_DEPS = ("acl", "relcl", "ccomp", "appos")
# a relative pronoun is the clause's subject or object, not its mark ("a letter that
# angered the council" is no content)
RELATIVE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")


def medium_clause(view: DocView, tok: Token) -> FrameMatch | None:
    """A cue of saying (one that takes a clause) with a phrase after it naming a medium
    (cues.json frame_words `media_nouns`: interview, letter, statement, post ...) whose
    noun holds a that-clause with a subject of its own; the clause is the content."""
    lemma = view.cue_lemmas[tok.i]
    entry = clause_entry(view.lex.cues.get(lemma, ()))
    if entry is None or lemma in view.lex.generated_lemmas or has_kid(tok, "ccomp"):
        return None
    media = view.lex.frame_words.get("media_nouns", frozenset())
    for prep in (p for p in kids_with(tok, "prep") if p.i > tok.i):
        for noun in kids_with(prep, "pobj"):
            if noun.lemma_.lower() not in media:
                continue
            clause = _that_clause(noun)
            if clause is not None:
                return entry, MEDIUM, clause.left_edge.i, clause.right_edge.i, None
    return None


def _that_clause(noun: Token) -> Token | None:
    """The head of a clause after `noun`, in its phrase ("an interview with the paper
    that ..."), opened by "that" as a mark and with a subject of its own."""
    for t in noun.subtree:
        if t.dep_ not in NOUN_CLAUSE_DEPS or t.i <= noun.i:
            continue
        marks = [m for m in kids_with(t, "mark") if m.lower_ == "that"]
        relative = [r for r in kids_with(t, *RELATIVE_DEPS) if r.lower_ == "that"]
        subject = [s for s in kids_with(t, "nsubj", "nsubjpass", "expl") if s.tag_ != "WDT"]
        if marks and not relative and subject and marks[0].i < subject[0].i:
            return t
    return None


def object_clause_first(view: DocView, tok: Token) -> FrameMatch | None:
    """ "X says the fee that Y backs is too high": for a cue whose object frame comes after
    its clause (cues.json `clause_first`: "says A" is what is said), an object with a
    relative clause of its own subject is the misread reported clause, tried before the
    object frame (frames.object_clause)."""
    entry = clause_entry(view.lex.cues.get(view.cue_lemmas[tok.i], ()))
    if entry is None or not entry.get("clause_first") or not has_kid(tok, "dobj"):
        return None
    return object_clause(view, tok)
