"""Lookup tables for actors: countries (pycountry plus our aliases), organisations, roles.

Built once per process from the data files in `patterns/` (read through
`pipeline.rules.load_data`) and from pycountry.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pycountry

from pipeline.rules import load_data

# States whose people's names are written family name first ("Xi Jinping", "Kim Jong Un").
# the kinds of entry that name a state: its name ("Norway") or nationality word ("Norwegian")
STATE_KINDS = ("country", "demonym")
# those and a capital, which names its state too ("Kabul said", "the spokesman in Kabul")
STATE_OR_CAPITAL_KINDS = (*STATE_KINDS, "capital")

FAMILY_FIRST = {"CHN", "HKG", "TWN", "PRK", "KOR", "VNM", "KHM", "MNG"}


@dataclass(frozen=True)
class Entry:
    """A gazetteer hit: which actor a surface form stands for."""

    actor_id: str
    name: str
    type: str  # GPE or ORG
    country: str | None
    role: str | None
    kind: str  # country, demonym, capital, organisation


@dataclass
class Gazetteer:
    by_form: dict[str, Entry] = field(default_factory=dict)  # normalised surface form -> entry
    person_titles: dict[str, str] = field(default_factory=dict)  # title -> role
    person_title_words: set[str] = field(default_factory=set)  # "prime", "minister", ...
    # the first and the last words of the titles: a cheap test before joining a window's words
    person_title_firsts: set[str] = field(default_factory=set)  # "prime", "foreign"
    person_title_lasts: set[str] = field(default_factory=set)  # "minister", "spokeswoman"
    org_keywords: list[tuple[str, str]] = field(default_factory=list)  # (keyword, role)
    # the org_keywords by shape, as indices into it: a one-word keyword is a word of the name,
    # a longer one is found in the name's words joined and padded with spaces
    org_keyword_words: dict[str, list[int]] = field(default_factory=dict)
    org_keyword_phrases: list[tuple[int, str]] = field(default_factory=list)  # (i, " a b ")
    match_forms: set[str] = field(default_factory=set)  # names to find in text as written
    people: dict[str, Entry] = field(default_factory=dict)  # normalised name or alias -> person
    org_words: set[str] = field(default_factory=set)  # one-word organisation keywords
    business_words: set[str] = field(default_factory=set)  # "energy": of a name, not one alone
    non_actor_heads: set[str] = field(default_factory=set)  # "programme", "summit", ...
    non_actor_names: set[str] = field(default_factory=set)  # normalised "indo-pacific", ...
    place_prepositions: set[str] = field(default_factory=set)  # "in Madrid": a place
    # family name -> the one person of people.json with it ("Prime Minister Han")
    people_by_family_name: dict[str, Entry] = field(default_factory=dict)
    name_particles: set[str] = field(default_factory=set)  # "bin", "van": lowercase in names
    non_name_suffixes: tuple[str, ...] = ()  # "ness", "tion": endings of common nouns
    non_name_words: set[str] = field(default_factory=set)  # "order", "edge"
    vocative_cues: set[str] = field(default_factory=set)  # "thanks" in "Thanks, Paul."
    given_names: set[str] = field(default_factory=set)  # "dean": a common given name
    name_descriptors: set[str] = field(default_factory=set)  # "nonpartisan Ana Lee"
    place_nouns: set[str] = field(default_factory=set)  # "the town of X": X is a place
    # given name -> the one person of people.json with it ("Jake")
    people_by_given_name: dict[str, Entry] = field(default_factory=dict)
    # a city or region of one state -> that state (places.generated.json: "Samarra": IRQ)
    places: dict[str, str] = field(default_factory=dict)

    # text as written -> what `lookup` finds: the same words are asked again and again (the
    # gazetteer is complete before it is first asked)
    found: dict[str, Entry | None] = field(default_factory=dict, repr=False, compare=False)

    def person(self, text: str) -> Entry | None:
        return self.people.get(normalise_form(text))

    def lookup(self, text: str) -> Entry | None:
        try:  # most words were asked before: a plain subscript, no method call
            return self.found[text]
        except KeyError:
            if len(self.found) > MAX_FOUND:
                self.found.clear()
            found = self.found[text] = self.by_form.get(normalise_form(text))
            return found

    def person_by_family_name(self, text: str) -> Entry | None:
        return self.people_by_family_name.get(normalise_form(text))

    def person_by_given_name(self, text: str) -> Entry | None:
        return self.people_by_given_name.get(normalise_form(text))

    def place_state(self, text: str) -> str | None:
        """The state a city or region of only one state is in ("Tikrit": IRQ)."""
        return self.places.get(normalise_form(text))


MAX_FOUND = 1 << 16  # a long run meets ever more words: start afresh past this many
# the patterns of `normalise_form`, compiled once: it runs for every candidate form
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE_END = re.compile(r"'s$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # the same words are looked up again and again
def normalise_form(text: str) -> str:
    """Case-, article- and apostrophe-insensitive key for a surface form."""
    text = text.replace("’", "'").strip().lower()
    # each pattern only where it can match: most forms have no article, "'s" or odd space
    if text.startswith("the"):
        text = _LEADING_THE.sub("", text)
    if text.endswith("'s"):  # stripped: no line break after it for `$` to match before
        text = _POSSESSIVE_END.sub("", text)
    if "  " in text or not text.isprintable():  # every space but " " is unprintable
        text = _SPACES.sub(" ", text)
    return text


def _read(name: str) -> dict:
    return load_data("actors", name)


def country_entry(alpha3: str, kind: str = "country") -> Entry | None:
    entry = _countries().get(alpha3)
    if entry is None:
        return None
    return Entry(f"gpe:{alpha3}", entry["name"], "GPE", alpha3, "GOV", kind)


@cache
def state_adjective(alpha3: str) -> str:
    """The word news puts before a state's bodies and people ("Serbian", "Dutch", "South
    Korean"): its first demonym, the curated ones first, that is no noun of a person ("New
    Zealander", "Serb" beside "Serbian") nor a plural; else the state's name ("New Zealand
    foreign ministry")."""
    entry = _countries().get(alpha3)
    if entry is None:
        return alpha3
    forms = [*entry["curated"]["demonyms"], *entry["generated"]["demonyms"]]
    listed = set(forms)

    def adjective(form: str) -> bool:
        person_noun = form.endswith(("er", "ers")) or {form + "ian", form + "an"} & listed
        plural = form.endswith("s") and form[:-1] in listed
        return not person_noun and not plural

    return next((f for f in forms if adjective(f)), entry["name"])


