"""extent.set_apart_clause: a cue verb inside another claim's content makes no claim of its
own ("X said he believes Y": part of X's claim), except in a clause set apart from what
was said, where someone names what they themselves say or think: a clause of contrast
("X said the fees would rise, while the mayor said they would not") or a relative clause
with a subject of its own, after a comma or in an apposition ("X mocked the plan, which
the mayor says will work"; "..., a plan that the mayor says will work"). The outer content
keeps its extent (PolNeAR's contents often run on over such a clause); the inner cue
makes its own claim. The labels and marks are in patterns/spans.json
(`set_apart_clause_deps`, `set_apart_clause_marks`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids_with
from pipeline.claims.view import DocView

SET_APART = "extent.set_apart_clause"
_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WP", "WDT", "WP$")  # "who", "which", "whose": the antecedent's own act
_BREAKS = (",", ";", "—", "–", "--")


def set_apart_cue(view: DocView, tok: Token) -> bool:
    """Does cue verb `tok` head a set-apart clause with a subject of its own: a relative
    clause whose subject is no relative pronoun ("which he believes ..."), after a comma
    or inside an apposition after one, or an adverbial clause opened by a mark of
    contrast ("while the mayor said ...")?"""
    words = view.lex.span_words
    if tok.dep_ not in words["set_apart_clause_deps"]:
        return False
    subjects = kids_with(tok, *_SUBJECTS)
    if not subjects:
        return False
    left = tok.left_edge.i
    if tok.dep_ == "advcl":
        marks = [m for m in kids_with(tok, "mark") if m.i == left]
        return bool(marks) and marks[0].lower_ in words["set_apart_clause_marks"]
    if tok.dep_ != "relcl" or any(s.tag_ in _RELATIVE_TAGS for s in subjects):
        return False
    return _after_break(view, left) or (
        tok.head.dep_ == "appos" and _after_break(view, tok.head.left_edge.i)
    )


def absolute_cue(view: DocView, tok: Token) -> bool:
    """Does cue verb `tok` head an absolute clause with a subject of its own ("X closed the
    pier, with the mayor saying ...", spans.json `set_apart_absolute_preps`)?"""
    head = tok.head
    return (
        tok.dep_ in ("pcomp", "pobj")
        and head.i < tok.i
        and head.lower_ in view.lex.span_words["set_apart_absolute_preps"]
        and bool(kids_with(tok, *_SUBJECTS))
    )


def _after_break(view: DocView, i: int) -> bool:
    """Is the token before token `i` a comma, a semicolon or a dash?"""
    return i > 0 and view.tokens[i - 1].text in _BREAKS
