"""The PolNeAR scorer: brat parsing, coverage matching at 0.3/0.8, speaker and cue accuracy,
the textacy baseline, and a smoke run on the first dev documents when the corpus is present."""

from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES, SHARED

from pipeline.evaluate.metrics import Counts
from pipeline.evaluate.polnear import (
    PolnearError,
    Span,
    classify_miss,
    coverage,
    format_polnear_comparison,
    format_polnear_report,
    pipeline_claims,
    polnear_extent,
    read_brat,
    score_document,
    score_polnear,
    score_polnear_systems,
    split_files,
)

POLNEAR_FIXTURES = FIXTURES / "polnear"
SPLIT = POLNEAR_FIXTURES / "dev"
POLNEAR = SHARED / "data" / "polnear"


def alpha():
    return read_brat(SPLIT / "text" / "alpha.txt", SPLIT / "attributions" / "alpha_aa01.ann")


def part(text: str, start: int, end: int, **extra) -> dict:
    return {"text": text[start:end], "start": start, "end": end, **extra}


def claim(text, content, speaker=None, cue=None, kind="indirect") -> dict:
    return {
        "kind": kind,
        "content": part(text, *content),
        "speaker": part(text, *speaker) if speaker else None,
        "cue": part(text, *cue) if cue else None,
    }


# --- parsing ----------------------------------------------------------------------------------


def test_read_brat_relations_discontinuous_and_multipart_content():
    doc = alpha()
    assert doc.doc_id == "alpha"
    ids = [a.attribution_id for a in doc.attributions]
    assert ids == ["E1", "E2", "E3", "E4", "E5"]  # E6 has no Content
    assert doc.n_skipped == 1
    e1, e2, e3, e4, e5 = doc.attributions
    assert (e1.source.text, e1.cue.text, e1.content.text) == (
        "Senator Jane Roe",
        "said",
        "the budget would pass by Friday",
    )
    # a discontinuous span: two fragments, length is the sum of the fragments
    assert e2.content.fragments == ((55, 75), (87, 110))
    assert len(e2.content) == 20 + 23
    assert e2.source.text == "she"
    # Content + Content2 of one E line are one content
    assert e3.content.fragments == ((112, 120), (142, 174))
    assert e3.content.text == "The plan includes new funding for schools"
    assert (e3.cue.text, e3.source.text) == ("according to", "aides")
    # Attribution-no-source
    assert e4.source is None and e4.cue.text == "is believed"
    assert (e5.cue.text, e5.source.text) == (":", "Critics")


def test_read_brat_span_text_over_several_lines():
    doc = read_brat(SPLIT / "text" / "beta.txt", SPLIT / "attributions" / "beta_aa01.ann")
    first, second = doc.attributions
    assert (
        first.content.text == "the river could flood the old town.\n\nResidents should leave early"
    )
    assert first.content.fragments == ((22, 87),)
    assert (second.content.text, second.source.text) == ("Residents should leave early", "she")


def test_read_brat_takes_a_line_break_in_the_article_as_the_annotation_space(tmp_path):
    (tmp_path / "w.txt").write_text("Jane Roe said the budget\nwould pass.", encoding="utf-8")
    ann = tmp_path / "w_x.ann"  # brat writes the wrapped content's line break as a space
    ann.write_text("T1\tContent 14 35\tthe budget would pass\n", encoding="utf-8")
    doc = read_brat(tmp_path / "w.txt", ann)  # no "does not match" error
    assert doc.text[14:35] == "the budget\nwould pass"


def test_split_files_takes_the_first_annotator_in_sorted_order():
    files = split_files(SPLIT)
    assert [(doc_id, ann.name) for doc_id, _, ann in files] == [
        ("alpha", "alpha_aa01.ann"),
        ("beta", "beta_aa01.ann"),
    ]


def test_read_brat_rejects_offsets_that_do_not_match_the_text(tmp_path):
    ann = tmp_path / "alpha_x.ann"
    ann.write_text("T1\tCue 17 21\tsays\nE1\tAttribution:T1 Cue:T1\n", encoding="utf-8")
    with pytest.raises(PolnearError, match="T1 text 'says' does not match"):
        read_brat(SPLIT / "text" / "alpha.txt", ann)


def test_read_brat_rejects_an_unknown_span_reference(tmp_path):
    ann = tmp_path / "alpha_x.ann"
    ann.write_text("T1\tCue 17 21\tsaid\nE1\tAttribution:T1 Content:T9\n", encoding="utf-8")
    with pytest.raises(PolnearError, match="unknown span T9"):
        read_brat(SPLIT / "text" / "alpha.txt", ann)


