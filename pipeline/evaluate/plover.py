"""Score claims against PLOVER gold-standard event records (one coded dyad per sentence).

Layout of a PLOVER folder: `docs/<id>.txt` (+ `docs/manifest.jsonl`) and
`gold/<id>.gold.json` with `actors` (mentions with exact offsets, ISO-3 `country`) and
`claims` (the coded event: `speaker_spans`, `target_spans`, `plover_event`, `quad`,
`polarity`, `reciprocal`).

Only one event per sentence is coded, so recall is what counts:
- a gold dyad is **found** when one claim (of any kind, nested ones included) has a speaker
  that names the gold source and a target that names the gold target. A part "names" a gold
  span when its span overlaps it, or when its resolved actor has a mention that overlaps it
  (a pronoun resolved to the right actor counts). A record coded with a source and no target
  ("X promised reforms") is found by a claim whose speaker names the source and that codes
  an event of any category. A reciprocal claim (`event.reciprocal`: "X met Y", "X and Y
  agreed") codes both directions, as the events table does;
- among the found dyads, the **category** is right when the claim's `event.category` is the
  gold `plover_event`, and the **polarity** when `stance.polarity` is the gold polarity (gold
  INVESTIGATE has no polarity and is left out);
- a coded **actor** is found when a mention overlaps one of its gold mentions, and its
  **country** is right when that mention's country is the gold one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import Accuracy, accuracy_cell, markdown_table

GoldSpan = dict[str, Any]


@dataclass
class PloverReport:
    n_docs: int = 0
    dyads: Accuracy = field(default_factory=Accuracy)  # found / gold dyads
    category: Accuracy = field(default_factory=Accuracy)  # among found
    polarity: Accuracy = field(default_factory=Accuracy)  # among found, gold polarity set
    actors: Accuracy = field(default_factory=Accuracy)  # found / coded actors
    country: Accuracy = field(default_factory=Accuracy)  # among found actors
    by_category: dict[str, Accuracy] = field(default_factory=dict)  # dyads found by category
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def acc(a: Accuracy) -> dict[str, Any]:
            return a.to_dict()

        return {
            "n_docs": self.n_docs,
            "dyads_found": acc(self.dyads),
            "category": acc(self.category),
            "polarity": acc(self.polarity),
            "actors_found": acc(self.actors),
            "country": acc(self.country),
            "dyads_found_by_category": {k: acc(v) for k, v in sorted(self.by_category.items())},
            "misses": self.misses,
        }


def load_plover_gold(plover_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold records by document id."""
    gold_dir = plover_dir / "gold"
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"{plover_dir}: no gold/ folder (is this a PLOVER folder?)")
    return {
        path.name.removesuffix(".gold.json"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(gold_dir.glob("*.gold.json"))
    }


def score_plover_records(
    gold: dict[str, dict[str, Any]], records: dict[str, dict[str, list[dict[str, Any]]]]
) -> PloverReport:
    """Score each document's extracted records (claims, mentions) against its gold."""
    report = PloverReport()
    for doc_id, record in sorted(gold.items()):
        found = records.get(doc_id) or {"claims": [], "mentions": []}
        report.n_docs += 1
        _score_dyads(doc_id, record, found, report)
        _score_actors(record, found["mentions"], report)
    return report


def _score_dyads(doc_id: str, gold: dict, found: dict, report: PloverReport) -> None:
    actor_spans = _actor_spans(found["mentions"])
    for event in gold.get("claims", []):
        category = event.get("plover_event")
        by_category = report.by_category.setdefault(category or "null", Accuracy())
        matches = [
            claim
            for claim in found["claims"]
            if _codes(claim, event["speaker_spans"], event["target_spans"], actor_spans)
            or (
                (claim.get("event") or {}).get("reciprocal")
                and _codes(claim, event["target_spans"], event["speaker_spans"], actor_spans)
            )
        ]
        report.dyads.add(bool(matches))
        by_category.add(bool(matches))
        if not matches:
            report.misses.append({"doc": doc_id, "event": category})
            continue
        best = max(matches, key=lambda c: _event_category(c) == category)
        report.category.add(_event_category(best) == category)
        if event.get("polarity") is not None:
            report.polarity.add(best["stance"]["polarity"] == event["polarity"])


def _codes(
    claim: dict[str, Any], sources: list[GoldSpan], targets: list[GoldSpan], spans: dict
) -> bool:
    """Does the claim code the dyad: its speaker names a source, a target a target?"""
    return _names(claim.get("speaker"), sources, spans) and _aimed(claim, targets, spans)


def _aimed(claim: dict[str, Any], gold_targets: list[GoldSpan], actor_spans: dict) -> bool:
    """Is the claim aimed where the gold event is: a target names a gold target, or, for an
    event coded without a target ("X promised reforms"), the claim codes an event at all."""
    if not gold_targets:
        return _event_category(claim) is not None
    return any(_names(t, gold_targets, actor_spans) for t in claim["targets"])


def _event_category(claim: dict[str, Any]) -> str | None:
    return (claim.get("event") or {}).get("category")


def _actor_spans(mentions: list[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        if mention.get("actor_id"):
            spans.setdefault(mention["actor_id"], []).append((mention["start"], mention["end"]))
    return spans


def _names(part: dict | None, gold_spans: list[GoldSpan], actor_spans: dict) -> bool:
    """Does a claim's speaker or target name one of the gold spans?"""
    if not part or part.get("start") is None:
        return False
    spans = [(part["start"], part["end"]), *actor_spans.get(part.get("actor_id") or "", [])]
    return any(_overlap(span, (g["start"], g["end"])) for span in spans for g in gold_spans)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_actors(gold: dict, mentions: list[dict[str, Any]], report: PloverReport) -> None:
    for actor in gold.get("actors", []):
        hits = [
            m
            for m in mentions
            for g in actor.get("mentions", [])
            if _overlap((m["start"], m["end"]), (g["start"], g["end"]))
        ]
        report.actors.add(bool(hits))
        if hits:
            report.country.add(any(m.get("country") == actor.get("country") for m in hits))


def format_plover_report(report: PloverReport) -> str:
    """Markdown tables: the headline scores, then dyads found by event category."""
    head = markdown_table(
        ["docs", "dyads found", "category", "polarity", "actors found", "country"],
        [
            [
                str(report.n_docs),
                *(
                    accuracy_cell(a, percent=True)
                    for a in (report.dyads, report.category, report.polarity)
                ),
                accuracy_cell(report.actors, percent=True),
                accuracy_cell(report.country, percent=True),
            ]
        ],
    )
    rows = [
        [category, accuracy_cell(acc, percent=True)]
        for category, acc in sorted(report.by_category.items())
    ]
    return head + "\n\n" + markdown_table(["event category", "dyads found"], rows)


def score_plover(plover_dir: Path, nlp: Any) -> PloverReport:
    """Run the pipeline over a PLOVER folder's docs/ and score its records."""
    from pipeline.engines.shard import process_articles
    from pipeline.io.readers import read_articles

    gold = load_plover_gold(plover_dir)
    articles = [a for a in read_articles([plover_dir / "docs"]) if a.article_id in gold]
    result = process_articles(nlp, articles)
    return score_plover_records(gold, result.records)
