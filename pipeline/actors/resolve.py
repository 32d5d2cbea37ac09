"""Speaker resolution: which actor does a span that names a speaker refer to?

`resolve_speaker(doc, start, end)` works on the plain-dict actor mentions that the actor
linker leaves in `doc._.actor_mentions`, so it depends on no other part of the actor stage.
Each result says which declared rule resolved it (`rule_id`, actors/patterns/rules.json), how
(`resolved_from`) and how sure it is (`confidence`, the rule's):

- a coordinated subject or a counted plural ("NATO and Japan", "the two countries") ->
  its members (actor.speaker.joint; resolved_from "coordination" or "role_noun");
- a document ("the statement", "a statement put out by the ministry", "a Cadem survey") ->
  its issuer (actor.speaker.document_issuer) or the state it was issued in
  (actor.speaker.document_state); resolved_from "document";
- a person noun heading the span with a person named in apposition after it or ending its
  title ("UNICEF Regional Director for West Africa Maria Lopes") -> that person, not the
  body the title names (pipeline/actors/title_holder.py; actor.speaker.apposition,
  actor.speaker.title_holder);
- the span overlaps an actor mention -> that actor (the mention holding the span's syntactic
  head wins; actor.speaker.mention, resolved_from "mention");
- "Japan's chief cabinet secretary, Hayashi" with no mention on the name -> the name in
  apposition (actor.speaker.apposition, resolved_from "apposition");
- a personal pronoun -> the most recent fitting mention (actor.speaker.pronoun);
- a role noun, body noun or plural "officials" -> a *compatible* mention
  (pipeline/actors/compat.py): the last one that was the subject of a verb of saying in
  the paragraph, else the most recent (actor.speaker.role_noun, resolved_from
  "role_noun"); when none is compatible and the phrase names a state, an unnamed actor
  of that state (actor.speaker.unnamed, resolved_from "unnamed"): `gpe:<ISO3>` for a government
  ("Brazilian authorities"), `org:<ISO3>:<body>` for a state body ("the Chinese foreign
  ministry"), `desc:<ISO3>:<noun phrase>` for anyone else ("a senior Turkish official" ->
  desc:TUR:official); a state's officials speak as people of it, not as the state
  ("Brazilian officials", "officials in Moscow" -> desc:RUS:official; state_people.py); a
  state body without one takes the dateline's state, a guess (actor.speaker.unnamed_context).
  Never a wrong name: else None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.acts import speech_subject
from pipeline.actors.compat import compatible, introduced_as, office_noun, repeated_noun
from pipeline.actors.context_speaker import context_speaker, home_state, paragraph_start
from pipeline.actors.datelines import dateline_span, in_headline
from pipeline.actors.describe import Description, describe, role_nouns, unrecognised
from pipeline.actors.domestic_groups import domestic_group
from pipeline.actors.envoy_body import envoy_body, later_envoy_body
from pipeline.actors.framing import framing_country, spoken_for_body
from pipeline.actors.gazetteer import country_entry
from pipeline.actors.gender import pronoun_sex
from pipeline.actors.home import home_leader_official, unnamed_official_label
from pipeline.actors.joint import joint_members, member_row
from pipeline.actors.mention_index import (
    MentionIndex,
    mention_index,
    sorted_mentions,
    within_lookback,
)
from pipeline.actors.name_after import RULE_ID as NOUN_THEN_NAME
from pipeline.actors.name_after import name_after
from pipeline.actors.org_people import RULE_ID as ORG_PERSON
from pipeline.actors.partitive import partitive_speaker
from pipeline.actors.placing import located_person, placing_mentions
from pipeline.actors.plural_they import continued_subject, plural_antecedent
from pipeline.actors.possessed import possessed_person
from pipeline.actors.pronouns import pronouns
from pipeline.actors.relatives import antecedent_speaker, relative_antecedent
from pipeline.actors.reported import not_antecedent
from pipeline.actors.reporter_pronoun import RULE_ID as REPORTER_PRONOUN
from pipeline.actors.reporter_pronoun import reporter_of_pronoun, reporter_subject
from pipeline.actors.role_pronoun import role_subject_between, through_role
from pipeline.actors.salience import MAX_LOOKBACK, person_antecedent
from pipeline.actors.same_noun import RULE_ID as SAME_NOUN
from pipeline.actors.same_noun import same_noun_antecedent
from pipeline.actors.speaker_docs import (
    apposed_name,
    document_issuer,
    earlier_document_issuer,
    named_issuer,
    phrase_chars,
)
from pipeline.actors.speaker_documents import cued_document
from pipeline.actors.speaker_guess import with_guess_confidence
from pipeline.actors.speaker_span import RULE_ID as TRAILING_DATE
from pipeline.actors.speaker_span import trailing_date_cut
from pipeline.actors.staff import owned_country, staff_speaker
from pipeline.actors.state_bodies import body_key, dateline_country
from pipeline.actors.state_people import state_people
from pipeline.actors.subject_state import subject_state_body
from pipeline.actors.title_holder import TITLE_HOLDER, apposed_person, title_holder
from pipeline.actors.turn_principal import turn_principal
from pipeline.actors.turn_we import speaks_for, turn_label_speaker
from pipeline.actors.unnamed import (
    UNNAMED_RULES,
    indefinite_speaker,
    state_body_actor,
    unnamed_actor,
)
from pipeline.actors.words import default_words
from pipeline.doctext import doc_text
from pipeline.rules import rule

__all__ = [
    "resolve_speaker",
    "role_nouns",
    "sorted_mentions",
    "speaks_for",
    "turn_label_speaker",
]

GROUP_LABELS = ("ORG", "GPE", "NORP")
BODY_SPOKESPERSON = "actor.speaker.body_spokesperson"
FRAMING_PLACE = "actor.speaker.framing_place"


def _result(mention: dict, resolved_from: str, rule_id: str) -> dict:
    return {
        "actor_id": mention.get("actor_id"),
        "name": mention.get("name") or mention.get("text"),
        "country": mention.get("country"),
        "role": mention.get("role"),
        "resolved_from": resolved_from,
        "rule_id": rule_id,
        "confidence": rule(rule_id).confidence,
    }


def _span_head(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return (None, None) if span is None or len(span) == 0 else (span, span.root)


def _preceding(
    mentions: list[dict], start: int, labels, role: str | None = None, plural: bool | None = None
) -> dict | None:
    """The most recent mention ending before `start` with a label in `labels`."""
    best = None
    for m in mentions:
        if m["end"] > start:
            break
        if start - m["end"] > MAX_LOOKBACK or m.get("label") not in labels:
            continue
        if role is not None and m.get("role") not in (None, role):
            continue
        if plural is not None and _looks_plural(m) != plural:
            continue
        best = m
    return best


def _is_possessor(doc: Doc, m: dict) -> bool:
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "poss"


def _looks_plural(m: dict) -> bool:
    text = (m.get("text") or "").strip()
    return (m.get("label") == "NORP" and text.endswith("s")) or text.lower().endswith(" states")


def resolve_speaker(
    doc: Doc, start: int, end: int, *, depth: int = 0, index: MentionIndex | None = None
) -> dict | None:
    """Resolve the char span [start, end) naming a speaker to an actor, or None. (`depth`:
    how many documents deep the call is, "the statement" -> its issuer; `index`: the Doc's
    `mention_index`, when the caller holds it.) A country that is a guess lowers the
    confidence (actor.speaker.country_guess)."""
    found = _resolve(doc, start, end, depth, index)
    if depth > 0:
        return found
    return with_guess_confidence(doc, state_people(doc, start, end, found))


def _resolve(doc: Doc, start: int, end: int, depth: int, index: MentionIndex | None) -> dict | None:
    if start >= end:
        return None
    if depth == 0 and (cut := trailing_date_cut(doc, start, end)) is not None:
        return _without_date(doc, start, cut, index)
    index = index or mention_index(doc)
    mentions = index.ordered
    span, head = _span_head(doc, start, end)
    members = joint_members(mentions, start, end, span, head)
    if members:  # "NATO and Japan", "the two countries": the first speaks for the record
        how = "coordination" if members[0]["start"] >= start else "role_noun"
        res = _result(members[0], how, "actor.speaker.joint")
        return {**res, "members": [member_row(m) for m in members]}
    desc = (describe(span, mentions) or cued_document(span, mentions)) if span else None
    if desc is not None and desc.kind == "document":
        return document_speaker(doc, span, desc, depth) if depth < 2 else None
    apposed = apposed_person(span, desc, mentions, end)
    if apposed is not None:  # "A spokesperson for the ministry, Ana Ruiz, said"
        res = _result(apposed, "apposition", "actor.speaker.apposition")
        return owned_country(doc, res, head, depth, resolve_speaker, mentions)
    if (after := name_after(doc, index, end, desc)) is not None:  # "the agency AICEP said"
        return _result(after, "mention", NOUN_THEN_NAME)
    overlapping = index.overlapping(start, end)
    if head is not None and (placing := placing_mentions(head, overlapping)):
        overlapping = [m for m in overlapping if m not in placing]  # "farmers in France"
    if (holder := title_holder(span, overlapping, desc)) is not None:
        return _result(holder, "title", TITLE_HOLDER)  # "Director for Asia Ana Ruiz"
    found = _holding_head(overlapping, head) or _other_overlapping(doc, overlapping, span)
    person = found is not None and found["label"] == "PERSON"
    named = None if person else apposed_name(span, desc, mentions)
    if named is not None:
        return owned_country(doc, _result(*named), head, depth, resolve_speaker, mentions)
    if found is not None and found.get("rule_id") in UNNAMED_RULES:
        return _result(found, "unnamed", "actor.speaker.unnamed")
    if found is not None:
        res = _result(found, "mention", "actor.speaker.mention")  # "Its spokesman, X": its
        return owned_country(doc, res, head, depth, resolve_speaker, mentions) if person else res
    if head is None:
        return None
    if (staff := staff_speaker(doc, mentions, start, head)) is not None:
        return staff  # "his office said": the person "his" stands for
    if (owned := possessed_person(doc, head, depth, resolve_speaker)) is not None:
        return owned  # "the group's commander": a person of the group
    if (group := partitive_speaker(doc, head, depth, resolve_speaker)) is not None:
        return group  # "one of them", "one of the diplomats": the group's
    antecedent = relative_antecedent(head)
    if antecedent is not None and depth < 2:
        return antecedent_speaker(doc, antecedent, depth, head.lower_ == "which", resolve_speaker)
    pronoun = _pronoun(doc, mentions, start, head.lower_, depth)
    if pronoun is not False:
        role = role_subject_between(doc, mentions, start, head.lower_)
        if role is None or depth >= 2:
            return pronoun
        return through_role(doc, role, depth, resolve_speaker)
    return described_speaker(doc, desc, mentions, start, head) if desc is not None else None


def _without_date(doc: Doc, start: int, cut: int, index: MentionIndex | None) -> dict:
    """The speaker of the phrase without the date that ended it, with that phrase's span."""
    found = resolve_speaker(doc, start, cut, depth=0, index=index)
    text = doc_text(doc)[start:cut]
    found = found or {"actor_id": None, "name": text, "country": None, "role": None,
                      "resolved_from": "unresolved"}  # fmt: skip
    return {**found, "text": text, "start": start, "end": cut, "found_by": TRAILING_DATE}


