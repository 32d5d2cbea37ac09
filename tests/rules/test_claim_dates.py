"""Claim dates from the discourse: when was the statement made?

One line per case. In the text, [brackets] mark the claim's content and <angles> its cue (the
cue offsets are passed only where angles are written; otherwise the positional call must find
the reporting verb itself). Expected: the claim date's value and basis, and the content date's
value (None: the content has no date of its own, or the same one). Published 2024-10-04, a
Friday: Monday is 2024-09-30, Tuesday 10-01, Wednesday 10-02, Thursday 10-03.
"""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc

from pipeline.dates.claim_dates import paragraph_bounds
from pipeline.dates.date_tagger import claim_date
from pipeline.rules import rule

PUB = "2024-10-04"
UNDATED = {"value": None, "basis": None, "content_date": None, "start": None, "rule_id": None}
MARK = re.compile(r"[\[\]<>]")

CASES = [
    # explicit: a date governed by the reporting verb
    ("The minister <said> on Monday [that prices rose].", "2024-09-30", "explicit", None),
    ("The minister said on Wednesday [that talks would resume].", "2024-10-02", "explicit", None),
    ("On Tuesday the minister said [the talks had failed].", "2024-10-01", "explicit", None),
    ("[Prices rose sharply in 2022], the ministry said on Thursday.", "2024-10-03", "explicit", "2022"),
    ("The ministry said on Thursday [that prices rose sharply in 2022].", "2024-10-03", "explicit", "2022"),
    ("She said last week [that the plan was dead].", "2024-W39", "explicit", None),
    ("“[We will never surrender],” the president said on Sunday.", "2024-09-29", "explicit", None),
    ("[Prices will rise], the minister told parliament on Tuesday.", "2024-10-01", "explicit", None),
    ("The minister said on Monday [the deal would be signed next month].", "2024-09-30", "explicit", "2024-11"),
    ("The minister <will say> on Monday [that the plan has failed].", "2024-10-07", "explicit", None),
    # sentence: a date of the claim's sentence, outside its content
    ("In a statement on September 12, the ministry said [the deal was off].", "2024-09-12", "explicit", None),
    ("Speaking on Monday, the president said [the army would withdraw].", "2024-09-30", "sentence", None),
    ("The minister said [prices rose], according to a note issued on Tuesday.", "2024-10-01", "sentence", None),
    ("The committee met on Monday. On Wednesday, its chairman said [the report was final].", "2024-10-02", "explicit", None),
    # context: the previous sentences of the paragraph
    ("On Monday, the minister met her counterpart. She said [talks went well].", "2024-09-30", "context", None),
    ("On Monday, the minister met her counterpart in Rome. The two discussed trade. She said [talks went well].", "2024-09-30", "context", None),
    ("Last week the two leaders spoke by phone. Macron said [the call was productive].", "2024-W39", "context", None),
    ("The talks were held in Geneva on Sept. 28. The envoy said [progress was made].", "2024-09-28", "context", None),
    ("Yesterday the court ruled on the case. The judge said [the law was void].", "2024-10-03", "context", None),
    ("On Tuesday morning the minister landed in Kyiv. She said [support would continue].", "2024-10-01", "context", None),
    ("In September, the minister campaigned in Osaka. She said [taxes would fall].", "2024-09", "context", None),
    ("Reporters asked the minister on Monday about the deal. “[The deal is dead],” she said.", "2024-09-30", "context", None),
    ("The minister met her counterpart on Monday. Talks are set for next month. She said [talks went well].", "2024-09-30", "context", None),
    ("On Monday the minister met the unions. She said [wages would rise in 2025].", "2024-09-30", "context", "2025"),
    # context: what an earlier report reports, or a relative clause describes, sets no time
    ("The union said on Monday that the strike began in August. It said [it would fight on].", "2024-09-30", "context", None),
    ("She said prices rose in September. The minister said [wages would rise].", None, None, None),
    ("The law, which took effect in March, was widely criticised. The minister said [it had failed].", None, None, None),
    # context: the event the claim reports, dated earlier
    ("The summit opened on Wednesday in Geneva.\n\nAt the summit, the president said [the war must end].", "2024-10-02", "context", None),
    ("The hearing took place on Tuesday.\n\nDuring the hearing, the senator said [the agency had failed].", "2024-10-01", "context", None),
    ("The interview aired on Monday.\n\nIn the interview, he said [he would not resign].", "2024-09-30", "context", None),
    # not context: too far back, another paragraph, a year, a later date
    ("On Monday the minister arrived in Paris. She toured a factory. She met workers. She visited a school. She said [the economy was strong].", None, None, None),
    ("The minister met her counterpart on Monday.\n\nShe said [talks went well].", None, None, None),
    ("In 2019, the company moved to Berlin. Its chief said [the move paid off].", None, None, None),
    ("Elections are due on Sunday. The minister said [her party would win].", None, None, None),
    ("Ten years ago today, the old pier fell. Officials said [a new one would open].", None, None, None),  # an anniversary dates the event remembered
    ("Twenty years ago this month, the mill closed. Workers said [they still missed it].", None, None, None),  # nor a month's
    ("The vote will take place next week. He said [he would vote no].", None, None, None),
    ("Tomorrow the minister will visit Kyiv. She said [support would continue].", None, None, None),
    # tense: a present-tense report is dated by publication; "will" in the content never dates it
    ("The minister says [prices will fall next year].", PUB, "published", "2025"),
    ("On Monday the minister met the press. She says [prices will fall].", PUB, "published", None),
    ("The minister said [Russia will respond next month].", None, None, "2024-11"),
    ("The minister said [the troops left in March].", None, None, "2024-03"),
    ("[Exports fell in 2022 and in 2023], the ministry said.", None, None, "2022"),
    # never a claim date: durations, vague references
    ("Officials said [the plan, which lasted three days, had failed].", None, None, None),
    ("Officials now say [the treaty still holds].", PUB, "published", None),
    # the dateline dates the report
    ("MOSCOW, Oct. 2 (Reuters) - The Kremlin said [the talks had stalled].", None, None, None),
    ("GENEVA, Oct. 1 — Officials said [a deal was close].", None, None, None),
    ("Kremlin rejects offer\n\nMOSCOW, Sept. 26 (Reuters) - The Kremlin said [the talks had stalled].", None, None, None),  # below a title
    ("NEW YORK--(BUSINESS WIRE)--Oct. 1, 2024--The bank said [profits would rise].", None, None, None),
    # and anchors the story's relative dates: 'Tuesday' before Thursday Sept. 26, 'today' of a release
    ("LONDON, Sept. 26 (Reuters) - The minister said on Tuesday [the budget was sound].", "2024-09-24", "explicit", None),
    ("WASHINGTON, Sept. 30, 2024 /PRNewswire/ -- The company announced today [that it had\ncompleted the acquisition].", "2024-09-30", "explicit", None),
    # hard-wrapped lines: a past-tense report with no date of its own inherits the last sentence's
    ("WASHINGTON, Sept. 30, 2024 /PRNewswire/ -- The company announced today that it\nhad completed the acquisition. The chief executive said [the\ndeal would create value].", "2024-09-30", "context", None),
    ("On Monday, the minister met\nher counterpart in Rome. She said [talks\nwent well].", "2024-09-30", "context", None),
    ("LONDON, Sept. 26 (Reuters) - The minister met the unions on\nTuesday. She said [wages\nwould rise].", "2024-09-24", "context", None),
    # realistic layouts: datelines spelled out or unabbreviated, wire credits, a hard wrap after the dash
    ("WASHINGTON, October 2 (Reuters) - The senator said [the bill was dead].", None, None, None),
    ("WASHINGTON, Oct 2 (Reuters) - The senator said [the bill was dead].", None, None, None),
    ("WASHINGTON, March 3 (Reuters) - The senator said [the bill was dead].", None, None, None),
    ("KYIV, Ukraine, Oct. 2 (AP) — Officials said [the dam held].", None, None, None),
    ("PARIS (AP) — The minister said [talks had failed].", None, None, None),  # a dateline without a date
    ("LONDON, Sept. 26 (Reuters) -\nThe minister said [the budget was sound].", None, None, None),
    ("MOSCOW, Oct. 2 (Reuters) - The Kremlin says [the talks have stalled].", "2024-10-02", "published", None),  # 'says': the report's own day
    ("LONDON, Oct. 3 (Reuters) - The minister said on Thursday [the budget was sound].", "2024-10-03", "explicit", None),
    # hard wraps at 72 columns, transcripts
    ("The minister said on\nMonday [that talks went well].", "2024-09-30", "explicit", None),
    ("The governor spoke today with the mayor\nof Porto. The governor reaffirmed [the region’s firm\nsupport for the harbour].", "2024-10-04", "context", None),
    ("MS. SMITH: On Monday the president met the unions. He said [talks went well].", "2024-09-30", "context", None),
    ("Q: Did the president call Putin?\n\nMS. SMITH: [He did, on Tuesday.]", PUB, "published", "2024-10-01"),
    # the reporting verb's date however the parser attaches it, in its own words
    ("The minister said Monday [that talks went well].", "2024-09-30", "explicit", None),
    ("The minister said late Monday [that talks went well].", "2024-09-30", "explicit", None),
    ("The minister said earlier this week [that talks went well].", "2024-W40", "explicit", None),
    ("The minister said last month [that talks went well].", "2024-09", "explicit", None),
    ("The minister said last year [taxes would fall].", "2023", "explicit", None),  # 'last year' parsed as a compound of 'taxes'
    ("Officials said Thursday, Oct. 3, [the strike had ended].", "2024-10-03", "explicit", None),
    ("Officials said Sunday night [the strike had ended].", "2024-09-29", "explicit", None),
    ("Officials said at 9 a.m. Tuesday [the strike had ended].", "2024-10-01", "explicit", None),
    ("The minister told Reuters in an interview on Tuesday [that talks went well].", "2024-10-01", "explicit", None),
    ("The minister said in a statement released on Tuesday [that talks went well].", "2024-10-01", "sentence", None),
    ("The minister said [that talks went well], in remarks on Wednesday.", "2024-10-02", "sentence", None),  # 'remarks' names the occasion
    ("The minister said on Friday [that the deal was signed on Monday].", "2024-10-04", "explicit", "2024-09-30"),
    # the future: a planned speech act is dated in the future, a past report never is
    ("The minister is expected to say on Monday [that taxes will rise].", "2024-10-07", "explicit", None),
    ("The minister plans to announce on Monday [that taxes will rise].", "2024-10-07", "explicit", None),
    ("The minister will say on Monday [that the plan has failed], aides said.", "2024-10-07", "explicit", None),
    ("Aides said on Thursday [the minister will speak on Monday].", "2024-10-03", "explicit", "2024-10-07"),
    ("The minister said [she will travel to Kyiv on Monday].", None, None, "2024-10-07"),
    ("The minister, who will visit Kyiv next Tuesday, said [aid would continue].", None, None, None),
    ("The minister will travel to Kyiv on Monday. She said [aid would continue].", None, None, None),
    ("The minister has repeatedly said [that talks went well].", None, None, None),
    ("On Monday the minister met the press. She will announce [new taxes].", PUB, "published", None),  # a future act inherits no past date
    ("On Monday the minister met the press. She plans to announce [new taxes].", PUB, "published", None),
    # inherited: the event reported (a noun matched by its lemma), the previous sentences
    ("Talks with the unions were held on Wednesday.\n\nAfter the talks, the minister said [a deal was near].", "2024-10-02", "context", None),
    ("Leaders gathered for a summit in Rome on Tuesday. Speaking at the summit, Meloni said [Europe must act].", "2024-10-01", "context", None),
    ("The minister gave a press conference on Tuesday.\n\nAt the news conference she said [a deal was near].", "2024-10-01", "context", None),
    ("Putin spoke to reporters on Monday. He said [the West had lied]. He added [that talks were dead].", "2024-09-30", "context", None),
    ("On Wednesday, the minister met the unions. Afterwards she said [talks went well].", "2024-10-02", "context", None),
    ("The minister met the unions on Wednesday. The meeting lasted three hours. “[Talks went well],” she said.", "2024-10-02", "context", None),
    ("On Monday, the minister met\nthe unions in Paris. She told them that\n[wages would rise next year].", "2024-09-30", "context", "2025"),
    ("The minister arrived on Monday. On Tuesday she flew to Rome. She said [the trip went well].", "2024-10-01", "context", None),
    ("In a speech in 2019 the minister said [taxes would fall].", "2019", "explicit", None),
    # an undated past report is undated whatever the kind of text: a dateline or date line is only its bound ...
    ("MOSCOW, Oct. 4 (Reuters) - The minister said [the troops left in March].", None, None, "2024-03"),
    ("Friday, October 4, 2024\n\nThe minister said [the troops left in March].", None, None, "2024-03"),
    ("Thursday, October 3, 2024\n\nThe minister said [the troops left in March].", None, None, "2024-03"),  # the date line bounds it
    ("Friday, October 4, 2024 On Tuesday, the council unveiled [a review].", "2024-10-01", "explicit", None),  # a date line run into the text
    ("The talks ended on Wednesday.\n\nThe minister said [Russia will respond next month].", None, None, "2024-11"),
    ("Troops left the town yesterday.\n\nThe envoy said [a truce was near].", None, None, None),
    ("The vote is on Sunday.\n\nThe minister said [her party would win].", None, None, None),
    # ... and so in an analysis piece
    ("Relations have soured since 2022.\n\nThe minister said [the troops left in March].", None, None, "2024-03"),
    ("The drought began in 2021. Last week more farmers left.\n\nA mayor declared [the crisis over].", None, None, None),
    ("In September the party chose a leader.\n\nA rival said [the vote was rigged].", None, None, None),
    # ... but a present-tense report is of the publication either way
    ("Relations have soured since 2022. The minister says [talks are dead].", PUB, "published", None),
    ("Relations have soured since 2022. The minister is saying [talks are dead].", PUB, "published", None),
    # a bare participle reports in the tense of the clause it hangs from
    ("The council has reacted, with its spokesman saying [fares would rise].", None, None, None),
    ("On Monday the council reacted, with its spokesman saying [fares would rise].", "2024-09-30", "sentence", None),
    ("PORTO, Oct. 3 (Reuters) - The council has reacted, with its spokesman saying [fares would rise].", None, None, None),
    # a sentence placed in time by a date that is not its own inherits none from before it
    ("She toured the coast in June. Because of raids by smugglers last week, she proposed [new patrols].", None, None, None),
    ("On Monday the minister met the unions. Ahead of next week’s vote, she said [wages would rise].", None, None, None),
    ("On Monday the minister met the unions. Marking the 2014 strike, she said [wages would rise].", None, None, None),
    ("On Monday the minister met the unions. The minister, who took office in March, said [wages would rise].", "2024-09-30", "context", None),
    # ... nor one placed after, during or in response to an event: the event's time, if known
    ("On Monday rival crews fought at the port. After the clash, the union stated [it would strike].", None, None, None),
    ("On Monday the minister met the unions. In response to the strike, she said [wages would rise].", None, None, None),
    ("On Monday the minister held a meeting with the unions. After the meeting, she said [talks went well].", "2024-09-30", "context", None),
    ("On Monday the minister met the unions. Afterwards she said [talks went well].", "2024-09-30", "context", None),
    ("The hearings began on Tuesday. After the clash, the union stated [it would strike if the hearings go on].", None, None, None),  # the content's noun is no occasion
    # a date inside a quotation or another claim's reported clause sets no time for this one
    ("“The army fired on Thursday. [It fled],” the ministry said.", None, None, None),
    ("“Troops fired on Thursday,” said the ministry. “[They fled],” it added.", None, None, None),
    ("On Thursday the ministry said troops had fired. “[They fled],” it added.", "2024-10-03", "context", None),
    ('A 9" shell hit the post on Thursday. "[They fled]," the army said.', "2024-10-03", "context", None),  # an inch mark quotes nothing
    ("DUBLIN, Oct. 4 (Reuters) - Murphy said [his group favoured the plan], and said it was shameful that nobody acted after auditors raised it two years ago.", None, None, None),
    # a present perfect reaches the present: no earlier sentence sets its time
    ("On Monday, the minister met the unions. She has said [talks went well].", None, None, None),
    ("On Monday, the minister met the unions. She said [talks went well].", "2024-09-30", "context", None),
    ("Murphy said [his group favoured the plan], speaking two days ago.", "2024-10-02", "sentence", None),
    # a date counted from today ('ten years ago today', 'a week from today') in the content is the content's
    ("[Ten years ago today the pier was still open], the mayor said.", None, None, "2014-10-04"),
    ("[New fares take effect a week from today], the operator said.", None, None, "2024-10-11"),
    ("[New fares take effect a month from today], the operator said.", None, None, "2024-11-04"),
    ("[Twenty years ago the pier was still open], the mayor said.", None, None, "2004"),  # undated
    ("[Today's teenagers are short of sleep], the study found.", None, None, None),  # the generic 'today' dates no text
    # the dates these contents hold: a season that later steps count from, a day the generic 'today' does not take
    ("The bank warned in the spring of last year that a slump loomed. [It cut rates in the summer of that year], the governor said on Wednesday.", "2024-10-02", "explicit", "2023-SU"),
    ("[Tomorrow's youth regatta starts at 9 a.m.], organisers said.", None, None, "2024-10-05"),
    ("The shop closed on Sept. 3. [Its owner had sold it ten days before in secret], records show.", PUB, "published", "2024-08-24"),
    # a date after the cue is the cue's, not one fronted ahead of the content
    ("Trade talks stalled in 2018. In the second half of the following year, [the pandemic hit], the envoy said on Monday.", "2024-09-30", "explicit", None),  # not 2019-H2
    ("Trade talks stalled in 2018. In the spring of the following year, [the pandemic struck], the envoy said on Monday.", "2024-09-30", "explicit", None),
    ("The league folded in 2018. In the autumn of 2019, [a crisis erupted], the coach said on Monday.", "2024-09-30", "explicit", None),
    ("In 2021, the mayor said [the town would recover].", "2021", "explicit", None),  # the only date: still the cue's
]  # fmt: skip


