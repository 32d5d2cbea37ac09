"""The discourse around a claim, and the date a claim inherits from it.

Per doc, computed once (`doc_facts`): its paragraphs (the layout's, else blank-line separated
blocks), sentences, calendar dates (the dateline's apart) and which of them lie in a
reported or relative clause; its event nouns once a claim asks for them. Per claim
(`context_date`), the date it inherits when its own clause has none: the reported event's,
the same speaker's last dated claim, else the nearest earlier dated sentence of its
paragraph (see pipeline.dates.claim_dates).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LEMMA, SENT_START
from spacy.tokens import Doc, Token

from pipeline.claims.quotes import find_quotes
from pipeline.claims.tree import kids
from pipeline.dates.anchors import value_start
from pipeline.dates.claim_events import event_date
from pipeline.dates.claim_inherit import goes_on, inherits_from, own_act, said_later
from pipeline.dates.claim_register import DocAttrs, turn_bounds
from pipeline.dates.dateline import dateline_dates
from pipeline.doctext import PerDoc, doc_text
from pipeline.rules import load_data
from pipeline.structure.layout import stamp_line

LEXICON = load_data("dates", "claim_dates.json", version=3)
EVENT_NOUNS = frozenset(LEXICON["event_nouns"])
# "said [that prices rose in August]", "the law, [which took effect in March]": background
BACKGROUND_DEPS = ("ccomp", "relcl")
FINER_THAN_YEAR = re.compile(r"\d{4}-(?:\d{2}|W\d{2})")  # day, week, month (not Q, H, season)
DAY_OR_WEEK = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})")  # a day (a time of one), a week
ANNIVERSARY_RULE = "date.anniversary"  # dates the event remembered, never a later statement
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# 'a 9" shell', '12"-gun': no quote mark (one or two digits after no digit, point or comma;
# a digit first lets the search skip ahead to the digits)
INCH_MARK = re.compile(r'(\d)(?<![\d.,]\d)(\d?)"')
LOOKBACK_SENTENCES = LEXICON["lookback_sentences"]
DATED_BASES = ("explicit", "sentence", "context")  # a date the text gave, not publication
ROW_KEYS = ("value", "text", "start", "end")
SINCE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)  # searched in the text up to a date


@dataclass(frozen=True)
class ClaimSite:
    """What the steps need to know about one claim, looked up once."""

    doc: Doc
    facts: DocFacts  # the doc's, looked up once per claim
    start: int
    end: int
    cue: Token | None
    speech: bool  # a speech claim: its content's dates are what is reported, never its date
    tense: str | None
    published: date | None
    sentence: tuple[int, int] | None  # the content's first
    sentences: tuple[tuple[int, int], ...]  # the content's first and the cue's
    paragraph: tuple[int, int]
    narrative: bool = False  # an act in the narrative past: a year may date it
    attrs: DocAttrs | None = None  # the Doc's extension values, read once per claim


def calendar_date(d: dict[str, Any]) -> bool:
    """Anchored DATEs and TIMEs: durations, sets and vague references ('now') date nothing."""
    return d.get("type") in ("DATE", "TIME") and d["value"][:1].isdigit()


def _inheritable(d: dict[str, Any]) -> bool:
    """A date that later sentences can inherit: a day, a week or a month. A year, a quarter
    or a decade dates a period, not the occasion of a statement; an anniversary ('ten years
    ago today') dates the event remembered, not the time the story has reached."""
    return bool(FINER_THAN_YEAR.match(d["value"])) and d.get("rule_id") != ANNIVERSARY_RULE


def date_row(d: dict[str, Any], basis: str, rule_id: str | None = None) -> dict[str, Any]:
    """A claim date (with the `rule_id` that chose it) or a content date (without)."""
    value = d["value"].split("T")[0] if d.get("type") == "TIME" else d["value"]
    row = {"value": value, "text": d["text"], "start": d["start"], "end": d["end"], "basis": basis}
    return {**row, "rule_id": rule_id} if rule_id is not None else row


def not_after(
    d: dict[str, Any], published: date | None, tense: str | None, governed: bool = False
) -> bool:
    """A report is not dated after its publication: a future date may be the date of a
    future ('will say') or unmarked verb it modifies, no other."""
    if tense == "future" or (governed and tense != "past") or published is None:
        return True
    first = value_start(d["value"])
    return first is None or first <= published


# -- the discourse ---------------------------------------------------------------------------


def sentence_bounds(doc: Doc, char: int, facts: DocFacts | None = None) -> tuple[int, int] | None:
    facts = facts or doc_facts(doc)
    i = bisect_right(facts.sentence_starts, char) - 1
    if i < 0 or char < 0:
        return None
    return facts.sentence_starts[i], facts.sentence_ends[i]


def paragraph_bounds(doc: Doc, char: int, attrs: DocAttrs | None = None) -> tuple[int, int]:
    """Character bounds of the paragraph holding `char`: the document layout's paragraph
    (`doc._.layout`), with the time stamp alone on the line before it that heads it, else a
    blank-line separated block. (`attrs`: the Doc's, when the caller read them.)"""
    layout = attrs.layout if attrs is not None else doc._.layout
    if layout and layout.get("paragraphs"):
        starts = _paragraph_starts(doc, layout["paragraphs"])
        k = max(bisect_right(starts, char) - 1, 0)
        start, end = layout["paragraphs"][k]
        if k and stamp_line(doc_text(doc)[slice(*layout["paragraphs"][k - 1])]):
            start = layout["paragraphs"][k - 1][0]  # "16:20" on the line before: its entry's
        return start, end
    breaks, end = _paragraph_breaks(doc)
    lo = max((b_end for _, b_end in breaks if b_end <= char), default=0)
    hi = min((start for start, _ in breaks if start >= char), default=end)
    return lo, hi


# per Doc: (the layout's paragraph list, their starts); every claim asks for its paragraph
_STARTS: PerDoc[tuple[list, list[int]]] = PerDoc()


def _paragraph_starts(doc: Doc, paragraphs: list) -> list[int]:
    known = _STARTS.get(doc)
    if known is None or known[0] is not paragraphs or len(known[1]) != len(paragraphs):
        known = _STARTS.set(doc, (paragraphs, [start for start, _ in paragraphs]))
    return known[1]


# per Doc, looked up only without a layout: (its paragraph breaks, its end char)
_BREAKS: PerDoc[tuple[list[tuple[int, int]], int]] = PerDoc()


def _paragraph_breaks(doc: Doc) -> tuple[list[tuple[int, int]], int]:
    """(start, end) chars of every paragraph break, read from the whitespace tokens alone
    (`doc.text` is rebuilt from every token on each access), and the doc's end char."""
    known = _BREAKS.get(doc)
    if known is not None:
        return known
    breaks = []
    for i in np.nonzero(doc.to_array(IS_SPACE))[0]:
        if "\n" not in doc[int(i)].text:
            continue
        window = doc[max(0, int(i) - 1) : int(i) + 2]  # a break may begin in a trailing space
        m = PARAGRAPH_BREAK.search(window.text)
        if m and (not breaks or window.start_char + m.start() >= breaks[-1][1]):
            breaks.append((window.start_char + m.start(), window.start_char + m.end()))
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    _BREAKS.set(doc, (breaks, end))
    return breaks, end


@dataclass(frozen=True)
class DocFacts:
    """What every claim of a doc looks up: computed once per doc (the claims stage dates its
    claims one after another)."""

    dateline: list[dict[str, Any]]
    sentence_starts: list[int]
    sentence_ends: list[int]
    sentence_tokens: list[tuple[int, int]]  # each sentence's token range
    lemma_ids: np.ndarray  # each token's lemma (its hash)
    calendar_dates: list[dict[str, Any]]  # the doc's calendar dates, but the dateline's
    background: frozenset[int]  # starts of the dates of a reported or relative clause
    quoted: frozenset[int]  # starts of the dates inside quotation marks
    unplaced: frozenset[int]  # both, and `since`: dates that set no time for the sentences after
    # the calendar dates' starts, when the dates come in the order of their spans (each
    # starting where or after the one before, none ending before it starts): a claim then
    # looks up the dates near it by bisection, not by a scan of the doc's dates; else None
    date_starts: list[int] | None
    # starts of the dates that open a span reaching on ('has cut aid since January')
    since: frozenset[int] = frozenset()
    # filled as claims ask: the tokens that are event nouns and their lower-case lemmas
    # (under "at"), and sentence -> the event nouns it names
    event_nouns: dict[str, tuple[list[int], list[str]]] = field(default_factory=dict)
    sentence_events: dict[int, frozenset[str]] = field(default_factory=dict)
    # (publication, tense, narrative) -> the dates a claim of that kind may inherit, and
    # their starts: the same for every claim of the doc but for where the claim starts
    inheritable: dict[tuple, tuple[list[dict[str, Any]], list[int]]] = field(default_factory=dict)


# per Doc (the claims and the event stages both ask, batch by batch): (its dates, facts); the
# dates list itself is held, so that a new list (a re-run of the date tagger) is seen as new
_FACTS: PerDoc[tuple[Any, DocFacts]] = PerDoc()


def doc_facts(doc: Doc, attrs: DocAttrs | None = None) -> DocFacts:
    known = _FACTS.get(doc)
    dates = attrs.dates if attrs is not None else doc._.dates
    if known is not None and known[0] is dates:
        return known[1]
    sentence_starts, sentence_ends, sentence_tokens = _sentences(doc)
    dateline = dateline_dates(doc)
    calendar = [d for d in (dates or []) if calendar_date(d) and d not in dateline]
    background = frozenset(d["start"] for d in calendar if _in_background(doc, d))
    text = doc_text(doc)
    quoted = _quoted_starts(text, calendar)
    since = frozenset(
        d["start"] for d in calendar if SINCE.search(text, max(0, d["start"] - 12), d["start"])
    )
    facts = DocFacts(
        dateline=dateline,
        sentence_starts=sentence_starts,
        sentence_ends=sentence_ends,
        sentence_tokens=sentence_tokens,
        lemma_ids=doc.to_array(LEMMA),
        calendar_dates=calendar,
        background=background,
        quoted=quoted,
        since=since,
        unplaced=background | quoted | since,
        date_starts=_ordered_starts(calendar),
    )
    _FACTS.set(doc, (dates, facts))
    return facts


def _sentences(doc: Doc) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """The start and end chars and the token range of each of `doc.sents`, read from the
    Doc's arrays (a walk over `doc.sents` makes a Span per sentence)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [], [], []
    if "sents" in doc.user_hooks:
        sents = list(doc.sents)
        return (
            [s.start_char for s in sents],
            [s.end_char for s in sents],
            [(s.start, s.end) for s in sents],
        )
    arr = doc.to_array([SENT_START, IDX]).astype(np.int64)
    starts = [0, *(np.flatnonzero(arr[1:, 0] == 1) + 1).tolist()]
    ends = [*starts[1:], len(doc)]
    idx = arr[:, 1].tolist()
    return (
        [idx[a] for a in starts],
        [idx[b - 1] + len(doc[b - 1]) for b in ends],  # a LENGTH column costs more than these
        list(zip(starts, ends, strict=True)),
    )


def _ordered_starts(dates: list[dict[str, Any]]) -> list[int] | None:
    """The dates' starts if the dates are in the order of their spans, else None."""
    starts = [d["start"] for d in dates]
    ordered = all(a <= b for a, b in pairwise(starts))
    return starts if ordered and all(d["start"] <= d["end"] for d in dates) else None


def dates_near(facts: DocFacts, lo: int, hi: int) -> list[dict[str, Any]]:
    """The doc's calendar dates that may lie within chars [lo, hi], in order: those that start
    there (every date that lies there), or all of them when they are not in order. Callers
    keep their own test of where a date lies; this only spares them the others."""
    starts = facts.date_starts
    if starts is None:
        return facts.calendar_dates
    return facts.calendar_dates[bisect_left(starts, lo) : bisect_right(starts, hi)]


def _quoted_starts(text: str, dates: list[dict[str, Any]]) -> frozenset[int]:
    """context.not_quoted: the starts of the dates inside a quotation ('"... on Friday
    evening," the agency reported'): they date what the quoted speaker tells, not the time the story
    has reached, so the next sentence inherits none of them. The quotations are the claims
    stage's (double quotes, each closed within its paragraph: a stray inch mark pairs with
    nothing beyond it; an inch mark is none)."""
    if not dates:
        return frozenset()
    quotes = find_quotes(INCH_MARK.sub(r"\1\2 ", text))  # offsets unchanged
    spans = [(q.open_start, q.close_end) for q in quotes if q.double and q.closed]
    return frozenset(
        d["start"] for d in dates if any(lo < d["start"] and d["end"] < hi for lo, hi in spans)
    )


def sentence_index(doc: Doc, char: int, facts: DocFacts | None = None) -> int | None:
    """The index of the sentence holding `char` (as `_sentence_bounds`)."""
    i = bisect_right((facts or doc_facts(doc)).sentence_starts, char) - 1
    return None if i < 0 or char < 0 else i


def context_date(
    c: ClaimSite,
    speaker_id: str | None,
    previous_claims: Sequence[dict[str, Any]] | None,
    framed: bool = False,
) -> dict[str, Any] | None:
    """The reported event's date, the speaker's last dated claim, else the paragraph's; of a
    claim whose sentence has a time of its own (`framed`, claim_date.own_frame), only the
    event's."""
    earlier = _earlier_dates(c)
    event = event_date(c, earlier)
    if event is not None:
        return date_row(event, "context", "claim_date.event_context")
    if framed:
        return None
    if speaker_id is not None and not said_later(c.cue):  # context.not_later
        lo, hi = turn_bounds(c.doc, c.start, c.attrs)
        for claim in reversed(list(previous_claims or [])):
            prior = claim.get("date") or {}
            if _speaker_of(claim) != speaker_id or prior.get("basis") not in DATED_BASES:
                continue
            if c.speech and not _inheritable(prior):  # a year dates no occasion of speech
                break
            if prior.get("start") in c.facts.since:  # context.not_since: no occasion
                break
            if lo <= ((claim.get("content") or {}).get("start") or lo) < hi:  # same turn
                row = {k: prior.get(k) for k in ROW_KEYS}
                return {**row, "basis": "context", "rule_id": "claim_date.speaker_context"}
    found = _paragraph_date(c, earlier, speaker_id)
    if found is None and c.narrative:
        found = _narrative_date(c, earlier)
    return found


def _earlier_dates(c: ClaimSite) -> list[dict[str, Any]]:
    """The dates before the claim that it may inherit, in order."""
    dates, starts = _inheritable_dates(c)
    return [d for d in dates[: bisect_right(starts, c.start)] if d["end"] <= c.start]


def _inheritable_dates(c: ClaimSite) -> tuple[list[dict[str, Any]], list[int]]:
    """The doc's dates that a claim of this tense (narrative or not) may inherit, wherever it
    stands, and their starts (in order when the dates are; else every start is 0, as each may
    lie before the claim); worked out once per doc and kind of claim."""
    key = (c.published, c.tense, c.narrative)
    known = c.facts.inheritable.get(key)
    if known is not None:
        return known
    background = c.facts.unplaced  # context.not_background, context.not_quoted: no time set
    dates = [
        d
        for d in c.facts.calendar_dates
        if (_inheritable(d) or (c.narrative and _in_a_clause(c.doc, d)))
        and not_after(d, c.published, c.tense)
        and d["start"] not in background
    ]
    ordered = c.facts.date_starts is not None
    known = c.facts.inheritable[key] = (dates, [d["start"] if ordered else 0 for d in dates])
    return known


def _in_background(doc: Doc, d: dict[str, Any]) -> bool:
    """Is the date inside a complement or relative clause ('said on Monday that the strike
    began in August', 'the law, which took effect in March,')? Such a clause dates what is
    reported or described, not the time the story has reached."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(12):
        if tok.dep_ in BACKGROUND_DEPS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _in_a_clause(doc: Doc, d: dict[str, Any], past: bool = False) -> bool:
    """Does the date hang from a verb (not from a caption: 'Ortiz of the PNU; from archive, 2011')?
    With `past`, from a verb in the simple past ('boomed until the flood in 2019'; not
    'have cooled since 2019', whose time reaches the present)."""
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span) or not doc.has_annotation("DEP"):
        return False
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [a for a in kids(tok) if a.dep_ in ("aux", "auxpass")]
            return not past or tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _speaker_of(claim: dict[str, Any]) -> str | None:
    """A previous claim's speaker id: `speaker_id`, or a claim row's `speaker.actor_id`."""
    if "speaker_id" in claim:
        return claim["speaker_id"]
    return (claim.get("speaker") or {}).get("actor_id")


def _paragraph_date(
    c: ClaimSite, earlier: list[dict[str, Any]], speaker_id: str | None = None
) -> dict[str, Any] | None:
    """The last date of the nearest earlier sentence of the paragraph that has one (at most
    LOOKBACK_SENTENCES back); for a report of speech a month only when it dates an act of
    the speaker's own, not another's act or a statement (context.speech_day)."""
    if c.sentence is None:
        return None
    sentence_start = c.sentence[0]
    first = 0 if c.speech else c.paragraph[0]  # '"...," she added.': any paragraph
    candidates = [d for d in earlier if first <= d["start"] and d["end"] <= sentence_start]
    if not candidates:
        return None
    best = candidates[-1]
    month = not DAY_OR_WEEK.match(best["value"])
    if c.speech and month and not own_act(c.doc, best, c.cue, speaker_id):
        return None  # context.speech_day: another's month places no later report of speech
    sentences_back = _count_sentences(c.facts, best["start"], sentence_start)
    added = best["start"] < c.paragraph[0]  # claim_date.added_statement
    if sentences_back > LOOKBACK_SENTENCES or (
        added and not goes_on(c.doc, best, c.cue, sentences_back)
    ):
        return None
    if c.speech and not inherits_from(c.doc, best, c.cue):  # another actor's act
        return None
    return date_row(
        best, "context", f"claim_date.{'added_statement' if added else 'paragraph_context'}"
    )


def _narrative_date(c: ClaimSite, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """claim_date.narrative_reference: a past act in a paragraph that has given no date yet
    continues the story where the last paragraph left it ('... until the flood in 2019.' /
    'Peru closed the resorts, ...'): the last date of that paragraph's last sentence, at
    most LOOKBACK_SENTENCES back."""
    if c.sentence is None:
        return None
    k = sentence_index(c.doc, c.paragraph[0], c.facts)
    starts = c.facts.sentence_starts
    if k is None:
        return None
    if starts[k] < c.paragraph[0]:  # the paragraph's first sentence
        k += 1
    if k < 1 or k >= len(starts):
        return None
    previous = [d for d in earlier if starts[k - 1] <= d["start"] < starts[k]]
    previous = [d for d in previous if _in_a_clause(c.doc, d, past=True)]
    if not previous or _count_sentences(c.facts, previous[-1]["start"], c.sentence[0]) > (
        LOOKBACK_SENTENCES
    ):
        return None
    return date_row(previous[-1], "context", "claim_date.narrative_reference")


def _count_sentences(facts: DocFacts, lo: int, hi: int) -> int:
    """Sentences from the one holding char `lo` to the one before char `hi`."""
    starts = facts.sentence_starts
    return bisect_right(starts, hi - 1) - bisect_right(starts, lo) + 1
