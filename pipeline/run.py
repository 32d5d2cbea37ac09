"""One extraction run: read the inputs, process what the cache lacks, write the tables."""

from __future__ import annotations

import contextlib
import fcntl
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from tqdm import tqdm

from pipeline.io.readers import Article, InputError, read_articles
from pipeline.io.records import (
    Records,
    article_row,
    doc_items,
    error_records,
    items_records,
    merge_chunk_items,
    shift_offsets,
)
from pipeline.io.store import RecordCache, pipeline_fingerprint
from pipeline.io.writers import write_tables
from pipeline.nlp import DEFAULT_MODEL, PROJECT_COMPONENTS, load_pipeline

SHARD_SIZE = 32  # articles per unit of work: small enough for a smooth progress bar
LOCK_NAME = ".claims.lock"
# Where a long article may be cut, best first.
CHUNK_SEPARATORS = ("\n\n", "\n", ". ", " ")


@dataclass
class RunSummary:
    out: Path
    n_articles: int = 0
    n_processed: int = 0
    n_cached: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def n_errors(self) -> int:
        return len(self.errors)

    def describe(self) -> str:
        return (
            f"{self.n_articles} articles: {self.n_processed} processed, {self.n_cached} "
            f"unchanged (cached), {self.n_errors} failed; {self.seconds:.1f}s -> {self.out}"
        )


@dataclass
class ShardResult:
    """What processing a shard gives back: records of the good articles, errors of the rest."""

    records: dict[str, Records] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def process_articles(nlp: Language, articles: list[Article], batch_size: int = 16) -> ShardResult:
    """Run the pipeline over articles and turn each Doc into records at once.

    An article whose processing raises is reported in `errors`; the others go on.
    """
    result = ShardResult()

    def on_error(proc_name: str, proc: Any, docs: list, err: Exception) -> None:
        for doc in docs:
            result.errors[doc._.article_id] = f"{proc_name} failed: {type(err).__name__}: {err}"

    # Our components report a failing Doc to on_error and drop it from the stream; the
    # handlers are restored afterwards so that plain nlp(text) calls still raise.
    components = [nlp.get_pipe(name) for name in PROJECT_COMPONENTS if name in nlp.pipe_names]
    previous = [component.get_error_handler() for component in components]
    for component in components:
        component.set_error_handler(on_error)
    try:
        _pipe_into(nlp, articles, result, batch_size)
    finally:
        for component, handler in zip(components, previous, strict=True):
            component.set_error_handler(handler)
    return result


def _pipe_into(
    nlp: Language, articles: list[Article], result: ShardResult, batch_size: int
) -> None:
    by_id = {a.article_id: a for a in articles}
    pieces: dict[str, list[dict]] = {}  # article id -> its chunks' items, shifted
    n_chunks: dict[str, int] = {}
    # memory_zone frees the strings each batch adds, so a long run keeps a flat vocabulary.
    with nlp.memory_zone():
        docs = []
        for article in articles:
            chunks = text_chunks(article.text or "", nlp.max_length)
            n_chunks[article.article_id] = len(chunks)
            for offset, chunk in chunks:
                doc = nlp.make_doc(chunk)
                doc._.article_id = article.article_id
                doc._.published = article.published
                doc._.chunk_offset = offset
                docs.append(doc)
        for doc in nlp.pipe(docs, batch_size=batch_size):
            article_id = doc._.article_id
            done = pieces.setdefault(article_id, [])
            done.append(shift_offsets(doc_items(doc), doc._.chunk_offset))
            if len(done) < n_chunks[article_id]:
                continue
            article = by_id[article_id]
            try:
                items = merge_chunk_items(done)
                result.records[article_id] = items_records(article.text, items, article)
            except Exception as err:  # a bug in one article's records must not stop the run
                result.errors[article_id] = f"records failed: {type(err).__name__}: {err}"