# A claim's kind decides what its content may date. A speech (direct, indirect, mixed) dates
# its speech act: a date inside the content dates what is reported, and is only the content
# date. A stance's act is the claim: a date its verb governs dates it. Neither is dated by a
# date of a thing ("the 2009 seizure") unless that thing is the occasion ("a statement").
KIND_CASES = [
    # speech: the reporting verb's date, the content's date apart
    ("The minister <said> Monday [that talks would resume next week].", "indirect", "2024-09-30", "explicit", "2024-W41"),
    ("The governor <reaffirmed> [support for the 2040 Plan].", "indirect", None, None, "2040"),
    ("The envoy <said> [talks would resume next week].", "indirect", None, None, "2024-W41"),
    ("Novak <said> on Monday [that the tariffs imposed in 2020 had failed].", "indirect", "2024-09-30", "explicit", "2020"),
    ("The minister <told> reporters on Tuesday [that the plan, adopted in 2019, had failed].", "indirect", "2024-10-01", "explicit", "2019"),
    ("The agency <said> in a written statement on Thursday [that the bridge would stay shut].", "indirect", "2024-10-03", "explicit", None),
    ("In an interview on Wednesday, the senator <said> [the bill was dead].", "indirect", "2024-10-02", "explicit", None),
    ("Speaking to reporters on Monday, the minister <said> [elections would be held in 2025].", "indirect", "2024-09-30", "sentence", "2025"),
    ("“[We signed the treaty on Wednesday],” the minister <said>.", "direct", None, None, "2024-10-02"),
    ("“[The ceasefire will hold through the winter],” the general <said> on Tuesday.", "direct", "2024-10-01", "explicit", "2024-WI"),
    ("The minister <will say> in a speech next week [that taxes must rise].", "indirect", "2024-W41", "explicit", None),
    ("PRESIDENT BIDEN<:> [We will meet again next month.]", "direct", PUB, "published", "2024-11"),
    ("The minister <said> on Monday:\n\n“[Talks went well.]”", "direct", "2024-09-30", "explicit", None),
    ("“[Talks went well. The deal is close. We sign it in 2025],” the minister <said> on Monday.", "direct", "2024-09-30", "explicit", "2025"),
    ("KYIV, Oct. 3 (AP) — Zelensky <said> Wednesday [that the front was holding].", "indirect", "2024-10-02", "explicit", None),
    ("LIMA, Oct. 3 (Reuters) - The ministry <said> [the 2009 seizure of the port was final].", "indirect", None, None, "2009"),
    # speech: a date of a thing, or a later date, outside the content dates no speech
    ("Marking the anniversary of the 2009 seizure, the governor <said> [the port was theirs].", "indirect", None, None, None),
    ("After raids by smugglers last week, the governor <proposed> [new patrols].", "indirect", None, None, None),
    ("Ahead of next week’s summit, the minister <said> [talks were going well].", "indirect", None, None, None),
    ("The minister, who was appointed in March, <said> [the budget was sound].", "indirect", None, None, None),
    ("The ministry <said> [prices rose], citing figures published on Tuesday.", "indirect", None, None, None),
    # stance: the act's own date, inside the content or not
    ("Canada <has barred> [him] since 2020.", "stance", "2020", "explicit", None),
    ("[Okafor has been barred by Quito since 2019].", "stance", "2019", "explicit", None),
    ("Ruiz <presented> [the proposal] to the mayor at the 2013 forum in Porto.", "stance", "2013", "explicit", None),
    ("Chile <condemned> [the 2009 seizure of the port].", "stance", None, None, "2009"),
    ("[The 2040 Plan] was <endorsed> by the mayors.", "stance", None, None, "2040"),
    ("The mayors hope to meet at the fair in 2026 and <praise> [the new bridge].", "stance", PUB, "published", None),
    ("The mayor <criticised> [the budget] during her drive to win a seat in September.", "stance", "2024-09", "sentence", None),
    # an event coded inside a report is a stance: its own date, not the report's
    ("Rebels <seized> [the airport] in February 2021, the minister said on Monday.", "stance", "2021-02", "explicit", None),
    ("Troops <withdrew> from [Tarsk] last November.", "stance", "2023-11", "explicit", None),
    ("The army <shelled> [the town] overnight, officials said.", "stance", None, None, None),
    # stance: a past act takes its year from the story, even across a paragraph's opening; one
    # nothing dates has no date, the story's only its bound (claim_date.undated_past_report)
    ("Tourism boomed until the flood in 2019.\n\nPeru <closed> [the resorts], angering hoteliers.", "stance", "2019", "context", None),
    ("In 2017 the two towns signed a pact. Oslo then <lifted> [the toll].", "stance", "2017", "context", None),
    ("Tourism boomed until the flood in 2019.\n\nPeru <closed> [the resorts]. Lima then <cancelled> [flights].", "stance", "2019", "context", None),
    ("Tourism boomed until the flood in 2019.\n\nIt was a shock. Peru <closed> [the resorts].", "stance", "2019", "context", None),
    ("Tourism boomed until 2019.\n\nIt was a shock. Few saw it. Fewer said so. Peru <closed> [the resorts].", "stance", None, None, None),
    ("Tourism boomed until the flood in 2019.\n\nPeru <has closed> [the resorts].", "stance", None, None, None),  # a perfect: before now, no day told
    ("Tourism boomed until the flood in 2019.\n\nPeru has acted, <working> with [its neighbours].", "stance", PUB, "published", None),  # nor a participle
    ("Tourism boomed until the flood in 2019.\n\nThe flights <were cancelled> by [Lima].", "stance", "2019", "context", None),
    ("Ortiz of the PNU; from archive, 2011. Brandt <gained> [the most seats].", "stance", None, None, None),  # a caption's year is no clause's
    ("Tourism boomed until the flood in 2019.\n\nThe minister <said> [closures would follow].", "indirect", None, None, None),
    ("Tourism boomed until the flood in 2019.\n\nPeru <will close> [the resorts].", "stance", PUB, "published", None),
    ("Relations have soured since 2022.\n\nPeru <imposed> [new tariffs] on Chile.", "stance", None, None, None),  # an act nothing dates, as a report
    ("Relations have soured since 2022.\n\nPeru <said> [new tariffs were due].", "indirect", None, None, None),  # a report: undated
]  # fmt: skip


