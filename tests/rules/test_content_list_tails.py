"""A content that ends at a comma before the rest of its list runs on to the list's end
(extent.list_tail), when the parser hung the rest on the cue or its subject, as a
specification in the markup of test_claim_rules.py. One line per case; the sentences are our
own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # nouns after a noun: the parser made the rest an apposition of the subject
    "<sp>The mayor</sp> <cue>spoke of</cue> <c rule=indirect.prep_complement>the floods, the lack of jobs and the violence in the port</c>.",
    "<sp>The minister</sp> was <cue>referring to</cue> <c rule=indirect.prep_complement>herself, the mayor and the harbour master</c>.",
    # bare infinitives after an infinitive: the parser made the rest a conjunct of the cue
    "<sp>The union</sp> <cue>urged</cue> <c rule=indirect.object_xcomp>the council to close the pier, raise the fees and hire more guards</c>.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
