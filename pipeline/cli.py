"""The `claims` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.io.errors import OutputError
from pipeline.io.readers import InputError
from pipeline.nlp import DEFAULT_MODEL, ModelNotFoundError

INTERRUPTED_EXIT = 130  # 128 + SIGINT, what shells report for a run stopped by Ctrl-C
MAX_LISTED_WARNINGS = 20  # the rest are in the warnings column of articles.csv


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claims")
def cli() -> None:
    """Extract actors, dates and attributed claims from news articles."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the output tables.",
)
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Installed spaCy model.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=1),
    help="Processes that extract in parallel, each loading the model once (about 0.5 GB "
    "each); up to the number of CPU cores.",
)
@click.option("--force", is_flag=True, help="Process every article again, ignoring the cache.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--parquet", is_flag=True, help="Also write each table as Parquet.")
@click.option(
    "--excel-csv",
    is_flag=True,
    help="Write the CSV files with a UTF-8 byte-order mark, so that Excel shows accents and "
    "curly quotes right.",
)
@click.option("--strict", is_flag=True, help="Exit non-zero if any article failed.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; dask: a Dask cluster (see --scheduler).",
)
@click.option(
    "--scheduler",
    default=None,
    help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a "
    "local cluster of --workers processes.",
)
@click.option("--profile", is_flag=True, help="Report the time spent in each stage.")
def extract(
    inputs: tuple[Path, ...],
    out: Path,
    model: str,
    workers: int,
    force: bool,
    quiet: bool,
    parquet: bool,
    excel_csv: bool,
    strict: bool,
    engine: str,
    scheduler: str | None,
    profile: bool,
) -> None:
    """Extract from INPUT files and folders (.txt, .jsonl, .jsonl.gz, .html) into --out.

    Ctrl-C stops the run gracefully: the tables are written for the articles done, and
    running the same command again resumes. A second Ctrl-C stops at once."""
    from pipeline.run import run_extraction  # keeps `claims --help` fast

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")

    try:
        summary = run_extraction(
            inputs,
            out,
            model=model,
            workers=workers,
            force=force,
            parquet=parquet,
            excel_csv=excel_csv,
            progress=not quiet,
            engine=engine,
            scheduler=scheduler,
            profile=profile,
        )
    except (InputError, ModelNotFoundError, OutputError) as err:
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        click.echo("interrupted again: stopped at once; files on disk are whole", err=True)
        sys.exit(INTERRUPTED_EXIT)
    if not quiet:
        _echo_problems(summary.errors, summary.warnings)
        click.echo(summary.describe(), err=True)
    if profile:
        click.echo(summary.profile_table(), err=True)
    if summary.interrupted:
        click.echo(summary.interruption(), err=True)
        sys.exit(INTERRUPTED_EXIT)
    if summary.n_errors == summary.n_articles:
        raise click.ClickException(f"every article failed ({summary.n_errors})")
    if strict and summary.n_errors:
        raise click.ClickException(f"{summary.n_errors} article(s) failed (--strict)")


def _echo_problems(errors: list[tuple[str, str]], warnings: list[tuple[str, str]]) -> None:
    for article_id, reason in errors:
        click.echo(f"error: {article_id}: {reason}", err=True)
    for article_id, warning in warnings[:MAX_LISTED_WARNINGS]:
        click.echo(f"warning: {article_id}: {warning}", err=True)
    if len(warnings) > MAX_LISTED_WARNINGS:
        click.echo(
            f"... and {len(warnings) - MAX_LISTED_WARNINGS} more warnings "
            "(the warnings column of articles.csv)",
            err=True,
        )


