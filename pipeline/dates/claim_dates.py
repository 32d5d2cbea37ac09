"""The date of a claim, from its discourse: when was the statement made?

A claim's date is the date of its speech act, not of what it is about. In order:

1. explicit   a date governed by the reporting verb ("said on Monday that ...").
2. sentence   a date of the claim's sentence outside the content ("Speaking on Monday, X said").
3. context    a date inherited from the discourse: the event the claim reports ("At the
              summit, X said ..." after "The summit opened on Wednesday"), the speaker's
              previous dated claim, else the nearest earlier sentence of the paragraph that
              holds a date (not one inside a reported or relative clause: "said on Monday
              that the strike began in August" gives the next report Monday).
4. published  the dateline date ("MOSCOW, Oct. 3 (Reuters) -", which also anchors the story's
              relative dates), else the publication date.

Tense decides what may date the speech: a past-tense report ("said") is on or before the
publication date, so a later date is not its date; a present-tense one ("says") is the
publication date itself. A "will" inside the content never dates the speech act. Only the
reporting verb's own date may lie after publication, and only when the verb does not say it
is past ("will say on Monday"): a later date elsewhere in the sentence or the discourse dates
something to come ("look forward to APEC in 2025 and welcome ..."), not the report.

For a speech claim (kind direct, indirect, mixed; also when no kind is given) a date inside
the content never dates the claim: it dates what is reported, and is the *content date*: "X
said on Monday that prices rose in 2022" has date Monday and `content_date` 2022; "X reaffirmed
support for the 2030 Agenda" is not dated 2030. For a stance claim the act is the claim, and a
date its verb governs dates it wherever it stands ("Russia has sanctioned him since 2022").
Either way, a date that dates a thing named on the way to the verb is no date of the act ("the
2014 annexation", "after incursions last week"), unless that thing is the occasion of the act
("in a statement on Friday", "during the 2016 summit").

Paragraphs are the document layout's (`doc._.layout`, from pipeline/structure), else blank-line
separated blocks of the text (`paragraph_bounds`).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, LEMMA
from spacy.tokens import Doc, Token

from pipeline.dates.anchors import parse_anchor, value_start
from pipeline.dates.dateline import dateline_dates, published_row
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
EVENT_NOUNS = frozenset(LEXICON["event_nouns"])
OCCASION_NOUNS = EVENT_NOUNS | frozenset(LEXICON["occasion_nouns"])  # "in a note on Tuesday"
SPEECH_KINDS = ("direct", "indirect", "mixed")
NOUN_TAGS = ("NOUN", "PROPN")
VERB_TAGS = ("VERB", "AUX")
THING_CLAUSE_DEPS = ("relcl", "acl")  # "the minister, who was appointed in March,"
PARTICIPLE_TAGS = ("VBN", "VBG")
UNTENSED_DEPS = ("xcomp", "advcl", "conj")  # "to announce", "and then speak": the head's tense
# "said [that prices rose in August]", "the law, [which took effect in March]": background
BACKGROUND_DEPS = ("ccomp", "relcl")
PAST_TAGS = frozenset(LEXICON["past_tags"])
PRESENT_TAGS = frozenset(LEXICON["present_tags"])
FINER_THAN_YEAR = re.compile(r"\d{4}-(?:\d{2}|W\d{2})")  # day, week, month (not Q, H, season)
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
LOOKBACK_SENTENCES = LEXICON["lookback_sentences"]
DATED_BASES = ("explicit", "sentence", "context")  # a date the text gave, not publication
ROW_KEYS = ("value", "text", "start", "end")


@dataclass(frozen=True)
class _Claim:
    """What the steps need to know about one claim, looked up once."""

    doc: Doc
    start: int
    end: int
    cue: Token | None
    speech: bool  # a speech claim: its content's dates are what is reported, never its date
    tense: str | None
    published: date | None
    sentence: tuple[int, int] | None  # the content's first
    sentences: tuple[tuple[int, int], ...]  # the content's first and the cue's
    paragraph: tuple[int, int]


def claim_date(
    doc: Doc,
    start: int,
    end: int,
    *,
    cue_start: int | None = None,
    cue_end: int | None = None,
    kind: str | None = None,
    speaker_id: str | None = None,
    previous_claims: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """The date of the claim whose content spans chars [start, end) (see module doc).

    `{value, text, start, end, basis, content_date}` or None (no date and no publication
    date). `cue_start`/`cue_end` locate the reporting verb (for its tense and the dates it
    governs); `kind` is the claim's kind (a `stance` claim's content may hold its date, a
    speech claim's never does; None counts as speech); `speaker_id` with `previous_claims`
    (earlier claims, in text order, as claim rows with `speaker.actor_id` or as dicts with
    `speaker_id`, each with its `date`) lets a speaker's undated claim take the date of the
    same speaker's last dated one.
    """
    published = parse_anchor(doc._.published)
    facts = _facts(doc)
    dateline, dates = facts.dateline, list(facts.calendar_dates)
    cue = _cue_token(doc, start, end, cue_start, cue_end)
    claim = _Claim(
        doc,
        start,
        end,
        cue,
        kind is None or kind in SPEECH_KINDS,
        _tense(cue),
        published,
        _sentence_bounds(doc, start),
        _clause_sentences(doc, start, cue),
        paragraph_bounds(doc, start),
    )
    content = [d for d in dates if d["start"] >= start and d["end"] <= end]
    found = None
    if claim.tense != "present":  # "says": the report's own date
        found = _own_date(claim, dates) or _context_date(claim, dates, speaker_id, previous_claims)
    if found is None:
        found = _row(dateline[0], "published") if dateline else published_row(doc)
    if found is None:
        return None
    content_date = next((d for d in content if d["value"] != found["value"]), None)
    found["content_date"] = _row(content_date, "content") if content_date is not None else None
    return found


# -- what can date a speech act -------------------------------------------------------------


def _calendar_date(d: dict[str, Any]) -> bool:
    """Anchored DATEs and TIMEs: durations, sets and vague references ('now') date nothing."""
    return d.get("type") in ("DATE", "TIME") and d["value"][:1].isdigit()


def _inheritable(d: dict[str, Any]) -> bool:
    """A date that later sentences can inherit: a day, a week or a month. A year, a quarter
    or a decade dates a period, not the occasion of a statement."""
    return bool(FINER_THAN_YEAR.match(d["value"]))


def _row(d: dict[str, Any], basis: str) -> dict[str, Any]:
    value = d["value"].split("T")[0] if d.get("type") == "TIME" else d["value"]
    return {"value": value, "text": d["text"], "start": d["start"], "end": d["end"], "basis": basis}


def _not_after(
    d: dict[str, Any], published: date | None, tense: str | None, governed: bool = False
) -> bool:
    """A report is not dated after its publication: a future date may be the date of a
    future ('will say') or unmarked verb it modifies, no other."""
    if tense == "future" or (governed and tense != "past") or published is None:
        return True
    first = value_start(d["value"])
    return first is None or first <= published


# -- the claim's own sentence ----------------------------------------------------------------


def _cue_token(
    doc: Doc, start: int, end: int, cue_start: int | None, cue_end: int | None
) -> Token | None:
    """The reporting verb: given by offsets, else the head outside the content of the
    content's root ("X said [that ...]")."""
    if cue_start is not None:
        span = doc.char_span(cue_start, cue_end or cue_start + 1, alignment_mode="expand")
        if span is not None and len(span):
            verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
            return verbs[0] if verbs else span.root  # "will say": say
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root.head
    if head.i != span.root.i and not start <= head.idx < end and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _tense(cue: Token | None) -> str | None:
    """'past', 'present', 'future' ('will say') or None (unknown): the cue's own, else, for
    an untensed cue, that of the verb it depends on ("will meet them and then speak to
    announce": future)."""
    tok = cue
    for _ in range(4):
        if tok is None:
            return None
        tense = _verb_tense(tok)
        if tense is not None or tok.dep_ not in UNTENSED_DEPS or tok.head.i == tok.i:
            return tense
        tok = tok.head
    return None


