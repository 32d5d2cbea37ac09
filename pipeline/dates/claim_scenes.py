"""claim_date.scene_context: what the parties to a dated meeting said there, they said that day.

A story often sets a scene first: an act of meeting or visiting dated by a day ("President
Vela today held talks with President Ruiz in Lima.", "The foreign ministers met in Geneva on
Monday.", "Talks were held in Oslo on Tuesday"). What the scene's parties then said or did
there, told in the narrative past with nothing dating it ("Vela said the talks were useful",
"The two leaders reaffirmed their commitment"), the text implies was said that day. Such a
claim, otherwise undated (claim_date.undated_past_report) or dated only by the story
(a past stance: dateline, publication), takes the day of the most recent earlier scene when:

- the scene's main verb (the sentence's root, or a verb joined to it) is an act of meeting
  (lexicon scene_verbs: 'met', 'visited', 'hosted', 'debated'), or of holding one
  (scene_light_verbs with a scene_nouns object or passive subject: 'held talks', 'Talks were
  held'), or an act two parties or more do together (scene_joint_verbs with two phrases or a
  plural: 'Greece and Turkey agreed', 'The leaders pledged'), never a verb of saying: a lede
  that is itself a statement ('X said on Monday that ...') sets no scene; the verb may be the
  complement of a main verb of saying after it, the source of the story's own act ('Greece
  and Turkey agreed on Tuesday to resume talks, the two governments said');
- a day or a week hangs from that verb ('on Monday', 'today', 'last week');
- the claim's speaker is one of the scene's parties: an actor of the verb's subject, object
  or 'with'/'between' phrase, a word of their names or the head noun of a description ('the
  French minister' after 'the foreign ministers'), a pronoun, a group of the parties ('the
  two leaders', 'both sides': scene_group_words, scene_group_nouns) when there are two, or an
  official of a party's state when the parties are states or bodies, not persons named (a
  role of scene_official_roles: 'Greek Foreign Minister X' after 'Greece and Turkey agreed';
  of no known state when the parties are of one state: 'party MP X' after 'South Africa's
  National Assembly debated');
- no date that sets a time (not one in a reported or relative clause, nor in a quotation)
  stands between the scene and the claim: a later paragraph's 'On Tuesday' or 'In 2019'
  starts another time ('at 10 a.m.' of the scene's day does not, nor the day of another
  statement on its verb of saying, 'Russia's foreign ministry said on Tuesday that ...');
- the claim is no report of an earlier or later occasion ('had said', 'earlier', 'later') and
  no present perfect ('has said': a past that reaches the present).

The source of the story's own act reports it that day too, whoever it is ('Chile and Peru
agreed on Tuesday to reopen the border, the United Nations said'); in the story's first
paragraph, the source of an act of any kind ('Negotiators failed on Monday to agree, trade
officials said'). Such a first act (no verb of saying: a lede that is a statement sets no
scene) sets a scene, though it is no meeting, for what its parties said in the two paragraphs
after it, where a story tells on its first act ('Chile lodged a protest with Peru on Monday.'
/ 'A Chilean foreign ministry spokeswoman said the collision had injured two sailors').
A reaction to the scene's own act, named by a definite noun as the reacting verb's object
('Brazil praised Monday's signing', 'North Korea described the summit as a farce'), is told
of the scene's day, whoever reacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.actors.mention_index import mention_index
from pipeline.claims.tree import kids
from pipeline.dates.anchors import parse_anchor, value_start
from pipeline.dates.claim_context import (
    DAY_OR_WEEK,
    FINER_THAN_YEAR,
    LEXICON,
    DocFacts,
    date_row,
    doc_facts,
    paragraph_bounds,
    sentence_index,
)
from pipeline.dates.claim_inherit import said_later
from pipeline.dates.claim_occasions import said_earlier
from pipeline.dates.claim_register import DocAttrs, doc_attrs, in_turn

RULE_ID = "claim_date.scene_context"
UNDATED_RULE = "claim_date.undated_past_report"
SCENE_VERBS = frozenset(LEXICON["scene_verbs"])
TALK_VERBS = frozenset(LEXICON["scene_talk_verbs"])
LIGHT_VERBS = frozenset(LEXICON["scene_light_verbs"])
SCENE_NOUNS = frozenset(LEXICON["scene_nouns"])
GROUP_WORDS = frozenset(LEXICON["scene_group_words"])
GROUP_NOUNS = frozenset(LEXICON["scene_group_nouns"])
PRONOUNS = frozenset(LEXICON["repeat_speaker_pronouns"])
PARTY_PREPS = frozenset(LEXICON["scene_party_preps"])
JOINT_VERBS = frozenset(LEXICON["scene_joint_verbs"])
SAYING_LEMMAS = frozenset(LEXICON["saying_lemmas"])
OFFICIAL_ROLES = frozenset(LEXICON["scene_official_roles"])
REACTION_NOUNS = frozenset(LEXICON["scene_reaction_nouns"])
REACTION_DETS = frozenset(LEXICON["scene_reaction_determiners"])
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SOURCE_DEPS = ("parataxis", "ccomp")  # 'X agreed on Monday ..., Y said' as the parser hangs it
OBJECT_DEPS = ("dobj",)
PLURAL_TAGS = ("NNS", "NNPS")
PARTY_POS = ("NOUN", "PROPN", "PRON")
LEDE_AFTER = 2  # sentences before the lede's paragraph: a headline, told once or twice
LEDE_REACH = 2  # paragraphs after the lede that tell on its act (an inverted pyramid's)


@dataclass(frozen=True)
class Scene:
    """A sentence that sets a scene: its day (a date row of the doc), where it ends, the
    heads of the phrases naming its parties and those phrases' nouns."""

    day: dict[str, Any]
    end: int  # the sentence's end char
    heads: tuple[Token, ...]
    parties: tuple[Token, ...]
    source: int | None = None  # the verb of saying that tells the story's act ('..., X said')
    lede_act: bool = False  # the story's first act, no meeting: it reaches only LEDE_REACH

    def several(self) -> bool:
        """Two parties or more: two phrases ('Vela met Ruiz'), or a plural ('the ministers')."""
        return len(self.heads) > 1 or any(t.tag_ in PLURAL_TAGS for t in self.heads)


