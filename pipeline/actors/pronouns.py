"""The one pronoun list of the actor stage (`patterns/pronouns.json`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.rules import load_data


@dataclass(frozen=True)
class Pronouns:
    person: frozenset[str]  # he, she: the most recent person
    singular_group: frozenset[str]  # it: the most recent organisation or state
    plural: frozenset[str]  # they, we: the most recent group
    first_person: frozenset[str]
    second_person: frozenset[str]
    reflexive: frozenset[str]  # himself, themselves
    relative: frozenset[str]  # which, that: no one by themselves

    @property
    def all(self) -> frozenset[str]:
        """Every personal pronoun, reflexive ones included."""
        return (
            self.person | self.singular_group | self.plural | self.first_person | self.second_person
        )

    @property
    def personal(self) -> frozenset[str]:
        """Personal pronouns that can stand as a speaker: he, it, they, I, you..."""
        return self.all - self.reflexive


@cache
def pronouns() -> Pronouns:
    data = load_data("actors", "pronouns.json", version=1)
    return Pronouns(**{key: frozenset(data[key]) for key in Pronouns.__dataclass_fields__})
