"""What the layout says about an undated claim: is it said in a transcript's turn?

The turns of a transcript are dated by their briefing: the last date written in a date line
or dateline above the turn (rule `claim_date.turn_briefing`), else the day of the occasion the
text above the first turn says it records ("an interview recorded in Oslo on Monday": rule
`claim_date.turn_occasion`), else the publication date; never by a date the speaker mentions.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

from pipeline.dates.anchors import value_start
from pipeline.doctext import PerDoc
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
DATE_BLOCKS = ("date_line", "dateline")  # layout blocks that write the story's date
OCCASIONS = frozenset(LEXICON["transcript_occasions"])
OCCASION_VERBS = frozenset(LEXICON["transcript_occasion_verbs"])
INTERVIEW_VERBS = frozenset(LEXICON["interview_verbs"])  # 'X spoke to <outlet> on Monday'
INTERVIEW_PREPS = frozenset(LEXICON["interview_preps"])
OCCASION_ARGS = ("nsubj", "nsubjpass", "dobj")  # 'the interview was recorded', 'gave an interview'


@dataclass(frozen=True)
class DocAttrs:
    """The Doc's extension values that dating a claim reads, read once per claim: each
    `doc._` read makes a new spaCy object, and a claim's date asked for them seven times."""

    published: str | None
    dates: list[dict[str, Any]] | None
    layout: dict[str, Any] | None


def doc_attrs(doc: Doc) -> DocAttrs:
    ext = doc._
    return DocAttrs(ext.published, ext.dates, ext.layout)


def turn_of(
    doc: Doc, cue_start: int | None, attrs: DocAttrs | None = None
) -> dict[str, Any] | None:
    """The transcript turn whose label is the claim's cue ('MS. SMITH:'), if any. (`attrs`:
    the Doc's, when the caller read them.)"""
    if cue_start is None:
        return None
    return _turn_at(doc, cue_start, "label_start", "label_end", attrs)


# the date of a turn's words: (the date, its basis, the rule that decided)
TurnDate = tuple[dict[str, Any], str, str]


def turn_date(
    doc: Doc, turn: dict[str, Any], published: date | None, attrs: DocAttrs | None = None
) -> TurnDate | None:
    """The date of what is said in `turn`: its briefing's date line (claim_date.turn_briefing),
    else the occasion the text above the turns records ("an interview recorded on Monday",
    claim_date.turn_occasion), else None. The same for every claim of a turn: worked out
    once per turn."""
    attrs = attrs or doc_attrs(doc)
    known = _TURN_DATES.get(doc)
    if known is None or known[0] is not attrs.dates or known[1] is not attrs.layout:
        known = _TURN_DATES.set(doc, (attrs.dates, attrs.layout, {}))
    key = (turn["start"], turn["label_start"], published)  # all that the date depends on
    if key not in known[2]:
        known[2][key] = _turn_date(doc, turn, published, attrs)
    return known[2][key]


# per Doc: (its dates and layout, held so that new ones are seen as new; a turn's start,
# label start and the publication date -> the date of the turn's words)
_TURN_DATES: PerDoc[tuple[Any, Any, dict[tuple, TurnDate | None]]] = PerDoc()


def _turn_date(
    doc: Doc, turn: dict[str, Any], published: date | None, attrs: DocAttrs
) -> TurnDate | None:
    briefing = briefing_date(doc, turn, attrs)
    if briefing is not None:
        return briefing, "published", "claim_date.turn_briefing"
    occasion = occasion_date(doc, turn, published, attrs)
    return (occasion, "context", "claim_date.turn_occasion") if occasion else None


def said_in_turn(
    doc: Doc, cue_start: int, published: date | None, attrs: DocAttrs | None = None
) -> TurnDate | None:
    """A claim whose cue is inside a turn ("MS. SMITH: ... I believe ...") and that neither
    its clause nor its discourse dates is said when the turn is: `turn_date`."""
    turn = _turn_at(doc, cue_start, "start", "end", attrs)
    return turn_date(doc, turn, published, attrs) if turn is not None else None


