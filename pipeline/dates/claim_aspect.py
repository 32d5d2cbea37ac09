"""The tense and aspect of a claim's verb, and what they let date it.

Tense places the act: a past report ('said') is on or before the story's date, a present one
('says') is of it, a future one ('will say', 'is expected to say') after it. The present
perfect ('has said', 'have reaffirmed', 'has boycotted') tells of an act before now at no
time the text gives (claim_date.perfect_undated): only a date its own verb governs dates it
('has barred him since 2020'); no other date of its sentence, of the discourse, of a
transcript's briefing, a release or the story does, and its date is left unknown with the
story's date as its bound (`not_after`). A perfect placed at the present by 'now' or 'just'
('leaders have now agreed', 'has just announced') is of the story's day.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
VERB_TAGS = ("VERB", "AUX")
UNTENSED_DEPS = ("xcomp", "advcl", "conj")  # "to announce", "and then speak": the head's tense
PAST_TAGS = frozenset(LEXICON["past_tags"])
PRESENT_TAGS = frozenset(LEXICON["present_tags"])
PLAN_LEMMAS = frozenset(LEXICON["plan_lemmas"])
PRESENT_ADVERBS = frozenset(LEXICON["perfect_present_adverbs"])


def claim_tense(cue: Token | None) -> str | None:
    """'past', 'present', 'future' ('will say') or None (unknown): the cue's own, else, for
    an untensed cue, that of the verb it depends on ("will meet them and then speak to
    announce": future)."""
    tok = cue
    for _ in range(4):
        if tok is None:
            return None
        tense = _verb_tense(tok)
        if tense is not None or tok.head.i == tok.i:
            return tense
        if tok.dep_ == "xcomp" and _plans(tok.head):
            return "future"
        if tok.dep_ in UNTENSED_DEPS:
            tok = tok.head
        else:
            tok = _object_verb(tok) or _participle_clause_verb(tok)
    return None


def _object_verb(tok: Token) -> Token | None:
    """The verb whose object a noun cue is: its act is the verb's ('UNHCR has received
    reports that ...': has received)."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in VERB_TAGS:
        return tok.head
    return None


def _participle_clause_verb(tok: Token) -> Token | None:
    """claim_date.participle_tense: the finite verb a bare present participle hangs from,
    through a preposition or a noun ('the council has reacted, with its spokesman saying ...':
    has reacted); None for any other untensed word."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in kids(tok)):
        return None
    head = tok.head
    for _ in range(3):
        if head.pos_ in VERB_TAGS:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def present_perfect(cue: Token | None) -> bool:
    """'has said', 'have agreed': a past that reaches the present, whose time no earlier
    sentence sets (claim_date.perfect_no_context)."""
    if cue is None:
        return False
    verb = _object_verb(cue) or cue
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_ == "have" and a.tag_ in PRESENT_TAGS for a in auxes)


def simple_past(cue: Token | None) -> bool:
    """A finite narrative past ('Peru closed', 'was barred', 'had closed'); not a present
    perfect ('has rallied', of a time that reaches the present), nor a participle that takes
    its time from another verb ('working with allies')."""
    if cue is None:
        return False
    auxes = [c for c in kids(cue) if c.dep_ in ("aux", "auxpass")]
    return cue.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _plans(verb: Token) -> bool:
    """A verb of planning in the present: 'is expected to say', 'plans to announce'."""
    if verb.lemma_.lower() not in PLAN_LEMMAS:
        return False
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes)


def _verb_tense(cue: Token) -> str | None:
    """The tense a verb and its auxiliaries mark."""
    auxes = [c for c in kids(cue) if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo") for a in auxes):
        return "future"
    if cue.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS or a.lemma_ == "have" for a in auxes):
        return "past"
    if cue.tag_ in PRESENT_TAGS and not auxes:
        return "present"
    return None


def perfect_undated(cue: Token | None) -> bool:
    """claim_date.perfect_undated: a present perfect not placed at the present by an adverb
    ('has said', not 'have now agreed'): no date but its verb's own dates it."""
    if not present_perfect(cue):
        return False
    return not any(t.lower_ in PRESENT_ADVERBS for t in kids(cue) if t.dep_ == "advmod")
