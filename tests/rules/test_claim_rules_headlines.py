"""The title-case headline that reports an act of saying or taking a side
(families/headlines.py) as a specification, in the markup of test_claim_rules.py: one
line per case, the expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

BODY = "\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday."
CASES = [
    "<sp>Senator Ruiz</sp> <cue>Endorses</cue> <c rule=indirect.headline_report>Mayor Lopez For Second Term</c>"
    + BODY,
    "<sp>The Harbour Council</sp> Just <cue>Dismissed</cue> <c rule=indirect.headline_report>Ferry Plan</c>"
    + BODY,
    "<sp>Senator Ruiz</sp> <cue>Slams</cue> <c rule=mixed.headline_report_with_quote>‘Reckless’ Harbour Fee</c>"
    + BODY,
    "[no indirect.headline_report] Harbour Master Forced to Close Pier Early" + BODY,  # a passive
    "[no indirect.headline_report] Storm Batters Harbour Walls Again" + BODY,  # no cue verb
    "[no indirect.headline_report] Mayor Lopez Meets With Fishermen" + BODY,  # no act of saying
    "[no indirect.headline_report] Storm Threatens Harbour Walls" + BODY,  # no actor
    "[no indirect.headline_report] United States-Peru Harbour Accord Signed" + BODY,  # a name
    "[no indirect.headline_report] If Lopez Says It, The Town Listens" + BODY,  # no name before it
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
