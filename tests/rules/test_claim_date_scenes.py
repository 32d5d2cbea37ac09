"""Claim dates from a scene the story sets at a day (claim_date.scene_context): a lede of
meeting, visiting, talking with or hosting a party, dated by a day ("President Vela today held
talks with President Ruiz", "The foreign ministers met in Geneva on Monday"), dates what its
parties then said or did there, when nothing else dates it. Not a lede that is a statement,
another speaker, a later new day, a month, a scene inside a quotation, an earlier or later
occasion, a present perfect; a present report keeps the story's date.

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Monday is
2025-06-02, Tuesday 06-03; 'last week' is 2025-W22.
"""

from __future__ import annotations

import pytest
from test_claim_date_discourse import checked_claim_date

WIRE = "LIMA, June 3 (Wire) - President Ana Vela today held talks with President Luis Ruiz of Quito in Lima.\n\n"
GENEVA = "The foreign ministers of Chile and Peru met in Geneva on Monday.\n\n"
SCENE_CASES = [
    # a wire story's lede sets the scene under its dateline: its parties' words are of that day
    (WIRE + "President Vela said the talks were useful.", "talks were useful", "2025-06-03", "claim_date.scene_context"),
    (WIRE + "President Vela said the talks were useful. She emphasized the need for more trade.", "need for more trade", "2025-06-03", "claim_date.scene_context"),
    (WIRE + "The two leaders reaffirmed their commitment to the border accord.", "commitment to the border accord", "2025-06-03", "claim_date.scene_context"),
    (WIRE + "Mr. Ruiz told reporters the border would reopen.", "border would reopen", "2025-06-03", "claim_date.scene_context"),
    # a day of the week; a description of one of the parties
    (GENEVA + "The Chilean minister said the meeting had been frank.", "meeting had been frank", "2025-06-02", "claim_date.scene_context"),
    (GENEVA + "Both ministers stressed that the dispute must be settled in court.", "dispute must be settled", "2025-06-02", "claim_date.scene_context"),
    # a past act (a stance) dated only by the story takes the scene's day too
    (GENEVA + "Both ministers condemned the attack on the embassy in Lima.", "the attack on the embassy", "2025-06-02", "claim_date.scene_context"),
    # a government readout, 'today' the publication's day; a joint statement; a call; a visit
    ("Readout of President Tomas Berg's Meeting with Chancellor Ida Lunde\n\nPresident Tomas Berg today held a summit with Chancellor Ida Lunde of Norland.\n\nThe leaders discussed energy security. President Berg stressed that the alliance would endure.", "alliance would endure", "2025-06-04", "claim_date.scene_context"),
    ("Joint Statement on Norland-Sudria Consultations\n\nOn 2 June 2025, delegations of Norland and Sudria met in Oslo.\n\nBoth sides agreed the consultations were productive.", "consultations were productive", "2025-06-02", "claim_date.scene_context"),
    ("Prime Minister Lea Holt spoke on Monday with President Omar Saleh of Kadar.\n\nThe two leaders agreed to keep in close contact.", "keep in close contact", "2025-06-02", "claim_date.scene_context"),
    ("Talks were held in Doha on Monday between the foreign ministers of Qatar and Oman.\n\nThe Omani minister said progress had been made.", "progress had been made", "2025-06-02", "claim_date.scene_context"),
    ("Chancellor Ida Lunde visited President Olek Marko in Kyiv on Tuesday.\n\nPresident Marko said Europe had kept its word.", "Europe had kept its word", "2025-06-03", "claim_date.scene_context"),
    ("President Tomas Berg hosted Prime Minister Lea Holt on Tuesday.\n\nPrime Minister Holt said the visit had strengthened ties.", "visit had strengthened ties", "2025-06-03", "claim_date.scene_context"),
    # an analysis piece: the scene a paragraph back, a week
    ("Analysis: a long road to a trade deal\n\nThe trade ministers of Norland and Sudria met in Bergen last week. Few expected much.\n\nThe Sudrian minister said a deal was within reach.", "deal was within reach", "2025-W22", "claim_date.scene_context"),
]  # fmt: skip

# the limits of a scene: each of these stays as it was
NO_SCENE_CASES = [
    # a lede that is a statement sets no scene; another speaker is no party
    ("The finance minister of Norland said on Monday that taxes would rise.\n\nThe opposition leader said the plan was reckless.", "plan was reckless", None, "claim_date.undated_past_report"),
    (WIRE + "The central bank governor said interest rates would stay high.", "rates would stay high", None, "claim_date.undated_past_report"),
    (GENEVA + "The finance minister of Brazil said the meeting had been frank.", "meeting had been frank", None, "claim_date.undated_past_report"),
    ("On March 25, Northwind Ltd had a conference call with staffers of the senator.\n\nThe Northwind employee told investigators that he had not made the changes.", "had not made the changes", None, "claim_date.undated_past_report"),
    # a later paragraph that sets a new day; a month is no scene's day
    (GENEVA + "On Tuesday, the Peruvian president addressed parliament.\n\nThe Chilean minister said the meeting had been frank.", "meeting had been frank", None, "claim_date.undated_past_report"),
    ("The foreign ministers of Chile and Peru met in Geneva in May.\n\nThe Chilean minister said the meeting had been frank.", "meeting had been frank", None, "claim_date.undated_past_report"),
    # a scene inside a quotation is the speaker's, not the story's
    ('"We met the Peruvian minister on Monday," the Chilean minister said.\n\nThe Peruvian minister said the talks were useful.', "talks were useful", None, "claim_date.undated_past_report"),
    # an earlier or later occasion, a present perfect: no scene's day; a present report: the story's
    (GENEVA + "The Chilean minister had said the meeting would be frank.", "meeting would be frank", None, "claim_date.undated_past_report"),
    (GENEVA + "The Chilean minister later said the meeting had been frank.", "meeting had been frank", None, "claim_date.undated_past_report"),
    (GENEVA + "The Chilean minister has said the dispute must be settled in court.", "dispute must be settled", None, "claim_date.perfect_undated"),
    (GENEVA + "The Chilean minister says the meeting was frank.", "meeting was frank", "2025-06-04", "claim_date.published"),
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", SCENE_CASES + NO_SCENE_CASES)
def test_a_scene_dates_what_its_parties_said_there(nlp, text, content, value, rule_id):
    checked_claim_date(nlp, text, content, value, rule_id)
