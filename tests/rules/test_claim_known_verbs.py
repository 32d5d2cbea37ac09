"""Known cue verbs the frames or guards missed: holders named by a common noun for people
(claims/agent_nouns.py: an agent noun or a noun for a body of people can hold a belief, a
wish or a side; a noun for a thing cannot), a topic phrase of a cue in a subject relative
clause (claims/clause_shapes.py), a speech tag sentence before its quote
(families/tag_sentences.py) and a that-clause hung on the noun of a cue's adjunct phrase
(claims/adjunct_clauses.py). Markup of test_claim_rules.py, one line per case, the
expectation marked inline (a line with no mark yields no claim at all). The sentences are
our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

from pipeline.claims.agent_nouns import people_noun

CASES = [
    # an agent noun: one who does what its stem says
    "<sp>The developers</sp> <cue>see</cue> <c rule=indirect.object_predicate>the old marina as wasted space</c>.",
    "<sp>The nominee</sp> <cue>agreed</cue> <c rule=indirect.xcomp>to debate the governor twice</c>.",
    "<sp>The boxer</sp> <cue>decided</cue> <c rule=indirect.volition_xcomp>to retire after the fight</c>.",
    "<sp>A pastor</sp> <cue>supporting</cue> <c rule=indirect.attitude_object>the mayor</c> spoke at the rally.",
    # a noun for a body of people
    "<sp>The advisory panel</sp> <cue>recommends</cue> <c rule=indirect.dobj>a higher fuel levy</c>.",
    "<sp>The two camps</sp> <cue>agreed on</cue> <c rule=indirect.prep_complement>a new voting calendar</c>.",
    # a noun for a thing holds nothing, whatever its ending
    "The initiative seeks to ban plastic bags.",
    "The plant aims to double its output.",
    "The event supports local schools.",
    "The winter favored the home team.",
    "The computer wants an update.",
    "The water heater needs a new valve.",
    # a topic phrase in a subject relative: the antecedent is the one who spoke or thought
    "The senator, <sp>who</sp> <cue>wrote about</cue> <c rule=indirect.topic_prep>the harbour fee</c>, spoke on Monday.",
    "The things she said about the fee were false.",  # an object relative: what was said
    "The book that he wrote about the war sold well.",
    # a speech tag standing as a sentence of its own before its quote
    '<sp>The port director</sp> <cue>said</cue> in a statement. "<c rule=direct.quote_cue_prev_sentence>The harbour plan is dead.</c>"',
    '<sp>The senator</sp> <cue>agreed</cue>. "<c rule=direct.quote_cue_prev_sentence>It is time to act.</c>"',
    'The minister said nothing. "We will see."',  # the cue has an object of its own
    'The talks collapsed. "It is over."',  # no cue
    'The striker scored twice. "That was for my mother."',
    # a that-clause the parser hung on the noun of the cue's phrase of time or occasion
    "<sp>The mayor</sp> <cue>said</cue> in a statement that <c rule=indirect.ccomp>the pier would reopen in May</c>.",
    "<sp>The senator</sp> <cue>told</cue> reporters on Friday that <c rule=indirect.ccomp>the bill was dead</c>.",
    "<sp>The minister</sp> <cue>predicted</cue> at the summit that <c rule=indirect.ccomp>prices will fall next year</c>.",
    "The mayor spoke at a meeting that she chaired in May.",  # a relative clause
    "The senator spoke in a hall that holds two thousand people.",
    "[no indirect.ccomp] The mayor responded on Sunday to claims that she misled voters.",  # the noun's
]
PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


NOUNS = [
    ("developer", True),
    ("strategist", True),
    ("congressman", True),
    ("nominee", True),
    ("participant", True),
    ("panel", True),
    ("number", False),  # a listed thing with an agent ending
    ("event", False),
    ("statement", False),  # -ment names an act or a thing, never its doer
    ("initiative", False),
]


@pytest.mark.parametrize("lemma,people", NOUNS)
def test_people_noun(lemma, people):
    assert people_noun(lemma) is people
