"""Occasions of speech that a claim's cue tells apart from the time the story has reached.

'Earlier, the minister had said ...' (claim_date.earlier_occasion): a past report made before
the story's time, as an adverb on its cue says (lexicon earlier_adverbs) or its past perfect,
is dated before the date it would otherwise inherit (a stance, also before the dateline's or
publication's): that date with mod BEFORE; a report of speech nothing dates stays undated.

'At a news conference, the defence minister said ...' (context.new_occasion): a report whose
cue names its own occasion with an indefinite article (a new occasion, not one told before)
inherits no date of another statement or sentence: it keeps its own date, else the date of
the event its sentence names, else it is undated with the story's date as its bound
(claim_date.undated_past_report).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from pipeline.claims.tree import kids
from pipeline.dates.claim_inherit import dates_a_statement
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
EARLIER_ADVERBS = frozenset(LEXICON["earlier_adverbs"])
OCCASION_PREPS = frozenset(LEXICON["occasion_preps"])
INDEFINITE = frozenset(LEXICON["indefinite_determiners"])
OCCASION_NOUNS = frozenset(LEXICON["event_nouns"]) | frozenset(LEXICON["occasion_nouns"])
# the dates a report made earlier is placed before: inherited from another occasion, or
# the dateline's and publication's (not its own, nor that of the event it names)
BEFORE_RULES = frozenset(
    {
        "claim_date.speaker_context",
        "claim_date.paragraph_context",
        "claim_date.added_statement",
        "claim_date.narrative_reference",
        "claim_date.dateline",
        "claim_date.published",
    }
)


def said_earlier(cue: Token | None) -> bool:
    """'Earlier, X said', 'X had previously said', 'X had said': a report of an occasion
    before the story's time."""
    if cue is None:
        return False
    children = kids(cue)
    if any(t.lower_ in EARLIER_ADVERBS for t in children if t.dep_ == "advmod"):
        return True
    return any(t.dep_ == "aux" and t.lemma_ == "have" and t.tag_ == "VBD" for t in children)


def earlier_occasion(found: dict[str, Any], cue: Token | None, past: bool) -> dict[str, Any]:
    """claim_date.earlier_occasion: the date a past report made earlier would take, as the
    date it was made before (mod BEFORE)."""
    if not past or found.get("value") is None or found.get("rule_id") not in BEFORE_RULES:
        return found
    if not said_earlier(cue):
        return found
    return {**found, "mod": "BEFORE", "rule_id": "claim_date.earlier_occasion"}


def from_other_occasion(doc: Doc, found: dict[str, Any], cue: Token | None) -> bool:
    """context.new_occasion: is `found`, a date inherited from the discourse, that of
    another statement (the speaker's last one, or a sentence whose dated verb reports) while
    the cue names a new occasion? A scene set before ('On Monday, the minister met her
    counterpart. At a news conference, she said ...') still dates it."""
    rule_id = found.get("rule_id")
    if rule_id == "claim_date.event_context":  # 'a news conference': not the one dated before
        return new_occasion(cue)
    if rule_id not in BEFORE_RULES or not new_occasion(cue):
        return False
    if rule_id == "claim_date.speaker_context" or found.get("start") is None:
        return True
    return dates_a_statement(doc, found)


def new_occasion(cue: Token | None) -> bool:
    """context.new_occasion: the cue, or a participle on it ('Speaking at a rally, X said'),
    names an occasion with an indefinite article: 'At a news conference, X said', 'said in an
    interview', 'told a news conference'."""
    if cue is None:
        return False
    heads = [cue, *(t for t in kids(cue) if t.dep_ == "advcl" and t.tag_ == "VBG")]
    for head in heads:
        for child in kids(head):
            if child.dep_ in ("dobj", "dative") and _indefinite_occasion(child):
                return True
            if child.dep_ == "prep" and child.lower_ in OCCASION_PREPS:
                nouns = (t for t in kids(child) if t.dep_ == "pobj")
                if any(_indefinite_occasion(n) for n in nouns):
                    return True
    return False


def _indefinite_occasion(noun: Token) -> bool:
    """'a news conference', 'an interview', 'another statement'."""
    children = kids(noun)
    if not any(t.dep_ == "det" and t.lower_ in INDEFINITE for t in children):
        return False
    lemma = noun.lemma_.lower()
    compound = " ".join(t.lower_ for t in children if t.dep_ == "compound")
    return lemma in OCCASION_NOUNS or f"{compound} {lemma}".strip() in OCCASION_NOUNS
