"""What the document structure means for claims: front matter (headline, date line, dateline,
byline, credit) is never claim content, but for a headline that is a speaker's label or
that reports a claim with its cue ("Lopez Says Harbour Will Reopen": on PolNeAR train
25 of 35 such claims right, two samples of every 4th article), and
inside a transcript turn the first person, and the turn's label where it names the speaker,
is the turn's speaker (a question turn's is the press); an interviewer's turn is no
claim of its label (structure.turn_label)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import Any

from pipeline.actors.pronouns import pronouns
from pipeline.actors.resolve import speaks_for, turn_label_speaker
from pipeline.actors.turn_header import RULE_ID as HEADER_STATE
from pipeline.actors.turn_header import header_briefer, header_named, label_named
from pipeline.actors.turn_vocatives import addressed_names, vocative_named
from pipeline.rules import load_data
from pipeline.structure.blocks import NON_BODY

ANSWER = "structure.turn_answer"  # an interview's "A:" turn


@lru_cache(maxsize=4)
def _words(key: str) -> frozenset[str]:
    return frozenset(load_data("structure", "layout.json")[key])


def apply_layout(
    claims: list[dict],
    layout: dict | None,
    actors: list[dict],
    text: str,
    headline_rules: frozenset[str] = frozenset(),
) -> list:
    """Claims with front matter cut out of their content, and turn speakers set. A claim of
    `headline_rules` (a headline that is a speaker's label) is the headline's own. A cue
    that is the name of a markup tag left in the text (`<tweet author=...>`) is no cue."""
    claims = [c for c in claims if not _markup_tag_name(c["cue"], text)]
    if not layout:
        return claims
    blocks = [b for b in layout["blocks"] if b["kind"] in NON_BODY]
    headlines = [b for b in blocks if b["kind"] == "headline"]
    kept = [
        c
        for c in claims
        if c["rule_id"] in headline_rules
        or _headline_report(c, headlines)
        or _outside_front_matter(c, blocks, text)
    ]
    turns = layout["turns"]
    if turns:
        first_person = _words("first_person") | pronouns().first_person_possessive  # "our"
        named: dict[int, dict[str, Any]] = {}  # id(turn) -> its speaker: one look-up per turn

        lead_end = layout["paragraphs"][0][1] if layout["paragraphs"] else 0
        intro = (min(lead_end, turns[0]["start"]), turns[0]["start"])
        header = header_lines(text, layout, turns[0]["start"])
        hailed = addressed_names(turns, text)  # "Thanks, Daniel." before "MR. HALVERSEN:"
        labels = tuple(t["name"] for t in turns if t["kind"] != "press")

        def speaker_of(turn: dict) -> dict[str, Any]:
            if id(turn) not in named:
                named[id(turn)] = turn_speaker(turn, actors, text, intro, header, hailed, labels)
            return named[id(turn)]

        turn_at = range_finder(turns, "start", "end")
        for claim in kept:
            _apply_turn(claim, turn_at(claim["cue"]["start"]), first_person, speaker_of)
        label_at = range_finder(turns, "label_start", "label_end")
        kept = [c for c in kept if not _interviewer_claim(c, label_at)]
    return kept


def range_finder(items: list[dict], lo: str, hi: str) -> Callable[[int], dict | None]:
    """pos -> the first of `items` with item[lo] <= pos < item[hi], or None: found by
    bisection when the ranges are in order and apart, as a transcript's turns are, not by a
    scan of every turn for every claim."""
    apart = all(t[lo] <= t[hi] for t in items) and all(a[hi] <= b[lo] for a, b in pairwise(items))
    if not apart:
        return lambda pos: next((t for t in items if t[lo] <= pos < t[hi]), None)
    starts = [t[lo] for t in items]

    def at(pos: int) -> dict | None:
        k = bisect.bisect_right(starts, pos) - 1
        return items[k] if k >= 0 and pos < items[k][hi] else None

    return at


def _interviewer_claim(claim: dict, label_at: Callable[[int], dict | None]) -> bool:
    """structure.turn_label: the turn of one who asks ("Q:", "HOST:") is a question or
    moderation, no claim of the label; a claim the turn reports ("farmers say ...") and one of
    its own cue verb ("I think ...") stay. (`label_at`: char -> the turn whose label holds it.)"""
    turn = label_at(claim["cue"]["start"])
    return turn is not None and bool(turn.get("asks"))


def _markup_tag_name(cue: dict, text: str) -> bool:
    """The cue opens or closes a markup tag: "<" or "</" right before it (an embedded
    post's `<tweet ...>` wrapper names no act of saying)."""
    start = cue.get("start")
    if start is None:
        return False
    before = text[max(0, start - 2) : start]
    return before.endswith("<") or before == "</"


def _headline_report(claim: dict, headlines: list[dict]) -> bool:
    """A headline that reports a claim ("Lopez Says Harbour Will Reopen"): its cue and its
    content both in the headline; the headline states what the cue's speaker said."""
    cue, content = claim["cue"], claim["content"]
    return claim.get("kind") != "stance" and any(
        b["start"] <= cue["start"] < b["end"]
        and b["start"] <= content["start"]
        and content["end"] <= b["end"]
        for b in headlines
    )


def _outside_front_matter(claim: dict, blocks: list[dict], text: str) -> bool:
    """Trims a content that starts inside a dateline; False when the content is front matter."""
    content = claim["content"]
    for block in blocks:
        if block["end"] <= content["start"] or content["end"] <= block["start"]:
            continue
        if block["start"] <= content["start"] and content["end"] <= block["end"]:
            return False
        if content["start"] >= block["start"]:  # starts inside the block: keep what follows
            start = block["end"]
            while start < content["end"] and not text[start].isalnum() and text[start] != "“":
                start += 1
            if start >= content["end"]:
                return False
            content["start"], content["text"] = start, text[start : content["end"]]
    return True


def _apply_turn(
    claim: dict,
    turn: dict | None,
    first_person: frozenset,
    speaker_of: Callable[[dict], dict[str, Any]],
) -> None:
    """The claim's turn (`turn`: the one that holds its cue) and, for "I" or the turn's
    label, the turn's speaker (`speaker_of`)."""
    if turn is None:
        return
    claim["turn"] = {k: turn[k] for k in ("label", "name", "kind", "start", "end")}
    speaker = claim.get("speaker")
    if not speaker:
        return
    # the label, and any note in brackets after it ("SEN. ROWE (D-Ohio):")
    said, label = speaker["text"].strip(" :").lower(), turn["label"].strip(" :").lower()
    is_label = said == label or (said.startswith(label + " (") and said.endswith(")"))
    if speaker["text"].lower() in first_person or is_label:
        turn_actor = speaker_of(turn)
        label_actor = speaker.get("actor_id") if is_label else None
        # a label the actors stage read keeps that reading unless the turn finds someone else
        if label_actor and turn_actor["actor_id"] in (None, label_actor):
            headed = turn_actor.get("rule_id") == HEADER_STATE  # over a guess of the article's
            if turn_actor.get("country") and (headed or not speaker.get("country")):
                speaker.update({k: v for k, v in turn_actor.items() if k in HEADER_FIELDS})
            return
        speaker.update(turn_actor)  # "I", or the label "MS. SMITH:" itself
        if is_label and not turn_actor.get("rule_id"):  # the label names the speaker
            speaker.update(turn_label_speaker())  # its rule, and the confidence it declares
        speaker.update(speaks_for(speaker["text"], turn_actor) or {})  # official's "we"


GUESSED_COUNTRY = ("article", "sentence")  # a country_from the header's state outweighs
HEADER_FIELDS = ("country", "rule_id", "confidence")  # what a header adds to a known briefer


def header_lines(text: str, layout: dict, end: int) -> str:
    """The text before char `end` (the first turn) with its lines as written: the parser's
    text has its soft line breaks as spaces ("Deputy Spokesperson Washington, D.C.")."""
    chars = list(text[:end])
    for start, _ in layout.get("soft_breaks") or []:
        if start < end:
            chars[start] = "\n"
    return "".join(chars)


def turn_speaker(
    turn: dict,
    actors: list[dict],
    text: str,
    intro: tuple[int, int] = (0, 0),
    header: str = "",
    hailed: dict[str, str] | None = None,
    labels: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The actor a turn's label names: a press question is the press; "MS. PSAKI" is the
    article's Psaki when it names one; "THE PRESIDENT" is whoever the text calls President X;
    an interview's "A:" is the one the text before the first turn introduces (`intro`: the
    ends of the first paragraph and of the text before the first turn); a label named
    nowhere is named by the header or by the given name the questions hail (`hailed`); a
    label with a title and a full name ("SPOKESPERSON BINA THAPA") names that person, and
    a bare title ("SPOKESPERSON") the one person the transcript's `labels` give it."""
    unresolved = {"actor_id": None, "country": None, "role": None, "resolved_from": "turn"}
    if turn["kind"] == "press":
        return {**unresolved, "name": "the press (question)", "role": "MED", "type": "media"}
    name = turn["name"]
    answer = turn.get("rule_id") == ANSWER
    if answer:
        actor = interviewee(actors, intro, text)
    else:
        surname = _surname(name) or _titled_surname(name, text)
        actor = _person_named(surname, actors) if surname else None
    if actor is None and answer:
        return {**unresolved, "name": None}  # "A" is no one's name
    # "MATTHEW HOLT, DEPUTY SPOKESPERSON" or "Thanks, Matthew." over "MR. HOLT:"
    full = None if answer or not surname else _full_name(surname, header, hailed, turn)
    if actor is None and not answer:
        full = label_named(name, labels) or full
    if actor is None or (full is not None and " " not in actor["name"]):
        briefer = header_briefer(actors, intro[1], header, name)  # the header's state
        if actor is not None and actor.get("country_from") not in GUESSED_COUNTRY:
            briefer = {**briefer, "country": actor.get("country") or briefer.get("country")}
        return {**unresolved, "name": name, **briefer, **(full or {})}
    found = {
        "actor_id": actor["actor_id"],
        "name": actor["name"],
        "country": actor.get("country"),
        "role": actor.get("role"),
        "resolved_from": "turn",
        "type": "person",
    }
    guessed = actor.get("country_from") in GUESSED_COUNTRY  # the article's state, a guess
    if (found["country"] is None or guessed) and not answer:  # a briefer: the header's state
        briefer = header_briefer(actors, intro[1], header, name)
        found.update({k: v for k, v in briefer.items() if k != "role" or not found["role"]})
    return found


def _full_name(
    surname: str, header: str, hailed: dict[str, str] | None, turn: dict
) -> dict[str, Any] | None:
    """A label's full name from the header, else from the given name questions hail."""
    full = header_named(surname, header)
    return full or vocative_named(surname, (hailed or {}).get(turn["label"]))


def interviewee(actors: list[dict], intro: tuple[int, int], text: str = "") -> dict | None:
    """structure.turn_answer: who answers an interview's questions, the one person named
    before its first turn ("an interview with the defence minister, Ana Ruiz"); of several
    (the interviewers named too), the one the first paragraph, the title, names alone ("Q&A
    with Vice President X"), or the person named under that title later ("..., says Peru's
    deputy trade minister" over "spoke to Deputy Trade Minister Ana Ruiz"); else nobody is
    guessed."""
    lead_end, intro_end = intro
    found = [
        a
        for a in actors
        if a.get("type") == "PERSON" and a.get("first_start", intro_end) < intro_end
    ]
    if len(found) > 1:
        lead = [a for a in found if a["first_start"] < lead_end]
        named = [a for a in found if a not in lead and _titled_as(a, lead, text)]
        if len(lead) == 1 and len(named) == 1:  # the description's country, if none named
            found = [{**named[0], "country": named[0].get("country") or lead[0].get("country")}]
        else:
            found = lead
    return found[0] if len(found) == 1 else None


TITLE_REACH = 60  # characters before a name that hold its title


def _titled_as(person: dict, described: list[dict], text: str) -> bool:
    """Is the person named under the words of the one unnamed person described before
    ("Peru's deputy trade minister" -> "... Deputy Trade Minister Ana Ruiz")?"""
    if len(described) != 1 or not str(described[0].get("actor_id")).startswith("desc:"):
        return False
    words = described[0]["name"].split()  # less the state word: "Peru's", "Peruvian"
    words = [w.lower() for w in (words[1:] if words and words[0][:1].isupper() else words)]
    start = person.get("first_start", 0)
    before = text[max(start - TITLE_REACH, 0) : start].lower()
    return bool(words) and all(w in before.split() for w in words)


def _surname(name: str) -> str | None:
    """The last word of a label that is not a title ("Ms. Jean-Pierre" -> "Jean-Pierre")."""
    words = name.split()
    if not words or words[-1].lower() in _words("title_words"):
        return None
    return words[-1]


def _titled_surname(name: str, text: str) -> str | None:
    """For a bare title ("The President"), the name the text gives after that title."""
    title = re.sub(r"^The\s+", "", name)
    if not title or title.lower() in ("moderator", "operator", "interpreter"):
        return None
    pattern = _title_pattern(title)
    # a match starts where the title is written: found by `str.find`, matched only there,
    # the next search after the end of a match as `re.finditer` goes on
    at = text.find(title)
    while at != -1:
        match = pattern.match(text, at)
        if match is None:
            at = text.find(title, at + 1)
            continue
        word = match.group(1)
        if word.lower() not in _words("title_words"):
            return word
        at = text.find(title, match.end())
    return None


@lru_cache(maxsize=64)
def _title_pattern(title: str) -> re.Pattern[str]:
    """The title (not after "Vice", unless it is a vice title) and the capitalised word after
    it."""
    lookbehind = r"(?<!Vice )" if not title.startswith("Vice") else ""
    return re.compile(lookbehind + r"\b" + re.escape(title) + r"\s+([A-Z][\w’'-]+)")


def _person_named(surname: str, actors: list[dict]) -> dict | None:
    """The one person actor whose name or an alias ends with this surname; of several, the
    one with a full name ("Mette Larsen", not the label's own "LARSEN": structure.turn_label)."""
    key = surname.lower()
    found = [
        a
        for a in actors
        if a.get("type") == "PERSON"
        and any(n.split()[-1].lower() == key for n in [a["name"], *a.get("aliases", [])] if n)
    ]
    if len(found) > 1:
        found = [a for a in found if len(a["name"].split()) > 1]
    return found[0] if len(found) == 1 else None