def _verb_tense(cue: Token) -> str | None:
    """The tense a verb and its auxiliaries mark."""
    auxes = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo") for a in auxes):
        return "future"
    if cue.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS or a.lemma_ == "have" for a in auxes):
        return "past"
    if cue.tag_ in PRESENT_TAGS and not auxes:
        return "present"
    return None


def _governed_by(doc: Doc, d: dict[str, Any], cue: Token | None) -> bool:
    """Is the date a modifier of the reporting verb or noun (not of a verb inside the
    content, nor of a thing on the way)?"""
    if cue is None:
        return False
    head, through_thing = _attachment(doc, d, cue)
    return head is not None and head.i == cue.i and not through_thing


def _attachment(doc: Doc, d: dict[str, Any], cue: Token | None = None) -> tuple[Token | None, bool]:
    """What a date modifies: its first verb head, or the cue if met first (None when
    unparsed or out of reach), and whether the way there passes a thing that is no occasion
    of speech ("the 2014 annexation", "incursions last week"; not "a statement on Friday"),
    or ends in a clause that describes one ("the minister, who was appointed in March,")."""
    if not doc.has_annotation("DEP"):
        return None, False
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None, False
    tok, through_thing = span.root, False
    for _ in range(8):
        if tok.head.i == tok.i:
            return None, through_thing
        tok = tok.head
        if cue is not None and tok.i == cue.i:
            return tok, through_thing
        if tok.pos_ in VERB_TAGS:
            return tok, through_thing or _describes_a_thing(tok)
        if tok.pos_ in NOUN_TAGS and not _occasion(tok):
            through_thing = True
    return None, through_thing


