"""An unresolved role-noun speaker's state from its story's context, a guess.

"The spokeswoman said", "a senior official said", "the commission said": a role noun that
names no state and that no actor of the text fits is still somebody's official. When the
story's context around it is one state, it is an official or body of that state: an
unnamed actor (`desc:POL:spokeswoman`, `org:LTU:...`) with that country, never a named
actor it was not compatible with. The nearest context that names a state decides, and
only when it names exactly one; when it names two, the state of the subject of the
sentences before, the discourse's topic, decides (`topic_state`,
actor.speaker.context_topic), else there is no guess:

1. the state of the actors named in the sentence before it and in its own sentence before
   it, when they have one state and no other (actor.speaker.context_sentence);
2. else the states of the actors named in the paragraph before the speaker
   (actor.speaker.context_paragraph);
3. else the state of a capital's dateline (actor.speaker.context_dateline; a city's
   dateline, "DAYTON, Ohio -", may be a region's own body);
4. else the one state whose institutions (a government, legislature, court or military
   actor with a country) the article names before the speaker
   (actor.speaker.context_institutions).

Only the nouns of a state's own officials and bodies (patterns/context_speakers.json):
a diplomat, a source or an analyst in a capital is as often a foreigner, and a modifier
such as "foreign", "European" or "opposition" puts the speaker outside the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.actors.describe import Description
from pipeline.actors.gazetteer import STATE_OR_CAPITAL_KINDS, load_gazetteer
from pipeline.actors.mention_index import mention_index
from pipeline.actors.reported import not_antecedent
from pipeline.actors.state_bodies import dateline_country
from pipeline.actors.topic_state import topic_state
from pipeline.actors.unnamed import unnamed_actor
from pipeline.actors.words import default_words
from pipeline.rules import load_data, rule

SENTENCE = "actor.speaker.context_sentence"
PARAGRAPH = "actor.speaker.context_paragraph"
DATELINE = "actor.speaker.context_dateline"
INSTITUTIONS = "actor.speaker.context_institutions"
TOPIC = "actor.speaker.context_topic"
HOME = "actor.speaker.home_government"
NO_STATE = ("IGO",)  # an international body is no state's context
WORD_KINDS = STATE_OR_CAPITAL_KINDS  # the words that name a state without an actor


@dataclass(frozen=True)
class ContextWords:
    nouns: frozenset[str]
    outside_modifiers: frozenset[str]
    state_roles: frozenset[str]
    dateline_modifiers: frozenset[str]
    briefing_words: frozenset[str]


@cache
def context_words() -> ContextWords:
    data = load_data("actors", "context_speakers.json", version=1)
    return ContextWords(
        nouns=frozenset(data["nouns"]["words"]),
        outside_modifiers=frozenset(data["outside_modifiers"]["words"]),
        state_roles=frozenset(data["state_roles"]["words"]),
        dateline_modifiers=frozenset(data["dateline_modifiers"]["words"]),
        briefing_words=frozenset(data["briefing_words"]["words"]),
    )


def context_speaker(
    doc: Doc, desc: Description, mentions: list[dict], start: int, head: Token | None
) -> dict | None:
    """The unnamed actor of the one state of the speaker's context, or None. What someone
    is reported to have said names what they speak about, not who speaks next: those
    mentions are no context (reported.not_antecedent)."""
    if not _takes_context(desc):
        return None
    # only a mention that starts before the speaker can be its context (context_state and
    # topic_state read no other): the test of what is reported is not made for the rest
    heard = [m for m in mentions if m["start"] < start and not not_antecedent(doc, m, head)]
    tied = bool(set(desc.modifiers) & context_words().dateline_modifiers)
    found = context_state(doc, heard, start, paragraph_start(doc, start), topic=not tied)
    if found is None:
        return None
    country, rule_id = found
    actor = unnamed_actor(desc, country)
    if actor is None:
        return None
    return {
        **actor,
        "resolved_from": "unnamed",
        "rule_id": rule_id,
        "confidence": rule(rule_id).confidence,
    }


def _takes_context(desc: Description) -> bool:
    """A state's own official or body, no state of its own, nothing placing it outside."""
    words = context_words()
    if desc.country is not None or desc.host is not None or desc.kind not in ("person", "org"):
        return False
    if desc.plural or desc.noun not in words.nouns:  # "some officials": any number of states
        return False
    outside = words.outside_modifiers | default_words().regional_words  # "Gulf officials"
    return not {w.lower() for w in desc.modifiers} & outside


