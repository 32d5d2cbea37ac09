"""Speech tags the parser did not hang the reported clause on: "The plan failed, police
said." and "In both cases, the mayor said, the money went to ...". The tag is a cue verb of
saying or thinking with its subject and nothing else but adverbs and time phrases, set off
by a comma; the reported clause is the rest of its sentence. When the parser did make that
clause the cue's complement, the ccomp frame found it first. Also the tags set into a clause:
the parenthetical ("The plan, X said, would fail") and the as-clause ("as X noted")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.orphan_tags import orphan_subject
from pipeline.claims.frames import EXPLETIVES, FrameMatch, clause_entry
from pipeline.claims.tree import has_kid, kid_labels, kids, kids_with
from pipeline.claims.view import DocView

# the cue's own children that can stand between its subject and the cue
TAG_DEPS = {"aux", "neg", "advmod"}
# the objects of "in a statement", "in an interview": a tag can end with them
MEDIA = {"statement", "interview", "release", "email", "letter", "tweet", "post", "speech"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SUBJECTS = {"nsubj"}
PUT_IT = {"lemma": "put it", "category": "statement", "polarity": 0.0}


def speech_tag(view: DocView, tok: Token) -> FrameMatch | None:
    """(entry, "speech_tag", first, last, None) when `tok` heads a speech tag after its
    clause (the content is the sentence before the tag's comma) or set into it between
    commas (the content is the whole sentence, the tag included, as a parenthetical's)."""
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    entry = clause_entry(entries)
    subj = tag_subject(tok)
    if entry is None or subj is None or tok.tag_ == "VBG":
        return None
    sent = view.sent_of(tok)
    span = _tag_span(tok, subj, sent)
    if span is None:
        return None
    lo, hi = span
    doc = view.doc
    if lo <= sent.start or doc[lo - 1].text != ",":
        return None
    rest = [t for t in doc[hi + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not rest:  # "..., police said."
        a, b = _words(doc, sent.start, lo - 2)
        if b < a or not _finite(doc[a : b + 1]):
            return None
        return entry, "speech_tag", a, b, None
    if doc[hi + 1].text != "," or not _finite(rest) or _goes_on(tok, rest):
        return None
    a, b = _words(doc, sent.start, sent.end - 1)
    return entry, "speech_tag", a, b, None


def tag_subject(tok: Token) -> Token | None:
    """The tag's subject: the last one, next to the cue (the parser can give the cue the
    clause's subject as well)."""
    subj = [c for c in kids_with(tok, *SUBJECTS) if c.tag_ not in ("WDT", "WP")]
    return subj[-1] if subj else orphan_subject(tok)  # ", the Ministry of X said."


def _tag_span(tok: Token, subj: Token, sent: Span) -> tuple[int, int] | None:
    """The tokens (lo, hi) of the tag: the cue, its subject and the cue's adverbs and time
    phrases next to them, or None when the cue holds anything else."""
    if subj.right_edge.i + 1 != tok.i and subj.i < tok.i:
        between = tok.doc[subj.right_edge.i + 1 : tok.i]
        if any(t.head.i != tok.i or t.dep_ not in TAG_DEPS for t in between):
            return None
    lo, hi = min(subj.left_edge.i, tok.i), max(subj.right_edge.i, tok.i)
    for c in kids(tok):  # left of the tag is the clause (however the parser hung it)
        if c.i > hi and c.left_edge.i == hi + 1 and _time_or_medium(c):
            hi = c.right_edge.i
    if hi + 1 < sent.end and tok.doc[hi + 1].text not in (",", ".", "!", "?", ";"):
        return None
    if hi >= sent.end:
        return None
    return lo, hi


def _time_or_medium(tok: Token) -> bool:
    """ "on Monday", "Tuesday", "in a statement": what a tag can end with."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    if tok.dep_ != "prep":
        return False
    objs = kids_with(tok, "pobj")
    return bool(objs) and (objs[0].ent_type_ in ("DATE", "TIME") or objs[0].lemma_ in MEDIA)


def _goes_on(tok: Token, rest: list[Token]) -> bool:
    """ "..., she said, adding that ..." / "..., she said, but ...": the tag goes on."""
    first = rest[0]
    return first.lower_ in ("and", "but") or any(
        t.head.i == tok.i and t.tag_ == "VBG" for t in rest
    )


def _words(doc, a: int, b: int) -> tuple[int, int]:
    """a..b without the punctuation and spaces at either end."""
    while a <= b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b >= a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    return a, b


def _finite(tokens) -> bool:
    """A clause, not a phrase: some finite verb among `tokens`."""
    return any(t.tag_ in FINITE for t in tokens)


EVIDENTIAL_ADVERB = {"lemma": "reportedly", "category": "evidential", "polarity": 0.0}


def evidential_adverb(view: DocView, tok: Token) -> FrameMatch | None:
    """ "The company reportedly paid the fine": an evidential adverb (cues.json's
    `evidential_adverbs`) on a finite verb; the content is that verb's clause, the adverb
    the cue, and no speaker is named."""
    head = tok.head
    if tok.dep_ != "advmod" or head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if not has_kid(head, "nsubj", "nsubjpass"):
        return None
    a, b = _words(view.doc, head.left_edge.i, head.right_edge.i)
    sent = view.sent_of(tok)
    a, b = max(a, sent.start), min(b, sent.end - 1)
    if b <= a:
        return None
    return {**EVIDENTIAL_ADVERB, "lemma": tok.lower_}, "evidential_adverb", a, b, None


def parenthetical(view: DocView, tok: Token) -> FrameMatch | None:
    """ "The plan, Lopez said, would fail": a speech tag set into the clause it reports
    (the parser's parataxis). The content is that clause, tag included, since a claim's
    content is one span."""
    if tok.dep_ != "parataxis" or tok.head.i == tok.i:
        return None
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    entry = next((e for e in entries if "ccomp" in e.get("frames", [])), None)
    if entry is None:
        return None
    head = tok.head
    return entry, "parenthetical", head.left_edge.i, head.right_edge.i, None


def _as_tag_entry(view: DocView, tok: Token) -> tuple[dict, dict[str, Token]] | None:
    """The cue entry of an as-clause speech tag and its particles, or None when `tok` heads
    no such tag."""
    head = tok.head
    if tok.dep_ != "advcl" or head.i == tok.i or head.pos_ in ("ADJ", "ADV"):
        return None  # "as bad as she said": a comparison
    deps = set(kid_labels(tok))
    if "auxpass" in deps and "agent" not in deps:
        return None  # "as he was known", "as expected": no one is cited
    if not any(c.lower_ == "as" and c.i < tok.i for c in kids_with(tok, "mark")):
        return None
    if _put_it(view, tok):
        return PUT_IT, {}  # "as X put it": a speech tag whose object is "it"
    if deps & {"ccomp", "dobj", "xcomp", "oprd", "attr"}:
        return None  # "as opposed to", "as X promised to ...": not a tag
    if any(c.lower_ in EXPLETIVES | {"you"} for c in kids_with(tok, "nsubj", "nsubjpass")):
        return None  # "as it is written", "as you know"
    prts = {c.lower_: c for c in kids_with(tok, "prt")}
    entry = next(
        (
            e
            for e in view.lex.cues.get(view.cue_lemmas[tok.i], ())
            if ("ccomp" in e.get("frames", []) and not e.get("particle"))
            or ("particle_ccomp" in e.get("frames", []) and e.get("particle") in prts)
        ),
        None,
    )
    return None if entry is None else (entry, prts)


def _put_it(view: DocView, tok: Token) -> bool:
    """ "as X put it" / "as X phrased it": a verb of cues.json's `as_it_verbs` whose only
    object is "it"."""
    if tok.lemma_.lower() not in view.lex.as_it_verbs:
        return False
    objs = kids_with(tok, "dobj", "ccomp", "xcomp")
    return len(objs) == 1 and objs[0].lower_ == "it"


def as_clause(view: DocView, tok: Token) -> FrameMatch | None:
    """ "As X noted, the plan failed" / "The plan failed, as X reported": a speech tag in
    an as-clause set off by a comma, with no complement of its own; the content is the
    clause it hangs on, without the tag (the whole clause when the tag sits inside)."""
    found = _as_tag_entry(view, tok)
    if found is None:
        return None
    entry, prts = found
    doc, head = view.doc, tok.head
    lo, hi = tok.left_edge.i, tok.right_edge.i
    sent = view.sent_of(tok)
    before = doc[lo - 1].text if lo > sent.start else None
    after = doc[hi + 1].text if hi + 1 < sent.end else None
    if not (before in (None, ",", "(") or after in (",", ")")):
        return None  # "as they respond to ...": not set off, not a tag
    a, b = head.left_edge.i, head.right_edge.i
    while b > a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    if lo <= a:
        a = hi + 1
    if hi >= b:
        b = lo - 1
    if b < a:
        return None
    return entry, "as_clause", a, b, prts.get(entry.get("particle"))
