"""The hostile corpus (tests/fixtures/hostile) runs end to end: every input gets a row with
the expected status, bad ones a clear reason, and the run neither crashes nor loses rows."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner
from conftest import FIXTURES, read_jsonl

from pipeline.cli import cli

HOSTILE = FIXTURES / "hostile"

EXPECTED = {
    # article id: (status, a phrase of the error, the encoding recorded)
    "binary": ("error", "binary file", None),
    "not_html": ("error", "binary file", None),
    "empty": ("error", "empty article", "utf-8"),
    "whitespace": ("error", "empty article", "utf-8"),
    "feed-empty": ("error", "empty article", "json"),
    "feed-notext": ("error", "line 4 has no string 'text'", None),
    "feed.jsonl:2": ("error", "malformed JSONL line 2", None),
    "feed.jsonl:6": ("error", "line 6 is not an object", None),
    "feed-ok@feed.jsonl:3": ("error", "duplicate article id 'feed-ok'", "json"),
    "truncated.jsonl.gz:unreadable": ("error", "Compressed file ended", None),
    "feed-ok": ("ok", None, "json"),
    "bom": ("ok", None, "utf-8-sig"),
    "crlf": ("ok", None, "utf-8"),
    "windows1252": ("ok", None, "cp1252"),
    "latin1": ("ok", None, "cp1252"),  # latin-1 letters are the same bytes in cp1252
    "unbalanced_quotes": ("ok", None, "utf-8"),
    "rtl_zero_width": ("ok", None, "utf-8"),
    "only_punctuation": ("ok", None, "utf-8"),
    "scripts": ("ok", None, "utf-8"),
    "formula": ("ok", None, "utf-8"),
}


def test_hostile_corpus(tmp_path, reuse_nlp):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", str(HOSTILE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    rows = {a["article_id"]: a for a in read_jsonl(out / "articles.jsonl")}
    gz = {k for k in rows if k.startswith("gz-")}
    assert gz and all(rows[k]["status"] == "ok" for k in gz)  # read before the cut
    assert set(rows) - gz == set(EXPECTED)
    for article_id, (status, reason, encoding) in EXPECTED.items():
        row = rows[article_id]
        assert row["status"] == status, row
        assert (reason in row["error"]) if reason else row["error"] is None, row
        assert row["encoding"] == encoding, row
    n_failed = sum(1 for r in rows.values() if r["status"] == "error")
    assert f"{len(rows)} articles:" in result.output and f"{n_failed} failed" in result.output

    # text decoded right, manifest metadata applied despite its bad line
    assert rows["windows1252"]["title"] == "cp1252 article"
    assert rows["windows1252"]["published"] == "2024-02-05"
    assert rows["bom"]["published"] is None  # "not a date", and it says so
    assert rows["bom"]["warnings"] == ["unparsable date 'not a date'"]
    assert f"{sum(1 for r in rows.values() if r['warnings'])} with warnings" in result.output
    text = Path(rows["bom"]["path"]).read_bytes().decode("utf-8-sig")
    assert rows["bom"]["n_chars"] == len(text)

    # formulas are neutralised in the CSV only
    with open(out / "articles.csv", encoding="utf-8", newline="") as handle:
        titles = {r["article_id"]: r["title"] for r in csv.DictReader(handle)}
    assert titles["formula"].startswith("'=") and rows["formula"]["title"].startswith("=")