def _holding_head(overlapping: list[dict], head) -> dict | None:
    """The mention that holds the span's syntactic head; not an organisation's unnamed
    person, which yields to a name on its title ("The IOM's head of mission Pedro Alves")."""
    if head is None:
        return None
    found = next((m for m in overlapping if m["start"] <= head.idx < m["end"]), None)
    return None if found is not None and found.get("rule_id") == ORG_PERSON else found


def _other_overlapping(doc: Doc, overlapping: list[dict], span) -> dict | None:
    """The last person, else the last mention the span overlaps, but no possessor
    ("Lopez's move" does not name the speaker)."""
    if span is not None:
        overlapping = [m for m in overlapping if not _is_possessor(doc, m)]
        # "the economist Ana Ruiz, a former adviser in the Obama White House": the name in
        # apposition to the head, not one inside a phrase that describes it
        in_head = [m for m in overlapping if _in_head_phrase(doc, m, span.root)]
        overlapping = in_head or [m for m in overlapping if not located_person(doc, m)]
    persons = [m for m in overlapping if m.get("label") == "PERSON"]
    return (persons or overlapping or [None])[-1]


NOT_HEAD_PHRASE = ("prep", "pobj", "relcl", "acl", "agent")


def _in_head_phrase(doc: Doc, m: dict, head: Token) -> bool:
    """Does the mention hang on the head through compounds and appositions only (no
    preposition, no clause)?"""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(8):
        if tok.i == head.i:
            return True
        if tok.dep_ in NOT_HEAD_PHRASE or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _pronoun(
    doc: Doc, mentions: list[dict], start: int, lower: str, depth: int
) -> dict | bool | None:
    """The antecedent of a personal pronoun (None when it has none), or False for a word
    that is no personal pronoun."""
    known = pronouns()
    if lower in known.person:  # the subject of the antecedent's sentence before its object
        m, rule_id = person_antecedent(doc, mentions, start, pronoun_sex(lower))
        return _result(m, "pronoun", rule_id) if m else None
    elif lower in known.singular_group:  # "The EU said it ...": the EU, else the last named
        if (reporter := _reporter(doc, start, depth)) is not None:
            return reporter or None
        if found := continued_subject(doc, start, lower, depth, resolve_speaker):
            return found  # "The ministry said ... It added": the subject goes on
        m = _preceding(within_lookback(doc, mentions, start, MAX_LOOKBACK), start, ("ORG", "GPE"))
    elif lower in known.plural:
        if found := continued_subject(doc, start, lower, depth, resolve_speaker):
            return found
        m = plural_antecedent(doc, mentions, start, lower, _preceding, GROUP_LABELS)
    else:
        return False
    return _result(m, "pronoun", "actor.speaker.pronoun") if m else None


