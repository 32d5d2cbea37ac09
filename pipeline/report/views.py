"""What the page embeds at corpus scale: aggregates, and only the claims a view shows.

The relations view gets every month of the busiest dyads, with the most confident
claims of each month; the actor profiles get counts only; the claims table gets the
most confident claims of the run. The reader's articles bring all their claims. Every
other claim stays in the tables (claims.parquet, claims.jsonl), and the page says so.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.io.relations import (
    NEUTRAL,
    QUADS,
    Dyad,
    RelationCounter,
    claim_quad,
)
from pipeline.report.build import ReportData

TABLE_CLAIMS = 2000  # the most confident claims of the run, for the claims table
MAX_DYADS = 500  # per dyad type, in the relations view's picker (all are in relations.csv)
LISTED_DYADS = 30  # per dyad type, the busiest, whose months list their claims
CLAIMS_PER_MONTH = 5  # listed when a month of one of those is clicked
MAX_PROFILES = 60
TOP_PARTNERS = 8
TOP_CATEGORIES = 8


@dataclass
class RelationsView:
    dyads: list[dict[str, Any]]  # busiest first, each with its months and counts
    claims: dict[int, list[list[int]]] = field(default_factory=dict)  # dyad -> month -> claims


def _confidence(claim: Mapping[str, Any]) -> float:
    return float(claim.get("confidence") or 0.0)


def most_confident(claims: list[dict[str, Any]], n: int) -> list[int]:
    """Indices of the `n` most confident claims (ties: the earlier claim)."""
    return heapq.nsmallest(n, range(len(claims)), key=lambda i: (-_confidence(claims[i]), i))


def relations_view(
    claims: list[dict[str, Any]],
    published: Mapping[str, str | None],
    max_dyads: int = MAX_DYADS,
    per_month: int = CLAIMS_PER_MONTH,
    listed_dyads: int = LISTED_DYADS,
) -> RelationsView:
    """The busiest `max_dyads` dyads of each type, month by month; for the busiest
    `listed_dyads` of each type, the indices of the `per_month` most confident claims of
    each of their months."""
    counter = RelationCounter()
    counted: list[tuple[int, str, list[Dyad]]] = []  # each claim's month and dyads
    for i, claim in enumerate(claims):
        found = counter.add(claim, published.get(claim.get("article_id")))
        if found is not None:
            counted.append((i, *found))
    rows = counter.rows()
    totals: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        totals[(row["dyad_type"], row["source_id"], row["target_id"])] += row["n_claims"]
    chosen: list[tuple[str, str, str]] = []
    listed: set[tuple[str, str, str]] = set()
    for dyad_type in ("state", "actor"):
        mine = sorted((k for k in totals if k[0] == dyad_type), key=lambda k: (-totals[k], k))
        chosen += mine[:max_dyads]
        listed.update(mine[: min(listed_dyads, max_dyads)])
    number = {key: n for n, key in enumerate(chosen)}
    dyads = [
        {"type": t, "source": "", "target": "", "n": totals[(t, s, g)], "months": [], "counts": []}
        for t, s, g in chosen
    ]
    for row in rows:  # already ordered by month within a dyad
        n = number.get((row["dyad_type"], row["source_id"], row["target_id"]))
        if n is None:
            continue
        dyads[n]["source"], dyads[n]["target"] = row["source_name"], row["target_name"]
        dyads[n]["months"].append(row["month"])
        dyads[n]["counts"].append([row[q] for q in (*QUADS, NEUTRAL)])
    with_claims = {key: n for key, n in number.items() if key in listed}
    return RelationsView(dyads, _month_claims(claims, counted, with_claims, dyads, per_month))


def _month_claims(
    claims: list[dict[str, Any]],
    counted: list[tuple[int, str, list[Dyad]]],
    number: dict[tuple[str, str, str], int],
    dyads: list[dict[str, Any]],
    per_month: int,
) -> dict[int, list[list[int]]]:
    found: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, month, pairs in counted:
        for dyad in pairs:
            n = number.get((dyad.dyad_type, dyad.source_id, dyad.target_id))
            if n is not None:
                found[(n, month)].append(i)

    def best(n: int, month: str) -> list[int]:
        return heapq.nsmallest(
            per_month, found.get((n, month), []), key=lambda i: (-_confidence(claims[i]), i)
        )

    return {n: [best(n, month) for month in dyads[n]["months"]] for n in sorted(number.values())}


# --- actor profiles -----------------------------------------------------------------------

_POLARITIES = ("positive", "negative", "neutral")


def _category(claim: Mapping[str, Any]) -> str:
    # PLOVER's event category when the run has one, else the stance category.
    event = (claim.get("event") or {}).get("category")
    return event or f"({(claim.get('stance') or {}).get('category') or 'none'})"


def actor_profiles(
    claims: Iterable[Mapping[str, Any]], max_profiles: int = MAX_PROFILES
) -> list[dict[str, Any]]:
    """For the most active actors (claims made plus claims about them): top partners
    either way, stance given and received, and their most frequent event categories."""
    names: dict[str, str] = {}
    given: dict[str, Counter[str]] = defaultdict(Counter)
    received: dict[str, Counter[str]] = defaultdict(Counter)
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    to: dict[str, Counter[str]] = defaultdict(Counter)
    by: dict[str, Counter[str]] = defaultdict(Counter)
    quads: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        pol = (claim.get("stance") or {}).get("polarity") or "neutral"
        speaker = (claim.get("speaker") or {}).get("actor_id")
        for actor in (claim.get("speaker") or {}, *(claim.get("targets") or [])):
            if actor.get("actor_id"):
                names.setdefault(actor["actor_id"], actor.get("name") or actor["actor_id"])
        if speaker:
            given[speaker][pol] += 1
            categories[speaker][_category(claim)] += 1
            quads[speaker][claim_quad(claim)[0]] += 1
        targets = {t.get("actor_id") for t in claim.get("targets") or []} - {None, ""}
        for target in targets:
            received[target][pol] += 1
            if speaker and target != speaker:
                to[speaker][target] += 1
                by[target][speaker] += 1
    activity = Counter({a: given[a].total() + received[a].total() for a in names})
    top = sorted(activity, key=lambda a: (-activity[a], names[a]))[:max_profiles]
    return [
        {
            "id": a,
            "name": names[a],
            "given": [given[a][p] for p in _POLARITIES],
            "received": [received[a][p] for p in _POLARITIES],
            "quads": [quads[a][q] for q in (*QUADS, NEUTRAL)],
            "to": _named(to[a], names, TOP_PARTNERS),
            "by": _named(by[a], names, TOP_PARTNERS),
            "categories": sorted(categories[a].items(), key=lambda kv: (-kv[1], kv[0]))[
                :TOP_CATEGORIES
            ],
        }
        for a in top
    ]


def _named(counts: Counter[str], names: dict[str, str], n: int) -> list[tuple[str, int]]:
    top = sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:n]
    return [(names[actor], count) for actor, count in top]


def embedded_claims(
    n_claims: int, table: Iterable[int], reader: Iterable[int], view: RelationsView
) -> list[int]:
    """The indices of the claims the page carries, in the run's order."""
    chosen = set(table) | set(reader)
    for months in view.claims.values():
        for month in months:
            chosen.update(month)
    return sorted(i for i in chosen if 0 <= i < n_claims)


