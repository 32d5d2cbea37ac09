"""The gold evaluator: exact metric values on small hand-written gold files and run folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED, SHARED

from pipeline.evaluate import GoldError, format_report, load_gold, score_gold
from pipeline.evaluate.gold import normalise_alias
from pipeline.evaluate.metrics import token_f

SHARED_GOLD = SHARED / "gold"


# --- helpers: a gold folder and a run folder written by hand ---------------------------------


def write_gold(folder: Path, article_id: str, actors=(), claims=(), dates=()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"actors": list(actors), "claims": list(claims), "dates": list(dates)}
    (folder / f"{article_id}.gold.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def write_run(folder: Path, articles: dict[str, dict], failed: tuple[str, ...] = ()) -> Path:
    """articles: {article_id: {"actors": [...], "mentions": [...], "claims": [...], ...}}."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict]] = {n: [] for n in ("actors", "mentions", "claims", "dates")}
    rows = []
    for article_id, content in articles.items():
        status = "error" if article_id in failed else "ok"
        rows.append({"schema_version": 1, "article_id": article_id, "status": status})
        for name, table in tables.items():
            table.extend({"article_id": article_id, **row} for row in content.get(name, []))
    tables["articles"] = rows
    for name, table in tables.items():
        with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            for row in table:
                handle.write(json.dumps(row) + "\n")
    return folder


def gactor(name, aliases=None, type_="PERSON", country=None, role=None):
    return {"name": name, "aliases": aliases or [name], "type": type_, "country": country,
            "role": role}  # fmt: skip


def pactor(name, aliases=(), country=None, role=None, type_="PERSON"):
    return {"actor_id": name.lower(), "name": name, "type": type_, "country": country,
            "role": role, "aliases": list(aliases), "n_mentions": 1}  # fmt: skip


def gclaim(content, speaker=None, targets=(), polarity="neutral", kind="indirect", date=None):
    return {"speaker": speaker, "speaker_text": "x", "cue": "said", "content": content,
            "kind": kind, "targets": list(targets), "polarity": polarity, "date": date}  # fmt: skip


def pclaim(content, speaker=None, targets=(), polarity="neutral", kind="indirect", date=None):
    """speaker: a name (or None for no speaker); targets: (text, name) pairs."""
    return {
        "kind": kind,
        "speaker": None if speaker is None else {"text": speaker, "name": speaker},
        "cue": {"text": "said"},
        "content": {"text": content, "start": 0, "end": len(content)},
        "targets": [{"text": text, "name": name} for text, name in targets],
        "stance": {"polarity": polarity},
        "date": None if date is None else {"value": date},
    }


def gdate(text, value, type_="DATE", mod=None):
    row = {"text": text, "value": value, "type": type_}
    if mod:
        row["mod"] = mod
    return row


def pdate(text, start, value, type_="DATE", mod=None):
    return {"text": text, "start": start, "end": start + len(text), "type": type_,
            "value": value, "mod": mod}  # fmt: skip


def score_one(tmp_path, gold: dict, run: dict):
    """Score a single article 'a1'; returns its ArticleScore."""
    write_gold(tmp_path / "gold", "a1", **gold)
    write_run(tmp_path / "run", {"a1": run})
    report = score_gold(tmp_path / "gold", tmp_path / "run")
    assert [a.article_id for a in report.articles] == ["a1"]
    return report.articles[0]


# --- loading -----------------------------------------------------------------------------------


def test_load_gold_keys_articles_by_file_name(tmp_path):
    write_gold(tmp_path, "first-article", actors=[gactor("Ana Lima")])
    write_gold(tmp_path, "second", claims=[gclaim("rates will rise")])
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    gold = load_gold(tmp_path)
    assert sorted(gold) == ["first-article", "second"]
    assert gold["first-article"]["actors"][0]["name"] == "Ana Lima"


def test_load_gold_rejects_an_empty_folder_and_an_incomplete_file(tmp_path):
    with pytest.raises(GoldError, match=r"no \*\.gold\.json"):
        load_gold(tmp_path)
    (tmp_path / "x.gold.json").write_text(json.dumps({"actors": []}), encoding="utf-8")
    with pytest.raises(GoldError, match="claims, dates"):
        load_gold(tmp_path)


