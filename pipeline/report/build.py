"""Gather what the report shows from a run's output folder: plain data, no HTML.

The JSONL tables are read rather than `read_tables`' flat CSV columns, because the
reader needs each claim's nested speaker, cue, content and target offsets.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.io.readers import InputError, article_suffix, iter_jsonl, read_articles
from pipeline.io.writers import DyadCounter

KINDS = ("direct", "mixed", "indirect", "stance")
POLARITIES = ("positive", "negative", "neutral")
DEFAULT_MAX_ARTICLES = 50
TOP_ACTORS = 10


class ReportError(Exception):
    """The output folder cannot be reported on (missing, empty, unreadable)."""


@dataclass
class Overview:
    n_articles: int
    n_failed: int
    n_claims: int
    by_kind: dict[str, int]
    by_polarity: dict[str, int]
    top_speakers: list[tuple[str, int]]
    top_targets: list[tuple[str, int]]


@dataclass
class Edge:
    """Claims of one speaker actor about one target actor."""

    speaker_id: str
    speaker_name: str
    target_id: str
    target_name: str
    n_positive: int
    n_negative: int
    n_neutral: int
    n_articles: int

    @property
    def n_claims(self) -> int:
        return self.n_positive + self.n_negative + self.n_neutral

    @property
    def net(self) -> int:
        return self.n_positive - self.n_negative

    @property
    def polarity(self) -> str:
        """The net polarity: which of positive and negative claims outnumber the other."""
        if self.net > 0:
            return "positive"
        return "negative" if self.net < 0 else "neutral"


@dataclass
class ReaderArticle:
    """One article of the reader: its row, its items and, when found unchanged, its text."""

    row: dict[str, Any]
    claims: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    text: str | None = None
    note: str | None = None  # why the text is not shown


@dataclass
class ReportData:
    out_dir: Path
    articles: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    overview: Overview
    edges: list[Edge]
    reader: list[ReaderArticle]
    n_left_out: int  # readable articles that the reader does not show


def build_report(
    out_dir: str | Path,
    *,
    max_articles: int = DEFAULT_MAX_ARTICLES,
    search_dirs: Iterable[Path] | None = None,
) -> ReportData:
    """Read a finished run in `out_dir`; raise ReportError if there is nothing to report.

    Article texts are looked for in `search_dirs` (default: the current folder, then
    the parent of `out_dir`), since articles.jsonl records paths as the run was given them.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ReportError(f"output folder not found: {out_dir}")
    articles_path = out_dir / "articles.jsonl"
    if not articles_path.is_file():
        raise ReportError(
            f"{out_dir} has no articles.jsonl: run `claims extract ... --out {out_dir}` first"
        )
    try:
        articles = list(iter_jsonl(articles_path))
        if not articles:
            raise ReportError(f"{out_dir}/articles.jsonl lists no articles")
        claims_path = out_dir / "claims.jsonl"
        claims = list(iter_jsonl(claims_path)) if claims_path.is_file() else []
        reader, n_left_out = select_reader_articles(articles, claims, max_articles)
        _attach_items(out_dir, reader)
    except (OSError, ValueError) as err:  # a truncated or hand-edited table
        raise ReportError(f"cannot read the tables in {out_dir}: {err}") from None
    dirs = list(search_dirs) if search_dirs is not None else [Path.cwd(), out_dir.parent]
    attach_texts(reader, dirs)
    return ReportData(
        out_dir=out_dir,
        articles=articles,
        claims=claims,
        overview=overview(articles, claims),
        edges=edges(claims),
        reader=reader,
        n_left_out=n_left_out,
    )


