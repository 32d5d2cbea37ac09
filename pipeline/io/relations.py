"""Relations over time: claims per dyad and month, by PLOVER quad class.

A pure aggregation from claim rows to relation rows (the rows of `relations.csv`, and the
data of the report's relations view). Two kinds of dyad:

- `actor`: speaker actor -> each target actor of the claim;
- `state`: the speaker's country -> each target's country (ISO alpha-3), so that a
  state's officials and bodies count for the state. `IGO` is no state and is skipped.

A claim counts once per dyad, however often it names the target, and never for a dyad
of an actor (or state) with itself. Its quad class is `event.quad` when the claim has
one; otherwise it falls back to the stance polarity (positive -> verbal cooperation,
negative -> verbal conflict, neutral -> neutral), since a stance says nothing of
material acts. Each row says how many of its claims were counted on which basis.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.actors.gazetteer import country_entry

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
COOPERATION = ("verbal_cooperation", "material_cooperation")
CONFLICT = ("verbal_conflict", "material_conflict")
NEUTRAL = "neutral"
# The fallback when a claim has no event quad: what its stance polarity stands for.
STANCE_QUAD = {"positive": "verbal_cooperation", "negative": "verbal_conflict"}
NOT_A_STATE = {"IGO"}

COLUMNS = (
    "dyad_type",
    "source_id",
    "source_name",
    "target_id",
    "target_name",
    "month",
    "n_claims",
    *QUADS,
    NEUTRAL,
    "net",
    "n_event_basis",
    "n_stance_basis",
    "basis",
)

# A TIMEX3 value that names a month: 2024-09, 2024-09-23, 2024-09-23T10:00.
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(?:$|-)")


@dataclass(frozen=True, order=True)
class Dyad:
    dyad_type: str  # "actor" or "state"
    source_id: str
    target_id: str


def claim_month(claim: Mapping[str, Any], published: str | None = None) -> str | None:
    """YYYY-MM of the claim's date when that names a month, else of `published` (the
    article's date), else None: the claim is undated."""
    for value in ((claim.get("date") or {}).get("value"), published):
        if value and (m := _MONTH.match(str(value))):
            return f"{m[1]}-{m[2]}"
    return None


def claim_quad(claim: Mapping[str, Any]) -> tuple[str, str]:
    """The claim's quad class (one of QUADS, or "neutral") and its basis ("event" or
    "stance")."""
    quad = (claim.get("event") or {}).get("quad")
    if quad in QUADS:
        return quad, "event"
    polarity = (claim.get("stance") or {}).get("polarity")
    return STANCE_QUAD.get(polarity, NEUTRAL), "stance"


def claim_pairs(claim: Mapping[str, Any]) -> list[tuple[dict, dict | None, bool]]:
    """(source, recipient, mirrored) triples of one claim, without self-dyads: each member
    of a joint speaker ("X and Y condemned Z") toward each target but the other members,
    unless the event goes both ways ("X and Y agreed"); a reciprocal event is also given
    the other way round (mirrored). A claim without a target gives (source, None, False)."""
    speaker = claim.get("speaker")
    if not speaker:
        return []
    members = speaker.get("members") or []
    reciprocal = bool((claim.get("event") or {}).get("reciprocal"))
    partners = set() if reciprocal else {pair_key(m) for m in members}
    said: list[tuple[dict, dict | None]] = []
    for source in members or [speaker]:
        # a member's own state is no recipient, as it is none of a single speaker's
        own = f"gpe:{source['country']}" if members and source.get("country") else None
        recipients = [
            t
            for t in claim.get("targets") or []
            if pair_key(t) not in (pair_key(source), own) and pair_key(t) not in partners
        ]
        said += [(source, recipient) for recipient in recipients or [None]]
    mirrored = [(b, a) for a, b in said if reciprocal and b is not None]
    pairs: list[tuple[dict, dict | None, bool]] = []
    seen: set[tuple[str, str]] = set()
    for (a, b), is_mirror in [*((p, False) for p in said), *((p, True) for p in mirrored)]:
        key = (pair_key(a), pair_key(b) if b else "")
        if key not in seen:  # a pair said outright is not also given as a mirror
            seen.add(key)
            pairs.append((a, b, is_mirror))
    return pairs


