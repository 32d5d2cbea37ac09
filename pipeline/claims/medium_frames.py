"""A cue's clause that the parser hung on the medium it was said in: "X told the paper in
an interview that ...", "X said during a briefing that ...". The parser reads the that-clause
as a clause of "interview" (as in "the claim that ..."); it is the cue's content. Tried
before a cue's own frames, and only when the cue has no clause of its own. So is the
misread object clause of a cue whose object comes after its clause (`object_clause_first`).
And the that-clause the parser hung on any other phrase of the cue ("X said for the first time
that ...", "X told the crowd at a rally that ...": `phrase_clause`), unless the phrase's noun
holds a clause of its own ("responded to accusations that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frames import FrameMatch, clause_entry, object_clause
from pipeline.claims.tree import has_kid, kids_with
from pipeline.claims.view import DocView

MEDIUM = "medium_clause"
PHRASE = "phrase_clause"
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


def phrase_clause(view: DocView, tok: Token) -> FrameMatch | None:
    """A cue that takes a clause and has none, with a phrase after it (its own or its
    object's) whose noun the parser gave the cue's that-clause: "said for the first time
    that ...", "said in one of a series of posts that ...", "told the crowd at a rally
    that ...". "that" is the clause's mark, or the relative adverb the parser reads after a
    noun of time ("the first time that ..."), never its subject or object; and the noun
    must hold no clause of its own: a noun of content ("responded to accusations that
    ...", "the fact that ...": frame_words content_objects, the cue nouns) makes its own
    claim of it."""
    lemma = view.cue_lemmas[tok.i]
    entry = clause_entry(view.lex.cues.get(lemma, ()))
    if entry is None or lemma in view.lex.generated_lemmas or has_kid(tok, "ccomp"):
        return None
    heads = [tok, *(o for o in kids_with(tok, "dobj") if o.i > tok.i)]
    for prep in (p for h in heads for p in kids_with(h, "prep") if p.i > tok.i):
        for noun in kids_with(prep, "pobj"):
            clause = _that_clause(noun, ("mark", "advmod"))
            if clause is not None and not _content_noun(view, clause.head):
                first = clause.left_edge.i
                first += view.lowers[first] == "that"  # the clause's "that" is no content
                return entry, PHRASE, first, clause.right_edge.i, None
    return None


def _content_noun(view: DocView, noun: Token) -> bool:
    """A noun whose that-clause is its own content ("the claim that ...", "the fact that")."""
    lemma = noun.lemma_.lower()
    lex = view.lex
    content = lex.frame_words.get("content_objects", frozenset())
    return lemma in content or lemma in lex.nominal or lemma in lex.derived_nominal


def _that_clause(noun: Token, mark_deps: tuple[str, ...] = ("mark",)) -> Token | None:
    """The head of a clause after `noun`, in its phrase ("an interview with the paper
    that ..."), opened by "that" as a mark (of `mark_deps`) and with a subject of its own."""
    for t in noun.subtree:
        if t.dep_ not in NOUN_CLAUSE_DEPS or t.i <= noun.i:
            continue
        marks = [m for m in kids_with(t, *mark_deps) if m.lower_ == "that"]
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
