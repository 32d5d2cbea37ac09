"""Runs with several worker processes, and articles whose processing fails."""

from __future__ import annotations

import pytest
from conftest import copy_articles, read_jsonl
from test_incremental import snapshot

from pipeline.run import run_extraction


def test_two_workers_give_the_same_files_as_one(tmp_path, nlp, monkeypatch):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag", "wikinews_asylum")
    monkeypatch.setattr("pipeline.run.SHARD_SIZE", 1)  # three shards, so the pool is used
    run_extraction([corpus], tmp_path / "one", nlp=nlp)
    summary = run_extraction([corpus], tmp_path / "two", workers=2)
    assert summary.n_processed == 3 and summary.n_errors == 0
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_an_article_that_breaks_a_component_is_an_error_row(tmp_path, nlp, monkeypatch):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    linker = nlp.get_pipe("claims_actor_linker")
    real_call = type(linker).__call__

    def flaky(self, doc):
        if doc._.article_id == "wikinews_flag":
            raise RuntimeError("boom")
        return real_call(self, doc)

    monkeypatch.setattr(type(linker), "__call__", flaky)
    summary = run_extraction([corpus], tmp_path / "out", nlp=nlp)
    rows = {a["article_id"]: a for a in read_jsonl(tmp_path / "out" / "articles.jsonl")}
    assert rows["wikinews_korea"]["status"] == "ok"
    assert rows["wikinews_flag"]["status"] == "error"
    assert "claims_actor_linker failed: RuntimeError: boom" in rows["wikinews_flag"]["error"]
    assert summary.errors == [("wikinews_flag", rows["wikinews_flag"]["error"])]
    mentions = read_jsonl(tmp_path / "out" / "mentions.jsonl")
    assert {m["article_id"] for m in mentions} == {"wikinews_korea"}

    # Outside a run, the component's errors raise again.
    doc = nlp.make_doc("Any text.")
    doc._.article_id = "wikinews_flag"
    with pytest.raises(RuntimeError, match="boom"):
        nlp(doc)

    # Once fixed, a re-run processes the failed article (errors are never cached).
    monkeypatch.setattr(type(linker), "__call__", real_call)
    summary = run_extraction([corpus], tmp_path / "out", nlp=nlp)
    assert (summary.n_processed, summary.n_cached, summary.n_errors) == (1, 1, 0)