def date_scenes(doc: Doc, rows: list[dict[str, Any]]) -> None:
    """Date each claim a scene's day implies (module doc); the rows are changed in place."""
    if not doc.has_annotation("DEP") or not rows:
        return
    attrs = doc_attrs(doc)
    facts = doc_facts(doc, attrs)
    scenes = find_scenes(doc, facts, attrs)
    if not scenes:
        return
    published = parse_anchor(attrs.published)
    for row in rows:
        cue = _cue(doc, row)
        if cue is None or not _undated_past(row, cue) or in_turn(doc, cue.idx, attrs):
            continue  # a transcript's turn is said at its briefing
        told = next((s for s in scenes if s.source == cue.i), None)  # '..., the UN said'
        scene = told or _last_scene_before(scenes, row["cue"]["start"])
        if scene is None or (told is None and _new_time_between(doc, facts, scene, row, published)):
            continue
        if (
            told is None
            and scene.lede_act
            and _paragraphs_after(doc, facts, attrs, scene, cue) > LEDE_REACH
        ):
            continue  # the lede's act is told on in the paragraphs right after it
        if told is not None or _takes_part(doc, row, scene) or _reacts(cue):
            date = row.get("date") or {}
            found = date_row(scene.day, "context", RULE_ID)
            row["date"] = {**found, "content_date": date.get("content_date")}


