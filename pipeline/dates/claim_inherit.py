"""Whose time a statement inherits from an earlier sentence of its paragraph.

A date set earlier in the paragraph dates a later statement when it dates an act of the
story ('On Monday, the minister met her counterpart. She said ...'; 'A shell hit the post on
Thursday. The army said ...') or a statement the new one goes on from (see
pipeline.dates.claim_context, `_paragraph_date`). Not (context.not_later) when the statement
came 'later'; not (context.not_other_actor) when the date is another speaker's statement
('The finance minister said on Monday ... . Opposition leaders said ...') or a backgrounded
act ('The ceasefire was agreed on March 3.', 'had agreed'). A pronoun, 'also', the same head
noun, a name for a title (either may name the other), or one who speaks for the earlier
actor ('a ministry spokesman', 'its chief') keep the actor.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Token

from pipeline.actors.mention_index import mention_index
from pipeline.claims.tree import kids
from pipeline.rules import load_data

LEXICON = load_data("dates", "claim_dates.json", version=3)
EVENT_NOUNS = frozenset(LEXICON["event_nouns"])
SAYING_LEMMAS = frozenset(LEXICON["saying_lemmas"])
LATER_ADVERBS = frozenset(LEXICON["later_adverbs"])
CONTINUING_ADVERBS = frozenset(LEXICON["continuing_adverbs"])
ADDING_LEMMAS = frozenset(LEXICON["adding_lemmas"])
WRITER_PRONOUNS = frozenset(LEXICON["writer_pronouns"])
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def inherits_from(doc: Doc, d: dict[str, Any], cue: Token | None) -> bool:
    """May a statement whose reporting verb is `cue` inherit the earlier date `d` of its
    paragraph?"""
    if cue is None or not doc.has_annotation("DEP"):
        return True
    if said_later(cue):
        return False  # context.not_later
    verb = _dated_verb(doc, d)
    if verb is None:
        return True
    return _same_actor(verb, cue)  # context.not_other_actor


def said_later(cue: Token | None) -> bool:
    """context.not_later: 'The bank later said', 'Later, the mayor said'."""
    return cue is not None and any(
        t.lower_ in LATER_ADVERBS for t in kids(cue) if t.dep_ == "advmod"
    )


def goes_on(doc: Doc, d: dict[str, Any], cue: Token | None, sentences_back: int) -> bool:
    """claim_date.added_statement: a statement whose speaker is a pronoun goes on, across a
    paragraph break, with the dated statement before it: when it is 'added' or 'also' made
    ('"...," she added', 'He also said'), or follows that statement's sentence at once
    ('X said on Sunday ... .' / '"We will win," he said.'). A speaker named again is
    claim_date.speaker_context's."""
    speaker = _actor(cue) if cue is not None else None
    if speaker is None or speaker.pos_ != "PRON":
        return False
    verb = _dated_verb(doc, d)
    if _writer(speaker) and not (verb is not None and _writer(_actor(verb))):
        return False  # context.writer: 'I would argue' is the writer's, not the last speaker's
    if cue.lemma_.lower() in ADDING_LEMMAS or any(
        t.lower_ in CONTINUING_ADVERBS for t in kids(cue)
    ):
        return True
    return sentences_back == 1 and verb is not None and _reports(verb)


def _writer(speaker: Token | None) -> bool:
    """context.writer: a first-person subject outside a quotation ('I would argue', 'we
    believe') is the writer of the text, not a speaker the story quoted before."""
    if speaker is None or speaker.lower_ not in WRITER_PRONOUNS:
        return False
    before = speaker.doc[speaker.sent.start : speaker.i]
    return sum(t.is_quote for t in before) % 2 == 0


def own_act(doc: Doc, d: dict[str, Any], cue: Token | None, speaker_id: str | None = None) -> bool:
    """context.speech_day: does the date `d` hang from an act, not a statement, of the
    speaker of `cue` ('In September, the minister campaigned in Osaka. She said ...'), so
    that a month may date what the speaker then said? Not another actor's act ('Tokyo added
    curbs in December. China's ministry said ...'), a thing's ('a study published last
    month'), a backgrounded act, or a statement, whose own speaker says it (the speaker's
    last date is claim_date.speaker_context's). A pronoun speaker is the act's actor unless
    the actor stage found both and they differ (`speaker_id`)."""
    verb = _dated_verb(doc, d) if cue is not None and doc.has_annotation("DEP") else None
    if verb is None or verb.i == cue.i or _reports(verb) or _backgrounded(verb):
        return False
    speaker, actor = _actor(cue), _actor(verb)
    if speaker is None or _writer(speaker):
        return False
    if actor is None:
        return False
    if speaker.pos_ == "PRON":  # 'she said': the act's actor goes on, unless told apart
        return speaker_id is None or speaker_id in _actor_ids(actor) or not _actor_ids(actor)
    return actor.lemma_.lower() == speaker.lemma_.lower() or _speaks_for(speaker, actor)


