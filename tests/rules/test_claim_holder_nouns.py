"""Who can hold a belief, an intention or a side beyond the role and speaker nouns
(pipeline/claims/holder_nouns.py, patterns/holders.json): a name the tagger read as a
common noun, and a noun for a person by its agentive suffix. In the markup of
test_claim_rules.py (a line yields exactly the claims marked on it); the sentences are our
own. Also the cue lexicon's judicial 'rule that'."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

from pipeline.claims.holder_nouns import RULE_IDS, holder_noun_rule
from pipeline.rules import load_data

# (holder rule, marked line)
CASES = [
    ("holder.agent_noun", "<sp>The former congressman</sp> <cue>thinks</cue> <c rule=indirect.ccomp>the harbour fee should be a test for every candidate</c>."),
    ("holder.agent_noun", "In the south, <sp>developers</sp> <cue>see</cue> <c rule=indirect.object_predicate>golf courses as wasted space</c>."),
    ("holder.agent_noun", "<sp>The fishermen</sp> were not <cue>fond of</cue> <c rule=indirect.attitude_prep>the mayor</c>."),
    ("holder.agent_noun", "<sp>The organizer</sp> <cue>wants</cue> <c rule=indirect.volition_xcomp>to move the march to the harbour</c>."),
    ("holder.agent_noun", "<sp>Most congressmen</sp> <cue>believe</cue> <c rule=indirect.ccomp>the bill will pass</c>."),
    ("holder.agent_noun", "<sp>Sanders</sp>, for his part, <cue>hopes</cue> <c rule=indirect.ccomp>the old pier will be rebuilt</c>."),
    # a name with a capital inside its sentence that the tagger read as a common noun
    ("holder.name_as_noun", "Older voters are split, but <sp>Millennials</sp> <cue>want</cue> <c rule=indirect.volition_xcomp>to see a debate on the pier</c>."),
    ("holder.name_as_noun", "In the poll, <sp>Millennials</sp> <cue>believe</cue> <c rule=indirect.ccomp>the ferry will return</c>."),
]  # fmt: skip

# a court's ruling reports what it found (cues.json: rule + ccomp)
CUE_CASES = [
    "<sp>The judge</sp> <cue>ruled</cue> that <c rule=indirect.ccomp>the harbour fee was illegal</c>.",
]

PARSED = [parse_case(line) for _, line in CASES] + [parse_case(line) for line in CUE_CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


# the subject's head word -> the holder rule that lets it through
HEADS = [
    ("The former congressman thinks the fee is too high.", "congressman", "holder.agent_noun"),
    ("The organizer wants to move the march.", "organizer", "holder.agent_noun"),
    (
        "In the poll, Millennials believe the ferry will return.",
        "Millennials",
        "holder.name_as_noun",
    ),
    # a name the tagger read as a noun at the start of a sentence has only its suffix: 'sander'
    ("Sanders, for his part, hopes the old pier will be rebuilt.", "Sanders", "holder.agent_noun"),
    # a thing a participle describes as acting may bear an agent's suffix: no holder by it
    ("The new posters criticizing them were torn down.", "posters", None),
]


@pytest.mark.parametrize(("text", "word", "rule_id"), HEADS, ids=[h[1] for h in HEADS])
def test_holder_rule_of_the_head(nlp, text, word, rule_id):
    token = next(t for t in nlp(text) if t.text == word)
    assert holder_noun_rule(token) == rule_id


def test_every_holder_rule_is_declared_and_has_a_case():
    declared = {row["id"] for row in load_data("claims", "holders.json")["rules"]}
    assert declared == set(RULE_IDS)
    assert {rule_id for rule_id, _ in CASES} == declared
