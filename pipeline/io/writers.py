"""Write the output tables: JSONL, CSV and optionally Parquet, plus dyads.csv.

Articles are streamed in id order, one at a time, so memory does not grow with the
corpus. Every file is written to a temporary name and renamed into place;
`articles.jsonl` is renamed last, because a run is complete when it lists every article.

CSV files follow RFC 4180: a cell holding a comma, a quote or a line break is quoted, so
a cell may span lines (count rows with a CSV reader, not `wc -l`). With `excel_csv` they
start with a UTF-8 byte-order mark, which spreadsheets need to read UTF-8 at all.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import jsonlines
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import SCHEMA_VERSION
from pipeline.io.errors import output_error
from pipeline.io.records import Records
from pipeline.io.relations import RelationCounter, claim_dyads
from pipeline.io.schema import RECORD_TABLES, arrow_schema, column_names, flatten_row
from pipeline.io.store import atomic_write

PARQUET_BATCH_ROWS = 10_000
# A CSV cell starting with one of these runs as a formula in a spreadsheet (OWASP CSV
# injection); such cells get a leading apostrophe in the CSV only. JSONL keeps exact text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _safe_cell(value) for key, value in row.items()}


def _safe_cell(value: Any) -> Any:
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value


# one encoder for every row: json.dumps with options builds a new one on each call
_dumps = json.JSONEncoder(ensure_ascii=False).encode


class DerivedCounter:
    """The tables counted from the claims (dyads, relations), fed one article at a time."""

    def __init__(self) -> None:
        self.dyads, self.relations = DyadCounter(), RelationCounter()

    def add(self, records: Records) -> None:
        published = (records.get("articles") or [{}])[0].get("published")
        for claim in records.get("claims", []):
            self.dyads.add(claim)
            self.relations.add(claim, published)

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        return {"dyads": self.dyads.rows(), "relations": self.relations.rows()}


class DyadCounter:
    """Counts claims per (speaker actor, target actor) pair, by polarity."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.articles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.names: dict[str, str] = {}

    def add(self, claim: dict[str, Any]) -> None:
        speaker = claim.get("speaker") or {}
        if not speaker.get("actor_id"):
            return
        polarity = (claim.get("stance") or {}).get("polarity") or "neutral"
        for dyad in claim_dyads(claim):
            if dyad.dyad_type != "actor":
                continue
            pair = (dyad.source_id, dyad.target_id)
            self.counts[pair][polarity] += 1
            self.articles[pair].add(claim["article_id"])
        for actor in (speaker, *(speaker.get("members") or []), *(claim.get("targets") or [])):
            if actor.get("actor_id"):
                self.names.setdefault(actor["actor_id"], actor.get("name") or actor["actor_id"])

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "schema_version": SCHEMA_VERSION,
                "speaker_actor_id": speaker,
                "speaker_name": self.names[speaker],
                "target_actor_id": target,
                "target_name": self.names[target],
                "n_claims": sum(counts.values()),
                "n_positive": counts["positive"],
                "n_negative": counts["negative"],
                "n_neutral": counts["neutral"],
                "n_articles": len(self.articles[(speaker, target)]),
            }
            for (speaker, target), counts in sorted(self.counts.items())
        ]


class _ParquetSink:
    """Buffers flat rows and writes them to a Parquet file with the table's explicit schema."""

    def __init__(self, table: str, handle: Any) -> None:
        self.schema = arrow_schema(table)
        self.writer = pq.ParquetWriter(handle, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def write(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= PARQUET_BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def csv_encoding(excel_csv: bool) -> str:
    return "utf-8-sig" if excel_csv else "utf-8"


def write_tables(
    out: Path,
    article_records: Iterable[Records],
    *,
    parquet: bool = False,
    excel_csv: bool = False,
) -> None:
    """Write every table from per-article records, given in the final (article id) order.
    A write that fails (a full disk) raises OutputError and leaves the old files."""
    try:
        _write_tables(out, article_records, parquet, csv_encoding(excel_csv))
    except OSError as err:
        raise output_error(out, err) from None


def _write_tables(
    out: Path, article_records: Iterable[Records], parquet: bool, encoding: str
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    derived = DerivedCounter()
    with ExitStack() as files:
        # The stack unwinds in reverse, so the articles files, entered first, are renamed last.
        tables = ["articles", *(t for t in RECORD_TABLES if t != "articles")]
        jsonl, csvs, sinks, handles = {}, {}, {}, []
        for table in tables:
            handle = files.enter_context(atomic_write(out / f"{table}.jsonl", encoding="utf-8"))
            jsonl[table] = jsonlines.Writer(handle, dumps=_dumps)
            csv_handle = files.enter_context(
                atomic_write(out / f"{table}.csv", encoding=encoding, newline="")
            )
            handles += [handle, csv_handle]
            # rows are flattened to the columns in order, so a plain writer takes their values
            csvs[table] = csv.writer(csv_handle, lineterminator="\n")
            csvs[table].writerow(column_names(table))
            if parquet:
                pq_handle = files.enter_context(atomic_write(out / f"{table}.parquet", mode="wb"))
                sinks[table] = _ParquetSink(table, pq_handle)
                files.callback(sinks[table].close)

        for records in article_records:
            for table in tables:
                for row in records.get(table, []):
                    jsonl[table].write(row)
                    flat = flatten_row(table, row)
                    csvs[table].writerow([_safe_cell(value) for value in flat.values()])
                    if parquet:
                        sinks[table].write(flat)
            derived.add(records)
        # Everything on disk before the first rename: a disk that fills up now fails the
        # whole set, rather than after some tables were replaced and others not.
        for sink in sinks.values():
            sink.flush()
        for handle in handles:
            handle.flush()
            os.fsync(handle.fileno())
        for table, table_rows in derived.rows().items():
            _write_derived(out, table, table_rows, parquet, encoding)


def _write_derived(
    out: Path, table: str, rows: list[dict[str, Any]], parquet: bool, encoding: str
) -> None:
    """A table counted from the claims (dyads, relations): CSV, and Parquet if asked."""
    with atomic_write(out / f"{table}.csv", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, column_names(table), lineterminator="\n")
        writer.writeheader()
        writer.writerows(spreadsheet_safe(row) for row in rows)
    if parquet:
        with atomic_write(out / f"{table}.parquet", mode="wb") as handle:
            pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), handle)
