"""The claim rules as a specification: one line per case, the expectation marked inline
(the indirect family's cases are in test_claim_rules_indirect.py).

    <sp>Peru</sp> <cue>warned</cue> that <c rule=indirect.ccomp pol=neg>the harbour ...</c>.

`<c>` is a claim's content and names its rule; `<sp>` and `<cue>` are the speaker and cue
of every claim on the line, or, when a line marks as many of them as claims, of the claim
of the same rank (`sp=none`: no speaker is named). Optional attributes on `<c>`:
`pol` (pos, neg, neu), `mod` (asserted, future, hedged, ...), `neg` (yes/no). A line yields
exactly the claims marked on it. `\\n` in a line is a line break. Lines that start with
`[no RULE]` must yield no claim of RULE. The sentences are our own.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.claims.ruleset import packaged_rules

CASES = [
    # direct: a quote and its cue
    "“<c rule=direct.quote_cue_after mod=future>The harbour will reopen next week</c>,” <sp>the mayor</sp> <cue>said</cue>.",
    "<sp>The mayor</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>The harbour will reopen next week.</c>”",
    "<sp>The mayor</sp> left the room, <cue>saying</cue> “<c rule=direct.quote_participle>the harbour will reopen next week.</c>”",
    "<sp>The mayor</sp> <cue>said</cue> this to the council:\\n\\n“<c rule=direct.quote_cue_prev_sentence>The harbour will reopen next week.</c>”",
    "“<c rule=direct.quote_cue_next_sentence>The harbour will reopen next week.</c>” <sp>The mayor</sp> <cue>said</cue> so.",
    "<sp>She</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>The harbour will reopen next week.</c> <c rule=direct.quote_continuation>The ferries will run again.</c>”",
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_tag>The fishermen have been waiting for weeks now.</c>”",
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_tag>Not for long.</c>”",  # a short sentence goes on too
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue> on the show “Port Talk.” “<c rule=direct.quote_after_tag>We wait for the spring.</c>”",  # past a quoted title
    "<c rule=mixed.ccomp_with_quote>The harbour is “a museum now</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_clause_tag>Nobody works there any more.</c>”",
    "[no direct.quote_after_clause_tag] The harbour is a museum now, the mayor said. “Nobody works there any more.”",  # the tag's clause has no quoted part
    "“<c rule=direct.quote_cue_after>The harbour will reopen next week</c>,” <sp>the mayor</sp> <cue>said</cue>. The crowd cheered loudly. “<c rule=direct.quote_prev_speaker>We have waited for this day for many years.</c>”",
    "<sp>The mayor</sp> <cue>wrote</cue> that “<c rule=direct.quote_complement>the harbour will reopen next week.</c>”",
    "<sp>Her</sp> <cue>claim</cue> that <c rule=direct.quote_complement>“the harbour will stay closed</c>” was denied.",
    "<cue>According to</cue> <sp>the mayor</sp>, <c rule=direct.quote_cue_before>“the harbour is open</c>.”",
    "<sp>The mayor</sp> <cue>shrugged</cue>: “<c rule=direct.quote_colon_verb>The harbour is closed.</c>”",
    "In a statement, “<c rule=direct.quote_cue_after>the pier stays open</c>,” <sp>the captain</sp> <cue>said</cue>.",  # the lead frames this quote: no framing claim of its own
    "“<c rule=direct.quote_cue_after>Not even one</c>,” <sp>the mayor</sp> <cue>said</cue>.",  # short, but it opens the sentence, its tag right after
    "<sp>The port authority</sp> <cue>issued</cue> a short statement: “<c rule=direct.quote_colon_clause>The harbour will stay closed until further notice.</c>”",
    "<sp>The mayor</sp> <cue>fired</cue> back: “<c rule=direct.quote_colon_clause>Nobody asked the fishermen what they wanted.</c>”",
    "[no direct.quote_colon_clause] The list of harbour fees: “mooring, cranes and storage.”",
    "“<c rule=direct.quote_cue_after>On most days, as far as the harbour goes, [the mayor] can be far too cautious</c>,” <sp>Lopez</sp> <cue>said</cue>.",
    # a speaker's label and a colon: a transcript turn, a body paragraph opening with a name
    "<sp>LOPEZ</sp><cue>:</cue> <c rule=direct.turn_label>The harbour will reopen next week.</c>\\n\\n<sp>DIAZ</sp><cue>:</cue> <c rule=direct.turn_label>We will see about that.</c>",
    "<sp>LOPEZ</sp><cue>:</cue> “<c rule=direct.turn_label>The harbour will reopen next week.</c>”\\n\\n<sp>DIAZ</sp><cue>:</cue> <c rule=mixed.turn_label_with_quote>We will see about that “reopening.”</c>",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> <c rule=indirect.speaker_label>The harbour will reopen next week.</c>",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> “<c rule=direct.speaker_label>The harbour will reopen next week.</c>”",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> <c rule=mixed.speaker_label_with_quote>The harbour will reopen, a “historic” day.</c>",
    "In the evening <sp>the mayor</sp> <cue>issued</cue> the following statement:\\n\\n“<c rule=direct.colon_paragraph>The harbour will never close.</c> <c rule=direct.colon_paragraph>The fishermen can count on me.</c>”",
    "<sp>Hearing transcript</sp> below<cue>:</cue>\\n\\n“<c rule=direct.colon_paragraph>The pier stays open all winter.</c>”",  # a text that quotes someone
    "[no direct.colon_paragraph] The tally was as follows:\\n\\n“Aye” 12 votes, “Nay” 9 votes.",  # no speaker, no cue verb
    "[no direct.colon_paragraph] The menu included this:\\n\\n“Fresh bread with every soup.”",  # no speaker, no cue verb
    "[no direct.colon_paragraph] The mayor listed three goals:\\n\\nA new pier, a new market and lower fees.",  # no quote: a list
    "[no indirect.speaker_label] The council met on Monday.\\n\\nNote: The harbour will reopen next week.",
    "[no indirect.speaker_label] The council met on Monday.\\n\\nAnna Lopez: A closing surge.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> ‘<c rule=direct.headline_label>The Harbour Will Reopen</c>’\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> <c rule=mixed.headline_label_with_quote>Harbour ‘Will Reopen’ Next Week</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> <c rule=indirect.headline_label>the harbour will reopen soon</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "[no indirect.headline_label] The Harbour Question: A Town Waits\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Lopez</sp> <cue>says</cue> <c rule=indirect.ccomp>the harbour will reopen soon</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",  # a headline that reports a claim
    "[no indirect.speaker_label] The council met on Monday.\\n\\nAnna Lopez: 1,769.",
    # mixed: an indirect claim holding a quoted fragment
    "<sp>Peru</sp> <cue>warned</cue> that <c rule=mixed.ccomp_with_quote>the harbour would stay “closed for good.</c>”",
    "<sp>Peru</sp> <cue>pledged</cue> <c rule=mixed.xcomp_with_quote mod=future>to build a “world-class” harbour</c>.",
    "<sp>Peru</sp> <cue>urged</cue> <c rule=mixed.object_xcomp_with_quote>Chile to stop the “reckless” dredging</c>.",
    "<sp>Peru</sp> <cue>called for</cue> <c rule=mixed.prep_complement_with_quote>a “complete” overhaul of the harbour</c>.",
    "<sp>Peru</sp> <cue>announced</cue> <c rule=mixed.dobj_with_quote pol=pos>a “historic” deal</c>.",
    "<sp>Peru</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the harbour a “disaster.</c>”",
    "<sp>Peru</sp> <cue>accused</cue> <c rule=mixed.object_prep_with_quote>Chile of “reckless” dredging</c>.",
    "<sp>The mayor</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the voting system “rigged.</c>”",  # the quote is the predicate
    "<sp>Peru</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the harbour fee “a scandal</c>” on Monday.",  # "on" is no particle of "call on"
    "“<c rule=direct.quote_cue_after>We will fight this plan” in every court of the land</c>, <sp>the mayor</sp> <cue>said</cue>.",  # the quote runs on to the tag
    "“<c rule=direct.quote_cue_after>The harbour is safe</c>” <sp>Ana Lopez</sp>, the mayor, <cue>said</cue>.",  # a name after it is no run-on
    "<c rule=direct.quote_cue_before>If the plan fails, <sp>the mayor</sp> <cue>said</cue>, “we will sue the council.</c>”",  # a tag set into the quote's sentence
    "<sp>The mayor</sp> <cue>dubbed</cue> <c rule=mixed.object_predicate_with_quote>the plan “Harbour First</c>” on Monday.",  # a term, no direct claim
    "<sp>The mayor</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>Harbour first.</c>”",  # a verbless quote standing alone
    "<sp>The mayor</sp> is <cue>sure</cue> that <c rule=mixed.attitude_clause_with_quote>the fee is “unfair.</c>”",
    "<sp>The mayor</sp> is <cue>critical of</cue> <c rule=mixed.attitude_prep_with_quote>the “harbour tax.</c>”",
    "<cue>According to</cue> <sp>Peru</sp>, <c rule=mixed.according_to_with_quote>the harbour is “closed for good</c>.”",
    "<c rule=mixed.evidential_with_quote sp=none>The harbour <cue>seemed</cue> to be “closed for good.</c>”",
    "As <sp>Peru</sp> <cue>noted</cue>, <c rule=mixed.as_clause_with_quote>the harbour is “closed for good.</c>”",
    "<c rule=mixed.parenthetical_with_quote>The harbour, <sp>Peru</sp> <cue>said</cue>, would stay “closed for good.</c>”",
    "<sp>The mayor</sp> has repeatedly <cue>called for</cue> <c rule=mixed.particle_clause_with_quote>the harbour to be “rebuilt at once</c>”.",
    "<c rule=mixed.passive_agent_with_quote>The plan was <cue>rejected</cue> by <sp>the council</sp> as “unsafe</c>”.",
    "<sp>The fishermen</sp> <cue>complained about</cue> <c rule=mixed.topic_prep_with_quote>the “endless noise” in the harbour</c>.",
    "<c rule=mixed.evidential_predicate_with_quote sp=none>The mayor <cue>seemed</cue> “deeply irritated</c>”.",
    "<c rule=mixed.passive_predicate_with_quote sp=none>The harbour is <cue>seen</cue> as “a burden</c>”.",
    "<c rule=mixed.evidential_adverb_with_quote sp=none>The company <cue>allegedly</cue> paid “a small fortune” in March</c>.",
    "<sp>The mayor</sp> voiced <cue>criticism</cue> of <c rule=mixed.light_noun_prep_with_quote>the “new harbour plan</c>”.",
    "<sp>The mayor</sp> renewed a <cue>call</cue> <c rule=mixed.light_noun_infinitive_with_quote>to close the “old harbour” at once</c>.",
    "<sp>Stone</sp> <cue>says</cue> <c rule=mixed.object_clause_with_quote>the harbour fee that the council defends also makes the port “far less busy</c>”.",
    "<c rule=mixed.speech_tag_with_quote>Couple a storm with a “strike that never ends” and the harbour gets nervous</c>, <cue>said</cue> <sp>Anna Lopez</sp>, the port director.",
    "<c rule=mixed.passive_xcomp_with_quote sp=none>The harbour is <cue>expected</cue> to stay “closed for good.</c>”",
    "<sp>Peru</sp> voiced <cue>concern</cue> that <c rule=mixed.noun_that_with_quote>the harbour would stay “closed for good</c>.”",
    "<sp>Peru</sp> <cue>hinted</cue> that <c rule=mixed.generated_ccomp_with_quote>the harbour would stay “closed for good.</c>”",
    "<sp>The mayor</sp> <cue>texted</cue> that <c rule=mixed.open_ccomp_with_quote>the harbour was “closed for good.</c>”",
    "<sp>The report</sp> <cue>hammers</cue> home that <c rule=mixed.source_ccomp_with_quote>the harbour was “closed for good.</c>”",
    "<sp>Her</sp> <cue>defence</cue> of <c rule=mixed.noun_prep_with_quote>the “reckless” harbour plan</c> was firm.",
    "<sp>His</sp> <cue>call</cue> <c rule=mixed.noun_infinitive_with_quote>to close the “useless” harbour</c> was rejected.",
    "<cue>In the words of</cue> <sp>the mayor</sp>, <c rule=mixed.words_of_with_quote>the harbour is a “disgrace</c>.”",
    "<cue>In the words of</cue> <sp>the mayor</sp>, <c rule=direct.quote_cue_before>“the harbour is open</c>.”",
    # cue objects: a curated cue with a complement none of its frames lists
    "<sp>The council</sp> <cue>seeks</cue> <c rule=indirect.mental_object>a new pier for the harbour</c>.",
    "<sp>The union</sp> <cue>wants</cue> <c rule=indirect.mental_object>a second pier</c>.",
    "[no indirect.mental_object] The mayor knew the old captain well.",  # know: mostly whom one knows (cues.json mental_object_lemmas)
    "[no indirect.mental_object] The mayor judged the cake contest.",
    "[no indirect.mental_object] The court decided the harbour case on Monday.",
    "[no indirect.mental_object] The captain aimed a flare at the sky.",
    "<sp>The council</sp> <cue>seeks</cue> <c rule=mixed.mental_object_with_quote>a “world-class” pier</c>.",
    "[no indirect.mental_object] The mayor saw the new pier on Monday.",  # a thing seen
    "[no indirect.mental_object] Sailors who know the harbour stay away.",  # who they are
    "<sp>The mayor</sp> <cue>voted against</cue> <c rule=indirect.side_prep>the harbour fee</c>.",
    "<sp>The union</sp> <cue>pressed for</cue> <c rule=indirect.side_prep>a new pier</c>.",
    "<sp>Two members</sp> <cue>spoke</cue> out in favour of <c rule=indirect.side_prep>the harbour fee</c>.",
    "<sp>The mayor</sp> <cue>voted against</cue> <c rule=mixed.side_prep_with_quote>the “dock tax” in May</c>.",
    "[no indirect.side_prep] The mayor spoke for an hour.",  # a length of time
    "<sp>The mayor</sp> <cue>voted</cue>, for instance, against <c rule=indirect.side_prep>the fee</c>.",  # a set phrase passed over
    "[no indirect.side_prep] The mayor voted for the second time.",  # a measure in the object
    "[no indirect.side_prep] The mayor voted for once with the fishermen.",
    "[no indirect.side_prep] The mayor voted for good reason.",
    "[no indirect.side_prep] The clerk voted against his will.",
    "[no indirect.side_prep] The mayor spoke for herself.",
    "[no indirect.side_prep] The mayor did not comment for this report.",  # for whom, no side
    "[no indirect.side_prep] The captain writes for the harbour gazette.",
    "[no indirect.side_prep] The cadet reported for duty on Monday.",
    "[no indirect.side_prep] The lawyer spoke for the family of the captain.",
    "The fee, <c rule=indirect.relative_object>which</c> <sp>the mayor</sp> <cue>opposes</cue>, starts in May.",
    "[no indirect.relative_object] The fee that the mayor opposes starts in May.",
    "[no indirect.relative_object] The fee, which the mayor vowed to cut, starts in May.",  # the pronoun is the infinitive's
    "<sp>The mayor</sp> <cue>took a swipe at</cue> <c rule=indirect.light_side>the governor</c>.",
    "<sp>The mayor</sp> <cue>took issue with</cue> <c rule=mixed.light_side_with_quote>the “dock tax” rules</c>.",
    "[no indirect.light_side] The mayor had a shot at the title.",  # a chance, no side
    "[no indirect.light_side] The sailor fired three shots at the gulls before dawn.",  # gunfire
    "[no indirect.light_side] The captain took a swing at the ball.",  # a blow at a thing, no one
    "[no indirect.light_side] The captain set his sights on a faster boat.",
    "[no indirect.light_side] The fishermen cast their votes at the town hall.",  # a place
    "[no indirect.light_side] The mayor took the issue to the voters.",  # no idiom with a determiner
    "[no indirect.light_side] The mayor took up the issue with the board.",
    "[no indirect.light_side] The council will take a vote on the fee.",  # a vote is cast
    "[no indirect.light_side] The clerk took notes on the meeting.",
    "<c rule=indirect.passive_object_prep>The mayor was <cue>accused</cue> of fraud</c> in May.",
    "<c rule=mixed.passive_object_prep_with_quote>The captain was <cue>charged</cue> with “reckless” sailing</c>.",
    "[no indirect.passive_object_prep] The mayor, who was accused of fraud, resigned.",  # who the mayor is
    "[no indirect.passive_object_prep] Was the captain accused of theft?",  # a question
    "[no indirect.passive_object_prep] The battery was charged with power overnight.",  # no offence
    "[no indirect.passive_object_prep] The board is charged with the task of running the port.",
    "<c rule=indirect.evidential_predicate sp=none>The mayor <cue>sounded</cue> tired after the vote</c>.",  # the author's evidential
    "<sp>The mayor</sp> <cue>sounded a gloomy note on</cue> <c rule=indirect.light_side>the harbour fee</c>.",
    "<sp>The mayor</sp> <cue>posted</cue> <c rule=indirect.dobj>a photo of the new pier on Monday</c>.",  # publishing is saying (cues.json: post takes an object)
    "[no indirect.dobj] The ferry company posted a loss for the year.",  # post's object_stops
    "[no indirect.dobj] The ferry company posts a profit every spring.",
    "[no indirect.dobj] The smuggler posted bail on Friday.",
    "[no indirect.dobj] The port posted guards at every gate.",
    # stance: an actor acting on another, no speech cue
    "<sp>Germany</sp> <cue>imposed</cue> <c rule=stance.verb_object pol=neg>sanctions on Iran</c>.",
    "<sp>Germany</sp> <cue>cooperated</cue> with <c rule=stance.verb_prep pol=pos>France</c>.",
    "<c rule=stance.passive_agent pol=neg>Iran was <cue>sanctioned</cue> by <sp>Germany</sp></c>.",
    "<c rule=stance.participle_agent>the plan</c> <cue>presented</cue> by <sp>Germany</sp> to France was praised",
    "<sp>Germany</sp> <cue>took an aggressive posture toward</cue> <c rule=stance.light_verb pol=neg>Iran</c>.",
    "<sp>Germany</sp> <cue>lifted</cue> <c rule=stance.verb_object pol=pos>sanctions on Iran</c>.",
    "<sp>Germany</sp> did not <cue>impose</cue> <c rule=stance.verb_object neg=yes pol=neu>sanctions on Iran</c>.",
    # what is no claim
    "[no stance.verb_object] Germany took office in May.",
    "[no indirect.dobj] The mayor announced it.",
    "[no indirect.ccomp] “The harbour is closed,” the mayor said.",
    "[no indirect.xcomp] The new structure aims to improve trade.",
    "[no indirect.as_clause] The harbour was not as bad as she said.",
]

TAG = re.compile(r"<(/?)(sp|cue|c)((?:\s+[\w]+=[^\s>]+)*)\s*>")
NONE_CASE = re.compile(r"^\[no ([\w.]+)\] (.*)$")


@dataclass
class Case:
    text: str
    claims: list[dict] = field(default_factory=list)  # per <c>: start, end, attrs
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # sp / cue
    absent: str | None = None  # a rule that must not fire

    @property
    def rule_ids(self) -> list[str]:
        return [c["rule"] for c in self.claims] + ([self.absent] if self.absent else [])


def parse_case(line: str) -> Case:
    """The plain text of a marked-up line, and the expected spans with their attributes."""
    m = NONE_CASE.match(line)
    if m:
        return Case(m.group(2).replace("\\n", "\n"), absent=m.group(1))
    line = line.replace("\\n", "\n")
    case = Case("")
    text, pos, open_tags = [], 0, []
    for m in TAG.finditer(line):
        text.append(line[pos : m.start()])
        pos = m.end()
        offset = sum(len(t) for t in text)
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if not closing:
            pairs = dict(a.split("=", 1) for a in attrs.split())
            open_tags.append((name, offset, pairs))
            continue
        tag, start, pairs = open_tags.pop()
        assert tag == name, f"<{tag}> closed by </{name}> in {line!r}"
        if name == "c":
            case.claims.append({"start": start, "end": offset, **pairs})
        else:
            case.spans.setdefault(name, []).append((start, offset))
    text.append(line[pos:])
    assert not open_tags, f"unclosed tags in {line!r}"
    for name, spans in case.spans.items():
        assert len(spans) in (1, len(case.claims)), f"one <{name}> or one per claim: {line!r}"
    case.text = "".join(text)
    return case


PARSED = [parse_case(line) for line in CASES]
POLARITY = {"pos": "positive", "neg": "negative", "neu": "neutral"}


OPT_IN_RULES = ("open_ccomp", "source_ccomp")  # the "open" family is off by default


def run(nlp, text, *, all_families: bool = False):
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-10"
    doc = nlp(doc)
    if all_families:
        from pipeline.claims.component import FAMILIES, ClaimExtractor

        order = (
            "direct",
            "credits",
            "indirect",
            "nominal",
            "attitudes",
            "labels",
            "cue_objects",
            "light_verbs",
            "passives",
            "open",
            "stance",
            "open_objects",
            "open_preps",
        )
        assert set(order) == set(FAMILIES)
        return ClaimExtractor(nlp, families=order).extract(doc)
    return doc._.claims


def span_of(row: dict | None) -> tuple[int, int] | None:
    return None if row is None else (row["start"], row["end"])


def marked(case: Case, name: str, k: int) -> tuple[int, int] | None:
    """The k-th claim's <sp> or <cue> span: the line's only one, or the k-th."""
    spans = case.spans.get(name)
    if not spans:
        return None
    return spans[0] if len(spans) == 1 else spans[k]


def wanted_fields(case: Case, k: int) -> dict:
    """The fields the line marks for its k-th claim."""
    want = case.claims[k]
    fields = {"content": (want["start"], want["end"]), "rule": want["rule"]}
    if want.get("sp") == "none":
        fields["speaker"] = None
    elif "sp" in case.spans:
        fields["speaker"] = marked(case, "sp", k)
    if "cue" in case.spans:
        fields["cue"] = marked(case, "cue", k)
    if "pol" in want:
        fields["pol"] = POLARITY[want["pol"]]
    if "mod" in want:
        fields["mod"] = want["mod"]
    if "neg" in want:
        fields["neg"] = want["neg"] == "yes"
    return fields


def seen_fields(wanted: dict, claim: dict) -> dict:
    """The same fields, read from a claim the pipeline gave."""
    seen = {"content": span_of(claim["content"]), "rule": claim["rule_id"]}
    read = {
        "speaker": lambda: span_of(claim["speaker"]),
        "cue": lambda: span_of(claim["cue"]),
        "pol": lambda: claim["stance"]["polarity"],
        "mod": lambda: claim["modality"],
        "neg": lambda: claim["negated"] if type(claim["negated"]) is bool else None,
    }
    return seen | {key: get() for key, get in read.items() if key in wanted}


def outcome(nlp, case: Case) -> tuple[object, object]:
    """(what the pipeline gave, what the line marks): for a `[no RULE]` line the claims of
    that rule (none wanted); else the number of claims and, for each marked content, the
    marked fields of every claim with that content (exactly one wanted)."""
    ids = [*case.rule_ids, case.absent or ""]
    got = run(nlp, case.text, all_families=any(x in r for r in ids for x in OPT_IN_RULES))
    if case.absent:
        return [c["content"]["text"] for c in got if c["rule_id"] == case.absent], []
    wanted = [wanted_fields(case, k) for k in range(len(case.claims))]
    seen = [
        [seen_fields(w, c) for c in got if span_of(c["content"]) == w["content"]] for w in wanted
    ]
    return (len(got), seen), (len(case.claims), [[w] for w in wanted])


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted


def all_parsed() -> list[Case]:
    """The cases of all six files (the indirect family's are in test_claim_rules_indirect,
    the side-taking frames' in test_claim_rules_sides, the headline reports' in
    test_claim_rules_headlines, the recall frames' in test_claim_recall_frames, the acts of
    sources that are no actor in test_claim_source_frames)."""
    from test_claim_recall_frames import PARSED as RECALL
    from test_claim_rules_headlines import PARSED as HEADLINES
    from test_claim_rules_indirect import PARSED as INDIRECT
    from test_claim_rules_sides import PARSED as SIDES
    from test_claim_source_frames import PARSED as SOURCES

    return PARSED + INDIRECT + SIDES + HEADLINES + RECALL + SOURCES


def test_markup_parser():
    case = parse_case("<sp>Peru</sp> <cue>said</cue> that <c rule=indirect.ccomp pol=neg>A b</c>.")
    assert case.text == "Peru said that A b."
    assert case.spans == {"sp": [(0, 4)], "cue": [(5, 9)]}
    assert case.claims == [{"start": 15, "end": 18, "rule": "indirect.ccomp", "pol": "neg"}]


# ---------------------------------------------------------------- the rules as data


def test_every_declared_rule_has_a_case():
    named = {rule_id for case in all_parsed() for rule_id in case.rule_ids if not case.absent}
    assert set(packaged_rules().rules) - named == set()


def test_every_case_names_a_declared_rule():
    declared = set(packaged_rules().rules)
    for case in all_parsed():
        assert case.rule_ids, f"a case names no rule: {case.text!r}"
        assert set(case.rule_ids) <= declared, case.text


CLAIMS_DIR = Path(importlib.import_module("pipeline.claims").__file__).parent
RULE_ID = re.compile(r"^(direct|indirect|mixed|stance)\.(?!json$)[a-z_]+$")  # not stance.json


def rule_id_literals(path: Path) -> set[str]:
    """Every string literal of a module that looks like a rule id."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and RULE_ID.match(node.value):
            found.add(node.value)
    return found