def page_views(data: ReportData) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The claims the page carries, and the views' data (claims as page numbers)."""
    published = {a["article_id"]: a.get("published") for a in data.articles}
    view = relations_view(data.claims, published, MAX_DYADS, CLAIMS_PER_MONTH, LISTED_DYADS)
    position = {id(claim): i for i, claim in enumerate(data.claims)}
    reader = [position[id(c)] for item in data.reader for c in item.claims if id(c) in position]
    keep = embedded_claims(
        len(data.claims), most_confident(data.claims, TABLE_CLAIMS), reader, view
    )
    page_no = {i: n for n, i in enumerate(keep)}
    for n, dyad in enumerate(view.dyads):
        # Empty for a dyad past the busiest LISTED_DYADS: its months list no claims.
        dyad["claims"] = [[page_no[i] for i in month] for month in view.claims.get(n, [])]
    extra = {
        "relations": view.dyads,
        "quads": [*QUADS, NEUTRAL],
        "profiles": actor_profiles(data.claims),
        "n_claims_total": len(data.claims),
        "table_top": TABLE_CLAIMS,
        "claims_file": _claims_file(data),
    }
    return [data.claims[i] for i in keep], extra


def _claims_file(data: ReportData) -> str:
    for name in ("claims.parquet", "claims.jsonl", "claims.csv"):
        if (data.out_dir / name).is_file():
            return name
    return "claims.parquet"
