"""A definite role noun that repeats an earlier phrase of the same noun no mention covers
("Western diplomats said ... The diplomats added"; "The Premier received Premier Ota of
Fiji ... The Premier said") refers back to that phrase, not to the nearest actor the noun
fits: the speaker is whoever that phrase was, and none when it names no state (rule
actor.speaker.same_noun).

Two cases, both read from the parse:
- the earlier phrase is described (it has a modifier, "Western intelligence officials")
  and comes after the actor the noun would otherwise take: a group the text describes
  without a state is not the state named near it;
- the earlier phrase is the subject of a sentence whose object or partner is that actor
  ("The Premier received Premier Ota"): the repeated phrase continues the subject, the
  host, not the guest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.describe import Description

RULE_ID = "actor.speaker.same_noun"
DESCRIBING_DEPS = ("amod", "compound", "nmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def same_noun_antecedent(
    doc: Doc, desc: Description, mentions: list[dict], start: int, since: int, chosen: dict
) -> tuple[int, int] | None:
    """The characters of the earlier same-noun phrase the definite phrase at `start` repeats,
    when it overrides `chosen` (the actor the noun fits); else None. `since`: where the
    search starts (the paragraph)."""
    speaker = doc.char_span(start, start + 1, alignment_mode="expand")
    if speaker is None or speaker[0].lower_ != "the":
        return None
    earlier = _last_same_noun(doc, desc.noun, since, speaker.start, mentions)
    if earlier is None:
        return None
    described = any(c.dep_ in DESCRIBING_DEPS for c in earlier.lefts)
    if described and earlier.idx > chosen["end"]:
        return _chars(earlier)
    if earlier.dep_ in SUBJECT_DEPS and _acted_on_by(doc, chosen, earlier):
        return _chars(earlier)
    return None


def _last_same_noun(
    doc: Doc, noun: str, since: int, before: int, mentions: list[dict]
) -> Token | None:
    """The last noun with that lemma heading a phrase between char `since` and token
    `before`, if no mention covers it ("President Ota": a title, not a phrase)."""
    for token in reversed(doc[:before]):
        if token.idx < since:
            return None
        if token.lemma_.lower() != noun or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ == "compound":
            continue
        if any(m["start"] <= token.idx < m["end"] for m in mentions):
            return None  # the noun of a mention: the fitting actor is that one
        return token
    return None


def _acted_on_by(doc: Doc, chosen: dict, subject: Token) -> bool:
    """Is the chosen actor in the subject's sentence, not a subject itself, after it?"""
    span = doc.char_span(chosen["start"], chosen["end"], alignment_mode="expand")
    if span is None or len(span) == 0 or span.start <= subject.i:
        return False
    root = span.root
    return root.sent.start == subject.sent.start and root.dep_ not in SUBJECT_DEPS


def _chars(token: Token) -> tuple[int, int]:
    """The noun's phrase up to the noun: its determiner and modifiers (not a dateline the
    parser hung on it)."""
    lefts = [c.left_edge.i for c in token.lefts if c.dep_ in (*DESCRIBING_DEPS, "det", "poss")]
    return token.doc[min([token.i, *lefts])].idx, token.idx + len(token)
