"""`claims report`: one self-contained HTML page to inspect a run's extractions.

build.py gathers plain data from the output tables; render.py turns it into HTML.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.io.store import atomic_write
from pipeline.report.build import DEFAULT_MAX_ARTICLES, ReportData, ReportError, build_report

__all__ = ["DEFAULT_MAX_ARTICLES", "ReportData", "ReportError", "build_report", "write_report"]


def write_report(
    out_dir: str | Path, report_path: str | Path, *, max_articles: int = DEFAULT_MAX_ARTICLES
) -> ReportData:
    """Build the report of the run in `out_dir` and write it to `report_path`."""
    from pipeline.report.render import render_report  # plotly loads only when rendering

    data = build_report(out_dir, max_articles=max_articles)
    page = render_report(data)
    # Renamed into place: an interrupted report leaves no half-written page.
    with atomic_write(Path(report_path), encoding="utf-8") as handle:
        handle.write(page)
    return data