def _reporter(doc: Doc, start: int, depth: int) -> dict | None:
    """The speaker an "it" stands for as the subject of a clause that a verb reports or
    that joins a verb of saying (`reporter_subject`): the subject's organisation or state,
    else what its role noun resolves to ("the secretariat said ..., although it
    cautioned"), else {} (bound, but to no one known); None for no such clause."""
    subject = reporter_subject(doc, start)
    if subject is None:
        return None
    if (m := reporter_of_pronoun(doc, mention_index(doc), start, ("ORG", "GPE"))) is not None:
        return _result(m, "pronoun", REPORTER_PRONOUN)
    phrase = doc[subject.left_edge.i : subject.i + 1]
    if subject.tag_ != "NN" or depth >= 2 or describe(phrase) is None:
        return None  # "The ban on Peru shows that it ...": no actor's noun
    found = resolve_speaker(doc, subject.left_edge.idx, subject.idx + len(subject), depth=depth + 1)
    if not found or not found.get("actor_id"):
        return {}
    rule_id = REPORTER_PRONOUN
    return {
        **found,
        "resolved_from": "pronoun",
        "rule_id": rule_id,
        "confidence": rule(rule_id).confidence,
    }


def document_speaker(doc: Doc, span, desc: Description, depth: int) -> dict | None:
    """A document speaks for its issuer, else for the state it was issued in."""
    issuer = "actor.speaker.document_issuer"
    token, named = document_issuer(span, desc.noun, desc.country)
    found = resolve_speaker(doc, *phrase_chars(token), depth=depth + 1) if token else None
    if not (found and found.get("actor_id")) and not named and desc.country is None:
        found = earlier_document_issuer(span, desc.noun, resolve_speaker, depth) or found
    if found is not None and found.get("actor_id"):
        conf = min(found["confidence"], rule(issuer).confidence)
        return {**found, "resolved_from": "document", "rule_id": issuer, "confidence": conf}
    if token is not None and named:  # "a Cadem survey": the pollster, whom no mention names
        return _result(named_issuer(token), "document", issuer)
    state = country_entry(desc.country) if desc.country else None
    if state is None:
        return None
    actor = {"actor_id": state.actor_id, "name": state.name, "country": state.country}
    return _result({**actor, "role": "GOV"}, "document", "actor.speaker.document_state")


