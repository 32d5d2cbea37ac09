"""The output tables: their names, flat columns and dtypes (output contract, schema_version 1).

JSONL rows keep the contract's nested shape. CSV, DataFrames and Parquet use the flat
columns below, where a nested field `speaker.name` becomes `speaker_name` and a list
becomes a "; "-joined string plus, for claim targets, a JSON column with the full list.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

# Tables written as JSONL (and CSV); dyads and relations are derived from claims and are
# CSV (and Parquet) only.
RECORD_TABLES = ("articles", "mentions", "actors", "dates", "claims", "events")
ALL_TABLES = (*RECORD_TABLES, "dyads", "relations")

_STR, _INT, _FLOAT, _BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()

COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [
        ("schema_version", _INT),
        ("article_id", _STR),
        ("title", _STR),
        ("published", _STR),
        ("source", _STR),
        ("url", _STR),
        ("path", _STR),
        ("text_sha256", _STR),
        ("n_chars", _INT),
        ("status", _STR),
        ("error", _STR),
        ("encoding", _STR),
        ("n_mentions", _INT),
        ("n_actors", _INT),
        ("n_dates", _INT),
        ("n_claims", _INT),
        ("warnings", _STR),
    ],
    "mentions": [
        ("schema_version", _INT),
        ("article_id", _STR),
        ("mention_id", _STR),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("label", _STR),
        ("actor_id", _STR),
        ("name", _STR),
        ("country", _STR),
        ("role", _STR),
        ("rule_id", _STR),
    ],
    "actors": [
        ("schema_version", _INT),
        ("article_id", _STR),
        ("actor_id", _STR),
        ("name", _STR),
        ("type", _STR),
        ("country", _STR),
        ("role", _STR),
        ("aliases", _STR),
        ("n_mentions", _INT),
        ("first_start", _INT),
        ("rule_id", _STR),
        ("country_from", _STR),
    ],
    "dates": [
        ("schema_version", _INT),
        ("article_id", _STR),
        ("date_id", _STR),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("type", _STR),
        ("value", _STR),
        ("mod", _STR),
        ("anchor", _STR),
        ("rule_id", _STR),
    ],
    "claims": [
        ("schema_version", _INT),
        ("article_id", _STR),
        ("claim_id", _STR),
        ("kind", _STR),
        ("speaker_text", _STR),
        ("speaker_start", _INT),
        ("speaker_end", _INT),
        ("speaker_actor_id", _STR),
        ("speaker_name", _STR),
        ("speaker_country", _STR),
        ("speaker_role", _STR),
        ("speaker_resolved_from", _STR),
        ("speaker_type", _STR),
        ("speaker_rule_id", _STR),
        ("speaker_confidence", _FLOAT),
        ("cue_text", _STR),
        ("cue_start", _INT),
        ("cue_end", _INT),
        ("cue_lemma", _STR),
        ("cue_category", _STR),
        ("content_text", _STR),
        ("content_start", _INT),
        ("content_end", _INT),
        ("target_names", _STR),
        ("target_actor_ids", _STR),
        ("targets_json", _STR),
        ("stance_polarity", _STR),
        ("stance_category", _STR),
        ("stance_score", _FLOAT),
        ("stance_rule_id", _STR),
        ("negated", _BOOL),
        ("modality", _STR),
        ("date_value", _STR),
        ("date_text", _STR),
        ("date_start", _INT),
        ("date_end", _INT),
        ("date_mod", _STR),
        ("date_basis", _STR),
        ("date_rule_id", _STR),
        ("date_not_after", _STR),
        ("date_content_date_value", _STR),
        ("date_content_date_text", _STR),
        ("sentence_start", _INT),
        ("sentence_end", _INT),
        ("confidence", _FLOAT),
        ("rule_id", _STR),
        ("event_category", _STR),
        ("event_quad", _STR),
        ("event_mode", _STR),
        ("parent_claim_id", _STR),
        ("turn_label", _STR),
        ("turn_name", _STR),
        ("turn_kind", _STR),
        ("turn_start", _INT),
        ("turn_end", _INT),
    ],
    # pipeline/events/table.py: one row per source -> recipient event, PLOVER's field names
    "events": [
        ("schema_version", _INT),
        ("event_id", _STR),
        ("article_id", _STR),
        ("claim_id", _STR),
        ("event_date", _STR),
        ("event_type", _STR),
        ("event_mode", _STR),
        ("quad_class", _STR),
        ("quad_code", _INT),
        ("contexts", _STR),
        ("actor_name", _STR),
        ("actor_text", _STR),
        ("actor_id", _STR),
        ("actor_country", _STR),
        ("actor_sector", _STR),
        ("recipient_name", _STR),
        ("recipient_text", _STR),
        ("recipient_id", _STR),
        ("recipient_country", _STR),
        ("recipient_sector", _STR),
        ("event_text", _STR),
        ("event_start", _INT),
        ("event_end", _INT),
        ("reciprocal", _BOOL),
        ("rule_id", _STR),
        ("confidence", _FLOAT),
    ],
    "dyads": [
        ("schema_version", _INT),
        ("speaker_actor_id", _STR),
        ("speaker_name", _STR),
        ("target_actor_id", _STR),
        ("target_name", _STR),
        ("n_claims", _INT),
        ("n_positive", _INT),
        ("n_negative", _INT),
        ("n_neutral", _INT),
        ("n_articles", _INT),
    ],
    # pipeline/io/relations.py: claims per dyad and month by PLOVER quad class
    "relations": [
        ("dyad_type", _STR),
        ("source_id", _STR),
        ("source_name", _STR),
        ("target_id", _STR),
        ("target_name", _STR),
        ("month", _STR),
        ("n_claims", _INT),
        ("verbal_cooperation", _INT),
        ("material_cooperation", _INT),
        ("verbal_conflict", _INT),
        ("material_conflict", _INT),
        ("neutral", _INT),
        ("net", _INT),
        ("n_event_basis", _INT),
        ("n_stance_basis", _INT),
        ("basis", _STR),
    ],
}


def column_names(table: str) -> list[str]:
    return list(_COLUMN_NAMES[table])


_COLUMN_NAMES = {table: tuple(name for name, _ in columns) for table, columns in COLUMNS.items()}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(name, dtype, nullable=True) for name, dtype in COLUMNS[table]])


def flatten_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """One JSONL row as the flat row of the table's CSV/Parquet columns."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if key == "targets":
            flat["target_names"] = "; ".join(t.get("name") or t.get("text") or "" for t in value)
            flat["target_actor_ids"] = "; ".join(t.get("actor_id") or "" for t in value)
            flat["targets_json"] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, dict):
            for sub_key, sub_value in value.items():
                if isinstance(sub_value, dict):  # date.content_date -> date_content_date_value
                    for leaf, leaf_value in sub_value.items():
                        flat[f"{key}_{sub_key}_{leaf}"] = leaf_value
                else:
                    flat[f"{key}_{sub_key}"] = sub_value
        elif isinstance(value, list):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return {name: flat.get(name) for name in _COLUMN_NAMES[table]}
