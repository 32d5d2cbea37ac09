"""The TimeML scorer: the .tml reader, exact metric values on hand-made timex lists, and a
real run of the pipeline over the hand-annotated documents in tests/fixtures/timeml."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

from pipeline.evaluate.timeml import (
    TimeMLError,
    TimeMLReport,
    format_timeml_errors,
    format_timeml_report,
    load_timeml,
    parse_timeml,
    read_timeml,
    score_timeml,
    score_timexes,
)

TIMEML_FIXTURES = FIXTURES / "timeml"
FIXTURE_DCTS = {
    "brightwater_president": "2016-09-14",
    "halvorsen_shares": "1998-02-06",  # DCT value 1998-02-06T16:45:00, cut to the day
    "harbor_storm": "2013-03-22",
    "kessel_broadband": "2024-01-15",
    "norland_exports": "2019-11-05",
    "riverton_curfew": "2021-06-30",
}
N_GOLD = 46


# --- reading -------------------------------------------------------------------------------


def test_fixtures_parse_with_offsets_into_the_plain_text():
    docs = load_timeml(TIMEML_FIXTURES)
    assert {d.doc_id: d.dct for d in docs} == FIXTURE_DCTS
    assert sum(len(d.timexes) for d in docs) == N_GOLD
    for doc in docs:
        assert doc.timexes, doc.doc_id
        for timex in doc.timexes:
            assert doc.text[timex.start : timex.end] == timex.text
        assert "<" not in doc.text and ">" not in doc.text
        assert [t.start for t in doc.timexes] == sorted(t.start for t in doc.timexes)


def test_read_timeml_one_file():
    doc = read_timeml(TIMEML_FIXTURES / "harbor_storm.tml")
    assert doc.doc_id == "harbor_storm"
    assert doc.path == TIMEML_FIXTURES / "harbor_storm.tml"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Monday", "DATE", "2013-03-18"),
        ("last week", "DATE", "2013-W11"),
        ("three months", "DURATION", "P3M"),
        ("every year", "SET", "P1Y"),
        ("2009", "DATE", "2009"),
        ("this morning", "TIME", "2013-03-22TMO"),
        ("two years ago", "DATE", "2011"),
    ]
    # EVENT and SIGNAL tags are gone, their words kept with the original spacing.
    assert "Westhaven said on Monday that cargo volumes fell sharply last week" in doc.text
    assert "inspected the sea wall every year since 2009, a spokeswoman" in doc.text
    # Neither the title nor the DCT is part of the text or of the gold.
    assert "Storm closes" not in doc.text
    assert all(t.tid != "t0" for t in doc.timexes)


def test_entities_are_unescaped_and_mods_kept():
    doc = read_timeml(TIMEML_FIXTURES / "halvorsen_shares.tml")
    assert "Halvorsen & Sons Mining closed" in doc.text
    end_of_year = next(t for t in doc.timexes if t.text == "the end of the year")
    assert (end_of_year.value, end_of_year.mod) == ("1998", "END")
    assert next(t for t in doc.timexes if t.text == "9 a.m.").mod is None


def test_attributes_in_any_order_and_tags_at_any_depth():
    doc = parse_timeml(
        '<TimeML><DOCID> d1 </DOCID><DCT><TIMEX3 value="2005-07-01" tid="t0" type="DATE" '
        'functionInDocument="CREATION_TIME">July 1</TIMEX3></DCT>'
        '<TEXT>It <EVENT eid="e1">rained <SIGNAL sid="s1">on</SIGNAL> '
        '<TIMEX3 mod="START" value="2005-06-30" type="DATE" tid="t1">early <EVENT eid="e2">'
        "Thursday</EVENT></TIMEX3></EVENT> &amp; <TIMEX3 tid=\"t2\" type='DURATION' "
        'value="P2D">two days</TIMEX3>.<TIMEX3 tid="t3" type="DURATION" value="P1D"/></TEXT>'
        "</TimeML>"
    )
    assert doc.doc_id == "d1"
    assert doc.dct == "2005-07-01"
    assert doc.text == "It rained on early Thursday & two days."
    assert [(t.text, t.start, t.end, t.mod, t.tid) for t in doc.timexes] == [
        ("early Thursday", 13, 27, "START", "t1"),
        ("two days", 30, 38, None, "t2"),
    ]  # the empty (non-consuming) t3 has no span and is left out


def test_creation_time_outside_a_dct_element_or_missing():
    with_ct = parse_timeml(
        '<TimeML><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="20100304">x</TIMEX3>'
        "<TEXT>no dates</TEXT></TimeML>"
    )
    assert with_ct.dct is None  # not YYYY-MM-DD
    found = parse_timeml(
        '<TimeML><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="2010-03-04T10:00">'
        "x</TIMEX3><TEXT>no dates</TEXT></TimeML>",
        doc_id="fallback",
    )
    assert (found.doc_id, found.dct, found.text, found.timexes) == (
        "fallback",
        "2010-03-04",
        "no dates",
        [],
    )


def test_docid_falls_back_to_the_file_stem(tmp_path):
    path = tmp_path / "stem_name.tml"
    path.write_text("<TimeML><TEXT>nothing</TEXT></TimeML>", encoding="utf-8")
    assert read_timeml(path).doc_id == "stem_name"


@pytest.mark.parametrize(
    "source, message",
    [("<TimeML><TEXT>open", "not well-formed"), ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>")],
)
def test_unreadable_files_are_errors(tmp_path, source, message):
    path = tmp_path / "bad.tml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(TimeMLError, match=message) as info:
        read_timeml(path)
    assert "bad.tml" in str(info.value)


def test_sub_folders_are_read_and_a_copied_file_counts_once(tmp_path):
    doc = (
        "<TimeML><TEXT>On <TIMEX3 tid='t1' type='DATE' value='2020'>2020</TIMEX3>.</TEXT></TimeML>"
    )
    for folder, name in [("A", "one.tml"), ("B", "two.tml"), ("copy", "one.tml")]:
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(doc, encoding="utf-8")
    assert [d.doc_id for d in load_timeml(tmp_path)] == ["one", "two"]  # copy/one.tml skipped


def test_missing_or_empty_folder_is_an_error(tmp_path):
    with pytest.raises(TimeMLError, match="not found"):
        load_timeml(tmp_path / "nope")
    with pytest.raises(TimeMLError, match=r"no \*\.tml files"):
        load_timeml(tmp_path)


# --- metrics -------------------------------------------------------------------------------


def timex(text, start, end, type_="DATE", value="2013"):
    return {"text": text, "start": start, "end": end, "type": type_, "value": value}


GOLD = [
    timex("A", 0, 10, "DATE", "2013"),
    timex("B", 20, 30, "DURATION", "P3M"),
    timex("C", 40, 45, "SET", "P1Y"),
    timex("D", 60, 70, "DATE", "2014"),
    timex("E", 90, 95, "DATE", "2015"),
]
PRED = [
    timex("a", 0, 10, "DATE", "2013"),  # strict; value and type right
    timex("b", 18, 25, "DATE", "P2M"),  # relaxed only; value and type wrong
    timex("c", 40, 45, "DATE", "P1Y"),  # strict; value right, type wrong
    timex("d", 65, 65, "DATE", "2014"),  # empty span: overlaps nothing
    timex("e", 80, 85, "DATE", "2014"),  # spurious
]


def test_strict_relaxed_value_and_type_counts():
    score = score_timexes(GOLD, PRED, "doc")
    assert (score.strict.matched, score.strict.n_pred, score.strict.n_gold) == (2, 5, 5)
    assert (score.relaxed.matched, score.value.matched, score.type.matched) == (3, 2, 1)
    assert score.strict.f1 == pytest.approx(2 * 2 / 10)
    assert score.relaxed.precision == pytest.approx(3 / 5)
    assert score.relaxed.f1 == pytest.approx(0.6)
    # value: P = 2/5, R = 2/5; it is value accuracy over relaxed matches (2/3) x relaxed F1.
    assert score.value.f1 == pytest.approx(0.4)
    assert score.value.f1 == pytest.approx(2 / 3 * score.relaxed.f1)
    assert score.type.f1 == pytest.approx(0.2)
    assert score.missed == ["D", "E"]
    assert score.spurious == ["d", "e"]
    assert score.wrong_value == ["b: P2M != P3M"]
    assert score.wrong_type == ["b: DATE != DURATION", "c: DATE != SET"]


def test_unequal_counts_give_unequal_precision_and_recall():
    score = score_timexes(GOLD, PRED[:3])
    assert score.relaxed.precision == pytest.approx(1.0)
    assert score.relaxed.recall == pytest.approx(3 / 5)
    assert score.relaxed.f1 == pytest.approx(2 * 3 / 8)
    assert score.value.precision == pytest.approx(2 / 3)
    assert score.value.recall == pytest.approx(2 / 5)
    assert score.value.f1 == pytest.approx(2 * 2 / 8)


def test_relaxed_matching_is_one_to_one_largest_overlap_first():
    gold = [timex("x", 0, 10, value="G1"), timex("y", 12, 20, value="G2")]
    pred = [timex("p", 0, 3, value="G1"), timex("q", 2, 16, value="G2")]
    score = score_timexes(gold, pred)
    # q overlaps x by 8 and y by 4: it takes x; p (overlap 3 with x) is left without a partner.
    assert score.relaxed.matched == 1
    assert score.value.matched == 0  # q's value is y's, not x's
    assert score.spurious == ["p"]
    assert score.missed == ["y"]
    assert score.strict.matched == 0


def test_strict_needs_both_offsets():
    gold = [timex("x", 5, 10)]
    assert score_timexes(gold, [timex("p", 5, 11)]).strict.matched == 0
    assert score_timexes(gold, [timex("p", 4, 10)]).strict.matched == 0
    assert score_timexes(gold, [timex("p", 5, 10)]).strict.matched == 1
    unplaced = score_timexes(gold, [{"text": "p", "start": None, "end": None}])
    assert unplaced.relaxed.matched == 0
    assert format_timeml_errors(TimeMLReport(Path("tml"), [unplaced], {"": "text"}))


def test_nothing_predicted_nothing_gold():
    empty = score_timexes([], [])
    assert (empty.relaxed.f1, empty.value.precision) == (None, None)
    nothing_found = score_timexes(GOLD, [])
    assert (nothing_found.relaxed.f1, nothing_found.relaxed.precision) == (0.0, None)


def test_report_micro_dict_and_markdown():
    report = TimeMLReport(
        Path("tml"), [score_timexes(GOLD, PRED, "one"), score_timexes(GOLD[:1], PRED[:1], "two")]
    )
    micro = report.micro
    assert (micro.relaxed.matched, micro.relaxed.n_pred, micro.relaxed.n_gold) == (4, 6, 6)
    assert (micro.value.matched, micro.type.matched, micro.strict.matched) == (3, 2, 3)
    data = report.to_dict()
    assert list(data["documents"]) == ["one", "two"]
    assert data["documents"]["one"]["relaxed"]["f1"] == 0.6
    assert data["micro"]["value"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "matched": 3,
        "n_pred": 6,
        "n_gold": 6,
    }
    assert "missed" not in data["micro"]
    text = format_timeml_report(report)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows[0].split("|")[1].strip() == "document"
    assert [r.split("|")[1].strip() for r in rows[1:]] == ["one", "two", "micro"]
    micro_cells = [c.strip() for c in rows[-1].split("|")[1:-1]]
    # strict P R F1 m/p/g, relaxed ..., value ..., type ...
    assert micro_cells[1:5] == ["0.500", "0.500", "0.500", "3/6/6"]
    assert micro_cells[5:9] == ["0.667", "0.667", "0.667", "4/6/6"]
    assert micro_cells[13:17] == ["0.333", "0.333", "0.333", "2/6/6"]
    assert "- one missed: D; E" in text
    assert "- one value: b: P2M != P3M" in text
    assert "- two" not in text
    assert "### Errors" not in format_timeml_report(report, errors=False)


def test_error_list_gives_each_value_error_miss_and_spurious_timex_with_its_context():
    text = "x" * 100
    text = text[:18] + "in recent weeks" + text[33:]
    score = score_timexes(GOLD, [{**p, "rule_id": f"r.{p['text']}"} for p in PRED], "one")
    score.dct = "2013-05-01"
    report = TimeMLReport(Path("tml"), [score], {"one": text})
    lines = format_timeml_errors(report, width=5).splitlines()
    assert [line.split("\t")[2] for line in lines] == [
        "value",  # b at 18-25 (listed at the gold's start, 20)
        "missed",  # D at 60
        "spurious",  # d at 65 (an empty span)
        "spurious",  # e at 80
        "missed",  # E at 90
    ]
    doc_id, dct, _kind, what, context = lines[0].split("\t")
    assert (doc_id, dct, what) == ("one", "2013-05-01", "b: P2M != P3M")
    assert context == "xxxin[ recent we]eksxx  (r.b)"  # the gold's span in brackets, its rule
    assert lines[1].split("\t")[3] == "D: 2014"  # a miss: the gold's text and value
    assert lines[3].split("\t")[3] == "e: 2014"  # a spurious timex: the predicted ones
    assert lines[3].endswith("(r.e)")
    assert format_timeml_errors(TimeMLReport(Path("tml"), [score_timexes([], [])])) == ""


# --- end to end ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_report(nlp):
    return score_timeml(TIMEML_FIXTURES, nlp)


def test_pipeline_on_the_fixtures(fixture_report):
    micro = fixture_report.micro
    assert [d.doc_id for d in fixture_report.documents] == sorted(FIXTURE_DCTS)
    assert micro.relaxed.n_gold == N_GOLD
    for counts in (micro.strict, micro.relaxed, micro.value, micro.type):
        for value in (counts.precision, counts.recall, counts.f1):
            assert 0 <= value <= 1
    assert micro.strict.matched <= micro.relaxed.matched
    assert max(micro.value.matched, micro.type.matched) <= micro.relaxed.matched
    # Measured when written: strict 0.935, relaxed 0.978, value 0.913, type 0.935.
    assert micro.relaxed.f1 >= 0.9
    assert micro.strict.f1 >= 0.85
    assert micro.value.f1 >= 0.85
    assert micro.type.f1 >= 0.85


def test_dates_are_anchored_on_the_dct(fixture_report):
    # Relative expressions only get these values from each document's own DCT.
    harbor = next(d for d in fixture_report.documents if d.doc_id == "harbor_storm")
    kessel = next(d for d in fixture_report.documents if d.doc_id == "kessel_broadband")
    assert harbor.value.matched == harbor.value.n_gold == 7
    assert kessel.value.matched == kessel.value.n_gold == 7
