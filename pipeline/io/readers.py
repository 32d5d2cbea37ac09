"""Turn input paths (files and folders, any mix) into Articles.

A problem with one article (undecodable bytes, no text, a malformed JSONL line, a
duplicate id) becomes an Article with `error` set, so the run reports it and goes on.
A problem that does not stop it (a date that is not a date, invalid Unicode repaired)
goes into its `warnings`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm")
MANIFEST_NAME = "manifest.jsonl"
# Tried in order; latin-1 decodes any byte string, so it is the last resort.
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
# JSON may spell a lone UTF-16 surrogate (`"\ud800"`), which Python decodes into a str
# that no UTF-8 file can hold. Paired surrogates are decoded into one character, so any
# surrogate left in a str is lone.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


class InputError(ValueError):
    """A user mistake about the inputs as a whole (missing path, unsupported file)."""


@dataclass
class Article:
    article_id: str
    text: str | None
    path: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    encoding: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    _sha256: str | None = field(default=None, repr=False)
    _n_chars: int | None = field(default=None, repr=False)

    @property
    def text_sha256(self) -> str | None:
        if self._sha256 is None and self.text is not None:
            self._sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return self._sha256

    @property
    def n_chars(self) -> int | None:
        if self._n_chars is None and self.text is not None:
            self._n_chars = len(self.text)
        return self._n_chars

    def release_text(self) -> None:
        """Forget the text once it is processed, keeping what the articles table needs."""
        _ = self.text_sha256, self.n_chars
        self.text = None


def article_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in ARTICLE_SUFFIXES if name.endswith(s)), None)


def find_article_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively, sorted) into article files; check explicit files."""
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input not found: {path}")
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.name != MANIFEST_NAME and article_suffix(p)
            )
        elif article_suffix(path):
            files.append(path)
        else:
            raise InputError(
                f"unsupported input format: {path} (expected one of {', '.join(ARTICLE_SUFFIXES)})"
            )
    # The same file named twice (or via a folder and directly) is read once; paths stay as
    # the user gave them, so outputs do not depend on where the checkout lives.
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def read_articles(inputs: Iterable[str | Path]) -> Iterator[Article]:
    """Every article in the inputs, in input order; duplicates of an id become errors."""
    seen: dict[str, str] = {}
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in find_article_files(inputs):
        for article in _read_file(path, manifests):
            first = seen.get(article.article_id)
            if first is not None:
                # A row of its own, under an id that says where it came from, so that
                # article_id stays unique in every table.
                article.error = (
                    f"duplicate article id {article.article_id!r} (first read from {first})"
                )
                article.article_id = f"{article.article_id}@{Path(article.path).name}"
                article.text = None
            else:
                seen[article.article_id] = article.path
            yield repair_unicode(article)


def _read_file(path: Path, manifests: dict[Path, dict[str, dict[str, Any]]]) -> Iterator[Article]:
    suffix = article_suffix(path)
    if suffix == ".txt":
        if path.parent not in manifests:
            manifests[path.parent] = _load_manifest(path.parent)
        yield _read_txt(path, manifests[path.parent])
    elif suffix in (".jsonl", ".jsonl.gz"):
        yield from _read_jsonl(path)
    else:
        yield _read_html(path)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding). Raises ValueError for binary data."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable text")  # unreachable: latin-1 accepts all bytes


def universal_newlines(text: str) -> str:
    """Line ends as Python's text mode reads a file: "\r\n" and "\r" become "\n", so that
    offsets index the text a user gets from open(path).read(), and a CRLF file is parsed
    as the same file with LF line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _checked_text(article: Article) -> Article:
    if article.error is None and (article.text is None or not article.text.strip()):
        article.error = "empty article: no text"
        article.text = None
    return article


def _read_txt(path: Path, manifest: dict[str, dict[str, Any]]) -> Article:
    row = manifest.get(path.stem, {})
    article = Article(article_id=path.stem, text=None, path=str(path))
    _apply_metadata(article, row)
    try:
        text, article.encoding = decode_bytes(path.read_bytes())
    except (OSError, ValueError) as err:
        article.error = f"cannot read {path.name}: {err}"
        return article
    article.text = universal_newlines(text)
    if article.title is None:
        article.title = next((ln.strip() for ln in article.text.splitlines() if ln.strip()), None)
    return _checked_text(article)


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL table that this project wrote (blank lines skipped), one at a
    time, so that a large output table need not fit in memory."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Rows of `folder/manifest.jsonl` keyed by id; a bad line is skipped, not fatal."""
    rows: dict[str, dict[str, Any]] = {}
    manifest = folder / MANIFEST_NAME
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and row.get("id") is not None:
                rows[str(row["id"])] = row
    return rows


