"""A sentence framed as someone's view or a source's finding by a fronted phrase, the way
"according to" frames it: "In a poll released Monday, 50 percent chose Lopez", "To her
critics, the plan is a gamble". The
phrase opens the sentence and is set off by a comma; its object is a source (a poll, a
report, a statement: sources.json `source_types`) after "in", or someone who can hold a
view after "to". The rest of the sentence is the content, unless a cue verb of its
own heads it ("In a statement, Lopez said ...": that cue's claim). A poll may also come
after what it found ("Lopez led by ten points in a new poll"): the clause it is part of
is the content (`poll_phrase_match`).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.claims.speakers import actor_like, np_speaker
from pipeline.claims.tree import kids_with
from pipeline.claims.view import DocView

PREP_DEP = get_string_id("prep")

FRAMING = {"lemma": "in the view of", "category": "statement", "polarity": 0.0}
FRAMING_PREPOSITIONS = {"in", "to"}
SOURCE_PREPOSITIONS = {"in"}  # "In a poll, ..."
# "To her critics, ...". "For X, ..." is left out: on PolNeAR train it framed a view 27
# times in 59 ("For the mayor, the harbour is ..."; not "For a small town, the harbour is")
OPENERS = {"but", "and", "yet", "so"}  # may come before the phrase


def framing_match(view: DocView, prep: Token) -> tuple[dict, int, int, dict] | None:
    """(cue entry, first, last content token, speaker) of a framing phrase, or None."""
    low = view.lowers[prep.i]  # asked for every "in" and "to": read from the view's tables
    if low not in FRAMING_PREPOSITIONS or view.dep_ids[prep.i] != PREP_DEP:
        return None
    sent = view.sent_of(prep)
    if prep.i - sent.start > len(OPENERS) or (opened := opening_phrase(view, prep)) is None:
        return None
    obj, comma = opened
    speaker = np_speaker(view, obj)
    if not _frames(view, low, obj, speaker):
        return None
    return FRAMING, comma + 1, sent.end - 1, speaker


def opening_phrase(view: DocView, prep: Token) -> tuple[Token, int] | None:
    """(its object, the comma after it) of a phrase that opens its sentence and is set off
    by a comma, when what follows the comma is no claim of a cue verb of its own ("In a
    statement, Lopez said ...": that cue's claim), else None."""
    sent = view.sent_of(prep)
    # (stops at the first word before `prep` that is no opener: usually the sentence's first)
    before = view.doc[sent.start : prep.i]
    if any(not (t.is_punct or t.is_space) and t.lower_ not in OPENERS for t in before):
        return None
    obj = next(iter(kids_with(prep, "pobj")), None)
    comma = prep.right_edge.i + 1
    if obj is None or comma >= sent.end - 1 or view.doc[comma].text != ",":
        return None
    if prep.head.i < comma or speech_cue(view, prep.head):
        return None
    return obj, comma


# cue frames of a side taken or a wish ("most voters backed X"): in a poll, the poll's finding
SIDE_FRAMES = {"attitude_dobj", "volition_xcomp"}


def speech_cue(view: DocView, tok: Token) -> bool:
    """A cue verb of saying or thinking, which makes a claim of its own."""
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    return any(set(e.get("frames", [])) - SIDE_FRAMES for e in entries)


def _frames(view: DocView, low: str, obj: Token, speaker: dict | None) -> bool:
    if low in SOURCE_PREPOSITIONS:
        return view.lex.source_types.get(obj.lemma_.lower()) is not None
    return obj.ent_type_ not in ("DATE", "TIME") and actor_like(view, speaker)


def poll_phrase_match(view: DocView, prep: Token) -> tuple[dict, int, int, dict] | None:
    """ "Lopez held a lead among older voters in a new poll", "X, where he leads in the
    polls": an in-phrase whose object is a poll (sources.json `source_types`: poll) on a
    verb or predicate that is no cue; its clause, the phrase left out when it ends it, is
    the poll's finding. (cue entry, first, last content token, speaker) or None."""
    if view.lowers[prep.i] != "in" or view.dep_ids[prep.i] != PREP_DEP:
        return None
    obj = next(iter(kids_with(prep, "pobj")), None)
    if obj is None or view.lex.source_types.get(obj.lemma_.lower()) != "poll":
        return None
    if obj.tag_ != "NN" or obj.lower_ == "polling":
        return None  # "X trails in the polls": a standing, not one poll's finding
    head = _clause_head(prep.head)
    if head.pos_ not in ("VERB", "AUX", "ADJ", "ADV") or head.i > prep.i:
        return None
    if speech_cue(view, head):
        return None  # "X said in a poll ...": the cue's own claim
    a, b = head.left_edge.i, head.right_edge.i
    if prep.right_edge.i >= b - 1:  # the phrase ends the clause: left out
        b = prep.i - 1
    while b > a and (view.doc[b].is_punct or view.doc[b].is_space):
        b -= 1
    if b <= a:
        return None
    return POLL_FINDING, a, b, np_speaker(view, obj)


def _clause_head(tok: Token) -> Token:
    """The head of the clause `tok` is in: up from a noun or a participle on a noun
    ("held a lead in a poll", "the party, led by two points in a poll")."""
    for _ in range(4):
        if tok.head.i == tok.i or (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl"):
            break
        tok = tok.head
    return tok


POLL_FINDING = {"lemma": "in a poll", "category": "statement", "polarity": 0.0}
