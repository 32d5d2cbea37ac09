"""The date of a claim, from its discourse: when was the statement made?

A claim's date is the date of its speech act, not of what it is about. In order:

1. explicit   a date governed by the reporting verb ("said on Monday that ...").
2. sentence   a date of the claim's sentence outside the content ("Speaking on Monday, X said").
3. context    a date inherited from the discourse: the event the claim reports ("At the
              summit, X said ..." after "The summit opened on Wednesday"), the speaker's
              previous dated claim, else the nearest earlier sentence of the paragraph that
              holds a date (not one inside a reported or relative clause: "said on Monday
              that the strike began in August" gives the next report Monday; nor one inside
              a quotation). A speech inherits a day or a week from its paragraph, a month
              only from an act of its own speaker, never a year (context.speech_day).
              A past act (a stance) in a paragraph with no date yet goes on from the last
              paragraph's last date, a year included ("... until the flood in 2019." /
              "Peru closed the resorts"). A sentence placed in time by a date that is not
              its own ("after raids by smugglers last week, X proposed"), or after, during
              or in response to an event ("After the clash at the port, X stated"), inherits
              only that event's date; a present perfect ("has said") inherits nothing.
              A live blog's entry dates what it reports by its stamp's day
              (pipeline.dates.claim_live). After the repeats, what a party to a scene set
              at a day ("X today held talks with Y") then said or did takes that day
              (pipeline.dates.claim_scenes).
4. published  the dateline date ("MOSCOW, Oct. 3 (Reuters) -", "Tuesday, June 9, 2020" opening
              a line; it also anchors the story's relative dates), else the publication date;
              but a past-tense report of speech, or a past act, that nothing dates has no
              date at all, only the story's date as its bound `not_after`: "the minister
              said" may have been said on any day up to it; nor has a present perfect ("has
              said", pipeline.dates.claim_aspect) that its verb's own date does not date, in
              a transcript's turn or a release too. A transcript's turn is dated by its briefing
              (pipeline.dates.claim_register), and a speaker's earlier date dates their later
              claims only within one turn; but a present-tense report of another's view inside
              a turn ('Q: The EU says ...') is no statement made there: no date, the turn's its
              bound (claim_date.turn_reported_view).

Tense decides what may date the speech: a past-tense report ("said") is on or before the
publication date, so a later date is not its date; a present-tense one ("says") is the
publication date itself. A "will" inside the content never dates the speech act. Only the
reporting verb's own date may lie after publication, and only when the verb does not say it
is past ("will say on Monday"): a later date elsewhere in the sentence or the discourse dates
something to come ("hope to meet at the fair in 2026 and praise ..."), not the report.
A future act ("will say", "is expected to say", "plans to announce") inherits no date from
the discourse: its own governed date, else publication.

For a speech claim (kind direct, indirect, mixed; also when no kind is given) a date inside
the content never dates the claim, unless the parser attaches it to the reporting verb itself
("accused Russia on Tuesday of ...": claim_date.cue_modifier): it dates what is reported, and
is the *content date*: "X said on Monday that prices rose in 2022" has date Monday and
`content_date` 2022; "X reaffirmed support for the 2040 Plan" is not dated 2040. For a stance
claim the act is the claim, and a date its verb governs dates it wherever it stands ("Canada
has barred him since 2020").
Either way, a date that dates a thing named on the way to the verb is no date of the act ("the
2009 seizure", "after raids last week"), unless that thing is the occasion of the act
("in a statement on Friday", "during the 2013 forum").

Paragraphs are the document layout's (`doc._.layout`, from pipeline/structure), else blank-line
separated blocks of the text (`paragraph_bounds`); the discourse is pipeline.dates.claim_context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from pipeline.claims.tree import kids
from pipeline.dates.anchors import parse_anchor
from pipeline.dates.claim_aspect import claim_tense, perfect_undated, present_perfect, simple_past
from pipeline.dates.claim_context import (
    BACKGROUND_DEPS,
    LEXICON,
    ClaimSite,
    DocFacts,
    context_date,
    date_row,
    dates_near,
    doc_facts,
    not_after,
    paragraph_bounds,
    sentence_bounds,
)
from pipeline.dates.claim_intervals import interval_frame_date
from pipeline.dates.claim_live import live_entry_date
from pipeline.dates.claim_occasions import earlier_occasion, from_other_occasion
from pipeline.dates.claim_register import (
    DocAttrs,
    TurnDate,
    doc_attrs,
    in_release,
    in_turn,
    said_in_turn,
    turn_date,
    turn_of,
)
from pipeline.dates.cue_dates import (
    cue_modifier,
    just_before_cue,
    next_to_cue,
    opens_content,
    speaker_occasion,
    vehicle_occasion,
    when_clause,
)
from pipeline.dates.dateline import publication_row, published_row

__all__ = ["claim_date", "paragraph_bounds"]

OCCASION_NOUNS = frozenset(LEXICON["event_nouns"]) | frozenset(LEXICON["occasion_nouns"])
SPEECH_KINDS = ("direct", "indirect", "mixed")
NOUN_TAGS = ("NOUN", "PROPN")
VERB_TAGS = ("VERB", "AUX")
THING_CLAUSE_DEPS = ("relcl", "acl")  # "the minister, who was appointed in March,"
PARTICIPLE_TAGS = ("VBN", "VBG")
FRAME_PREPS = frozenset(LEXICON["frame_preps"])
FRAME_NOUNS = frozenset(LEXICON["frame_nouns"])
UNDATED = {"value": None, "text": None, "start": None, "end": None, "basis": None}
TURN_PERSONS = frozenset(LEXICON["turn_persons"])  # the turn's speaker and the one addressed


def claim_date(
    doc: Doc,
    start: int,
    end: int,
    *,
    cue_start: int | None = None,
    cue_end: int | None = None,
    kind: str | None = None,
    speaker_id: str | None = None,
    previous_claims: Sequence[dict[str, Any]] | None = None,
    attrs: DocAttrs | None = None,
    cue_token: Token | None = None,
) -> dict[str, Any] | None:
    """The date of the claim whose content spans chars [start, end) (see module doc).

    `{value, text, start, end, basis, rule_id, content_date}`: `rule_id` names the rule
    that decided; `value` and `basis` are None when nothing dates the claim but its content
    has a date or a rule left it undated (claim_date.undated_past_report, with its bound
    `not_after`); None when neither (no publication date). `cue_start`/`cue_end` locate the
    reporting verb (for its tense and the dates it governs); `kind` is the claim's kind (a
    `stance` claim's content may hold its date, a speech claim's never does; None counts as
    speech); `speaker_id` with `previous_claims` (earlier claims, in text order, as claim rows
    with `speaker.actor_id` or as dicts with `speaker_id`, each with its `date`) lets a
    speaker's undated claim take the date of the same speaker's last dated one. A caller
    dating many claims of one Doc may pass its `attrs` (`doc_attrs`, read once) and, for a
    cue of one token, that token.
    """
    attrs = attrs or doc_attrs(doc)
    published = parse_anchor(attrs.published)
    facts = doc_facts(doc, attrs)
    # the verb `_cue_token` finds in a cue of one token is that token
    cue = cue_token if cue_token is not None else _cue_token(doc, start, end, cue_start, cue_end)
    claim = ClaimSite(
        doc,
        facts,
        start,
        end,
        cue,
        kind is None or kind in SPEECH_KINDS,
        claim_tense(cue),
        published,
        sentence_bounds(doc, start, facts),
        _clause_sentences(doc, facts, start, cue),
        paragraph_bounds(doc, start, attrs),
        kind == "stance" and simple_past(cue),
        attrs,
    )
    turn = turn_of(doc, cue_start, attrs)
    found = _text_date(claim, turn, speaker_id, previous_claims)
    if found is None:
        found = _story_date(claim)
    found = earlier_occasion(found, cue, claim.tense == "past")  # 'Earlier, X had said'
    content = [d for d in dates_near(facts, start, end) if d["start"] >= start and d["end"] <= end]
    content_date = next((d for d in content if d["value"] != found["value"]), None)
    if found["rule_id"] is None and content_date is None:
        return None  # nothing dates the claim, nothing its content
    found["content_date"] = date_row(content_date, "content") if content_date is not None else None
    return found


def _text_date(
    c: ClaimSite,
    turn: dict[str, Any] | None,
    speaker_id: str | None,
    previous_claims: Sequence[dict[str, Any]] | None,
) -> dict[str, Any] | None:
    """The date the text gives the claim: its briefing's for a transcript turn, else its own
    clause's, else the discourse's (None: the publication decides)."""
    if turn is not None:  # the speaker speaks at the briefing, or the occasion recorded
        return _turn_row(turn_date(c.doc, turn, c.published, c.attrs))
    found = interval_frame_date(c)  # "came a day after X said": the day before
    if found is None and c.tense != "present":  # "says": publication's
        found = _own_date(c)
    if found is None:  # a live blog's entry: its stamp's day
        found = live_entry_date(c)
    # "says", "will say", "has said" (claim_date.perfect_no_context): no time of the story
    if found is None and c.tense not in ("present", "future") and not present_perfect(c.cue):
        framed = _own_frame(c) or _framed_by_event(c.cue)
        found = context_date(c, speaker_id, previous_claims, framed)
        if found is not None and from_other_occasion(c.doc, found, c.cue):
            found = None  # context.new_occasion: 'At a news conference, X said'
    if found is None and c.cue is not None and not perfect_undated(c.cue):  # said in a turn
        found = _turn_row(said_in_turn(c.doc, c.cue.idx, c.published, c.attrs))
        found = _held_view(found) if found is not None and _reported_in_turn(c) else found
    return found


def _reported_in_turn(c: ClaimSite) -> bool:
    """claim_date.turn_reported_view: a present-tense report of another's words inside a
    transcript turn ('Q: The EU says the ban distorts markets.', 'Critics argue ...'), not of
    the turn's own speaker ('I think', 'we believe', 'you say'); an act the turn performs
    ('The United States condemns the launch', a stance) is done at the briefing."""
    cue = c.cue
    if cue is None or not c.speech or c.tense != "present" or cue.pos_ not in VERB_TAGS:
        return False
    subjects = [t for t in kids(cue) if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(t.lower_ not in TURN_PERSONS for t in subjects)


def _held_view(spoken: dict[str, Any]) -> dict[str, Any]:
    """A view its holder is reported to hold is dated by no day of the interview: none, the
    turn's date its bound."""
    return {**UNDATED, "not_after": spoken["value"], "rule_id": "claim_date.turn_reported_view"}


