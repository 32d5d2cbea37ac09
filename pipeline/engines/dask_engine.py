"""Shards on a Dask cluster: `run_extraction(..., engine="dask", scheduler=ADDRESS)`.

This process (the client) reads the inputs, submits shards to the cluster and writes every
result itself; workers only run `pipeline.engines.shard.process_shard` and send back a ShardResult,
so they need the package and the model but no access to the client's files. Each worker
process loads the model once, when it joins (a WorkerPlugin), and keeps it. At most
SHARDS_IN_FLIGHT_PER_WORKER shards per worker are on the cluster at once, so texts wait on
disk rather than in the scheduler's memory.

Without a scheduler address a LocalCluster of `workers` processes is started on 127.0.0.1
and closed when the run ends.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from pipeline.engines.inflight import SHARDS_IN_FLIGHT_PER_WORKER, ShardMapper, bounded_map
from pipeline.engines.shard import ShardResult, get_pipeline, process_shard
from pipeline.io.readers import Article, InputError
from pipeline.io.store import pipeline_fingerprint

try:
    from distributed import Client, LocalCluster, WorkerPlugin
    from distributed import wait as dask_wait
except ImportError as err:  # an optional extra: report it when the engine is chosen
    _IMPORT_ERROR: ImportError | None = err
    WorkerPlugin = object  # type: ignore[assignment,misc]
else:
    _IMPORT_ERROR = None

CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler
WORKERS_TIMEOUT = 60.0  # seconds for a first worker to join a scheduler that has none
INSTALL_HINT = "pip install 'claims-pipeline[dask]'"


class LoadModel(WorkerPlugin):
    """Loads the pipeline in each worker process as it joins, so that a missing model shows
    up at registration rather than in the first shard, and no shard pays for loading.

    It also checks that the worker's package and model give the client's pipeline
    fingerprint: the client caches records under its fingerprint, so a worker with other
    rules or another model version must not contribute to them."""

    def __init__(self, model: str, fingerprint: str) -> None:
        self.model = model
        self.fingerprint = fingerprint
        self.name = f"claims-load-model-{model}-{uuid.uuid4().hex[:8]}"

    async def setup(self, worker: Any) -> None:
        # Off the event loop, so the worker keeps answering heartbeats while it loads.
        await asyncio.to_thread(get_pipeline, self.model)
        here = pipeline_fingerprint(self.model)
        if here != self.fingerprint:
            raise RuntimeError(
                f"worker {worker.address} has another claims-pipeline or model version "
                f"(pipeline fingerprint {here}, the client's is {self.fingerprint}); "
                "install the same versions on the client and every worker"
            )


def dask_mapper(
    model: str,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    profile: bool = False,
    connect_timeout: float | None = None,
    stop: Any = None,
) -> ShardMapper:
    """A ShardMapper running shards on the cluster at `scheduler` (tcp://host:port), or on a
    local cluster of `workers` single-threaded processes (a scheduler's cluster has the
    workers it has: `workers` is then ignored). Nothing is started or contacted
    until the first shard is asked for, and all is closed when iteration ends or stops."""
    if _IMPORT_ERROR is not None:
        raise InputError(f"--engine dask needs Dask's distributed scheduler: {INSTALL_HINT}")
    fingerprint = pipeline_fingerprint(model)  # what the workers' pipelines must match

    def mapper(shards: Iterator[list[Article]]) -> Iterator[tuple[list[Article], ShardResult]]:
        timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
        with (
            _client(scheduler, workers, timeout) as client,
            _model_on_workers(client, model, fingerprint, scheduler),
        ):
            n_workers = max(len(client.scheduler_info()["workers"]), 1)
            yield from bounded_map(
                _DaskPool(client, model, profile),
                shards,
                n_workers * SHARDS_IN_FLIGHT_PER_WORKER,
                stop=stop,
            )

    return mapper


@contextmanager
def _client(scheduler: str | None, workers: int, timeout: float) -> Iterator[Client]:
    if scheduler is None:
        with (
            LocalCluster(
                n_workers=max(workers, 1),
                threads_per_worker=1,  # spaCy is CPU-bound: one shard per process at a time
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # Without a dashboard the scheduler still serves /health and /metrics, by
                # default on port 8787 (with a warning if it is taken): any free port will do.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(scheduler, timeout=timeout)
    except OSError:  # refused, unknown host and timeouts: all retried until `timeout`
        raise InputError(
            f"cannot reach the Dask scheduler at {scheduler} within {timeout:g}s; "
            "is `dask scheduler` running there and the port open?"
        ) from None
    except ValueError as err:  # a malformed address
        raise InputError(f"invalid Dask scheduler address {scheduler!r}: {err}") from None
    with client:
        if not client.scheduler_info()["workers"]:
            try:
                client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
            except (OSError, TimeoutError):
                raise InputError(
                    f"no Dask worker joined the scheduler at {scheduler} within "
                    f"{WORKERS_TIMEOUT:g}s; start some with: dask worker {scheduler}"
                ) from None
        yield client


@contextmanager
def _model_on_workers(
    client: Client, model: str, fingerprint: str, scheduler: str | None
) -> Iterator[None]:
    """The model loaded in every worker (and in workers that join later) while the run
    lasts. The registration carries a name of its own, so that runs sharing a cluster do
    not remove each other's; the loaded pipelines stay cached in the worker processes."""
    plugin = LoadModel(model, fingerprint)
    try:
        try:
            client.register_plugin(plugin, name=plugin.name)
        except Exception as err:
            where = f"the Dask workers of {scheduler}" if scheduler else "the local Dask workers"
            first_line = (str(err).strip().splitlines() or [""])[0]
            raise InputError(
                f"setting up model {model!r} on {where} failed: {type(err).__name__}: {first_line}"
            ) from err
        yield
    finally:
        with suppress(Exception):  # best effort: the cluster may be going away
            client.unregister_worker_plugin(plugin.name)


class _DaskPool:
    """A ShardPool over a Dask client; a result, once here, is released on the cluster."""

    def __init__(self, client: Client, model: str, profile: bool) -> None:
        self.client, self.model, self.profile = client, model, profile

    def submit(self, shard: list[Article]) -> Any:
        return self.client.submit(process_shard, shard, self.model, self.profile, pure=False)

    def wait_some(self, futures: Collection[Any], timeout: float) -> Iterable[Any]:
        try:
            return dask_wait(list(futures), timeout=timeout, return_when="FIRST_COMPLETED").done
        except TimeoutError:
            return ()

    def result(self, future: Any) -> ShardResult | None:
        if future.cancelled():
            return None
        result = future.result()
        future.release()  # the result is here now; let the cluster forget it
        return result

    def cancel(self, futures: Collection[Any]) -> None:
        self.client.cancel(list(futures))
