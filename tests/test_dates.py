"""The date stage: temporal expressions -> TIMEX3 values, anchored on the publication date.

Each row of CASES is (sentence, published, expected), where expected lists every date entry
of the sentence as (text, value, type, mod). Published 2024-10-04 is a Friday in ISO week
2024-W40.
"""

from __future__ import annotations

import json
import warnings

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.dates.date_tagger import tag_dates
from pipeline.dates.grammar import load_grammar
from pipeline.nlp import DEFAULT_MODEL, load_pipeline
from pipeline.rules import stage_rules

PUB = "2024-10-04"
KEYS = {"text", "start", "end", "type", "value", "mod", "anchor", "rule_id"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", None}
MODS |= {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}  # a duration's bounds


@pytest.fixture(scope="module")
def nlp():
    """The full pipeline, loaded once. Should another stage (being rewritten elsewhere) fail
    on a plain sentence, fall back to the model plus the date tagger alone."""
    full = load_pipeline()
    try:
        probe = full.make_doc("The minister said on Monday that talks will resume.")
        probe._.published = PUB
        full(probe)
        return full
    except Exception as err:  # pragma: no cover - depends on other stages' state
        warnings.warn(
            f"full pipeline failed ({err!r}); testing the date tagger alone", stacklevel=1
        )
        alone = spacy.load(DEFAULT_MODEL)
        alone.add_pipe("claims_date_tagger")
        return alone


def run(nlp, text: str, published: str | None = PUB) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def run_to_dates(nlp, text: str, published: str | None = PUB) -> Doc:
    """The pipeline up to and including the date tagger (robustness tests: odd input must
    not be able to fail this stage, whatever later stages do with it)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "claims_date_tagger":
            break
    return doc


def rows(doc: Doc) -> list[tuple]:
    return [(d["text"], d["value"], d["type"], d["mod"]) for d in doc._.dates]


# fmt: off
CASES = [
    # years, decades, centuries
    ("The company was founded in 2016 and listed its shares in 2022.", PUB,
     [("2016", "2016", "DATE", None), ("2022", "2022", "DATE", None)]),
    ("Exports fell sharply in 2022, the ministry said.", PUB, [("2022", "2022", "DATE", None)]),
    ("Oil prices stayed low throughout the 2010s.", PUB, [("the 2010s", "201", "DATE", None)]),
    ("Trade between the two countries boomed in the late 2010s.", PUB,
     [("the late 2010s", "201", "DATE", "END")]),
    ("The policy dates from the early 1990s and was revised in the mid-1990s.", PUB,
     [("the early 1990s", "199", "DATE", "START"), ("the mid-1990s", "199", "DATE", "MID")]),
    ("The treaty shaped European borders for much of the twentieth century.", PUB,
     [("the twentieth century", "19", "DATE", None)]),
    ("Diplomats called it the defining rivalry of the 21st century.", PUB,
     [("the 21st century", "20", "DATE", None)]),
    # years inside names: the year token only
    ("Mayors met at the 2023 Harbour Forum in Porto.", PUB,
     [("2023", "2023", "DATE", None)]),
    ("The 2015 Nordic-Baltic Forum ended without a trade deal.", PUB,
     [("2015", "2015", "DATE", None)]),
    # signals: since / before / after / between
    ("Food prices have risen sharply since 2022.", PUB, [("2022", "2022", "DATE", "ON_OR_AFTER")]),
    ("The plant was closed before 2020, according to the regulator.", PUB,
     [("2020", "2020", "DATE", "BEFORE")]),
    ("Imports only recovered after 2021.", PUB, [("2021", "2021", "DATE", "AFTER")]),
    ("The negotiations stalled between 2014 and 2016.", PUB,
     [("2014", "2014", "DATE", None), ("2016", "2016", "DATE", None)]),
    # full dates
    ("The agreement was signed on October 4, 2024, in Geneva.", PUB,
     [("October 4, 2024", "2024-10-04", "DATE", None)]),
    ("The agreement was signed on 4 October 2024 in Geneva.", PUB,
     [("4 October 2024", "2024-10-04", "DATE", None)]),
    ("The filing is dated 2024-10-04.", PUB, [("2024-10-04", "2024-10-04", "DATE", None)]),
    ("Inflation peaked in September 2024 before easing.", PUB,
     [("September 2024", "2024-09", "DATE", None)]),
    ("The ceasefire began on March 3 and collapsed within days.", PUB,
     [("March 3", "2024-03-03", "DATE", None), ("days", "PXD", "DURATION", None)]),
    # bare months: year from the anchor, direction from the tense
    ("Inflation slowed in September, the central bank said.", PUB,
     [("September", "2024-09", "DATE", None)]),
    ("The foreign minister visited Kyiv in April.", PUB, [("April", "2024-04", "DATE", None)]),
    ("The foreign minister will visit Kyiv in April.", PUB, [("April", "2025-04", "DATE", None)]),
    ("Parliament will vote on the budget in November.", PUB,
     [("November", "2024-11", "DATE", None)]),
    ("Exports rose in October for the first time this year.", PUB,
     [("October", "2024-10", "DATE", None), ("this year", "2024", "DATE", None)]),
    ("Theresa May said prices may rise in May.", PUB, [("May", "2025-05", "DATE", None)]),
    # weekdays
    ("The minister said on Monday that the talks had failed.", PUB,
     [("Monday", "2024-09-30", "DATE", None)]),
    ("The minister will travel to Beijing on Monday.", PUB,
     [("Monday", "2024-10-07", "DATE", None)]),
    ("The ministry confirmed the deal on Friday.", PUB, [("Friday", "2024-10-04", "DATE", None)]),
    ("The rebels attacked the convoy on Monday morning.", PUB,
     [("Monday morning", "2024-09-30TMO", "TIME", None)]),
    ("The troops crossed the border at 3 p.m. on Tuesday.", PUB,
     [("3 p.m.", "2024-10-01T15:00", "TIME", None), ("Tuesday", "2024-10-01", "DATE", None)]),
    # relative days, weeks, months, years
    ("The ministry said yesterday that talks will resume tomorrow.", PUB,
     [("yesterday", "2024-10-03", "DATE", None), ("tomorrow", "2024-10-05", "DATE", None)]),
    ("Parliament votes on the bill today.", PUB, [("today", "2024-10-04", "DATE", None)]),
    ("Talks were held last week, continue this week and end next week.", PUB,
     [("last week", "2024-W39", "DATE", None), ("this week", "2024-W40", "DATE", None),
      ("next week", "2024-W41", "DATE", None)]),
    ("Sales fell last month, recovered this month and may slow next month.", PUB,
     [("last month", "2024-09", "DATE", None), ("this month", "2024-10", "DATE", None),
      ("next month", "2024-11", "DATE", None)]),
    ("Growth slowed last year, is weak this year and should recover next year.", PUB,
     [("last year", "2023", "DATE", None), ("this year", "2024", "DATE", None),
      ("next year", "2025", "DATE", None)]),
    ("The border was closed two years ago.", PUB, [("two years ago", "2022", "DATE", None)]),
    ("The embassy reopened two months ago and the envoy arrived three days ago.", PUB,
     [("two months ago", "2024-08", "DATE", None), ("three days ago", "2024-10-01", "DATE", None)]),
    ("The pipeline was built a decade ago.", PUB, [("a decade ago", "201", "DATE", None)]),
    ("Unemployment rose late last year.", PUB, [("late last year", "2023", "DATE", "END")]),
    ("Early voting began in mid-September.", PUB, [("mid-September", "2024-09", "DATE", "MID")]),
    ("The troops will withdraw by the end of the year.", PUB,
     [("the end of the year", "2024", "DATE", "END")]),
    # reference words
    ("Tensions between the neighbours have recently increased.", PUB,
     [("recently", "PAST_REF", "DATE", None)]),
    ("The government is currently reviewing the plan and prices are now falling.", PUB,
     [("currently", "PRESENT_REF", "DATE", None), ("now", "PRESENT_REF", "DATE", None)]),
    ("Officials hope to expand the programme in the future.", PUB,
     [("the future", "FUTURE_REF", "DATE", None)]),  # TIMEX3 leaves the preposition out
    # quarters, halves, seasons
    ("The economy grew 2% in the third quarter of 2024.", PUB,
     [("the third quarter of 2024", "2024-Q3", "DATE", None)]),
    ("Profits doubled in Q3 2024.", PUB, [("Q3 2024", "2024-Q3", "DATE", None)]),
    ("Arms exports fell in the first half of 2024.", PUB,
     [("the first half of 2024", "2024-H1", "DATE", None)]),
    ("The drought in summer 2024 hit farmers hard.", PUB,
     [("summer 2024", "2024-SU", "DATE", None)]),
    ("The reservoirs were low last summer.", PUB, [("last summer", "2024-SU", "DATE", None)]),
    # durations (numbers in words and digits)
    ("The sanctions have been in place for two years.", PUB,
     [("two years", "P2Y", "DURATION", None)]),
    ("The ceasefire lasted a month.", PUB, [("a month", "P1M", "DURATION", None)]),
    ("The ministry promised a decision within a month.", PUB,
     [("a month", "P1M", "DURATION", None)]),
    ("The alliance has kept the peace for seven decades.", PUB,
     [("seven decades", "P70Y", "DURATION", None)]),
    ("The talks lasted three days and the blockade 48 hours.", PUB,
     [("three days", "P3D", "DURATION", None), ("48 hours", "PT48H", "DURATION", None)]),
    ("The war has dragged on for twenty-five years.", PUB,
     [("twenty-five years", "P25Y", "DURATION", None)]),
    ("Both sides signed a 10-year agreement.", PUB, [("10-year", "P10Y", "DURATION", None)]),
    ("Prices have doubled over the past two years.", PUB,
     [("the past two years", "P2Y", "DURATION", None)]),
    ("The talks took about three weeks.", PUB, [("three weeks", "P3W", "DURATION", "APPROX")]),
    ("A 50-year-old man was arrested.", PUB, []),
    # "some day" is no date; "the next day" is one, a day after the last date (publication)
    ("Some day the border will reopen, he said the next day.", PUB,
     [("the next day", "2024-10-05", "DATE", None)]),
    # sets
    ("The summit is held every year in a different capital.", PUB,
     [("every year", "P1Y", "SET", None)]),
    ("The report is published annually and the committee meets weekly.", PUB,
     [("annually", "P1Y", "SET", None), ("weekly", "P1W", "SET", None)]),
    ("The ministers meet twice a year.", PUB, [("twice a year", "P1Y", "SET", None)]),
    ("The country spends $5bn a year on defence.", PUB, [("a year", "P1Y", "SET", None)]),
    # other anchors: 2025-01-15 is a Wednesday in 2025-W03; 2021-01-03 is in ISO week 2020-W53
    ("Sales fell in December and the minister resigned on Friday.", "2025-01-15",
     [("December", "2024-12", "DATE", None), ("Friday", "2025-01-10", "DATE", None)]),
    ("The summit will be held in December and talks resume on Friday.", "2025-01-15",
     [("December", "2025-12", "DATE", None), ("Friday", "2025-01-17", "DATE", None)]),
    ("The bank lost money in the fourth quarter.", "2025-01-15",
     [("the fourth quarter", "2024-Q4", "DATE", None)]),  # a past quarter has begun: last year's
    ("The bank will lose money in the fourth quarter.", "2025-01-15",
     [("the fourth quarter", "2025-Q4", "DATE", None)]),
    ("The bank will report third-quarter results.", PUB,
     [("third-quarter", "2024-Q3", "DATE", None)]),  # a report comes after its quarter
    ("Exports rose last year and again last week.", "2025-01-15",
     [("last year", "2024", "DATE", None), ("last week", "2025-W02", "DATE", None)]),
    ("The strike began last week and continues this week.", "2021-01-03",
     [("last week", "2020-W52", "DATE", None), ("this week", "2020-W53", "DATE", None)]),
    # numbers that are not years
    ("Police detained 2000 protesters in 2019.", PUB, [("2019", "2019", "DATE", None)]),
    ("The bill costs $2024 and 1,999 people signed it.", PUB, []),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_dates_table(nlp, text, published, expected):
    assert rows(run(nlp, text, published)) == expected


# fmt: off
UNANCHORED = [
    ("Inflation slowed in September, the bank said.", [("September", "XXXX-09", "DATE", None)]),
    ("The minister said on Monday that the talks had failed.",
     [("Monday", "XXXX-WXX-1", "DATE", None)]),
    ("Talks were held last week.", [("last week", "XXXX-WXX", "DATE", None)]),
    ("Sales fell last month.", [("last month", "XXXX-XX", "DATE", None)]),
    ("Growth slowed this year.", [("this year", "XXXX", "DATE", None)]),
    ("The border was closed two years ago.", [("two years ago", "XXXX", "DATE", None)]),
    ("Parliament votes on the bill today.", [("today", "PRESENT_REF", "DATE", None)]),
    ("The economy grew in the third quarter.", [("the third quarter", "XXXX-Q3", "DATE", None)]),
    ("The ceasefire began on March 3.", [("March 3", "XXXX-03-03", "DATE", None)]),
    # absolute expressions need no anchor
    ("Prices have risen since 2022.", [("2022", "2022", "DATE", "ON_OR_AFTER")]),
    ("The deal was signed on 4 October 2024.", [("4 October 2024", "2024-10-04", "DATE", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), UNANCHORED, ids=[c[0][:40] for c in UNANCHORED])
def test_no_anchor_gives_unanchored_values(nlp, text, expected):
    doc = run(nlp, text, published=None)
    assert rows(doc) == expected
    assert all(d["anchor"] is None for d in doc._.dates)


def test_anchor_recorded_only_when_used(nlp):
    doc = run(nlp, "The envoy arrived last week, in 2022 and on Monday.")
    anchors = {d["text"]: d["anchor"] for d in doc._.dates}
    assert anchors == {"last week": PUB, "2022": None, "Monday": PUB}


def test_rule_ids_explain_each_entry(nlp):
    doc = run(nlp, "Since 2022, prices rose two years ago and last week, for three days.")
    ids = {d["text"]: d["rule_id"] for d in doc._.dates}
    assert ids == {
        "2022": "date.year",
        "two years ago": "date.ago",
        "last week": "date.relative_unit",
        "three days": "duration.unit",
    }


ODD_TEXTS = [
    "",
    " ",
    "\n\n\t",
    "\u200b\u200b",
    "🙂 2024 🙂",
    "Ｏｃｔｏｂｅｒ ２０２４",
    "In ２０２２ and in 2022.",
    "the the the late late",
    "May May May may march March",
    "2024-02-30 and February 30, 2024 and 31 April 2023",
    "Q9 2024, the ninth quarter of 2024, the 99th century",
    "0 years ago, zero days, every zero years",
    "At 13 p.m. and 25:61, at noon.",
    "on Monday morning evening night",
    "“since 2022”, (before 2020) – after 2021…",
    "x" * 2000 + " in 2020",
]


def check_entries(text: str, dates: list[dict]) -> None:
    assert isinstance(dates, list)
    assert [(d["start"], d["end"]) for d in dates] == sorted((d["start"], d["end"]) for d in dates)
    json.dumps(dates)  # plain data only
    for d in dates:
        assert set(d) == KEYS
        assert text[d["start"] : d["end"]] == d["text"]
        assert d["text"] and d["text"] == d["text"].strip()
        assert d["type"] in TYPES
        assert d["mod"] in MODS
        assert isinstance(d["value"], str) and d["value"]
        assert isinstance(d["rule_id"], str) and d["rule_id"]


@pytest.mark.parametrize("text", [c[0] for c in CASES] + ODD_TEXTS)
@pytest.mark.parametrize("published", [PUB, None, "not a date"])
def test_offsets_and_shape(nlp, text, published):
    doc = run_to_dates(nlp, text, published)
    check_entries(text, doc._.dates)
    # tag_dates itself (without the component's safety net) must not raise either
    check_entries(text, tag_dates(doc))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "in",
                "since",
                "the",
                "late",
                "2010s",
                "2022",
                "May",
                "last",
                "week",
                "two",
                "years",
                "ago",
                "on",
                "Monday",
                "morning",
                "every",
                "a",
                "month",
                ",",
                ".",
                "3",
                "p.m.",
                "mid-",
                "quarter",
                "of",
                "first",
                "half",
                "summer",
                "for",
                "decades",
                "today",
            ]
        )
        | st.text(max_size=6),
        max_size=25,
    ),
    st.sampled_from([PUB, None, "2024-02-29", "1999-12-31"]),
)
def test_offsets_property(nlp, words, published):
    text = " ".join(words)
    doc = run_to_dates(nlp, text, published)
    check_entries(text, doc._.dates)
    check_entries(text, tag_dates(doc))


def test_dates_is_a_new_list_each_call(nlp):
    first = run(nlp, "The talks began in 2022.")
    second = run(nlp, "The talks began in 2023.")
    assert first._.dates is not second._.dates
    assert rows(first) == [("2022", "2022", "DATE", None)]


def test_dates_survive_doc_serialisation(nlp):
    doc = run(nlp, "Prices rose last week, the ministry said on Monday.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.dates == doc._.dates
    assert len(restored._.dates) == 2


# Claim dates: tests/rules/test_claim_dates.py


def test_every_rule_id_in_outputs_is_declared(nlp):
    declared = stage_rules("dates")
    doc = run(nlp, "Talks began on March 3, 2023, ended last week and resume every Monday.")
    assert doc._.dates and all(d["rule_id"] in declared for d in doc._.dates)
    assert [r.id for r in load_grammar().rules] == [
        r.id for r in sorted(declared.values(), key=lambda r: r.priority) if r.pattern
    ]  # the grammar compiles exactly the declared regex rules, in priority order


def test_date_rule_ids_are_found_by_the_shared_registry():
    from pipeline.rules import all_rules, rule

    try:
        all_rules()
    except ValueError as err:  # another stage's rules.json not yet on version 3
        pytest.skip(f"the registry cannot load every stage yet: {err}")
    assert all(rule(rule_id).stage == "dates" for rule_id in stage_rules("dates"))


def test_component_raises_instead_of_hiding_errors(nlp, monkeypatch):
    from pipeline.dates import date_tagger

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(date_tagger, "tag_dates", broken)
    with pytest.raises(RuntimeError):
        nlp.get_pipe("claims_date_tagger")(nlp.make_doc("On Monday."))


@pytest.mark.parametrize("fallback, expected", [(True, ["date.ner_dateutil"]), (False, [])])
def test_factory_config_switches_the_ner_fallback(fallback, expected):
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("claims_date_tagger", config={"ner_fallback": fallback})
    doc = run(nlp, "The deal was signed on 3/15/2019 in Paris.")  # NER DATE, no rule
    assert [d["rule_id"] for d in doc._.dates] == expected


def test_grammar_file_is_versioned_and_rule_ids_unique():
    grammar = load_grammar()
    ids = [rule.id for rule in grammar.rules]
    assert len(ids) == len(set(ids))
    assert all(rule_id.split(".")[0] in {"date", "time", "duration", "set"} for rule_id in ids)
    assert grammar.months["september"] == 9 and grammar.seasons["summer"]["code"] == "SU"


def test_blank_pipeline_multiprocess_and_disk_round_trip(tmp_path):
    """Without parser or NER the rules still work (no tense: anchor-year months); results
    are plain data, so they come back from worker processes and a saved pipeline."""
    blank = spacy.blank("en")
    blank.add_pipe("claims_date_tagger")
    texts = ["Prices rose last week.", "The talks began in 2022 and ended in April."]
    expected = [
        [("last week", "2024-W39", "DATE", None)],
        [("2022", "2022", "DATE", None), ("April", "2024-04", "DATE", None)],
    ]
    docs = []
    for text in texts:
        doc = blank.make_doc(text)
        doc._.published = PUB
        docs.append(doc)
    assert [rows(d) for d in blank.pipe(docs, n_process=2)] == expected
    blank.to_disk(tmp_path)
    reloaded = spacy.load(tmp_path)
    assert [rows(run(reloaded, t)) for t in texts] == expected


def _parsed(words, tags, pos, heads, deps) -> Doc:
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        tags=tags,
        pos=pos,
        heads=heads,
        deps=deps,
        lemmas=[w.lower() for w in words],
    )


@pytest.mark.parametrize(
    ("subject", "tag", "expected"),
    [
        ("chief", "NN", "past"),  # 'the chief quit' tagged present: the present is 'quits'
        ("chiefs", "NNS", None),  # 'the chiefs quit': a present, or a past; the nearest
    ],
)
def test_a_same_spelling_past_tagged_present_after_a_singular_subject(subject, tag, expected):
    from pipeline.dates.tense import clause_tense

    doc = _parsed(
        ["The", subject, "quit", "in", "March"],
        ["DT", tag, "VBP", "IN", "NNP"],
        ["DET", "NOUN", "VERB", "ADP", "PROPN"],
        [1, 2, 2, 2, 3],
        ["det", "nsubj", "ROOT", "prep", "pobj"],
    )
    assert clause_tense(doc[4:5], load_grammar()) == expected
