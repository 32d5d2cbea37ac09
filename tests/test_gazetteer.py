"""The actor gazetteer: generated from maintained packages, curated on top."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from pipeline.actors.gazetteer import load_gazetteer, misspelt_country
from pipeline.rules import load_data


@pytest.mark.parametrize(
    ("form", "actor_id", "kind"),
    [
        ("Dutch", "gpe:NLD", "demonym"),  # generated from countryinfo
        ("Kinshasa", "gpe:COD", "capital"),
        ("the Netherlands", "gpe:NLD", "country"),
        ("Republic of Korea", "gpe:KOR", "country"),
        ("U.S.", "gpe:USA", "country"),  # curated
        ("Americans", "gpe:USA", "demonym"),
        ("South Koreans", "gpe:KOR", "demonym"),
        ("Russia’s", "gpe:RUS", "country"),  # curly possessive normalised away
        ("Burma", "gpe:MMR", "country"),  # curated: older and news names of states
        ("Serbs", "gpe:SRB", "demonym"),
        ("Bosnian", "gpe:BIH", "demonym"),  # generated: "Bosnian,Herzegovinian" split
        ("Kremlin", "org:kremlin", "organisation"),
        ("Toyota", "org:toyota", "organisation"),  # large companies with their state
        ("Nokia", "org:nokia", "organisation"),
    ],
)
def test_lookup(form, actor_id, kind):
    entry = load_gazetteer().lookup(form)
    assert entry is not None and (entry.actor_id, entry.kind) == (actor_id, kind)


@pytest.mark.parametrize("form", ["Island", "Mann"])
def test_native_spellings_that_are_english_words_name_no_state(form):
    assert load_gazetteer().lookup(form) is None  # "Pacific Island Forum" is not Icelandic


def test_curated_names_win_and_shared_forms_go_to_the_most_populous():
    gaz = load_gazetteer()
    assert gaz.lookup("Russian Federation").name == "Russia"
    assert gaz.lookup("Norwegian").country == "NOR"  # not Svalbard or Bouvet Island
    assert gaz.lookup("Dominican").country == "DOM"  # not Dominica
    assert gaz.lookup("Korean") is None  # either Korea: left out of the curated file
    assert "Chad" not in gaz.match_forms and gaz.lookup("Chad").actor_id == "gpe:TCD"


def test_generated_file_is_up_to_date():
    pytest.importorskip("countryinfo", reason="countryinfo builds the file; not installed")
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    build = runpy.run_path(str(script))["build"]
    committed = load_data("actors", "countries.generated.json")
    assert build()["countries"] == committed["countries"], "run scripts/build_gazetteer.py"


@pytest.mark.parametrize(
    ("form", "name", "country"),
    [
        ("Defense Department", "U.S. Department of Defense", "USA"),  # US-only names
        ("Department of the Treasury", "U.S. Department of the Treasury", "USA"),
        ("USAID", "U.S. Agency for International Development", "USA"),
        ("UN General Assembly", "UN General Assembly", "IGO"),
        ("World Bank Group", "World Bank", "IGO"),
        ("AFP", "Agence France-Presse", "FRA"),
        ("Nigeriens", "Niger", "NER"),  # Niger's people, one edit from "Nigerians"
    ],
)
def test_organisations_v2(form, name, country):
    entry = load_gazetteer().lookup(form)
    assert entry is not None and (entry.name, entry.country) == (name, country)


def test_family_names_index_only_unshared_names():
    gaz = load_gazetteer()
    assert gaz.person_by_family_name("Han").name == "Han Duck-soo"  # family_name field
    assert gaz.person_by_family_name("Austin").name == "Lloyd Austin"  # last word
    assert gaz.person_by_family_name("Kim") is None  # three Kims in people.json
    assert gaz.person_by_family_name("Li") is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Camerroon", "CMR"),  # one letter too many
        ("Venezuea", "VEN"),  # one letter missing
        ("Mozambiqe", "MOZ"),
        ("Isreali", "ISR"),  # a nationality word
        ("Afganistan", "AFG"),
        ("Austrlia", None),  # as near Austria as Australia: no guess
        ("Indiana", None),  # an edit at the end makes another name ("Indian")
        ("Oman", None),  # too short to guess
        ("Bermany", None),  # the first letter differs from Germany's
    ],
)
def test_misspelt_country_is_one_inner_edit_from_one_state(word, country):
    entry = misspelt_country(word)
    assert (entry.country if entry else None) == country
