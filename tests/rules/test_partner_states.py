"""A state named as the other side of an act ("a trade deal with Chile", "talks with Peru")
is no home for a person the text gives no state: it is a partner, not a guess of the
speaker's country (actor.sentence_state). One line per case: the text, the first claim's
speaker country (None: unknown) and its first target.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

CASES = [
    ("President Vela praised the new trade deal with Chile.", None, "Chile"),
    ("Minister Ana Ortiz welcomed the talks with Peru, calling them useful.", None, "Peru"),
    ("Foreign Minister Ian Hale hailed the agreement between Kenya and Ghana.", None, "Kenya"),
    ("President Vela of Chile praised the new trade deal with Peru.", "CHL", "Peru"),  # its own state
    ("The Chilean president, Ana Vela, said the deal with Peru was fair.", "CHL", "Peru"),
    ("With Chile in recession, President Ana Vela said taxes would rise.", "CHL", None),  # a circumstance, no partner
    ("President Vela signed the accord among Chile, Peru and Bolivia.", None, "Chile"),
]  # fmt: skip


@pytest.mark.parametrize("text, country, target", CASES)
def test_a_partner_state_is_not_the_speakers(nlp, text, country, target):
    records = process_articles(nlp, [Article("a1", text, "a1.txt", published="2025-03-04")])
    claim = records.records["a1"]["claims"][0]
    assert claim["speaker"]["country"] == country
    assert (claim["targets"][0]["name"] if claim["targets"] else None) == target
