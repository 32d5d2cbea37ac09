"""Claim dates from a scene (claim_date.scene_context), two more limits of what a scene's day
reaches. A day told of another statement ('The Bolivian government said on Sunday that ...')
places that statement, not the story's time: the scene's parties speak on at the scene's day.
And the story's own act in its first paragraph, of any kind, dated by a day and told with its
source after it ('Negotiators failed on Monday to agree, trade officials said'), dates that
source's report, though it is no meeting; and its parties' words in the two paragraphs after
it, where a story tells on its first act (not further down the story, and not after a first
act that is itself a statement: 'X will keep its border closed, the government said on
Monday' sets no scene).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Sunday is
2025-06-01, Monday 06-02, Tuesday 06-03.
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import checked_claim_date

GENEVA = "The foreign ministers of Chile and Peru met in Geneva on Monday.\n\n"
FAILED = "Negotiators of Chile and Peru failed on Monday to agree on a fishing accord, trade officials said."
PROTEST = "Chile lodged a formal protest with Peru on Monday after a Peruvian patrol boat rammed a fishing vessel."
CASES = [
    # another speaker's statement dated between the scene and the claim: the scene goes on
    (GENEVA + "The Bolivian government said on Sunday that it would not attend.\n\nThe Chilean minister said the meeting had been frank.", "meeting had been frank", "2025-06-02", "claim_date.scene_context"),
    ("The trade ministers of Norland and Sudria met in Oslo on Tuesday.\n\nA Sudrian spokesman told reporters on Monday that no deal was likely.\n\nThe Norland minister said the talks had made progress.", "talks had made progress", "2025-06-03", "claim_date.scene_context"),
    # the story's first act, of any kind, with its source after it: the source tells it that day
    (FAILED, "failed on Monday to agree", "2025-06-02", "claim_date.scene_context"),
    ("Fishing talks stall\n\nGENEVA (Wire) - " + FAILED, "failed on Monday to agree", "2025-06-02", "claim_date.scene_context"),
    ("The central bank raised its key rate on Tuesday, analysts said.", "raised its key rate", "2025-06-03", "claim_date.scene_context"),
    # the story's first act of any kind sets a scene for the two paragraphs after it: what its
    # parties then said (an official of a party's state, a party's body) was said that day
    (PROTEST + "\n\nChilean foreign ministry spokeswoman Ana Berg said the collision had injured two sailors.", "injured two sailors", "2025-06-02", "claim_date.scene_context"),
    (PROTEST + "\n\nChilean foreign ministry spokeswoman Ana Berg said the collision had injured two sailors.\n\nPeru's foreign ministry rejected the protest.", "the protest", "2025-06-02", "claim_date.scene_context"),
    ("Peru's central bank left its key rate unchanged on Tuesday.\n\nThe Central Reserve Bank of Peru said in a statement that inflation had eased.", "inflation had eased", "2025-06-03", "claim_date.scene_context"),
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", CASES)
def test_a_scene_day_reaches_past_other_statements_and_to_the_lede_source(
    nlp, text, content, value, rule_id
):
    checked_claim_date(nlp, text, content, value, rule_id)
