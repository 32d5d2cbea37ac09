"""The events table: one row per source -> recipient event, with PLOVER's field names, made
from the final claim rows (which carry `claim_id` and `article_id`).

Wiring (for the record writer): call `resolve_parents(rows)` on one article's claim rows after
ids are assigned, then `event_rows(rows, actor_rows)` to get that article's `events` rows.
"""

from __future__ import annotations

from typing import Any

from pipeline.events.lexicon import load_event_lexicon
from pipeline.io.relations import claim_pairs as dyads

# PLOVER's numeric quad codes
QUAD_CODES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
EVENT_FIELDS = (
    "event_id",
    "article_id",
    "claim_id",
    "event_date",
    "event_type",
    "event_mode",
    "quad_class",
    "quad_code",
    "contexts",
    "actor_name",
    "actor_text",
    "actor_id",
    "actor_country",
    "actor_sector",
    "recipient_name",
    "recipient_text",
    "recipient_id",
    "recipient_country",
    "recipient_sector",
    "event_text",
    "event_start",
    "event_end",
    "reciprocal",
    "rule_id",
    "confidence",
)


def _span_key(part: dict[str, Any]) -> tuple[int, int]:
    return (part["start"], part["end"])


def resolve_parents(claim_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One article's claim rows with `parent_claim_id` set from each nested claim's `parent`
    reference (the parent's cue and content spans), which is then dropped."""
    by_spans = {(_span_key(r["cue"]), _span_key(r["content"])): r["claim_id"] for r in claim_rows}
    out = []
    for row in claim_rows:
        row = dict(row)
        ref = row.pop("parent", None)
        key = (_span_key(ref["cue"]), _span_key(ref["content"])) if ref else None
        row["parent_claim_id"] = by_spans.get(key) if key else None
        out.append(row)
    return out


def event_rows(
    claim_rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Event rows of claims with an event category: one per source -> recipient pair (a
    compound source gives one per member; a reciprocal event is also coded the other way)."""
    sectors = {a["actor_id"]: a.get("role") for a in actor_rows or [] if a.get("actor_id")}
    rows: list[dict[str, Any]] = []
    for claim in claim_rows:
        event = claim.get("event") or {}
        if not event.get("category") or not claim.get("speaker") or event.get("reported"):
            continue  # a reported event is coded on its nested claims, by its own source
        for n, (source, recipient, mirrored) in enumerate(dyads(claim), start=1):
            row = _row(claim, event, source, recipient, sectors)
            row["event_id"] = f"{claim['claim_id']}/e{n}"
            row["reciprocal"] = bool(event.get("reciprocal") or mirrored)
            rows.append({name: row[name] for name in EVENT_FIELDS})
    return rows


def _exact_text(trigger: dict[str, Any], claim: dict[str, Any]) -> str | None:
    """The trigger's text as the article has it: cut from the claim's content or cue (whose
    text the record writer restores to the original), else as the parser saw it."""
    for part in (claim.get("content"), claim.get("cue")):
        if part and part["start"] <= trigger.get("start", -1) and trigger["end"] <= part["end"]:
            return part["text"][trigger["start"] - part["start"] : trigger["end"] - part["start"]]
    return trigger.get("text")


def _event_date(date: dict[str, Any]) -> str | None:
    """The claim's date; for a report nothing dates, the story's date it is bound by, as
    event data sets date an event by its story when the text gives no day."""
    return date.get("value") or date.get("not_after")


def _row(claim, event, source, recipient, sectors) -> dict[str, Any]:
    lex = load_event_lexicon()
    quad = event.get("quad") or lex.quads.get(event["category"])
    trigger = event.get("trigger") or claim.get("cue") or {}
    recipient = recipient or {}
    contexts = [c for c, on in (("negation", claim.get("negated")),) if on]
    if claim.get("modality") in ("future", "conditional"):
        contexts.append("future" if claim["modality"] == "future" else "hypothetical")
    return {
        "article_id": claim["article_id"],
        "claim_id": claim["claim_id"],
        "event_date": _event_date(claim.get("date") or {}),
        "event_type": event["category"],
        "event_mode": event.get("mode"),
        "quad_class": quad,
        "quad_code": QUAD_CODES.get(quad or ""),
        "contexts": contexts,
        "actor_name": source.get("name") or source.get("text"),
        "actor_text": source.get("text"),
        "actor_id": source.get("actor_id"),
        "actor_country": source.get("country"),
        "actor_sector": source.get("role") or sectors.get(source.get("actor_id")),
        "recipient_name": recipient.get("name") or recipient.get("text"),
        "recipient_text": recipient.get("text"),
        "recipient_id": recipient.get("actor_id"),
        "recipient_country": recipient.get("country"),
        "recipient_sector": recipient.get("role") or sectors.get(recipient.get("actor_id")),
        "event_text": _exact_text(trigger, claim),
        "event_start": trigger.get("start"),
        "event_end": trigger.get("end"),
        "rule_id": event.get("rule_id"),
        "confidence": claim.get("confidence"),
    }
