"""The side-taking frames without a verb of saying (families/sides.py), and a claim noun
held by the subject of "have" (families/nominal.py) or as a copula's subject
(families/noun_clauses.py), as a specification,
in the markup of test_claim_rules.py: one line per case, the expectation marked inline.
The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # a copula's own for- or against-phrase names the side its subject takes
    "<sp>The mayor</sp> <cue>is against</cue> <c rule=indirect.copular_side pol=neg>the new harbour fee</c>.",
    "<sp>The council</sp> <cue>was for</cue> <c rule=indirect.copular_side>the pier</c> last spring.",
    "<sp>The mayor</sp> <cue>is against</cue> <c rule=mixed.copular_side_with_quote>the “harbour tax</c>.”",
    "[no indirect.copular_side] The ferry is for sale again.",  # a set phrase
    "[no indirect.copular_side] The mayor was in Lima for the talks.",  # being somewhere
    "[no indirect.copular_side] The mayor was here for the harbour talks.",  # an adverb of place
    "[no indirect.copular_side] The mayor was for years the only doctor in town.",  # a measure
    "[no indirect.copular_side] The wind was against the ferry all morning.",  # no holder
    # a phrase of taking a side, an adjective of an attitude with "to"
    "<sp>The mayor</sp> was always in <cue>favour of</cue> <c rule=indirect.copular_side>a bigger harbour</c>.",
    "<sp>The council</sp> is not on <cue>board with</cue> <c rule=indirect.copular_side>the harbour plan</c>.",
    "<sp>The unions</sp> are <cue>hostile to</cue> <c rule=indirect.copular_side pol=neg>the new fee</c>.",
    "<sp>The unions</sp> are <cue>opposed to</cue> <c rule=indirect.copular_side pol=neg>the new fee</c>.",
    "[no indirect.copular_side] The ferries were on board the barge by noon.",  # no with-phrase
    "[no indirect.copular_side] The harbour is close to the old market.",  # no attitude
    # one who takes a side, as the copula's attribute
    "<sp>The mayor</sp> is a fierce <cue>critic of</cue> <c rule=indirect.side_taker pol=neg>the harbour fee</c>.",
    "<sp>Ana Ruiz</sp> was an early <cue>backer of</cue> <c rule=indirect.side_taker>the new pier</c>.",
    "<sp>The mayor</sp> is a fierce <cue>critic of</cue> <c rule=mixed.side_taker_with_quote>the “harbour tax</c>.”",
    "[no indirect.side_taker] The pier is a fan of warm weather.",  # no holder
    # a side given: the giver holds it, the subject of having or winning it is the content
    "<c rule=indirect.given_side>The harbour plan</c> has the <cue>support</cue> of <sp>most voters</sp>.",
    "<c rule=indirect.given_side>The mayor</c> won the <cue>endorsement</cue> of <sp>the governor</sp>.",
    "<c rule=mixed.given_side_with_quote>The “harbour first” plan</c> has the <cue>support</cue> of <sp>most voters</sp>.",
    "[no indirect.given_side] The old man has the support of a cane.",  # no giver who holds a side
    "[no indirect.given_side] The mayor won their support last year.",  # the possessor's: nominal
    # a noun of thinking or planning with a holder, as a copula's subject: its clause
    "<sp>My</sp> <cue>impression</cue> is that <c rule=indirect.noun_is_clause>the mayor will resign</c>.",
    "<sp>Her</sp> <cue>goal</cue> is <c rule=indirect.noun_is_clause>to reopen the harbour</c>.",
    "<sp>His</sp> <cue>message</cue> was that <c rule=mixed.noun_is_clause_with_quote>the fee is “unfair</c>.”",
    "[no indirect.noun_is_clause] The question is whether the ferry will run.",  # no holder
    "[no indirect.noun_is_clause] Her problem is that the harbour is too small.",  # a fact
    "[no indirect.noun_is_clause] Her goal was a late header.",  # no clause
    # a claim noun held: the subject of "have", "hold", "harbour" holds it
    "<sp>Many voters</sp> have <cue>misgivings</cue> about <c rule=indirect.held_noun_prep>the mayor</c>.",
    "<sp>The mayor</sp> has no <cue>plans</cue> <c rule=indirect.held_noun_infinitive>to close the harbour</c>.",
    "<sp>Many voters</sp> have <cue>misgivings</cue> about <c rule=mixed.held_noun_prep_with_quote>the “harbour tax</c>.”",
    "<sp>The mayor</sp> has no <cue>plans</cue> <c rule=mixed.held_noun_infinitive_with_quote>to close the “old” harbour</c>.",
    "[no indirect.held_noun_prep] Do you have any misgivings about the harbour plan?",  # a question
    "[no indirect.held_noun_prep] The mayor has a view of the harbour from her office.",  # a thing seen
    "[no indirect.held_noun_infinitive] The council has the votes to pass the fee.",  # a thing had
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
