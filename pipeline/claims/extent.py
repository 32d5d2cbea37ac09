"""How far an object's content runs: rules that widen a content span past the object the
frame found, with their word lists in patterns/spans.json (`object_predicate_deps`,
`object_predicate_marks`). The claim keeps its frame's rule_id: the extent rule's id is
returned for the callers but not yet recorded on the claim.

extent.object_predicate: a cue's object is often the subject of what was said, and the
predicate follows it as a clause the parser hangs on the cue ("urged the board to act",
"asked the mayor whether the fees would rise"). The content runs on over that clause,
even when its verb is a cue verb of its own: it is the object's, not the speaker's act.
So with a cue noun: the infinitive after its prepositional object ("her support for the
state to expand it"), and the for-phrase before its infinitive ("a demand for X to act")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids, kids_with
from pipeline.claims.view import DocView

OBJECT_PREDICATE = "extent.object_predicate"


def object_predicate_end(view: DocView, cue: Token, b: int) -> tuple[int, str | None]:
    """The last token of an object's content (b) and the extent rule that moved it: the
    cue's infinitive or if/whether clause right after the object ends it."""
    words = view.lex.span_words
    doc = view.tokens
    for c in kids(cue):
        if c.i <= b or c.dep_ not in words["object_predicate_deps"]:
            continue
        start = c.left_edge.i
        gap = [t for t in doc[b + 1 : start] if not (t.is_punct or t.is_space)]
        if gap or start <= b:
            return b, None
        if _opens_predicate(c, doc[start], words["object_predicate_marks"]):
            return c.right_edge.i, OBJECT_PREDICATE
        return b, None
    return b, None


def _opens_predicate(clause: Token, first: Token, marks: frozenset[str]) -> bool:
    """A to-infinitive ("... to act") or a clause of an open question ("... whether ...").
    An infinitive the parser reads as an adverbial clause is the speaker's purpose ("shunned
    work to protest the plan"), not the object's predicate."""
    if first.lower_ == "to" and first.dep_ == "aux" and first.head.i == clause.i:
        return clause.dep_ != "advcl"
    return any(m.lower_ in marks and m.i == first.i for m in kids_with(clause, "mark"))


def infinitive_after(view: DocView, a: int, b: int) -> tuple[int, str | None]:
    """The last token of a noun's prepositional content (a..b) and the extent rule that
    moved it: an infinitive that starts right after it and hangs on a word before it has
    the content for its subject ("her plea for donors to give more")."""
    doc = view.tokens
    if b + 1 >= len(doc) or doc[b + 1].lower_ != "to" or doc[b + 1].dep_ != "aux":
        return b, None
    verb = doc[b + 1].head
    if verb.i <= b + 1 or verb.left_edge.i != b + 1 or verb.head.i >= a:
        return b, None
    return verb.right_edge.i, OBJECT_PREDICATE


def infinitive_subject_start(noun: Token, a: int) -> tuple[int, str | None]:
    """The first token of a noun's infinitive content (from a) and the extent rule that
    moved it: the for-phrase of the noun right before the infinitive names its subject
    ("the union's demand for the firm to raise wages")."""
    for prep in kids_with(noun, "prep"):
        if prep.lower_ == "for" and prep.right_edge.i == a - 1 and prep.i + 1 < a:
            return prep.i + 1, OBJECT_PREDICATE
    return a, None
