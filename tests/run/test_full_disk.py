"""A full disk or an unwritable --out ends the run with one line naming the path and the
cause, exit code 1 and no traceback; the earlier complete outputs stay untouched."""

from __future__ import annotations

import errno
import subprocess

import pytest
from click.testing import CliRunner
from conftest import copy_articles
from test_incremental import snapshot

import pipeline.io.writers
from pipeline.cli import cli

TINY_DISK = "192k"  # room for one short article's outputs, not for a second run beside them
LONG_ARTICLES = (
    "wikinews_korea",
    "wikinews_flag",
    "wikinews_asylum",
    "wh_2022-10-10-statement-by-president-biden-on-russias-missile-strikes",
    "wh_2021-02-10-readout-of-president-joseph-r-biden-jr-call-with-president-xi-jinping",
)


@pytest.fixture
def tiny_disk(tmp_path):
    """A tmpfs of TINY_DISK bytes, or None where mounting is not permitted."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={TINY_DISK}", "tmpfs", str(mount_point)],
                capture_output=True,
            ).returncode
            == 0
        )
    except OSError:  # no mount command
        mounted = False
    if not mounted:
        yield None
        return
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def extract(*args: str):
    return CliRunner().invoke(cli, ["extract", *args, "--quiet"])


def first_run(tmp_path, out):
    small = tmp_path / "small"
    small.mkdir()
    (small / "peru.txt").write_text("Peru said on Monday it would sign the deal.\n")
    result = extract(str(small), "--out", str(out))
    assert result.exit_code == 0, result.output
    return small


def test_a_full_disk_is_one_line_and_keeps_the_earlier_outputs(
    tmp_path, reuse_nlp, tiny_disk, monkeypatch
):
    out = (tiny_disk or tmp_path) / "out"
    small = first_run(tmp_path, out)
    before = snapshot(out)
    if tiny_disk is None:  # no tmpfs here: the writer meets ENOSPC instead

        def full(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(pipeline.io.writers, "flatten_row", full)
    big = copy_articles(tmp_path / "big", *LONG_ARTICLES)
    (big / "peru.txt").write_text((small / "peru.txt").read_text())

    result = extract(str(big), "--out", str(out))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    (line,) = result.output.splitlines()  # one line: the path and the cause
    assert line.startswith(f"Error: cannot write {out}") and "No space left on device" in line
    assert snapshot(out) == before
    assert not list(out.rglob(".*.tmp"))


def test_an_out_folder_that_cannot_be_made_is_one_line(tmp_path, reuse_nlp):
    (tmp_path / "a-file").write_text("not a folder")
    small = tmp_path / "small"
    small.mkdir()
    (small / "peru.txt").write_text("Peru said on Monday it would sign the deal.\n")
    result = extract(str(small), "--out", str(tmp_path / "a-file" / "out"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output == f"Error: cannot write {tmp_path / 'a-file' / 'out'}: Not a directory\n"
