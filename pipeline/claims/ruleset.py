"""The claim rules as data (patterns/rules.json, version 3), checked when they are loaded.

Besides the rule rows (read through the shared registry, `pipeline.rules.parse_rules`), the
file holds what used to be code: the order in which a cue's frames are tried, the rule id of
each matched pattern by the kind of its content, the cue categories whose holder must be an
actor, the rules whose commitments are about the future, and the named confidence
adjustments. Every rule id that the file refers to must be declared in it; an id asked for
that is not declared raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.claims.lexicon import FRAMES
from pipeline.rules import RULE_FILE_VERSION, Explanation, Rule, UnknownRuleError, load_data
from pipeline.rules import parse_rules as parse_rule_rows

CONTENT_KINDS = ("indirect", "mixed", "direct")
TABLE_KEYS = {
    "frame_priority",
    "frame_rules",
    "holder_categories",
    "future_modality",
    "confidence_adjustments",
}


@dataclass(frozen=True)
class ClaimRules:
    rules: dict[str, Rule]
    frame_priority: tuple[str, ...]  # cue frames, most specific first
    frame_rules: dict[str, dict[str, str]]  # pattern -> content kind -> rule id
    holder_categories: frozenset[str]
    future_categories: frozenset[str]
    future_rules: frozenset[str]
    adjustments: dict[str, float]  # adjustment name -> delta
    data: dict[str, Any]  # the file as loaded, for to_disk

    def explain(self, rule_id: str) -> Explanation:
        """The explanation of a claim found by `rule_id`, starting at its base confidence."""
        return Explanation(rule_id, self.get(rule_id).confidence)

    def get(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise UnknownRuleError(f"claim rule id {rule_id!r} is not declared") from None

    def rule_for(self, pattern: str, kind: str) -> str:
        """The rule id of `pattern` for content of `kind` (indirect, mixed or direct)."""
        return self.frame_rules[pattern][kind]

    def check_code(self, code_ids: set[str], patterns: set[str]) -> None:
        """Raise unless the code and the file agree: every id the code writes is declared,
        every pattern the code looks up has a row in frame_rules (and no other), and every
        declared id is used by the code or by the file's tables."""
        undeclared = code_ids - set(self.rules)
        if undeclared:
            raise UnknownRuleError(f"claims code writes undeclared ids {sorted(undeclared)}")
        if set(self.frame_rules) != patterns:
            raise ValueError(
                f"claims rules: frame_rules must cover exactly the patterns {sorted(patterns)}"
            )
        unused = set(self.rules) - code_ids - self.referenced_ids()
        if unused:
            raise ValueError(f"claims rules: declared ids that nothing uses {sorted(unused)}")

    def referenced_ids(self) -> set[str]:
        ids = {r for kinds in self.frame_rules.values() for r in kinds.values()}
        return ids | set(self.future_rules)


def parse_claim_rules(data: dict[str, Any]) -> ClaimRules:
    """ClaimRules from the content of a rules.json, every key and reference checked."""
    if data.get("version") != RULE_FILE_VERSION:
        raise ValueError(f"claims rules: unsupported version {data.get('version')!r}")
    missing = TABLE_KEYS - set(data)
    if missing:
        raise ValueError(f"claims rules: missing tables {sorted(missing)}")
    frame_rules = {p: dict(kinds) for p, kinds in data["frame_rules"].items()}
    for pattern, kinds in frame_rules.items():
        if set(kinds) - set(CONTENT_KINDS):
            raise ValueError(f"claims rules: frame_rules[{pattern!r}]: unknown kinds {kinds}")
    if set(data["frame_priority"]) != FRAMES:
        raise ValueError(f"claims rules: frame_priority must order exactly the frames {FRAMES}")
    future = data["future_modality"]
    out = ClaimRules(
        rules=parse_rule_rows("claims", data),
        frame_priority=tuple(data["frame_priority"]),
        frame_rules=frame_rules,
        holder_categories=frozenset(data["holder_categories"]),
        future_categories=frozenset(future["categories"]),
        future_rules=frozenset(future["rules"]),
        adjustments={k: float(v) for k, v in data["confidence_adjustments"].items()},
        data=data,
    )
    undeclared = out.referenced_ids() - set(out.rules)
    if undeclared:
        raise UnknownRuleError(f"claims rules refer to undeclared ids {sorted(undeclared)}")
    return out


@lru_cache(maxsize=1)
def packaged_rules() -> ClaimRules:
    """The rules shipped with the package (patterns/rules.json)."""
    return parse_claim_rules(load_data("claims", "rules.json"))
