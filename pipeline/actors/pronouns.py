"""The one pronoun list of the pipeline (`patterns/pronouns.json`)."""

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
    first_person_possessive: frozenset[str]  # my, our
    second_person_possessive: frozenset[str]  # your
    third_person_possessive: frozenset[str]  # his, her, its, their
    plural_possessive: frozenset[str]  # our, their

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

    @property
    def possessive(self) -> frozenset[str]:
        """Every possessive determiner."""
        return (
            self.first_person_possessive
            | self.second_person_possessive
            | self.third_person_possessive
        )

    @property
    def first_person_forms(self) -> frozenset[str]:
        """The speaker's own forms: I, we, us, my, our."""
        return self.first_person | self.first_person_possessive

    @property
    def first_person_plural(self) -> frozenset[str]:
        """A group's own forms: we, us, our."""
        return (self.first_person & self.plural) | (
            self.first_person_possessive & self.plural_possessive
        )

    @property
    def third_person_forms(self) -> frozenset[str]:
        """Forms that can stand for someone spoken of: he, it, they, his, their."""
        others = self.person | self.singular_group | (self.plural - self.first_person)
        return (others - self.reflexive) | self.third_person_possessive


@cache
def pronouns() -> Pronouns:
    data = load_data("actors", "pronouns.json", version=1)
    return Pronouns(**{key: frozenset(data[key]) for key in Pronouns.__dataclass_fields__})
