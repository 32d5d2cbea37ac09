"""A claim whose cue lies inside another claim's content is part of what that claim reports,
not a claim of its own, whichever cue came first (filter.nested_cue, claims/nested.py).
One line per case: sentence, then the cues of its claims. The sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    ("The senator wants to run again next year, her aides say.", ["say"]),
    ("The governor hopes to cut the sales tax, officials said on Monday.", ["said"]),
    ("The mayor expects the council to approve the budget, aides said.", ["said"]),
    ("Lopez supports the pier plan and opposes the new fees, her spokesman said.", ["said"]),
    ("Chile and Peru agreed on Tuesday to reopen the border, the United Nations said.", ["agreed", "said"]),  # a joint act stays an event of its own
]  # fmt: skip


@pytest.mark.parametrize(("text", "cues"), CASES, ids=[t[:50] for t, _ in CASES])
def test_nested_cue(nlp, text, cues):
    assert sorted(c["cue"]["text"] for c in nlp(text)._.claims) == cues
