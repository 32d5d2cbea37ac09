"""Every output file of a real run over the seed article follows the output contract."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pycountry
import pytest
from conftest import CORPUS, ROOT, SHARED, read_jsonl

from pipeline.io.schema import COLUMNS, column_names

# The fields that the output contract (schema_version 1) names for each table.
CONTRACT_FIELDS = {
    "articles": [
        "article_id", "title", "published", "source", "url", "path",
        "text_sha256", "n_chars", "status", "error",
    ],
    "mentions": [
        "article_id", "mention_id", "text", "start", "end", "label",
        "actor_id", "name", "country", "role",
    ],
    "actors": [
        "article_id", "actor_id", "name", "type", "country", "role", "aliases", "n_mentions",
    ],
    "dates": [
        "article_id", "date_id", "text", "start", "end", "type", "value", "mod", "anchor",
    ],
    "claims": [
        "article_id", "claim_id", "kind", "speaker", "cue", "content", "targets", "stance",
        "negated", "modality", "date", "sentence", "confidence", "rule_id",
        "event", "parent_claim_id",
    ],
    "events": [
        "article_id", "claim_id", "event_type", "event_mode", "quad_class", "actor_name",
        "actor_country", "actor_sector", "recipient_name", "recipient_country",
        "recipient_sector", "event_date", "event_text",
    ],
}  # fmt: skip
CLAIM_PARTS = {
    "speaker": {"text", "start", "end", "actor_id", "name", "country", "role", "resolved_from"},
    "cue": {"text", "start", "end", "lemma", "category"},
    "content": {"text", "start", "end"},
    "stance": {"polarity", "category", "score"},
    "date": {"value", "text", "start", "end", "basis"},
    "sentence": {"start", "end"},
}
TARGET_KEYS = {"text", "start", "end", "actor_id", "name", "country"}
ROLES = {"GOV", "MIL", "LEG", "JUD", "PTY", "IGO", "MED", "BUS", "NGO", "EDU", "CVL", "OPP"}
FILES = [f"{t}.{ext}" for t in CONTRACT_FIELDS for ext in ("jsonl", "csv")]
FILES += ["dyads.csv", "relations.csv"]


def _is_country(code: str | None) -> bool:
    return code is None or code == "IGO" or pycountry.countries.get(alpha_3=code) is not None


@pytest.fixture(scope="module")
def tables(seed_run):
    out, _ = seed_run
    return {table: read_jsonl(out / f"{table}.jsonl") for table in CONTRACT_FIELDS}


@pytest.fixture(scope="module")
def text(tables):
    (article,) = tables["articles"]
    return Path(article["path"]).read_text(encoding="utf-8")


def test_all_fourteen_files_are_written(seed_run):
    out, _ = seed_run
    assert len(FILES) == 14
    for name in FILES:
        assert (out / name).is_file(), name


@pytest.mark.parametrize("table", list(CONTRACT_FIELDS))
def test_rows_carry_schema_version_and_contract_fields(tables, table):
    rows = tables[table]
    assert rows, f"{table} is empty for the seed article"
    for row in rows:
        assert row["schema_version"] == 1
        missing = [f for f in CONTRACT_FIELDS[table] if f not in row]
        assert not missing, f"{table} row lacks {missing}"


def test_article_row(tables, text):
    (article,) = tables["articles"]
    assert article["status"] == "ok" and article["error"] is None
    assert article["article_id"] == "japan-russia-relations"
    assert article["published"] == "2024-10-04"
    assert article["n_chars"] == len(text)
    assert re.fullmatch(r"[0-9a-f]{64}", article["text_sha256"])


@pytest.mark.parametrize("table", ["mentions", "dates"])
def test_span_tables_have_exact_offsets_ids_and_rules(tables, text, table):
    rows = tables[table]
    id_field = "mention_id" if table == "mentions" else "date_id"
    assert len({r[id_field] for r in rows}) == len(rows)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["rule_id"]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)


def test_mentions_and_actors_use_contract_codes(tables):
    for row in tables["mentions"] + tables["actors"]:
        assert _is_country(row["country"]), row
        assert row["role"] is None or row["role"] in ROLES, row
    for row in tables["mentions"]:
        assert row["label"] in {"PERSON", "ORG", "GPE", "NORP"}
    actor_ids = {r["actor_id"] for r in tables["actors"]}
    assert {r["actor_id"] for r in tables["mentions"]} == actor_ids
    for actor in tables["actors"]:
        assert isinstance(actor["aliases"], list) and actor["aliases"]
        n = sum(1 for m in tables["mentions"] if m["actor_id"] == actor["actor_id"])
        assert actor["n_mentions"] == n


def test_dates_use_timex_types(tables):
    for row in tables["dates"]:
        assert row["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert isinstance(row["value"], str) and row["value"]
        assert row["mod"] in {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER",
                              "ON_OR_AFTER"}  # fmt: skip


def test_claim_rows(tables, text):
    claims = tables["claims"]
    assert [c["claim_id"] for c in claims] == [
        f"japan-russia-relations#{n}" for n in range(1, len(claims) + 1)
    ]
    for claim in claims:
        assert claim["kind"] in {"direct", "indirect", "mixed", "stance"}
        for part, keys in CLAIM_PARTS.items():
            value = claim[part]
            if part in ("speaker", "date") and value is None:
                continue
            assert keys <= set(value), (part, value)
        for part in ("speaker", "cue", "content", "date"):
            span = claim[part]
            if span and span.get("start") is not None:
                assert text[span["start"] : span["end"]] == span["text"], (part, claim)
        assert claim["content"]["text"]
        for target in claim["targets"]:
            assert set(target) >= TARGET_KEYS
            assert text[target["start"] : target["end"]] == target["text"]
        assert claim["stance"]["polarity"] in {"positive", "negative", "neutral"}
        assert isinstance(claim["negated"], bool)
        assert claim["modality"] in {"asserted", "hedged", "conditional", "future"}
        if claim["date"] and claim["date"]["value"] is not None:
            assert claim["date"]["basis"] in {"explicit", "sentence", "context", "published"}
        elif claim["date"]:  # undated, with a content date or the rule that left it so
            assert claim["date"]["basis"] is None
            assert claim["date"]["content_date"] or claim["date"]["rule_id"]
        assert 0.0 <= claim["confidence"] <= 1.0
        assert claim["rule_id"]


def test_csv_mirrors_jsonl(seed_run, tables):
    out, _ = seed_run
    for table, rows in tables.items():
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == column_names(table)
            csv_rows = list(reader)
        assert len(csv_rows) == len(rows)
    with open(out / "claims.csv", encoding="utf-8", newline="") as handle:
        claims_csv = list(csv.DictReader(handle))
    for flat, nested in zip(claims_csv, tables["claims"], strict=True):
        assert flat["content_text"] == nested["content"]["text"]
        assert flat["stance_polarity"] == nested["stance"]["polarity"]


def test_dyads_count_claims_between_actors(seed_run, tables):
    out, _ = seed_run
    with open(out / "dyads.csv", encoding="utf-8") as handle:
        dyads = list(csv.DictReader(handle))
    assert list(dyads[0]) == column_names("dyads") if dyads else True
    said = Counter(
        (s["actor_id"], t["actor_id"])
        for c in tables["claims"]
        if c["speaker"] and c["speaker"]["actor_id"]
        for s in c["speaker"].get("members") or [c["speaker"]]
        for t in c["targets"]
        if t["actor_id"]
    )
    for d in dyads:
        pair = (d["speaker_actor_id"], d["target_actor_id"])
        assert pair[0] != pair[1]  # no self-dyads
        assert 0 < int(d["n_claims"]) <= said[pair]  # counted only from claims that say it
        parts = int(d["n_positive"]) + int(d["n_negative"]) + int(d["n_neutral"])
        assert parts == int(d["n_claims"])


def test_parquet_has_explicit_dtypes(seed_run, tables):
    out, _ = seed_run
    for table in [*CONTRACT_FIELDS, "dyads"]:
        parquet = pq.read_table(out / f"{table}.parquet")
        assert [(f.name, f.type) for f in parquet.schema] == COLUMNS[table]
        if table in tables:
            assert parquet.num_rows == len(tables[table])


def test_whole_corpus_run_lists_every_article(corpus_run):
    out, summary = corpus_run
    n_files = len(list(CORPUS.rglob("*.txt")))
    articles = read_jsonl(out / "articles.jsonl")
    assert len(articles) == n_files == summary.n_articles
    assert all(a["status"] == "ok" for a in articles), [a["error"] for a in articles]
    assert [a["article_id"] for a in articles] == sorted(a["article_id"] for a in articles)
    for name in FILES:
        assert (out / name).is_file()


@pytest.mark.skipif(
    not (SHARED / "docs" / "output-contract.md").is_file(),
    reason="../shared/docs/output-contract.md is not beside this checkout",
)
def test_contract_document_names_no_field_we_lack():
    """Guards CONTRACT_FIELDS above against drifting from the contract document."""
    doc = (SHARED / "docs" / "output-contract.md").read_text(encoding="utf-8")
    for table in ("articles", "mentions", "actors", "dates"):
        line = next(ln for ln in doc.splitlines() if ln.startswith(f"| `{table}.jsonl`"))
        field_list = line.split("|")[3].split(":", 1)[1].replace("`", "")
        named = [re.match(r"\s*(\w+)", part).group(1) for part in field_list.split(",")]
        assert len(named) >= 8
        assert set(named) <= set(CONTRACT_FIELDS[table]), (table, named)


DATA_DICTIONARY = ROOT / "docs" / "output-contract.md"


def test_the_data_dictionary_describes_every_column_and_field(tables):
    """docs/output-contract.md is kept up to date: every CSV/Parquet column and every JSONL
    field (nested ones too) that a run writes is described there."""
    doc = DATA_DICTIONARY.read_text(encoding="utf-8")
    named = set(re.findall(r"`([^`]+)`", doc))
    for table in COLUMNS:
        missing = [c for c in column_names(table) if c not in named]
        assert not missing, (table, missing)
    for table, rows in tables.items():
        for row in rows:
            for key, value in row.items():
                assert key in named, (table, key)
                parts = value if isinstance(value, dict) else {}
                for sub in parts:
                    assert f"{key}.{sub}" in named or f".{sub}" in named, (table, key, sub)


def test_the_readme_links_the_data_dictionary():
    readme = (DATA_DICTIONARY.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "docs/output-contract.md" in readme
