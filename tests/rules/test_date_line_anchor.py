"""A date line written without its weekday ("June 3, 2025", "3 June 2025"), alone on its line
at the top, dates the story as one with its weekday does: "yesterday" in a transcript under it
counts from it, not from the publication date. A date run into a sentence is no date line.

One line per case: the text and the value of its "yesterday". Published 2025-06-05.
"""

from __future__ import annotations

import pytest

PUB = "2025-06-05"

CASES = [
    ("Press briefing\n\nJune 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Press briefing\n\n3 June 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Press briefing\n\nJune 3, 2025\r\n\r\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Match report\n\nSept. 30, 2025\n\nThe coach said the squad trained yesterday.", "2025-09-29"),
    ("Press briefing\n\nTuesday, June 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    # no date line, or a date inside a sentence → counted from publication
    ("Press briefing\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
    ("The deal of June 3, 2025 holds, the minister said yesterday.", "2025-06-04"),
    ("Press briefing\n\nJune 3, 2025 was a quiet day.\n\nMR. ODUYA: Yesterday we met them.", "2025-06-04"),
]  # fmt: skip


@pytest.mark.parametrize("text, yesterday", CASES)
def test_a_date_line_without_weekday_anchors_the_story(nlp, text, yesterday):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    found = [d["value"] for d in doc._.dates if d["text"].lower() == "yesterday"]
    assert found == [yesterday]
