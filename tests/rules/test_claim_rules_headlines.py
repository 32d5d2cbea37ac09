"""The title-case headline that reports an act of saying or taking a side
(families/headlines.py), and one that names its source before a colon
(families/headline_labels.py), as a specification, in the markup of test_claim_rules.py: one
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
    # a headline that names its source before a colon, past a kicker or with a phrase after the name
    "EXCLUSIVE – <sp>Ana Ruiz</sp><cue>:</cue> <c rule=indirect.headline_source_label>Don’t Trust the Harbour Board</c>.\\n\\nThe district of Senator Ana Ruiz has three piers and a small market.",
    "<sp>Ruiz</sp> to Dock Workers<cue>:</cue> <c rule=indirect.headline_source_label>Harbour Will Reopen in May</c>.\\n\\nThe district of Senator Ana Ruiz has three piers and a small market.",
    "<sp>Poll</sp><cue>:</cue> <c rule=indirect.headline_source_label>Ruiz Leads Lopez By Ten Points In Harbour Race</c>.\\n\\nThe race for the harbour seat has tightened since the spring.",
    "[no indirect.headline_source_label] Update: Harbour Closed Until Further Notice.\\n\\nThe harbour was closed on Monday after a storm damaged two piers.",
    "[no indirect.headline_source_label] Live Updates: Sharks Beat Pumas In Overtime.\\n\\nThe Sharks beat the Pumas in overtime on Sunday night.",
    "[no indirect.headline_source_label] Big Win For Ruiz: Harbour Board Backs Down.\\n\\nSenator Ana Ruiz visited the pier on Monday with three dock workers.",
    "[no indirect.headline_source_label] Ana Ruiz: Hero Or Traitor?\\n\\nSenator Ana Ruiz visited the pier on Monday with three dock workers.",
    "[no indirect.headline_source_label] Weekend Sports: Sharks Beat Pumas Again.\\n\\nThe Sharks beat the Pumas on Sunday night.",
    "<sp>Ruiz</sp> on Harbour Plan<cue>:</cue> ‘<c rule=direct.headline_source_label>It Will Work</c>’.\\n\\nThe district of Senator Ana Ruiz has three piers and a small market.",
    "<sp>Ruiz</sp> at Harbour Rally<cue>:</cue> <c rule=mixed.headline_source_label_with_quote>Board Plan Is ‘A Disgrace’</c>.\\n\\nThe district of Senator Ana Ruiz has three piers and a small market.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
