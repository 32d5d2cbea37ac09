"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.nlp import load_pipeline
from pipeline.run import run_extraction

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "seed"
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture
def reuse_nlp(nlp, monkeypatch):
    """Make runs (CLI included) reuse the session's pipeline instead of loading the model."""
    monkeypatch.setattr("pipeline.engines.shard.load_pipeline", lambda model: nlp)
    return nlp


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory, nlp):
    """A real run over the seed article, with Parquet."""
    out = tmp_path_factory.mktemp("seed-run")
    summary = run_extraction([SEED], out, nlp=nlp, parquet=True)
    return out, summary


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory, nlp):
    """A real run over the whole project corpus."""
    out = tmp_path_factory.mktemp("corpus-run")
    summary = run_extraction([CORPUS], out, nlp=nlp)
    return out, summary


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def copy_articles(dest: Path, *names: str) -> Path:
    """Copy some corpus articles (with their manifest) into a folder of their own."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in names:
        source = next(CORPUS.rglob(f"{name}.txt"))
        shutil.copy(source, dest / source.name)
        manifest = source.parent / "manifest.jsonl"
        rows = [r for r in read_jsonl(manifest) if r["id"] == name]
        with open(dest / "manifest.jsonl", "a", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")
    return dest


@dataclass
class Mark:
    """A span marked in a rule case ("<a name=X>text</a>"): its tag, offsets in the plain
    text and attributes."""

    kind: str
    start: int
    end: int = 0
    attrs: dict[str, str] = field(default_factory=dict)


MARK_ATTR = re.compile(r"([\w-]+)=('[^']*'|[^\s>]+)")


def parse_marks(case: str, tag: re.Pattern) -> tuple[str, list[Mark]]:
    """The plain text of a marked-up rule case and its marks, in the order they close.
    `tag` matches one opening or closing tag: group 1 is "/" for a closing tag, group 2
    the mark's kind, group 3 its attributes."""
    text, marks, open_marks, at = "", [], [], 0
    for found in tag.finditer(case):
        text += case[at : found.start()]
        at = found.end()
        if found.group(1):
            mark = open_marks.pop()
            mark.end = len(text)
            marks.append(mark)
        else:
            attrs = {k: v.strip("'") for k, v in MARK_ATTR.findall(found.group(3))}
            open_marks.append(Mark(found.group(2), len(text), attrs=attrs))
    assert not open_marks, case
    return text + case[at:], marks


def claim_with_cue(nlp, text: str, cue: str) -> dict:
    """The first claim with a speaker whose cue is `cue` (a case writes a line break "\\n")."""
    text = text.replace("\\n", "\n")
    return next(c for c in nlp(text)._.claims if c["cue"]["text"] == cue and c.get("speaker"))


def target_names(claim: dict) -> list[str]:
    """A claim's targets by name, or by their words when unresolved."""
    return [t.get("name") or t["text"] for t in claim["targets"]]