def in_turn(doc: Doc, char: int, attrs: DocAttrs | None = None) -> bool:
    """Is `char` inside a transcript turn? What a turn says is said at its briefing."""
    return _turn_at(doc, char, "start", "end", attrs) is not None


RELEASE_BLOCKS = ("release", "end_mark")  # "PRESS RELEASE", "For immediate release", "###"


def in_release(doc: Doc, attrs: DocAttrs | None = None) -> bool:
    """Is the text a press release (its layout has a release header, an end mark or a
    dateline with a release wire's credit, "/PRNewswire/")? What a release quotes is said
    for it, on its day (claim_date.release_quote)."""
    layout = (attrs.layout if attrs is not None else doc._.layout) or {}
    blocks = layout.get("blocks", [])
    return any(b["kind"] in RELEASE_BLOCKS or b.get("wire") for b in blocks)


def turn_bounds(doc: Doc, char: int, attrs: DocAttrs | None = None) -> tuple[int, int]:
    """The chars of the transcript turn holding `char`, else the whole text: a speaker's
    earlier claim dates a later one only within one turn (claim_date.turn_briefing)."""
    turn = _turn_at(doc, char, "start", "end", attrs)
    return (turn["start"], turn["end"]) if turn is not None else (0, sys.maxsize)


# per Doc: (its turns, held so that a new list is seen as new; (lo, hi) keys -> the turns'
# `lo` chars when the turns' [lo, hi) spans come in order without overlap, else None)
_TURNS: PerDoc[tuple[list, dict, int]] = PerDoc()


def _turn_at(
    doc: Doc, char: int, lo: str, hi: str, attrs: DocAttrs | None = None
) -> dict[str, Any] | None:
    """The first turn whose [lo, hi) chars hold `char`: by bisection when the turns are in
    order (as a transcript's are; every claim of a transcript asks), else by a scan."""
    layout = attrs.layout if attrs is not None else doc._.layout
    turns = (layout or {}).get("turns")
    if not turns:
        return None
    known = _TURNS.get(doc)
    if known is None or known[0] is not turns or known[2] != len(turns):
        known = _TURNS.set(doc, (turns, {}, len(turns)))
    if (lo, hi) not in known[1]:
        known[1][lo, hi] = _ordered_starts(turns, lo, hi)
    starts = known[1][lo, hi]
    if starts is None:
        return next((t for t in turns if t[lo] <= char < t[hi]), None)
    k = bisect_right(starts, char) - 1
    return turns[k] if k >= 0 and char < turns[k][hi] else None


def _ordered_starts(turns: list[dict[str, Any]], lo: str, hi: str) -> list[int] | None:
    spans = [(t[lo], t[hi]) for t in turns]
    ordered = all(a_hi <= b_lo for (_, a_hi), (b_lo, _) in pairwise(spans))
    return [a for a, _ in spans] if ordered and all(a <= b for a, b in spans) else None


def briefing_date(
    doc: Doc, turn: dict[str, Any], attrs: DocAttrs | None = None
) -> dict[str, Any] | None:
    """claim_date.turn_briefing: the last day written in a date line above the turn."""
    attrs = attrs or doc_attrs(doc)
    # the last DATE held by a date line that ends above the turn
    return next((d for d, end in reversed(_lined_dates(doc, attrs)) if end <= turn["start"]), None)


# per Doc: (its dates and layout, held so that new ones are seen as new, and the number of
# dates; each DATE a date line holds, in order, with the first end of the date lines that
# hold it): every turn of a transcript asks, and each asking paired every date with every line
_LINED: PerDoc[tuple[Any, Any, int, list[tuple[dict[str, Any], int]]]] = PerDoc()