def _turn_row(spoken: TurnDate | None) -> dict[str, Any] | None:
    return date_row(*spoken) if spoken else None


def _story_date(c: ClaimSite) -> dict[str, Any]:
    """The story's date: its dateline's (claim_date.dateline), else its publication's
    (claim_date.published). But a past-tense report of speech, or an act in the narrative
    past (a stance: 'Peru closed the resorts'), that nothing in the text dates has no date:
    "the minister said" was said on that day or any day before it, so the story's date is only
    its bound, `not_after` (claim_date.undated_past_report); so is a present perfect's
    (claim_date.perfect_undated). A present-tense report ("says") is of the story's day, and
    what a transcript's turn says is said at its briefing. Without a story date the row is
    undated and no rule decided."""
    if c.facts.dateline:
        story = date_row(c.facts.dateline[0], "published", "claim_date.dateline")
    else:
        published = publication_row(c.attrs.published) if c.attrs else published_row(c.doc)
        story = {**published, "rule_id": "claim_date.published"} if published else None
    if story is None:
        return {**UNDATED, "rule_id": None}
    bound = story["value"]
    if present_perfect(c.cue):  # 'has said': before now, no day told; 'has now said': now
        undated = {**UNDATED, "not_after": bound, "rule_id": "claim_date.perfect_undated"}
        return undated if perfect_undated(c.cue) else story
    spoken_at_briefing = c.cue is not None and in_turn(c.doc, c.cue.idx, c.attrs)
    if (c.speech or c.narrative) and c.tense == "past" and not spoken_at_briefing:
        if c.speech and in_release(c.doc, c.attrs):  # a release's quotes are said for it
            return {**story, "basis": "context", "rule_id": "claim_date.release_quote"}
        return {**UNDATED, "not_after": bound, "rule_id": "claim_date.undated_past_report"}
    return story