def pair_key(part: Mapping[str, Any]) -> str:
    return part.get("actor_id") or (part.get("name") or part.get("text") or "").lower()


def claim_dyads(claim: Mapping[str, Any]) -> list[Dyad]:
    """The dyads a claim counts for: its actor pairs, then its state pairs (as said, not
    mirrored)."""
    pairs = [(a, b) for a, b, mirrored in claim_pairs(claim) if b is not None and not mirrored]
    actors = [
        Dyad("actor", a["actor_id"], b["actor_id"])
        for a, b in pairs
        if a.get("actor_id") and b.get("actor_id") and a["actor_id"] != b["actor_id"]
    ]
    states = [
        Dyad("state", a["country"], b["country"])
        for a, b in pairs
        if a.get("country") and b.get("country") and a["country"] != b["country"]
        and a["country"] not in NOT_A_STATE and b["country"] not in NOT_A_STATE
    ]  # fmt: skip
    return list(dict.fromkeys([*actors, *states]))


def state_name(code: str) -> str:
    """The state's name as its actor `gpe:<code>` is named ("Russia"), else the code."""
    entry = country_entry(code)
    return entry.name if entry is not None else code


class RelationCounter:
    """Counts claims per dyad and month; `rows()` gives relations.csv's rows."""

    def __init__(self) -> None:
        self.counts: dict[tuple[Dyad, str], Counter[str]] = defaultdict(Counter)
        self.names: dict[str, str] = {}

    def add(
        self, claim: Mapping[str, Any], published: str | None = None
    ) -> tuple[str, list[Dyad]] | None:
        """Count the claim; return its month and dyads, or None if it counts for none."""
        month = claim_month(claim, published)
        dyads = claim_dyads(claim) if month is not None else []
        if not dyads:
            return None
        quad, basis = claim_quad(claim)
        speaker = claim.get("speaker") or {}
        for actor in (speaker, *(claim.get("targets") or [])):
            if actor.get("actor_id"):
                self.names.setdefault(actor["actor_id"], actor.get("name") or actor["actor_id"])
        for dyad in dyads:
            counts = self.counts[(dyad, month)]
            counts[quad] += 1
            counts[basis] += 1
        return month, dyads

    def name(self, dyad_type: str, node: str) -> str:
        if dyad_type == "state":
            return state_name(node)
        return self.names.get(node, node)

    def rows(self) -> list[dict[str, Any]]:
        """One row per dyad and month, ordered by dyad type, source, target, month."""
        ordered = sorted(self.counts.items())  # Dyad orders by type, source, target
        return [relation_row(dyad, month, counts, self.name) for (dyad, month), counts in ordered]


def relation_row(dyad: Dyad, month: str, counts: Counter[str], name: Any) -> dict[str, Any]:
    n_event, n_stance = counts["event"], counts["stance"]
    basis = "mixed" if n_event and n_stance else ("event" if n_event else "stance")
    return {
        "dyad_type": dyad.dyad_type,
        "source_id": dyad.source_id,
        "source_name": name(dyad.dyad_type, dyad.source_id),
        "target_id": dyad.target_id,
        "target_name": name(dyad.dyad_type, dyad.target_id),
        "month": month,
        "n_claims": n_event + n_stance,
        **{quad: counts[quad] for quad in (*QUADS, NEUTRAL)},
        "net": sum(counts[q] for q in COOPERATION) - sum(counts[q] for q in CONFLICT),
        "n_event_basis": n_event,
        "n_stance_basis": n_stance,
        "basis": basis,
    }


def relation_rows(
    claims: Iterable[Mapping[str, Any]], published: Mapping[str, str | None] | None = None
) -> list[dict[str, Any]]:
    """The rows of relations.csv for `claims`; `published` maps an article id to its
    published date, the month of a claim whose own date names none."""
    counter = RelationCounter()
    published = published or {}
    for claim in claims:
        counter.add(claim, published.get(claim.get("article_id")))
    return counter.rows()


def published_dates(articles: Iterable[Mapping[str, Any]]) -> Iterator[tuple[str, str | None]]:
    """(article_id, published) pairs of articles.jsonl's rows, for `relation_rows`."""
    for article in articles:
        yield article["article_id"], article.get("published")