@pytest.mark.parametrize("marked, kind, value, basis, content", KIND_CASES)
def test_claim_dates_by_kind(nlp, marked, kind, value, basis, content):
    doc, got = date_of(nlp, marked, kind=kind)
    got = got or UNDATED
    assert (got["value"], got["basis"]) == (value, basis)
    assert (got["content_date"] or {}).get("value") == content
    if got["content_date"]:  # the content date's text is where it says
        found = got["content_date"]
        assert doc.text[found["start"] : found["end"]] == found["text"]


def test_kind_table_is_large_enough():
    assert len(KIND_CASES) >= 15


def parse(text: str) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
    """Plain text, content span and cue span (or None) of a marked-up case."""
    plain, spans, opened, removed = "", {}, {}, 0
    for m in MARK.finditer(text):
        plain += text[len(plain) + removed : m.start()]
        removed += 1
        char = m.group()
        if char in "[<":
            opened[char] = len(plain)
        else:
            key = "[" if char == "]" else "<"
            spans[key] = (opened[key], len(plain))
    plain += text[len(plain) + removed :]
    return plain, spans["["], spans.get("<")


def run(nlp, text: str, published: str | None = PUB) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def date_of(nlp, marked: str, **kwargs):
    text, (start, end), cue = parse(marked)
    doc = run(nlp, text)
    if cue is not None:
        kwargs.update(cue_start=cue[0], cue_end=cue[1])
    return doc, claim_date(doc, start, end, **kwargs)


