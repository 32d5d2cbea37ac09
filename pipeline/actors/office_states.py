"""An office holder's state from their own act of rule in a place or from a state's court
acting on them, for one named without a state in an article with no state of its own
(affiliate.affiliate_with_unnamed):

- the state of the capital or one-state city where the holder's own verb imposes a
  measure of rule ("Governor X ordered a lockdown in <city>", "vowed to lift the curfew in
  <city>": a verb in the open clause of the holder's; patterns/office_states.json),
  when no country word of the sentence names another (rule actor.place_state);
- the state of an unnamed court or prosecutor of a state whose verb acts on a public
  figure ("a Peruvian court summoned former minister X", "a Chilean prosecutor argued that
  ex-mayor X must stay in jail"): courts try their own state's politicians (rule
  actor.jurisdiction_state); a private person may be a foreigner on trial.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.acts import OBJECT_DEPS, SUBJECT_DEPS, states_in_sentence
from pipeline.actors.arrays import sentence_of
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

PLACE_RULES = ("actor.capital_place", "actor.city_place")
OFFICE_ROLES = ("GOV", "MIL", "JUD", "LEG")
PUBLIC_ROLES = (*OFFICE_ROLES, "OPP", "PTY")  # a state's own office holders and opponents
CLAUSE_DEPS = ("ccomp", "xcomp")
PLACE_PREPOSITIONS = ("in", "at")
UNNAMED = "actor.unnamed_typed"
PLACE_STATE, JURISDICTION = "actor.place_state", "actor.jurisdiction_state"


@cache
def rule_acts() -> dict[str, frozenset[str]]:
    """verbs, commitment_verbs and measures of patterns/office_states.json, as sets of lemmas."""
    data = load_data("actors", "office_states.json", 1)
    return {k: frozenset(data[k]) for k in ("verbs", "commitment_verbs", "measures")}


def place_state(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """The state of the place where the office holder's own verb imposes a measure of
    rule, when the sentence's country words name no other; not a place they only speak
    of ("condemned the curfew in <capital>") nor a capital that is an actor."""
    root = m.span.root
    if m.label != "PERSON" or m.role not in OFFICE_ROLES or root.dep_ != "nsubj":
        return set()
    acts = rule_acts()
    verb = _ruling_verb(root.head, acts)
    if verb is None:
        return set()
    measures = [
        c for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in acts["measures"]
    ]
    if not measures:
        return set()
    hosts = {verb.i, *(c.i for c in measures)}
    places = {
        o.country
        for o in mentions
        if o.rule_id in PLACE_RULES and o.country and _placed_on(o.span.root, hosts)
    }
    named = states_in_sentence(ctx, sentence_of(m.span))
    return places if len(places) == 1 and named <= places else set()


def _ruling_verb(verb: Token, acts: dict[str, frozenset[str]]) -> Token | None:
    """The holder's verb of rule, or one in the open clause of a verb of the holder's own
    commitment ("pledged to end", "vowed to lift"): not of a verb with an object,
    whose object would act ("urged the mayor to lift", "called on X to impose")."""
    if verb.lemma_.lower() in acts["verbs"]:
        return verb
    if verb.lemma_.lower() not in acts["commitment_verbs"] or _has_object(verb):
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return clause if clause is not None and clause.lemma_.lower() in acts["verbs"] else None


def _has_object(verb: Token) -> bool:
    """An object, a dative or an "on" object ("called on X") on the verb."""
    return any(
        c.dep_ in (*OBJECT_DEPS, "dative") or (c.dep_ == "prep" and c.lower_ == "on")
        for c in verb.children
    )


def _placed_on(place: Token, hosts: set[int]) -> bool:
    """ "ordered a curfew in X": the place is the object of 'in'/'at' on a host word."""
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ in PLACE_PREPOSITIONS and prep.head.i in hosts


def jurisdiction_state(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """A public figure (an office holder, a party or opposition leader) a state's unnamed
    court or prosecutor acts on ("an Argentine court ordered former minister X to appear") is
    of that state; not a private person, whom a court may try as a foreigner."""
    if m.label != "PERSON" or m.role not in PUBLIC_ROLES:  # courts try foreigners too
        return set()
    court = _acting_court(m.span.root, mentions)
    if court is not None and court.country not in (None, "IGO"):
        return {court.country}
    return set()


def _acting_court(person: Token, mentions: list[Mention]) -> Mention | None:
    """The unnamed judicial actor that is the subject of the verb whose object the person
    is ("a Chilean court summoned X", "a court ordered X to appear"), or of the verb whose
    clause the person is the subject of ("a Chilean prosecutor argued that X must stay")."""
    if person.dep_ in OBJECT_DEPS:
        verb = person.head
    elif person.dep_ in SUBJECT_DEPS and person.head.dep_ in CLAUSE_DEPS:
        verb = person.head.head
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
    for o in mentions:
        if o.role == "JUD" and o.rule_id == UNNAMED and subjects & set(range(*o.bounds)):
            return o
    return None
