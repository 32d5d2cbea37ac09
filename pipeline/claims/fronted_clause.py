"""A clause before its cue verb that the parser made the cue's complement ("The plan
failed, she said"), and when it is not the cue's content: the cue has a complement of its
own right after it ("The mill was a big earner — he reported earning $12 million", "Brown
wins Utah, vows to fight on"). There the clause before is the author's, or another verb's,
and the cue's other frames find its content after it. On PolNeAR train (shuffled slices
0:200 and 200:400) 3 gold contents are matched that were missed at 30% coverage, and 2
matches are lost, both of a clause before the cue that only overlapped another gold
content ("..., which voted for Barack Obama"); the cue's fronted claims are otherwise kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frame_types import ByDep, first_child
from pipeline.claims.tree import kids_with

# the cue's own complements after it that say what was said, reported or judged: an
# infinitive or gerund ("vows to fight", "reported earning"), an object predicate ("called
# her 'the senator'"); an object alone is left out ("..., he told reporters": an addressee)
OWN_COMPLEMENTS = ("xcomp", "oprd")
# the cue's phrases that may stand between it and such a complement
NEAR_DEPS = ("dobj", "prt", "advmod", "neg")


def fronted_ccomp(tok: Token, by_dep: ByDep, ptok: Token | None) -> Token | None:
    """The cue's first clausal complement, when it comes before the cue, unless the cue has
    a complement of its own right after it (`own_complement_after`)."""
    clause = first_child(by_dep, "ccomp")
    if clause is None or clause.i > tok.i or not own_complement_after(tok, by_dep, ptok):
        return clause
    return None


def own_complement_after(tok: Token, by_dep: ByDep, ptok: Token | None) -> bool:
    """An infinitive, gerund or object predicate of the cue's, or the object of its
    particle ("complain of X"), that opens the words after the cue: no comma or dash
    between ("..., he said, adding that ..." is a speech tag with a phrase of its own)."""
    found = [c for dep in OWN_COMPLEMENTS for c in by_dep.get(dep, []) if c.i > tok.i]
    if ptok is not None and ptok.i > tok.i and kids_with(ptok, "pobj", "pcomp"):
        found.append(ptok)
    return any(_right_after(tok, c) for c in found)


def _right_after(tok: Token, phrase: Token) -> bool:
    """The phrase opens right after the cue, or after the cue's object, particle or adverb
    ("called her “the senator”", "vows again to fight"), with no punctuation between: not
    after another phrase of the cue's ("..., she said during a speech to be ...": the
    parser's misreading)."""
    doc = tok.doc
    between = doc[tok.i + 1 : phrase.left_edge.i]
    near = {t.i for c in kids_with(tok, *NEAR_DEPS) for t in c.subtree}
    return all(t.i in near and not t.is_punct for t in between)
