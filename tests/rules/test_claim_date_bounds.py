"""claim_date.undated_past_report: a past-tense report of speech that nothing in the text
dates ("the minister said") was made on the story's date or any day before, so it has no date,
only that bound (`not_after`: the dateline's, else the publication's). A present-tense report,
a stance and a transcript turn's words keep the story's date; events fall back to the bound.
One line per case; published 2024-10-04, a Friday.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.events.table import event_rows
from pipeline.io.readers import Article

PUB = "2024-10-04"

# text, the claim's content (a part of it), expected (value, not_after, rule id)
CASES = [
    ("Officials said a deal was close.", "a deal was close", (None, PUB, "claim_date.undated_past_report")),
    ("GENEVA, Oct. 1 (Wire) - Officials said a deal was close.", "a deal was close", (None, "2024-10-01", "claim_date.undated_past_report")),  # the dateline bounds it
    ("Friday, October 3, 2024\n\nThe ministry said the dam was safe.", "the dam was safe", (None, "2024-10-03", "claim_date.undated_past_report")),  # so does a date line
    ("The minister warned that the talks could fail.", "the talks could fail", (None, PUB, "claim_date.undated_past_report")),
    ("Officials say a deal is close.", "a deal is close", (PUB, None, "claim_date.published")),  # present: the story's day
    ("GENEVA, Oct. 1 (Wire) - Officials say a deal is close.", "a deal is close", ("2024-10-01", None, "claim_date.dateline")),
    ("The minister said on Tuesday that the talks could fail.", "the talks could fail", ("2024-10-01", None, "claim_date.explicit")),  # its own date
    ("On Tuesday the minister met the unions. She said wages would rise.", "wages would rise", ("2024-10-01", None, "claim_date.paragraph_context")),  # its paragraph's
]  # fmt: skip


@pytest.mark.parametrize("text, content, expected", CASES)
def test_an_undated_past_report_has_only_its_bound(nlp, text, content, expected):
    claims = process_articles(nlp, [Article("a1", text, "a1.txt", published=PUB)]).records["a1"]
    claim = next(c for c in claims["claims"] if content in c["content"]["text"])
    got = claim["date"]
    assert (got["value"], got.get("not_after"), got["rule_id"]) == expected


def test_an_event_of_an_undated_report_is_dated_by_its_story():
    claim = {
        "article_id": "a",
        "claim_id": "a#1",
        "speaker": {"text": "Japan", "actor_id": "gpe:JPN", "name": "Japan", "country": "JPN"},
        "targets": [{"text": "Russia", "actor_id": "gpe:RUS", "name": "Russia", "country": "RUS"}],
        "cue": {"text": "sanctioned", "start": 6, "end": 16},
        "content": {"text": "Russia", "start": 17, "end": 23},
        "event": {"category": "SANCTION", "quad": None, "mode": None, "rule_id": "x"},
        "date": {"value": None, "basis": None, "not_after": "2024-10-01"},
        "negated": False,
        "modality": "asserted",
        "confidence": 0.8,
    }
    (row,) = event_rows([claim], [])
    assert row["event_date"] == "2024-10-01"  # the story's date, not nothing
