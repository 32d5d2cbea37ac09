"""The word lists of the actor rules (`patterns/words.json`), one field per purpose.

A missing or unknown key fails at load time, so the code and the data file cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from pipeline.rules import load_data

WORDS_VERSION = 1


@dataclass(frozen=True)
class Words:
    name_continuers: frozenset[str]
    name_joiners: frozenset[str]
    leading_articles: frozenset[str]
    definite_articles: frozenset[str]
    indefinite_articles: frozenset[str]
    camp_prefixes: frozenset[str]
    possessive_marks: frozenset[str]
    trailing_marks: frozenset[str]
    org_trailing_words: frozenset[str]
    numbering_words: frozenset[str]
    member_prepositions: frozenset[str]
    host_prepositions: frozenset[str]
    posting_prepositions: frozenset[str]
    located_prepositions: frozenset[str]
    stationed_prepositions: frozenset[str]
    portfolio_titles: frozenset[str]
    thing_title_prepositions: frozenset[str]
    department_words: frozenset[str]
    department_plural: frozenset[str]
    copula_lemmas: frozenset[str]
    coordinators: frozenset[str]
    joint_words: frozenset[str]
    byline_openers: frozenset[str]
    credit_labels: frozenset[str]
    speech_lemmas: frozenset[str]
    issued_nouns: frozenset[str]
    carrier_nouns: frozenset[str]
    medium_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    government_modifiers: frozenset[str]
    regime_modifiers: frozenset[str]
    unrecognised_modifiers: frozenset[str]
    partitive_words: frozenset[str]
    other_party_nouns: frozenset[str]
    posted_nouns: frozenset[str]
    posted_bodies: frozenset[str]
    staff_nouns: frozenset[str]
    reader_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    opposing_groups: frozenset[str]
    company_verbs: frozenset[str]
    cataphoric_pronouns: frozenset[str]
    absolute_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    noun_target_prepositions: frozenset[str]
    shared_place_names: frozenset[str]
    near_country_names: frozenset[str]
    venue_words: frozenset[str]
    resident_group_nouns: frozenset[str]
    regional_words: frozenset[str]
    igo_heads: frozenset[str]
    non_igo_words: frozenset[str]
    group_name_heads: frozenset[str]
    apposition_group_nouns: frozenset[str]
    agent_suffixes: frozenset[str]
    rank_modifiers: frozenset[str]
    seniority_words: frozenset[str]
    opposition_words: frozenset[str]
    past_title_words: frozenset[str]
    office_rank_words: frozenset[str]
    title_head_nouns: frozenset[str]
    count_words: dict[str, int]


def parse_words(data: dict[str, Any]) -> Words:
    """Words from the data of a words.json file, its version and keys checked."""
    if data.get("version") != WORDS_VERSION:
        raise ValueError(f"actors words: unsupported version {data.get('version')!r}")
    lists = {key: frozenset(row["words"]) for key, row in data["words"].items()}
    counts = {key: dict(row["values"]) for key, row in data["counts"].items()}
    given, wanted = {*lists, *counts}, {f.name for f in fields(Words)}
    if given != wanted:
        raise ValueError(f"actors words: unknown {given - wanted}, missing {wanted - given}")
    return Words(**lists, **counts)


def words_data() -> dict[str, Any]:
    """The package's words.json, as data (what a component saves with `to_disk`)."""
    return load_data("actors", "words.json", WORDS_VERSION)


@cache
def default_words() -> Words:
    return parse_words(words_data())
