"""Rule actor.speaker.pronoun_subject: a he/she in a later sentence refers to the subject of
the antecedent's sentence rather than to a person named after it as an object ("President
Petras met Chancellor Weber on Monday. He said ...": Petras). A subject is the more salient
referent, the one the next sentence goes on about; the most recent name is often only the
other party of the act. A subject the text gives the other sex is never preferred, nor one
of unknown sex over an object the text gives the pronoun's ("Sanders beat Hillary Clinton,
but she ..." stays with Clinton when Sanders' sex is not told).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from pipeline.actors.gender import person_sexes
from pipeline.actors.mention_index import within_lookback

RULE_ID = "actor.speaker.pronoun_subject"
LAST_PERSON_RULE = "actor.speaker.pronoun"
MAX_LOOKBACK = 3000  # characters back that an antecedent is looked for
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAME_DEPS = ("compound", "appos", "flat")  # "President Jonas Petras", "the minister, Ana Ruiz"


def person_antecedent(
    doc: Doc, mentions: list[dict], start: int, sex: str | None
) -> tuple[dict | None, str]:
    """The person mention a he/she (of `sex`) at `start` refers to, and the rule that chose it."""
    found = preceding_person(doc, mentions, start, sex)
    preferred = prefer_subject(doc, mentions, found, start, sex)
    return preferred, LAST_PERSON_RULE if preferred is found else RULE_ID


def preceding_person(doc: Doc, mentions: list[dict], start: int, sex: str | None) -> dict | None:
    """The most recent person before `start` whom the text does not give the other sex
    ("Ana Ruiz met Tomas Berg. She said ...": Ruiz)."""
    known = person_sexes(doc, mentions) if sex is not None else {}
    best = None
    for m in within_lookback(doc, mentions, start, MAX_LOOKBACK):
        if m["end"] > start:
            break
        if start - m["end"] > MAX_LOOKBACK or m.get("label") != "PERSON":
            continue
        if sex is None or known.get(m.get("actor_id"), sex) == sex:
            best = m
    return best


def prefer_subject(
    doc: Doc, mentions: list[dict], found: dict | None, start: int, sex: str | None
) -> dict | None:
    """The person mention a he/she at `start` refers to: the main-clause subject of the
    sentence of `found` (the most recent fitting person) when `found` is not its main
    clause's subject and the pronoun stands in a later sentence; else `found`."""
    if found is None or not doc.has_annotation("DEP"):
        return found
    head = _root(doc, found)
    if head is None or _main_subject(head) or start < head.sent.end_char:
        return found
    known = person_sexes(doc, mentions) if sex is not None else {}
    # a subject of unknown sex does not win over an object the text gives the pronoun's sex
    told = sex is not None and known.get(found.get("actor_id")) == sex
    # the mentions are in text order: only those from the sentence's start to `found`
    first = bisect_left(mentions, head.sent.start_char, key=lambda m: m["start"])
    for m in mentions[first:]:
        if m["start"] >= found["start"]:
            break
        if m["end"] > found["start"]:
            continue
        his = known.get(m.get("actor_id"))
        if m.get("label") != "PERSON" or his not in (None, sex) or (told and his != sex):
            continue
        tok = _root(doc, m)
        if tok is not None and _main_subject(tok):
            return m
    return found


def _main_subject(tok: Token) -> bool:
    """Is the token the subject of the sentence's main clause? ("X told MPs that Y would be
    split": X is, Y, a reported clause's subject, is not.)"""
    subject = _subject(tok)
    if subject is None:
        return False
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X arrived and met Y"; not "X said A was ... and B would ..."
    return verb.dep_ == "ROOT"


def _root(doc: Doc, m: dict) -> Token | None:
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _subject(tok: Token) -> Token | None:
    """The subject the token is, or is a name inside or in apposition to; else None."""
    for _ in range(4):
        if tok.dep_ in SUBJECT_DEPS:
            return tok
        if tok.dep_ not in NAME_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
