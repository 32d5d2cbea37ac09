"""Where a claim's content starts and ends, one line per case: "cue: sentence", the content
of the cue's claim marked [[ ]]. A line with `\\n` is the same sentence hard-wrapped, as
plain-text mail and newsletters are, at about 72 columns. The sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    # a verb conjunct of the cue joined by a contrast goes on with what was said
    "said: The mayor said [[the harbour would reopen, but the ferries would not run until May]].",
    "backs: The mayor backs [[the harbour plan but will not pay for the new cranes]].",
    "told: The mayor told reporters that [[the council had tried to close the harbour, but a judge\nhad stopped it]].",  # hard-wrapped
    # ... but a clause of the author's, or the speaker's next act, does not
    "said: The mayor said [[the harbour was safe]], and the crowd cheered.",
    "said: The mayor said [[the time for talk was over, and the town has to act]].",  # present after past: still said
    "said: The mayor said [[the time for talk was over, and the town\nwill have to act]].",  # hard-wrapped, a modal
    "called: The mayor called [[the plan reckless]] and left the room.",
    "said: The mayor said [[she could not back the plan but understood why the council did]].",  # a contrast goes on over a cue verb
    "understood: The mayor said she could not back the plan but understood [[why the council did]].",  # which keeps its own claim
    # ... nor one with a subject of its own, a passive's with its agent, or an expletive
    "said: The mayor said [[the harbour would reopen]], but the plan was condemned by Ana Ruiz.",
    "condemned: The mayor said the harbour would reopen, but [[the plan was condemned by Ana Ruiz]].",  # her claim
    "said: The mayor said [[the pier was safe]], but it was reported later that the piles had cracked.",
    # ... nor one with a noun object and no frame, which the object rules claim on their own
    "said: The mayor said [[the harbour was safe]], but ordered new checks on the ferries.",
    # a contrasted cue verb in the reported verb's own tense keeps its claim as well
    "doubted: The mayor said she liked the pier but doubted [[the town could pay for it]].",
    "doubts: The mayor says she likes the pier but doubts [[the town can pay for it]].",
    # a cue with a noun object does not run on over a contrasted stance: two claims
    "praised: The mayor praised [[the new pier]] but criticized its cost.",
    "criticized: The mayor praised the new pier but criticized [[its cost]].",
    "denied: The captain denied [[the rumour]], but conceded that the ferries had stopped.",
    # a paragraph of a quotation with a speech tag of its own is that tag's
    "added: The mayor said: “The harbour will reopen next week.\n\n“[[The ferries will run again]],” the captain added.",
    # a date that tells when it was said stays out; one inside a clause hung on the cue is said
    "announced: The mayor announced [[a new harbour]] at a meeting on March 3, 2021.",
    "said: The mayor said [[the harbour would reopen, although the last ferry had left in March]].",
    "challenged: The mayor challenged [[the captain to a race before the regatta in June]].",  # a date of the race, not of the challenge
    "opposed: The mayor opposed [[the harbour plan]] last spring.",
    # a quote that stops mid-sentence runs on to its speech tag, over quoted words set in
    "said: “[[The new fees will ruin us” and “empty the bay by the spring]],” the mayor said.",
    "said: “[[The harbour stays shut” if the council won't pay for the cranes]], the mayor said.",
    "said: “[[The harbour stays shut” if the council won't pay for\nthe cranes]], the mayor said.",  # hard-wrapped
    "said: “[[The harbour stays shut]],” the mayor said, “and the ferries will not run until May.”",  # a quote of its own
    "said: [[The harbour stays shut]], said Anna Ruiz, the port director.",  # the speaker's apposition
    # words of the author's that open the quote's sentence, or a complement begun before it
    "said: [[Given the state of the pier, “nobody should sail from here this year]],” the mayor said.",
    "said: [[Given the state of the pier,\n“nobody should sail from here this year]],” the mayor said.",  # hard-wrapped
    "said: The mayor said [[the fees had doubled since May, “and the boats are leaving for good.]]”",
    "arguing: The mayor left early, arguing that [[if the fees rise again, “the last boats will leave.]]”",
    "said: The mayor said, “[[The boats are leaving for good.]]”",  # the quote is the whole complement
    "said: [[If the pier fails, she said, “we will sue the builders.]]”",  # a tag set into the quote's sentence
    "said: As the crowd booed, the mayor said, “[[Please be quiet.]]”",  # a clause of the author's before the tag
    "said: After walking along the pier, the captain said, “[[The piles will not last the winter.]]”",
    "joked: When the band stopped, Lopez was greeted by the mayor and joked, “[[Nobody warned me about the stairs.]]”",  # a quote outside the other cue's content stays
    "said: The harbour's new director, Ana Ruiz, said: “[[We are checking the cranes.]]”",  # the lead is the name's own noun
    # a content before its speech tag runs on over the tag when the sentence goes on after it
    "said: [[The fees will be cut, the mayor said, by the end of May]].",
    "said: [[The fees will be cut, the mayor said,\nby the end of May]].",  # hard-wrapped
    "said: “[[We will cut the fees,” the mayor said, “by the end of May]].”",
    "said: “[[We will cut the fees]],” the mayor said, adding that the port would reopen.",  # its own claim
    "said: “[[We will cut the fees]],” the mayor said, and the crowd cheered.",  # a clause of its own
    # the speaker's next act after a comma that closes a quote is cut off as after any comma
    "insisted: The harbour master insisted that [[the pier was “perfectly safe]],” claiming that the cracks were only in the paint.",
    "claiming: The harbour master insisted that the pier was “perfectly safe,” claiming that [[the cracks were only in the paint]].",  # its own claim
    "said: The mayor said [[the plan was “dead]],” referring to the council's vote on the harbour.",
    "citing: The captain argued that the tax was “unfair to fishermen,” citing [[the losses of the last winter]].",
    # ... but not over a phrase about the speaking itself: when, how, a participle of the cue
    "said: “[[The pier stays open]],” the captain said, grinning.",
    "said: “[[The pier stays open]],” the captain said, on Tuesday.",
    "said: “[[The pier stays open]],” the captain said, without giving reasons.",
    "said: “[[The pier stays open]],” the captain said, in a statement sent to reporters.",
    "said: [[The pier stays open]], the captain said, in a radio interview.",  # a tag set into its clause
    "said: [[The pier stays open]], the captain said, at a rally.",
    "said: [[The pier stays open, the captain said, until the storm season]].",  # a deadline: said
    "said: [[Still, as the captain said, given the tides, the pier stays open]].",  # no clause before the tag: not cut to "Still, as"
    # the author's words that open the quote's sentence, unless they tell when or how it was
    # said, or only link to the sentence before
    "said: On Tuesday, “[[the pier stays open]],” the captain said.",
    "said: Even so, “[[the pier stays open]],” the captain said.",
    "said: In a statement, “[[the pier stays open]],” the captain said.",
    "said: [[Given the town’s budget, “the pier stays open]],” the captain said.",  # an apostrophe is no quote
    "said: [[Given the town's budget, “the pier stays open]],” the captain said.",
    # a condition of the reported clause before the speech tag is said; other leads are not
    "said: [[If the fees rise again, the mayor said the last boats would leave the harbour]].",
    "said: In the poorer towns, the mayor said [[the clinics would close]].",
    "said: Although the night was calm, the mayor said [[the clinics had been neglected]].",  # a concession is the author's
    "said: [[If the strike continues, the mayor said the clinics would close]].",  # a cue verb with no complement
    "said: If the nurses reject the offer, the mayor said [[the clinics would close]].",  # one with a claim of its own
    "said: Speaking to reporters, the mayor said [[the clinics would close]].",
    # a clause's subject that the parser made the cue's object starts the content
    "stressed: The teacher stressed [[the effort to buy new books for the library is very urgent now]].",
    "stressed: The teacher stressed [[the effort to buy new books for\nthe library is very urgent now]].",  # hard-wrapped
    "stressed: The nurse stressed [[the plan to hire more staff for the clinic was badly needed]].",
    "told: The mayor told the council [[the harbour fees are not perfect]].",  # a clause with its subject: the listener stays out
    # a clause before the cue is not its content when the cue has a complement of its own
    # right after it, with nothing but its object or an adverb between (an infinitive, a
    # gerund): not "..., the mayor told reporters" or "..., the mayor said, adding that ..."
    "reported: The pier has been a fine earner for the town — the mayor reported [[earning $2 million from it last year]].",
    "reported: The pier has been a fine earner for the town — the mayor\nreported [[earning $2 million from it last year]].",  # hard-wrapped
]


def parse(case: str) -> tuple[str, str, int, int]:
    """(cue, text, content start, content end) of a case line."""
    cue, marked = case.split(": ", 1)
    start = marked.index("[[")
    end = marked.index("]]") - 2
    return cue, marked.replace("[[", "").replace("]]", ""), start, end


def cue_claims(nlp, case: str) -> tuple[list[dict], int, int]:
    """The claims of a case line's cue (its first word), and the marked content's span."""
    cue, text, start, end = parse(case)
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-10"
    claims = nlp(doc)._.claims
    return [c for c in claims if c["cue"]["text"].split()[0] == cue], start, end


@pytest.mark.parametrize("case", CASES, ids=[c[:70] for c in CASES])
def test_content_span(nlp, case):
    found, start, end = cue_claims(nlp, case)
    assert found, f"no claim of the cue of {case[:40]!r}"
    got = found[0]["content"]
    assert (got["start"], got["end"]) == (start, end), f"got {got['text']!r}"


# A content that ends at a quote closed mid-sentence runs on to the sentence's end (the
# parser often ends the quoted phrase's subtree at its mark); "|" marks where the content
# ended, [[ ]] where it ends after the rule. Not over a speech tag or a clause of its own.
RUN_PAST_QUOTE = [
    "The mayor called the plan “a gift to the banks|” [[of every town on the coast]].",
    "The mayor called the plan “a gift to the banks|” [[of every town\non the coast]].",  # hard-wrapped
    "The mayor called the plan “a gift to the banks,|”[[]] the paper reported.",
    "The mayor called the plan “a gift to the banks|”[[]] and the crowd cheered.",
    "The mayor called the plan “a gift|”[[]] Nobody cheered.",  # not lowercase: a new sentence
    "The mayor called the plan “a gift to the banks|”[[]] on Monday.",  # when it was said
]


@pytest.mark.parametrize("case", RUN_PAST_QUOTE, ids=[c[:70] for c in RUN_PAST_QUOTE])
def test_run_past_quote(nlp, case):
    from pipeline.claims.lexicon import load_lexicon
    from pipeline.claims.ruleset import packaged_rules
    from pipeline.claims.spans import run_past_quote
    from pipeline.claims.view import build_view

    end = case.index("|")
    marked = case.replace("|", "")
    want_end = marked.index("]]") - 2
    if marked.index("[[") == want_end:  # an empty mark: the end stays where it was
        want_end = end
    text = marked.replace("[[", "").replace("]]", "")
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-10"
    view = build_view(nlp(doc), load_lexicon(), packaged_rules())
    assert run_past_quote(view, end) == want_end


# A closing paragraph with a speech tag of its own: the tag's speaker, "cue: text => speaker";
# a pronoun left unresolved is the quotation's speaker, as when the paragraph went on with it.
TAG_SPEAKERS = [
    "added: The mayor said: “The pier will open.\n\n“The boats will come back,” she added. => The mayor",
    "added: The mayor said: “The pier will open.\n\n“The boats will come back,” the captain added. => the captain",
]


def cue_speaker(nlp, case: str) -> tuple[str | None, str]:
    """The speaker's words of the first claim of a "cue: text => speaker" line's cue, and
    the speaker the line wants."""
    cue, rest = case.split(": ", 1)
    text, want = rest.split(" => ")
    claims = nlp(text)._.claims
    found = [c for c in claims if c["cue"]["text"] == cue]
    assert found, f"no claim of {cue!r}: {claims}"
    return (found[0]["speaker"] or {}).get("text"), want


@pytest.mark.parametrize("case", TAG_SPEAKERS, ids=[c[:70] for c in TAG_SPEAKERS])
def test_closing_tag_speaker(nlp, case):
    got, want = cue_speaker(nlp, case)
    assert got == want
