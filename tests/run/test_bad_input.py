"""Any string a JSON or text decoder can produce is safe, and metadata problems are
warnings of the article's row, counted in the summary, not silent."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import read_jsonl

from pipeline.cli import cli
from pipeline.io.readers import read_articles
from pipeline.run import run_extraction

GOOD = {"id": "good", "text": "Peru said on Monday it would sign the deal.", "date": "2024-05-06"}


def write_jsonl(path, *lines: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_lone_surrogate_is_repaired_with_a_warning_and_the_run_goes_on(tmp_path, nlp):
    feed = tmp_path / "in" / "feed.jsonl"
    # JSON allows a lone surrogate escape; Python decodes it to a str UTF-8 cannot hold.
    broken = r'{"id": "bad\ud800", "title": "T\udc00", "text": "Chile said \ud800 it would sign."}'
    write_jsonl(feed, broken, json.dumps(GOOD))
    summary = run_extraction([feed], tmp_path / "out", nlp=nlp)
    assert summary.n_errors == 0 and summary.n_processed == 2
    rows = {r["article_id"]: r for r in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    bad = rows["bad\ufffd"]  # one character for one: offsets hold
    assert bad["status"] == "ok" and bad["title"] == "T\ufffd"
    assert bad["n_chars"] == len("Chile said \ud800 it would sign.")
    assert "invalid Unicode in text: 1 lone surrogate(s) replaced with U+FFFD" in bad["warnings"]
    assert len(bad["warnings"]) == 3  # text, id and title
    assert rows["good"]["warnings"] == []
    assert summary.n_warned == 1


def test_paired_surrogate_escapes_are_one_character_and_no_warning(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, r'{"id": "emoji", "text": "Smile \ud83d\ude00 now."}')
    (article,) = read_articles([feed])
    assert article.text == "Smile \U0001f600 now." and article.warnings == []


def test_unparsable_dates_are_warnings_in_jsonl_and_manifest(tmp_path, nlp):
    folder = tmp_path / "in"
    write_jsonl(folder / "feed.jsonl", json.dumps({**GOOD, "id": "j", "date": "not a date"}))
    (folder / "m.txt").write_text("Peru said on Monday it would sign the deal.\n")
    write_jsonl(folder / "manifest.jsonl", json.dumps({"id": "m", "date": "32/13/2024"}))
    write_jsonl(tmp_path / "ok" / "feed.jsonl", json.dumps(GOOD))

    result = CliRunner().invoke(
        cli, ["extract", str(folder), str(tmp_path / "ok"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    rows = {r["article_id"]: r for r in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    assert rows["j"]["warnings"] == ["unparsable date 'not a date'"]  # processed unanchored
    assert rows["j"]["published"] is None and rows["j"]["status"] == "ok"
    assert rows["m"]["warnings"] == ["unparsable date '32/13/2024'"]
    assert rows["good"]["warnings"] == [] and rows["good"]["published"] == "2024-05-06"
    assert "warning: j: unparsable date 'not a date'" in result.output
    assert "3 articles: 3 processed, 0 unchanged (cached), 0 failed, 2 with warnings" in (
        result.output
    )


def test_a_date_that_is_not_a_string_is_a_warning(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, json.dumps({**GOOD, "date": 20240506}))
    (article,) = read_articles([feed])
    assert article.published is None and article.warnings == ["unparsable date 20240506"]
