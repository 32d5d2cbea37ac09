"""Verb cue constructions the lexicon's frames did not reach, as a specification in the
markup of test_claim_rules.py: one line per case, the expectation marked inline (a line
with no mark yields no claim at all). The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case, run

CASES = [
    # a raising verb whose subject the parser left on another verb: the author's evidential
    "The striker scored and <cue>seemed</cue> <c rule=indirect.evidential_conjunct sp=none>set to start the final</c>.",
    "Stocks fell early and <cue>appeared</cue> <c rule=indirect.evidential_conjunct sp=none>to recover by noon</c>.",
    "[no indirect.evidential_conjunct] It was a dinner that may seem old-fashioned to the guests.",
    "[no indirect.evidential_conjunct] The singer appeared on the late show and sang two songs.",
    "[no indirect.evidential_conjunct] A man who appeared in court on Monday was released.",
    "[no indirect.evidential_conjunct] The actor, who appears in the film, gave an interview.",
    # the infinitive of a raising verb is an act reported as done: its holder's claim
    "<sp>The senator</sp> seemed to <cue>endorse</cue> <c rule=indirect.dobj>the rival bill</c>.",
    "<sp>The council</sp> appears to <cue>oppose</cue> <c rule=indirect.dobj>the new tower</c>.",
    "The senator did not seem to endorse the rival bill.",  # negated: no act, no evidential
    "[no indirect.dobj] The senator refused to endorse the rival bill.",
    "<sp>The mayor</sp> continued to <cue>defend</cue> <c rule=indirect.dobj>the harbour fee</c>.",
    "The mayor tried to defend the fee but was shouted down.",  # an attempt, not an act done
    # an adjective of the manner or time of an act that happened, not of a wish or a chance
    "<sp>The union</sp> was quick to <cue>endorse</cue> <c rule=indirect.dobj>the new contract</c>.",
    "The union was not quick to endorse the new contract.",
    "The union was too quick to endorse the new contract.",
    "The defence minister was reluctant to criticize the army.",
    "The central bank is likely to defend the currency if the peso falls.",
    "Residents are free to criticize the mayor.",
    "The minister was too busy to explain the delay.",
    "Officials were keen to stress the safety of the plant.",
    "The ambassador was careful not to criticize the host government.",
    "[no indirect.dobj] The union wants to endorse the new contract.",
    "[no indirect.dobj] The union plans to announce a strike.",
    "[no indirect.dobj] The firm was unable to report earnings for the quarter.",
    # a relative pronoun takes a side for its antecedent, who holds it when it can (the
    # speaker is the pronoun, resolved to the antecedent: test_relative_holder below)
    "The union, <sp>which</sp> <cue>backed</cue> <c rule=indirect.attitude_object>Lopez</c>, met on Monday.",
    "The party, <sp>which</sp> <cue>backs</cue> <c rule=indirect.attitude_object>Lopez</c>, won five seats.",
    "Groups <sp>that</sp> <cue>oppose</cue> <c rule=indirect.dobj>the fee</c> met on Monday.",
    "The banks that back the loans could lose billions.",  # lenders finance, take no side
    "Investors backed the bond sale.",
    "[no indirect.attitude_object] The beams that support the roof are rusting.",
    "[no indirect.attitude_object] The software that backs up the files failed.",
    # a phrasal verb of setting out or brushing aside a view, with an object that is one
    "<sp>The mayor</sp> <cue>laid out</cue> <c rule=indirect.dobj>her plan for the harbour</c>.",
    "<sp>The senator</sp> <cue>brushed off</cue> <c rule=indirect.dobj>the criticism</c>.",
    "<sp>The report</sp> <cue>pointed out</cue> <c rule=indirect.dobj>several flaws in the budget</c>.",
    "<sp>The union</sp> <cue>called out</cue> <c rule=indirect.dobj>the company for its safety record</c>.",
    "<sp>The senator</sp> <cue>called out</cue> <c rule=indirect.dobj>Maria Lopez</c>.",
    "[no indirect.dobj] The chairs were laid out before the concert.",
    "Volunteers laid out the chairs and tables in the gym.",
    "The company laid out $2 billion for the acquisition.",
    "The designer laid out the pages of the magazine.",
    "Organizers laid out the route of the marathon.",
    "The guide pointed out the lighthouse to the tourists.",
    "A steward pointed out the emergency exits.",
    "The clerk pointed out the gap in the fence.",
    "The teacher laid out the study materials on the desk.",
    "She brushed off the snow from her coat.",
    "The umpire called out the runner at second base.",
    "The caller called out the winning numbers.",
    "[no indirect.dobj] Please spell out your name for the record, the clerk said.",
    "[no indirect.dobj] The governor called out the National Guard.",
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


# a relative pronoun that takes a side, resolved to its antecedent -> the speaker's name
RELATIVE = [
    ("The party, which backs Lopez, won five seats.", "The party"),
    ("Groups that oppose the fee met on Monday.", "Groups"),
    ("The union, which backed Lopez, met on Monday.", "The union"),
    (
        "Chile held talks on Monday. Countries that support Peru met on Tuesday.",
        "Countries",
    ),  # a new group, not Chile
]


@pytest.mark.parametrize("text,name", RELATIVE, ids=[t for t, _ in RELATIVE])
def test_relative_holder(nlp, text, name):
    speakers = [c["speaker"] for c in run(nlp, text)]
    assert [(s["name"], s["resolved_from"]) for s in speakers] == [(name, "relative")]
