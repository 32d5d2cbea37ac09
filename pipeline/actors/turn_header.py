"""A briefing transcript's header says whose briefing it is: "TRANSCRIPT: Press briefing by
the Ministry of Foreign Affairs of Hungary". A turn's speaker whom the text names nowhere
else ("MS. HORVATH:") is that institution's briefer: of its state, a government speaker,
a guess (rule actor.speaker.turn_header_state); then the briefer's "we" is that state's
(actor.speaker.turn_we). Only when the text before the first turn names one state's
institutions and no other state, or, naming none, sets the briefing in one state's capital
on a line of its own ("Washington, D.C.", "New Delhi", with its date and hour after it);
other states a header names are a briefing's topics when that state's own body briefs in
its capital ("Department Press Briefing: Armenia-Azerbaijan fighting ... U.S. Department
of State ... Washington, D.C."), and a state named by its name alone is no institution
("on tariffs, Beijing and the central banks"). A briefer the header names
("Dana Whitfield, Deputy Spokesperson") with no country of her own is of that state too;
one it names in capitals the entity recogniser misses is found by the label's family name
("MATTHEW HOLT, DEPUTY SPOKESPERSON" over "MR. HOLT:"; actor.speaker.turn_header_name).
A header that names an international body's institutions and no state's ("European
Commission midday briefing") makes its briefers the body's (IGO), wherever it is held."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.actors.context_speaker import context_words, word_state
from pipeline.actors.gazetteer import load_gazetteer, slug
from pipeline.rules import rule

RULE_ID = "actor.speaker.turn_header_state"
NAME_RULE_ID = "actor.speaker.turn_header_name"
LABEL_NAME_RULE_ID = "actor.speaker.turn_label_name"
GOVERNMENT_ROLES = ("GOV",)  # a briefing by a state's government or one of its bodies
NO_STATE = ("IGO",)
SPLIT = re.compile(r"[\s\-\u2013\u2014,()/:]+")
MAX_PLACE_WORDS = 4  # a place line: "Washington, D.C.", "New Delhi", not a sentence
CLOCK_WORDS = ("a.m.", "p.m.", "am", "pm")
STATE_IDS = ("gpe:",)  # a state's own name: no institution of it


def header_state(actors: list[dict], header_end: int) -> str | None:
    """The one state the bodies and people first named before char `header_end` (the
    first turn) have, when one of them is a government body or official of it; else None.
    A state named by its own name is no institution: a title's topic ("Press Briefing:
    Armenia-Azerbaijan fighting", "on tariffs, Beijing and the central banks")."""
    before = [
        a
        for a in actors
        if a.get("first_start", header_end) < header_end
        and not str(a.get("actor_id", "")).startswith(STATE_IDS)
    ]
    states = {a["country"] for a in before if a.get("country")}
    if len(states) != 1:
        return None
    (state,) = states
    roles = NO_STATE if state in NO_STATE else GOVERNMENT_ROLES  # an IGO's own body briefs
    if not any(a.get("role") in roles and a["country"] == state for a in before):
        return None
    return state


def place_line_state(text: str, header_end: int) -> str | None:
    """The state of the one capital that a short line before char `header_end` (the first
    turn) names as its first place ("Washington, D.C.", "New Delhi"); None for none, or two."""
    gaz, found = load_gazetteer(), set()
    for line in text[:header_end].splitlines():
        for place in _line_places(line):
            entry = gaz.lookup(place)
            if entry is not None and entry.kind == "capital" and entry.country not in NO_STATE:
                found.add(entry.country)
    return found.pop() if len(found) == 1 else None


def _line_places(line: str) -> list[str]:
    """The places a header line may set a briefing in: a short line's first part, or a
    part with the date and hour after it ("Kathmandu" of "Weekly press briefing by the
    Ministry of Foreign Affairs, Kathmandu, 3 March 2026")."""
    parts = line.split(",")
    first = parts[0].strip()
    places = [first] if first and len(line.split()) <= MAX_PLACE_WORDS else []
    for k, part in enumerate(parts):
        place, rest = part.strip(), ",".join(parts[k:]).strip()
        short = bool(place) and len(place.split()) <= MAX_PLACE_WORDS
        if short and rest != place and _dated_place(rest, place):  # a date or hour after it
            places.append(place)
    return places


def body_line_state(text: str, header_end: int) -> str | None:
    """The state of the one government body that a line before char `header_end` (the
    first turn) names whole, in any case ("DEPARTMENT OF STATE", "THE WHITE HOUSE": names
    in capitals the entity recogniser misses); None for none, or two."""
    gaz, found = load_gazetteer(), set()
    for line in text[:header_end].splitlines():
        if not line.strip() or len(line.split()) > MAX_PLACE_WORDS:
            continue
        entry = gaz.lookup(line.strip())
        if entry is not None and entry.kind == "organisation" and entry.role in GOVERNMENT_ROLES:
            found.add(entry.country)
    found -= set(NO_STATE)
    return found.pop() if len(found) == 1 else None


