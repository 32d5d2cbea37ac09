"""A condition of the reported clause that opens its sentence before the speech tag: "If
the fees rise, the mayor said the boats will leave". PolNeAR's content takes it (with the
tag left out, a span of two parts); ours runs from the sentence's start over the tag, one
span, as for a tag set into its clause (spans.py `run_over_tag`,
`lead_in_start` below). Only a clause opened by one of spans.json's `reported_lead_marks`: other
leads ("After attacking X,", "When the rain stopped,") are the author's framing, and on
PolNeAR train taking them swallowed the attributions inside them (A 12 contents lost at
80% coverage for 13 gained); the conditions gained A +1, B +1, none lost."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.climb import CLAUSE_SUBJECT_DEPS
from pipeline.claims.frames import is_cue_verb
from pipeline.claims.quotes import QuoteSegment
from pipeline.claims.spans import (
    SPEECH_TIME_ENTS,
    bare_lead,
    quote_overlaps,
    setting_phrase,
)
from pipeline.claims.tree import kid_labels, kids_with
from pipeline.claims.view import DocView

# the phrases of a verb that say nothing of what was said ("the strike goes on")
BARE_VERB_DEPS = (*CLAUSE_SUBJECT_DEPS, "aux", "auxpass", "neg", "mark", "advmod", "prt", "punct")


def fronted_lead_start(view: DocView, cue: Token, a: int) -> int:
    """The first token of the content: the sentence's first when the words before the
    cue's subject are a lead of the reported clause (`reported_lead`), else `a`."""
    doc = view.doc
    if a <= cue.i:
        return a
    subj = next((c for c in kids_with(cue, *CLAUSE_SUBJECT_DEPS) if c.i < cue.i), None)
    if subj is None:
        return a
    start = view.sent_of(cue).start
    while start < subj.i and doc[start].is_space:
        start += 1
    lead = doc[start : subj.left_edge.i]
    if len(lead) < 2 or lead[-1].text != ",":
        return a
    return start if reported_lead(view, cue, list(lead[:-1])) else a


def reported_lead(view: DocView, cue: Token, words: list[Token]) -> bool:
    """A clause that goes with what was said ("If X,", "Unless X,"), with no date or time,
    setting, bare link, cue verb with a content of its own, quote or line break in it."""
    text = view.text
    if not words or bare_lead(words) or setting_phrase(view, words):
        return False
    if "\n" in text[words[0].idx : cue.idx] or quote_overlaps(view, words[0].idx, cue.idx):
        return False
    if any(t.ent_type_ in SPEECH_TIME_ENTS or _cue_with_content(view, t) for t in words):
        return False
    return words[0].lower_ in view.lex.span_words["reported_lead_marks"]


def _cue_with_content(view: DocView, tok: Token) -> bool:
    """A cue verb in the lead with a complement ("If voters reject the plan,", "If the
    union claims victory,") may have a claim of its own, which the content would swallow;
    one with none ("If the strike continues,") is no claim, and the lead is a condition
    like any other."""
    return is_cue_verb(view, tok) and any(d not in BARE_VERB_DEPS for d in kid_labels(tok))


def lead_in_start(
    view: DocView, q: QuoteSegment, cue: Token, speaker: dict | None, start: int
) -> int:
    """'If the plan fails, she said, “we will sue.”': a speech tag set between commas into
    a sentence whose quote it opens; the words before the tag are part of what was said, so
    the content starts with the sentence, the tag inside it (one span, as for an indirect
    parenthetical). Not a lead with a verb that is no condition ("As the crowd booed, she
    said, “...”", "After touring the pier,"): the author's framing, as before an indirect
    tag; on PolNeAR train such leads had swallowed the attributions in them."""
    text = view.text
    sent = view.sent_of(cue)
    if speaker is None or not sent.start_char < speaker["start"] < cue.idx < q.open_start:
        return start
    lead = text[sent.start_char : speaker["start"]].rstrip()
    between = text[cue.idx + len(cue.text) : q.open_start]
    if not lead.endswith(",") or between.strip(" ,:") or "\n" in lead:
        return start
    if _apposed(view, speaker):
        return start  # "The director, Ana Ruiz, said:": the lead is the name's own noun
    before = [t for t in sent if t.idx < speaker["start"]]
    if any(c in lead for c in '“”"') or any(
        view.cue_lemmas[t.i] in view.lex.cue_lemmas and t.tag_.startswith("VB") for t in before
    ):
        return start
    # a clause of its own in the lead is the author's framing ("As the crowd booed,"),
    # unless it is a condition of what was said, as before an indirect tag
    words = [t for t in before if not t.is_space][:-1]
    if any(t.pos_ == "VERB" for t in words) and not reported_lead(view, cue, words):
        return start
    return sent.start_char


def _apposed(view: DocView, speaker: dict) -> bool:
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ == "appos"
