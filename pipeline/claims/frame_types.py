"""What the frame modules (frames.py, evidential_frames.py) share: a cue's children by
dependency label, the first of them, the pattern and content a frame function finds, and
the subjects that name nothing."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids_and_labels

EXPLETIVES = {"it", "there"}

FrameFound = tuple[str, int, int]  # a frame function's pattern and its content tokens
ByDep = dict[str, list[Token]]  # the cue's children by dependency label


def children_by_dep(tok: Token) -> ByDep:
    by_dep: ByDep = {}
    for c, dep in zip(*kids_and_labels(tok), strict=True):  # labels read once per token
        by_dep.setdefault(dep, []).append(c)
    return by_dep


def first_child(by_dep: ByDep, dep: str) -> Token | None:
    return (by_dep.get(dep) or [None])[0]