def _own_frame(c: ClaimSite) -> bool:
    """claim_date.own_frame: the claim's sentence places itself in time with a date that is
    not its date ('after raids by smugglers last week, X proposed'), so it inherits none
    from the sentences before it. Dates of a reported or relative clause place nothing."""
    background = c.facts.unplaced
    return any(
        any(lo <= d["start"] and d["end"] <= hi for lo, hi in c.sentences)
        and not (c.start <= d["start"] and d["end"] <= c.end)
        and d["start"] not in background
        for d in _sentence_dates(c)
    )


def _framed_by_event(cue: Token | None) -> bool:
    """claim_date.own_frame: the reporting verb placed after, before or during an event ('After
    the clash at the port, the union stated', 'in response to the raids, he proposed',
    'after the talks ended, she said'): the time is that event's, not the last date's."""
    for child in kids(cue) if cue is not None else ():
        if child.dep_ == "prep" and child.lower_ in FRAME_PREPS:
            return True
        objects = [g for g in kids(child) if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(g.lemma_.lower() in FRAME_NOUNS for g in objects):  # in response to
            return True
        marks = [g for g in kids(child) if g.dep_ == "mark"] if child.dep_ == "advcl" else []
        if any(g.lower_ in FRAME_PREPS for g in marks):
            return True
    return False


# -- the claim's own sentence ----------------------------------------------------------------


def _cue_token(
    doc: Doc, start: int, end: int, cue_start: int | None, cue_end: int | None
) -> Token | None:
    """The reporting verb: given by offsets, else the head outside the content of the
    content's root ("X said [that ...]")."""
    if cue_start is not None:
        span = doc.char_span(cue_start, cue_end or cue_start + 1, alignment_mode="expand")
        if span is not None and len(span):
            verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
            return verbs[0] if verbs else span.root  # "will say": say
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root.head
    if head.i != span.root.i and not start <= head.idx < end and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _governed_by(doc: Doc, d: dict[str, Any], cue: Token | None) -> bool:
    """Is the date a modifier of the reporting verb or noun (not of a verb inside the
    content, nor of a thing on the way)?"""
    if cue is None:
        return False
    head, through_thing = _attachment(doc, d, cue)
    return head is not None and head.i == cue.i and not through_thing


def _attachment(doc: Doc, d: dict[str, Any], cue: Token | None = None) -> tuple[Token | None, bool]:
    """What a date modifies: its first verb head, or the cue if met first (None when
    unparsed or out of reach), and whether the way there passes a thing that is no occasion
    of speech ("the 2009 seizure", "raids last week"; not "a statement on Friday"),
    or ends in a clause that describes one ("the minister, who was appointed in March,")."""
    if not doc.has_annotation("DEP"):
        return None, False
    span = doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None, False
    tok, through_thing = span.root, False
    for _ in range(8):
        if tok.head.i == tok.i:
            return None, through_thing
        tok = tok.head
        if cue is not None and tok.i == cue.i:
            return tok, through_thing
        if tok.pos_ in VERB_TAGS:
            return tok, through_thing or _describes_a_thing(tok)
        if tok.pos_ in NOUN_TAGS and not _occasion(tok):
            through_thing = True
    return None, through_thing


def _describes_a_thing(verb: Token) -> bool:
    """A relative or participial clause of a noun that is no occasion of speech ("figures
    published on Tuesday"; not the purpose of "his campaign to become leader in September")."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ not in PARTICIPLE_TAGS:
        return False
    return verb.dep_ in THING_CLAUSE_DEPS and head.pos_ in NOUN_TAGS and not _occasion(head)


def _occasion(noun: Token) -> bool:
    """A noun naming the occasion of a statement: 'summit', 'statement', 'press conference'."""
    lemma = noun.lemma_.lower()  # a lexicon's plural ('remarks') is matched by its lemma
    compound = " ".join(t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound")
    return lemma in OCCASION_NOUNS or f"{compound} {lemma}".strip() in OCCASION_NOUNS


def _clause_sentences(
    doc: Doc, facts: DocFacts, start: int, cue: Token | None
) -> tuple[tuple[int, int], ...]:
    """Bounds of the content's first sentence and of the cue's ('"...," he said on Monday.'
    may close a quote of several sentences; 'He said on Monday:' may open one)."""
    first = sentence_bounds(doc, start, facts)
    cue_sentence = sentence_bounds(doc, cue.idx, facts) if cue is not None else None
    return tuple(dict.fromkeys(b for b in (first, cue_sentence) if b is not None))


def _own_date(c: ClaimSite) -> dict[str, Any] | None:
    """explicit: a date the reporting verb governs; sentence: a date of the sentence outside
    the content (or, for a stance with no verb found, the first date of its content). A
    speech claim's content dates what it reports, and a date of a thing no act."""
    clause = [
        d
        for d in _sentence_dates(c)
        if any(lo <= d["start"] and d["end"] <= hi for lo, hi in c.sentences)
    ]
    inside = [d for d in clause if d["start"] >= c.start and d["end"] <= c.end]
    if c.speech:  # claim_date.cue_modifier: the verb's own date may fall inside the content
        clause = [d for d in clause if d not in inside or cue_modifier(c, d) or opens_content(c, d)]
    # the cue's own date, even in the paragraph that introduces a quote ("said on Monday:");
    # one after the cue before one fronted ahead of the content ('In 2020, X, he said on Monday')
    explicit = [d for d in clause if _explicit(c, d)]
    after_cue = [d for d in explicit if c.cue is not None and d["start"] > c.cue.idx]
    governed = (after_cue or explicit or [None])[0]
    if governed is None and c.cue is None and not c.speech and inside:
        governed = next((d for d in inside if not_after(d, c.published, c.tense)), None)
    if governed is not None:
        in_content = c.speech and governed in inside
        rule_id = "claim_date.cue_modifier" if in_content else "claim_date.explicit"
        return date_row(governed, "explicit", rule_id)
    occasion = [d for d in clause if d not in inside and speaker_occasion(c, d)]
    if occasion and not_after(occasion[0], c.published, c.tense):
        return date_row(occasion[0], "sentence", "claim_date.speaker_occasion")
    vehicle = [d for d in clause if d not in inside and vehicle_occasion(c, d)]
    if vehicle and not_after(vehicle[0], c.published, c.tense):
        return date_row(vehicle[0], "sentence", "claim_date.vehicle_occasion")
    if perfect_undated(c.cue):  # claim_date.perfect_undated: only its verb's own date
        return None
    lo, hi = c.paragraph
    near = [d for d in clause if lo <= d["start"] and d["end"] <= hi]
    outside = [d for d in near if d not in inside and not _of_a_thing(c.doc, d)]
    outside = [d for d in outside if not _reported_elsewhere(c, d)]
    outside = [d for d in outside if not_after(d, c.published, c.tense)]
    return date_row(outside[0], "sentence", "claim_date.sentence") if outside else None


def _sentence_dates(c: ClaimSite) -> list[dict[str, Any]]:
    """The doc's dates that may lie in the claim's sentences (`dates_near` them)."""
    if not c.sentences:
        return []
    return dates_near(c.facts, min(lo for lo, _ in c.sentences), max(hi for _, hi in c.sentences))


def _explicit(c: ClaimSite, d: dict[str, Any]) -> bool:
    """A date the reporting verb governs, and which may date it."""
    governed = (
        _governed_by(c.doc, d, c.cue)
        or next_to_cue(c, d)
        or just_before_cue(c, d)
        or opens_content(c, d)
        or when_clause(c, d)
    )
    return governed and not_after(d, c.published, c.tense, governed=True)


def _reported_elsewhere(c: ClaimSite, d: dict[str, Any]) -> bool:
    """claim_date.not_reported_elsewhere: a date inside a reported or relative clause that
    does not hold the cue ('X said [his group favoured the plan], and said it was shameful that
    nobody acted after auditors raised it two years ago') dates what that clause tells, not
    this claim."""
    span = c.doc.char_span(d["start"], d["end"], alignment_mode="expand")
    if span is None or not len(span) or c.cue is None or not c.doc.has_annotation("DEP"):
        return False
    holds_cue = {c.cue.i, *(t.i for t in c.cue.ancestors)}
    tok = span.root
    for _ in range(12):
        own = tok.i in holds_cue or c.start <= tok.idx < c.end  # the claim's own clauses
        if tok.dep_ in BACKGROUND_DEPS and not own:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _of_a_thing(doc: Doc, d: dict[str, Any]) -> bool:
    """Does the date date a thing rather than an act ('after raids last week')?"""
    return _attachment(doc, d)[1]


# -- the discourse ---------------------------------------------------------------------------
