"""The unit of work: one shard of articles through the pipeline, into plain records.

`process_shard` is a plain, picklable function that loads the pipeline once per process,
so that the same function runs in this process, in a local process pool or on a Dask
worker. Every engine calls it; nothing here knows which engine runs it.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.io.readers import Article
from pipeline.io.records import (
    Records,
    doc_items,
    items_records,
    merge_chunk_items,
    shift_offsets,
)
from pipeline.nlp import PROJECT_COMPONENTS, load_pipeline

# Where a long article may be cut, best first.
CHUNK_SEPARATORS = ("\n\n", "\n", ". ", " ")
# The parser's memory grows with the tokens in a batch: a 250,000-character transcript in
# one piece took the bare model to 1.3 GB, in 50,000-character pieces one at a time to
# 0.45 GB. Longer articles are cut into pieces; batches hold at most BATCH_CHARS.
PIECE_CHARS = 50_000
BATCH_CHARS = 50_000
GC_YOUNG = 10_000  # allocations between collections of the young generation, in a shard
_GC_LOCK = threading.Lock()
_GC_SHARDS_RUNNING = [0]  # shards in this process's threads: the last one restores
_GC_DEFAULT: list[tuple[int, ...]] = []


@dataclass
class ShardResult:
    """What processing a shard gives back: records of the good articles, errors of the rest,
    and, when profiled, the seconds each pipeline component took."""

    records: dict[str, Records] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    component_seconds: dict[str, float] = field(default_factory=dict)
    rss_mb: float = 0.0  # the worker's resident memory when the shard was done


_PIPELINES: dict[str, Language] = {}  # model name -> pipeline, loaded once per process
# Set in pool workers (see engines.local): where finished article ids are announced, so
# that the progress bar moves per article rather than per shard, and the event by which
# the run asks running shards to return what they have.
_PROGRESS: Any = None
_HALT: Any = None


def get_pipeline(model: str) -> Language:
    if model not in _PIPELINES:
        _PIPELINES[model] = load_pipeline(model)
        # The model's objects live as long as the process: frozen, they are out of the
        # collector's way (each full collection walked them all again).
        gc.collect()
        gc.freeze()
    return _PIPELINES[model]


def process_shard(articles: list[Article], model: str, profile: bool = False) -> ShardResult:
    """Process a shard with this process's pipeline for `model` (loaded on first use)."""
    return process_articles(
        get_pipeline(model),
        articles,
        profile=profile,
        on_article=_PROGRESS.put if _PROGRESS is not None else None,
        should_stop=_HALT.is_set if _HALT is not None else None,
    )


def process_articles(
    nlp: Language,
    articles: list[Article],
    batch_size: int = 16,
    profile: bool = False,
    *,
    on_article: Callable[[str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ShardResult:
    """Run the pipeline over articles and turn each Doc into records at once.

    An article whose processing raises is reported in `errors`; the others go on.
    `on_article(article_id)` is called as each article is done. When `should_stop()` turns
    true, the articles of the batches not yet begun are left out of the result.
    """
    result = ShardResult()
    options = _Options(
        batch_size, profile, on_article or (lambda _: None), should_stop or (lambda: False)
    )

    def on_error(proc_name: str, proc: Any, docs: list, err: Exception) -> None:
        for doc in docs:
            result.errors[doc._.article_id] = f"{proc_name} failed: {type(err).__name__}: {err}"
            options.on_article(doc._.article_id)

    # Our components report a failing Doc to on_error and drop it from the stream; the
    # handlers are restored afterwards so that plain nlp(text) calls still raise.
    components = [nlp.get_pipe(name) for name in PROJECT_COMPONENTS if name in nlp.pipe_names]
    previous = [component.get_error_handler() for component in components]
    for component in components:
        component.set_error_handler(on_error)
    try:
        with _young_collections_spaced():
            _pipe_into(nlp, articles, result, options)
    finally:
        for component, handler in zip(components, previous, strict=True):
            component.set_error_handler(handler)
    result.rss_mb = current_rss_mb()
    return result


@contextlib.contextmanager
def _young_collections_spaced() -> Iterator[None]:
    """Docs, Tokens and rows are made by the million and nearly all freed by reference
    counting: collecting the young ones every GC_YOUNG rather than 700 allocations cut the
    collector's time by half. The threshold is global, so shards running in several threads
    share one change, undone when the last of them ends."""
    with _GC_LOCK:
        if _GC_SHARDS_RUNNING[0] == 0:
            _GC_DEFAULT[:] = [gc.get_threshold()]
            first, *older = _GC_DEFAULT[0]
            gc.set_threshold(max(first, GC_YOUNG), *older)
        _GC_SHARDS_RUNNING[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_SHARDS_RUNNING[0] -= 1
            if _GC_SHARDS_RUNNING[0] == 0:
                gc.set_threshold(*_GC_DEFAULT[0])


def current_rss_mb() -> float:
    """This process's resident memory now (Linux), or 0 where /proc is not there."""
    try:
        with open("/proc/self/status") as status:
            return next(int(ln.split()[1]) for ln in status if ln.startswith("VmRSS")) / 1024
    except (OSError, StopIteration):
        return 0.0


@dataclass
class _Options:
    batch_size: int
    profile: bool
    on_article: Callable[[str], None]
    should_stop: Callable[[], bool]


def _pipe_into(
    nlp: Language, articles: list[Article], result: ShardResult, options: _Options
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
        for batch in char_batches(chunks, options.batch_size, BATCH_CHARS):
            if options.should_stop():
                return
            docs = [_chunk_doc(nlp, article, offset, piece) for article, offset, piece in batch]
            if options.profile:
                processed = _timed_components(nlp, docs, result)
            else:
                processed = nlp.pipe(docs, batch_size=len(docs))
            for doc in processed:
                article_id = doc._.article_id
                done = pieces.setdefault(article_id, [])
                offset = doc._.chunk_offset
                # the first piece (most articles are one) is where its article starts: no
                # copy with offsets moved, the Doc's own items are not used again
                done.append(shift_offsets(doc_items(doc), offset) if offset else doc_items(doc))
                if len(done) < n_chunks[article_id]:
                    continue
                article = by_id[article_id]
                try:
                    items = merge_chunk_items(done)
                    result.records[article_id] = items_records(article.text, items, article)
                except Exception as err:  # a bug in one article's records must not stop the run
                    result.errors[article_id] = f"records failed: {type(err).__name__}: {err}"
                options.on_article(article_id)


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
