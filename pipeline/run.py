"""One extraction run: read the inputs, process what the cache lacks, write the tables.

Work is cut into shards of articles. `process_shard` is the unit of work: a plain,
picklable function that loads the pipeline once per process, so that the same function
runs in this process, in a local process pool or on a Dask cluster. Results come back to
this process, which writes each article's records to the cache and then the tables.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
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
from pipeline.io.schema import ALL_TABLES, RECORD_TABLES
from pipeline.io.store import RecordCache, pipeline_fingerprint
from pipeline.io.writers import write_tables
from pipeline.nlp import DEFAULT_MODEL, PROJECT_COMPONENTS, load_pipeline

SHARD_SIZE = 32  # articles per unit of work: small enough for a smooth progress bar
SHARDS_IN_FLIGHT_PER_WORKER = 2  # bounds memory: texts wait on disk, not in queues
LOCK_NAME = ".claims.lock"
# Where a long article may be cut, best first.
CHUNK_SEPARATORS = ("\n\n", "\n", ". ", " ")
# The parser's memory grows with the tokens in a batch: a 250,000-character transcript in
# one piece took the bare model to 1.3 GB, in 50,000-character pieces one at a time to
# 0.45 GB. Longer articles are cut into pieces; batches hold at most BATCH_CHARS.
PIECE_CHARS = 50_000
BATCH_CHARS = 50_000
ENGINES = ("local", "dask")


@dataclass
class RunSummary:
    out: Path
    n_articles: int = 0
    n_processed: int = 0
    n_cached: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: Counter[str] = field(default_factory=Counter)  # read, process, write
    component_seconds: Counter[str] = field(default_factory=Counter)  # with profile=True
    rss_by_docs: list[tuple[int, float]] = field(default_factory=list)  # (done, worker MB)

    @property
    def n_errors(self) -> int:
        return len(self.errors)

    def describe(self) -> str:
        return (
            f"{self.n_articles} articles: {self.n_processed} processed, {self.n_cached} "
            f"unchanged (cached), {self.n_errors} failed; {self.seconds:.1f}s -> {self.out}"
        )

    def profile_table(self) -> str:
        """Seconds per stage and, when profiled, per pipeline component."""
        lines = ["stage                          seconds   share"]
        total = sum(self.stage_seconds.values()) or 1.0
        for name, seconds in self.stage_seconds.items():
            lines.append(f"{name:28s} {seconds:9.2f} {100 * seconds / total:6.1f}%")
        if self.rss_by_docs:
            n = self.rss_by_docs[-1][0]
            first = [mb for done, mb in self.rss_by_docs if done <= min(1000, n)]
            last = [mb for done, mb in self.rss_by_docs if done > n - 1000]
            lines += [
                "",
                f"worker memory (MB): peak {max(mb for _, mb in self.rss_by_docs):.0f}; "
                f"first {min(1000, n)} articles {min(first):.0f}-{max(first):.0f}; "
                f"last {min(1000, n)} articles {min(last):.0f}-{max(last):.0f}",
            ]
        spent = sum(self.component_seconds.values()) or 1.0
        if self.component_seconds:
            lines += ["", "component (summed over workers) seconds   share"]
            for name, seconds in self.component_seconds.items():
                lines.append(f"{name:28s} {seconds:9.2f} {100 * seconds / spent:6.1f}%")
        return "\n".join(lines)


@dataclass
class ShardResult:
    """What processing a shard gives back: records of the good articles, errors of the rest,
    and, when profiled, the seconds each pipeline component took."""

    records: dict[str, Records] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    component_seconds: dict[str, float] = field(default_factory=dict)
    rss_mb: float = 0.0  # the worker's resident memory when the shard was done


# -- the unit of work --------------------------------------------------------------------

_PIPELINES: dict[str, Language] = {}  # model name -> pipeline, loaded once per process


def get_pipeline(model: str) -> Language:
    if model not in _PIPELINES:
        _PIPELINES[model] = load_pipeline(model)
    return _PIPELINES[model]


def process_shard(articles: list[Article], model: str, profile: bool = False) -> ShardResult:
    """Process a shard with this process's pipeline for `model` (loaded on first use)."""
    return process_articles(get_pipeline(model), articles, profile=profile)


def process_articles(
    nlp: Language, articles: list[Article], batch_size: int = 16, profile: bool = False
) -> ShardResult:
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
        _pipe_into(nlp, articles, result, batch_size, profile)
    finally:
        for component, handler in zip(components, previous, strict=True):
            component.set_error_handler(handler)
    result.rss_mb = current_rss_mb()
    return result