def find_scenes(doc: Doc, facts: DocFacts, attrs: DocAttrs | None = None) -> list[Scene]:
    """The doc's scene sentences told by the story (not in a quotation or a transcript's
    turn), in order, each with the first day that dates its verb."""
    days = [d for d in facts.calendar_dates if DAY_OR_WEEK.fullmatch(d["value"])]
    scenes = []
    for d in days:
        if d["start"] in facts.quoted or in_turn(doc, d["start"], attrs):
            continue
        verb = _dated_verb(doc, d)
        if verb is None or not (_main(verb) or _attributed(verb)):
            continue
        if d["start"] in facts.unplaced and not _attributed(verb):
            continue  # a reported clause's date, but for the story's own attributed act
        heads = _party_heads(verb)
        source = _source(verb)
        meets = _meets(verb, heads)
        k = sentence_index(doc, d["start"], facts)
        if not meets and (verb.lemma_.lower() in SAYING_LEMMAS or not _lede(doc, facts, attrs, k)):
            continue
        if k is None or (scenes and scenes[-1].end == facts.sentence_ends[k]):
            continue  # one day per scene sentence: its first
        nouns = tuple(t for h in heads for t in h.subtree if t.pos_ in PARTY_POS)
        scenes.append(Scene(d, facts.sentence_ends[k], heads, nouns, source, not meets))
    return scenes


def _lede(doc: Doc, facts: DocFacts, attrs: DocAttrs | None, k: int | None) -> bool:
    """A sentence of the story's first paragraph: no more than a headline (told once or
    twice) before that paragraph."""
    if k is None:
        return False
    lo, _ = paragraph_bounds(doc, facts.sentence_starts[k], attrs)
    first = sentence_index(doc, lo, facts)
    return first is not None and first <= LEDE_AFTER


def _paragraphs_after(
    doc: Doc, facts: DocFacts, attrs: DocAttrs | None, scene: Scene, cue: Token
) -> int:
    """How many paragraphs after the scene's the cue's is."""
    starts = [s for s in facts.sentence_starts if scene.end <= s <= cue.idx]
    return len(
        {paragraph_bounds(doc, s, attrs)[0] for s in starts}
        - {paragraph_bounds(doc, max(scene.end - 1, 0), attrs)[0]}
    )


def _main(verb: Token) -> bool:
    """The sentence's main verb, or one joined to it."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _attributed(verb: Token) -> bool:
    """claim_date.scene_context: the story's own act with its source after it ('Greece and
    Turkey agreed on Tuesday to resume talks, the two governments said'): the complement of
    a main verb of saying that follows it."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and head.dep_ == "ROOT"
        and head.lemma_.lower() in SAYING_LEMMAS
    )


def _source(verb: Token) -> int | None:
    """The verb of saying after the story's act that names its source ('..., the UN said'):
    the main verb the act is the complement of, or a clause the parser hangs on the act."""
    if _attributed(verb):
        return verb.head.i
    told = [
        t
        for t in kids(verb)
        if t.dep_ in SOURCE_DEPS and t.i > verb.i and t.lemma_.lower() in SAYING_LEMMAS
    ]
    return told[0].i if told else None


def _meets(verb: Token, heads: tuple[Token, ...] = ()) -> bool:
    """An act of meeting, visiting or hosting ('met', 'visited'), of talking with a party
    ('spoke with', not 'spoke' alone nor 'said'), of holding a meeting ('held talks with',
    'Talks were held'), or an act that two parties or more do together ('Greece and Turkey
    agreed', 'The leaders pledged': lexicon scene_joint_verbs)."""
    lemma = verb.lemma_.lower()
    if lemma in SCENE_VERBS:
        return True
    if lemma in JOINT_VERBS:
        return len(heads) > 1 or any(t.tag_ in PLURAL_TAGS for t in heads)
    if lemma in TALK_VERBS:
        return any(t.dep_ == "prep" and t.lower_ == "with" for t in kids(verb))
    if lemma not in LIGHT_VERBS:
        return False
    held = [t for t in kids(verb) if t.dep_ in ("dobj", "nsubjpass")]
    return any(_scene_noun(t) for t in held)