def described_speaker(
    doc: Doc, desc: Description, mentions: list[dict], start: int, head: Token | None = None
) -> dict | None:
    """As `_described_speaker`; one who speaks for a body named before the noun ("the
    foreign ministry spokesman") is that body as a speaker."""
    body = spoken_for_body(desc, head)
    if body is None:
        return _described_speaker(doc, desc, mentions, start, head)
    found = _described_speaker(doc, body, mentions, start, head)
    if found is not None and found["rule_id"] == "actor.speaker.role_noun":
        return {
            **found,
            "rule_id": BODY_SPOKESPERSON,
            "confidence": rule(BODY_SPOKESPERSON).confidence,
        }
    return found


def _described_speaker(
    doc: Doc, desc: Description, mentions: list[dict], start: int, head: Token | None
) -> dict | None:
    """The compatible mention that last spoke in the paragraph, else the last one there
    the phrase repeats the noun of, else the most recent compatible one, else an unnamed
    actor."""
    home = home_government(doc, desc, head)
    if home is not None:
        return home
    if unnamed_official_label(doc, start, desc):  # the briefer, no one named before
        actor = home_leader_official(doc, desc, mentions)
        return _result(actor, "unnamed", "actor.speaker.home_leader") if actor else None
    para = paragraph_start(doc, start)
    if desc.indefinite:  # "a senior European official": a new referent, no earlier actor
        found = _framed(head, desc) or subject_state_body(doc, desc, mentions, head)
        found = found or domestic_group(doc, desc, mentions)
        found = found or context_speaker(doc, desc, mentions, start, head)
        return found or indefinite_speaker(desc)
    if desc.country is None and head is not None and unrecognised(head):
        return None  # "the region's self-styled foreign ministry": no state's body
    fitting = []
    by_title = desc.titles or office_noun(desc)
    introduced: dict[str | None, set[str]] = {}  # actor id -> its titles: each found once
    # a wire story's body, from its dateline on, introduces its actors again: a headline's
    # name is no antecedent there (a transcript's "Remarks by President X" introduces X)
    body = dateline_span(doc) is not None and not in_headline(doc, start)
    for m in mentions:
        if m["end"] > start:
            break
        if start - m["end"] > MAX_LOOKBACK or (body and in_headline(doc, m["start"])):
            continue
        titles = None
        if by_title and m.get("label") == "PERSON":
            actor_id = m.get("actor_id")
            if actor_id not in introduced:
                introduced[actor_id] = introduced_as(doc, mentions, actor_id, start)
            titles = introduced[actor_id]
        if compatible(doc, desc, m, titles) and not not_antecedent(doc, m, head):
            fitting.append(m)
    repeated = repeated_noun(doc, desc, mentions, para, start)
    if not fitting and not repeated:
        found = _framed(head, desc) or envoy_body(desc, mentions, start)
        found = found or turn_principal(doc, desc, mentions, start) or unnamed_speaker(doc, desc)
        found = found or subject_state_body(doc, desc, mentions, head)
        return found or context_speaker(doc, desc, mentions, start, head)
    spoke = [m for m in fitting if m["start"] >= para and speech_subject(doc, m)]
    chosen = (spoke or repeated or fitting)[-1]
    if (again := same_noun_antecedent(doc, desc, mentions, start, para, chosen)) is not None:
        found = (resolve_speaker(doc, *again, depth=1) if again else None) or {}
        if found.get("actor_id") != chosen.get("actor_id"):  # else the role noun's choice
            # "A Western diplomat ... the diplomat": that one, named as the phrase is, or none
            return _result(found, "role_noun", SAME_NOUN) if found.get("name") else None
    body = later_envoy_body(desc, mentions, start, chosen) or state_body_actor(desc, chosen)
    return _result(body or chosen, "role_noun", "actor.speaker.role_noun")