def overview(articles: list[dict[str, Any]], claims: list[dict[str, Any]]) -> Overview:
    by_kind = Counter(claim.get("kind") or "unknown" for claim in claims)
    by_polarity = Counter(polarity(claim) for claim in claims)
    speakers: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for claim in claims:
        speaker = claim.get("speaker") or {}
        if speaker.get("actor_id"):
            speakers[speaker.get("name") or speaker["actor_id"]] += 1
        # A claim counts once per actor, however often it names that actor.
        named = [t for t in claim.get("targets") or [] if t.get("actor_id")]
        targets.update({t.get("name") or t["actor_id"] for t in named})
    return Overview(
        n_articles=len(articles),
        n_failed=sum(1 for a in articles if a.get("status") != "ok"),
        n_claims=len(claims),
        by_kind={kind: by_kind[kind] for kind in (*KINDS, *sorted(set(by_kind) - set(KINDS)))},
        by_polarity={p: by_polarity[p] for p in POLARITIES},
        top_speakers=_top(speakers),
        top_targets=_top(targets),
    )


def _top(counts: Counter[str], n: int = TOP_ACTORS) -> list[tuple[str, int]]:
    # Ties by name, so that the report is the same from run to run.
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def polarity(claim: dict[str, Any]) -> str:
    return (claim.get("stance") or {}).get("polarity") or "neutral"


def edges(claims: Iterable[dict[str, Any]]) -> list[Edge]:
    """Speaker actor -> target actor pairs, counted as dyads.csv counts them."""
    counter = DyadCounter()
    for claim in claims:
        counter.add(claim)
    return [
        Edge(
            speaker_id=row["speaker_actor_id"],
            speaker_name=row["speaker_name"],
            target_id=row["target_actor_id"],
            target_name=row["target_name"],
            n_positive=row["n_positive"],
            n_negative=row["n_negative"],
            n_neutral=row["n_neutral"],
            n_articles=row["n_articles"],
        )
        for row in counter.rows()
    ]


def select_reader_articles(
    articles: list[dict[str, Any]], claims: list[dict[str, Any]], max_articles: int
) -> tuple[list[ReaderArticle], int]:
    """The readable articles with the most claims (ties by id), and how many were cut."""
    per_article: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        per_article.setdefault(claim["article_id"], []).append(claim)
    readable = [a for a in articles if a.get("status") == "ok"]
    readable.sort(key=lambda a: (-len(per_article.get(a["article_id"], [])), a["article_id"]))
    chosen = readable[: max(max_articles, 0)]
    reader = [ReaderArticle(a, claims=per_article.get(a["article_id"], [])) for a in chosen]
    return reader, len(readable) - len(chosen)


def _attach_items(out_dir: Path, reader: list[ReaderArticle]) -> None:
    """Add the mentions and dates of the reader's articles, streaming the big tables."""
    by_id = {item.row["article_id"]: item for item in reader}
    for table in ("mentions", "dates"):
        path = out_dir / f"{table}.jsonl"
        if not path.is_file():
            continue
        for row in iter_jsonl(path):
            item = by_id.get(row.get("article_id"))
            if item is not None:
                getattr(item, table).append(row)


# A JSONL article's path is recorded as `file:line`.
_LINE_SUFFIX = re.compile(r":\d+$")


def attach_texts(reader: list[ReaderArticle], search_dirs: list[Path]) -> None:
    """Set each article's text if its file is found and still hashes to text_sha256."""
    wanted: dict[Path, dict[str, ReaderArticle]] = {}
    for item in reader:
        recorded = item.row.get("path")
        if not recorded or not item.row.get("text_sha256"):
            item.note = "The run recorded no text file for this article."
            continue
        name = recorded
        if _LINE_SUFFIX.search(name) and article_suffix(Path(_LINE_SUFFIX.sub("", name))):
            name = _LINE_SUFFIX.sub("", name)
        found = _find_file(Path(name), search_dirs)
        if found is None:
            item.note = f"The text file {recorded} was not found, so only the claims are shown."
            continue
        wanted.setdefault(found, {})[item.row["article_id"]] = item
    # One pass per file: a JSONL file holds many articles.
    for path, items in wanted.items():
        texts = _read_texts(path, set(items))
        for article_id, item in items.items():
            text = texts.get(article_id)
            if text is None:
                item.note = f"The article was not found in {item.row['path']}."
            elif _sha256(text) != item.row["text_sha256"]:
                item.note = (
                    f"{item.row['path']} has changed since the run (its sha256 differs), "
                    "so only the claims are shown."
                )
            else:
                item.text = text


