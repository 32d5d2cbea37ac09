"""Two runs over the same input give byte-identical files, whatever Python's hash seed: no
output may depend on the order of a set or of a dict built from one."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import CORPUS

INPUTS = [CORPUS / "seed", CORPUS / "wikinews"]


def run(out, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", *map(str, INPUTS), "--out", str(out)]
    subprocess.run([*cmd, "--quiet"], check=True, env=env, timeout=600)


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path):
    run(tmp_path / "a", "1")
    run(tmp_path / "b", "2")
    names = sorted(p.name for p in (tmp_path / "a").iterdir() if p.is_file())
    assert "claims.jsonl" in names
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
