"""structure.turn_label: the turn of one who asks (Q, QUESTION, HOST, MODERATOR,
INTERVIEWER, ANCHOR, REPORTER, or a label with such a title) makes no claim of its label;
the people answering keep theirs, and so do the claims an interviewer reports.

One line per case: a transcript, then the turn labels whose turn makes a claim of its own.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.structure.blocks import interviewer_label

CASES = [
    ("MODERATOR: Welcome. We will take questions.\n\nMINISTER OKAFOR: Tariffs will rise.", ["MINISTER OKAFOR"]),
    ("QUESTION: Will you resign?\n\nMR. BALDWIN: I will not resign.", ["MR. BALDWIN"]),
    ("Q: Are prices rising?\n\nGOVERNOR LINDE: Inflation has peaked.", ["GOVERNOR LINDE"]),
    ("HOST: Coach, the fans are angry.\n\nCOACH MARTINEZ: The squad played well.", ["COACH MARTINEZ"]),
    ("INTERVIEWER: Do you back the tax?\n\nSENATOR ROWE: The tax hurts farmers.", ["SENATOR ROWE"]),
    ("ANCHOR: Thank you for joining us.\n\nDR. PATEL: The outbreak is under control.", ["DR. PATEL"]),
    ("REPORTER: Is the strike over?\n\nUNION LEADER KRAUS: The strike goes on.", ["UNION LEADER KRAUS"]),
    ("HOST JANE ROE: Welcome back to the show.\n\nCEO DUNMORE: Our profits doubled.", ["CEO DUNMORE"]),
    ("REPORTER (Kompas): Will you resign?\n\nMR. BALDWIN: I will not resign.", ["MR. BALDWIN"]),  # the outlet in brackets
    ("MODERATOR: Welcome.\n\nSEN. ROWE (D-Ohio): The tax hurts farmers.", ["SEN. ROWE (D-Ohio)"]),  # "):" is no emoticon
    # nobody asks: every turn is a claim → unchanged
    ("PRESIDENT ALVES: The border stays open.\n\nPRIME MINISTER KOH: We welcome that.", ["PRESIDENT ALVES", "PRIME MINISTER KOH"]),
    ("CHAIRMAN WEBB: The agency failed its duty.\n\nDIRECTOR NASH: We disagree.", ["CHAIRMAN WEBB", "DIRECTOR NASH"]),
]  # fmt: skip

REPORTED = [
    # a claim the interviewer reports stays: (transcript, its cue)
    ("HOST: Minister, farmers say the pipeline will ruin their land.\n\nMINISTER BERG: That is false.", "say"),
    ("Q: The union says the deal is dead. Your view?\n\nMS. HALE: The deal stands.", "says"),
]  # fmt: skip


def claims(nlp, text: str) -> list[dict]:
    article = Article("a1", text, "a1.txt", published="2025-06-05")
    return process_articles(nlp, [article]).records["a1"]["claims"]


@pytest.mark.parametrize("text, labels", CASES)
def test_only_the_answering_turns_make_claims(nlp, text, labels):
    found = [c["speaker"]["text"] for c in claims(nlp, text) if c["rule_id"].endswith("turn_label")]
    assert found == labels


@pytest.mark.parametrize("text, cue", REPORTED)
def test_a_claim_the_interviewer_reports_stays(nlp, text, cue):
    assert cue in [c["cue"]["text"] for c in claims(nlp, text)]


@pytest.mark.parametrize(
    "label, asks",
    [
        ("Q", True),
        ("QUESTION", True),
        ("MODERATOR", True),
        ("FOX ANCHOR BRET ROSS", True),  # an interviewer's title in the label
        ("PRESS SECRETARY LANE", False),  # a spokesperson answers
        ("AUDIENCE MEMBER", False),  # may speak their mind
        ("THE PRESIDENT", False),
    ],
)
def test_interviewer_label(label, asks):
    assert interviewer_label(label) is asks
