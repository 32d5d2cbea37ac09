"""How far an object's content runs: rules that widen a content span past the object the
frame found, with their word lists in patterns/spans.json (`object_predicate_deps`,
`object_predicate_marks`). The claim keeps its frame's rule_id: the extent rule's id is
returned for the callers but not yet recorded on the claim.

extent.object_predicate: a cue's object is often the subject of what was said, and the
predicate follows it as a clause the parser hangs on the cue ("urged the board to act",
"asked the mayor whether the fees would rise"). The content runs on over that clause,
even when its verb is a cue verb of its own: it is the object's, not the speaker's act.
So with a cue noun: the infinitive after its prepositional object ("her support for the
state to expand it"), and the for-phrase before its infinitive ("a demand for X to act").

extent.list_tail: a content that ends at a comma before the rest of its list, which the
parser hung on the cue or its subject ("spoke of the floods, the lack of jobs and the
violence"), runs on to the list's end (patterns/spans.json `list_tail_deps`,
`list_conjunctions`)."""

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


LIST_TAIL = "extent.list_tail"
_NOMINAL = ("NOUN", "PROPN", "PRON")
_OWN_CLAUSE = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")


def list_tail_end(view: DocView, cue: Token, a: int, b: int) -> tuple[int, str | None]:
    """The last token of a content (a..b) and the extent rule that moved it: a content that
    ends at a comma before the rest of its list ("spoke of the floods, the lack of jobs and
    the violence"; "urged the board to close the pier, raise the fees and hire guards")
    runs on to the list's end, when the parser hung the rest on a word before the content
    (an apposition of the subject, a conjunct of the cue) and it is of the content's kind."""
    words = view.lex.span_words
    doc = view.tokens
    comma = b + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return b, None
    if view.tok_sent[comma + 1] != view.tok_sent[b]:
        return b, None
    tail = doc[comma + 1]
    while comma < tail.head.i != tail.i:
        tail = tail.head
    if tail.dep_ not in words["list_tail_deps"] or tail.head.i >= a:
        return b, None
    if tail.left_edge.i != comma + 1:
        return b, None
    if cue.i not in (tail.head.i, tail.head.head.i):
        return b, None  # hung on the cue or its subject, not on a noun the cue's clause modifies
    if not any(t.dep_ == "cc" and t.lower_ in words["list_conjunctions"] for t in tail.subtree):
        return b, None
    if not _same_kind(doc[a : b + 1], tail, cue, a, b):
        return b, None
    return tail.right_edge.i, LIST_TAIL


def _same_kind(content: list[Token], tail: Token, cue: Token, a: int, b: int) -> bool:
    """A noun after a content headed by a noun; a bare infinitive after a content that holds
    one, the cue not being one itself (else the tail may be the speaker's next act)."""
    heads = [t for t in content if not a <= t.head.i <= b or t.head.i == t.i]
    if tail.pos_ in _NOMINAL:
        return bool(heads) and heads[0].pos_ in _NOMINAL
    return (
        tail.tag_ == "VB"
        and cue.tag_ != "VB"
        and any(t.tag_ == "VB" and t.dep_ == "xcomp" for t in content)
        and all(_bare(v) for v in tail.subtree if v.i == tail.i or v.dep_ == "conj")
    )


def _bare(verb: Token) -> bool:
    """A verb with no subject and no auxiliary of its own: one more bare infinitive of the
    list, not a new clause ("..., and he pledged ...", "..., didn't respond")."""
    return not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