def _find_file(path: Path, search_dirs: list[Path]) -> Path | None:
    candidates = [path] if path.is_absolute() else [d / path for d in search_dirs]
    return next((c for c in candidates if c.is_file()), None)


def _read_texts(path: Path, article_ids: set[str]) -> dict[str, str]:
    # read_articles decodes exactly as the run did (BOM, cp1252, HTML extraction).
    try:
        return {
            a.article_id: a.text
            for a in read_articles([path])
            if a.article_id in article_ids and a.text is not None
        }
    except (OSError, InputError):
        return {}


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class TimelinePoint:
    """Claims of one actor on one day (the start of the period their date names)."""

    actor: str
    day: date
    polarity: str
    n_claims: int
    examples: list[str]  # a few "cue: content" lines for the hover text


def timeline(
    claims: Iterable[dict[str, Any]], top_actors: int = 15
) -> tuple[list[TimelinePoint], int]:
    """Claims by speaker actor, date and polarity; returns the points and the number of
    claims whose date names no calendar year. Actors past the `top_actors` busiest share
    one row, and so do speakers that are no actor, so that the chart stays readable."""
    dated: list[tuple[str, date, str, dict[str, Any]]] = []
    n_undated = 0
    for claim in claims:
        day = timex_start((claim.get("date") or {}).get("value"))
        if day is None:
            n_undated += 1
            continue
        speaker = claim.get("speaker") or {}
        # Per actor: a speaker that is not an actor ("I", "officials") has no row of its own.
        actor = speaker.get("name") if speaker.get("actor_id") else NOT_AN_ACTOR
        dated.append((actor or speaker["actor_id"], day, polarity(claim), claim))
    busiest = {
        name for name, _ in _top(Counter(d[0] for d in dated if d[0] != NOT_AN_ACTOR), top_actors)
    }
    groups: dict[tuple[str, date, str], list[dict[str, Any]]] = {}
    for actor, day, pol, claim in dated:
        if actor not in busiest and actor != NOT_AN_ACTOR:
            actor = OTHER_ACTORS
        groups.setdefault((actor, day, pol), []).append(claim)
    points = [
        TimelinePoint(actor, day, pol, len(group), [_example(c) for c in group[:3]])
        for (actor, day, pol), group in sorted(groups.items())
    ]
    return points, n_undated


OTHER_ACTORS = "(other actors)"
NOT_AN_ACTOR = "(speaker not an actor)"


def speaker_label(claim: dict[str, Any]) -> str:
    """The speaker's canonical actor name, else the words that name the speaker."""
    speaker = claim.get("speaker") or {}
    return speaker.get("name") or speaker.get("text") or "(no speaker)"


def _example(claim: dict[str, Any]) -> str:
    cue = (claim.get("cue") or {}).get("text") or ""
    content = (claim.get("content") or {}).get("text") or ""
    if len(content) > 90:
        content = content[:89] + "…"
    return f"{cue}: {content}"


# TIMEX3 values that the timeline can place, each at the start of the period it names.
_TIMEX_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_TIMEX_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_TIMEX_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_TIMEX_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_TIMEX_YEAR = re.compile(r"^(\d{4})")


def timex_start(value: str | None) -> date | None:
    """The first day of a TIMEX3 date value (`2024-W39` -> 2024-09-23), or None if it
    names no calendar year (`XXXX-09`, `PRESENT_REF`, a decade)."""
    if not value:
        return None
    try:
        if m := _TIMEX_DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _TIMEX_WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _TIMEX_QUARTER.match(value):
            return date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := _TIMEX_MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1)
        if m := _TIMEX_YEAR.match(value):
            return date(int(m[1]), 1, 1)
    except ValueError:  # month 13, week 54...
        return None
    return None
