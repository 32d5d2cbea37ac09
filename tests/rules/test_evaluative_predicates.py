"""Evaluative predicates and the targets bridged from an act noun, one line per case:
(text, cue, targets, category, polarity).

A naming verb's predicate ("called Y reckless", "described Y as a reliable partner") or a
copular predicate said of an act ("said the plan was reckless") carries the judgement, not
its object's words; an object that names an act ("the accusation", "the ruling") and no actor
is aimed at that act's agent, found in an earlier clause that does the act.
"""

from __future__ import annotations

import pytest
from conftest import claim_with_cue, target_names

PREDICATES = [
    ("Kenya described the deal with Uganda as naive.", "described", ["Uganda"], "DISAPPROVE", "negative"),  # "deal" is no judgement
    ("Kenya described Uganda as a dependable partner.", "described", ["Uganda"], "SUPPORT", "positive"),
    ("The mayor called the stadium contract reckless.", "called", [], "DISAPPROVE", "negative"),  # no actor: no target, still criticism
    ('Senator Ruth Ames called the governor\'s budget "a disgrace."', "called", [], "DISAPPROVE", "negative"),  # an apposed noun predicate
    ('The union called the offer "generous but unworkable."', "called", [], "DISAPPROVE", "negative"),  # after "but": the point
    ("The coach said the referee's decision was not fair.", "said", [], "DISAPPROVE", "negative"),  # negated
    ("Acme Corp said the decision was a sensible step.", "said", [], "SUPPORT", "positive"),
    ("Officials said the weather was terrible.", "said", [], None, "neutral"),  # no act judged: unchanged
    ("The ministry called the meeting in March.", "called", [], "CONSULT", "neutral"),  # no predicate: not a naming
    ("The manager described the loss to Ghana as bitter.", "described", ["Ghana"], None, "neutral"),  # an outcome judges no one
    ("The coach called the draw a disappointment.", "called", [], None, "neutral"),  # an outcome
    ("Forecasters described the cyclone as the fiercest in a decade.", "described", [], None, "neutral"),  # a natural event, a superlative
    ("The agency described the floods as the worst since 1990.", "described", [], None, "neutral"),  # a natural event
    ("Acme Corp said the decision was the best in years.", "said", [], None, "neutral"),  # a bare superlative ranks
    ("Kenya described Uganda as the most reliable partner.", "described", ["Uganda"], "SUPPORT", "positive"),  # an actor: the noun still judges
    ('The airline called the walkout "reckless."', "called", [], "DISAPPROVE", "negative"),  # an act
    ('The senator called it "a shameful bargain."', "called", [], "DISAPPROVE", "negative"),  # "it": something said before
    ("The rebels called the government corrupt.", "called", ["the government"], "DISAPPROVE", "negative"),  # a role noun is an actor
    ("The envoy described the situation as alarming.", "described", [], None, "neutral"),  # a condition
    ("Noting the grave situation in Fiji, the envoy pledged aid.", "Noting", ["Fiji"], None, "neutral"),  # a place's state judges no one
    ("The envoy noted the dire conditions in Chad.", "noted", ["Chad"], None, "neutral"),
    ("Officials voiced confidence in Kenya.", "voiced", ["Kenya"], "SUPPORT", "positive"),  # an attitude toward Kenya, not its state
]  # fmt: skip

BRIDGED = [
    ("Uganda accused Kenya of arming rebels on Monday. Kenya rejected the accusation.", "rejected", ["Uganda"], "REJECT", "negative"),
    ("ACCRA, May 2 -- Togo unveiled a water plan on Monday. Ghana called the plan reckless.", "called", ["Togo"], "DISAPPROVE", "negative"),  # the plan's introducer
    ("Brazil proposed a ceasefire on Tuesday. Colombia welcomed the proposal.", "welcomed", ["Brazil"], "SUPPORT", "positive"),
    ("The court ruled against the mine on Friday. Environmental groups condemned the decision.", "condemned", ["The court"], "DISAPPROVE", "negative"),  # an unnamed body
    ("Russian strikes hit Kharkiv overnight. Ukraine condemned the strikes.", "condemned", ["Russia"], "DISAPPROVE", "negative"),  # the same noun with its agent
    ("Peru rejected Chile's proposal.", "rejected", ["Chile"], "REJECT", "negative"),  # the possessor, as before
    ("Kenya rejected the accusation.", "rejected", [], "REJECT", "negative"),  # no earlier act: no target
    ("Uganda accused Kenya of fraud in 2019.\\n\\nTrade grew.\\n\\nPorts expanded.\\n\\nFares fell.\\n\\nKenya rejected the accusation.", "rejected", [], "REJECT", "negative"),  # too far back
    ("Canada rejected the proposal to cut fishing quotas.", "rejected", [], "REJECT", "negative"),  # indefinite in meaning, no earlier act
    ("Rebel drones struck Goma. Rwanda condemned the attack. Angola also criticised the attack.", "criticised", [], "DISAPPROVE", "negative"),  # a reaction introduces no act
    ("A court blocked the levy on Monday. Benin and Niger called the levy unjustified.", "called", [], "DISAPPROVE", "negative"),  # blocking is no introducing
    ("Peru put forward a proposal on fishing. Chile opposed the proposal.", "opposed", ["Peru"], "REJECT", "negative"),  # an introducing verb
    ("Togo unveiled a water plan on Monday. Benin praised the plan. Ghana criticised the plan.", "criticised", ["Togo"], "DISAPPROVE", "negative"),  # past a reaction
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "targets", "category", "polarity"), PREDICATES)
def test_evaluative_predicate(nlp, text, cue, targets, category, polarity):
    claim = claim_with_cue(nlp, text, cue)
    assert (target_names(claim), claim["event"]["category"]) == (targets, category)
    assert claim["stance"]["polarity"] == polarity


@pytest.mark.parametrize(("text", "cue", "targets", "category", "polarity"), BRIDGED)
def test_bridged_target(nlp, text, cue, targets, category, polarity):
    claim = claim_with_cue(nlp, text, cue)
    assert (target_names(claim), claim["event"]["category"]) == (targets, category)
    assert claim["stance"]["polarity"] == polarity
