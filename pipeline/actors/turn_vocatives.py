"""A briefer's given name from the questions put to them: "QUESTION: Thanks, Daniel. On
Iran ..." right before "MR. HALVERSEN:" answers makes "Daniel Halversen" of a label the text
names no one of (rule actor.speaker.turn_vocative_name). A reporter thanks or hails the one
who answers by given name; only a known given name counts, and only one that most of the
questions before that label's turns address."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from pipeline.actors.gazetteer import load_gazetteer
from pipeline.actors.gender import given_name_sex
from pipeline.actors.turn_header import named_person

RULE_ID = "actor.speaker.turn_vocative_name"
# "Thanks, Daniel.", "Thank you so much, Ana,", "Daniel, on Iran ...": the name hailed
VOCATIVE = re.compile(
    r"\s*(?:(?:thanks|thank you)(?: (?:so|very) much)?,\s+([A-Z][a-z]+)\b|([A-Z][a-z]+),\s)",
    re.IGNORECASE,
)


def addressed_names(turns: list[dict], text: str) -> dict[str, str]:
    """Label -> the given name the press questions right before its turns hail most."""
    hailed: dict[str, Counter[str]] = {}
    for before, turn in pairwise(turns):
        if before["kind"] != "press" or turn["kind"] == "press":
            continue
        match = VOCATIVE.match(text, before["label_end"], before["end"])
        name = (match.group(1) or match.group(2)) if match else None
        if name and _given_name(name):
            hailed.setdefault(turn["label"], Counter())[name] += 1
    return {label: names.most_common(1)[0][0] for label, names in hailed.items()}


def _given_name(word: str) -> bool:
    return given_name_sex(word) is not None or word.lower() in load_gazetteer().given_names


def vocative_named(surname: str, given: str | None) -> dict[str, Any] | None:
    """The speaker fields of the full name the hailed given name and the label's surname make."""
    if not given:
        return None
    return named_person(f"{given} {surname.title() if surname.isupper() else surname}", RULE_ID)