def text_chunks(text: str, max_length: int) -> list[tuple[int, str]]:
    """The text in pieces of at most max_length characters, as (offset, piece), cut at
    paragraph breaks where possible, else at line breaks, sentence ends or spaces.
    Long articles are processed piece by piece rather than refused or truncated."""
    chunks, start = [], 0
    while len(text) - start > max_length:
        window = text[start : start + max_length]
        cut = next(
            (window.rfind(sep) + len(sep) for sep in CHUNK_SEPARATORS if window.rfind(sep) > 0),
            max_length,
        )
        chunks.append((start, text[start : start + cut]))
        start += cut
    chunks.append((start, text[start:]))
    return chunks


# One pipeline per worker process, loaded once by the pool's initializer.
_WORKER_NLP: Language | None = None


def _init_worker(model: str) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_pipeline(model)


def _process_shard_in_worker(articles: list[Article]) -> ShardResult:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_articles(_WORKER_NLP, articles)


def _shards(articles: list[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(articles), size):
        yield articles[i : i + size]


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Only one run may write to an output folder at a time."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_NAME, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"another claims run is writing to {out}; wait for it to finish"
            ) from None
        _remove_stale_temporaries(out)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files left by a killed run (we hold the lock, so none is being written)."""
    for path in out.rglob(".*.tmp"):
        path.unlink(missing_ok=True)


def run_extraction(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    workers: int = 1,
    force: bool = False,
    parquet: bool = False,
    progress: bool = False,
    nlp: Language | None = None,
) -> RunSummary:
    """Extract actors, dates and claims from the inputs into the tables in `out`.

    Articles already in the cache with the same text, date and pipeline are not
    processed again. `nlp` lets a caller reuse a pipeline it has loaded.
    """
    started = time.perf_counter()
    out = Path(out)
    fingerprint = pipeline_fingerprint(model)  # checks the model is installed, without loading
    articles = list(read_articles(inputs))
    if not articles:
        raise InputError("no articles found in the inputs (.txt, .jsonl, .jsonl.gz, .html)")

    summary = RunSummary(out=out, n_articles=len(articles))
    with output_lock(out):
        cache = RecordCache(out, fingerprint)
        cache.prune_other_fingerprints()
        readable = [a for a in articles if a.error is None]
        todo = readable if force else [a for a in readable if not cache.has(a)]
        summary.n_cached = len(readable) - len(todo)

        todo_by_id = {a.article_id: a for a in todo}
        for result in _process(todo, model=model, workers=workers, progress=progress, nlp=nlp):
            for article_id, records in result.records.items():
                cache.put(todo_by_id[article_id], records)
            for article_id, reason in result.errors.items():
                todo_by_id[article_id].error = reason
        summary.n_processed = sum(1 for a in todo if a.error is None)

        ordered = sorted(articles, key=lambda a: a.article_id)
        write_tables(out, (_article_records(a, cache) for a in ordered), parquet=parquet)
        summary.errors = [(a.article_id, a.error) for a in ordered if a.error]
    summary.seconds = time.perf_counter() - started
    return summary


def _article_records(article: Article, cache: RecordCache) -> Records:
    if article.error:
        return error_records(article)
    records = cache.get(article)
    if records is None:  # the entry vanished or is corrupt: report it rather than guess
        article.error = "cached records missing; re-run to process it again"
        return error_records(article)
    counts = {table: len(rows) for table, rows in records.items()}
    return {**records, "articles": [article_row(article, counts)]}


def _process(
    todo: list[Article], *, model: str, workers: int, progress: bool, nlp: Language | None
) -> Iterator[ShardResult]:
    if not todo:
        return
    bar = tqdm(
        total=len(todo),
        unit="article",
        disable=not progress or not sys.stderr.isatty(),
        smoothing=0.1,
    )
    with bar:
        shards = list(_shards(todo, SHARD_SIZE))
        if workers <= 1 or len(shards) == 1:
            nlp = nlp or load_pipeline(model)
            for shard in shards:
                yield process_articles(nlp, shard)
                bar.update(len(shard))
            return
        n_procs = min(workers, len(shards))
        with ProcessPoolExecutor(n_procs, initializer=_init_worker, initargs=(model,)) as pool:
            results = pool.map(_process_shard_in_worker, shards)
            for shard, result in zip(shards, results, strict=True):
                yield result
                bar.update(len(shard))