def _describes_a_thing(verb: Token) -> bool:
    """A relative or participial clause of a noun that is no occasion of speech ("figures
    published on Tuesday"; not the purpose of "his campaign to become leader in September")."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ not in PARTICIPLE_TAGS:
        return False
    return verb.dep_ in THING_CLAUSE_DEPS and head.pos_ in NOUN_TAGS and not _occasion(head)


def _occasion(noun: Token) -> bool:
    """A noun naming the occasion of a statement: 'summit', 'statement', 'press conference'."""
    lemma = noun.lemma_.lower()
    compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound")
    return lemma in OCCASION_NOUNS or f"{compound} {lemma}".strip() in OCCASION_NOUNS


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int] | None:
    facts = _facts(doc)
    i = bisect_right(facts.sentence_starts, char) - 1
    if i < 0 or char < 0:
        return None
    return facts.sentence_starts[i], facts.sentence_ends[i]


def _clause_sentences(doc: Doc, start: int, cue: Token | None) -> tuple[tuple[int, int], ...]:
    """Bounds of the content's first sentence and of the cue's ('"...," he said on Monday.'
    may close a quote of several sentences; 'He said on Monday:' may open one)."""
    first = _sentence_bounds(doc, start)
    cue_sentence = _sentence_bounds(doc, cue.idx) if cue is not None else None
    return tuple(dict.fromkeys(b for b in (first, cue_sentence) if b is not None))


def _own_date(c: _Claim, dates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """explicit: a date the reporting verb governs; sentence: a date of the sentence outside
    the content (or, for a stance with no verb found, the first date of its content). A
    speech claim's content dates what it reports, and a date of a thing no act."""
    clause = [
        d for d in dates if any(lo <= d["start"] and d["end"] <= hi for lo, hi in c.sentences)
    ]
    inside = [d for d in clause if d["start"] >= c.start and d["end"] <= c.end]
    if c.speech:
        clause = [d for d in clause if d not in inside]
    # the cue's own date, even in the paragraph that introduces a quote ("said on Monday:")
    governed = next((d for d in clause if _explicit(c, d)), None)
    if governed is None and c.cue is None and not c.speech and inside:
        governed = next((d for d in inside if _not_after(d, c.published, c.tense)), None)
    if governed is not None:
        return _row(governed, "explicit")
    lo, hi = c.paragraph
    near = [d for d in clause if lo <= d["start"] and d["end"] <= hi]
    outside = [d for d in near if d not in inside and not _of_a_thing(c.doc, d)]
    outside = [d for d in outside if _not_after(d, c.published, c.tense)]
    return _row(outside[0], "sentence") if outside else None