def test_split_files_errors_are_clear(tmp_path):
    with pytest.raises(PolnearError, match="not a PolNeAR split"):
        split_files(tmp_path)
    split = tmp_path / "dev"
    shutil.copytree(SPLIT, split)
    (split / "attributions" / "beta_aa01.ann").unlink()
    with pytest.raises(PolnearError, match=r"no annotation for beta\.txt"):
        split_files(split)


# --- spans and matching -----------------------------------------------------------------------


def test_span_merges_fragments_and_measures_overlap():
    text = "x" * 50
    span = Span.build([(10, 20), (15, 25), (30, 35)], text)
    assert span.fragments == ((10, 25), (30, 35))
    assert len(span) == 20
    other = Span.build([(20, 32)], text)
    assert span.overlap(other) == 5 + 2
    assert coverage(span, other) == pytest.approx(7 / 20)
    # coverage is asymmetric: the gold span is the reference
    assert coverage(other, span) == pytest.approx(7 / 12)
    assert Span.build([(5, 5)], text) is None


@pytest.mark.parametrize(
    ("text", "content", "extent"),
    [
        ("He said “We won,” and left.", "We won", "“We won,”"),  # marks and the comma inside
        ("He said ''We won.'' Then", "We won", "''We won.''"),  # a two-character quote mark
        ("He said that we won.", "we won", "that we won"),  # the complementizer
        ("He said we won.", "we won", "we won"),  # no mark around: unchanged
        ("He said, “Yes.” Then", "Yes", "“Yes.”"),  # the full stop inside the close
        ("Tom said, “Yes”.", "Yes", "“Yes”"),  # the full stop outside it stays out
    ],
)
def test_polnear_extent_takes_the_quote_marks_and_complementizer(text, content, extent):
    start = text.index(content)
    s, e = polnear_extent(text, start, start + len(content))
    assert text[s:e] == extent


def test_score_document_at_30_and_80_percent():
    doc = alpha()
    t = doc.text
    claims = [
        # E1 exactly; speaker and cue right
        claim(t, (22, 53), speaker=(0, 16), cue=(17, 21)),
        # E2: only the first quote, 20 of 43 characters (46%); no speaker
        claim(t, (55, 75), cue=(80, 85), kind="direct"),
        # E3: the Content2 part, 32 of 40 characters: exactly 80%
        claim(t, (142, 174), speaker=(135, 140), cue=(122, 134)),
        # E4 (no gold source) with no speaker, but the cue on "expected"
        claim(t, (176, 206), cue=(188, 196)),
        # spurious
        claim(t, (259, 274), speaker=(0, 7), cue=(17, 21)),
    ]
    levels, pairs = score_document(doc.attributions, claims, t)

    low = levels[0.3]
    assert low.content == Counts(matched=4, n_pred=5, n_gold=5)
    assert (low.content.precision, low.content.recall, low.content.f1) == (0.8, 0.8, 0.8)
    # E1 right, E2 null (wrong), E3 right, E4 null with no gold source (right)
    assert (low.speaker.correct, low.speaker.total) == (3, 4)
    assert (low.speaker_given.correct, low.speaker_given.total) == (2, 2)
    assert low.speaker_null == 2
    assert (low.cue.correct, low.cue.total) == (3, 4)
    assert [(i, j) for i, j, _ in pairs[0.3]] == [(0, 0), (1, 1), (2, 2), (3, 3)]

    high = levels[0.8]
    assert high.content == Counts(matched=3, n_pred=5, n_gold=5)
    assert high.content.f1 == pytest.approx(0.6)
    assert (high.speaker.correct, high.speaker.total) == (3, 3)
    assert (high.cue.correct, high.cue.total) == (2, 3)


def test_matching_is_one_to_one_and_a_long_prediction_covers_gold():
    doc = alpha()
    t = doc.text
    # one predicted content over the whole first sentence and both quotes: it covers E1 and
    # E2 fully, but can match only one of them
    claims = [claim(t, (0, 110), speaker=(76, 79), cue=(80, 85))]
    levels, pairs = score_document(doc.attributions[:2], claims, t)
    assert levels[0.8].content == Counts(matched=1, n_pred=1, n_gold=2)
    assert [(i, j) for i, j, _ in pairs[0.8]] == [(0, 0)]  # tie: the earlier gold
    assert levels[0.8].speaker.correct == 0  # "she" is E2's source, not E1's


def test_no_claims_and_unusable_offsets():
    doc = alpha()
    levels, _ = score_document(doc.attributions, [], doc.text)
    assert levels[0.3].content == Counts(0, 0, 5)
    assert levels[0.3].content.precision is None
    assert levels[0.3].content.f1 == 0
    bad = [{"kind": "stance", "content": {"start": None, "end": None}, "speaker": None}]
    levels, _ = score_document(doc.attributions, bad, doc.text)
    assert levels[0.3].content == Counts(0, 1, 5)