@cache
def _countries() -> dict[str, dict]:
    """Country forms: the curated countries.json first, then the generated file.

    The generated file (scripts/build_gazetteer.py, from pycountry and countryinfo) covers
    every country; the curated one adds the forms news text uses and wins on names.
    """
    curated = _read("countries.json")["countries"]
    generated = _read("countries.generated.json")["countries"]
    merged: dict[str, dict] = {}
    for alpha3 in sorted(set(curated) | set(generated)):
        mine, theirs = curated.get(alpha3, {}), generated.get(alpha3, {})
        merged[alpha3] = {
            "name": mine.get("name") or theirs.get("name") or alpha3,
            "curated": {k: mine.get(k, []) for k in ("aliases", "demonyms", "capitals")},
            "generated": {k: theirs.get(k, []) for k in ("aliases", "demonyms", "capitals")},
        }
    return merged


@cache
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    # Curated forms first, so that they win over generated ones and official long names.
    for source in ("curated", "generated"):
        for alpha3, country in _countries().items():
            for kind, field_name in (
                ("country", "aliases"),
                ("demonym", "demonyms"),
                ("capital", "capitals"),
            ):
                entry = country_entry(alpha3, kind)
                for form in country[source][field_name]:
                    if normalise_form(form) not in gaz.by_form:
                        gaz.by_form[normalise_form(form)] = entry
                        # Only curated names are searched for beyond NER: generated ones
                        # include words like "Chad" or "Jordan" that are also first names.
                        if kind != "demonym" and source == "curated":
                            gaz.match_forms.add(form)
    _add_unaccented(gaz)
    for country in pycountry.countries:
        entry = country_entry(country.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            form = getattr(country, attr, None)
            if form and entry is not None:
                gaz.by_form.setdefault(normalise_form(form), entry)
    for org in _read("organisations.json")["organisations"]:
        entry = _named_entry(org, "ORG", "organisation")
        for form in [org["name"], *org["aliases"]]:
            gaz.by_form[normalise_form(form)] = entry
            gaz.match_forms.add(form)
    roles = _read("roles.json")
    _add_person_titles(gaz, roles["person_titles"])
    gaz.match_forms = {f for f in gaz.match_forms if not f.lower().startswith("the ")}
    gaz.people = _people()
    gaz.match_forms |= _people_forms()  # "Trump" where NER tagged no name
    gaz.people_by_family_name = _people_by_family_name()
    shape = roles["name_shape"]
    gaz.name_particles = set(shape["name_particles"])
    gaz.non_name_suffixes = tuple(shape["non_name_suffixes"])
    gaz.non_name_words = set(shape["non_name_words"])
    gaz.vocative_cues = set(shape["vocative_cues"])
    gaz.given_names = set(shape["given_names"])
    _match_capitals(gaz)  # after the given names, which it leaves out
    _match_state_names(gaz)
    gaz.name_descriptors = set(shape["name_descriptors"])
    gaz.place_nouns = set(roles["place_nouns"])
    gaz.people_by_given_name = _people_by_given_name()
    gaz.org_keywords = [
        (keyword, role) for role, words in roles["org_keywords"].items() for keyword in words
    ]
    _index_org_keywords(gaz)
    gaz.non_actor_heads = set(roles["non_actor_heads"])
    gaz.place_prepositions = set(roles["place_prepositions"])
    gaz.non_actor_names = {normalise_form(n) for n in roles["non_actor_names"]}
    gaz.org_words = {keyword for keyword, _ in gaz.org_keywords if " " not in keyword}
    gaz.business_words = {keyword for keyword, role in gaz.org_keywords if role == "BUS"}
    places = _read("places.generated.json")["places"]
    gaz.places = {normalise_form(name): alpha3 for name, alpha3 in places.items()}
    return gaz


def _match_state_names(gaz: Gazetteer) -> None:
    """Generated names of states are searched for where NER misses them too ("ABUJA - Nigeria
    and Niger agreed", NER tagging only "Niger"), but not those that are also given names,
    other places or words (countries.json unmatched_names), nor names of one word in
    capitals or lower case."""
    skip = set(_read("countries.json")["unmatched_names"]["forms"])
    for country in _countries().values():
        for form in country["generated"]["aliases"]:
            if form not in skip and form.lower() not in gaz.given_names and form.istitle():
                gaz.match_forms.add(form)


def _match_capitals(gaz: Gazetteer) -> None:
    """Generated capitals are searched for where NER misses them too ("Tashkent at the time
    threatened"), but not those that are also names, words or other places
    (countries.json unmatched_capitals)."""
    skip = set(_read("countries.json")["unmatched_capitals"]["forms"])
    for country in _countries().values():
        for form in country["generated"]["capitals"]:
            if form not in skip and form.lower() not in gaz.given_names:
                gaz.match_forms.add(form)


MIN_UNACCENTED = 6  # "Male" (Malé) and "Lome" (Lomé) are words too, or nearly


def _add_unaccented(gaz: Gazetteer) -> None:
    """ "Bogota", "Brasilia", "Asuncion": wire copy drops the accents of a state's or a
    capital's name; each is a form of its entry too, unless the form is taken or short."""
    for form, entry in list(gaz.by_form.items()):
        plain = unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode()
        if plain != form and (len(plain) >= MIN_UNACCENTED or " " in plain):
            gaz.by_form.setdefault(plain, entry)


def _add_person_titles(gaz: Gazetteer, by_role: dict[str, list[str]]) -> None:
    for role, titles in by_role.items():
        # "secretary-general" as the tokenizer splits it, "secretary - general"
        for title in {*titles, *(t.replace("-", " - ") for t in titles if "-" in t)}:
            gaz.person_titles[title] = role
            gaz.person_title_words.update(title.split())
            gaz.person_title_firsts.add(title.split(" ")[0])
            gaz.person_title_lasts.add(title.split(" ")[-1])


def _index_org_keywords(gaz: Gazetteer) -> None:
    for i, (keyword, _role) in enumerate(gaz.org_keywords):
        if " " in keyword:
            gaz.org_keyword_phrases.append((i, f" {keyword} "))
        else:
            gaz.org_keyword_words.setdefault(keyword, []).append(i)


def _named_entry(record: dict, actor_type: str, kind: str) -> Entry:
    """The entry of an organisation or person record of the data files."""
    prefix = "org" if actor_type == "ORG" else "person"
    return Entry(
        f"{prefix}:{slug(record['name'])}",
        record["name"],
        actor_type,
        record["country"],
        record["role"],
        kind,
    )


def _people() -> dict[str, Entry]:
    """Full names always; an alias only when a single person in people.json has it."""
    owners: dict[str, list[Entry]] = {}
    full: dict[str, Entry] = {}
    for person in _read("people.json")["people"]:
        entry = _named_entry(person, "PERSON", "person")
        full[normalise_form(person["name"])] = entry
        for alias in person["aliases"]:
            owners.setdefault(normalise_form(alias), []).append(entry)
    unique = {form: entries[0] for form, entries in owners.items() if len(entries) == 1}
    return {**unique, **full}


def _people_forms() -> set[str]:
    """People's names as written, and the aliases only one person in people.json has, to
    find in text where NER missed them."""
    forms: Counter[str] = Counter()
    for person in _read("people.json")["people"]:
        forms.update({person["name"], *person["aliases"]})
    return {form for form, n in forms.items() if n == 1}


def _people_by_family_name() -> dict[str, Entry]:
    """A family name (`family_name`, else the name's last word) -> the person, when only
    one person in people.json with a role has it, or of several the one marked
    `title_default` ("President Bush"); with none marked, no one ("President Clinton")."""
    owners: dict[str, list[tuple[Entry, bool]]] = {}
    for person in _read("people.json")["people"]:
        if person["role"] is None:
            continue  # a title goes with an office holder: "President Biden" is not Jill
        family = person.get("family_name") or person["name"].split()[-1]
        entry = _named_entry(person, "PERSON", "person")
        owners.setdefault(normalise_form(family), []).append(
            (entry, bool(person.get("title_default")))
        )
    chosen = {}
    for form, entries in owners.items():
        defaults = [entry for entry, default in entries if default]
        if len(entries) == 1 or len(defaults) == 1:
            chosen[form] = entries[0][0] if len(entries) == 1 else defaults[0]
    return chosen


def _people_by_given_name() -> dict[str, Entry]:
    """A given name (the name's first word, unless the person is known by family name
    first) -> the person, when only one person in people.json has it; never a historical
    figure, whose given name ("Bill", "Tony") is today anyone's."""
    owners: dict[str, list[Entry]] = {}
    for person in _read("people.json")["people"]:
        if person.get("historical"):
            continue
        words = person["name"].split()
        family = person.get("family_name")
        if len(words) < 2 or (family and words[0] == family) or person["country"] in FAMILY_FIRST:
            continue
        entry = _named_entry(person, "PERSON", "person")
        owners.setdefault(normalise_form(words[0]), []).append(entry)
    return {form: entries[0] for form, entries in owners.items() if len(entries) == 1}


MIN_MISSPELT_LENGTH = 6  # "Kenia": shorter words are too close to other words


def misspelt_country(text: str) -> Entry | None:
    """ "Argentena", "Camerroon", "Venezuea": the one country (name or nationality word) the
    word is a single edit away from, an edit inside the word (not at its ends: "Indiana"
    is not "Indian"), else None."""
    if len(text) < MIN_MISSPELT_LENGTH or not text[:1].isupper() or " " in text:
        return None
    word = text.lower()
    found = {
        entry.country: entry
        for form, entry in _country_forms().get((word[0], word[-1]), ())
        if abs(len(form) - len(word)) <= 1 and _one_inner_edit(word, form)
    }
    return next(iter(found.values())) if len(found) == 1 else None


@cache
def _country_forms() -> dict[tuple[str, str], list[tuple[str, Entry]]]:
    """The one-word country names and nationality words, lowercase, by their first and
    last letters (an inner edit keeps both), in the gazetteer's order."""
    forms: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
    for form, entry in load_gazetteer().by_form.items():
        if (
            entry.kind in ("country", "demonym")
            and " " not in form
            and len(form) >= MIN_MISSPELT_LENGTH - 1
            and entry.country not in (None, "IGO")
        ):
            forms.setdefault((form[0], form[-1]), []).append((form, entry))
    return forms


def _one_inner_edit(a: str, b: str) -> bool:
    """Are a and b one insertion, deletion, substitution or swap of neighbours apart,
    with the same first and last letters?"""
    if a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] + a[i : i + 1] == b[i : i + 2] and a[i + 2 :] == b[i + 2 :]
        return a[i + 1 :] == b[i + 1 :] or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def slug(text: str) -> str:
    text = normalise_form(text)
    return _NON_WORDS.sub("-", text).strip("-")


_NON_WORDS = re.compile(r"[^\w]+")  # compiled once: `slug` runs for every unnamed actor
