"""Dates a reporting verb governs whatever the parse: one it attaches to the verb inside the
content span ('accused Russia on Tuesday of ...'), one right between the verb and its content
('said last year that ...'), and one between the subject and the verb ('The coach on Sunday
accused ...'), and one of the speaker's occasion told in a relative clause ('X, who spoke at a
rally on Saturday, said'), and the day a "when" clause holding the verb tells of ('The row
flared on Sunday, when X accused Y'). Rules of claim_dates.py (claim_date.cue_modifier,
claim_date.explicit, claim_date.speaker_occasion)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.dates.claim_context import LEXICON, ClaimSite

VERB_TAGS = ("VERB", "AUX")
CUE_DATE_PREPS = frozenset(LEXICON["cue_date_preps"])
NOUN_PHRASE_PREPS = frozenset(LEXICON["cue_date_noun_preps"])
OBJECT_PREPS = frozenset(LEXICON["cue_date_object_preps"])
CUE_DATE_DEPS = ("npadvmod", "tmod")  # "accused Russia Tuesday of": the verb's own modifier
GAP_WORDS = frozenset(LEXICON["cue_date_gap_words"])
BEFORE_VERB_DEPS = ("aux", "auxpass", "neg", "advmod")  # "on Sunday also said", "did not say"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SPEAKER_OCCASION_VERBS = frozenset(LEXICON["speaker_occasion_verbs"])
VEHICLE_VERBS = frozenset(LEXICON["vehicle_verbs"])
VEHICLE_OF_PREPS = frozenset(LEXICON["vehicle_of_preps"])
PART_OF_YEAR = re.compile(r"\d{4}-")  # a day, week, month, season, quarter or half: no year
WHEN_WORDS = frozenset(LEXICON["when_words"])


def cue_modifier(c: ClaimSite, d: dict[str, Any]) -> bool:
    """claim_date.cue_modifier: a date the parser attaches to the reporting verb itself, as a
    noun-phrase modifier ('accused Russia Tuesday of ...') or through a preposition of time
    ('accused Russia on Tuesday of ...'), dates the speech act even where the content span runs
    over it; not a date of a verb inside the content ('said the talks would resume on Friday'),
    a year alone (the story's date more often), or a date after a for/of/about phrase."""
    if c.cue is None or len(d["value"] or "") <= 4 or not c.doc.has_annotation("DEP"):
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    # after a verb of the content the date may be that verb's, however the parser attached it
    k = span.start - 1
    while k >= 0 and c.doc[k].idx >= c.start:
        if c.doc[k].pos_ in VERB_TAGS:
            return False
        k -= 1
    root = span.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None  # "on"
    by_prep = prep is not None and prep.dep_ == "prep" and prep.lower_ in CUE_DATE_PREPS
    head = root.head if root.dep_ in CUE_DATE_DEPS else prep.head if by_prep else None
    if head is None or head.i != c.cue.i:
        return False
    # after such a phrase of the verb or its object ('praised X for ...') the date is its noun's
    of_verb = [t for t in head.children if t.lower_ in NOUN_PHRASE_PREPS]
    objects = (t for t in head.children if t.dep_ == "dobj")
    of_object = [t for o in objects for t in o.children if t.lower_ in OBJECT_PREPS]
    return not any(t.dep_ == "prep" and head.i < t.i < span.start for t in of_verb + of_object)


def next_to_cue(c: ClaimSite, d: dict[str, Any]) -> bool:
    """A date right between the reporting verb and its content ('said last year that ...'),
    only gap words around it: the verb's, however the parser attached it."""
    if c.cue is None or not c.cue.idx < d["start"] < d["end"] <= c.start:
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None:
        return False
    before = c.doc[c.cue.i + 1 : span.start]
    after = c.doc[span.end :]
    after = after[: next((k for k, t in enumerate(after) if t.idx >= c.start), len(after))]
    return all(t.lower_ in GAP_WORDS for t in (*before, *after))


def opens_content(c: ClaimSite, d: dict[str, Any]) -> bool:
    """A day that opens the content right after the reporting verb, with no "that" ('said on
    Wednesday the bloc was ready', 'told reporters Monday the talks had failed'): the verb's,
    however the parser attached it. Not a day's possessive ('said Monday's vote was rigged')
    nor a coarser date ('said last year the firm lost money' may tell either)."""
    if c.cue is None or len(d["value"] or "") < 10 or not c.start <= d["start"] < c.end:
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(c.doc) or span.start <= c.cue.i:
        return False
    if c.doc[span.end].tag_ == "POS":
        return False
    opening = c.doc[c.cue.i + 1 : span.start]
    content = [t for t in opening if t.idx >= c.start]
    return all(t.lower_ in GAP_WORDS or t.dep_ == "dobj" for t in opening) and all(
        t.lower_ in GAP_WORDS for t in content
    )


def just_before_cue(c: ClaimSite, d: dict[str, Any]) -> bool:
    """A date between the subject and the reporting verb ('The coach on Sunday accused ...',
    'The ministry on Tuesday also said'): the verb's, also where the parse hangs it on the
    subject; only auxiliaries, negation and adverbs between it and the verb."""
    if c.cue is None or not d["end"] <= c.cue.idx or not c.doc.has_annotation("DEP"):
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span) or span.end > c.cue.i:
        return False
    between = c.doc[span.end : c.cue.i]
    if any(t.dep_ not in BEFORE_VERB_DEPS and t.lower_ not in GAP_WORDS for t in between):
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    subject = head.dep_ in SUBJECT_DEPS and head.head.i == c.cue.i and head.i < span.start
    return head.i == c.cue.i or subject