def _read_jsonl(path: Path) -> Iterator[Article]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for line_no, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                yield _jsonl_article(path, line_no, raw)
    except (OSError, EOFError) as err:
        # A truncated gzip stream: what was read stays; the rest is one error row.
        yield Article(
            article_id=f"{path.name}:unreadable",
            text=None,
            path=str(path),
            error=f"cannot read {path.name}: {err}",
        )


def _jsonl_article(path: Path, line_no: int, raw: bytes) -> Article:
    where = f"{path}:{line_no}"
    fallback_id = f"{path.name}:{line_no}"
    try:
        text, _ = decode_bytes(raw)
        row = json.loads(text)
    except (ValueError, json.JSONDecodeError) as err:
        return Article(fallback_id, None, where, error=f"malformed JSONL line {line_no}: {err}")
    if not isinstance(row, dict):
        return Article(fallback_id, None, where, error=f"JSONL line {line_no} is not an object")
    article_id = row.get("id")
    article = Article(str(article_id) if article_id not in (None, "") else fallback_id, None, where)
    _apply_metadata(article, row)
    if article_id in (None, ""):
        article.error = f"JSONL line {line_no} has no 'id'"
        return article
    text = row.get("text")
    if not isinstance(text, str):
        article.error = f"JSONL line {line_no} has no string 'text'"
        return article
    article.text, article.encoding = text, "json"
    return _checked_text(article)


def _read_html(path: Path) -> Article:
    import trafilatura  # imported here: only HTML inputs pay for it

    article = Article(article_id=path.stem, text=None, path=str(path))
    try:
        html, article.encoding = decode_bytes(path.read_bytes())
        extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    except (OSError, ValueError) as err:
        article.error = f"cannot read {path.name}: {err}"
        return article
    if extracted is None:
        article.error = "no main text found in the HTML page"
        return article
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    article.text = data.get("text")
    _apply_metadata(article, {k: data.get(k) for k in ("title", "date", "url", "sitename")})
    if article.source is None:
        article.source = data.get("sitename")
    return _checked_text(article)


def repair_unicode(article: Article) -> Article:
    """Replace lone surrogates in the text, id and metadata with U+FFFD, one character for
    one so that offsets hold, and record the repair in the article's warnings."""
    for name in ("text", "article_id", "title", "published", "source", "url", "path"):
        value = getattr(article, name)
        if isinstance(value, str) and LONE_SURROGATE.search(value):
            repaired, n = LONE_SURROGATE.subn(REPLACEMENT_CHARACTER, value)
            setattr(article, name, repaired)
            article.warnings.append(
                f"invalid Unicode in {name}: {n} lone surrogate(s) replaced with U+FFFD"
            )
    return article


def _apply_metadata(article: Article, row: dict[str, Any]) -> None:
    article.title = _as_str(row.get("title"))
    raw_date = row.get("published") or row.get("date")
    article.published = normalise_published(raw_date)
    if raw_date not in (None, "") and article.published is None:
        article.warnings.append(f"unparsable date {_shown(raw_date)}")
    article.source = _as_str(row.get("source"))
    article.url = _as_str(row.get("url") or row.get("source_url"))
    article.meta = {k: v for k, v in row.items() if k != "text"}


def normalise_published(value: Any) -> str | None:
    """An ISO YYYY-MM-DD date from a metadata value, or None if it is not a date."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date_parser.isoparse(value.strip()[:10]).date().isoformat()
    except ValueError:
        try:
            return date_parser.parse(value, fuzzy=False).date().isoformat()
        except (ValueError, OverflowError):
            return None


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _shown(value: Any, limit: int = 80) -> str:
    """A metadata value quoted for a warning, cut to `limit` characters."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"