def _explicit(c: _Claim, d: dict[str, Any]) -> bool:
    """A date the reporting verb governs, and which may date it."""
    governed = _governed_by(c.doc, d, c.cue)
    return governed and _not_after(d, c.published, c.tense, governed=True)


def _of_a_thing(doc: Doc, d: dict[str, Any]) -> bool:
    """Does the date date a thing rather than an act ('after incursions last week')?"""
    return _attachment(doc, d)[1]


# -- the discourse ---------------------------------------------------------------------------


def paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character bounds of the paragraph holding `char`: the document layout's paragraph
    (`doc._.layout`), else a blank-line separated block."""
    layout = doc._.layout
    if layout and layout.get("paragraphs"):
        starts = [start for start, _ in layout["paragraphs"]]
        k = max(bisect_right(starts, char) - 1, 0)
        return tuple(layout["paragraphs"][k])  # type: ignore[return-value]
    facts = _facts(doc)
    lo = max((end for _, end in facts.breaks if end <= char), default=0)
    hi = min((start for start, _ in facts.breaks if start >= char), default=facts.end)
    return lo, hi


def _paragraph_breaks(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) chars of every paragraph break, read from the whitespace tokens alone
    (`doc.text` is rebuilt from every token on each access)."""
    breaks = []
    for i in np.nonzero(doc.to_array(IS_SPACE))[0]:
        if "\n" not in doc[int(i)].text:
            continue
        window = doc[max(0, int(i) - 1) : int(i) + 2]  # a break may begin in a trailing space
        m = PARAGRAPH_BREAK.search(window.text)
        if m and (not breaks or window.start_char + m.start() >= breaks[-1][1]):
            breaks.append((window.start_char + m.start(), window.start_char + m.end()))
    return breaks


@dataclass(frozen=True)
class _DocFacts:
    """What every claim of a doc looks up: computed once per doc (the claims stage dates its
    claims one after another)."""

    dateline: list[dict[str, Any]]
    breaks: list[tuple[int, int]]
    end: int
    sentence_starts: list[int]
    sentence_ends: list[int]
    sentence_tokens: list[tuple[int, int]]  # each sentence's token range
    lemmas: tuple[str, ...]  # each token's lower-case lemma
    calendar_dates: list[dict[str, Any]]  # the doc's calendar dates, but the dateline's
    background: frozenset[int]  # starts of the dates of a reported or relative clause


# per Doc (the claims and the event stages both ask, batch by batch): (id of its dates, facts)
_FACTS: weakref.WeakKeyDictionary[Doc, tuple[int, _DocFacts]] = weakref.WeakKeyDictionary()


def _facts(doc: Doc) -> _DocFacts:
    known = _FACTS.get(doc)
    if known is not None and known[0] == id(doc._.dates):
        return known[1]
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    dateline = dateline_dates(doc)
    calendar = [d for d in (doc._.dates or []) if _calendar_date(d) and d not in dateline]
    facts = _DocFacts(
        dateline=dateline,
        breaks=_paragraph_breaks(doc),
        end=doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0,
        sentence_starts=[s.start_char for s in sents],
        sentence_ends=[s.end_char for s in sents],
        sentence_tokens=[(s.start, s.end) for s in sents],
        lemmas=_lower_lemmas(doc),
        calendar_dates=calendar,
        background=frozenset(d["start"] for d in calendar if _in_background(doc, d)),
    )
    _FACTS[doc] = (id(doc._.dates), facts)
    return facts


