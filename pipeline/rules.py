"""Rules as data, for every stage: one loader for package data and one registry of rule ids.

Each stage keeps its rules in `pipeline/<stage>/patterns/rules.json`:

    {"version": 3, "stage": "claims", "rules": [
        {"id": "indirect.ccomp", "priority": 10, "confidence": 0.8,
         "description": "X warned that ...", "pattern": [...] | null, "function": "name" | null},
        ...]}

The loader checks every file's version and every row's keys, so a typo fails at load time.
`rule(rule_id)` raises for an id that no file declares: an unknown rule never gets a silent
default confidence. `Explanation` records why a confidence is what it is (presidio-style): the
base rule and each named adjustment.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

RULE_FILE_VERSION = 3
RULE_KEYS = {"id", "priority", "confidence", "description", "pattern", "function", "example"}
REQUIRED_RULE_KEYS = {"id", "priority", "confidence", "description"}
# the stages whose patterns/rules.json declare rule ids
RULE_STAGES = ("structure", "actors", "dates", "claims", "events")


class UnknownRuleError(KeyError):
    """A rule id that no rules.json declares."""


def load_data(stage: str, name: str, version: int | None = None) -> dict[str, Any]:
    """A JSON data file of `pipeline/<stage>/patterns/`, its version checked when given."""
    path = resources.files(f"pipeline.{stage}") / "patterns" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    if version is not None and data.get("version") != version:
        raise ValueError(f"{stage}/patterns/{name}: unsupported version {data.get('version')!r}")
    return data


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    priority: int
    confidence: float
    description: str
    pattern: Any = None  # a Matcher / DependencyMatcher pattern where one can express the rule
    function: str | None = None  # else the name of the small function that applies it


def parse_rules(stage: str, data: dict[str, Any]) -> dict[str, Rule]:
    """Rules of one stage's rule file, keys and values checked."""
    if data.get("version") != RULE_FILE_VERSION:
        raise ValueError(f"{stage} rules: unsupported version {data.get('version')!r}")
    rules: dict[str, Rule] = {}
    for row in data["rules"]:
        extra = set(row) - RULE_KEYS
        missing = REQUIRED_RULE_KEYS - set(row)
        if extra or missing:
            raise ValueError(f"{stage} rule {row.get('id')!r}: bad keys {extra or missing}")
        if row["id"] in rules:
            raise ValueError(f"{stage} rule {row['id']!r} declared twice")
        if not 0.0 <= float(row["confidence"]) <= 1.0:
            raise ValueError(f"{stage} rule {row['id']!r}: confidence outside [0, 1]")
        rules[row["id"]] = Rule(
            id=row["id"],
            stage=stage,
            priority=int(row["priority"]),
            confidence=float(row["confidence"]),
            description=row["description"],
            pattern=row.get("pattern"),
            function=row.get("function"),
        )
    return rules


@cache
def stage_rules(stage: str) -> dict[str, Rule]:
    """The declared rules of one stage, by id."""
    return parse_rules(stage, load_data(stage, "rules.json"))


@lru_cache(maxsize=1)
def all_rules() -> dict[str, Rule]:
    """Every declared rule of every stage, by id (ids are unique across stages)."""
    merged: dict[str, Rule] = {}
    for stage in RULE_STAGES:
        try:
            rules = stage_rules(stage)
        except (FileNotFoundError, ModuleNotFoundError):
            continue  # a stage without a rule file yet
        clash = set(rules) & set(merged)
        if clash:
            raise ValueError(f"rule ids declared by two stages: {sorted(clash)}")
        merged.update(rules)
    return merged


def rule(rule_id: str) -> Rule:
    """The declared rule `rule_id`; raises UnknownRuleError for an undeclared id."""
    try:
        return all_rules()[rule_id]
    except KeyError:
        raise UnknownRuleError(f"rule id {rule_id!r} is declared in no rules.json") from None


@dataclass
class Explanation:
    """Why an item's confidence is what it is: its rule's base and each adjustment."""

    rule_id: str
    base: float
    adjustments: list[tuple[str, float]] = field(default_factory=list)

    @classmethod
    def of(cls, rule_id: str) -> Explanation:
        return cls(rule_id, rule(rule_id).confidence)

    def adjust(self, reason: str, delta: float) -> Explanation:
        self.adjustments.append((reason, delta))
        return self

    @property
    def confidence(self) -> float:
        value = self.base + sum(delta for _, delta in self.adjustments)
        return round(min(1.0, max(0.0, value)), 3)

    def as_row(self) -> list[dict[str, Any]]:
        """The plain-data trail stored on an output row (`confidence_trail`)."""
        return [{"rule_id": self.rule_id, "base": self.base}] + [
            {"adjustment": reason, "delta": delta} for reason, delta in self.adjustments
        ]
