"""The `claims` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.io.readers import InputError
from pipeline.nlp import DEFAULT_MODEL, ModelNotFoundError


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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--force", is_flag=True, help="Process every article again, ignoring the cache.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--parquet", is_flag=True, help="Also write each table as Parquet.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any article failed.")
def extract(
    inputs: tuple[Path, ...],
    out: Path,
    model: str,
    workers: int,
    force: bool,
    quiet: bool,
    parquet: bool,
    strict: bool,
) -> None:
    """Extract from INPUT files and folders (.txt, .jsonl, .jsonl.gz, .html) into --out."""
    from pipeline.run import run_extraction  # keeps `claims --help` fast

    try:
        summary = run_extraction(
            inputs,
            out,
            model=model,
            workers=workers,
            force=force,
            parquet=parquet,
            progress=not quiet,
        )
    except (InputError, ModelNotFoundError) as err:
        raise click.ClickException(str(err)) from None
    if not quiet:
        for article_id, reason in summary.errors:
            click.echo(f"error: {article_id}: {reason}", err=True)
        click.echo(summary.describe(), err=True)
    if summary.n_errors == summary.n_articles:
        raise click.ClickException(f"every article failed ({summary.n_errors})")
    if strict and summary.n_errors:
        raise click.ClickException(f"{summary.n_errors} article(s) failed (--strict)")


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
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="For --timeml.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
def evaluate(
    gold_dir: Path | None, run_dir: Path, timeml_dir: Path | None, model: str, as_json: bool
) -> None:
    """Score actors, claims and dates against gold files (--gold) and TimeML (--timeml)."""
    import json

    from pipeline.evaluate import GoldError, format_report, score_gold
    from pipeline.evaluate.timeml import TimeMLError, format_timeml_report, score_timeml

    if gold_dir is None and timeml_dir is None:
        raise click.UsageError("give --gold DIR and/or --timeml DIR")
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
            texts.append(format_timeml_report(timeml))
    except (GoldError, TimeMLError, ModelNotFoundError) as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(reports, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(texts))


def main() -> None:
    cli(prog_name="claims")


if __name__ == "__main__":
    sys.exit(main())
