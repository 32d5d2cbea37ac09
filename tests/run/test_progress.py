"""The progress bar moves per article, with the cached, done and failed counts."""

from __future__ import annotations

from conftest import copy_articles

import pipeline.run
from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article
from pipeline.run import run_extraction


def articles(*texts: str) -> list[Article]:
    return [Article(f"a{n}", text, "p") for n, text in enumerate(texts, start=1)]


def test_each_article_is_announced_once_as_it_is_done(nlp, monkeypatch):
    shard = articles("Chile spoke.", "Peru agreed.", "Japan said no.")
    linker = nlp.get_pipe("claims_actor_linker")
    real_call = type(linker).__call__

    def fails_on_a2(self, doc):
        if doc._.article_id == "a2":
            raise RuntimeError("boom")
        return real_call(self, doc)

    monkeypatch.setattr(type(linker), "__call__", fails_on_a2)
    announced: list[str] = []
    result = process_articles(nlp, shard, batch_size=1, on_article=announced.append)
    assert announced == ["a1", "a2", "a3"]  # the failed one too
    assert set(result.records) == {"a1", "a3"} and set(result.errors) == {"a2"}


def test_a_stop_between_batches_returns_the_articles_done(nlp):
    shard = articles("Chile spoke.", "Peru agreed.", "Japan said no.")
    done: list[str] = []
    result = process_articles(
        nlp, shard, batch_size=1, on_article=done.append, should_stop=lambda: len(done) >= 1
    )
    assert list(result.records) == ["a1"] and done == ["a1"]  # a2, a3 left for the next run


def test_one_worker_moves_the_bar_before_the_shard_is_back(tmp_path, nlp, monkeypatch):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag", "wikinews_asylum")
    run_extraction([corpus], tmp_path / "out", nlp=nlp)  # all three cached
    (corpus / "extra.txt").write_text("Peru said on Monday it would sign the deal.\n")
    (corpus / "other.txt").write_text("Chile said on Friday it would not.\n")
    events: list[str] = []
    bar_class = pipeline.run._ProgressBar
    real_article, real_shard = bar_class.article, bar_class.shard

    def on_article(self, article_id):
        if article_id not in self.seen:
            events.append(article_id)
        real_article(self, article_id)

    monkeypatch.setattr(bar_class, "article", on_article)

    def on_shard(self, shard, result):
        events.append("shard back")
        real_shard(self, shard, result)
        events.append(self.status())

    monkeypatch.setattr(bar_class, "shard", on_shard)
    run_extraction([corpus], tmp_path / "out", nlp=nlp, progress=True)
    assert events == ["extra", "other", "shard back", "cached 3, done 2, failed 0"]