def _lined_dates(doc: Doc, attrs: DocAttrs) -> list[tuple[dict[str, Any], int]]:
    known = _LINED.get(doc)
    dates = attrs.dates or []
    if known is None or known[0] is not attrs.dates or known[1] is not attrs.layout:
        known = None
    if known is None or known[2] != len(dates):
        blocks = [b for b in (attrs.layout or {}).get("blocks") or [] if b["kind"] in DATE_BLOCKS]
        lined = []
        for d in dates:
            ends = [b["end"] for b in blocks if b["start"] <= d["start"] and d["end"] <= b["end"]]
            if ends and d.get("type") == "DATE":
                lined.append((d, min(ends)))
        known = _LINED.set(doc, (attrs.dates, attrs.layout, len(dates), lined))
    return known[3]


def occasion_date(
    doc: Doc, turn: dict[str, Any], published: date | None, attrs: DocAttrs | None = None
) -> dict[str, Any] | None:
    """claim_date.turn_occasion: the first day written above the transcript's first turn in a
    sentence that names the occasion recorded ('an interview recorded on Monday'), not after
    publication."""
    attrs = attrs or doc_attrs(doc)
    turns = (attrs.layout or {}).get("turns") or []
    first = min((t["label_start"] for t in turns), default=turn["label_start"])
    # the same for every turn of a transcript: worked out once per Doc (for its lists of
    # dates and turns, held so that new lists are seen as new)
    known = _OCCASIONS.get(doc)
    if known is None or not _same_ask(known, attrs.dates, turns, first, published):
        found = _first_occasion(doc, attrs.dates, first, published)
        known = _OCCASIONS.set(doc, (attrs.dates, turns, first, published, found))
    return known[4]


# per Doc: (its dates, turns, first turn's label, publication, the occasion's date)
_OCCASIONS: PerDoc[tuple[Any, list, int, date | None, dict[str, Any] | None]] = PerDoc()


def _same_ask(known: tuple, dates: Any, turns: list, first: int, published: date | None) -> bool:
    return known[0] is dates and known[1] is turns and known[2:4] == (first, published)


def _first_occasion(
    doc: Doc, dates: list[dict[str, Any]] | None, first: int, published: date | None
) -> dict[str, Any] | None:
    for d in dates or []:
        value = (d.get("value") or "").split("T")[0]  # 'on Tuesday evening': that day
        day = value_start(value) if d.get("type") in ("DATE", "TIME") else None
        if day is None or len(value) != 10 or d["start"] >= first:
            continue  # a day, above the turns
        if published is not None and day > published:
            continue
        span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
        if span is not None and len(span) and _of_occasion(span.root):
            return d
    return None


def _modified_nouns(noun: Token) -> list[Token]:
    """The noun a participle modifies ('an interview recorded on Monday') and the nouns whose
    phrase holds it, for a participle the parse hangs on the last noun of a phrase ('an
    interview with the minister, Ana Ruiz, conducted on Monday')."""
    nouns = [noun]
    while noun.dep_ in ("pobj", "appos") and noun.head.dep_ in ("prep", "pobj", "appos"):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        nouns.append(noun)
    return nouns


def _of_occasion(root: Token) -> bool:
    """The date attaches in the parse to an occasion noun ('a press conference on May 28') or
    to the verb that records it ('an interview recorded on Monday', 'the debate was broadcast
    on Tuesday'), or to a verb of speaking to the one who asks ('X spoke to Harbour Weekly
    on Monday'); not to another noun or verb of the sentence ('after air strikes on Saturday
    killed', 'the conference, which opened on Monday')."""
    head = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and head.pos_ == "PROPN" and head.dep_ == "pobj":
        head = head.head.head  # through a place: 'recorded in Oslo on Monday'
    if head.lemma_.lower() in OCCASIONS:
        return True
    if head.lemma_.lower() in INTERVIEW_VERBS:  # 'spoke to Harbour Weekly on Monday'
        return any(c.dep_ == "prep" and c.lower_ in INTERVIEW_PREPS for c in head.children)
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in OCCASION_VERBS:
        return False
    nouns = _modified_nouns(head.head) if head.dep_ == "acl" else []
    nouns += [t for t in head.children if t.dep_ in OCCASION_ARGS]
    return any(t.lemma_.lower() in OCCASIONS for t in nouns)
