"""A small Python API for notebooks: load the pipeline once, get tables as DataFrames.

from pipeline import Extractor
ex = Extractor()                               # loads the model once
tables = ex.extract_texts({"a1": "Japan said on Monday ..."}, published="2024-10-04")
tables = ex.extract_texts({"a1": "...", "a2": "..."}, published={"a1": "2024-10-04"})
tables.claims.head()
tables = ex.extract_paths("corpus/seed")       # files and folders, like the CLI
summary = ex.extract_to(["corpus"], "outputs") # the CLI's run: files, cache and all
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.engines.shard import process_articles
from pipeline.io.readers import (
    Article,
    InputError,
    normalise_published,
    read_articles,
    repair_unicode,
)
from pipeline.io.records import Records, error_records
from pipeline.io.schema import ALL_TABLES, arrow_schema, flatten_row
from pipeline.io.writers import DerivedCounter
from pipeline.nlp import DEFAULT_MODEL, load_pipeline
from pipeline.run import RunSummary, run_extraction

# Nullable pandas dtypes, so that a missing count stays an integer column.
_NULLABLE_DTYPES = {
    pa.int64(): pd.Int64Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
    pa.string(): pd.StringDtype(),
}


@dataclass
class Tables:
    """The output tables as DataFrames, with the flat columns of the CSV files."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    dates: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame
    dyads: pd.DataFrame
    relations: pd.DataFrame

    def __getitem__(self, table: str) -> pd.DataFrame:
        return getattr(self, table)


class Extractor:
    """Holds one loaded pipeline; every extract call reuses it."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self.nlp = load_pipeline(model)

    def extract_texts(
        self,
        texts: str | Iterable[str] | Mapping[str, str],
        *,
        published: str | Mapping[str, str] | None = None,
    ) -> Tables:
        """Extract from raw texts: one string, a list (ids text-1, text-2...) or {id: text}.

        `published` is one date (ISO, or any form dateutil reads) for every text, or a
        mapping from text id to date; a date that cannot be read is a warning of its row."""
        if isinstance(texts, str):
            texts = [texts]
        if not isinstance(texts, Mapping):
            texts = {f"text-{n}": text for n, text in enumerate(texts, start=1)}
        dates = published_by_id(published, [str(article_id) for article_id in texts])
        articles = []
        for article_id, text in texts.items():
            article = Article(str(article_id), text, path="<text>")
            raw_date = dates.get(article.article_id)
            article.published = normalise_published(raw_date)
            if raw_date and article.published is None:
                article.warnings.append(f"unparsable date {raw_date!r}")
            if not text or not text.strip():
                article.text, article.error = None, "empty article: no text"
            articles.append(repair_unicode(article))
        return self._tables(articles)

    def extract_paths(self, *paths: str | Path) -> Tables:
        """Extract from files and folders, read as the CLI reads them (no files written)."""
        articles = list(read_articles(paths))
        if not articles:
            raise InputError("no articles found in the inputs")
        return self._tables(articles)

    def extract_to(self, inputs: Iterable[str | Path], out: str | Path, **options) -> RunSummary:
        """The CLI's `claims extract`: writes the tables to `out`, with the cache."""
        return run_extraction(inputs, out, model=self.model, nlp=self.nlp, **options)

    def _tables(self, articles: list[Article]) -> Tables:
        readable = [a for a in articles if a.error is None]
        result = process_articles(self.nlp, readable) if readable else None
        per_article: list[Records] = []
        for article in sorted(articles, key=lambda a: a.article_id):
            if result is not None and article.article_id in result.errors:
                article.error = result.errors[article.article_id]
            if article.error or result is None:
                per_article.append(error_records(article))
            else:
                per_article.append(result.records[article.article_id])
        return tables_from_records(per_article)


def published_by_id(published: object, ids: list[str]) -> dict[str, str]:
    """`published=` as a date per text id: one string for all, or a mapping from id to
    date whose every key is one of the ids. Anything else is refused."""
    if published is None:
        return {}
    if isinstance(published, str):
        return dict.fromkeys(ids, published)
    if not isinstance(published, Mapping):
        raise TypeError(
            "published= takes a date string or a mapping from text id to date, "
            f"not {type(published).__name__}"
        )
    unknown = sorted(str(key) for key in published if str(key) not in set(ids))
    if unknown:
        raise ValueError(f"published= names ids that are not among the texts: {unknown[:5]}")
    bad = sorted(str(k) for k, v in published.items() if v is not None and not isinstance(v, str))
    if bad:
        raise TypeError(f"published= dates must be strings; not for ids {bad[:5]}")
    return {str(key): value for key, value in published.items() if value}


def tables_from_records(per_article: Iterable[Records]) -> Tables:
    """DataFrames with explicit dtypes from per-article records (in final order)."""
    rows: dict[str, list[dict]] = {table: [] for table in ALL_TABLES}
    derived = DerivedCounter()
    for records in per_article:
        for table, table_rows in records.items():
            rows[table].extend(flatten_row(table, row) for row in table_rows)
        derived.add(records)
    rows.update(derived.rows())
    frames = {
        table: pa.Table.from_pylist(rows[table], schema=arrow_schema(table)).to_pandas(
            types_mapper=_NULLABLE_DTYPES.get
        )
        for table in ALL_TABLES
    }
    return Tables(**frames)


def read_tables(out: str | Path) -> Tables:
    """Load the tables of a finished run from its folder (Parquet if written, else CSV)."""
    out = Path(out)
    frames = {}
    for table in ALL_TABLES:
        parquet = out / f"{table}.parquet"
        frames[table] = (
            pd.read_parquet(parquet) if parquet.is_file() else pd.read_csv(out / f"{table}.csv")
        )
    return Tables(**frames)