def test_a_gold_article_missing_from_the_run_is_an_error_naming_it(tmp_path):
    for article_id in ("kept", "gone-1", "gone-2"):
        write_gold(tmp_path / "gold", article_id)
    write_run(tmp_path / "run", {"kept": {}})
    with pytest.raises(GoldError, match="missing from the run: gone-1, gone-2"):
        score_gold(tmp_path / "gold", tmp_path / "run")


def test_a_gold_article_the_run_failed_on_is_an_error(tmp_path):
    write_gold(tmp_path / "gold", "broken")
    write_run(tmp_path / "run", {"broken": {}}, failed=("broken",))
    with pytest.raises(GoldError, match="failed on: broken"):
        score_gold(tmp_path / "gold", tmp_path / "run")


def test_a_run_folder_without_its_tables_is_an_error(tmp_path):
    write_gold(tmp_path / "gold", "a1")
    (tmp_path / "run").mkdir()
    with pytest.raises(GoldError, match=r"articles\.jsonl"):
        score_gold(tmp_path / "gold", tmp_path / "run")


# --- actors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("the Central Bank", "central bank"),
        ("O’Brien", "O'Brien"),
        ("Marta Ruiz’s", "marta ruiz"),
        ("The  Harbour   Board's", "Harbour Board"),
    ],
)
def test_normalised_aliases_are_equal(left, right):
    assert normalise_alias(left) == normalise_alias(right)


@pytest.mark.parametrize(("left", "right"), [("Theodora", "Dora"), ("Lewis", "Lewi")])
def test_normalisation_keeps_words_apart(left, right):
    assert normalise_alias(left) != normalise_alias(right)


def test_actor_recall_and_precision_with_alias_normalisation(tmp_path):
    gold = [
        gactor("Harbour Board", ["the Harbour Board"], "ORG"),
        gactor("Conor O’Brien", ["O’Brien"]),
        gactor("Lena Park", ["Lena Park", "Park"]),
    ]
    pred = [
        pactor("HARBOUR BOARD", ["Harbour Board's"]),  # case, "the", possessive
        pactor("O'Brien"),  # straight apostrophe, matched through the gold alias
        pactor("Lena Parker", ["Parker"]),  # no shared alias
        pactor("Brien"),
    ]
    actors = score_one(tmp_path, {"actors": gold}, {"actors": pred}).actors
    assert (actors.match.matched, actors.match.n_pred, actors.match.n_gold) == (2, 4, 3)
    assert actors.match.recall == pytest.approx(2 / 3)
    assert actors.match.precision == pytest.approx(0.5)
    assert actors.match.f1 == pytest.approx(4 / 7)
    assert actors.missed == ["Lena Park"]
    assert actors.spurious == ["Lena Parker", "Brien"]


def test_actor_matching_is_one_to_one_largest_overlap_first(tmp_path):
    gold = [gactor("Taro Aso", ["Taro Aso", "Aso"])]
    pred = [pactor("Aso"), pactor("Taro Aso", ["Aso"])]  # both share "Aso"; the second shares 2
    actors = score_one(tmp_path, {"actors": gold}, {"actors": pred}).actors
    assert (actors.match.matched, actors.match.precision, actors.match.recall) == (1, 0.5, 1.0)
    assert actors.spurious == ["Aso"]


def test_country_and_role_accuracy_over_matched_pairs(tmp_path):
    gold = [
        gactor("Ana Lima", country="BRA", role="GOV"),
        gactor("Ivo Dee", country=None, role="EDU"),
        gactor("Sam Roe", country="GBR", role=None),
        gactor("Unmatched Person", country="FRA", role="GOV"),
    ]
    pred = [
        pactor("Ana Lima", country="BRA", role="MIL"),  # country right, role wrong
        pactor("Ivo Dee", country=None, role="EDU"),  # null == null, role right
        pactor("Sam Roe", country="IRL", role=None),  # country wrong, null role right
    ]
    actors = score_one(tmp_path, {"actors": gold}, {"actors": pred}).actors
    assert (actors.country.correct, actors.country.total) == (2, 3)
    assert (actors.role.correct, actors.role.total) == (2, 3)
    assert actors.country.value == pytest.approx(2 / 3)


