"""The one loop that keeps a bounded number of shards in flight, for every engine.

An engine adapts its futures to `ShardPool` (submit, wait for some, cancel); this loop
draws shards only as results come back, so texts wait on disk rather than in queues, and
it is the one place where a stop request is obeyed: no new shard is submitted, shards not
yet started are cancelled, and running ones get `grace` seconds to finish before they are
abandoned.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, Protocol

from pipeline.engines.shard import ShardResult
from pipeline.io.readers import Article

SHARDS_IN_FLIGHT_PER_WORKER = 2  # bounds memory: texts wait on disk, not in queues
POLL_SECONDS = 0.2  # how often a waiting loop looks at the stop flag and the progress
GRACE_SECONDS = 5.0  # after a stop, how long running shards may take to finish

ShardMapper = Callable[[Iterator[list[Article]]], Iterator[tuple[list[Article], ShardResult]]]


class ShardPool(Protocol):
    def submit(self, shard: list[Article]) -> Any: ...

    def wait_some(self, futures: Collection[Any], timeout: float) -> Iterable[Any]:
        """The futures among `futures` that are done, waiting at most `timeout` seconds."""

    def result(self, future: Any) -> ShardResult | None:
        """The shard's result, or None if it was cancelled."""

    def cancel(self, futures: Collection[Any]) -> None:
        """Cancel futures not yet started (running ones may be left to finish)."""


class Never:
    """A stop flag that is never raised: the default of runs without signal handling."""

    def is_set(self) -> bool:
        return False


def bounded_map(
    pool: ShardPool,
    shards: Iterator[list[Article]],
    in_flight: int,
    *,
    stop: Any = None,
    tick: Callable[[], None] = lambda: None,
    grace: float = GRACE_SECONDS,
) -> Iterator[tuple[list[Article], ShardResult]]:
    """Submit shards, keeping at most `in_flight` pending; yield results as they finish.

    `stop.is_set()` is looked at every POLL_SECONDS, when `tick()` is also called (the
    progress bar). Whatever is pending when the loop ends early is cancelled."""
    stop = stop or Never()
    pending: dict[Any, list[Article]] = {}  # future -> its shard

    def collect(timeout: float) -> Iterator[tuple[list[Article], ShardResult]]:
        tick()
        for future in list(pool.wait_some(list(pending), timeout)):
            shard, result = pending.pop(future), pool.result(future)
            if result is not None:
                yield shard, result

    try:
        for shard in shards:
            if stop.is_set():
                break
            pending[pool.submit(shard)] = shard
            while len(pending) >= in_flight and not stop.is_set():
                yield from collect(POLL_SECONDS)
        while pending and not stop.is_set():
            yield from collect(POLL_SECONDS)
        if pending and stop.is_set():
            yield from _drain(pool, pending, collect, grace)
    finally:
        if pending:
            pool.cancel(list(pending))


def _drain(
    pool: ShardPool, pending: dict[Any, list[Article]], collect: Callable, grace: float
) -> Iterator[tuple[list[Article], ShardResult]]:
    """After a stop: cancel what has not started, give running shards `grace` seconds."""
    pool.cancel(list(pending))
    deadline = time.monotonic() + grace
    while pending and time.monotonic() < deadline:
        yield from collect(min(POLL_SECONDS, max(deadline - time.monotonic(), 0.0)))
