"""Build pipeline/actors/patterns/countries.generated.json from maintained packages.

pycountry gives the ISO codes and official names; countryinfo (MIT) gives short names,
capitals, demonyms and alternative spellings. The curated countries.json beside the output
adds what news text uses on top (abbreviations, plural demonyms, seats of government).

Run it after upgrading either package:  .venv/bin/python scripts/build_gazetteer.py
(the package is needed only here; at run time the pipeline reads the JSON file).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import pycountry
from countryinfo import all_countries

OUTPUT = Path(__file__).resolve().parents[1] / "pipeline/actors/patterns/countries.generated.json"
# A usable alternative spelling: Latin letters, at least four characters, not a code.
_SPELLING = re.compile(r"^[A-Z][A-Za-z .'’-]{3,}$")
# Native spellings that are also English words or names: "Island" (Iceland) would make the
# "Pacific Island Forum" Icelandic, "Mann" (Isle of Man) anyone called Mann.
_ENGLISH_WORDS = {"island", "mann"}


def plural_demonyms(demonym: str) -> list[str]:
    """'American' -> 'Americans'; 'Japanese' and 'British' have no plural form."""
    if demonym.endswith(("an", "i", "ot", "er")):
        return [f"{demonym}s"]
    return []


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def build() -> dict:
    countries: dict[str, dict] = {}
    population: dict[str, int] = {}
    for info in all_countries():
        try:
            alpha3 = info.iso()["alpha3"]
        except (KeyError, TypeError):
            continue
        iso = pycountry.countries.get(alpha_3=alpha3)
        if iso is None:
            continue
        iso_names = {
            iso.name,
            getattr(iso, "common_name", None),
            getattr(iso, "official_name", None),
        }
        if alpha3 in countries and info.name() not in iso_names:
            continue  # a part sharing its state's code (Wales for GBR): the state's entry wins
        names = [info.name(), iso.name, getattr(iso, "common_name", None)]
        names.append(getattr(iso, "official_name", None))
        names += [
            s
            for s in info.alt_spellings() or []
            if _SPELLING.match(s) and not s.isupper() and s.lower() not in _ENGLISH_WORDS
        ]
        # "Bosnian,Herzegovinian": one demonym per part of a two-part state's name
        demonyms = [d.strip() for d in _text(info.demonym()).split(",") if d.strip()]
        capitals = [c for c in (_text(c) for c in _as_list(info.capital())) if c]
        population[alpha3] = info.population() or 0
        countries[alpha3] = {
            "name": getattr(iso, "common_name", None) or info.name() or iso.name,
            "aliases": sorted({n.strip() for n in names if n}),
            "demonyms": sorted({f for d in demonyms for f in (d, *plural_demonyms(d))}),
            "capitals": capitals,
        }
    # A form shared by several entries ("Norwegian": Norway, Svalbard, Bouvet Island) goes
    # to the most populous, which in practice is the sovereign state.
    owners: dict[str, list[str]] = defaultdict(list)
    for alpha3, entry in countries.items():
        for field in ("aliases", "demonyms", "capitals"):
            for form in entry[field]:
                owners[form.lower()].append(alpha3)
    owner = {form: max(codes, key=lambda c: population[c]) for form, codes in owners.items()}
    for alpha3, entry in countries.items():
        for field in ("aliases", "demonyms", "capitals"):
            entry[field] = [f for f in entry[field] if owner[f.lower()] == alpha3]
    return {
        "version": 1,
        "generated_by": "scripts/build_gazetteer.py",
        "sources": {p: metadata.version(p) for p in ("pycountry", "countryinfo")},
        "countries": dict(sorted(countries.items())),
    }


def main() -> None:
    OUTPUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