def test_person_as_org_counts_org_mentions_of_gold_persons(tmp_path):
    gold = [
        gactor("Kenji Sato", ["Kenji Sato", "Sato"]),
        gactor("Sato Holdings", type_="ORG"),
    ]
    mentions = [
        {"text": "Sato", "label": "ORG"},  # counted
        {"text": "Kenji Sato’s", "label": "ORG"},  # counted after normalisation
        {"text": "Sato", "label": "PERSON"},  # right label
        {"text": "Sato Holdings", "label": "ORG"},  # a gold ORG
        {"text": "Satoshi", "label": "ORG"},  # not an alias
    ]
    article = score_one(tmp_path, {"actors": gold}, {"mentions": mentions})
    assert article.actors.person_as_org == 2
    assert article.actors.match.precision is None  # nothing predicted: undefined, not 0
    assert article.actors.match.recall == 0.0


# --- claims ------------------------------------------------------------------------------------


def test_token_f_ignores_case_and_punctuation():
    assert token_f("alpha beta gamma", "“Alpha, BETA — gamma!”") == 1.0
    assert token_f("alpha beta gamma delta epsilon", "alpha beta zeta eta theta") == 0.4
    assert token_f("alpha beta", "") == 0.0


def test_claims_match_at_overlap_half_but_not_below(tmp_path):
    gold = [
        gclaim("alpha beta gamma delta epsilon"),
        gclaim("one two three four five"),
    ]
    pred = [
        pclaim("Alpha, beta — omega."),  # 2 shared of 5 and 3 tokens: F = 0.5, a match
        pclaim("one two six seven eight"),  # 2 shared of 5 and 5: F = 0.4, no match
    ]
    claims = score_one(tmp_path, {"claims": gold}, {"claims": pred}).claims
    assert (claims.match.matched, claims.match.n_pred, claims.match.n_gold) == (1, 2, 2)
    assert claims.missed == ["one two three four five"]


def test_claim_matching_is_one_to_one_best_score_first(tmp_path):
    gold = [gclaim("red green yellow"), gclaim("red green blue")]
    pred = [pclaim("red green blue")]  # 0.667 with the first gold, 1.0 with the second
    claims = score_one(tmp_path, {"claims": gold}, {"claims": pred}).claims
    assert claims.match.matched == 1
    assert claims.match.recall == 0.5
    assert claims.missed == ["red green yellow"]


SPEAKER_ACTORS = [
    gactor("Alphaland", ["Alphaland", "Alpha City"], "GPE"),
    gactor("Betaland", ["Betaland", "Betatown"], "GPE"),
    gactor("Kenji Sato", ["Kenji Sato", "Sato"]),
]


def test_speaker_accuracy_with_aliases_joint_speakers_and_nulls(tmp_path):
    gold = [
        gclaim("c1 grain prices", speaker=["Alphaland", "Betaland"]),
        gclaim("c2 river border", speaker=["Alphaland", "Betaland"]),
        gclaim("c3 fishing quota", speaker="Kenji Sato"),
        gclaim("c4 port fees", speaker=None),
        gclaim("c5 rail link", speaker=None),
        gclaim("c6 bond yields", speaker="Kenji Sato"),
        gclaim("c7 tax rates", speaker=None),
    ]
    pred = [
        pclaim("c1 grain prices", speaker="Betaland"),  # a member of the joint speaker
        pclaim("c2 river border", speaker="Gammaland"),  # not a member
        pclaim("c3 fishing quota", speaker="Sato"),  # an alias of the gold speaker
        pclaim("c4 port fees", speaker=None),  # null == null
        pclaim("c5 rail link", speaker="Alphaland"),  # gold has no speaker
        {**pclaim("c6 bond yields"), "speaker": {"text": "he", "name": None}},  # unresolved
        {**pclaim("c7 tax rates"), "speaker": {"text": "analysts", "name": None}},  # no actor
    ]
    claims = score_one(tmp_path, {"actors": SPEAKER_ACTORS, "claims": gold}, {"claims": pred})
    assert claims.claims.match.matched == 7
    assert (claims.claims.speaker.correct, claims.claims.speaker.total) == (4, 7)