def test_rule_ids_in_code_are_the_ones_the_families_list():
    # the component checks the listed ids against rules.json; no id may hide elsewhere
    from pipeline.claims.component import FAMILY_MODULES

    listed = {path: set(m.RULE_IDS) for m in FAMILY_MODULES for path in [Path(m.__file__)]}
    for path in CLAIMS_DIR.rglob("*.py"):
        assert rule_id_literals(path) <= listed.get(path, set()), path


def test_ids_in_code_are_declared_and_declared_ids_are_used():
    from pipeline.claims.component import checked

    rules = packaged_rules()
    assert checked(rules) is rules
    with pytest.raises(ValueError, match="nothing uses"):
        rules.check_code(set(), set(rules.frame_rules))
    with pytest.raises(KeyError, match="undeclared"):
        rules.check_code({"direct.quote_upside_down"}, set(rules.frame_rules))
    with pytest.raises(ValueError, match="frame_rules"):
        rules.check_code(set(rules.rules), {"ccomp"})


def test_side_nouns_are_no_stance_nouns():
    # a light verb's side noun is the light_side rule's, a stance noun the stance family's
    from pipeline.claims.lexicon import load_lexicon

    lex = load_lexicon()
    assert set(lex.side_nouns) & lex.stance_nouns == set()


def test_every_rule_names_a_function_that_exists():
    for rule in packaged_rules().rules.values():
        module, _, name = rule.function.rpartition(".")
        mod = importlib.import_module(f"pipeline.claims.{module}")
        assert callable(getattr(mod, name, None)), rule.id
