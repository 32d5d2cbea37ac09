"""A speech tag whose verb is in no cue lexicon, as a specification in the markup of
test_claim_rules.py: a quote that opens its sentence and ends in a comma, an exclamation or
a question mark, then a subject and a verb with nothing of its own to say (open_tags.py).
One line per case, the expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    "“<c rule=direct.quote_open_tag>The harbour will close</c>,” <sp>the mayor</sp> <cue>fumed</cue>.",
    "“<c rule=direct.quote_open_tag>I have had enough of this council</c>,” <sp>the mayor</sp> <cue>sighed</cue>.",
    "“<c rule=direct.quote_open_tag>The pier is a ruin</c>,” <sp>the mayor</sp> <cue>riffed</cue> on the council's plan.",
    "“<c rule=direct.quote_open_tag>Come on</c>,” <sp>the mayor</sp> <cue>laughed</cue> as the crowd booed.",
    "“<c rule=direct.quote_open_tag>The harbour will close</c>,” <cue>fumed</cue> <sp>the mayor</sp>.",  # the subject after its verb
    "“<c rule=direct.quote_open_tag>Stay there!</c>” <sp>a man in the crowd</sp> <cue>whooped</cue> at the mayor.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