@pytest.mark.parametrize("marked, value, basis, content", CASES)
def test_claim_dates_table(nlp, marked, value, basis, content):
    doc, got = date_of(nlp, marked)
    got = got or UNDATED
    assert (got["value"], got["basis"]) == (value, basis)
    assert (got["content_date"] or {}).get("value") == content
    if got["start"] is not None:  # the date's text is where it says
        assert doc.text[got["start"] : got["end"]] == got["text"]
    if got["rule_id"] is not None:  # the rule that decided is declared
        assert rule(got["rule_id"]).id == got["rule_id"]


def test_case_table_is_large_enough():
    assert len(CASES) >= 90


# Every claim date names the rule that decided it; an undated claim too, when a rule nulled it.
RULE_CASES = [
    ("The minister <said> on Monday [that prices rose].", "claim_date.explicit"),
    ("Speaking on Monday, the president <said> [the army would withdraw].", "claim_date.sentence"),
    ("The summit opened on Wednesday.\n\nAt the summit, the president <said> [the war must end].", "claim_date.event_context"),
    ("On Monday, the minister met her counterpart. She <said> [talks went well].", "claim_date.paragraph_context"),
    ("Tourism boomed until the flood in 2019.\n\nPeru <closed> [the resorts].", "claim_date.narrative_reference"),
    ("Friday, October 4, 2024\n\nMS. SMITH<:> [On Monday we met them.]\n\nQ: Why?", "claim_date.turn_briefing"),
    ("GENEVA, Oct. 1 — Officials <say> [a deal is close].", "claim_date.dateline"),
    ("GENEVA, Oct. 1 — Officials <said> [a deal was close].", "claim_date.undated_past_report"),
    ("Officials now <say> [the treaty still holds].", "claim_date.published"),
    ("Relations have soured since 2022.\n\nThe minister <said> [the troops left in March].", "claim_date.undated_past_report"),
]  # fmt: skip