def _framed(head: Token | None, desc: Description, office: bool = False) -> dict | None:
    """A body, or a person or group with a role ("the ministry", "officials"; any `office`
    holder), with no state of its own: of the state of the place framing its saying."""
    if head is None or desc.country is not None:
        return None
    if not (office or desc.role or body_key([*desc.modifiers, desc.noun])):
        return None
    country = framing_country(head, desc)
    actor = unnamed_actor(desc, country) if country else None
    return _result(actor, "unnamed", FRAMING_PLACE) if actor else None


def home_government(doc: Doc, desc: Description, head: Token | None = None) -> dict | None:
    """ "A senior administration official", "a government spokesman" with no state named:
    a member of the government of the state the paragraph is about, else of the dateline's
    state (`home_state`: not merely the state the text named last; a briefing in Washington
    is often about Russia); None without either."""
    if desc.kind != "person" or desc.country is not None:
        return None
    if not set(desc.modifiers) & default_words().government_modifiers:
        return None
    if (framed := _framed(head, desc, office=True)) is not None:
        return framed
    country, rule_id = home_state(doc, desc, head) or (None, None)
    actor = unnamed_actor(desc, country) if country else None
    return _result(actor, "unnamed", rule_id) if actor else None


def unnamed_speaker(doc: Doc, desc: Description) -> dict | None:
    """An actor known by its state and role only; None when the state is unknown."""
    country, rule_id = desc.country, "actor.speaker.unnamed"
    key = body_key([*desc.modifiers, desc.noun]) if desc.kind in ("org", "state") else None
    if desc.proper and key is None:
        return None  # "the Green Forest Alliance": a name of its own, not a body of a state
    # "the judge" in a datelined story: the capital's state, a guess ("AUSTIN, Texas -": no)
    if country is None and (key is not None or (desc.role and not desc.plural)):
        country, rule_id = dateline_country(doc, capital_only=True), "actor.speaker.unnamed_context"
    if country in (None, desc.host) or not (desc.kind != "person" or desc.plural or desc.role):
        return None
    actor = unnamed_actor(desc, country)
    return _result(actor, "unnamed", rule_id) if actor else None
