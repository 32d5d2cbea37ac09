"""Turn a processed Doc into plain table rows, straight away, so no Doc is kept."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline import SCHEMA_VERSION
from pipeline.events.table import event_rows, resolve_parents
from pipeline.io.readers import Article
from pipeline.io.schema import RECORD_TABLES
from pipeline.structure.layout import item_mark_width, layout_data

log = logging.getLogger(__name__)

Records = dict[str, list[dict[str, Any]]]


def article_row(article: Article, counts: dict[str, int] | None = None) -> dict[str, Any]:
    """The `articles` row; status is "error" when the article has an error."""
    counts = counts or {}
    return {
        "schema_version": SCHEMA_VERSION,
        "article_id": article.article_id,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "path": article.path,
        "text_sha256": article.text_sha256,
        "n_chars": article.n_chars,
        "status": "error" if article.error else "ok",
        "error": article.error,
        "encoding": article.encoding,
        **{f"n_{table}": counts.get(table) for table in ("mentions", "actors", "dates", "claims")},
        "warnings": list(article.warnings),
    }


def error_records(article: Article) -> Records:
    records: Records = {table: [] for table in RECORD_TABLES}
    records["articles"] = [article_row(article)]
    return records


def doc_items(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    """What the components left on a Doc, as plain lists."""
    return {
        "mentions": list(doc._.actor_mentions or []),
        "actors": list(doc._.actors or []),
        "dates": list(doc._.dates or []),
        "claims": list(doc._.claims or []),
    }


def items_records(text: str, items: dict[str, list[dict[str, Any]]], article: Article) -> Records:
    """All rows for one article, with ids and in offset order: its `articles` row and its
    mentions, actors, dates and claims, from its text and extracted items."""
    aid = article.article_id
    head = {"schema_version": SCHEMA_VERSION, "article_id": aid}

    mentions = _exact(text, items["mentions"], "mention")
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    mention_rows = [
        {**head, "mention_id": f"{aid}#m{n}", **m} for n, m in enumerate(mentions, start=1)
    ]

    actors = sorted(items["actors"], key=lambda a: (a.get("first_start", 0), a["actor_id"]))
    actor_rows = [{**head, **a} for a in actors]

    dates = _exact(text, items["dates"], "date")
    dates.sort(key=lambda d: (d["start"], d["end"]))
    date_rows = [{**head, "date_id": f"{aid}#d{n}", **d} for n, d in enumerate(dates, start=1)]

    claims = [c for c in items["claims"] if _claim_is_exact(text, c)]
    claims.sort(key=lambda c: (c["content"]["start"], c["cue"]["start"], c["content"]["end"]))
    claim_rows = [{**head, "claim_id": f"{aid}#{n}", **c} for n, c in enumerate(claims, start=1)]
    claim_rows = resolve_parents(claim_rows)  # nested events point to their claim's id
    one_name_per_actor(claim_rows, actor_rows)
    actor_rows.extend({**head, **row} for row in speaker_only_actors(claim_rows, actor_rows))
    actor_rows.sort(key=lambda a: (a.get("first_start") or 0, a["actor_id"]))
    event_records = [{**head, **row} for row in event_rows(claim_rows, actor_rows)]

    records: Records = {
        "mentions": mention_rows,
        "actors": actor_rows,
        "dates": date_rows,
        "claims": claim_rows,
        "events": event_records,
    }
    counts = {table: len(rows) for table, rows in records.items()}
    records["articles"] = [article_row(article, counts)]
    return records


SPEAKER_ONLY_TYPES = {"person:": ("PERSON", "person"), "org:": ("ORG", "organisation")}


def speaker_only_actors(
    claim_rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Actor rows for the speakers no mention names, whom the speaker stage found by their
    apposition or a name on a document ("Argentina's Secretary of Mining, Martín
    Echeverría, said", "a Cadem survey found"): every speaker's actor is in the actors
    table. They have no mention (n_mentions 0); their speaker rows get their type too."""
    known = {a["actor_id"] for a in actor_rows}
    added: dict[str, dict[str, Any]] = {}
    for claim in claim_rows:
        speaker = claim.get("speaker") or {}
        actor_id = speaker.get("actor_id") or ""
        kind = next((v for k, v in SPEAKER_ONLY_TYPES.items() if actor_id.startswith(k)), None)
        if kind is None or actor_id in known:
            continue
        speaker["type"] = speaker.get("type") or kind[1]
        if actor_id not in added:
            added[actor_id] = {
                "actor_id": actor_id, "name": speaker.get("name"), "type": kind[0],
                "country": speaker.get("country"), "role": speaker.get("role"),
                "aliases": [speaker.get("name")], "n_mentions": 0,
                "first_start": speaker.get("start"), "rule_id": speaker.get("rule_id"),
                "country_from": "speaker",
            }  # fmt: skip
    return list(added.values())