@pytest.mark.parametrize("marked, rule_id", RULE_CASES)
def test_claim_dates_record_their_rule(nlp, marked, rule_id):
    kind = "stance" if "Peru" in marked else "indirect"
    _, got = date_of(nlp, marked, kind=kind)
    assert got["rule_id"] == rule_id


def test_an_undated_report_keeps_its_content_date(nlp):
    _, got = date_of(
        nlp, "Relations have soured since 2022. The minister <said> [the troops left in March]."
    )
    assert (got["value"], got["basis"], got["content_date"]["value"]) == (None, None, "2024-03")


SPEAKER_TEXT = (
    "On Monday, Putin said [the West had lied].\n\nPutin also said [sanctions had failed]."
)


@pytest.mark.parametrize(
    "speaker, previous_speaker, value, basis",
    [
        ("putin", "putin", "2024-09-30", "context"),  # same speaker: his last dated claim
        ("putin", "lavrov", None, None),  # another speaker's date is not his: undated
        ("putin", {"actor_id": "putin"}, "2024-09-30", "context"),  # a claim row's speaker
        (None, None, None, None),  # no speaker given: the paragraph only, undated
    ],
)
def test_same_speaker_inherits_previous_claim_date(nlp, speaker, previous_speaker, value, basis):
    text = MARK.sub("", SPEAKER_TEXT)
    doc = run(nlp, text)
    first_start = text.index("the West")
    first = claim_date(doc, first_start, text.index(".", first_start))
    assert (first["value"], first["basis"]) == ("2024-09-30", "explicit")
    if isinstance(previous_speaker, dict):
        previous = [{"speaker": previous_speaker, "date": first}]
    else:
        previous = [{"speaker_id": previous_speaker, "date": first}]
    start = text.index("sanctions")
    got = claim_date(doc, start, start + 19, speaker_id=speaker, previous_claims=previous)
    assert (got["value"], got["basis"]) == (value, basis)
    if basis == "context":
        assert got["rule_id"] == "claim_date.speaker_context"


