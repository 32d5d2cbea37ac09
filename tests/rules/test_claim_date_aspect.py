"""Claim dates from the verb's aspect, the blog entry, the writer and the occasion named:

- a present perfect ('has said', 'has boycotted') tells of an act before now at no time the
  text gives: only its verb's own date dates it, not a date of another clause, of the
  paragraph, of a transcript's briefing or of a release (claim_date.perfect_undated); 'now'
  places it at the story's day;
- an act in the narrative past that nothing dates has no date, as a report of speech has none
  (claim_date.undated_past_report);
- a live blog's entry dates what it reports by its stamp's day (claim_date.live_entry);
- 'I would argue' is the writer's, and goes on from no other speaker's date (context.writer);
- a report is dated by the event its verb names as its occasion, not by one named elsewhere
  in its sentence, and a quote's later sentence by the occasion its verb's sentence names;
  'the opening session' is named by the act 'opened' (claim_date.event_context).

One line per case, through the whole pipeline: the story, a piece of the claim's content, and
the claim's expected date value and rule id. Published 2025-06-04, a Wednesday: Sunday is
2025-06-01, Monday 06-02, Tuesday 06-03, Friday 05-30.
"""

from __future__ import annotations

import pytest

from tests.rules.test_claim_date_discourse import checked_claim_date

# live-blog entries under their stamps, newest first
BLOG = (
    "Harbour summit live, Wednesday 4 June 2025.\n\n"
    "4:20 p.m.\nThe port authority said the cranes were back in service.\n\n"
    "14:05\nRain is falling. Dock workers said the strike would go on.\n\n"
    "11:30\nDelegates are tired. The unions have signalled for weeks that they would close the port.\n\n"
    "10:45\nDelegates are arriving. The minister has repeatedly said the port will stay open.\n\n"
    "09:10\nDelegates are arriving. Talks resume in January."
)

CASES = [
    # a present perfect: only its verb's own date, else undated with the story's bound
    ("The minister said on Monday that talks had stalled. The union has said the strike will go on.", "strike will go on", None, "claim_date.perfect_undated"),
    ("The rebels, who have rejected the plan, attacked the town last month.", "the plan", None, "claim_date.perfect_undated"),  # not its sentence's month
    ("The council met on Tuesday. The mayor has urged calm.", "calm", None, "claim_date.perfect_undated"),
    ("Since November 2024, fighting has forced thousands to flee. The agency has received credible reports that both sides have recruited boys.", "recruited boys", None, "claim_date.perfect_undated"),  # a noun cue's verb
    ("Leaders have now approved the budget.", "the budget", "2025-06-04", "claim_date.published"),  # 'now': the story's day
    ("PRESS RELEASE\n\nOslo, 4 June 2025\n\nThe ministry has repeatedly urged restraint. \"We are ready to help,\" the minister said.\n\n###", "restraint", None, "claim_date.perfect_undated"),  # not the release's day
    ("Tuesday, June 3, 2025\n\nMS. LUND: Welcome.\n\nQ: The rebels have called the talks a trap. Do you agree?\n\nMS. LUND: No.", "the talks a trap", None, "claim_date.perfect_undated"),  # not the briefing's day
    # an act in the narrative past that nothing dates: undated, as a report
    ("The ministry opened an inquiry into the port. Shipping firms welcomed the move.", "the move", None, "claim_date.undated_past_report"),
    # a live blog's entry: its stamp's day
    (BLOG, "cranes were back in service", "2025-06-04", "claim_date.live_entry"),
    ("Summit live.\n\n18:52\nLeaders said a deal could come by Friday.\n\n17:40\nThe minister said he would not sign.\n\n16:15\nThe envoy said the talks were close.", "he would not sign", "2025-06-04", "claim_date.live_entry"),  # a stamp after 'by Friday' is still the blog's day
    (BLOG, "strike would go on", "2025-06-04", "claim_date.live_entry"),  # not undated
    ("Summit live\n\nLast updated 4 June 2025\n\n18:52 CET - Leaders back a deal\n\nLeaders said a deal could come on Friday.\n\n17:40 CET - Minister: no signature\n\nThe minister told reporters he would not sign.\n\n16:15 CET - Envoy upbeat\n\nThe envoy said the talks were close.", "he would not sign", "2025-06-04", "claim_date.live_entry"),  # stamps before their entries' headlines; a day an entry names is no stamp's
    (BLOG, "they would close the port", None, "claim_date.perfect_undated"),  # 'for weeks': of no day
    (BLOG, "port will stay open", None, "claim_date.perfect_undated"),  # 'repeatedly': of no day
    ("Port strike.\n\n16:20\nRain fell. Dock workers said the strike would go on.\n\n09:10\nTalks resume in January.", "strike would go on", "2025-06-04", "claim_date.paragraph_context"),  # two stamps: no blog, the paragraph's time
    # the writer's 'I' goes on from no other speaker's date
    ("Officials said last week that the talks had stalled.\n\nI would argue that the talks must go on.", "talks must go on", "2025-06-04", "claim_date.published"),
    ("The envoy said on Monday that the talks had stalled. I think that the talks must go on.", "talks must go on", "2025-06-04", "claim_date.published"),
    # the event a report's verb names as its occasion
    ("The council voted on Friday to ban the trawlers.\n\n\"The sea cannot wait,\" the envoy told the council after the vote. \"Today we act for the fishermen.\"", "Today we act", "2025-05-30", "claim_date.event_context"),  # the quote's second sentence too
    ("Mediators opened a new round of talks on Tuesday.\n\nDelegations met separately.\n\n\"The guns must fall silent,\" said Ana Ruiz, the envoy, at the opening session.", "guns must fall silent", "2025-06-03", "claim_date.event_context"),
    ("The summit opened on Monday.\n\nThe minister told reporters that Oslo would host the summit again and urged donors to pay.", "donors to pay", None, "claim_date.undated_past_report"),  # the summit is what is told
    ("The talks opened on Monday.\n\nThe envoy, who had led earlier talks, said the mood was good.", "mood was good", None, "claim_date.undated_past_report"),  # talks of a clause on the speaker
]  # fmt: skip


@pytest.mark.parametrize("text, content, value, rule_id", CASES)
def test_claims_are_dated_by_aspect_entry_writer_and_occasion(nlp, text, content, value, rule_id):
    got = checked_claim_date(nlp, text, content, value, rule_id)
    if value is None:  # an undated claim keeps the story's date as its bound
        assert got["not_after"] in ("2025-06-04", "2025-06-03")