def current_rss_mb() -> float:
    """This process's resident memory now (Linux), or 0 where /proc is not there."""
    try:
        with open("/proc/self/status") as status:
            return next(int(ln.split()[1]) for ln in status if ln.startswith("VmRSS")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _pipe_into(
    nlp: Language, articles: list[Article], result: ShardResult, batch_size: int, profile: bool
) -> None:
    by_id = {a.article_id: a for a in articles}
    pieces: dict[str, list[dict]] = {}  # article id -> its chunks' items, shifted
    n_chunks: dict[str, int] = {}
    chunks: list[tuple[Article, int, str]] = []
    for article in articles:
        article_chunks = text_chunks(article.text or "", min(nlp.max_length, PIECE_CHARS))
        n_chunks[article.article_id] = len(article_chunks)
        chunks.extend((article, offset, piece) for offset, piece in article_chunks)
    # memory_zone frees the strings each batch adds, so a long run keeps a flat vocabulary.
    with nlp.memory_zone():
        for batch in char_batches(chunks, batch_size, BATCH_CHARS):
            docs = [_chunk_doc(nlp, article, offset, piece) for article, offset, piece in batch]
            if profile:
                processed = _timed_components(nlp, docs, result)
            else:
                processed = nlp.pipe(docs, batch_size=len(docs))
            for doc in processed:
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


def _chunk_doc(nlp: Language, article: Article, offset: int, piece: str) -> Doc:
    doc = nlp.make_doc(piece)
    doc._.article_id = article.article_id
    doc._.published = article.published
    doc._.chunk_offset = offset
    return doc


def char_batches(
    chunks: list[tuple[Article, int, str]], max_docs: int, max_chars: int
) -> Iterator[list]:
    """Consecutive batches of at most max_docs chunks and, unless one chunk alone is
    longer, at most max_chars characters. The parser's memory grows with the tokens of a
    batch, so a batch of long transcripts must be smaller than a batch of short readouts."""
    batch: list = []
    n_chars = 0
    for chunk in chunks:
        size = len(chunk[2])
        if batch and (len(batch) == max_docs or n_chars + size > max_chars):
            yield batch
            batch, n_chars = [], 0
        batch.append(chunk)
        n_chars += size
    if batch:
        yield batch


def _timed_components(nlp: Language, docs: list[Doc], result: ShardResult) -> list[Doc]:
    """One batch through the pipeline one component at a time, timing each component."""
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs))
        else:
            docs = [component(doc) for doc in docs]
        result.component_seconds[name] = result.component_seconds.get(name, 0.0) + (
            time.perf_counter() - started
        )
    return docs


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


# -- engines: where shards are processed ---------------------------------------------------

ShardMapper = Callable[[Iterator[list[Article]]], Iterator[tuple[list[Article], ShardResult]]]


def local_mapper(model: str, workers: int, profile: bool, nlp: Language | None) -> ShardMapper:
    """Shards in this process (one worker) or in a pool of `workers` processes."""

    def in_process(shards: Iterator[list[Article]]):
        pipeline = nlp or get_pipeline(model)
        for shard in shards:
            yield shard, process_articles(pipeline, shard, profile=profile)

    def in_pool(shards: Iterator[list[Article]]):
        with ProcessPoolExecutor(workers) as pool:
            yield from bounded_map(
                lambda shard: pool.submit(process_shard, shard, model, profile),
                shards,
                workers * SHARDS_IN_FLIGHT_PER_WORKER,
            )

    return in_process if workers <= 1 else in_pool


def bounded_map(
    submit: Callable[[list[Article]], Future], shards: Iterator[list[Article]], in_flight: int
) -> Iterator[tuple[list[Article], ShardResult]]:
    """Submit shards, keeping at most `in_flight` pending; yield results as they finish."""
    pending: dict[Future, list[Article]] = {}
    for shard in shards:
        pending[submit(shard)] = shard
        while len(pending) >= in_flight:
            yield from _collect(pending, wait(pending, return_when=FIRST_COMPLETED).done)
    while pending:
        yield from _collect(pending, wait(pending, return_when=FIRST_COMPLETED).done)


def _collect(pending: dict, done: Iterable) -> Iterator[tuple[list[Article], ShardResult]]:
    for future in done:
        yield pending.pop(future), future.result()


