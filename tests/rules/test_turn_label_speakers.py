"""structure.turn_label: a turn's label names its speaker as the prose does. A label with a
title ("ENERGY MINISTER LARSEN:") is the person the article names in full ("Danish Energy
Minister Mette Larsen"), with that person's country; no person, or two of that surname, leave
the label's own reading.

One line per case: the text, the label, and the turn claim's expected speaker name and country.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

CASES = [
    ("Danish Energy Minister Mette Larsen defended the wind farm.\n\nHOST: Welcome.\n\nENERGY MINISTER LARSEN: The farm will be built.", "ENERGY MINISTER LARSEN", "Mette Larsen", "DNK"),
    ("Kenyan Foreign Minister Daniel Mwangi arrived in Addis Ababa.\n\nQ: Will they sign?\n\nFOREIGN MINISTER MWANGI: We expect a deal.", "FOREIGN MINISTER MWANGI", "Daniel Mwangi", "KEN"),
    ("Chilean senator Rosa Ibarra opposes the mine.\n\nMODERATOR: Senator?\n\nIBARRA: The mine must close.", "IBARRA", "Rosa Ibarra", "CHL"),
    # nobody of that name in the prose, or two → not a person of the prose
    ("HOST: Welcome.\n\nENERGY MINISTER LARSEN: The farm will be built.", "ENERGY MINISTER LARSEN", None, None),
    ("Mette Larsen and Anders Larsen met the press.\n\nHOST: Welcome.\n\nLARSEN: The farm will be built.", "LARSEN", None, None),
]  # fmt: skip


@pytest.mark.parametrize("text, label, name, country", CASES)
def test_a_titled_label_is_the_person_the_prose_names(nlp, text, label, name, country):
    article = Article("a1", text, "a1.txt", published="2025-06-05")
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    speaker = next(c["speaker"] for c in claims if c["speaker"]["text"] == label)
    full_names = ("Mette Larsen", "Anders Larsen", "Daniel Mwangi", "Rosa Ibarra")
    got = speaker["name"] if speaker["name"] in full_names else None
    assert (got, speaker["country"] if got else None) == (name, country)
