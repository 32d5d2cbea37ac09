"""A cue verb inside another claim's content keeps a claim of its own when its clause is set
apart from what was said and has a subject of its own: a clause of contrast, or a relative
clause after a comma or in an apposition (extent.set_apart_clause, patterns/spans.json).
One line per case: sentence, then the inner claim's speaker, cue and content. The
sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    ("The mayor said the fees would rise, while the governor said they would fall.", "the governor", "said", "they would fall"),
    ("The union argued that wages were too low, although the company insisted the pay was fair.", "the company", "insisted", "the pay was fair"),
    ("The minister said exports grew, though analysts warned that the figures were weak.", "analysts", "warned", "the figures were weak"),
    ("Ruiz defended the pier plan, which critics say will ruin the harbour.", "critics", "say", "which critics say will ruin the harbour"),
    ("Ms. Lopez welcomed the ruling, which her lawyers argue ends the dispute.", "her lawyers", "argue", "which her lawyers argue ends the dispute"),
    ("The senator praised the budget, a plan that economists believe will cut the deficit.", "economists", "believe", "that economists believe will cut the deficit"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"), CASES, ids=[c[0][:50] for c in CASES]
)
def test_inner_claim(nlp, text, speaker, cue, content):
    found = [
        ((c["speaker"] or {}).get("text"), c["content"]["text"])
        for c in nlp(text)._.claims
        if c["cue"]["text"] == cue
    ]
    assert (speaker, content) in found
