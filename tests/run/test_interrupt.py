"""Ctrl-C and SIGTERM: the run stops within seconds, writes whole tables for the articles
done, says what is left and exits 130; a re-run resumes. A second signal stops at once."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import Future

import pytest
from conftest import CORPUS, ROOT, copy_articles, read_jsonl
from test_crash_safety import assert_whole
from test_incremental import TABLE_FILES, snapshot

import pipeline.engines.local
from pipeline.engines.inflight import bounded_map
from pipeline.engines.interrupt import StopRequest
from pipeline.run import run_extraction

STOP_BUDGET_SECONDS = 15.0  # from the signal to the exit, with 2 workers mid-shard


def many_articles(dest, copies: int) -> int:
    """The corpus's (short) wikinews texts, `copies` times under new names."""
    dest.mkdir(parents=True)
    sources = sorted(CORPUS.glob("wikinews/*.txt"))
    for n in range(copies):
        for source in sources:
            shutil.copy(source, dest / f"c{n}_{source.name}")
    return copies * len(sources)


def cached_entries(out) -> int:
    return len(list(out.glob(".claims-cache/*/*/*.json")))


def test_sigint_with_two_workers_stops_in_seconds_and_a_rerun_resumes(tmp_path):
    n_articles = many_articles(tmp_path / "in", copies=20)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path / "in"),
               "--out", str(out), "--workers", "2"]  # fmt: skip
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 240
    while cached_entries(out) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)  # the first articles are done
    assert process.poll() is None, "the run ended before it could be interrupted"
    signalled = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    stop_seconds = time.monotonic() - signalled
    print(f"SIGINT stop time with 2 workers: {stop_seconds:.1f}s")

    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "Aborted!" not in stderr
    match = re.search(r"interrupted: (\d+) done, (\d+) left; run again to resume", stderr)
    assert match, stderr
    done, left = int(match[1]), int(match[2])
    assert done + left == n_articles and done >= 1 and left >= 1
    assert stop_seconds < STOP_BUDGET_SECONDS
    for name in TABLE_FILES:
        assert_whole(out / name)
    assert len(read_jsonl(out / "articles.jsonl")) == done  # the articles done, no others
    assert not list(out.rglob(".*.tmp"))

    rerun = subprocess.run([*command, "--quiet"], env=env, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    rows = read_jsonl(out / "articles.jsonl")
    assert len(rows) == n_articles and all(r["status"] == "ok" for r in rows)


@pytest.fixture
def signal_after(monkeypatch):
    """Sends this process `n_signals` signals as soon as the first shard is processed."""

    def arm(n_signals: int, signum: int = signal.SIGINT) -> None:
        real = pipeline.engines.local.process_articles

        def process_then_signal(nlp, articles, **kw):
            result = real(nlp, articles, **kw)
            for _ in range(n_signals):
                os.kill(os.getpid(), signum)
            return result

        monkeypatch.setattr(pipeline.engines.local, "process_articles", process_then_signal)

    return arm


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_first_signal_writes_the_articles_done_and_a_rerun_completes(
    tmp_path, nlp, monkeypatch, signal_after, signum
):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag", "wikinews_asylum")
    monkeypatch.setattr("pipeline.run.SHARD_SIZE", 1)
    signal_after(1, signum)
    summary = run_extraction([corpus], tmp_path / "out", nlp=nlp)
    assert summary.interrupted == signal.Signals(signum).name
    assert (summary.n_processed, summary.n_left) == (1, 2)  # the running shard finished
    assert summary.interruption() == "interrupted: 1 done, 2 left; run again to resume"
    assert [r["article_id"] for r in read_jsonl(tmp_path / "out" / "articles.jsonl")] == [
        "wikinews_asylum"
    ]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL

    monkeypatch.undo()
    summary = run_extraction([corpus], tmp_path / "out", nlp=nlp)
    assert (summary.n_processed, summary.n_cached, summary.interrupted) == (2, 1, None)
    assert len(read_jsonl(tmp_path / "out" / "articles.jsonl")) == 3


def test_a_second_signal_stops_at_once_and_leaves_the_old_files(tmp_path, nlp, signal_after):
    corpus = copy_articles(tmp_path / "in", "wikinews_korea", "wikinews_flag")
    out = tmp_path / "out"
    run_extraction([corpus], out, nlp=nlp)
    before = snapshot(out)
    signal_after(2)
    with pytest.raises(KeyboardInterrupt):
        run_extraction([corpus], out, nlp=nlp, force=True)
    assert snapshot(out) == before  # untouched: nothing was half-written
    assert not list(out.rglob(".*.tmp"))


class InstantPool:
    """A ShardPool whose shards finish when submitted; it records what it was asked."""

    def __init__(self) -> None:
        self.submitted: list[list] = []
        self.cancelled: list = []

    def submit(self, shard):
        self.submitted.append(shard)
        future: Future = Future()
        future.set_result(shard)
        return future

    def wait_some(self, futures, timeout):
        return futures

    def result(self, future):
        return future.result()

    def cancel(self, futures):
        self.cancelled.extend(futures)


def test_the_in_flight_limiter_draws_no_shard_after_a_stop():
    pool, stop = InstantPool(), StopRequest()
    results = bounded_map(pool, iter([[1], [2], [3], [4], [5]]), in_flight=2, stop=stop)
    first = next(results)
    stop.set()
    rest = list(results)
    assert len(pool.submitted) == 2  # the shard in hand and one more; none after the stop
    assert [first, *rest] == [([1], [1]), ([2], [2])]  # running shards still come back


def test_the_in_flight_limiter_keeps_at_most_in_flight_pending():
    pool = InstantPool()
    results = list(bounded_map(pool, iter([[n] for n in range(7)]), in_flight=3))
    assert [shard for shard, _ in results] == [[n] for n in range(7)]  # every shard, once
    assert pool.cancelled == []
