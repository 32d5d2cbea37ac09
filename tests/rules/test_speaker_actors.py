"""Every speaker's actor is in the actors table, also one no mention names (found by its
apposition or by a name on a document): a row with no mentions, one line per case."""

from __future__ import annotations

import pytest

from pipeline.io.readers import Article
from pipeline.io.records import doc_items, items_records

CASES = [
    # (text, the speaker's name, its actor type, its country)
    ("Argentina's Secretary of Mining, Martín Echeverría, said the deal was fair.", "Martín Echeverría", "PERSON", "ARG"),  # an apposition
    ("A Cadem survey found that most voters back the plan.", "Cadem", "ORG", None),  # a pollster on a document noun
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "kind", "country"), CASES)
def test_a_speaker_no_mention_names_has_an_actor_row(nlp, text, name, kind, country):
    records = items_records(text, doc_items(nlp(text)), Article("a1", text, "a1.txt"))
    speaker = next(c["speaker"] for c in records["claims"] if c["speaker"]["name"] == name)
    row = next(a for a in records["actors"] if a["actor_id"] == speaker["actor_id"])
    assert (row["type"], row["country"], row["n_mentions"]) == (kind, country, 0)
    assert speaker["type"] == {"PERSON": "person", "ORG": "organisation"}[kind]