def _actor_ids(tok: Token) -> set[str]:
    """The ids of the actors the actor stage found at a word."""
    index = mention_index(tok.doc)
    return {
        m["actor_id"] for m in index.overlapping(tok.idx, tok.idx + len(tok)) if m.get("actor_id")
    }


def dates_a_statement(doc: Doc, d: dict[str, Any]) -> bool:
    """Does the date `d` hang from a statement ('said on Monday', 'announced that ...')?"""
    verb = _dated_verb(doc, d)
    return verb is not None and _reports(verb)


def _dated_verb(doc: Doc, d: dict[str, Any]) -> Token | None:
    """The verb the date hangs from."""
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _actor(verb: Token) -> Token | None:
    """The doer of a verb: its subject, or a passive's agent ('by the rebels'); None for a
    passive without one ('The treaty was signed')."""
    for child in kids(verb):
        if child.dep_ == "agent":
            return next((t for t in kids(child) if t.dep_ == "pobj"), None)
    for child in kids(verb):
        if child.dep_ in SUBJECT_DEPS:
            return None if child.dep_ == "nsubjpass" else child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _actor(verb.head)  # 'met ... and said', 'went on to say'
    return None


def _same_actor(verb: Token, cue: Token) -> bool:
    """Does the statement of `cue` go on from the dated act of `verb`? Not from a
    backgrounded act (past perfect, or passive with no doer: 'The ceasefire was agreed on
    March 3', 'had signed'; a held occasion, 'The talks were held', stays the scene), nor
    from another speaker's statement; any other act sets the scene ('A shell hit the post on
    Thursday. The army said ...')."""
    if verb.i == cue.i or any(t.lower_ in CONTINUING_ADVERBS for t in kids(cue)):
        return True
    if _backgrounded(verb):
        return False
    speaker = _actor(cue)
    actor = _actor(verb)
    if _writer(speaker):  # context.writer: 'I would argue' goes on from the writer alone
        return _writer(actor) or not _reports(verb)
    if speaker is None or speaker.pos_ == "PRON":
        return True  # 'he added', 'she said': the story's actor goes on
    if actor is None or not _reports(verb):
        return True
    if actor.pos_ == "PRON" or actor.lemma_.lower() == speaker.lemma_.lower():
        return True
    if _speaks_for(speaker, actor):
        return True
    if (actor.pos_ == "PROPN") != (speaker.pos_ == "PROPN"):
        return _may_be_one(actor, speaker)  # a name and a title may be one person
    # 'the minister met her counterpart': the speaker among the act's parties
    lemmas = {t.lemma_.lower() for t in verb.subtree if t.pos_ in ("NOUN", "PROPN")}
    return speaker.lemma_.lower() in lemmas


def _may_be_one(actor: Token, speaker: Token) -> bool:
    """A name and a title are one person unless the actor stage tells them apart: the two
    words are mentions of different actors, or the name's actor is first named after the
    title ('The finance minister said on Monday ... . Raila Odinga said ...': a new person)."""
    index = mention_index(actor.doc)
    ids = [
        {m["actor_id"] for m in index.overlapping(t.idx, t.idx + len(t)) if m.get("actor_id")}
        for t in (actor, speaker)
    ]
    if ids[0] and ids[1]:
        return bool(ids[0] & ids[1])
    named, title = (ids[0], speaker) if ids[0] else (ids[1], actor)
    if not named:
        return True
    before = index.ordered[: bisect_left(index.starts, title.idx)]
    return any(m.get("actor_id") in named for m in before)


def _speaks_for(speaker: Token, actor: Token) -> bool:
    """'A ministry spokesman', 'the company's chief', 'Its leader' after the ministry, the
    company: one who speaks for the earlier actor (named in the speaker's phrase, or by a
    possessive pronoun)."""
    words = [t for t in speaker.subtree if t.i != speaker.i]
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in words):
        return True
    return actor.lemma_.lower() in {t.lemma_.lower() for t in words}


def _backgrounded(verb: Token) -> bool:
    """A past perfect ('had agreed'), or a passive with no doer whose subject is no
    occasion ('was signed', not 'The talks were held')."""
    auxes = [t for t in kids(verb) if t.dep_ in ("aux", "auxpass")]
    if any(t.lemma_ == "have" and t.tag_ == "VBD" for t in auxes):
        return True
    subject = next((t for t in kids(verb) if t.dep_ == "nsubjpass"), None)
    if subject is None or any(t.dep_ == "agent" for t in kids(verb)):
        return False
    return subject.lemma_.lower() not in EVENT_NOUNS


def _reports(verb: Token) -> bool:
    """Is the act a statement with a content ('said', 'announced that ...'), not an act
    a speaker's words may go on from ('The court ruled on the case', 'declared an
    emergency')?"""
    return verb.lemma_.lower() in SAYING_LEMMAS or any(t.dep_ == "ccomp" for t in kids(verb))