def _scene_noun(noun: Token) -> bool:
    compound = " ".join(t.lower_ for t in kids(noun) if t.dep_ == "compound")
    lemma = noun.lemma_.lower()
    return lemma in SCENE_NOUNS or f"{compound} {lemma}".strip() in SCENE_NOUNS


def _party_heads(verb: Token) -> tuple[Token, ...]:
    """The heads of the verb's subject, object and with/between phrases (a held meeting's
    own with/between phrases too), and their conjuncts: the scene's parties."""
    heads = [verb, *(t for t in kids(verb) if _scene_noun(t))]
    phrases = []
    for head in heads:
        for child in kids(head):
            if child.dep_ in SUBJECT_DEPS + OBJECT_DEPS and child.i != verb.i:
                phrases.append(child)
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in PARTY_PREPS):
                phrases.extend(t for t in kids(child) if t.dep_ == "pobj")
    conjuncts = [c for p in phrases for c in p.subtree if c.dep_ == "conj" and c.head in phrases]
    return tuple(t for t in (*phrases, *conjuncts) if not _scene_noun(t))


def _dated_verb(doc: Doc, d: dict[str, Any]) -> Token | None:
    """The verb a date hangs from."""
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    for _ in range(8):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = None if tok.head.i == tok.i else tok.head
    return None


def _cue(doc: Doc, row: dict[str, Any]) -> Token | None:
    cue = row.get("cue") or {}
    span = doc.char_span(cue.get("start", 0), cue.get("end", 0), alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ == "VERB"]
    return verbs[0] if verbs else span.root


def _undated_past(row: dict[str, Any], cue: Token) -> bool:
    """A past report nothing dates, or a past act dated only by the story; neither of an
    earlier or later occasion nor a present perfect."""
    date = row.get("date") or {}
    undated = date.get("rule_id") == UNDATED_RULE
    if not undated and not (row.get("kind") == "stance" and date.get("basis") == "published"):
        return False
    auxes = [t for t in kids(cue) if t.dep_ in ("aux", "auxpass")]
    simple_past = cue.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
    perfect = any(a.lemma_ == "have" for a in auxes)
    return simple_past and not perfect and not said_earlier(cue) and not said_later(cue)


def _last_scene_before(scenes: list[Scene], char: int) -> Scene | None:
    return next((s for s in reversed(scenes) if s.end <= char), None)


def _new_time_between(
    doc: Doc,
    facts: DocFacts,
    scene: Scene,
    row: dict[str, Any],
    published: date | None,
) -> bool:
    """Does a day, week or month that sets a time stand after the scene and before the
    claim's sentence ends, outside the claim's content? (A year dates a period or a thing,
    'the 2015 Guidelines'; a date after publication something to come, 'early next year';
    a time of the scene's own day, '10 a.m.', goes on with the scene.)"""
    k = sentence_index(doc, row["cue"]["start"], facts)
    end = facts.sentence_ends[k] if k is not None else row["cue"]["end"]
    content = row.get("content") or {}
    lo, hi = content.get("start", -1), content.get("end", -1)
    return any(
        scene.end <= d["start"] < end
        and d["start"] not in facts.unplaced
        and not (lo <= d["start"] and d["end"] <= hi)
        and FINER_THAN_YEAR.match(d["value"])
        and not d["value"].startswith(scene.day["value"])  # '10 a.m.' of the scene's day
        and not _after(d, published)
        and not _statement_day(doc, d)
        for d in facts.calendar_dates
    )


def _statement_day(doc: Doc, d: dict[str, Any]) -> bool:
    """The day of another statement, hung on its verb of saying ('Russia's foreign ministry
    said on Tuesday that ...'): it places that statement, not the story's time."""
    verb = _dated_verb(doc, d)
    return verb is not None and verb.lemma_.lower() in SAYING_LEMMAS


def _after(d: dict[str, Any], published: date | None) -> bool:
    first = value_start(d["value"])
    return published is not None and first is not None and first > published