# -- the run --------------------------------------------------------------------------------


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
    engine: str = "local",
    scheduler: str | None = None,
    profile: bool = False,
) -> RunSummary:
    """Extract actors, dates and claims from the inputs into the tables in `out`.

    Articles already in the cache with the same text, date and pipeline are not
    processed again. `nlp` lets a caller reuse a pipeline it has loaded (one worker only).
    `engine="dask"` runs the shards on the Dask cluster at `scheduler`, or on a local one.
    """
    started = time.perf_counter()
    out = Path(out)
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    fingerprint = pipeline_fingerprint(model)  # checks the model is installed, without loading
    summary = RunSummary(out=out)
    with output_lock(out):
        articles = list(read_articles(inputs))
        if not articles:
            raise InputError("no articles found in the inputs (.txt, .jsonl, .jsonl.gz, .html)")
        summary.n_articles = len(articles)
        cache = RecordCache(out, fingerprint)
        cache.prune_other_fingerprints()
        readable = [a for a in articles if a.error is None]
        todo = readable if force else [a for a in readable if not cache.has(a)]
        summary.n_cached = len(readable) - len(todo)
        queued = {id(a) for a in todo}
        for a in articles:
            if id(a) not in queued:
                a.release_text()  # only texts waiting to be processed are kept
        summary.stage_seconds["read"] = time.perf_counter() - started

        mapper = _mapper(engine, scheduler, model, workers, profile, nlp)
        process_started = time.perf_counter()
        for shard, result in _with_progress(mapper, todo, progress):
            for article in shard:
                if article.article_id in result.records:
                    cache.put(article, result.records[article.article_id])
                else:
                    article.error = result.errors.get(article.article_id, "not processed")
                article.release_text()
            summary.component_seconds.update(result.component_seconds)
            done = summary.rss_by_docs[-1][0] if summary.rss_by_docs else 0
            summary.rss_by_docs.append((done + len(shard), result.rss_mb))
        summary.n_processed = sum(1 for a in todo if a.error is None)
        summary.stage_seconds["process"] = time.perf_counter() - process_started

        write_started = time.perf_counter()
        ordered = sorted(articles, key=lambda a: a.article_id)
        # The tables are a function of the articles (their text, metadata and errors) and
        # the records' fingerprint: when those are what was last written, they stand.
        key = tables_key(fingerprint, parquet, ordered)
        if (
            force
            or summary.n_processed
            or not cache.tables_are_current(key, out, output_names(parquet))
        ):
            write_tables(out, (_article_records(a, cache) for a in ordered), parquet=parquet)
            # recomputed: writing turns an article whose cache entry vanished into an error
            cache.mark_tables_written(tables_key(fingerprint, parquet, ordered))
        summary.errors = [(a.article_id, a.error) for a in ordered if a.error]
        summary.stage_seconds["write"] = time.perf_counter() - write_started
    summary.seconds = time.perf_counter() - started
    return summary


def tables_key(fingerprint: str, parquet: bool, ordered: list[Article]) -> str:
    """What the tables are made from: every article's identity, text hash, metadata and error."""
    rows = [
        [a.article_id, a.text_sha256, a.n_chars, a.title, a.published, a.source, a.url, a.path,
         a.encoding, a.error]
        for a in ordered
    ]  # fmt: skip
    blob = json.dumps([fingerprint, parquet, rows], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def output_names(parquet: bool) -> list[str]:
    names = [f"{t}.{ext}" for t in RECORD_TABLES for ext in ("jsonl", "csv")] + ["dyads.csv"]
    return names + ([f"{t}.parquet" for t in ALL_TABLES] if parquet else [])


def _mapper(
    engine: str,
    scheduler: str | None,
    model: str,
    workers: int,
    profile: bool,
    nlp: Language | None,
) -> ShardMapper:
    if engine == "dask":
        from pipeline.engines.dask_engine import dask_mapper

        return dask_mapper(model, scheduler=scheduler, workers=workers, profile=profile)
    return local_mapper(model, workers, profile, nlp)


def _with_progress(
    mapper: ShardMapper, todo: list[Article], progress: bool
) -> Iterator[tuple[list[Article], ShardResult]]:
    if not todo:
        return
    shards = (todo[i : i + SHARD_SIZE] for i in range(0, len(todo), SHARD_SIZE))
    bar = tqdm(
        total=len(todo),
        unit="article",
        disable=not progress or not sys.stderr.isatty(),
        smoothing=0.1,
    )
    with bar:
        for shard, result in mapper(shards):
            yield shard, result
            bar.update(len(shard))


def _article_records(article: Article, cache: RecordCache) -> Records:
    if article.error:
        return error_records(article)
    records = cache.get(article)
    if records is None:  # the entry vanished or is corrupt: report it rather than guess
        article.error = "cached records missing; re-run to process it again"
        return error_records(article)
    counts = {table: len(rows) for table, rows in records.items()}
    return {**records, "articles": [article_row(article, counts)]}
