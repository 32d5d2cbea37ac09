"""structure.turn_name: in a dialogue, a title-case name and a colon opening a paragraph is a
turn label, when at least two such labels each open two paragraphs; the label whose turns
mostly end with a question mark asks and makes no claim of its own.

One line per case: a text, then the labels of its turns and which of them ask
("Label?" asks), in text order.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.structure.document import analyse

INTRO = "Chile's trade minister, Ana Ruiz, spoke to Harbour Weekly on Monday.\n\n"
DIALOGUE = (
    INTRO + "Harbour Weekly: Will the port reopen?\n\nRuiz: The port reopens in May.\n\n"
    "Harbour Weekly: And the fees?\n\nRuiz: Fees will fall. I expect exports to grow."
)

TURNS = [
    (DIALOGUE, ["Harbour Weekly?", "Ruiz", "Harbour Weekly?", "Ruiz"]),
    (INTRO + "Lopes: Is it over?\n\nRuiz: It is over.\n\nLopes: When?\n\nRuiz: Today.", ["Lopes?", "Ruiz", "Lopes?", "Ruiz"]),  # short labels too
    (INTRO + "Harbour Weekly: Will it reopen?\n\nRuíz Núñez: It reopens in May.\n\nHarbour Weekly: Why?\n\nRuíz Núñez: Trade.", ["Harbour Weekly?", "Ruíz Núñez", "Harbour Weekly?", "Ruíz Núñez"]),  # accented names
    ("Update: the port reopened.\n\nRuiz said fees would fall.", []),  # one label alone: a heading
    ("Update: the port reopened.\n\nUpdate: fees fell.\n\nRuiz said so.", []),  # one label, however often
    ("Beijing: talks end.\n\nWashington: talks go on.\n\nBeijing: no deal.", []),  # only one label twice
    ("He said: we will win.\n\nShe said: we will not.\n\nHe said: we will.\n\nShe said: no.", []),  # a sentence, not a name
]  # fmt: skip


@pytest.mark.parametrize("text, labels", TURNS)
def test_name_turns(text, labels):
    turns = analyse(text).turns
    assert [t.label + ("?" if t.asks else "") for t in turns] == labels


def test_an_answer_is_the_claim_of_the_one_named(nlp):
    article = Article("a1", DIALOGUE, "a1.txt", published="2025-06-05")
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    own = [
        c
        for c in claims
        if (c.get("turn") or {}).get("label") == "Ruiz" and c["cue"]["text"] == ":"
    ]
    assert {c["speaker"]["name"] for c in own} == {"Ana Ruiz"}  # not the outlet that asks
    assert not [
        c
        for c in claims
        if (c.get("turn") or {}).get("label") == "Harbour Weekly" and c["cue"]["text"] == ":"
    ]