def one_name_per_actor(claim_rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> None:
    """An actor has one name in an article, its `actors` row's: a speaker, member or target
    resolved to it later ("the ministry" -> "Uganda's foreign ministry") takes that name."""
    names = {a["actor_id"]: a["name"] for a in actor_rows if a.get("actor_id") and a.get("name")}
    for claim in claim_rows:
        speaker = claim.get("speaker") or {}
        for part in [speaker, *(speaker.get("members") or []), *(claim.get("targets") or [])]:
            name = names.get(part.get("actor_id"))
            if name is not None:
                part["name"] = name


def shift_offsets(value: Any, offset: int) -> Any:
    """A copy of extracted items with every character offset moved by `offset` (chunks)."""
    if isinstance(value, list):
        return [shift_offsets(v, offset) for v in value]
    if isinstance(value, dict):
        return {
            k: v + offset
            if k in ("start", "end", "first_start") and isinstance(v, int)
            else shift_offsets(v, offset)
            for k, v in value.items()
        }
    return value


def merge_chunk_items(chunks: list[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict]]:
    """One article's items from its chunks' (already shifted) items; actors are merged by id."""
    merged: dict[str, list[dict[str, Any]]] = {k: [] for k in ("mentions", "dates", "claims")}
    actors: dict[str, dict[str, Any]] = {}
    for items in chunks:
        for key in merged:
            merged[key].extend(items[key])
        for actor in items["actors"]:
            if actor["actor_id"] not in actors:
                actors[actor["actor_id"]] = dict(actor)
                continue
            known = actors[actor["actor_id"]]
            known["n_mentions"] += actor["n_mentions"]
            known["aliases"] = sorted(set(known["aliases"]) | set(actor["aliases"]))
    return {**merged, "actors": list(actors.values())}


def _exact(text: str, items: list[dict[str, Any]], what: str) -> list[dict[str, Any]]:
    """Keep items whose offsets hold (`text[start:end] == item text`); log any that do not.
    The parser saw soft line breaks as spaces, so an item's text is taken back from the
    original where only those differ."""
    kept = []
    for item in items:
        item = dict(item)
        if _restore_span_text(text, item):
            kept.append(item)
        else:
            log.warning("dropped %s with inexact offsets: %r", what, item)
    return kept


def _restore_span_text(text: str, span: dict[str, Any]) -> bool:
    """Does the span's text match the original at its offsets, layout aside? If so, the
    span now holds the original's characters."""
    original = text[span["start"] : span["end"]]
    parsed = span.get("text") or ""
    if original == parsed:
        return True
    if len(original) != len(parsed):
        return False
    if not all(map(_same_to_parser, original, parsed)) and not _hides_item_marks(
        text, span["start"], parsed
    ):
        return False
    span["text"] = original
    return True


def _same_to_parser(original: str, parsed: str) -> bool:
    """The parser saw line breaks, and the symbols that mark bullets, as spaces, and a lone
    carriage return as a line feed."""
    if original == parsed:
        return True
    return (parsed == " " and original in _hidden_from_parser()) or (parsed, original) == (
        "\n",
        "\r",
    )


def _hides_item_marks(text: str, start: int, parsed: str) -> bool:
    """Does every character where `parsed` (a span's text as the parser saw it, from
    `start`) differs from the original either differ as `_same_to_parser` allows or lie in
    the number or letter mark of a list item ("2.", "(b)"), which the parser saw as spaces?"""
    for k, seen in enumerate(parsed):
        char = text[start + k]
        if _same_to_parser(char, seen):
            continue
        if seen != " " or not _in_item_mark(text, start + k):
            return False
    return True


def _in_item_mark(text: str, at: int) -> bool:
    """Is char `at` part of a list item's mark at the start of its line (after any indent
    or a mail's quote marks)?"""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    line = text[line_start : line_start + 200]
    prefix = layout_data()["quote_prefix"].match(line)
    skip = prefix.end() if prefix else 0
    skip += len(line[skip:]) - len(line[skip:].lstrip())
    return skip <= at - line_start < skip + item_mark_width(line[skip:])


@lru_cache(maxsize=1)
def _hidden_from_parser() -> frozenset[str]:
    return frozenset("\r\n>" + layout_data()["bullet_marks"])  # ">": a mail's quote marks


def _claim_is_exact(text: str, claim: dict[str, Any]) -> bool:
    spans = [claim.get("speaker"), claim.get("cue"), claim.get("content"), claim.get("date")]
    spans += claim.get("targets") or []
    for span in spans:
        if not span or span.get("start") is None:
            continue
        if not _restore_span_text(text, span):
            log.warning("dropped claim with inexact offsets: %r", claim)
            return False
    return True