@cli.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of <article_id>.gold.json files, scored against the run in --run.",
)
@click.option(
    "--run",
    "run_dir",
    default=Path("outputs"),
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder of a `claims extract` run that covers the gold articles.",
)
@click.option(
    "--timeml",
    "timeml_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of TimeML .tml files; the pipeline is run on them and dates are scored.",
)
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A PolNeAR split folder (brat .txt/.ann); the pipeline is run and claims scored.",
)
@click.option(
    "--baseline",
    type=click.Choice(["textacy"]),
    help="With --polnear: also score textacy's direct_quotations in the same run.",
)
@click.option(
    "--plover",
    "plover_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A PLOVER records folder (docs/, gold/); the pipeline is run and its dyads, event "
    "categories, polarities and actor countries scored.",
)
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, help="For --timeml/--polnear/--plover."
)
@click.option(
    "--timeml-errors",
    "timeml_errors",
    is_flag=True,
    help="With --timeml: list only the value errors, missed and spurious timexes, one a line, with "
    "the DCT and the text around each (tab-separated).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
def evaluate(
    gold_dir: Path | None,
    run_dir: Path,
    timeml_dir: Path | None,
    polnear_dir: Path | None,
    baseline: str | None,
    plover_dir: Path | None,
    model: str,
    timeml_errors: bool,
    as_json: bool,
) -> None:
    """Score against gold files (--gold), TimeML dates (--timeml), PolNeAR claims
    (--polnear) and PLOVER event records (--plover)."""
    import json

    from pipeline.evaluate import GoldError, format_report, score_gold
    from pipeline.evaluate.polnear import PolnearError
    from pipeline.evaluate.timeml import (
        TimeMLError,
        format_timeml_errors,
        format_timeml_report,
        score_timeml,
    )

    if not (gold_dir or timeml_dir or polnear_dir or plover_dir):
        raise click.UsageError("give --gold DIR, --timeml DIR, --polnear DIR and/or --plover DIR")
    reports: dict[str, object] = {}
    texts: list[str] = []
    try:
        if gold_dir is not None:
            report = score_gold(gold_dir, run_dir)
            reports["gold"] = report.to_dict()
            texts.append(format_report(report))
        if timeml_dir is not None:
            from pipeline.nlp import load_pipeline

            timeml = score_timeml(timeml_dir, load_pipeline(model))
            reports["timeml"] = timeml.to_dict()
            texts.append(
                format_timeml_errors(timeml) if timeml_errors else format_timeml_report(timeml)
            )
        if polnear_dir is not None:
            reports["polnear"], text = _polnear(polnear_dir, model, baseline)
            texts.append(text)
        if plover_dir is not None:
            reports["plover"], text = _plover(plover_dir, model)
            texts.append(text)
    except (GoldError, TimeMLError, PolnearError, ModelNotFoundError, FileNotFoundError) as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(reports, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(texts))


def _plover(plover_dir: Path, model: str) -> tuple[dict, str]:
    from pipeline.evaluate.plover import format_plover_report, score_plover
    from pipeline.nlp import load_pipeline

    report = score_plover(plover_dir, load_pipeline(model))
    return report.to_dict(), f"PLOVER {plover_dir}\n\n{format_plover_report(report)}"


def _polnear(split_dir: Path, model: str, baseline: str | None) -> tuple[dict, str]:
    from pipeline.evaluate.polnear import (
        format_polnear_comparison,
        format_polnear_report,
        pipeline_claims,
        score_polnear_systems,
    )
    from pipeline.nlp import load_pipeline

    systems = {"pipeline": pipeline_claims}
    if baseline == "textacy":
        try:
            from pipeline.evaluate.textacy_baseline import textacy_claims_strict
        except ImportError as err:
            raise click.ClickException(f"the textacy baseline needs textacy: {err}") from None
        systems["textacy"] = textacy_claims_strict
    reports = score_polnear_systems(split_dir, load_pipeline(model), systems)
    text = (
        format_polnear_comparison(reports.values())
        + "\n"
        + format_polnear_report(reports["pipeline"])
    )
    return {name: report.to_dict() for name, report in reports.items()}, text


@cli.command()
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write.  [default: OUT_DIR/report.html]",
)
@click.option(
    "--max-articles",
    default=50,
    show_default=True,
    type=click.IntRange(min=0),
    help="Articles shown with their text in the reader, those with the most claims first.",
)
def report(out_dir: Path, report_path: Path | None, max_articles: int) -> None:
    """Write one self-contained HTML page to inspect the run in OUT_DIR."""
    from pipeline.report import ReportError, write_report  # keeps `claims --help` fast

    report_path = report_path or out_dir / "report.html"
    try:
        data = write_report(out_dir, report_path, max_articles=max_articles)
    except ReportError as err:
        raise click.ClickException(str(err)) from None
    size = report_path.stat().st_size / 1e6
    click.echo(
        f"wrote {report_path} ({size:.1f} MB): {len(data.articles):,} article(s), "
        f"{len(data.claims):,} claim(s), {len(data.reader):,} in the reader",
        err=True,
    )


def main() -> None:
    cli(prog_name="claims")


if __name__ == "__main__":
    sys.exit(main())
