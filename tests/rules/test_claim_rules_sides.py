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
    "[no indirect.copular_side] The Sharks are against the Pumas at the arena tonight.",  # a contest
    "[no indirect.copular_side] Ruiz was against Lopez in the 2019 primary.",  # a contest
    "<sp>The union</sp> <cue>was for</cue> <c rule=indirect.copular_side>Medicare</c> from the start.",
    "[no indirect.copular_side] The minister was against the clock all week.",  # a set phrase
    "[no indirect.copular_side] The senator was against the ropes after the audit.",  # a set phrase
    "[no indirect.copular_side] The council is for now keeping the old fee.",  # a set phrase
    "[no indirect.copular_side] The president is for the moment staying quiet on the fee.",  # a set phrase
    "[no indirect.copular_side] The mayor is for all practical purposes the harbour master.",  # a phrase
    # a phrase of taking a side, an adjective of an attitude with "to"
    "<sp>The mayor</sp> was always in <cue>favour of</cue> <c rule=indirect.copular_side>a bigger harbour</c>.",
    "<sp>The council</sp> is not on <cue>board with</cue> <c rule=indirect.copular_side>the harbour plan</c>.",
    "<sp>The unions</sp> are <cue>hostile to</cue> <c rule=indirect.copular_side pol=neg>the new fee</c>.",
    "<sp>The unions</sp> are <cue>opposed to</cue> <c rule=indirect.copular_side pol=neg>the new fee</c>.",
    "[no indirect.copular_side] The ferries were on board the barge by noon.",  # no with-phrase
    "[no indirect.copular_side] The harbour is close to the old market.",  # no attitude
    "[no indirect.copular_side] The coach is in favour of nobody this week.",  # no side's object
    # one who takes a side, as the copula's attribute
    "<sp>The mayor</sp> is a fierce <cue>critic of</cue> <c rule=indirect.side_taker pol=neg>the harbour fee</c>.",
    "<sp>Ana Ruiz</sp> was an early <cue>backer of</cue> <c rule=indirect.side_taker>the new pier</c>.",
    "<sp>The mayor</sp> is a fierce <cue>critic of</cue> <c rule=mixed.side_taker_with_quote>the “harbour tax</c>.”",
    "[no indirect.side_taker] The pier is a fan of warm weather.",  # no holder
    "<sp>He</sp> is a fan of the Sharks and a <cue>critic of</cue> <c rule=indirect.side_taker pol=neg>the new fee</c>.",
    "[no indirect.side_taker] Lopez is a big fan of the Sharks.",  # a fan, literal
    "[no indirect.side_taker] Ana Ruiz is a five-time champion of the harbour regatta.",  # a title
    "[no indirect.side_taker] Ana Ruiz is the second backer of the pier.",  # a rank
    "[no indirect.side_taker] Ruiz is a critic of opera and ballet for the Harbour Gazette.",  # a job
    "[no indirect.side_taker] Ana Ruiz is an advocate for the defence in the dock fraud trial.",  # a lawyer
    "[no indirect.side_taker] Ana Ruiz is an ally of the mayor.",  # a relation
    "<sp>The senator</sp>, who is a fierce <cue>critic of</cue> <c rule=indirect.side_taker pol=neg>the harbour fee</c>, spoke first.",
    "[no indirect.side_taker] Ana Ruiz was the keenest supporter of the Portland sailing club.",  # a club
    "<sp>Ana Ruiz</sp> was an early <cue>backer of</cue> <c rule=indirect.side_taker>the new pier</c>, which opened in May.",
    # a side given: the giver holds it, the subject of having or winning it is the content
    "<c rule=indirect.given_side>The harbour plan</c> has the <cue>support</cue> of <sp>most voters</sp>.",
    "<c rule=indirect.given_side>The mayor</c> won the <cue>endorsement</cue> of <sp>the governor</sp>.",
    "<c rule=mixed.given_side_with_quote>The “harbour first” plan</c> has the <cue>support</cue> of <sp>most voters</sp>.",
    "[no indirect.given_side] The old man has the support of a cane.",  # no giver who holds a side
    "[no indirect.given_side] The mayor won their support last year.",  # the possessor's: nominal
    "[no indirect.given_side] Senator Ruiz lost the support of the governor after the vote.",  # lost
    "[no indirect.given_side] Does Senator Ruiz have the support of the governor?",  # a question
    "[no indirect.given_side] Acme Ferries has the backing of the Harbour Bank, which invested $40 million in it.",  # money
    "[no indirect.held_noun_prep] The mayor has the support of the dockers in her bid.",  # given, not held
    # a noun of thinking or planning with a holder, as a copula's subject: its clause
    "<sp>My</sp> <cue>impression</cue> is that <c rule=indirect.noun_is_clause>the mayor will resign</c>.",
    "<sp>Her</sp> <cue>hunch</cue> is that <c rule=indirect.noun_is_clause>the harbour will reopen</c>.",
    "[no indirect.noun_is_clause] Her goal is to reopen the harbour.",  # a goal, no claim
    "[no indirect.noun_is_clause] The firm's strategy is to sell more ferries.",  # a method
    "[no indirect.noun_is_clause] My question is whether the ferry will run.",  # a question
    "[no indirect.noun_is_clause] The Sharks' plan is to press higher after the break.",  # a plan
    "<sp>His</sp> <cue>message</cue> was that <c rule=mixed.noun_is_clause_with_quote>the fee is “unfair</c>.”",
    "[no indirect.noun_is_clause] The question is whether the ferry will run.",  # no holder
    "[no indirect.noun_is_clause] Her problem is that the harbour is too small.",  # a fact
    "[no indirect.noun_is_clause] Her goal was a late header.",  # no clause
    # a claim noun held: the subject of "have", "hold", "harbour" holds it
    "<sp>Many voters</sp> have <cue>misgivings</cue> about <c rule=indirect.held_noun_prep>the mayor</c>.",
    "<sp>The mayor</sp> has no <cue>plans</cue> <c rule=indirect.held_noun_infinitive>to close the harbour</c>.",
    "<sp>The mayor</sp> had warm <cue>praise</cue> for <c rule=indirect.held_noun_prep>the harbour crews</c>.",
    "<sp>Many voters</sp> have <cue>misgivings</cue> about <c rule=mixed.held_noun_prep_with_quote>the “harbour tax</c>.”",
    "<sp>The mayor</sp> has no <cue>plans</cue> <c rule=mixed.held_noun_infinitive_with_quote>to close the “old” harbour</c>.",
    "[no indirect.held_noun_prep] Do you have any misgivings about the harbour plan?",  # a question
    "[no indirect.held_noun_prep] The mayor has a view of the harbour from her office.",  # a thing seen
    "[no indirect.held_noun_infinitive] The council has the votes to pass the fee.",  # a thing had
    "[no indirect.held_noun_infinitive] The police have orders to close the gate at dusk.",  # an order received
    "[no indirect.held_noun_infinitive] The soldiers had instructions to stay in port.",  # an order received
    "[no indirect.held_noun_prep] Investors have high expectations for the new ferry line.",  # a mood
    "[no indirect.bare_noun_prep] Investors have high expectations for the new ferry line.",  # a mood
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


# who gives a side -> the giver's words | its name ("-": none; a new group names no actor, not
# even the subject)
GIVERS = [
    "Peru has the backing of several Andean states. -> several Andean states | -",
    "Chile met Peru. Peru has the backing of the governor of Lima. -> the governor of Lima | governor of Lima",
]


@pytest.mark.parametrize("line", GIVERS)
def test_given_side_giver(nlp, line):
    text, expected = line.split(" -> ")
    words, name = expected.split(" | ")
    claims = [c for c in nlp(text)._.claims if c["rule_id"] == "indirect.given_side"]
    givers = [(c["speaker"]["text"], c["speaker"]["name"] or "-") for c in claims]
    assert givers == [(words, name)]