def test_target_accuracy_uses_the_first_gold_target_and_its_aliases(tmp_path):
    gold = [
        gclaim("t1 tariffs on steel", targets=["Betaland"]),
        gclaim("t2 tariffs on wheat", targets=["Alphaland", "Betaland"]),
        gclaim("t3 tariffs on rice", targets=[]),
        gclaim("t4 tariffs on wool", targets=[]),
        gclaim("t5 tariffs on milk", targets=["Kenji Sato"]),
    ]
    pred = [
        pclaim("t1 tariffs on steel", targets=[("Betatown", None)]),  # alias, by text
        pclaim("t2 tariffs on wheat", targets=[("Betaland", "Betaland")]),  # not the first
        pclaim("t3 tariffs on rice"),  # none and none
        pclaim("t4 tariffs on wool", targets=[("Alpha City", "Alphaland")]),  # gold has none
        pclaim("t5 tariffs on milk", targets=[("he", "Kenji Sato")]),  # by name
    ]
    claims = score_one(tmp_path, {"actors": SPEAKER_ACTORS, "claims": gold}, {"claims": pred})
    assert claims.claims.match.matched == 5
    assert (claims.claims.target.correct, claims.claims.target.total) == (3, 5)


def test_polarity_kind_and_date_accuracy(tmp_path):
    gold = [
        gclaim("p1 sanctions stay", polarity="negative", kind="direct", date="2020-05"),
        gclaim("p2 talks resume", polarity="positive", kind="stance", date=None),
        gclaim("p3 aid arrives", polarity="neutral", kind="mixed", date="2020"),
        gclaim("p4 unmatched claim text", polarity="neutral", kind="mixed", date="2020"),
    ]
    pred = [
        pclaim("p1 sanctions stay", polarity="negative", kind="indirect", date="2020-05"),
        pclaim("p2 talks resume", polarity="negative", kind="stance", date=None),
        pclaim("p3 aid arrives", polarity="neutral", kind="mixed", date="2020-06-01"),
    ]
    claims = score_one(tmp_path, {"claims": gold}, {"claims": pred}).claims
    assert (claims.polarity.correct, claims.polarity.total) == (2, 3)
    assert (claims.kind.correct, claims.kind.total) == (2, 3)
    assert (claims.date.correct, claims.date.total) == (2, 3)
    assert claims.match.f1 == pytest.approx(6 / 7)


# --- dates -------------------------------------------------------------------------------------


def test_a_date_wrapped_across_lines_matches_its_gold(tmp_path):
    gold = [gdate("last week", "2024-W39")]
    pred = [pdate("last\nweek", 5, "2024-W39")]  # a hard-wrapped copy of the article
    dates = score_one(tmp_path, {"dates": gold}, {"dates": pred}).dates
    assert (dates.span.matched, dates.value.matched) == (1, 1)


def test_dates_are_matched_by_text_occurrence_in_order(tmp_path):
    gold = [
        gdate("May", "2019-05"),
        gdate("early May", "2020-05", mod="START"),
        gdate("May", "2020-05"),
        gdate("two years", "P2Y", "DURATION"),
        gdate("2021", "2021"),
        gdate("last summer", "2019-SU"),
    ]
    pred = [  # listed out of text order: the scorer orders them by start
        pdate("May", 40, "2020-05"),  # the second "May": value right
        pdate("May", 5, "2018-05"),  # the first "May": span right, value wrong
        pdate("early May", 20, "2020-05"),  # gold mod START, none predicted: value wrong
        pdate("two years", 60, "P2Y", "DATE"),  # type wrong
        pdate("2021", 80, "2021", mod="ON_OR_AFTER"),  # gold has no mod: value right
        pdate("May", 99, "2021-05"),  # a third "May" the gold lacks
        pdate("weekly", 100, "XXXX-WXX", "SET"),
    ]
    dates = score_one(tmp_path, {"dates": gold}, {"dates": pred}).dates
    assert (dates.span.matched, dates.span.n_pred, dates.span.n_gold) == (5, 7, 6)
    assert dates.span.precision == pytest.approx(5 / 7)
    assert dates.span.recall == pytest.approx(5 / 6)
    assert dates.value.matched == 3
    assert dates.value.precision == pytest.approx(3 / 7)
    assert dates.value.recall == pytest.approx(3 / 6)
    assert dates.value.f1 == pytest.approx(6 / 13)
    assert (dates.type.correct, dates.type.total) == (4, 5)
    assert dates.missed == ["last summer"]
    assert dates.spurious == ["May", "weekly"]