# --- the scorer over a split ------------------------------------------------------------------


def test_score_polnear_systems_on_the_fixture_split(nlp):
    beta = read_brat(SPLIT / "text" / "beta.txt", SPLIT / "attributions" / "beta_aa01.ann")
    gold_by_text = {d.text: d for d in (alpha(), beta)}

    def perfect(doc):
        """Predicts every gold attribution exactly (one single span per content)."""
        return [
            {
                "kind": "indirect",
                "content": {"start": a.content.start, "end": a.content.end},
                "speaker": {"start": a.source.start, "end": a.source.end} if a.source else None,
                "cue": {"start": a.cue.start, "end": a.cue.end},
            }
            for a in gold_by_text[doc.text].attributions
        ]

    def broken(doc):
        raise ValueError("odd quotes")

    reports = score_polnear_systems(SPLIT, nlp, {"perfect": perfect, "broken": broken})
    best, failing = reports["perfect"], reports["broken"]
    assert (best.n_documents, best.n_gold, best.n_skipped_gold) == (2, 7, 1)
    # E3's content is discontinuous: the single predicted span (112, 174) covers all of it
    assert best.level(0.3).content == Counts(7, 7, 7)
    assert best.level(0.8).content == Counts(7, 7, 7)
    assert best.level(0.3).speaker.value == 1.0
    assert best.level(0.3).cue.value == 1.0
    assert not best.misses and not best.miss_categories

    assert set(failing.failed) == {"alpha", "beta"}
    assert failing.level(0.3).content == Counts(0, 0, 7)
    assert sum(failing.miss_categories.values()) == 7
    assert failing.misses[0]["doc_id"] == "alpha"

    text = format_polnear_report(best)
    assert "2 documents, 7 gold attributions" in text
    assert "| >= 0.3   | 100.0 | 100.0 | 100.0 | 7/7/7" in text
    table = format_polnear_comparison(reports.values())
    assert "| broken  | >= 0.8" in table
    assert best.to_dict()["levels"]["0.3"]["f1"] == 1.0


def test_score_polnear_defaults_to_the_pipeline_and_honours_limit(nlp):
    report = score_polnear(SPLIT, nlp, limit=1)
    assert report.system == "pipeline_claims"
    assert report.n_documents == 1 and report.n_gold == 5
    level = report.level(0.3)
    # our pipeline finds "Senator Jane Roe said ..." at the least
    assert level.content.matched >= 1
    assert level.content.n_pred == len(pipeline_claims(nlp(nlp.make_doc(alpha().text))))


def test_classify_miss_categories(nlp):
    doc = alpha()
    parsed = nlp(doc.text)
    from pipeline.evaluate.polnear import _preds

    e1, _, e3, e4, e5 = doc.attributions
    t = doc.text
    none = _preds([], t)
    assert classify_miss(parsed, e3, none, set(), frozenset())[0] == "missed_according_to"
    assert classify_miss(parsed, e5, none, set(), frozenset())[0] == "missed_punct"
    assert classify_miss(parsed, e1, none, set(), frozenset({"say"}))[0] == "missed_verb_known"
    assert classify_miss(parsed, e1, none, set(), frozenset())[0] == "missed_verb_unknown"
    _, features = classify_miss(parsed, e4, none, set(), frozenset())
    assert "no_source" in features
    partial = _preds([claim(t, (22, 27))], t)
    assert classify_miss(parsed, e1, partial, set(), frozenset())[0] == "content_partial"
    assert classify_miss(parsed, e1, partial, {0}, frozenset())[0] == "content_partial"
    whole = _preds([claim(t, (0, 110))], t)
    assert classify_miss(parsed, e1, whole, {0}, frozenset())[0] == "content_merged"
    elsewhere = _preds([claim(t, (259, 274), cue=(17, 21))], t)
    assert (
        classify_miss(parsed, e1, elsewhere, set(), frozenset())[0] == "cue_found_content_elsewhere"
    )


# --- the textacy baseline ---------------------------------------------------------------------


def test_textacy_baseline_on_a_tiny_doc(nlp):
    pytest.importorskip("textacy")
    from pipeline.evaluate.textacy_baseline import textacy_claims

    text = '"We will win this race in November," Smith said on Tuesday.'
    claims = textacy_claims(nlp(text))
    assert len(claims) == 1
    (found,) = claims
    assert found["kind"] == "direct"
    assert found["content"] == {
        "text": '"We will win this race in November,"',
        "start": 0,
        "end": 36,
    }
    assert (found["speaker"]["text"], found["speaker"]["start"]) == ("Smith", 37)
    assert (found["cue"]["text"], found["cue"]["lemma"]) == ("said", "say")
    for key in ("speaker", "cue", "content"):
        assert text[found[key]["start"] : found[key]["end"]] == found[key]["text"]


