"""Frames of attribution that the cue lexicon's own frames miss, as a specification in the
markup of test_claim_rules.py: a clause the parser hung on the medium it was said in, a
question or doubt raised or cast, a fronted phrase naming whose view a sentence is, a verb
of saying joined to one with a subject, a headline label that is a source and no actor,
a quote credited on the line after it with a dash, and a quote's speech tag whose verb is
in no lexicon.
One line per case, the expectation marked inline (`[no RULE]`: no claim of that rule). The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # a that-clause hung on the medium's noun ("an interview that ...") is the cue's content
    "<sp>The governor</sp> <cue>told</cue> a local newspaper in an interview that <c rule=indirect.medium_clause>the pier would stay closed</c>.",
    "<sp>The captain</sp> <cue>told</cue> the court in a statement that <c rule=indirect.medium_clause>he had never seen the cargo</c>.",  # no second claim for "statement"
    "<sp>The mayor</sp> <cue>told</cue> the paper in an interview that <c rule=indirect.medium_clause>the harbour would reopen in May</c>.",
    "<sp>The coach</sp> <cue>told</cue> the club in a letter that <c rule=mixed.medium_clause_with_quote>the stadium was “a ruin.</c>”",
    "[no indirect.medium_clause] The mayor told the paper in an interview that lasted an hour about her plans.",  # a relative clause: "that" is its subject
    "[no indirect.medium_clause] The mayor wrote in a letter that she sent to the council about the fee.",  # "that" is the object
    "[no indirect.medium_clause] The mayor waved from the window of a car that the council had hired.",  # no cue, no medium
    "<sp>The senator</sp> <cue>said</cue> in a statement that <c rule=indirect.medium_clause>the fee was illegal</c>.",
    # the cue's that-clause hung on another phrase of the cue (medium_frames.phrase_clause)
    "<sp>The ministry</sp> <cue>said</cue> for the first time that <c rule=indirect.phrase_clause>the ferry had been sold</c>.",
    "<sp>The ministry</sp> <cue>disclosed</cue> for the first time that <c rule=indirect.phrase_clause>the ferry had been sold</c>.",
    "<sp>The council</sp> did not <cue>know</cue> at the time that <c rule=mixed.phrase_clause_with_quote>the pier was “a ruin</c>”.",
    # a short answer as the cue's whole complement (reply_frames.reply_word); in quote marks it is a quote
    "At the hearing, <sp>the mayor</sp> <cue>said</cue> <c rule=indirect.reply_word>no</c>.",
    "<sp>The council</sp> <cue>answered</cue> <c rule=indirect.reply_word>yes</c>.",
    "Last year, <sp>half of the fishermen</sp> <cue>said</cue> <c rule=indirect.reply_word>so</c>.",
    "At the hearing, <sp>the mayor</sp> <cue>said</cue> “<c rule=direct.quote_complement>no</c>”.",
    "<sp>The senator</sp> <cue>said</cue> in a radio interview on Monday that <c rule=indirect.ccomp>the fee was illegal</c>.",  # the parser gave said its clause
    # a question or doubt raised, posed or cast, with what it is about
    "<sp>The senator</sp> <cue>raised questions about</cue> <c rule=indirect.raised_question>whether the fee was legal</c>.",
    "<sp>Two economists</sp> <cue>raised serious questions over</cue> <c rule=indirect.raised_question>the bank's forecast</c>.",
    "<sp>The lawyer</sp> <cue>posed a question about</cue> <c rule=indirect.raised_question>the cargo</c> to the captain.",
    "<sp>The mayor</sp> <cue>cast doubt on</cue> <c rule=indirect.raised_question>the harbour plan</c>.",
    "<sp>Two unions</sp> <cue>cast doubt on</cue> <c rule=mixed.raised_question_with_quote>the mayor's “historic” harbour deal</c>.",
    "<sp>The senator</sp> <cue>raised questions about</cue> <c rule=mixed.raised_question_with_quote>the “secret” deal with the port</c>.",
    "[no indirect.raised_question] The ruling raised questions about the future of the pier.",  # no one who asks
    "[no indirect.raised_question] The teacher raised a question in class.",  # nothing it is about
    "[no indirect.raised_question] The ship cast a shadow on the pier.",  # no doubt
    "[no indirect.raised_question] The farmers raised cattle on the hills.",
    # a fronted phrase naming someone's viewpoint frames the rest of the sentence as their view
    "In <sp>her</sp> <cue>view</cue>, <c rule=indirect.viewpoint_phrase>the fee is unfair to the fishermen</c>.",
    "From <sp>the mayor's</sp> <cue>point</cue> of view, <c rule=indirect.viewpoint_phrase>the fee is unfair</c>.",
    "In <sp>Lopez's</sp> <cue>mind</cue>, <c rule=indirect.viewpoint_phrase>the pier was never safe</c>.",
    "From <sp>her</sp> <cue>perspective</cue>, <c rule=mixed.viewpoint_phrase_with_quote>the council “betrayed” the town</c>.",
    "[no indirect.viewpoint_phrase] In the view from the pier, the harbour looked calm.",  # no holder
    "[no indirect.viewpoint_phrase] From the mayor's point, the road runs north.",  # no "of view"
    "[no indirect.viewpoint_phrase] In his view, the mayor said, the fee is unfair.",  # the cue's own claim
    # "say" with an object: what is said, when no clause follows
    "<sp>The senator</sp> <cue>says</cue> <c rule=indirect.dobj>outrageous things about the harbour</c>.",
    "<sp>The mayor</sp> <cue>said</cue> <c rule=indirect.dobj>goodbye to the fishermen</c>.",
    "<sp>The mayor</sp> <cue>said</cue> Monday that <c rule=indirect.ccomp>the fee was fair</c>.",  # a day is no object
    # a verb of saying or thinking joined to a verb with a subject takes that subject
    "<sp>The senator</sp> spoke for an hour and <cue>recounted</cue> <c rule=indirect.open_dobj>the history of the harbour</c>.",
    "<sp>The mayor</sp> stood up and <cue>recited</cue> <c rule=indirect.open_dobj>a long ballad about the sea</c>.",
    "[no indirect.open_dobj] The mayor arrived late and parked the car near the pier.",  # no verb of saying
    # a headline's label may be a source that is no actor, or a noun for people
    "<sp>Poll</sp><cue>:</cue> <c rule=indirect.headline_label>Lopez leads the race for mayor</c>\\n\\nAna Lopez leads the race for mayor by ten points.",
    "<sp>Report</sp><cue>:</cue> <c rule=indirect.headline_label>Harbour fees rose by half in a year</c>\\n\\nThe harbour fees rose sharply last year.",
    "<sp>Insiders</sp><cue>:</cue> <c rule=indirect.headline_label>The mayor will run again</c>\\n\\nThe town council met on Monday.",
    "[no indirect.headline_label] Update: The pier is closed for the winter\\n\\nThe pier closed on Monday.",
    "[no indirect.headline_label] Watch: The mayor cuts the ribbon\\n\\nThe mayor opened the pier on Monday.",
    # a dash credit on the line after a quote: the name is the speaker, the dash the cue
    "The council met on Monday.\\n\\n“<c rule=direct.dash_credit>The pier will be rebuilt by the spring.</c>”\\n\\n<cue>—</cue> <sp>Ana Lopez</sp>, Mayor of Puerto Viejo",
    "The council met on Monday.\\n\\n“<c rule=direct.dash_credit>Our schools deserve better funding.</c>”\\n\\n<cue>--</cue> <sp>Jane Doe</sp>",
    "The council met on Monday. “<c rule=direct.dash_credit>The pier will be rebuilt by the spring.</c>” <cue>—</cue> <sp>Ana Lopez</sp>, the mayor",
    "The council met on Monday.\\n\\n“<c rule=direct.dash_credit>The pier will be rebuilt by the spring.</c>”\\n\\n“<c rule=direct.dash_credit>We owe it to the fishermen.</c>”\\n\\n<cue>—</cue> <sp>Ana Lopez</sp>",  # the quote paragraph before it too
    "[no direct.dash_credit] The council met on Monday.\\n\\n“The pier will be rebuilt by the spring.”\\n\\n— Ready to rebuild —",  # a heading, no name
    "[no direct.dash_credit] The council met on Monday. “Harbour First” — the slogan of the mayor — was everywhere.",
    "[no direct.dash_credit] The council met on Monday.\\n\\n“The pier will be rebuilt by the spring.”\\n\\n— Ana Lopez, the mayor, spoke after the vote.",  # a clause, no credit
    "[no direct.dash_credit] The council met on Monday.\\n\\n“The pier will be rebuilt,” the mayor said.\\n\\n— Ana Lopez contributed reporting.",  # the quote has its tag
    # a speech tag whose verb is in no lexicon: a quote opening its sentence, then a subject and a verb
    "“<c rule=direct.quote_open_tag>The harbour will close</c>,” <sp>the mayor</sp> <cue>fumed</cue>.",
    "“<c rule=direct.quote_open_tag>I have had enough of this council</c>,” <sp>the mayor</sp> <cue>sighed</cue>.",
    "“<c rule=direct.quote_open_tag>The pier is a ruin</c>,” <sp>the mayor</sp> <cue>riffed</cue> on the council's plan.",
    "“<c rule=direct.quote_open_tag>Come on</c>,” <sp>the mayor</sp> <cue>laughed</cue> as the crowd booed.",
    "“<c rule=direct.quote_open_tag>The harbour will close</c>,” <cue>fumed</cue> <sp>the mayor</sp>.",  # the subject after its verb
    "“<c rule=direct.quote_open_tag>Stay there!</c>” <sp>a man in the crowd</sp> <cue>whooped</cue> at the mayor.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
