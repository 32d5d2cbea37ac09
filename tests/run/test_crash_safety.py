"""A run killed with SIGKILL at any point, then run again, gives a clean run's files."""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS, copy_articles
from test_incremental import snapshot

from pipeline.run import run_extraction

CLAIMS = Path(sys.executable).with_name("claims")


def assert_whole(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), path
    if path.suffix == ".jsonl":
        for line in text.splitlines():
            json.loads(line)
    else:
        rows = list(csv.reader(io.StringIO(text)))
        assert rows and all(len(row) == len(rows[0]) for row in rows), path


def test_kill_minus_nine_then_rerun_equals_a_clean_run(tmp_path, nlp):
    names = [p.stem for p in sorted((CORPUS / "wikinews").glob("*.txt"))]
    names += [p.stem for p in sorted((CORPUS / "whitehouse").glob("*.txt"))[:6]]
    corpus = copy_articles(tmp_path / "in", *names)
    run_extraction([corpus], tmp_path / "clean", nlp=nlp)
    expected = snapshot(tmp_path / "clean")

    out = tmp_path / "killed"
    rng = random.Random(7)
    kills = 0
    for _ in range(4):
        process = subprocess.Popen(
            [str(CLAIMS), "extract", str(corpus), "--out", str(out), "--quiet", "--force"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(1.0, 8.0))
        if process.poll() is None:
            process.kill()
            kills += 1
        process.wait()
        for name in expected:  # whatever is there is whole: old or new, never half-written
            if (out / name).exists():
                assert_whole(out / name)
    assert kills >= 1, "no run was killed; the sleeps are too long for this machine"

    summary = run_extraction([corpus], out, nlp=nlp)
    assert summary.n_errors == 0
    assert snapshot(out) == expected
    assert not list(out.rglob(".*.tmp"))
    shutil.rmtree(tmp_path / "in")