def test_no_date_at_all_without_publication_date(nlp):
    text = "Officials said the deal was close."
    doc = run(nlp, text, published=None)
    assert claim_date(doc, text.index("the deal"), len(text) - 1) is None


def test_position_outside_the_text_falls_back_to_publication(nlp):
    text = "Officials said the deal was close."
    doc = run(nlp, text)
    assert claim_date(doc, len(text) + 5, len(text) + 9)["basis"] == "published"


@pytest.mark.parametrize(
    "text, char, expected",
    [
        ("one\n\ntwo", 6, (5, 8)),  # second paragraph
        ("one\n\ntwo", 1, (0, 3)),  # first paragraph
        ("one\n \ntwo\nthree", 7, (6, 15)),  # a blank line may hold spaces; one \n is no break
        ("one. \n\ntwo", 8, (7, 10)),  # a space before the break
        ("one\n\n\ntwo", 7, (6, 9)),  # the paragraph starts at its first character
        ("", 0, (0, 0)),
    ],
)
def test_paragraph_bounds(nlp, text, char, expected):
    assert paragraph_bounds(nlp.make_doc(text), char) == expected


# A transcript's turn (its cue is the speaker label) is dated by its briefing: the date line
# above it, else publication; never by a date the speaker mentions (claim_date.turn_briefing).
TURN_CASES = [
    ("Thursday, October 3, 2024\n\nMS. SMITH<:> [On Monday we met them.]\n\nQ: Why?", "2024-10-03", "published"),
    ("MS. SMITH<:> [On Monday we met them.]\n\nQ: Why?", PUB, "published"),
    ("MS. SMITH<:> Last week we met them. [We agreed a deal.]\n\nQ: Why?", PUB, "published"),
    ("Q: Why?\n\nMS. SMITH: Last week we met them. She said [the deal was done].", "2024-W39", "context"),  # a report inside the turn
    ("MS. SMITH: Last week we met them.\n\nQ: Why?\n\nMS. SMITH: We <agreed> [to talk].", PUB, "published"),  # the turn's own claim
]  # fmt: skip