def _takes_part(doc: Doc, row: dict[str, Any], scene: Scene) -> bool:
    """Is the claim's speaker one of the scene's parties?"""
    speaker = row.get("speaker") or {}
    span = _speaker_span(doc, speaker)
    if span is None:
        return False
    actor = speaker.get("actor_id")
    if actor and actor in _party_actors(doc, scene):
        return True
    if speaker.get("type") == "state" and speaker.get("country") in _party_states(doc, scene):
        return True  # 'Japan reaffirmed' after its prime minister met the president
    if _official_of_a_party(doc, speaker, scene):
        return True  # 'the Greek foreign minister' after 'Greece and Turkey agreed'
    head = span.root
    if head.pos_ == "PRON":
        return head.lower_ in PRONOUNS
    if _group(span) and scene.several():
        return True
    states = _party_states(doc, scene)
    if speaker.get("country") and states and speaker["country"] not in states:
        return False  # 'the finance minister of Brazil' after 'the ministers of Chile and Peru met'
    # a name counts when it is the speaker's own ('Mr. Ruiz'), not a modifier of another
    # noun ('the Platte River employee', 'a ministry spokesman': one of theirs, elsewhere)
    names = {t.lower_ for t in span if t.pos_ == "PROPN"} if head.pos_ == "PROPN" else set()
    party_words = {t.lemma_.lower() for t in scene.parties}
    return head.lemma_.lower() in party_words or bool(names & {t.lower_ for t in scene.parties})


def _reacts(cue: Token) -> bool:
    """A reaction to the scene's own act, named by a definite noun as the cue's object ('The
    African Union welcomed the deal', 'praised Tuesday's signing', 'rejected the protest'):
    whoever reacts, the story tells it that day (lexicons scene_reaction_nouns,
    scene_reaction_determiners)."""
    objects = [t for t in kids(cue) if t.dep_ == "dobj" and t.lemma_.lower() in REACTION_NOUNS]
    return any(
        any(d.dep_ in ("det", "poss") and d.lower_.rstrip("'s’") in REACTION_DETS for d in kids(o))
        for o in objects
    )


def _official_of_a_party(doc: Doc, speaker: dict[str, Any], scene: Scene) -> bool:
    """An official (scene_official_roles) of a party's state, when the parties are states or
    bodies ('Greece and Turkey agreed', 'the leaders of Chile and Peru met'), not persons named
    ('President Vela met President Ruiz': another official of theirs took no part); one of no
    known state when the parties are of one state ('South Africa's parliament debated')."""
    if speaker.get("role") not in OFFICIAL_ROLES:
        return False
    index = mention_index(doc)
    heads = [m for t in scene.heads for m in index.overlapping(t.idx, t.idx + len(t))]
    if any(m.get("label") == "PERSON" for m in heads):
        return False
    states = _party_states(doc, scene)
    if not speaker.get("country"):  # 'party MP X' in a debate of one state's parliament
        return len(states) == 1
    return speaker["country"] in states


def _speaker_span(doc: Doc, speaker: dict[str, Any]) -> Span | None:
    start, end = speaker.get("start"), speaker.get("end")
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _party_actors(doc: Doc, scene: Scene) -> set[str]:
    return {m["actor_id"] for m in _party_mentions(doc, scene) if m.get("actor_id")}


def _party_states(doc: Doc, scene: Scene) -> set[str]:
    """The states the parties are of (a leader speaks for their state)."""
    return {m["country"] for m in _party_mentions(doc, scene) if m.get("country")}


def _party_mentions(doc: Doc, scene: Scene) -> list[dict[str, Any]]:
    index = mention_index(doc)
    return [m for t in scene.parties for m in index.overlapping(t.idx, t.idx + len(t))]


def _group(span: Span) -> bool:
    """'the two leaders', 'both sides', 'the ministers': a plural of the parties."""
    head = span.root
    words = {t.lower_ for t in span}
    plural = head.tag_ in PLURAL_TAGS
    return plural and (bool(words & GROUP_WORDS) or head.lemma_.lower() in GROUP_NOUNS)
