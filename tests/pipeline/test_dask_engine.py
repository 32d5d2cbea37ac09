"""The Dask engine: a real scheduler and workers (separate processes on 127.0.0.1), a local
cluster, and the errors a user meets. Outputs must be byte-identical to the local engine."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_articles

distributed = pytest.importorskip("distributed")

import pipeline.engines.dask_engine as dask_engine  # noqa: E402
import pipeline.engines.shard  # noqa: E402
import pipeline.run  # noqa: E402
from pipeline.engines.inflight import SHARDS_IN_FLIGHT_PER_WORKER  # noqa: E402
from pipeline.io.readers import InputError, read_articles  # noqa: E402
from pipeline.nlp import DEFAULT_MODEL  # noqa: E402
from pipeline.run import run_extraction  # noqa: E402

DASK = Path(sys.executable).with_name("dask")
ARTICLES = (
    "wikinews_korea",
    "wikinews_flag",
    "wikinews_asylum",
    "wh_2021-02-10-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping",
    "wh_2022-10-10-statement-by-president-biden-on-russias-missile-strikes",
    "wh_2021-01-26-readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-p",
)
START_TIMEOUT = 60  # seconds for the scheduler and both workers to come up


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def output_files(out: Path) -> dict[str, bytes]:
    """Every file of a run's output folder (tables and cache), by relative path."""
    return {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def assert_same_outputs(dask_out: Path, local_out: Path) -> None:
    dask_files, local_files = output_files(dask_out), output_files(local_out)
    assert sorted(dask_files) == sorted(local_files)
    assert any(name.endswith("claims.jsonl") for name in local_files)
    for name, content in local_files.items():
        assert dask_files[name] == content, f"{name} differs from the local engine's"


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; yields the address."""
    logs = tmp_path_factory.mktemp("dask-logs")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        log = open(logs / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
        processes.append(
            subprocess.Popen([str(DASK), *args], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        )
        log.close()

    def logs_tail() -> str:
        return "\n".join(
            f"--- {path.name}\n" + path.read_text(errors="replace")[-2000:]
            for path in sorted(logs.iterdir())
        )

    try:
        # Even without a dashboard, both serve /health over HTTP: on 127.0.0.1 too, please.
        local_http = ("--no-dashboard", "--dashboard-address", "127.0.0.1:0")
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), *local_http)
        for i in (1, 2):
            start(f"worker{i}", "worker", address, "--host", "127.0.0.1", "--nworkers", "1",
                  "--nthreads", "1", *local_http)  # fmt: skip
        try:
            with distributed.Client(address, timeout=START_TIMEOUT) as client:
                client.wait_for_workers(2, timeout=START_TIMEOUT)
        except (OSError, TimeoutError) as err:
            pytest.fail(f"the Dask cluster did not start: {err}\n{logs_tail()}")
        yield address
    finally:
        stop(processes[1:])  # the workers, then the scheduler
        stop(processes[:1])


def test_real_cluster_gives_the_local_engines_bytes(tmp_path, nlp, dask_cluster, monkeypatch):
    monkeypatch.setattr(pipeline.run, "SHARD_SIZE", 1)  # six shards, spread over both workers
    corpus = copy_articles(tmp_path / "in", *ARTICLES)
    local = run_extraction([corpus], tmp_path / "local", nlp=nlp)
    assert local.n_processed == len(ARTICLES) and local.n_errors == 0

    with (
        distributed.Client(dask_cluster, timeout=30) as client,
        distributed.get_task_stream(client=client) as stream,
    ):
        summary = run_extraction([corpus], tmp_path / "dask", engine="dask", scheduler=dask_cluster)
    assert summary.n_processed == len(ARTICLES) and summary.n_errors == 0
    assert_same_outputs(tmp_path / "dask", tmp_path / "local")

    shard_tasks = [t for t in stream.data if str(t["key"]).startswith("process_shard")]
    assert len(shard_tasks) == len(ARTICLES)
    assert len({t["worker"] for t in shard_tasks}) == 2, "both workers should process shards"


def test_real_cluster_keeps_the_model_and_forgets_the_run(tmp_path, dask_cluster):
    """Workers keep their loaded pipeline; the run's plugin and tasks are gone after it, even
    when the caller stops early, and shards are drawn only as workers free up."""
    corpus = copy_articles(tmp_path / "in", *ARTICLES)
    shards = [[a] for a in read_articles([corpus])]
    drawn = []

    def source():
        for shard in shards:
            drawn.append(shard)
            yield shard

    results = dask_engine.dask_mapper(DEFAULT_MODEL, scheduler=dask_cluster)(source())
    shard, result = next(results)
    assert shard[0].article_id in result.records
    results.close()  # stop early: pending shards are cancelled, the client closed
    in_flight = 2 * SHARDS_IN_FLIGHT_PER_WORKER
    assert len(drawn) == in_flight < len(shards)  # no more shards drawn than in flight

    with distributed.Client(dask_cluster, timeout=30) as client:
        assert all(client.run(lambda: DEFAULT_MODEL in pipeline.engines.shard._PIPELINES).values())
        deadline = time.monotonic() + 15
        while True:  # the scheduler forgets the run's tasks once its client has left
            left = client.run_on_scheduler(
                lambda dask_scheduler: (
                    len(dask_scheduler.tasks),
                    [n for n in dask_scheduler.worker_plugins if n.startswith("claims-")],
                )
            )
            if left == (0, []) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert left == (0, [])


def test_a_model_missing_on_the_workers_is_an_input_error(tmp_path, dask_cluster, monkeypatch):
    monkeypatch.setattr(dask_engine, "pipeline_fingerprint", lambda model: "0123456789abcdef")
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    mapper = dask_engine.dask_mapper("no_such_model_xyz", scheduler=dask_cluster)
    with pytest.raises(InputError, match="setting up model 'no_such_model_xyz' on the Dask wo"):
        next(mapper(iter([list(read_articles([corpus]))])))


def test_workers_with_other_rules_or_model_are_refused(tmp_path, dask_cluster, monkeypatch):
    """Records are cached under the client's pipeline fingerprint: workers must match it."""
    monkeypatch.setattr(dask_engine, "pipeline_fingerprint", lambda model: "0123456789abcdef")
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    mapper = dask_engine.dask_mapper(DEFAULT_MODEL, scheduler=dask_cluster)
    with pytest.raises(InputError, match="another claims-pipeline or model version"):
        next(mapper(iter([list(read_articles([corpus]))])))


def test_local_cluster_gives_the_local_engines_bytes(tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(pipeline.run, "SHARD_SIZE", 2)
    corpus = copy_articles(tmp_path / "in", *ARTICLES[:4])
    run_extraction([corpus], tmp_path / "local", nlp=nlp)
    summary = run_extraction([corpus], tmp_path / "dask", engine="dask", workers=2, profile=True)
    assert summary.n_processed == 4 and summary.n_errors == 0
    assert summary.component_seconds  # profiles come back from the workers
    assert_same_outputs(tmp_path / "dask", tmp_path / "local")


def test_an_unreachable_scheduler_is_a_quick_input_error(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(InputError, match="cannot reach the Dask scheduler") as raised:
        run_extraction([corpus], tmp_path / "out", engine="dask", scheduler=address)
    assert time.monotonic() - started < 15
    assert address in str(raised.value) and "\n" not in str(raised.value)


def test_a_malformed_scheduler_address_is_an_input_error(tmp_path):
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    with pytest.raises(InputError, match="invalid Dask scheduler address"):
        run_extraction([corpus], tmp_path / "out", engine="dask", scheduler="no-port-here")


def test_without_distributed_the_user_is_told_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_engine, "_IMPORT_ERROR", ImportError("No module named 'distributed'"))
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    with pytest.raises(InputError, match=r"pip install 'claims-pipeline\[dask\]'"):
        run_extraction([corpus], tmp_path / "out", engine="dask")


def test_a_fully_cached_run_needs_no_cluster(tmp_path, nlp):
    corpus = copy_articles(tmp_path / "in", ARTICLES[0])
    run_extraction([corpus], tmp_path / "out", nlp=nlp)
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens here
    summary = run_extraction([corpus], tmp_path / "out", engine="dask", scheduler=address)
    assert (summary.n_processed, summary.n_cached) == (0, 1)
