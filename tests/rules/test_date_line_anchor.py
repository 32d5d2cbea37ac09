"""A date line written without its weekday ("June 3, 2025", "3 June 2025"), alone on its line
at the top, dates the story as one with its weekday does: "yesterday" in a transcript under it
counts from it, not from the publication date. A date run into a sentence is no date line.

One line per case: the text and the value of its "yesterday". Published 2025-06-05. A line
above that leads into the date ('Embargoed until', 'Agenda:') makes it no date line; as the
story's date the line must also lie within a week before publication.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

PUB = "2025-06-05"

CASES = [
    ("Press briefing\n\nJune 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Press briefing\n\n3 June 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Press briefing\n\nJune 3, 2025\r\n\r\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    ("Match report\n\nJun. 2, 2025\n\nThe coach said the squad trained yesterday.", "2025-06-01"),
    ("Press briefing\n\nTuesday, June 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-02"),
    # no date line, or a date inside a sentence → counted from publication
    ("Press briefing\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
    ("The deal of June 3, 2025 holds, the minister said yesterday.", "2025-06-04"),
    ("Press briefing\n\nJune 3, 2025 was a quiet day.\n\nMR. ODUYA: Yesterday we met them.", "2025-06-04"),
    # the line above leads into the date: data of that line, no date line → not dated
    ("WATER BOARD - PRESS RELEASE\nEmbargoed until\nJune 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
    ("WATER BOARD - HEARINGS\nSchedule:\nJune 3, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
    ("Agenda:\nJune 3, 2025\n\nThe mayor said the pool opened yesterday.", "2025-06-04"),
    ("Timetable:\n\n3 June 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
    # after publication, or more than a week before it: no anchor → counted from publication
    ("Open letter to the governor\n\nMay 20, 2025\n\nThe farmers met him yesterday.", "2025-06-04"),
    ("Notice\n\nJune 10, 2025\n\nMR. ODUYA: Yesterday we met the donors.", "2025-06-04"),
]  # fmt: skip

# the claim date of an undated present-tense report under a date line: within a week before publication it
# dates the story; after publication, or older (a letter's or a filing's own date), it does not
CLAIM_CASES = [
    ("Press release\n\nJune 3, 2025\n\nThe ministry says the dam is safe.", "2025-06-03", "claim_date.dateline"),
    ("Press release\n\nMay 29, 2025\n\nThe ministry says the dam is safe.", "2025-05-29", "claim_date.dateline"),
    # more than a week before publication, or after it → not dated by it
    ("Letter to the governor\n\nMay 20, 2025\n\nThe farmers say the dam is unsafe.", PUB, "claim_date.published"),
    ("Court filing\n\n12 April 2025\n\nThe plaintiffs say the dam is unsafe.", PUB, "claim_date.published"),
    ("Notice\n\nJune 10, 2025\n\nThe ministry says the dam is safe.", PUB, "claim_date.published"),
    # the line above leads into the date → not dated by it
    ("WATER BOARD - PRESS RELEASE\nEmbargoed until\nJune 3, 2025\n\nThe ministry says the dam is safe.", PUB, "claim_date.published"),
    ("WATER BOARD - HEARINGS\nSchedule:\nJune 3, 2025\n\nThe ministry says the dam is safe.", PUB, "claim_date.published"),
    ("The ministry says the dam, which reopens on\nJune 3, 2025\nafter repairs, is safe.", PUB, "claim_date.published"),
]  # fmt: skip


@pytest.mark.parametrize("text, yesterday", CASES)
def test_a_date_line_without_weekday_anchors_the_story(nlp, text, yesterday):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    found = [d["value"] for d in doc._.dates if d["text"].lower() == "yesterday"]
    assert found == [yesterday]


@pytest.mark.parametrize("text, value, rule_id", CLAIM_CASES)
def test_a_date_line_dates_claims_only_near_publication(nlp, text, value, rule_id):
    article = Article("a1", text, "a1.txt", published=PUB)
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    got = next(c["date"] for c in claims if c["cue"]["lemma"] == "say")
    assert (got["value"], got["rule_id"]) == (value, rule_id)
