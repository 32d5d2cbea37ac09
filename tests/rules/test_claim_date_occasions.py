"""Claim dates of occasions the cue tells apart (issue 17): a report made earlier than the
time the story has reached is dated before the date it would take (claim_date.earlier_occasion,
mod BEFORE), and a report on a new occasion, named with an indefinite article, inherits no date
of another statement (context.new_occasion).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value, mod and rule id. Published 2025-06-04, a Wednesday: Monday is
2025-06-02, Tuesday 06-03.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.rules import rule

PUB = "2025-06-04"

CASES = [
    # 'Earlier, X said', 'X had (previously) said': before the date of the later statement or the paragraph
    ("ROME, June 3 (Wire) - The minister said on Tuesday that talks would go on.\n\nEarlier, the minister had said that the offer was unfair.", "offer was unfair", "2025-06-03", "BEFORE", "claim_date.earlier_occasion"),
    ("The minister said on Monday that talks would go on. Earlier, she said the offer was unfair.", "offer was unfair", "2025-06-02", "BEFORE", "claim_date.earlier_occasion"),
    ("The mayor said on Monday that the bridge would reopen. He had previously said the repairs would take a year.", "repairs would take", "2025-06-02", "BEFORE", "claim_date.earlier_occasion"),
    ("The mayor said on Monday that the bridge would reopen. He had said the repairs would take a year.", "repairs would take", "2025-06-02", "BEFORE", "claim_date.earlier_occasion"),
    ("ROME, June 3 (Wire) - The union had said that the strike would go ahead.", "strike would go ahead", None, None, "claim_date.undated_past_report"),  # nothing dates it: only its bound
    ("Earlier on Monday, the minister said the offer was unfair.", "offer was unfair", "2025-06-02", None, "claim_date.explicit"),  # its own date: as it is
    ("The minister said on Monday that the talks had stalled.\n\nShe also said that a deal was possible.", "deal was possible", "2025-06-02", None, "claim_date.added_statement"),  # no earlier: unchanged
    # 'At a news conference, X said', 'said in an interview': a new occasion inherits no other statement's date
    ("ROME, June 4 (Wire) - The prime minister said on Monday that the islands were theirs.\n\nAt a news conference, the defence minister said the navy was ready.", "navy was ready", None, None, "claim_date.undated_past_report"),
    ("The minister said on Monday that talks would resume. Speaking at a rally, she said the islands were theirs.", "islands were theirs", None, None, "claim_date.undated_past_report"),
    ("The minister said on Monday that talks would resume. She told a news conference that the islands were theirs.", "islands were theirs", None, None, "claim_date.undated_past_report"),
    ("The minister said on Monday that talks would resume. In an interview, she said the offer was unfair.", "offer was unfair", None, None, "claim_date.undated_past_report"),
    ("The minister met her counterpart on Monday. At a news conference, she said the talks went well.", "talks went well", "2025-06-02", None, "claim_date.paragraph_context"),  # a scene, not a statement: it dates the occasion
    ("At a news conference on Monday, the minister said the plan was dead. At a news conference, the minister said the deal was bad.", "deal was bad", None, None, "claim_date.undated_past_report"),  # another news conference than Monday's
    ("The minister said at a news conference on Tuesday that talks would resume.", "talks would resume", "2025-06-03", None, "claim_date.explicit"),  # its own date
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, mod, rule_id", CASES)
def test_claim_dates_of_occasions(nlp, text, content, value, mod, rule_id):
    article = Article("a1", text, "a1.txt", published=PUB)
    claims = process_articles(nlp, [article]).records["a1"]["claims"]
    claim = next(c for c in claims if content in c["content"]["text"])
    got = claim["date"]
    assert (got["value"], got.get("mod"), got["rule_id"]) == (value, mod, rule_id)
    assert rule(rule_id).id == rule_id  # declared
