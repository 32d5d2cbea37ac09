"""The PLOVER event-record scorer, on records and on a small folder of our own."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SHARED

from pipeline.evaluate.plover import (
    format_plover_report,
    load_plover_gold,
    score_plover,
    score_plover_records,
)

FIXTURE = FIXTURES / "plover"
SHARED_PLOVER = SHARED / "data" / "plover" / "dev"


def part(start, end, actor_id=None, **extra):
    return {"start": start, "end": end, "actor_id": actor_id, **extra}


NORWAY, CHILE = part(0, 6, "gpe:NOR"), part(17, 22, "gpe:CHL")


def claim(speaker, targets, category=None, polarity="negative"):
    return {
        "speaker": speaker,
        "targets": targets,
        "event": {"category": category},
        "stance": {"polarity": polarity},
    }


def score(claims, mentions=()):
    gold = load_plover_gold(FIXTURE)
    return score_plover_records(gold, {"t1": {"claims": claims, "mentions": list(mentions)}})


@pytest.mark.parametrize(
    ("claims", "found", "category", "polarity"),
    [
        ([claim(NORWAY, [CHILE], "DISAPPROVE")], 1, 1, 1),  # the coded dyad, all right
        ([claim(NORWAY, [CHILE], "PROTEST", "positive")], 1, 0, 0),  # found, both wrong
        ([claim(CHILE, [NORWAY], "DISAPPROVE")], 0, 0, 0),  # the dyad reversed is no match
        ([claim(NORWAY, [])], 0, 0, 0),  # no target
        ([claim(part(40, 42, "gpe:NOR"), [CHILE], "DISAPPROVE")], 1, 1, 1),  # via its actor
        ([claim(NORWAY, [CHILE]), claim(NORWAY, [CHILE], "DISAPPROVE")], 1, 1, 1),  # best
    ],
)
def test_dyads(claims, found, category, polarity):
    mentions = [{"start": 0, "end": 6, "actor_id": "gpe:NOR", "country": "NOR"}]
    report = score(claims, mentions)
    assert (report.dyads.correct, report.category.correct, report.polarity.correct) == (
        found,
        category,
        polarity,
    )


def test_actor_countries():
    mentions = [
        {"start": 0, "end": 6, "actor_id": "gpe:NOR", "country": "NOR"},  # right
        {"start": 17, "end": 22, "actor_id": "gpe:CHL", "country": "PER"},  # wrong country
    ]
    report = score([], mentions)
    assert (report.actors.correct, report.actors.total) == (2, 2)
    assert (report.country.correct, report.country.total) == (1, 2)


def test_report_runs_the_pipeline(nlp):
    report = score_plover(FIXTURE, nlp)
    assert report.n_docs == 1 and report.actors.total == 2
    assert "dyads found" in format_plover_report(report)


@pytest.mark.skipif(not SHARED_PLOVER.is_dir(), reason="../shared/data/plover/dev is absent")
def test_shared_dev_folder_loads():
    gold = load_plover_gold(SHARED_PLOVER)
    assert len(gold) > 100 and all("claims" in g for g in gold.values())


def test_cli_scores_a_plover_folder(nlp, monkeypatch):
    from click.testing import CliRunner

    from pipeline.cli import cli

    monkeypatch.setattr("pipeline.nlp.load_pipeline", lambda model: nlp)
    result = CliRunner().invoke(cli, ["eval", "--plover", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    assert '"dyads_found"' in result.output  # the JSON report of the fixture folder
