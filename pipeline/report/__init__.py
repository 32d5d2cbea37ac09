"""`claims report`: one self-contained HTML page to inspect a run's extractions.

build.py gathers plain data from the output tables; views.py picks the claims and the
aggregates the page embeds; render.py turns it all into HTML. relations.py (relations
over time) is also used for `relations.csv`, so this package imports its parts only when
they are asked for: pipeline.io can import relations without a cycle.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.report.build import ReportData

__all__ = ["DEFAULT_MAX_ARTICLES", "ReportData", "ReportError", "build_report", "write_report"]
_FROM_BUILD = {"DEFAULT_MAX_ARTICLES", "ReportData", "ReportError", "build_report"}


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILD:
        return getattr(import_module("pipeline.report.build"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_report(
    out_dir: str | Path, report_path: str | Path, *, max_articles: int | None = None
) -> ReportData:
    """Build the report of the run in `out_dir` and write it to `report_path`."""
    from pipeline.io.store import atomic_write
    from pipeline.report.build import DEFAULT_MAX_ARTICLES, build_report
    from pipeline.report.render import render_report  # plotly loads only when rendering

    if max_articles is None:
        max_articles = DEFAULT_MAX_ARTICLES
    data = build_report(out_dir, max_articles=max_articles)
    page = render_report(data)
    # Renamed into place: an interrupted report leaves no half-written page.
    with atomic_write(Path(report_path), encoding="utf-8") as handle:
        handle.write(page)
    return data
