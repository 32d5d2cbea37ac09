"""Atomic file writes and the per-article record cache that makes re-runs incremental.

The cache lives in `OUT/.claims-cache/<fingerprint>/`. An entry holds one article's
mentions, actors, dates and claims, keyed by its id, text and publication date. The
fingerprint covers the package's code and pattern files and the model, so any change
to the rules or the model starts a fresh cache instead of serving stale rows.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import IO, Any

import pipeline
from pipeline.io.errors import OutputError, output_error
from pipeline.io.readers import Article

__all__ = ["OutputError", "RecordCache", "atomic_write", "output_error"]

CACHE_DIR_NAME = ".claims-cache"
_PACKAGE_DIR = Path(pipeline.__file__).parent
# mkstemp creates files readable by the owner only; outputs get the usual permissions.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_write(
    path: Path, mode: str = "w", *, durable: bool = True, **open_kwargs: Any
) -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path`, then rename it over `path`.

    A run killed midway leaves the old file (or none), never a half-written one. `durable`
    also syncs the file to disk before the rename, so that it survives a crash of the
    system; a cache entry, made again when lost, skips that (a sync per article took 8 ms).
    An OSError of its own steps (create, flush, sync, rename: ENOSPC, EACCES...) becomes an
    OutputError naming `path`; errors raised by the caller's block pass through.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        os.chmod(tmp_name, 0o666 & ~_UMASK)
        handle = open(tmp_name, mode, **open_kwargs)  # noqa: SIM115  (closed below)
    except OSError as err:
        raise output_error(path, err) from None
    try:
        with handle:
            yield handle
            _finish(handle, tmp_name, path, durable)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _finish(handle: IO[Any], tmp_name: str, path: Path, durable: bool = True) -> None:
    try:
        handle.flush()
        if durable:
            os.fsync(handle.fileno())
        handle.close()
        os.replace(tmp_name, path)
    except OSError as err:
        raise output_error(path, err) from None


def model_fingerprint(model: str) -> str:
    """Identify an installed model without loading it (name@version, or its meta.json)."""
    meta_path = Path(model) / "meta.json"
    if meta_path.is_file():
        return hashlib.sha256(meta_path.read_bytes()).hexdigest()[:16]
    from pipeline.nlp import is_model_package, model_missing_error

    if is_model_package(model):
        return f"{model}@{metadata.version(model)}"

    raise model_missing_error(model)


# The code and rule files that shape an article's records; changing the command line, the
# readers, the writers or the evaluation does not make cached records stale.
RECORD_SOURCES = (
    "actors",
    "dates",
    "claims",
    "io/records.py",
    "_extensions.py",
    "factories.py",
    "nlp.py",
)


def pipeline_fingerprint(model: str) -> str:
    """A short hash of everything that shapes the records: our rules, their code, the model."""
    digest = hashlib.sha256()
    digest.update(f"{pipeline.__version__}|{pipeline.SCHEMA_VERSION}|".encode())
    digest.update(model_fingerprint(model).encode())
    for source in RECORD_SOURCES:
        root = _PACKAGE_DIR / source
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.suffix in (".py", ".json", ".jsonl") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class RecordCache:
    """One JSON file of records per processed article."""

    def __init__(self, out: Path, fingerprint: str) -> None:
        self.root = out / CACHE_DIR_NAME
        self.folder = self.root / fingerprint

    def prune_other_fingerprints(self) -> None:
        """Drop caches made by other code or models: they can never be served again."""
        if self.root.is_dir():
            for child in self.root.iterdir():
                if child.is_dir() and child != self.folder:
                    shutil.rmtree(child, ignore_errors=True)

    def path_for(self, article: Article) -> Path:
        key_source = json.dumps([article.article_id, article.text_sha256, article.published])
        key = hashlib.sha256(key_source.encode("utf-8")).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def has(self, article: Article) -> bool:
        """An entry that is there and ends its JSON object. Entries are not synced to disk:
        a crash of the system may leave one empty, cut off or filled with NULs, and the
        article is then processed again in the same run (one byte read, not the entry)."""
        path = self.path_for(article)
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                return False
            with path.open("rb") as entry:
                entry.seek(-1, os.SEEK_END)
                return entry.read(1) == b"}"
        except OSError:  # missing, or empty (seek before the start)
            return False

    def get(self, article: Article) -> dict[str, list[dict[str, Any]]] | None:
        """The article's records; None, and the entry removed so that a re-run processes
        the article again, when it is missing or unreadable."""
        path = self.path_for(article)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError, UnicodeDecodeError):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            return None

    def written_key_path(self) -> Path:
        return self.folder / "tables.key"

    def tables_are_current(self, key: str, out: Path, names: list[str]) -> bool:
        """Were the tables in `out` last written from exactly this key, and are they there?"""
        path = self.written_key_path()
        current = path.is_file() and path.read_text(encoding="utf-8") == key
        return current and all((out / name).is_file() for name in names)

    def mark_tables_written(self, key: str) -> None:
        with atomic_write(self.written_key_path(), encoding="utf-8") as handle:
            handle.write(key)

    def put(self, article: Article, records: dict[str, list[dict[str, Any]]]) -> None:
        body = {table: rows for table, rows in records.items() if table != "articles"}
        path = self.path_for(article)
        try:
            with atomic_write(path, encoding="utf-8", durable=False) as handle:
                # in one piece: json.dump to a file runs the pure-Python encoder, 4x slower
                handle.write(json.dumps(body, ensure_ascii=False))
        except OSError as err:
            raise output_error(path, err) from None
