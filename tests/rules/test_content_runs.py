"""Contents that run on past a colon, and quotes glued to the next word. One line per case:
"cue: sentence", the content of the cue's claim marked [[ ]]; a line with `\\n` is the same
sentence hard-wrapped at about 72 columns. The sentences are our own."""

from __future__ import annotations

import pytest
from test_content_spans import cue_claims, cue_speaker

CASES = [
    # a content before its speech tag runs on over what a colon after the tag introduces
    "said: [[Three things make a quick deal unlikely, aides said on Monday: the gap in the polls and\nthe short time left]].",  # hard-wrapped
    "said: [[Three things make a quick deal unlikely, aides said on Monday: the gap in the polls and the short time left]].",
    # an object or a phrase of the cue does too
    "offered: The mayor offered [[thanks to the crews: without them the town would have flooded]].",
    "called: The council called for [[quick action on the levee: the river will rise again in the spring]].",
    # a quote mark glued to the next word is a token of its own: the next quote goes on with it
    "told: “The plan is a big step for the families of the town,”Ana Ruiz, a council member, told the paper. “[[We will keep working on it until it is done.]]”",
]


@pytest.mark.parametrize("case", CASES, ids=[c[:70] for c in CASES])
def test_content_run(nlp, case):
    found, start, end = cue_claims(nlp, case)
    spans = [(c["content"]["start"], c["content"]["end"]) for c in found]
    assert (start, end) in spans, f"got {[c['content']['text'] for c in found]!r}"


# the speaker of a quote whose closing mark is glued to the speaker's name: "cue: text => speaker"
GLUED_SPEAKERS = [
    "told: “The plan is a big step for the town,”Ana Ruiz told the paper. => Ana Ruiz",
    "said: “We will not sign this deal,”said Omar Haddad, the trade minister. => Omar Haddad",
]


@pytest.mark.parametrize("case", GLUED_SPEAKERS, ids=[c[:70] for c in GLUED_SPEAKERS])
def test_glued_quote_speaker(nlp, case):
    got, want = cue_speaker(nlp, case)
    assert got == want
