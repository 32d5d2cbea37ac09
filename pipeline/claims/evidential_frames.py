"""The author's evidential: a raising verb ("X seemed / appears to ...", "X looked tired",
"it seems that ...") whose content is its subject and its infinitive or predicate, no
speaker named. Also the raising verb whose subject is that of the verb it is joined to
("X scored and seemed set to ..."). A relative clause ("a plan that seems sound") was
tried and left out: on PolNeAR train 0 of 3 right."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frame_types import EXPLETIVES, ByDep, FrameFound
from pipeline.claims.frame_types import first_child as _first
from pipeline.claims.tree import kids

NOT_SUBJECTS = EXPLETIVES | {"what", "that"}  # "what appears to be" names a thing


def frame_raising_xcomp(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    return (
        _raising_infinitive(tok, by_dep)
        or _raising_predicate(tok, by_dep)
        or _shared_subject_raising(tok, by_dep)
    )


def _raising_predicate(tok: Token, by_dep: ByDep) -> FrameFound | None:
    # "X seemed irritated", "X looks like a winner": the subject and its predicate;
    # "it seems (likely) that ...": the clause
    s = _first(by_dep, "nsubj")
    if s is None or s.i > tok.i or tok.tag_ == "VBG" or s.lower_ in {"what", "that"}:
        return None
    c = _first(by_dep, "ccomp")
    if s.lower_ == "it" and c is not None and c.i > tok.i:
        return "evidential_predicate", c.left_edge.i, c.right_edge.i
    p = _predicate(tok, by_dep)
    if p is None or s.lower_ in EXPLETIVES:
        return None
    return "evidential_predicate", s.left_edge.i, p.right_edge.i


def _predicate(tok: Token, by_dep: ByDep) -> Token | None:
    """The raising verb's predicate after it: an object predicate, an adjective or a
    like-phrase right after the verb."""
    p = _first(by_dep, "oprd") or _first(by_dep, "acomp")
    like = [x for x in by_dep.get("prep", []) if x.lower_ == "like" and x.i == tok.i + 1]
    p = p if p is not None else (like[0] if like else None)
    return p if p is not None and p.i > tok.i else None


def _infinitive(tok: Token, by_dep: ByDep) -> Token | None:
    c = _first(by_dep, "xcomp")
    return c if c is not None and c.i > tok.i and c.pos_ in ("VERB", "AUX") else None


def _raising_infinitive(tok: Token, by_dep: ByDep) -> FrameFound | None:
    # "X seemed / appears to ...": the author's evidential; the content is X plus the
    # infinitive ("what appears to be" and "appearing to" are not claims)
    s, c = _first(by_dep, "nsubj"), _infinitive(tok, by_dep)
    if s is None or c is None or tok.tag_ == "VBG" or s.lower_ in NOT_SUBJECTS:
        return None
    if s.i < tok.i:
        return "evidential", s.left_edge.i, c.right_edge.i
    return None


def _shared_subject_raising(tok: Token, by_dep: ByDep) -> FrameFound | None:
    """ "X scored and seemed set to ...": a raising verb joined to a verb with
    a subject, with none of its own; the content is its infinitive or predicate (the
    subject stands before the first verb)."""
    if tok.dep_ != "conj" or "nsubj" in by_dep or "nsubjpass" in by_dep:
        return None
    head = tok.head
    subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > head.i or subj.lower_ in NOT_SUBJECTS:
        return None
    end = _infinitive(tok, by_dep) or _predicate(tok, by_dep)
    if end is None:
        return None
    start = min(c.left_edge.i for c in kids(tok) if c.i > tok.i)
    return "evidential_conjunct", start, end.right_edge.i
