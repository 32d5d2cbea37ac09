"""claim_date.repeated_claim: a statement told again later in a story keeps the day it was made.

News tells a statement with its day ("The minister said on Monday that the clinics would
reopen in July") and often quotes it again further down without one ("'The clinics will
reopen in July,' the minister said"). The later past report, dated by nothing in the text (its
date is the publication's, or none), takes the earlier one's day, week or month (a year dates
no occasion of speech) when it comes after it and repeats most of its
words (lexicon repeat_min_words content words, repeat_min_share of them shared, by lemma) and
its speaker may be the same: the same actor, the same head noun ('the health minister' /
'the minister'), or a pronoun.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import IS_STOP, LEMMA, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from pipeline.actors.arrays import column
from pipeline.dates.claim_context import DATED_BASES, FINER_THAN_YEAR, LEXICON

MIN_WORDS = LEXICON["repeat_min_words"]
MIN_SHARE = LEXICON["repeat_min_share"]
CONTENT_POS = frozenset(("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"))
# part of speech id -> is it one of CONTENT_POS: a look-up in a table, not a search per claim
CONTENT_POS_TABLE = np.isin(np.arange(max(POS_IDS.values()) + 1), [POS_IDS[p] for p in CONTENT_POS])
PRONOUNS = frozenset(LEXICON["repeat_speaker_pronouns"])
PRESENT_TAGS = frozenset(LEXICON["present_tags"])
RULE_ID = "claim_date.repeated_claim"


def date_repeats(doc: Doc, rows: list[dict[str, Any]]) -> None:
    """Give each claim dated by nothing in the text the date of an earlier claim it repeats
    (module doc); the rows are changed in place."""
    dated: list[tuple[dict[str, Any], frozenset[str]]] = []
    for row in sorted(rows, key=lambda r: r["cue"]["start"]):
        date = row.get("date") or {}
        words = _content_words(doc, row)
        if date.get("basis") in DATED_BASES:
            if FINER_THAN_YEAR.match(date.get("value") or ""):  # a year dates no occasion
                dated.append((row, words))
            continue
        if len(words) < MIN_WORDS or _present(doc, row):
            continue
        earlier = next((r for r, w in reversed(dated) if _repeats(words, w, row, r)), None)
        if earlier is not None:
            kept = {k: earlier["date"].get(k) for k in ("value", "text", "start", "end")}
            content_date = date.get("content_date")
            row["date"] = {**kept, "basis": "context", "rule_id": RULE_ID}
            row["date"]["content_date"] = content_date


def _present(doc: Doc, row: dict[str, Any]) -> bool:
    """A present-tense report ('Lynch calls it her home state', 'he says') tells what holds
    at publication, not a statement made once."""
    cue = row.get("cue") or {}
    span = doc.char_span(cue.get("start", 0), cue.get("end", 0), alignment_mode="expand")
    return span is not None and any(t.tag_ in PRESENT_TAGS for t in span)


def _content_words(doc: Doc, row: dict[str, Any]) -> frozenset[str]:
    content = row.get("content") or {}
    span = doc.char_span(content.get("start", 0), content.get("end", 0), alignment_mode="expand")
    if span is None:
        return frozenset()
    # read from the Doc's columns (once per Doc), with no Token made per word
    lo, hi = span.start, span.end
    kept = CONTENT_POS_TABLE[column(doc, POS)[lo:hi]] & (column(doc, IS_STOP)[lo:hi] == 0)
    strings = doc.vocab.strings
    return frozenset(strings[k].lower() for k in set(column(doc, LEMMA)[lo:hi][kept].tolist()))


def _repeats(words: frozenset[str], before: frozenset[str], row: dict, earlier: dict) -> bool:
    """Most of the words again, after the earlier claim ends (not a clause inside it: 'agreed
    to pay over allegations that the firm lied'), by a speaker who may be the same."""
    if earlier["content"]["end"] > min(row["content"]["start"], row["cue"]["start"]):
        return False
    shared = len(words & before)
    return shared >= MIN_WORDS and shared >= MIN_SHARE * len(words) and _same_speaker(row, earlier)


def _same_speaker(row: dict[str, Any], earlier: dict[str, Any]) -> bool:
    a, b = row.get("speaker") or {}, earlier.get("speaker") or {}
    if a.get("actor_id") and b.get("actor_id"):
        return a["actor_id"] == b["actor_id"]
    text_a, text_b = (a.get("text") or "").split(), (b.get("text") or "").split()
    if not text_a or not text_b:
        return False
    if len(text_a) == 1 and text_a[0].lower() in PRONOUNS:
        return True
    return text_a[-1].lower() == text_b[-1].lower()
