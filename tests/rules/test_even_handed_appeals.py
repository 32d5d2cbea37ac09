"""An appeal to every side of a dispute takes no side (stance.even_handed_appeal): the claim
is still a demand, but its stance is neutral. A demand on one party stays negative.

One line per case: the text, the cue, then the claim's event category, stance polarity and
stance rule.
"""

from __future__ import annotations

import pytest
from conftest import claim_with_cue

CASES = [
    ("The African Union urged both countries to avoid steps that could raise tensions.", "urged", "DEMAND", "neutral", "stance.even_handed_appeal"),
    ("The UN called on all parties to exercise restraint.", "called on", "DEMAND", "neutral", "stance.even_handed_appeal"),
    ("The council calls on the governments of Sudan and South Sudan to resume talks.", "calls on", "DEMAND", "neutral", "stance.even_handed_appeal"),  # two actors in the "of" phrase
    ("Brazil urged Guyana and Venezuela to settle the dispute peacefully.", "urged", "DEMAND", "neutral", "stance.even_handed_appeal"),  # two actors joined by "and"
    ("Russia urged Japan to stop the drills.", "urged", "DEMAND", "negative", None),  # one party: pressure on it
    ("The embassy demanded the release of the crew.", "demanded", "DEMAND", "negative", None),
    ("The rebels demanded the removal of the president and his ruling party.", "demanded", "DEMAND", "negative", None),  # what is asked for, not whom
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "category", "polarity", "rule"), CASES)
def test_even_handed_appeals(nlp, text, cue, category, polarity, rule):
    claim = claim_with_cue(nlp, text, cue)
    stance = claim["stance"]
    assert (claim["event"]["category"], stance["polarity"], stance.get("rule_id")) == (
        category,
        polarity,
        rule,
    )
