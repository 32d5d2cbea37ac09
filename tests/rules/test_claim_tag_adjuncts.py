"""A clause after a speech tag that the parser hangs on the tag's verb as its complement,
as a specification in the markup of test_claim_rules.py: when the first word after the
tag is a relative pronoun or a subordinator of time or cause, the clause is about the
speaker or the moment, and the quote before the tag stays the cue's content.
One line per case, the expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    'The board met. "<c rule=direct.quote_cue_after>He never paid the fees</c>," <sp>she</sp> <cue>said</cue> as some wearing union shirts booed.',
    'The board met. "<c rule=direct.quote_cue_after>The pier is closed</c>," <sp>he</sp> <cue>said</cue> as a few wearing yellow vests jeered.',
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
