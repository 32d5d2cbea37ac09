"""Errors about the outputs, importable without loading spaCy (the CLI's --help stays fast)."""

from __future__ import annotations

from pathlib import Path


class OutputError(RuntimeError):
    """An output file cannot be written (a full disk, no permission): the message names the
    path and the cause, in one line."""


def output_error(path: Path, err: OSError) -> OutputError:
    cause = err.strerror or str(err)
    return OutputError(f"cannot write {path}: {cause}")
