"""A definite role noun that repeats an earlier phrase of the same noun no mention covers
("Western diplomats said ... The diplomats added"; "The Premier received Premier Ota of
Fiji ... The Premier said") refers back to that phrase, not to the nearest actor the noun
fits: the speaker is whoever that phrase was, and none when it names no state (rule
actor.speaker.same_noun).

Two cases, both read from the parse:
- the earlier phrase is described (indefinite, with a modifier the repeating phrase
  drops: "Western intelligence officials"), and no mention is among its modifiers
  (else it is that body's: "U.N. officials"):
  a group the text describes without a state is not the state named near it, before or
  after it, so the speaker is none;
- the earlier phrase is the subject of a sentence whose object or partner is that actor
  ("The Premier received Premier Ota"): the repeated phrase continues the subject, the
  host, not the guest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.acts import SUBJECT_DEPS
from pipeline.actors.datelines import dateline_end
from pipeline.actors.describe import Description, members_of, unnamed_id
from pipeline.actors.words import default_words

RULE_ID = "actor.speaker.same_noun"
DESCRIBING_DEPS = ("amod", "compound", "nmod")
NO_STATE = ()  # the earlier phrase is a described group of no state: no speaker
MAX_PHRASE = 6  # words from a definite phrase's article to its noun


def same_noun_antecedent(
    doc: Doc, desc: Description, mentions: list[dict], start: int, since: int, chosen: dict
) -> tuple[int, ...] | None:
    """The characters of the earlier same-noun phrase the definite phrase at `start` repeats,
    when it overrides `chosen` (the actor the noun fits), NO_STATE when that phrase is a
    described group no mention covers; else None. `since`: where the search starts (the
    paragraph; never the dateline)."""
    speaker = doc.char_span(start, start + 1, alignment_mode="expand")
    if speaker is None or speaker[0].lower_ != "the":
        return None
    since = max(since, dateline_end(doc))
    earlier = _last_same_noun(doc, desc.noun, since, speaker.start, mentions)
    if earlier is None or chosen["start"] <= earlier.idx < chosen["end"]:
        return None
    if _described(earlier, since, _phrase_words(speaker[0], desc.noun)):
        first = _chars(earlier, since)[0]  # "U.N. officials": the body its modifier names
        named = any(first <= m["start"] < earlier.idx for m in mentions)
        return _chars(earlier, since) if named or _indefinite(earlier) else NO_STATE
    if _subject(earlier, since) and _acted_on_by(doc, chosen, earlier):
        return _chars(earlier, since)
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
        covering = [m for m in mentions if m["start"] <= token.idx < m["end"]]
        if any(not unnamed_id(m.get("actor_id")) for m in covering):
            return None  # the noun of a named mention: the fitting actor is that one
        return token  # a phrase, or an unnamed person's ("a Chinese diplomat")
    return None


def _phrase_words(first: Token, noun: str) -> set[str]:
    """The lower-case words of the definite phrase from its first word to its noun."""
    words = set()
    for token in first.doc[first.i : first.i + MAX_PHRASE]:
        words.add(token.lower_)
        if token.lemma_.lower() == noun:
            break
    return words


def _described(earlier: Token, since: int, repeated: set[str]) -> bool:
    """Is the earlier phrase an indefinite one with a modifier the repeating phrase
    drops ("Western intelligence officials" ... "The officials"; not "the Prime
    Minister's" ... "the Prime Minister"), or one with an indefinite article ("A Western
    diplomat ... the diplomat": a new person, whoever else the noun fits)?"""
    lefts = [c for c in earlier.lefts if c.idx >= since]
    if members_of(earlier) is not None:
        return True  # "the ad hoc group of bondholders ... the group": by its members
    dets = {c.lower_ for c in lefts if c.dep_ == "det"}
    if dets and dets <= default_words().indefinite_articles:
        # not "Vera Lind, a spokeswoman for ...": a name's apposition or attribute is that name
        return earlier.dep_ not in ("appos", "attr") and not any(c.dep_ == "poss" for c in lefts)
    if dets or any(c.dep_ == "poss" for c in lefts):
        return False
    return any(c.dep_ in DESCRIBING_DEPS and c.lower_ not in repeated for c in lefts)


def _indefinite(earlier: Token) -> bool:
    """Does an indefinite article open the earlier phrase ("A Western diplomat")? Then the
    definite one is that person, whom the speaker resolver names as the phrase writes it."""
    dets = {c.lower_ for c in earlier.lefts if c.dep_ == "det"}
    return bool(dets) and dets <= default_words().indefinite_articles


def _subject(token: Token, since: int) -> bool:
    """A subject, or the apposition the parser made of it to a dateline's city taken as
    the subject ("NAIROBI, May 2 - The President received ...")."""
    if token.dep_ == "appos" and token.head.idx < since:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _acted_on_by(doc: Doc, chosen: dict, subject: Token) -> bool:
    """Is the chosen actor in the subject's sentence, not a subject itself, after it?"""
    span = doc.char_span(chosen["start"], chosen["end"], alignment_mode="expand")
    if span is None or len(span) == 0 or span.start <= subject.i:
        return False
    root = span.root
    return root.sent.start == subject.sent.start and root.dep_ not in SUBJECT_DEPS


def _chars(token: Token, since: int) -> tuple[int, int]:
    """The noun's phrase up to the noun: its determiner and modifiers (not a dateline the
    parser hung on it, before char `since`)."""
    deps = (*DESCRIBING_DEPS, "det", "poss")
    lefts = [c.left_edge.i for c in token.lefts if c.dep_ in deps and c.left_edge.idx >= since]
    return token.doc[min([token.i, *lefts])].idx, token.idx + len(token)
