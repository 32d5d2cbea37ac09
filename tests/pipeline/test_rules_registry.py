"""The shared rule registry: one loader, declared ids only, explained confidences."""

import pytest

from pipeline.rules import Explanation, UnknownRuleError, all_rules, parse_rules

ROW = {"id": "x.a", "priority": 1, "confidence": 0.8, "description": "d"}
GOOD = {"version": 3, "rules": [ROW]}


def test_parse_keeps_declared_rule():
    assert parse_rules("x", GOOD)["x.a"].confidence == 0.8  # base confidence from data


@pytest.mark.parametrize(
    "row",
    [
        {"id": "x.a", "priority": 1, "confidence": 0.8},  # no description
        {"id": "x.a", "priority": 1, "confidence": 0.8, "description": "d", "colour": 1},  # typo
        {"id": "x.a", "priority": 1, "confidence": 1.5, "description": "d"},  # out of range
    ],
)
def test_parse_rejects_bad_rows(row):
    with pytest.raises(ValueError):
        parse_rules("x", {"version": 3, "rules": [row]})


def test_parse_rejects_old_version():
    with pytest.raises(ValueError):
        parse_rules("x", {**GOOD, "version": 2})


def test_parse_rejects_duplicate_ids():
    with pytest.raises(ValueError):
        parse_rules("x", {"version": 3, "rules": GOOD["rules"] * 2})


def test_unknown_rule_raises(monkeypatch):
    monkeypatch.setattr("pipeline.rules.RULE_STAGES", ("structure",))
    all_rules.cache_clear()
    with pytest.raises(UnknownRuleError):
        Explanation.of("no.such_rule_anywhere")


def test_explanation_adds_adjustments_and_clamps():
    e = Explanation("x.a", 0.8).adjust("hedged", -0.1).adjust("quoted", 0.5)
    assert e.confidence == 1.0  # clamped to [0, 1]
    assert [step.get("adjustment") for step in e.as_row()] == [None, "hedged", "quoted"]


def test_declared_rule_is_found(monkeypatch):
    monkeypatch.setattr("pipeline.rules.RULE_STAGES", ("structure",))
    all_rules.cache_clear()
    assert Explanation.of("structure.soft_wrap").base == 0.9  # declared in structure/patterns
    all_rules.cache_clear()
