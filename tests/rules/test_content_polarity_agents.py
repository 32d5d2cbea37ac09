"""Content polarity: a verb that turns the polarity of what it acts on ("hurt", "end",
"undermine", "prevent") turns its object, not its agent; the subject of such a verb with no
object is what undergoes it and is turned ("the talks collapsed").

One line per case: a claim with no target, so its polarity is its content's; the polarity.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_with_cue

CASES = [
    ("The minister said the new tariffs would hurt farmers.", "negative"),  # a negative agent
    ("The economist said the sanctions had damaged the economy.", "negative"),
    ("The senator said the blockade was hurting civilians.", "negative"),
    ("The spokesman said the agreement would prevent a new war.", "positive"),  # a positive agent, a turned object
    ("The analyst said the crisis had eroded trust.", "negative"),
    ("The governor said the aid had eased the crisis.", "positive"),
    ("The official said the talks had collapsed.", "negative"),  # no object: the subject undergoes it
    ("The diplomat said the negotiations were suspended.", "negative"),  # a passive's subject undergoes it
    ("The minister said the reform would not hurt pensioners.", "neutral"),
]  # fmt: skip


@pytest.mark.parametrize("text, polarity", CASES)
def test_a_turning_verb_turns_its_object_not_its_agent(nlp, text, polarity):
    claim = claim_with_cue(nlp, text, "said")
    assert claim["stance"]["polarity"] == polarity