def test_textacy_baseline_bails_out_on_odd_quotes(nlp):
    pytest.importorskip("textacy")
    from pipeline.evaluate.textacy_baseline import textacy_claims, textacy_claims_strict

    doc = nlp('"We will win this race in November," Smith said. "And then more.')
    assert textacy_claims(doc) == []
    with pytest.raises(ValueError, match="quotation marks"):
        textacy_claims_strict(doc)


# --- the real corpus --------------------------------------------------------------------------


@pytest.mark.skipif(
    not (POLNEAR / "dev").is_dir(), reason=f"PolNeAR not present at {POLNEAR} (shared data)"
)
def test_first_dev_documents_score_in_sane_ranges(nlp):
    pytest.importorskip("textacy")
    from pipeline.evaluate.textacy_baseline import textacy_claims

    reports = score_polnear_systems(
        POLNEAR / "dev", nlp, {"pipeline": pipeline_claims, "textacy": textacy_claims}, limit=5
    )
    ours, baseline = reports["pipeline"], reports["textacy"]
    assert ours.n_documents == baseline.n_documents == 5
    assert ours.n_gold == baseline.n_gold > 20
    for report in (ours, baseline):
        low, high = report.level(0.3).content, report.level(0.8).content
        assert high.matched <= low.matched <= min(low.n_pred, low.n_gold)
        assert 0 <= high.f1 <= low.f1 <= 1
        assert report.level(0.3).cue.total == low.matched
    # our rules find indirect speech too, textacy only direct quotes
    assert ours.level(0.3).content.recall > baseline.level(0.3).content.recall
    assert 0.2 < ours.level(0.3).content.f1 < 0.95
    assert ours.level(0.3).speaker.value > 0.5
    assert sum(ours.miss_categories.values()) == ours.n_gold - ours.level(0.3).content.matched


def test_pipeline_claims_join_the_pieces_of_one_cue(nlp):
    from pipeline.evaluate.polnear import pipeline_claims

    text = "“We will stay. We will fight,” the mayor said. “Nobody leaves.”"
    doc = nlp(text)
    pieces = [c for c in doc._.claims if c["cue"]["text"] == "said"]
    assert len(pieces) >= 2  # the project's convention: one claim per sentence
    (joined,) = [c for c in pipeline_claims(doc) if c["cue"]["text"] == "said"]
    # in PolNeAR's extent: from the first quote's opening mark to the last one's close
    assert joined["content"]["start"] == min(c["content"]["start"] for c in pieces) - 1
    last = max(c["content"]["end"] for c in pieces)
    assert text[last : joined["content"]["end"]] in (",”", "”")
    assert text[joined["content"]["start"] : joined["content"]["end"]] == joined["content"]["text"]


@pytest.mark.parametrize(
    ("rule_id", "kept"),
    [
        ("indirect.ccomp", 1),  # an attribution
        ("event.nested", 0),  # an event inside another claim's content: no attribution
        ("event.sentence_act", 0),  # an act in a sentence with no attribution
    ],
)
def test_event_stage_claims_are_no_attributions(nlp, rule_id, kept):
    doc = nlp.make_doc("Peru said the talks failed.")
    doc._.claims = [
        {
            "rule_id": rule_id,
            "cue": {"text": "said", "start": 5, "end": 9},
            "content": {"text": "the talks failed", "start": 10, "end": 26},
            "speaker": {"text": "Peru", "start": 0, "end": 4},
        }
    ]
    assert len(pipeline_claims(doc)) == kept


@pytest.mark.parametrize(
    ("kind", "category", "kept"),
    [
        ("stance", "consult", 0),  # "Lima met Quito's envoy": a meeting, no position held
        ("stance", "disapprove", 1),  # "Lima condemned the raid": a position toward a target
        ("indirect", "consult", 1),  # a speech cue is an attribution whatever its category
    ],
)
def test_meetings_are_no_attributions(nlp, kind, category, kept):
    doc = nlp.make_doc("Lima met the envoy.")
    doc._.claims = [
        {
            "rule_id": "stance.verb_object",
            "kind": kind,
            "cue": {"text": "met", "start": 5, "end": 8, "category": category},
            "content": {"text": "the envoy", "start": 9, "end": 18},
            "speaker": {"text": "Lima", "start": 0, "end": 4},
        }
    ]
    assert len(pipeline_claims(doc)) == kept
