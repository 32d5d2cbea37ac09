"""Frames of attitude, demand and nominal claims that the parser hides: an adjective's
that-clause hung on the copula, "call upon X to", and a cue noun's phrase of time, as a
specification in the markup of test_claim_rules.py: one line per case, the expectation
marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # an attitude adjective's that-clause, which the parser hung on the copula
    "<sp>The mayor</sp> was <cue>adamant</cue> that <c rule=indirect.attitude_clause>the library would stay open</c>.",
    "<sp>The council</sp> was <cue>unanimous</cue> that <c rule=indirect.attitude_clause>the pier must be rebuilt</c>.",
    "<sp>The governor</sp> was <cue>clear</cue> that <c rule=indirect.attitude_clause>the troops would stay until spring</c>.",
    "[no indirect.attitude_clause] It was clear that the harbour would close.",  # no holder
    "[no indirect.attitude_clause] The mayor was angry, and the crowd knew it.",  # no that-clause
    "[no indirect.attitude_clause] The ferry was so late that the market had closed.",  # a result
    "[no indirect.attitude_clause] The pier is long and the harbour is deep.",  # no clause
    # no view held -> nothing
    "The governor was careful that nothing leaked.",  # seeing to a thing
    "The senator was lucky that the vote passed.",  # luck
    "The mayor was so tired that she left early.",  # a result of a degree
    # "call upon X to ...", as "call on X to ..."
    "<sp>The senator</sp> <cue>called upon</cue> <c rule=indirect.object_xcomp>the mayor to reopen the library</c>.",
    "<sp>The council</sp> will <cue>call on</cue> <c rule=indirect.object_xcomp>Lima to lift the fishing ban</c>.",  # the infinitive hung on the verb
    "<sp>Our party</sp> will <cue>call on</cue> <c rule=indirect.object_xcomp>Quito to release the detained fishermen</c>.",
    # no infinitive: a visit, a turn or a resource, no demand -> nothing
    "The vet called upon the farmer at dawn.",  # a visit
    "The coach called upon his substitutes in the last quarter.",  # a resource
    "The chairman called upon the next speaker.",  # a turn
    "The teacher called on a pupil in the front row.",  # "call on" alike
    "Our neighbours called on us last night.",
    # a cue noun's phrase that tells when (a weekday, a date counted from now), with another
    # phrase after it: the next phrase is the content
    "<sp>Her</sp> <cue>support</cue> on Tuesday for <c rule=indirect.noun_prep>the harbour plan</c> surprised the council.",
    "<sp>His</sp> <cue>praise</cue> on Monday night for <c rule=indirect.noun_prep>the lifeguards</c> was warm.",
    "<sp>Her</sp> <cue>objections</cue> over the next week to <c rule=indirect.noun_prep>the new fees</c> grew louder.",
    # a phrase that tells when, and no other phrase: no content -> nothing
    "The mayor's remarks on Monday drew a large crowd.",
    "His praise on Friday evening was warm.",
    # a date that is what the noun is about stays the content
    "<sp>His</sp> <cue>opinions</cue> on <c rule=indirect.noun_prep>the 1980s</c> shaped the film.",  # a decade
    "<sp>Her</sp> <cue>comments</cue> on <c rule=indirect.noun_prep>June 6</c> drew criticism from sailors.",  # a named day
    "<sp>Her</sp> <cue>remarks</cue> on <c rule=indirect.noun_prep>Sunday's vote</c> angered the board.",  # a thing of a day
    # the content ends at its noun phrase, before the verb the parser read as a modifier
    "<sp>Her</sp> <cue>criticism</cue> of <c rule=indirect.noun_prep>the tax</c> worried farmers.",
    "<sp>The senator's</sp> <cue>comments</cue> on Friday about <c rule=indirect.noun_prep>the levy</c> angered farmers.",
    "<sp>Her</sp> <cue>support</cue> for <c rule=indirect.noun_prep>the widely praised plan</c> surprised nobody.",  # a real modifier
]
PARSED = [parse_case(c) for c in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
