"""An office holder's state from the places and courts of their sentence, for one named
without a state in an article with no state of its own (affiliate.affiliate_with_unnamed):

- the state of the capitals and cities a sentence names as places ("President X imposed
  a curfew in <capital>"), when no country word names another (rule actor.place_state);
- the state of a court that acts on them ("a Peruvian judge summoned former minister X"),
  and a judge's or prosecutor's the one state their sentence names ("Judge X charged
  three Peruvian officials"): courts try their own state's cases (rule
  actor.jurisdiction_state).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.acts import acted_upon, states_in_sentence
from pipeline.actors.arrays import sentence_bounds, sentence_of
from pipeline.actors.mention import Context, Mention

PLACE_RULES = ("actor.capital_place", "actor.city_place")
OFFICE_ROLES = ("GOV", "MIL", "JUD", "LEG")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "obj")
UNNAMED = "actor.unnamed_typed"
PLACE_STATE, JURISDICTION = "actor.place_state", "actor.jurisdiction_state"


def place_state(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """The one state of the capitals and cities the office holder's sentence names as
    places, when the sentence's country words name no other; not for one an act is aimed
    at ("the army shelled <city>, wounding Governor X")."""
    if m.label != "PERSON" or m.role not in OFFICE_ROLES or acted_upon(ctx, m.span.root):
        return set()
    sent_start = sentence_bounds(m.span)[0]
    places = {
        o.country
        for o in mentions
        if o.rule_id in PLACE_RULES and o.country and sentence_bounds(o.span)[0] == sent_start
    }
    named = states_in_sentence(ctx, sentence_of(m.span))
    return places if len(places) == 1 and named <= places else set()


def jurisdiction_state(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """A person a state's unnamed court or judge acts on ("an Argentine court ordered X to
    appear") is of that state; a judge or prosecutor named without a state holds office in
    the one state their sentence names."""
    if m.label != "PERSON":
        return set()
    court = _acting_court(m.span.root, mentions)
    if court is not None:
        return {court.country} if court.country not in (None, "IGO") else set()
    if m.role != "JUD":
        return set()
    named = states_in_sentence(ctx, sentence_of(m.span)) - {"IGO"}
    return named if len(named) == 1 else set()


def _acting_court(person: Token, mentions: list[Mention]) -> Mention | None:
    """The unnamed judicial actor that is the subject of the verb whose object the person
    is ("a Chilean judge summoned X", "a court ordered X to appear")."""
    if person.dep_ not in OBJECT_DEPS or person.head.pos_ != "VERB":
        return None
    subjects = {c.i for c in person.head.children if c.dep_ in SUBJECT_DEPS}
    for o in mentions:
        if o.role == "JUD" and o.rule_id == UNNAMED and subjects & set(range(*o.bounds)):
            return o
    return None