def _dated_place(line: str, place: str) -> bool:
    """ "Washington, D.C., September 14, 2022, 2:07 p.m. EDT": a place line with the date
    and the hour after the place, every word capitalised, a number or a clock word."""
    rest = [w.strip(",;") for w in line.strip()[len(place) :].split()]
    return all(
        not w or w[:1].isupper() or any(c.isdigit() for c in w) or w in CLOCK_WORDS for w in rest
    )


def _named_states(header: str) -> set[str]:
    """The states a header's words and word pairs name ("U.S.-ROK-Japan": three)."""
    words = [w for w in SPLIT.split(header) if w]
    forms = [form for k, w in enumerate(words) for form in (w, " ".join(words[k : k + 2]))]
    return {state for form in forms if (state := word_state(form)) is not None}


def header_briefer(actors: list[dict], header_end: int, text: str = "", label: str = "") -> dict:
    """Speaker fields for a turn's unknown speaker: the header state's government (its
    institutions, else its capital's place line), with the rule and its confidence; {} when
    the header names no one state, or names other states too (a briefing on a trip:
    "Background Press Gaggle on the U.S.-ROK-Japan Trilateral Meeting ... Lima, Peru"), or
    when the header or the label calls the briefer an official of "the administration" (the
    home government, whose state a header about a call "with Russian President X" does not
    name; context_speakers.json dateline_modifiers)."""
    words = SPLIT.split(f"{text[:header_end]} {label}".lower())
    if set(words) & context_words().dateline_modifiers:
        return {}
    own = header_state(actors, header_end) or body_line_state(text, header_end)
    if own in NO_STATE:  # "European Commission, Brussels": an international body's briefing,
        # held in its seat's state, about others: its briefer is the body's
        header = text[:header_end].lower()
        if not any(w in header for w in context_words().briefing_words):
            return {}  # "Interview: the health chief on WHO support": a topic, no host
        return {"country": own, "role": own, "rule_id": RULE_ID,
                "confidence": rule(RULE_ID).confidence}  # fmt: skip
    place = place_line_state(text, header_end)
    state = own or place
    if state is None or (_named_states(text[:header_end]) - {state} and own != place):
        return {}  # none, or the header names other states too: a briefing on a trip
    # (the others are the title's topics where the state's body briefs in its capital)
    return {"country": state, "role": "GOV", "rule_id": RULE_ID,
            "confidence": rule(RULE_ID).confidence}  # fmt: skip


def header_named(surname: str, header: str) -> dict[str, Any] | None:
    """The briefer's full name on a header line the entity recogniser missed, the label's
    surname after one or two given names, in capitals or not ("MATTHEW HOLT, DEPUTY
    SPOKESPERSON", "Spokesperson Dana Lee"; rule actor.speaker.turn_header_name); none when
    the header names two people of that surname. A title or a function word is no given
    name ("SPOKESPERSON", "BRIEFING WITH")."""
    not_names = load_gazetteer().person_title_words | STOP_WORDS
    given = r"((?:[A-Z][A-Za-z'\u2019-]+[ \t]+){1,2})(" + re.escape(surname) + r")\b"
    found = set()
    for match in re.finditer(given, header, re.IGNORECASE):
        names: list[str] = []
        for word in reversed(match.group(1).split()):  # the given names right before it
            if not word[0].isupper() or word.lower() in not_names:
                break
            names.insert(0, word)
        if names:
            full = " ".join([*names, match.group(2)])
            found.add(full.title() if full.isupper() else full)
    if len(found) != 1:
        return None
    return named_person(found.pop(), NAME_RULE_ID)


def label_named(name: str, labels: tuple[str, ...]) -> dict[str, Any] | None:
    """The person a turn's label names after a title ("SPOKESPERSON BINA THAPA": Bina
    Thapa), or, for a bare title ("SPOKESPERSON"), the one person the transcript's labels
    name after that title; None for a family name alone ("MR. HOLT"), which the text's
    persons and the header resolve."""
    title, rest = _title_and_name(name)
    if not title:
        return None
    if rest:
        return named_person(" ".join(rest), LABEL_NAME_RULE_ID) if len(rest) > 1 else None
    found = set()
    for label in labels:
        other_title, other_rest = _title_and_name(label)
        if other_title == title and len(other_rest) > 1:
            found.add(" ".join(other_rest))
    return named_person(found.pop(), LABEL_NAME_RULE_ID) if len(found) == 1 else None


def _title_and_name(label: str) -> tuple[tuple[str, ...], list[str]]:
    """A label's leading title words, in lower case, and the capitalised words after them."""
    words, titles = label.split(), load_gazetteer().person_title_words
    k = 0
    while k < len(words) and words[k].lower() in titles:
        k += 1
    title, rest = tuple(w.lower() for w in words[:k]), words[k:]
    named = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest)
    return title, rest if named else []


def named_person(full: str, rule_id: str) -> dict[str, Any]:
    """The speaker fields of a person a rule names in full ("Dana Lee")."""
    return {"name": full, "actor_id": f"person:{slug(full)}", "type": "person",
            "rule_id": rule_id, "confidence": rule(rule_id).confidence}  # fmt: skip
