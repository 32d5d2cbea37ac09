"""A label and a colon at the head of a story's title, as a specification in the markup of
test_claim_rules.py: the document's first line is its title even when it ends with a full
stop, so its label may be a source that is no actor ("Poll: ...") and may go on in lower
case ("IG report: ..."), and a lone surname is
a speaker when the story spells out that person's full name ("Reid: ..." over a story on
Harry Reid). One line per case, the expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # a title that ends with a full stop is still the title
    "<sp>Poll</sp><cue>:</cue> <c rule=indirect.headline_label>Lopez and Ruiz hold narrow leads in the harbour towns.</c>\\n\\nThree weeks before the vote, the race is tight.",
    "<sp>Historians</sp><cue>:</cue> <c rule=indirect.headline_label>The old pier will outlast the new one.</c>\\n\\nThe council met on Monday.",
    # a title's label may go on in lower case
    "<sp>Audit report</sp><cue>:</cue> <c rule=indirect.headline_label>The ministry misled the harbour board</c>\\n\\nThe auditors published their findings on Monday.",
    "<sp>Port workers</sp><cue>:</cue> <c rule=indirect.headline_label>The harbour fee will ruin us</c>\\n\\nThe dockers marched through Puerto Viejo on Monday.",
    # a lone surname names the person the story spells out in full
    "<sp>Reid</sp><cue>:</cue> ‘<c rule=direct.headline_label>Never underestimate the mayor.</c>’\\n\\nSenator Harry Reid spoke in Carson City on Monday.",
    "<sp>Okafor</sp><cue>:</cue> <c rule=indirect.headline_label>The harbour fee is unfair to fishermen.</c>\\n\\nMayor Ngozi Okafor spoke in Lagos on Monday.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_title_labels(nlp, case):
    got, want = outcome(nlp, case)
    assert got == want
