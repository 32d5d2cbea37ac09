"""The package's shape: small parts, no import cycles, and only declared rules in the output."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT, read_jsonl

from pipeline.rules import RULE_STAGES, all_rules

PACKAGE = ROOT / "pipeline"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 500
MODULES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_are_small(path):
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MAX_MODULE_LINES  # split the module by responsibility
    long = [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []  # functions of more than 60 lines


def top_level_imports(path: Path) -> set[str]:
    """The pipeline modules a module imports when it is loaded (not inside functions)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("pipeline"))
    return found


def test_no_import_cycles():
    names = {module_name(p): p for p in MODULES}
    graph = {name: top_level_imports(path) & set(names) for name, path in names.items()}
    graph = {name: deps - {name} for name, deps in graph.items()}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if dep.startswith(node + "."):
                continue  # a package importing its own submodule
            assert state.get(dep) != 1, " -> ".join([*trail, node, dep])  # a cycle
            if dep not in state:
                visit(dep, [*trail, node])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_every_rule_id_in_the_outputs_is_declared(corpus_run):
    out, _ = corpus_run
    declared = set(all_rules())
    used = {row["rule_id"] for table in ("mentions", "dates", "claims", "events")
            for row in read_jsonl(out / f"{table}.jsonl")}  # fmt: skip
    for claim in read_jsonl(out / "claims.jsonl"):
        event, speaker = claim.get("event") or {}, claim.get("speaker") or {}
        used |= {event.get("rule_id"), event.get("target_rule_id"), speaker.get("found_by")}
    assert used - declared - {None} == set()  # every rule_id names a row of a rules.json


def stage_callables(stage: str) -> set[str]:
    """Names a stage's rule rows may cite: its functions and its resolvers' registry keys."""
    names: set[str] = set()
    for path in (PACKAGE / stage).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                names.add(node.name)
    if stage == "dates":
        from pipeline.dates.resolvers import RESOLVERS

        names.update(RESOLVERS)  # grammar rows name a resolver by its key
    return names


def test_every_rule_names_a_function_that_exists():
    callables = {stage: stage_callables(stage) for stage in RULE_STAGES}
    stale = [
        (rule.id, rule.function)
        for rule in all_rules().values()
        if rule.function and rule.function.rpartition(".")[2] not in callables[rule.stage]
    ]
    assert stale == []  # a rule row's "function" names code that was renamed or removed
