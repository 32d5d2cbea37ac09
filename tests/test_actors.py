"""The actor linker: gazetteers, metonymy, titles, alias links and affiliation.

Each case is written the EDS-NLP way: the sentence, then the mentions expected in it as
(surface text, canonical name, country, role), and optionally surface forms that must NOT
be actor mentions.
"""

from __future__ import annotations

import pytest

CASES = [
    # A capital acting as a subject is its state's government; as a place it is not an actor.
    ("Moscow has rejected the proposal, officials in Madrid said.",
     [("Moscow", "Russia", "RUS", "GOV")], ["Madrid"]),
    ("Talks between Beijing and Washington resumed.",
     [("Beijing", "China", "CHN", "GOV"), ("Washington", "United States", "USA", "GOV")], []),
    # Abbreviations and short names resolve to one country actor.
    ("The U.S. and the United States Navy differ; the US agreed.",
     [("U.S.", "United States", "USA", "GOV"), ("US", "United States", "USA", "GOV")], []),
    # International organisations and government bodies from the gazetteer.
    ("NATO and the Kremlin traded accusations at the United Nations.",
     [("NATO", "NATO", "IGO", "IGO"), ("Kremlin", "Kremlin", "RUS", "GOV"),
      ("United Nations", "United Nations", "IGO", "IGO")], []),
    # A title makes a person, with the role it implies.
    ("Foreign Minister Lena Hartmann met Senator Paul Okafor.",
     [("Lena Hartmann", "Lena Hartmann", None, "GOV"),
      ("Paul Okafor", "Paul Okafor", None, "LEG")], []),
    # A surname links to the full name given earlier, whatever NER called it.
    ("Germany's chancellor, Olaf Brenner, arrived. Brenner later spoke to Brenner's aides.",
     [("Olaf Brenner", "Olaf Brenner", "DEU", "GOV"), ("Brenner", "Olaf Brenner", "DEU", "GOV")],
     []),
    # An acronym links to its expansion.
    ("The Social Renewal Party (SRP) won. The SRP will govern.",
     [("Social Renewal Party", "Social Renewal Party", None, "PTY"),
      ("SRP", "Social Renewal Party", None, "PTY")], []),
    # A nationality adjective gives a person's country; plural demonyms are group actors.
    ("Russian spokeswoman Irina Volkova said the Ukrainians had left.",
     [("Irina Volkova", "Irina Volkova", "RUS", "GOV"), ("Ukrainians", "Ukraine", "UKR", "GOV")],
     []),
]  # fmt: skip


def mentions(nlp, text):
    return [(m["text"], m["name"], m["country"], m["role"]) for m in nlp(text)._.actor_mentions]


@pytest.mark.parametrize(("text", "expected", "not_actors"), CASES)
def test_actor_cases(nlp, text, expected, not_actors):
    found = mentions(nlp, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"
    for surface in not_actors:
        assert surface not in [m[0] for m in found]


def test_actors_table_counts_mentions_and_aliases(nlp):
    doc = nlp("Chile's president, Ana Ruiz, spoke. Ruiz was firm. Chile agreed, and Chile paid.")
    actors = {a["name"]: a for a in doc._.actors}
    assert actors["Ana Ruiz"]["n_mentions"] == 2
    assert actors["Ana Ruiz"]["aliases"] == ["Ana Ruiz", "Ruiz"]
    assert actors["Chile"]["n_mentions"] == 3 and actors["Chile"]["country"] == "CHL"
    assert all(m["rule_id"].startswith("actor.") for m in doc._.actor_mentions)
    assert {m["actor_id"] for m in doc._.actor_mentions} == {a["actor_id"] for a in doc._.actors}


def test_no_person_is_labelled_org_once_linked(nlp):
    doc = nlp("Prime Minister Kenji Sato visited Seoul. Sato said Sato would return.")
    labels = {m["label"] for m in doc._.actor_mentions if "Sato" in m["text"]}
    assert labels == {"PERSON"}
