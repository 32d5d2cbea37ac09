"""Re-runs process only new or changed articles, and never change unchanged outputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_articles, read_jsonl

import pipeline.engines.local
from pipeline.run import run_extraction

TABLE_FILES = [
    f"{t}.{ext}" for t in ("articles", "mentions", "actors", "dates", "claims")
    for ext in ("jsonl", "csv")
] + ["dyads.csv"]  # fmt: skip


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLE_FILES}


@pytest.fixture
def counting(nlp, monkeypatch):
    """Counts the articles handed to spaCy."""
    processed: list[str] = []
    real = pipeline.engines.local.process_articles

    def spy(nlp_, articles, **kw):
        processed.extend(a.article_id for a in articles)
        return real(nlp_, articles, **kw)

    monkeypatch.setattr(pipeline.engines.local, "process_articles", spy)
    return processed


def test_rerun_does_no_spacy_work_and_keeps_bytes(tmp_path, nlp, counting):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    out = tmp_path / "out"
    first = run_extraction([corpus], out, nlp=nlp)
    assert first.n_processed == 2 and sorted(counting) == ["wikinews_flag", "wikinews_korea"]
    before = snapshot(out)

    counting.clear()
    second = run_extraction([corpus], out, nlp=nlp)
    assert counting == []
    assert (second.n_processed, second.n_cached) == (0, 2)
    assert snapshot(out) == before


def test_changed_and_new_articles_are_processed_in_place(tmp_path, nlp, counting):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    out = tmp_path / "out"
    run_extraction([corpus], out, nlp=nlp)
    old = {a["article_id"]: a for a in read_jsonl(out / "articles.jsonl")}
    old_korea_mentions = [m for m in read_jsonl(out / "mentions.jsonl")
                          if m["article_id"] == "wikinews_korea"]  # fmt: skip

    flag = corpus / "wikinews_flag.txt"
    flag.write_text(flag.read_text() + "\nThe Prime Minister of Australia praised the plan.\n")
    copy_articles(corpus, "wikinews_election")
    counting.clear()
    summary = run_extraction([corpus], out, nlp=nlp)

    assert sorted(counting) == ["wikinews_election", "wikinews_flag"]
    assert (summary.n_processed, summary.n_cached) == (2, 1)
    new = {a["article_id"]: a for a in read_jsonl(out / "articles.jsonl")}
    assert set(new) == {"wikinews_korea", "wikinews_flag", "wikinews_election"}
    assert new["wikinews_flag"]["text_sha256"] != old["wikinews_flag"]["text_sha256"]
    assert new["wikinews_korea"] == old["wikinews_korea"]
    korea_mentions = [m for m in read_jsonl(out / "mentions.jsonl")
                      if m["article_id"] == "wikinews_korea"]  # fmt: skip
    assert korea_mentions == old_korea_mentions
    assert any("Australia" in m["text"] for m in read_jsonl(out / "mentions.jsonl"))


def test_removed_article_leaves_the_tables(tmp_path, nlp):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    out = tmp_path / "out"
    run_extraction([corpus], out, nlp=nlp)
    (corpus / "wikinews_flag.txt").unlink()
    run_extraction([corpus], out, nlp=nlp)
    ids = {a["article_id"] for a in read_jsonl(out / "articles.jsonl")}
    assert ids == {"wikinews_korea"}
    assert {m["article_id"] for m in read_jsonl(out / "mentions.jsonl")} == {"wikinews_korea"}


def test_force_reprocesses_and_two_clean_runs_are_identical(tmp_path, nlp, counting):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_asylum")
    run_extraction([corpus], tmp_path / "a", nlp=nlp)
    run_extraction([corpus], tmp_path / "b", nlp=nlp)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    counting.clear()
    summary = run_extraction([corpus], tmp_path / "a", nlp=nlp, force=True)
    assert summary.n_processed == 2 and len(counting) == 2
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def test_publication_date_change_reprocesses(tmp_path, nlp, counting):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea")
    out = tmp_path / "out"
    run_extraction([corpus], out, nlp=nlp)
    manifest = corpus / "manifest.jsonl"
    manifest.write_text(manifest.read_text().replace("2015-08-21", "2015-08-22"))
    counting.clear()
    run_extraction([corpus], out, nlp=nlp)
    assert counting == ["wikinews_korea"]
    (row,) = read_jsonl(out / "articles.jsonl")
    assert row["published"] == "2015-08-22"


def test_unchanged_rerun_does_not_rewrite_the_tables(tmp_path, nlp, counting):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    out = tmp_path / "out"
    run_extraction([corpus], out, nlp=nlp)
    stamps = {name: (out / name).stat().st_mtime_ns for name in TABLE_FILES}

    run_extraction([corpus], out, nlp=nlp)
    assert {name: (out / name).stat().st_mtime_ns for name in TABLE_FILES} == stamps

    # a missing table is written again, without processing anything
    (out / "claims.csv").unlink()
    counting.clear()
    run_extraction([corpus], out, nlp=nlp)
    assert counting == [] and (out / "claims.csv").is_file()

    # new metadata changes the articles table, still without processing
    manifest = corpus / "manifest.jsonl"
    manifest.write_text(manifest.read_text().replace('"title": "', '"title": "Updated: ', 1))
    run_extraction([corpus], out, nlp=nlp)
    assert counting == []
    assert any(a["title"].startswith("Updated: ") for a in read_jsonl(out / "articles.jsonl"))