def context_state(
    doc: Doc, mentions: list[dict], start: int, para: int, topic: bool = True
) -> tuple[str, str] | None:
    """The one state of the nearest context that names a state, and the rule that found it;
    where it names two, the topic's state (`topic`: not for one tied to the dateline)."""
    before = [m for m in mentions if m["end"] <= start]
    sentence = max(para, _previous_sentence(doc, start))
    near = [m for m in before if m["start"] >= sentence]
    states = _states(near)
    # a state named only by a word ("the Ukrainian city of Kharkiv") is a second state too
    named = states | _word_states(doc, sentence, start)
    if len(named) > 1:  # two states near it: the one the discourse is about, if any
        return _topic(doc, mentions, start, para) if topic else None
    if len(states) == 1 and named == states and not _international(near):
        return states.pop(), SENTENCE
    here = [m for m in before if m["start"] >= para]
    if _international(here):  # an international body's paragraph: no one state's official
        return None
    states = _states(here)
    if len(states) > 1:  # two states: the one the discourse is about, if any
        return _topic(doc, mentions, start, para) if topic else None
    if states:
        return states.pop(), PARAGRAPH
    country = dateline_country(doc, capital_only=True)  # not "DAYTON, Ohio -"
    if country is not None:
        return country, DATELINE
    roles = context_words().state_roles
    states = _states(m for m in before if m.get("role") in roles)
    return (states.pop(), INSTITUTIONS) if len(states) == 1 else None


def home_state(doc: Doc, desc: Description, head: Token | None) -> tuple[str, str] | None:
    """The state of an unnamed member of "the government" who names none: the state the
    paragraph is about (`topic_state`, actor.speaker.context_topic), else the dateline's
    (actor.speaker.home_government); None without either. A member of "the
    administration" (context_speakers.json dateline_modifiers) is the dateline's only."""
    dateline = dateline_country(doc)
    tied = set(desc.modifiers) & context_words().dateline_modifiers
    if head is None or tied:  # no dateline: no home state for the administration
        return (dateline, HOME) if dateline is not None else None
    topic = _topic(doc, mention_index(doc).ordered, head.idx, paragraph_start(doc, head.idx))
    return topic or ((dateline, HOME) if dateline is not None else None)


def _topic(doc: Doc, mentions: list[dict], start: int, para: int) -> tuple[str, str] | None:
    country = topic_state(doc, mentions, start, para)
    return (country, TOPIC) if country is not None else None


def paragraph_start(doc: Doc, at: int) -> int:
    """Where the paragraph holding char `at` starts (the structure stage's paragraphs)."""
    layout = getattr(doc._, "layout", None) if doc.has_extension("layout") else None
    starts = [p[0] for p in (layout or {}).get("paragraphs", []) if p[0] <= at]
    return max(starts, default=0)


def _previous_sentence(doc: Doc, start: int) -> int:
    """Where the sentence before the one holding char `start` starts (its own start for
    the first sentence)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return start
    sent = span[0].sent
    return doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


def _word_states(doc: Doc, start: int, end: int) -> set[str]:
    """The states a country name, nationality word or capital among chars [start, end)
    names, actor or not ("Russian troops shelled the Ukrainian city of Kharkiv")."""
    words = doc.char_span(start, end, alignment_mode="contract") or ()
    return {state for token in words if (state := word_state(token.text)) is not None}


def word_state(form: str) -> str | None:
    """The state a capitalised country name, nationality word or capital names, else None
    (an international body's seat included)."""
    entry = load_gazetteer().lookup(form) if form[:1].isupper() else None
    if entry is None or entry.kind not in WORD_KINDS or entry.country in NO_STATE:
        return None
    return entry.country


def _international(mentions: list[dict]) -> bool:
    return any(m.get("country") in NO_STATE for m in mentions)


def _states(mentions: list[dict]) -> set[str]:
    return {m["country"] for m in mentions if m.get("country") and m["country"] not in NO_STATE}