def _lower_lemmas(doc: Doc) -> tuple[str, ...]:
    """Each token's `lemma_.lower()`, each distinct lemma looked up once."""
    if not len(doc):
        return ()
    keys, which = np.unique(doc.to_array(LEMMA), return_inverse=True)
    strings = doc.vocab.strings
    words = np.array([strings[h].lower() for h in keys.tolist()], dtype=object)
    return tuple(words[which.reshape(-1)].tolist())


def _sentence_index(doc: Doc, char: int) -> int | None:
    """The index of the sentence holding `char` (as `_sentence_bounds`)."""
    i = bisect_right(_facts(doc).sentence_starts, char) - 1
    return None if i < 0 or char < 0 else i


def _context_date(
    c: _Claim,
    dates: list[dict[str, Any]],
    speaker_id: str | None,
    previous_claims: Sequence[dict[str, Any]] | None,
) -> dict[str, Any] | None:
    """The reported event's date, the speaker's last dated claim, else the paragraph's."""
    background = _facts(c.doc).background  # context.not_background: they set no time
    earlier = [
        d
        for d in dates
        if d["end"] <= c.start
        and _inheritable(d)
        and _not_after(d, c.published, c.tense)
        and d["start"] not in background
    ]
    event = _event_date(c.doc, earlier, c.start)
    if event is not None:
        return _row(event, "context")
    if speaker_id is not None:
        for claim in reversed(list(previous_claims or [])):
            prior = claim.get("date") or {}
            if _speaker_of(claim) == speaker_id and prior.get("basis") in DATED_BASES:
                return {**{k: prior.get(k) for k in ROW_KEYS}, "basis": "context"}
    return _paragraph_date(c, earlier)


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


def _speaker_of(claim: dict[str, Any]) -> str | None:
    """A previous claim's speaker id: `speaker_id`, or a claim row's `speaker.actor_id`."""
    if "speaker_id" in claim:
        return claim["speaker_id"]
    return (claim.get("speaker") or {}).get("actor_id")


def _paragraph_date(c: _Claim, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The last date of the nearest earlier sentence of the paragraph that has one (at most
    LOOKBACK_SENTENCES back)."""
    if c.sentence is None:
        return None
    sentence_start = c.sentence[0]
    candidates = [d for d in earlier if c.paragraph[0] <= d["start"] and d["end"] <= sentence_start]
    if not candidates:
        return None
    best = candidates[-1]
    sentences_back = _count_sentences(c.doc, best["start"], sentence_start)
    return _row(best, "context") if sentences_back <= LOOKBACK_SENTENCES else None


def _count_sentences(doc: Doc, lo: int, hi: int) -> int:
    """Sentences from the one holding char `lo` to the one before char `hi`."""
    starts = _facts(doc).sentence_starts
    return bisect_right(starts, hi - 1) - bisect_right(starts, lo) + 1


def _event_date(doc: Doc, earlier: list[dict[str, Any]], start: int) -> dict[str, Any] | None:
    """'At the summit, X said': the date given earlier to the same event noun."""
    k = _sentence_index(doc, start)
    if k is None or not doc.has_annotation("TAG"):
        return None
    facts = _facts(doc)
    lemmas, starts = facts.lemmas, facts.sentence_starts
    a, b = facts.sentence_tokens[k]
    # in the sentence's order (a set's order changes with the hash seed, and so did dates)
    nouns = dict.fromkeys(lemma for lemma in lemmas[a:b] if lemma in EVENT_NOUNS)
    for noun in nouns:
        for d in reversed(earlier):
            j = bisect_right(starts, d["start"]) - 1  # as `_sentence_index`, without look-ups
            if j < 0 or d["start"] < 0 or starts[j] >= starts[k]:
                continue
            a, b = facts.sentence_tokens[j]
            if noun in lemmas[a:b]:
                return d
    return None
