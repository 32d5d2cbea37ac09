"""The events a claim's act is placed at: the occasion words on its reporting verb.

claim_date.event_context dates a report by the date given earlier to the event it names as
its occasion: 'At the summit, X said' after 'The summit opened on Wednesday'; 'told the
council after the vote', 'Speaking during the talks, X said', 'In a speech at the summit, X
said'. The occasion is a phrase of the reporting verb (a preposition's object, or one of its
nouns'), or of a participle on it ('Speaking at'), or the verb's subject ('The summit heard');
not an event named elsewhere in the sentence: inside what another verb reports ('told
reporters that Nairobi would host the talks and called on ...'), in a clause on a noun ('The
United States, which co-sponsored earlier talks, welcomed ...'), or in another clause ('The
election falls before the summit opens, and delegations said ...').
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Doc, Token

from pipeline.claims.tree import kids
from pipeline.rules import load_data

if TYPE_CHECKING:  # the discourse's types (claim_context asks this module for event dates)
    from pipeline.dates.claim_context import ClaimSite, DocFacts

LEXICON = load_data("dates", "claim_dates.json", version=3)
EVENT_NOUNS = frozenset(LEXICON["event_nouns"])
OCCASION_NOUNS = EVENT_NOUNS | frozenset(LEXICON["occasion_nouns"])  # 'opening remarks'
PHRASE_DEPS = ("prep", "pobj", "compound", "amod", "poss", "conj", "cc", "det", "appos")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SPEAKER_PREPS = frozenset(LEXICON["speaker_occasion_preps"])  # 'X, at the summit, said'
NAMING_DEPS = ("compound", "amod")  # 'the opening session': named by the act 'opened'


def occasion_words(cue: Token, start: int, end: int) -> list[Token]:
    """The words of the phrases that place the act of `cue` (module doc), outside the claim's
    content chars [start, end), in text order."""
    heads = [cue, *(t for t in kids(cue) if t.dep_ == "advcl" and t.tag_ == "VBG")]
    found: dict[int, Token] = {}
    for head in heads:
        for child in kids(head):
            if child.dep_ == "prep" or child.dep_ == "agent":
                _phrase(child, found)
            elif child.dep_ in SUBJECT_DEPS:  # 'The summit heard', 'X, at the summit, said'
                found[child.i] = child
                for prep in kids(child):
                    if prep.dep_ == "prep" and prep.lower_ in SPEAKER_PREPS:
                        _phrase(prep, found)
    return [t for _, t in sorted(found.items()) if not start <= t.idx < end]


def _phrase(tok: Token, found: dict[int, Token]) -> None:
    """The words of a prepositional phrase, down its nouns' own phrases, not into a clause."""
    found[tok.i] = tok
    for child in kids(tok):
        if child.dep_ in PHRASE_DEPS:
            _phrase(child, found)


