"""One extraction run: read the inputs, process what the cache lacks, write the tables.

Work is cut into shards of articles, processed by an engine (`pipeline.engines`): in this
process, in a local process pool or on a Dask cluster, all calling the one shard function.
Results come back to this process, which writes each article's records to the cache and
then the tables. A first SIGINT/SIGTERM stops the run gracefully: the tables are written
for every article done, and a re-run resumes from the cache.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from tqdm import tqdm

from pipeline.engines.inflight import ShardMapper
from pipeline.engines.interrupt import StopRequest, stop_on_signals
from pipeline.engines.shard import ShardResult
from pipeline.io.errors import output_error
from pipeline.io.readers import Article, InputError, read_articles
from pipeline.io.records import Records, article_row, error_records
from pipeline.io.schema import ALL_TABLES, RECORD_TABLES
from pipeline.io.store import RecordCache, pipeline_fingerprint
from pipeline.io.writers import write_tables
from pipeline.nlp import DEFAULT_MODEL

SHARD_SIZE = 32  # articles per unit of work (the progress bar moves per article anyway)
LOCK_NAME = ".claims.lock"
ENGINES = ("local", "dask")
NOT_PROCESSED = "not processed"


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
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (article id, warning)
    interrupted: str | None = None  # the signal that stopped the run early
    n_left: int = 0  # articles not processed because the run was interrupted

    @property
    def n_errors(self) -> int:
        return len(self.errors)

    @property
    def n_warned(self) -> int:
        return len({article_id for article_id, _ in self.warnings})

    def describe(self) -> str:
        warned = f", {self.n_warned} with warnings" if self.warnings else ""
        return (
            f"{self.n_articles} articles: {self.n_processed} processed, {self.n_cached} "
            f"unchanged (cached), {self.n_errors} failed{warned}; "
            f"{self.seconds:.1f}s -> {self.out}"
        )

    def interruption(self) -> str:
        """The line that says what an interrupted run did and what is left."""
        done = self.n_articles - self.n_left
        return f"interrupted: {done} done, {self.n_left} left; run again to resume"

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


# -- the run --------------------------------------------------------------------------------


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Only one run may write to an output folder at a time. A run that fails before
    writing anything leaves no lock file (nor a folder it created) behind."""
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / LOCK_NAME, "w")  # noqa: SIM115  (closed below, after unlocking)
    except OSError as err:
        raise output_error(out, err) from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise InputError(f"another claims run is writing to {out}; wait for it to finish") from None
    try:
        _remove_stale_temporaries(out)
        yield
    except BaseException:
        if [p.name for p in out.iterdir()] == [LOCK_NAME]:
            (out / LOCK_NAME).unlink(missing_ok=True)
            if created:
                out.rmdir()
        raise
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


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
    excel_csv: bool = False,
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
    `excel_csv` writes the CSV files with a byte-order mark, for spreadsheets.
    On SIGINT/SIGTERM (in the main thread) the run stops early, writes the tables for
    the articles done and sets `interrupted`; a second signal raises KeyboardInterrupt.
    Raises OutputError when `out` cannot be written (a full disk, no permission).
    """
    started = time.perf_counter()
    out = Path(out)
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    fingerprint = pipeline_fingerprint(model)  # checks the model is installed, without loading
    summary = RunSummary(out=out)
    with output_lock(out), stop_on_signals() as stop:
        cache = RecordCache(out, fingerprint)
        articles, todo = _read(inputs, cache, force, summary)
        summary.stage_seconds["read"] = time.perf_counter() - started
        process_started = time.perf_counter()
        mapper = _mapper(engine, scheduler, (model, workers, profile, nlp), stop, progress)
        left = _process(mapper, todo, cache, summary, stop)
        summary.stage_seconds["process"] = time.perf_counter() - process_started
        write_started = time.perf_counter()
        written = [a for a in articles if a.article_id not in left]
        _write(out, written, cache, summary, (fingerprint, force, parquet, excel_csv))
        summary.stage_seconds["write"] = time.perf_counter() - write_started
    summary.seconds = time.perf_counter() - started
    return summary


def _read(
    inputs: Iterable[str | Path], cache: RecordCache, force: bool, summary: RunSummary
) -> tuple[list[Article], list[Article]]:
    """Every article of the inputs, and those to process (the cache lacks them)."""
    articles = list(read_articles(inputs))
    if not articles:
        raise InputError("no articles found in the inputs (.txt, .jsonl, .jsonl.gz, .html)")
    summary.n_articles = len(articles)
    cache.prune_other_fingerprints()
    readable = [a for a in articles if a.error is None]
    todo = readable if force else [a for a in readable if not cache.has(a)]
    summary.n_cached = len(readable) - len(todo)
    queued = {id(a) for a in todo}
    for a in articles:
        if id(a) not in queued:
            a.release_text()  # only texts waiting to be processed are kept
    return articles, todo


def _process(
    mapper: _Mapper, todo: list[Article], cache: RecordCache, summary: RunSummary, stop: StopRequest
) -> set[str]:
    """Process the articles to do, caching each one's records as its shard comes back.
    Returns the ids of those left unprocessed by an interruption."""
    if not todo:
        return set()  # no engine is started (nor a cluster contacted) for nothing
    done: set[str] = set()
    shards = (todo[i : i + SHARD_SIZE] for i in range(0, len(todo), SHARD_SIZE))
    with mapper.progress(len(todo), summary.n_cached) as bar:
        for shard, result in mapper.run(shards):
            for article in shard:
                if article.article_id in result.records:
                    cache.put(article, result.records[article.article_id])
                elif article.article_id in result.errors:
                    article.error = result.errors[article.article_id]
                elif not stop.is_set():
                    article.error = NOT_PROCESSED
                else:
                    continue  # stopped before it was begun: left for the next run
                done.add(article.article_id)
                article.release_text()
            bar.shard(shard, result)
            summary.component_seconds.update(result.component_seconds)
            so_far = summary.rss_by_docs[-1][0] if summary.rss_by_docs else 0
            summary.rss_by_docs.append((so_far + len(shard), result.rss_mb))
    summary.n_processed = sum(1 for a in todo if a.article_id in done and a.error is None)
    left = {a.article_id for a in todo} - done
    summary.n_left = len(left)
    if stop.is_set():
        summary.interrupted = stop.signal_name
    return left


def _write(
    out: Path,
    articles: list[Article],
    cache: RecordCache,
    summary: RunSummary,
    options: tuple[str, bool, bool, bool],
) -> None:
    """Write the tables unless they already stand for exactly these articles and records."""
    fingerprint, force, parquet, excel_csv = options
    ordered = sorted(articles, key=lambda a: a.article_id)
    # The tables are a function of the articles (their text, metadata and errors) and
    # the records' fingerprint: when those are what was last written, they stand.
    key = tables_key(fingerprint, (parquet, excel_csv), ordered)
    if (
        force
        or summary.n_processed
        or not cache.tables_are_current(key, out, output_names(parquet))
    ):
        write_tables(
            out, (_article_records(a, cache) for a in ordered), parquet=parquet, excel_csv=excel_csv
        )
        # recomputed: writing turns an article whose cache entry vanished into an error
        cache.mark_tables_written(tables_key(fingerprint, (parquet, excel_csv), ordered))
    summary.errors = [(a.article_id, a.error) for a in ordered if a.error]
    summary.warnings = [(a.article_id, w) for a in ordered for w in a.warnings]


def tables_key(fingerprint: str, formats: tuple[bool, bool], ordered: list[Article]) -> str:
    """What the tables are made from: every article's identity, text hash, metadata and error."""
    rows = [
        [a.article_id, a.text_sha256, a.n_chars, a.title, a.published, a.source, a.url, a.path,
         a.encoding, a.error, a.warnings]
        for a in ordered
    ]  # fmt: skip
    blob = json.dumps([fingerprint, *formats, rows], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def output_names(parquet: bool) -> list[str]:
    names = [f"{t}.{ext}" for t in RECORD_TABLES for ext in ("jsonl", "csv")]
    names += ["dyads.csv", "relations.csv"]
    return names + ([f"{t}.parquet" for t in ALL_TABLES] if parquet else [])


class _Mapper:
    """An engine's ShardMapper and the progress bar it reports each finished article to."""

    def __init__(self, progress: bool) -> None:
        self.bar: _ProgressBar | None = None
        self.enabled = progress
        self.run: ShardMapper = lambda shards: iter(())

    def on_article(self, article_id: str) -> None:
        if self.bar is not None:
            self.bar.article(article_id)

    @contextlib.contextmanager
    def progress(self, total: int, n_cached: int) -> Iterator[_ProgressBar]:
        self.bar = _ProgressBar(total, n_cached, self.enabled and total > 0)
        try:
            yield self.bar
        finally:
            self.bar.close()
            self.bar = None


def _mapper(
    engine: str,
    scheduler: str | None,
    options: tuple[str, int, bool, Language | None],
    stop: StopRequest,
    progress: bool,
) -> _Mapper:
    model, workers, profile, nlp = options
    mapper = _Mapper(progress)
    if engine == "dask":
        from pipeline.engines.dask_engine import dask_mapper

        mapper.run = dask_mapper(
            model, scheduler=scheduler, workers=workers, profile=profile, stop=stop
        )
    else:
        from pipeline.engines.local import local_mapper

        mapper.run = local_mapper(
            model, workers, profile, nlp, stop=stop, on_article=mapper.on_article
        )
    return mapper


class _ProgressBar:
    """Per-article progress with the cached, done and failed counts, the rate and the time
    left (tqdm's own), shown on a terminal only."""

    def __init__(self, total: int, n_cached: int, enabled: bool) -> None:
        self.n_cached, self.n_failed = n_cached, 0
        self.seen: set[str] = set()
        self.bar = tqdm(
            total=total, unit="article", disable=not enabled or not sys.stderr.isatty(),
            smoothing=0.1, dynamic_ncols=True,
        )  # fmt: skip
        self._postfix()

    def article(self, article_id: str) -> None:
        if article_id not in self.seen:
            self.seen.add(article_id)
            self._postfix()  # before the update, which draws the bar
            self.bar.update(1)

    def shard(self, shard: list[Article], result: ShardResult) -> None:
        self.n_failed += len(result.errors)
        for article in shard:
            if article.article_id in result.records or article.article_id in result.errors:
                self.article(article.article_id)
        self._postfix()
        self.bar.refresh()

    def status(self) -> str:
        return f"cached {self.n_cached}, done {len(self.seen)}, failed {self.n_failed}"

    def _postfix(self) -> None:
        self.bar.set_postfix_str(self.status(), refresh=False)

    def close(self) -> None:
        self.bar.close()


def _article_records(article: Article, cache: RecordCache) -> Records:
    if article.error:
        return error_records(article)
    records = cache.get(article)
    if records is None:  # the entry vanished or is corrupt: report it rather than guess
        article.error = "cached records missing; re-run to process it again"
        return error_records(article)
    counts = {table: len(rows) for table, rows in records.items()}
    return {**records, "articles": [article_row(article, counts)]}
