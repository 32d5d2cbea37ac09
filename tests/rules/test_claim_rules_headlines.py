"""The title-case headline that reports an act of saying or taking a side
(families/headlines.py) as a specification, in the markup of test_claim_rules.py: one
line per case, the expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

BODY = "\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday."
CASES = [
    "<sp>Senator Ruiz</sp> <cue>Endorses</cue> <c rule=indirect.headline_report pol=pos>Mayor Lopez For Second Term</c>"
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
    "[no indirect.headline_report] Mayor Lopez Signs Harbour Fee Into Law" + BODY,  # an act
    "[no indirect.headline_report] Mayor Lopez Answers Critics On Harbour Fee" + BODY,  # an act
    "[no indirect.headline_report] Ana Lopez Named Harbour Master Of Portland" + BODY,  # a passive
    "[no indirect.headline_report] Mayor Lopez Hopes Sink In Harbour Vote" + BODY,  # a plural noun
    "[no indirect.headline_report] Mayor Lopez Adds Two Ferries To Harbour Fleet" + BODY,  # an act
    "[no indirect.headline_report] Mayor Lopez Holds Rates Steady Again" + BODY,  # an act first
    "[no indirect.headline_report] Lopez Wins Backing Of Harbour Pilots" + BODY,  # a gerund
    "<sp>Mayor Lopez</sp> <cue>Asks</cue> <c rule=indirect.headline_report>Voters Whether Harbour Fee Should Stay</c>"
    + BODY,
    "<sp>United States</sp> <cue>Agrees To</cue> <c rule=indirect.headline_report>New Harbour Talks</c>"
    + "\\n\\nLIMA - The United States sent two envoys to the harbour on Monday.",  # a name
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