def speaker_occasion(c: ClaimSite, d: dict[str, Any]) -> bool:
    """claim_date.speaker_occasion: a date of a past relative clause on the speaker that tells
    the occasion of the speech ('Mayor Vidal, who spoke at a rally on Saturday, said ...',
    'X, who addressed supporters on Monday, said'; lexicon speaker_occasion_verbs) dates the
    act; a clause of anything else the speaker did ('who was elected on Saturday') does not."""
    if c.cue is None or not d["end"] <= c.cue.idx or not c.doc.has_annotation("DEP"):
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root.head
    while verb.pos_ not in VERB_TAGS and verb.head.i != verb.i:
        verb = verb.head  # "on Saturday" -> "on" -> "spoke"; "at a rally on Saturday" too
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.lemma_ not in SPEAKER_OCCASION_VERBS:
        return False
    speaker = verb.head
    while speaker.dep_ == "appos":  # "Ines Vidal, the mayor, who addressed ..."
        speaker = speaker.head
    return speaker.dep_ in SUBJECT_DEPS and speaker.head.i == c.cue.i


def vehicle_occasion(c: ClaimSite, d: dict[str, Any]) -> bool:
    """claim_date.vehicle_occasion: a date of a past participle of publishing or carrying out
    (lexicon vehicle_verbs) on the text that makes the statement, the cue's subject ('The
    report, released on Tuesday, said', 'A poll, conducted in September, found') or the object
    of the cue's preposition ('In a report published on Monday, the agency said', 'according
    to a report by the institute published in December'), dates the act, as does a day that
    owns the subject ('Tuesday's report said'); 'figures published on Tuesday' elsewhere in the
    sentence stay a thing's date."""
    if c.cue is None or not PART_OF_YEAR.match(d["value"]) or not c.doc.has_annotation("DEP"):
        return False  # a year dates the text, not the day it spoke (a season may: a survey's)
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.root.dep_ == "poss":  # "Tuesday's report said": the day of the text that speaks
        text = span.root.head
        return text.dep_ in SUBJECT_DEPS and text.head.i == c.cue.i
    verb = span.root.head
    while verb.pos_ not in VERB_TAGS and verb.head.i != verb.i:
        verb = verb.head  # "on Tuesday" -> "on" -> "released"
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in VEHICLE_VERBS:
        return False
    text = verb.head
    while text.dep_ == "appos" or (
        text.dep_ == "pobj"
        and text.head.lower_ in VEHICLE_OF_PREPS
        and text.head.head.i != c.cue.i  # 'according to a report': the cue's own phrase
    ):
        text = text.head if text.dep_ == "appos" else text.head.head  # "an interview with
    if text.dep_ in SUBJECT_DEPS:  # a radio station broadcast on Sunday": the parse's noun
        return text.head.i == c.cue.i
    prep = text.head
    return text.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == c.cue.i


def when_clause(c: ClaimSite, d: dict[str, Any]) -> bool:
    """claim_date.explicit: the reporting verb heads a "when" clause on the date ('on Sunday,
    when X accused Y': a relative clause of the day) or on the verb the date modifies ('Tensions
    rose on Monday when the ministry said ...'): the clause tells what happened that day."""
    if c.cue is None or c.cue.dep_ not in ("relcl", "advcl") or not c.doc.has_annotation("DEP"):
        return False
    if not any(k.dep_ == "advmod" and k.lower_ in WHEN_WORDS for k in c.cue.children):
        return False
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = c.cue.head
    if c.cue.dep_ == "relcl":
        return span.start <= head.i < span.end
    root = span.root  # the date's own preposition or modifier on the clause's head verb
    on = root.head if root.dep_ == "pobj" else root
    return on.head.i == head.i and on.dep_ in ("prep", *CUE_DATE_DEPS)
