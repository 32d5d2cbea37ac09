"""Claim recall and precision guards. A cue noun's that-clause that the parser read as a
relative clause, and an object's content that runs on over its infinitive, in the markup
of test_claim_rules.py (a line yields exactly the claims marked on it). Then the rules
right less than 60% of the time on PolNeAR train, demoted: their claims start below the
confidence of 0.5. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # "that" is the clause's mark, not its subject or object: the clause is the noun's content
    "<sp>The union's</sp> <cue>warning</cue> that <c rule=indirect.noun_that>strikes would follow</c> was ignored.",
    "<sp>The mayor's</sp> <cue>warning</cue> that <c rule=indirect.noun_that>strikes would follow</c> was ignored.",
    # the object's predicate, an infinitive hung on the cue, is part of the content (extent.object_predicate)
    "<sp>The senator</sp> <cue>intended</cue> <c rule=indirect.open_dobj>the crowd to recognize the threat</c>.",
    "<sp>The chief</sp> <cue>intended</cue> <c rule=indirect.open_dobj>his officers to recognize the danger</c>.",
    # but an infinitive the parser reads as an adverbial clause is the speaker's purpose
    "<sp>The rebels</sp> <cue>shunned</cue> <c rule=indirect.open_dobj>the talks</c> to protest at the arrests.",
    # a cue noun's for-phrase right before its infinitive is the infinitive's subject
    "<sp>Her</sp> <cue>plea</cue> for <c rule=indirect.noun_infinitive>donors to give more</c> was ignored.",
    "<sp>The union's</sp> <cue>demand</cue> for <c rule=indirect.noun_infinitive>the firm to raise wages</c> angered the board.",
    # and the infinitive right after a cue noun's prepositional object is its predicate
    "<sp>The senator's</sp> <cue>support</cue> for <c rule=indirect.noun_prep>the state to expand the program</c> surprised no one.",
    # a belief with a that-clause is held by whoever the subject names, no actor needed
    "Having fled the city in March, <sp>the couple</sp> <cue>worried</cue> that <c rule=indirect.ccomp>the attacks would harden attitudes toward migrants</c>.",
    "<sp>The mayor's inner circle</sp> <cue>believes</cue> that <c rule=indirect.ccomp>she has earned the right to set the terms</c>.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


# sentence -> the demoted rule of its one claim
DEMOTED = [
    ("The mayor derided the plan.", "indirect.open_dobj"),  # no cue lexicon: 63%, demoted
    ("The senator lampooned the new budget.", "indirect.open_dobj"),
    ("The mayor supports the plan.", "indirect.attitude_object"),  # 54%
    ("Two unions backed the new budget.", "indirect.attitude_object"),
]


@pytest.mark.parametrize(("text", "rule_id"), DEMOTED, ids=[t for t, _ in DEMOTED])
def test_demoted_rule(nlp, text, rule_id):
    claims = nlp(text)._.claims
    assert [c["rule_id"] for c in claims] == [rule_id]
    assert claims[0]["confidence_trail"][0] == {"rule_id": rule_id, "base": 0.45}
