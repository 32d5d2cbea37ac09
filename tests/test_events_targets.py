# ruff: noqa: E501 -- a rule table: one case per line, however long the sentence
"""Targets named by what they are, not by their names, one line per case:
(text, cue, targets, target rule).

A plural for actors of a kind with "both", "the two" or "the" stands for the actors last
named together (target.named_set); a group named by its kind and no name is an unresolved
target (target.typed_group). Where neither applies the claim keeps what it had.
"""

from __future__ import annotations

import pytest
from conftest import claim_with_cue, target_names

NAMED_SETS = [
    ("KAMPALA, Uganda (AP) — Kenya and Uganda signed a border deal on Monday. Tanzania praised both governments.", "praised", ["Kenya", "Uganda"], "target.named_set"),  # a dateline
    ("Kenya and Uganda signed a deal. Tanzania praised the two countries.", "praised", ["Kenya", "Uganda"], "target.named_set"),  # "the two"
    ("Kenya, Uganda and Rwanda signed a deal. Tanzania praised the three countries.", "praised", ["Kenya", "Uganda", "Rwanda"], "target.named_set"),
    ("Talks between Kenya and Uganda resumed. China praised both sides for their restraint.", "praised", ["Kenya", "Uganda"], "target.named_set"),  # "between X and Y"
    ("Ford and Toyota raised prices on Friday.\\nRegulators criticised both companies.", "criticised", ["Ford", "Toyota"], "target.named_set"),  # business, any actors
    ("President William Ruto and President Yoweri Museveni met in Nairobi. The opposition criticised both leaders.", "criticised", ["William Ruto", "Yoweri Museveni"], "target.named_set"),
    ("Kenya and Uganda agreed a truce. Tanzania criticised both governments' plan.", "criticised", ["Kenya", "Uganda"], "target.named_set"),  # the act's possessor
    ("Kenya and Uganda agreed a truce. Tanzania said the two governments' plan was reckless.", "said", ["Kenya", "Uganda"], "target.named_set"),  # an evaluated act
    ("NEW DELHI — India and Pakistan agreed to reopen the crossing on Tuesday. China said both governments had shown restraint.", "said", ["India", "Pakistan"], "target.named_set"),  # the content's subject
    ("China said both governments had shown restraint.", "said", [], None),  # the content's subject, no set named
    ("Kenya and Uganda signed a deal. Rwanda and Burundi objected. Tanzania praised both governments.", "praised", [], None),  # two sets: ambiguous, nothing
    ("Kenya, Uganda and Rwanda signed a deal. Tanzania praised both countries.", "praised", [], None),  # three named, "both" wants two
    ("Tanzania praised both governments for their restraint.", "praised", [], None),  # none named before
    ("Kenya and Uganda signed a deal. Tanzania praised both Western governments.", "praised", ["both Western governments"], "target.arguments"),  # a name in it: no anaphor
    ("Kenya and Uganda signed a deal. Tanzania praised the governments of Rwanda and Burundi.", "praised", ["Rwanda"], "target.arguments"),  # named: unchanged
    ("Ford and Toyota raised prices. Kenya thanked both governments.", "thanked", [], None),  # companies are no governments
    ("Ethiopia and Somalia signed an accord. Kenya commended both parties for choosing dialogue.", "commended", ["Ethiopia", "Somalia"], "target.named_set"),
    ("Senator Ann Lee and Senator Tom Diaz debated on Monday. The governor urged both parties to compromise.", "urged", ["both parties"], "target.arguments"),  # two persons are no parties: unchanged
    ("Kenya and Uganda signed a deal. The senator pledged to work with both parties in Congress.", "pledged", ["both parties"], "target.arguments"),  # "in Congress": no anaphor, unchanged
    ("Kenya and Ethiopia signed a pact. Kenya's president said the two countries had defeated the rebels.", "said", [], None),  # a member speaks of its own set, no cooperation: toward no one
    ("Russia and China issued a statement. Russia's foreign ministry said the two countries opposed sanctions.", "said", [], None),
    ("Britain fined Unilever and Nestle. The regulator said the two firms had not passed on lower costs.", "said", [], None),  # negated: no set
    ("France and Germany met their targets. The commissioner criticised the countries that failed to cut emissions.", "criticised", ["the countries"], "target.typed_group"),  # a clause picks some out: no anaphor
]  # fmt: skip

TYPED_GROUPS = [
    ("The minister urged the international community to act.", "urged", ["the international community"], "target.typed_group"),
    ("GENEVA — The envoy called on Western countries to lift\\nthe remaining sanctions.", "called on", ["Western countries"], "target.typed_group"),  # a hard-wrapped line
    ("The regulator accused foreign drugmakers of price fixing.", "accused", ["foreign drugmakers"], "target.typed_group"),
    ("The union warned suppliers that prices would rise.", "warned", ["suppliers"], "target.typed_group"),
    ("The club's chairman thanked the fans for their patience.", "thanked", ["the fans"], "target.typed_group"),  # sports
    ("The judge criticised landlords who ignored the ruling.", "criticised", ["landlords"], "target.typed_group"),  # courts; the relative clause is left out
    ("The minister thanked his allies.", "thanked", [], None),  # "his": whose, the pronoun says
    ("The minister thanked the community.", "thanked", [], None),  # a bare singular collective is no group
    ("The minister praised the supplier.", "praised", [], None),  # a singular plural-only noun is no group
    ("The mayor thanked protesters for leaving.", "thanked", ["protesters"], "target.arguments"),  # a group noun already: unchanged
    ("Q: Did you speak to the suppliers?\\nMINISTER OKAFOR: We warned suppliers that the tariffs would stay.", "warned", ["suppliers"], "target.typed_group"),  # a transcript
    ('"We urge donors to act now," said Amina Odhiambo, the agency\'s director.', "said", ["donors"], "target.typed_group"),  # the speaker's own act in a quote
    ("The agency said Kenya would work with partners to rebuild the port.", "said", ["Kenya"], "target.arguments"),  # another's act: its partners are no target
    ("The senator criticised any 2016 presidential candidates who refused.", "criticised", ["any 2016 presidential candidates"], "target.typed_group"),  # the whole name
]  # fmt: skip

NO_NEW_CLAIM = [
    "The lobbyist received consulting fees from developers.",  # an act toward a group named by its kind makes no claim
    "The bank turns down customers with poor credit.",
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "targets", "rule"), NAMED_SETS + TYPED_GROUPS)
def test_targets_named_by_kind(nlp, text, cue, targets, rule):
    claim = claim_with_cue(nlp, text, cue)
    assert (target_names(claim), claim["event"]["target_rule_id"]) == (targets, rule)


@pytest.mark.parametrize("text", NO_NEW_CLAIM)
def test_no_claim_for_a_group_named_by_kind(nlp, text):
    assert nlp(text)._.claims == []