def test_two_gold_occurrences_need_two_predictions(tmp_path):
    gold = [gdate("2019", "2019"), gdate("2019", "2019")]
    dates = score_one(tmp_path, {"dates": gold}, {"dates": [pdate("2019", 3, "2019")]}).dates
    assert (dates.span.matched, dates.span.precision, dates.span.recall) == (1, 1.0, 0.5)


# --- report ------------------------------------------------------------------------------------


def test_micro_average_sums_counts_over_articles(tmp_path):
    write_gold(tmp_path / "gold", "a1", actors=[gactor("Ana Lima"), gactor("Ivo Dee")])
    write_gold(tmp_path / "gold", "a2", actors=[gactor("Sam Roe"), gactor("Lena Park")])
    write_run(
        tmp_path / "run",
        {
            "a1": {"actors": [pactor("Ana Lima")]},
            "a2": {"actors": [pactor("Sam Roe"), pactor("Lena Park"), pactor("Ivo Dee")]},
            "not-in-gold": {"actors": [pactor("Ana Lima")]},
        },
    )
    report = score_gold(tmp_path / "gold", tmp_path / "run")
    assert [a.article_id for a in report.articles] == ["a1", "a2"]
    per_article = [(a.actors.match.precision, a.actors.match.recall) for a in report.articles]
    assert per_article == [(1.0, 0.5), (pytest.approx(2 / 3), 1.0)]
    micro = report.micro.actors.match
    assert (micro.matched, micro.n_pred, micro.n_gold) == (3, 4, 4)
    assert micro.f1 == 0.75


def test_report_text_and_dict(tmp_path):
    write_gold(
        tmp_path / "gold",
        "a1",
        actors=[gactor("Ana Lima"), gactor("Ivo Dee"), gactor("Sam Roe")],
        claims=[gclaim("budget cuts")],
    )
    write_run(tmp_path / "run", {"a1": {"actors": [pactor("Ana Lima"), pactor("Ivo Dee")]}})
    report = score_gold(tmp_path / "gold", tmp_path / "run")
    text = format_report(report)
    assert "| a1 " in text and "| micro " in text
    assert "0.667" in text and "2/2/3" in text
    data = json.loads(json.dumps(report.to_dict()))
    actors = data["articles"]["a1"]["actors"]
    assert actors["recall"] == 0.6667 and actors["precision"] == 1.0
    assert actors["missed"] == ["Sam Roe"]
    assert data["micro"]["claims"]["precision"] is None
    assert data["micro"]["claims"]["recall"] == 0.0
    assert "missed" not in data["micro"]["actors"]


# --- the real pipeline on the shared gold ------------------------------------------------------


@pytest.mark.skipif(
    not SHARED_GOLD.is_dir(), reason=f"no shared gold folder at {SHARED_GOLD} (../shared absent)"
)
def test_the_pipeline_on_the_seed_gold_scores_sanely(tmp_path, nlp):
    from pipeline.run import run_extraction

    run_extraction([SEED], tmp_path / "run", nlp=nlp)
    gold_ids = set(load_gold(SHARED_GOLD))
    seed_ids = {p.stem for p in SEED.glob("*.txt")}
    if not gold_ids <= seed_ids:
        pytest.skip(f"gold articles outside corpus/seed: {sorted(gold_ids - seed_ids)}")
    report = score_gold(SHARED_GOLD, tmp_path / "run")
    assert {a.article_id for a in report.articles} == gold_ids

    def numbers(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("precision", "recall", "f1", "accuracy"):
                    yield key, value
                else:
                    yield from numbers(value)

    values = list(numbers(report.to_dict()))
    assert len(values) > 20
    assert all(v is None or 0 <= v <= 1 for _, v in values), values
    micro = report.micro
    assert micro.actors.match.recall > 0.5
    assert micro.claims.match.n_gold > 0 and micro.dates.span.n_gold > 0
    assert micro.claims.match.matched > 0 and micro.dates.span.matched > 0