@pytest.mark.parametrize("marked, value, basis", TURN_CASES)
def test_transcript_turns_are_dated_by_their_briefing(nlp, marked, value, basis):
    _, got = date_of(nlp, marked, kind="indirect")
    assert (got["value"], got["basis"]) == (value, basis)


@pytest.mark.parametrize(
    "second_turn, value, basis",
    [
        ("MS. SMITH: We agreed to meet.", PUB, "published"),  # another turn: the briefing's
        ("Q: Why?\n\nMS. SMITH: We agreed to meet.", PUB, "published"),
    ],
)
def test_a_speaker_earlier_date_stays_in_its_turn(nlp, second_turn, value, basis):
    text = "MS. SMITH: Last week we met them. We agreed to talk.\n\n" + second_turn
    doc = run(nlp, text)
    first_start = text.index("to talk")
    first = claim_date(doc, first_start, first_start + 7)
    assert first["value"] == "2024-W39"  # the turn's earlier sentence
    previous = [{"speaker_id": "smith", "date": first, "content": {"start": first_start}}]
    start = text.index("to meet")
    got = claim_date(doc, start, start + 7, speaker_id="smith", previous_claims=previous)
    assert (got["value"], got["basis"]) == (value, basis)


def test_a_speaker_year_dates_no_later_speech(nlp):
    """A speech claim takes a day, week or month from the speaker's last dated claim, never a
    year: 'in 2019' dated that speech, not the next one (news-dated by 'on Monday')."""
    text = "In 2019 Putin said the West had lied.\n\nOn Monday troops moved. Putin also said sanctions had failed."
    doc = run(nlp, text)
    first_start = text.index("the West")
    first = claim_date(doc, first_start, text.index(".", first_start))
    assert (first["value"], first["basis"]) == ("2019", "explicit")
    previous = [{"speaker_id": "putin", "date": first}]
    start = text.index("sanctions")
    got = claim_date(doc, start, start + 19, speaker_id="putin", previous_claims=previous)
    assert (got["value"], got["basis"]) == ("2024-09-30", "context")  # the paragraph's day