def event_date(c: ClaimSite, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'At the summit, X said': the date given earlier to the event its verb names as its
    occasion (pipeline.dates.claim_events), before the sentence of the verb (which may close
    or open a quote of several sentences); without a parse, any event noun of the claim's
    sentence outside its content."""
    doc, facts = c.doc, c.facts
    parsed = c.cue is not None and doc.has_annotation("DEP")
    k = bisect_right(facts.sentence_starts, min(c.cue.idx, c.start) if parsed else c.start) - 1
    if k < 0 or not doc.has_annotation("TAG"):
        return None
    starts = facts.sentence_starts
    before = [d for d in earlier if d["start"] >= 0 and d["start"] < starts[k]]
    for noun in _occasion_lemmas(c) if parsed else _sentence_nouns(c, k):
        for d in reversed(before):
            j = bisect_right(starts, d["start"]) - 1  # as `_sentence_index`, without look-ups
            if j >= 0 and noun in _sentence_events(doc, facts, j):
                return d
    acts = _naming_acts(c) if parsed else set()
    if not acts:  # most claims: no act names the occasion, no earlier date's verb to find
        return None
    return next((d for d in reversed(before) if _dated_act(doc, d) in acts), None)


def _naming_acts(c: ClaimSite) -> set[str]:
    """The acts an occasion of the claim is named by: 'at the opening session' -> 'opening',
    the '-ing' form of the act 'opened' ('the signing ceremony', 'the closing session')."""
    words = occasion_words(c.cue, c.start, c.end)
    named = [w for w in words if w.dep_ in NAMING_DEPS and w.lower_.endswith("ing")]
    return {w.lower_ for w in named if w.head.lemma_.lower() in OCCASION_NOUNS}


def _dated_act(doc: Doc, d: dict[str, Any]) -> str | None:
    """The '-ing' form of the verb a date hangs from ('opened talks on Tuesday': 'opening')."""
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    for _ in range(4):
        if tok is None or tok.pos_ == "VERB" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok is None or tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    return (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"


def _occasion_lemmas(c: ClaimSite) -> list[str]:
    """The event nouns (lower-case lemmas) of the phrases that place the claim's act."""
    words = occasion_words(c.cue, c.start, c.end)
    return list(dict.fromkeys(w.lemma_.lower() for w in words if w.lemma_.lower() in EVENT_NOUNS))


def _sentence_nouns(c: ClaimSite, k: int) -> list[str]:
    """The event nouns of sentence `k` outside the claim's content, in the sentence's order
    (a set's order changes with the hash seed, and so did dates)."""
    at, lemmas = _event_nouns(c.doc, c.facts)
    a, b = c.facts.sentence_tokens[k]
    return list(
        dict.fromkeys(
            lemmas[n]
            for n in range(bisect_left(at, a), bisect_left(at, b))
            if not c.start <= c.doc[at[n]].idx < c.end
        )
    )


def _event_nouns(doc: Doc, facts: DocFacts) -> tuple[list[int], list[str]]:
    """The tokens whose lower-case lemma is an event noun, in order, and those lemmas: read
    once per doc from its lemma hashes, each distinct lemma looked up once (a word-by-word
    walk of each claim's sentence read every lemma of it)."""
    known = facts.event_nouns.get("at")
    if known is None:
        ids, strings = facts.lemma_ids, doc.vocab.strings
        lemmas = set(ids.tolist())
        if len(_EVENT_LEMMAS) > MAX_EVENT_LEMMAS:
            _EVENT_LEMMAS.clear()
        for h in lemmas.difference(_EVENT_LEMMAS):  # each new lemma read once per process
            _EVENT_LEMMAS[h] = w if (w := strings[h].lower()) in EVENT_NOUNS else None
        nouns = {h: w for h in lemmas if (w := _EVENT_LEMMAS[h]) is not None}
        keys = np.array(list(nouns), dtype=np.uint64)  # as the hashes: no cast to float
        at = np.flatnonzero(np.isin(ids, keys)).tolist() if nouns else []
        known = facts.event_nouns["at"] = (at, [nouns[h] for h in ids[at].tolist()])
    return known


# a lemma's hash -> its lower form when that is an event noun, else None: a hash names one
# string, so this holds across Docs
_EVENT_LEMMAS: dict[int, str | None] = {}
MAX_EVENT_LEMMAS = 1 << 18  # a long run meets ever more lemmas: start afresh past this many


def _sentence_events(doc: Doc, facts: DocFacts, k: int) -> frozenset[str]:
    """The event nouns (lower-case lemmas) that sentence `k` names, made once: each earlier
    date's sentence is asked about every event noun of a claim's sentence."""
    known = facts.sentence_events.get(k)
    if known is None:
        at, lemmas = _event_nouns(doc, facts)
        a, b = facts.sentence_tokens[k]
        known = frozenset(lemmas[bisect_left(at, a) : bisect_left(at, b)])
        facts.sentence_events[k] = known
    return known
