"""Acts of sources that are no actor, as a specification in the markup of
test_claim_rules.py: a report, poll, study or medium that does something to a thing ("the
study faulted the plan") is a source PolNeAR counts; its speaker is typed (document, poll,
data, media) instead of dropped. Only with an object: with a phrase ("the study focused on
the fees") the act is seldom an attribution; nor is what a source does to study or show its
matter ("the survey examined the fees", sources.json source_inquiry_verbs).
One line per case, the expectation marked inline (`[no RULE]`: no claim of that rule). The
sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case, run

CASES = [
    # a verb of saying, thinking or feeling with an object, its subject a source
    "<sp>The study</sp> <cue>faulted</cue> <c rule=indirect.source_dobj>the harbour plan</c>.",
    "<sp>The editorial</sp> <cue>ridiculed</cue> <c rule=indirect.source_dobj>the new pier</c>.",
    "<sp>A new poll</sp> <cue>faulted</cue> <c rule=indirect.source_dobj>the harbour fees</c>.",
    # a quoted object: any verb, as with an actor
    "<sp>The ad</sp> <cue>ridiculed</cue> <c rule=mixed.source_dobj_with_quote>the mayor’s “harbour of dreams.</c>”",
    "<sp>The video</sp> <cue>recited</cue> “<c rule=direct.source_dobj>the harbour poem</c>”.",
    # an actor keeps the actor's rule
    "<sp>Sanders</sp> <cue>recited</cue> “<c rule=direct.open_dobj>the harbour poem</c>”.",
    # no source, or no object
    "[no indirect.source_dobj] The storm damaged the harbour.",
    "[no indirect.source_dobj] The audit contained three tables.",  # no verb of saying
    "[no indirect.source_dobj] The study focused on the harbour fees.",  # a phrase, no object
    "[no indirect.source_dobj] The harbour, which the survey examined, is old.",  # a relative clause
    "[no indirect.source_dobj] The ruling pleased the mayor.",  # a feeling caused, not said
    "[no indirect.source_dobj] The ruling angered the fishermen.",
    "[no indirect.source_dobj] A new poll measured the mood of the fishermen.",  # an inquiry, no claim
    "[no indirect.source_dobj] The survey examined the harbour fees.",
    "[no indirect.source_dobj] The documentary explored the history of the harbour.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("The study faulted the harbour plan.", "document"),
        ("A new poll faulted the harbour fees.", "poll"),
        ("The documentary ridiculed the new pier.", "media"),
    ],
)
def test_the_source_is_typed(nlp, text, source_type):
    (claim,) = [c for c in run(nlp, text) if c["rule_id"].endswith("source_dobj")]
    assert claim["speaker"]["type"] == source_type
