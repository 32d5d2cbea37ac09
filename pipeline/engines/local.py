"""Shards on this machine: in this process (one worker) or in a pool of worker processes.

Pool workers ignore SIGINT: a Ctrl-C at the terminal reaches the whole process group, and
it is the run, not each worker, that decides how to stop. When it does, it raises an event
that running shards look at between batches, so they return what they have within the
grace period. Workers announce each finished article on a queue, so the progress bar
moves per article.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from spacy.language import Language

from pipeline.engines import shard as shard_module
from pipeline.engines.inflight import (
    SHARDS_IN_FLIGHT_PER_WORKER,
    Never,
    ShardMapper,
    bounded_map,
)
from pipeline.engines.shard import ShardResult, get_pipeline, process_articles, process_shard
from pipeline.io.readers import Article


def local_mapper(
    model: str,
    workers: int,
    profile: bool,
    nlp: Language | None,
    *,
    stop: Any = None,
    on_article: Callable[[str], None] | None = None,
) -> ShardMapper:
    """Shards in this process (one worker) or in a pool of `workers` processes."""
    stop = stop or Never()

    def in_process(shards: Iterator[list[Article]]):
        pipeline = nlp or get_pipeline(model)
        for shard in shards:
            if stop.is_set():
                return
            yield (
                shard,
                process_articles(
                    pipeline, shard, profile=profile, on_article=on_article, should_stop=stop.is_set
                ),
            )

    def in_pool(shards: Iterator[list[Article]]):
        announced: Any = multiprocessing.Queue()
        halt = multiprocessing.Event()
        executor = ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(announced, halt)
        )
        finished = False
        try:
            yield from bounded_map(
                _ProcessPool(executor, model, profile),
                shards,
                workers * SHARDS_IN_FLIGHT_PER_WORKER,
                stop=_Relay(stop, halt),
                tick=lambda: _drain_queue(announced, on_article),
            )
            finished = not stop.is_set()
        finally:
            _shut_down(executor, finished)
            announced.close()

    return in_process if workers <= 1 else in_pool


class _ProcessPool:
    """A ShardPool over a ProcessPoolExecutor."""

    def __init__(self, executor: ProcessPoolExecutor, model: str, profile: bool) -> None:
        self.executor, self.model, self.profile = executor, model, profile

    def submit(self, shard: list[Article]) -> Future:
        return self.executor.submit(process_shard, shard, self.model, self.profile)

    def wait_some(self, futures: Collection[Future], timeout: float) -> Iterable[Future]:
        return wait(futures, timeout=timeout, return_when=FIRST_COMPLETED).done

    def result(self, future: Future) -> ShardResult | None:
        return None if future.cancelled() else future.result()

    def cancel(self, futures: Collection[Future]) -> None:
        for future in futures:
            future.cancel()  # only shards not yet started can be cancelled


class _Relay:
    """The run's stop request, passed on to the workers once it is set."""

    def __init__(self, stop: Any, halt: Any) -> None:
        self.stop, self.halt = stop, halt

    def is_set(self) -> bool:
        if self.stop.is_set():
            self.halt.set()
            return True
        return False


def _init_worker(announced: Any, halt: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    shard_module._PROGRESS, shard_module._HALT = announced, halt


def _drain_queue(announced: Any, on_article: Callable[[str], None] | None) -> None:
    while True:
        try:
            article_id = announced.get_nowait()
        except (queue.Empty, OSError, ValueError):
            return
        if on_article is not None:
            on_article(article_id)


def _shut_down(executor: ProcessPoolExecutor, finished: bool) -> None:
    """Wait for idle workers after a complete run; after a stop, end the workers now."""
    if finished:
        executor.shutdown(wait=True)
        return
    # ProcessPoolExecutor (before Python 3.14) has no public way to end running workers.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=5)