@pytest.mark.parametrize(
    ("text", "max_length", "pieces"),
    [
        ("aaaa\n\nbbbb\n\ncccc", 10, ["aaaa\n\n", "bbbb\n\ncccc"]),
        ("aaaa\n\nbb\ncc dd\n\neeee", 16, ["aaaa\n\nbb\ncc dd\n\n", "eeee"]),
        ("aaaa bbbb\ncccc dddd", 12, ["aaaa bbbb\n", "cccc dddd"]),
        ("aaaa bbbb cccc", 8, ["aaaa ", "bbbb ", "cccc"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("short", 100, ["short"]),
    ],
)
def test_text_chunks_cover_the_text_and_cut_at_the_best_break(text, max_length, pieces):
    from pipeline.engines.shard import text_chunks

    chunks = text_chunks(text, max_length)
    assert [piece for _, piece in chunks] == pieces
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in chunks)


def test_articles_longer_than_max_length_are_processed_in_chunks(tmp_path, nlp, monkeypatch):
    paragraph = "Foreign Minister Anna Berg of Sweden said on Monday that Norway would help. "
    text = "Long report\n\n" + "\n\n".join(paragraph * 3 for _ in range(20))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(nlp, "max_length", 1000)
    assert len(text) > 3 * nlp.max_length
    summary = run_extraction([tmp_path / "in"], tmp_path / "out", nlp=nlp)
    assert summary.n_errors == 0
    mentions = read_jsonl(tmp_path / "out" / "mentions.jsonl")
    claims = read_jsonl(tmp_path / "out" / "claims.jsonl")
    assert max(m["start"] for m in mentions) > 3 * 1000  # found beyond the first chunks
    for row in mentions + read_jsonl(tmp_path / "out" / "dates.jsonl"):
        assert text[row["start"] : row["end"]] == row["text"]
    for claim in claims:
        assert text[claim["content"]["start"] : claim["content"]["end"]] == claim["content"]["text"]
    (actor,) = [
        a for a in read_jsonl(tmp_path / "out" / "actors.jsonl") if a["name"] == "Anna Berg"
    ]
    assert actor["n_mentions"] == sum(1 for m in mentions if m["name"] == "Anna Berg") >= 12


@pytest.mark.parametrize(
    "sizes, max_docs, max_chars, expected",
    [
        ([10, 10, 10, 10], 16, 25, [[10, 10], [10, 10]]),
        ([10, 10, 10], 2, 1000, [[10, 10], [10]]),
        ([5, 60, 5, 5], 16, 50, [[5], [60], [5, 5]]),  # a long piece goes alone
        ([], 16, 50, []),
    ],
)
def test_batches_are_bounded_by_documents_and_characters(sizes, max_docs, max_chars, expected):
    from pipeline.engines.shard import char_batches

    chunks = [(None, i, "x" * size) for i, size in enumerate(sizes)]
    batches = list(char_batches(chunks, max_docs, max_chars))
    assert [[len(piece) for _, _, piece in batch] for batch in batches] == expected
    assert [chunk for batch in batches for chunk in batch] == chunks  # order kept


def test_long_articles_are_cut_into_pieces_below_max_length(tmp_path, nlp, monkeypatch):
    """Articles longer than PIECE_CHARS are processed piece by piece even when the
    model's max_length would allow them whole, which bounds the parser's memory."""
    import pipeline.engines.shard

    paragraph = "Foreign Minister Anna Berg of Sweden said on Monday that Norway would help. "
    text = "\n\n".join(paragraph * 2 for _ in range(12))
    monkeypatch.setattr(pipeline.engines.shard, "PIECE_CHARS", 400)
    monkeypatch.setattr(pipeline.engines.shard, "BATCH_CHARS", 400)
    seen: list[int] = []
    original = nlp.pipe

    def spy(docs, **kwargs):
        docs = list(docs)
        seen.extend(len(doc.text) for doc in docs)
        assert sum(len(doc.text) for doc in docs) <= 400
        return original(docs, **kwargs)

    monkeypatch.setattr(nlp, "pipe", spy)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(text, encoding="utf-8")
    summary = run_extraction([tmp_path / "in"], tmp_path / "out", nlp=nlp)
    assert summary.n_errors == 0
    assert len(seen) >= len(text) // 400 and max(seen) <= 400 < nlp.max_length
    mentions = read_jsonl(tmp_path / "out" / "mentions.jsonl")
    assert max(m["start"] for m in mentions) > len(text) - 400
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_profile_times_every_component_and_keeps_the_records(tmp_path, nlp):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    plain = run_extraction([corpus], tmp_path / "plain", nlp=nlp)
    profiled = run_extraction([corpus], tmp_path / "profiled", nlp=nlp, profile=True)
    assert set(profiled.component_seconds) == set(nlp.pipe_names)
    assert all(seconds > 0 for seconds in profiled.component_seconds.values())
    assert plain.component_seconds == {}
    assert set(profiled.stage_seconds) == {"read", "process", "write"}
    table = profiled.profile_table()
    assert "claims_claim_extractor" in table and "write" in table
    for name in ("mentions.jsonl", "claims.jsonl", "dates.jsonl"):
        assert (tmp_path / "plain" / name).read_bytes() == (
            tmp_path / "profiled" / name
        ).read_bytes()


def test_shards_space_young_collections_and_the_last_one_restores_the_threshold():
    import gc

    from pipeline.engines.shard import GC_YOUNG, _young_collections_spaced

    before = gc.get_threshold()
    with _young_collections_spaced():
        assert gc.get_threshold()[0] == max(before[0], GC_YOUNG)  # spaced while a shard runs
        with _young_collections_spaced():  # a second shard in another thread
            pass
        assert gc.get_threshold()[0] == max(before[0], GC_YOUNG)  # still spaced: one runs
    assert gc.get_threshold() == before  # restored when the last one ends
