"""Verb cue constructions the lexicon's frames did not reach, as a specification in the
markup of test_claim_rules.py: one line per case, the expectation marked inline (a line
with no mark yields no claim at all). The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # a raising verb whose subject the parser left on another verb: the author's evidential
    "The mayor won the primary and <cue>appeared</cue> <c rule=indirect.evidential_conjunct sp=none>poised to win the seat</c>.",
    "Stocks fell early and <cue>appeared</cue> <c rule=indirect.evidential_conjunct sp=none>to recover by noon</c>.",
    "[no indirect.evidential] It was a dinner that may seem old-fashioned to the guests.",
    "[no indirect.evidential] The singer appeared on the late show and sang two songs.",
    "[no indirect.evidential] A man who appeared in court on Monday was released.",
    "[no indirect.evidential] The actor, who appears in the film, gave an interview.",
    # the infinitive of a raising verb is an act reported as done: its holder's claim
    "<sp>The senator</sp> seemed to <cue>endorse</cue> <c rule=indirect.dobj>the rival bill</c>.",
    "<sp>The council</sp> appears to <cue>oppose</cue> <c rule=indirect.dobj>the new tower</c>.",
    "[no indirect.dobj] The senator refused to endorse the rival bill.",
    "<sp>The mayor</sp> continued to <cue>defend</cue> <c rule=indirect.dobj>the harbour fee</c>.",
    "<sp>The union</sp> was quick to <cue>endorse</cue> <c rule=indirect.dobj>the new contract</c>.",
    "[no indirect.dobj] The union wants to endorse the new contract.",
    "[no indirect.dobj] The union plans to announce a strike.",
    "[no indirect.dobj] The firm was unable to report earnings for the quarter.",
    # a relative pronoun takes a side for its antecedent
    "The union, <sp>which</sp> <cue>backed</cue> <c rule=indirect.attitude_object>Lopez</c>, met on Monday.",
    "Groups <sp>that</sp> <cue>oppose</cue> <c rule=indirect.dobj>the fee</c> met on Monday.",
    "[no indirect.attitude_object] The beams that support the roof are rusting.",
    "[no indirect.attitude_object] The software that backs up the files failed.",
    # a phrasal verb of setting out or brushing aside a view, with its object
    "<sp>The mayor</sp> <cue>laid out</cue> <c rule=indirect.dobj>her plan for the harbour</c>.",
    "<sp>The senator</sp> <cue>brushed off</cue> <c rule=indirect.dobj>the criticism</c>.",
    "<sp>The union</sp> <cue>called out</cue> <c rule=indirect.dobj>the company for its safety record</c>.",
    "[no indirect.dobj] The chairs were laid out before the concert.",
    # a sentence of its own with a cue and no complement is no tag for the quote after it
    "The president spoke to reporters. “<c rule=direct.quote_cue_next_sentence>Will you run again?</c>” <sp>one of them</sp> <cue>asked</cue>.",
    "The minister spoke in parliament on Monday. “The Road Back,” a report by the treasury, was also published that day.",
    "The prime minister spoke in Rome on Friday.\\n\\n“Stand together” was the headline in the morning papers.",
    "The ministry did not comment on Monday.\\n\\n“This is a disgrace and the families deserve answers.”",
    "The chair said nothing. “The pier stays closed.”",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
