"""Markdown tables of PolNeAR reports: one system in detail, or several side by side."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.evaluate.metrics import accuracy_cell, markdown_table, prf_cells, score_cell
from pipeline.evaluate.polnear_scoring import LevelScore, PolnearReport

_LEVEL_HEADER = ["P", "R", "F1", "m/p/g", "speaker", "speaker (non-null)", "cue"]


def _level_cells(level: LevelScore) -> list[str]:
    return [
        *prf_cells(level.content, percent=True),
        *(
            accuracy_cell(acc, percent=True)
            for acc in (level.speaker, level.speaker_given, level.cue)
        ),
    ]


def format_polnear_report(report: PolnearReport) -> str:
    """Markdown: scores per threshold, then the predicted kinds and the misses at 0.3.

    Percentages; `m/p/g` = matched / predicted / gold; accuracies show (correct/total).
    """
    header = (
        f"PolNeAR {report.split_dir} — system: {report.system} — {report.n_documents} "
        f"documents, {report.n_gold} gold attributions ({report.n_skipped_gold} without "
        f"content skipped); nlp {report.pipeline_seconds:.1f}s, system "
        f"{report.system_seconds:.1f}s"
    )
    scores = markdown_table(
        ["coverage", *_LEVEL_HEADER],
        [[f">= {t:g}", *_level_cells(level)] for t, level in sorted(report.levels.items())],
    )
    kinds = markdown_table(
        ["predicted kind", "matched/predicted", "precision"],
        [
            [k, f"{c.matched}/{c.n_pred}", score_cell(c.precision, percent=True)]
            for k, c in sorted(report.kinds.items())
        ],
    )
    misses = markdown_table(
        ["miss category (at 0.3)", "n"],
        [[k, str(v)] for k, v in report.miss_categories.most_common()],
    )
    features = markdown_table(
        ["miss feature", "n"], [[k, str(v)] for k, v in report.miss_features.most_common()]
    )
    cues = ", ".join(f"{k} ({v})" for k, v in report.missed_cues.most_common(15))
    parts = [header, "### Content, speaker, cue", scores, "### Predicted kinds", kinds]
    parts += ["### Misses", misses, features, f"Most missed cues: {cues or '–'}"]
    if report.failed:
        parts.append(f"The system failed on {len(report.failed)} documents (scored as empty).")
    return "\n\n".join(parts) + "\n"


def format_polnear_comparison(reports: Iterable[PolnearReport]) -> str:
    """One markdown row per system and threshold."""
    rows = []
    for report in reports:
        for t, level in sorted(report.levels.items()):
            rows.append([report.system, f">= {t:g}", *_level_cells(level)])
    return markdown_table(["system", "coverage", *_LEVEL_HEADER], rows) + "\n"
