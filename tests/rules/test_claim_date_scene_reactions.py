"""Claim dates from a scene (claim_date.scene_context): a reaction to the scene's own act,
named by a definite noun as the object of the reacting verb ('Brazil praised Monday's
signing', 'North Korea described the summit as a farce'), is told of the scene's day, whoever
reacts (lexicons scene_reaction_nouns, scene_reaction_determiners).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Monday is
2025-06-02.
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import checked_claim_date

SIGNED = "Chile and Peru signed a fishing accord in Lima on Monday.\n\n"
SUMMIT = "The leaders of Chile, Peru and Bolivia met in Lima on Monday for a summit on water.\n\n"
CASES = [
    (SIGNED + "Brazil praised Monday's signing.", "Monday's signing", "2025-06-02", "claim_date.scene_context"),
    (SUMMIT + "North Korea described the summit as a farce.", "the summit as a farce", "2025-06-02", "claim_date.scene_context"),
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", CASES)
def test_a_reaction_to_the_scene_is_told_of_its_day(nlp, text, content, value, rule_id):
    checked_claim_date(nlp, text, content, value, rule_id)
