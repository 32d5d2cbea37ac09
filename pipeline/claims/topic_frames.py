"""Frames of a verb with a phrase naming what it is about: a verb of saying or thinking
("complained to the council about the noise", "warned of a strike") and a question put by
an unnamed asker ("Asked about the fee, X said ..."). Tried after a cue's own frames."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frames import FrameMatch, clause_entry, cue_entry
from pipeline.claims.tree import has_kid, kids_with
from pipeline.claims.view import DocView


def topic_prep(view: DocView, tok: Token) -> FrameMatch | None:
    """ "complained to the council about the noise", "warned of a strike": a verb of
    saying or thinking (a cue that takes a clause) with a phrase naming what it is about,
    when no frame of its own matched; the phrase's object is the content."""
    if view.cue_lemmas[tok.i] in view.lex.generated_lemmas:
        return None
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    entry = clause_entry(entries)
    if entry is None or entry.get("category") == "demand" or tok.dep_ == "relcl":
        return None  # "asked about Y" asks, claims nothing; "things X said about Y": Y is not it
    if has_kid(tok, "auxpass") or tok.dep_ == "acl":
        return None  # "X was told about Y", "a man accused of Y": X did not speak
    if tok.tag_ == "VBN" and not has_kid(tok, "aux"):
        return None  # "Informed of Y, X said ...": a passive participle
    for p in kids_with(tok, "prep"):
        if p.i > tok.i and p.lower_ in view.lex.topic_prepositions:
            objs = kids_with(p, "pobj", "pcomp")
            if objs:
                return entry, "topic_prep", objs[0].left_edge.i, p.right_edge.i, p
    return None


def question_put(view: DocView, tok: Token) -> FrameMatch | None:
    """ "Asked about the fee, X said ...", "X was asked about the fee": a verb of putting a
    question (cues.json `question_verbs`) as a passive participle with no subject of its
    own, with a phrase naming what the question was about, its content; the asker (the
    by-agent, if named) holds it. A question with a clause is the ccomp frame's, unless
    the parser made it an adverbial clause ("Asked if the fee was fair, X shrugged"); a
    participle on a noun ("the questions asked in the debate") and a request ("was asked
    to leave") are none."""
    if view.lemmas[tok.i].lower() not in view.lex.question_verbs or tok.tag_ != "VBN":
        return None  # (the view's lemmas: asked for every cue, a `lemma_` is decoded anew)
    if tok.dep_ in ("acl", "relcl", "amod") or has_kid(tok, "nsubj"):
        return None
    entry = cue_entry(view.lex, tok)
    for c in (c for c in kids_with(tok, "prep") if c.i > tok.i):  # `tok.rights`
        if c.lower_ in view.lex.question_prepositions:
            objs = kids_with(c, "pobj", "pcomp")
            if objs:  # the preposition is part of the cue when it follows the verb
                particle = c if c.i == tok.i + 1 else None
                return entry, "question_put", objs[0].left_edge.i, c.right_edge.i, particle
    # "Asked if the fee was fair, X ...": the parser reads the question as an adverbial
    # clause of the participle; opened by if/whether (spans.json object_predicate_marks)
    marks = view.lex.span_words["object_predicate_marks"]
    for c in (c for c in kids_with(tok, "advcl") if c.i > tok.i):
        if any(m.lower_ in marks and m.i == c.left_edge.i for m in kids_with(c, "mark")):
            return entry, "question_put", c.left_edge.i, c.right_edge.i, None
    return None
