"""Compatibility before recency: may a described phrase ("the foreign ministry", "the
spokeswoman", "Brazilian officials") refer to this actor mention?

A mention is compatible when its label is one the noun may refer to, its country is the
phrase's (when the phrase names one), its role does not contradict the noun's, an
organisation noun that bodies are named by is in its name with the phrase's modifiers
("foreign ministry" -> "Ministry of Foreign Affairs", not "Department of Commerce"), and a
person noun with title words was said of the person ("the spokeswoman" -> the person
introduced as a spokeswoman, not a head of state), as an office's noun was ("the security
advisor" -> a person introduced as an advisor).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.describe import Description, unnamed_id
from pipeline.actors.gazetteer import STATE_OR_CAPITAL_KINDS, load_gazetteer
from pipeline.actors.state_bodies import body_key
from pipeline.actors.words import default_words
from pipeline.doctext import PerDoc

TITLE_WINDOW = 6  # tokens before a person's name searched for the words they were introduced with
APPOSITION_WINDOW = 8  # tokens after "Name," searched ("X, a spokeswoman for Y,")
PLACE_KINDS = STATE_OR_CAPITAL_KINDS  # where a posted body is
SPELLINGS = {"defence": "defense", "organisation": "organization", "labour": "labor"}


def _norm(word: str) -> str:
    return SPELLINGS.get(word, word)


def compatible(doc: Doc, desc: Description, m: dict, titles: set[str] | None = None) -> bool:
    """May the phrase described by `desc` refer to mention `m`?"""
    if m.get("label") not in desc.labels:
        return False
    if desc.new_referent and m.get("label") == "PERSON":
        return False  # "diplomats said", "an adviser said": not a person named before
    if desc.kind == "person" and not desc.plural and m.get("label") != "PERSON":
        return False  # "the official said": one person, not the state or body named last
    if desc.country is not None and m.get("country") != desc.country:
        return False
    if other_party(desc, m) or (desc.host is not None and m.get("country") == desc.host):
        return False  # "the embassy in Washington" is no U.S. body
    if placed_elsewhere(doc, desc, m):
        return False
    if (
        desc.role is not None
        and m.get("role") not in (None, desc.role)
        and not _igo_office(desc, m)
    ):
        return False
    if desc.named_by_head and m.get("label") == "ORG" and not named_by(desc, m):
        return False
    if desc.place is not None and not _placed_there(desc.place, m):
        return False  # "officials in Tiraspol": of that place, not a body named elsewhere
    if desc.members is not None and not _with_members(desc.members, m):
        return False  # "the group of bondholders" is no ministry named before
    if desc.role_required and m.get("label") == "ORG" and m.get("role") != desc.role:
        return named_by(desc, m)  # "the opposition": no body of unknown role named before
    if desc.titles and m.get("label") == "PERSON":
        if unnamed_with_noun(desc, m):
            return True  # "a Chinese diplomat ... the diplomat": the unnamed one
        return _introduced_with(desc.titles, titles or set()) and _same_rank(desc, titles)
    if office_noun(desc) and m.get("label") == "PERSON":
        # "the National Security Advisor": an office, not any official of the government
        return desc.noun in (titles or set())
    return True


def _introduced_with(wanted: frozenset[str], words: set[str]) -> bool:
    """Was a person introduced with one of the title words, a hyphenated one with all its
    parts ("Secretary-General": secretary, general)?"""
    return any(t in words or ("-" in t and set(t.split("-")) <= words) for t in wanted)


def unnamed_with_noun(desc: Description, m: dict) -> bool:
    """Is the mention an unnamed person the text called by the phrase's noun?"""
    words = (m.get("name") or "").lower().split()
    return unnamed_id(m.get("actor_id")) and desc.noun in words


def _igo_office(desc: Description, m: dict) -> bool:
    """ "the diplomat", "the official": a government's office noun that an international
    organisation's people hold too ("a senior EU diplomat ... the diplomat")."""
    return desc.role == "GOV" and m.get("role") == "IGO" and m.get("label") == "PERSON"


def _same_rank(desc: Description, titles: set[str] | None) -> bool:
    """ "The deputy minister" is not the minister named before: a rank word of the
    phrase (words.json rank_modifiers) must be one the person was introduced with; and
    "the minister" is not Prime Minister X, nor "the president" former President X: an office
    or past word the person was introduced with (office_rank_words, past_title_words) must
    be in the phrase."""
    words, modifiers, titles = default_words(), {w.lower() for w in desc.modifiers}, titles or set()
    if not (modifiers | desc.ranks) & words.rank_modifiers <= titles:  # 'former' is no core word
        return False
    # 'the president' is not former President X either: a past title's word must be in it
    ranked = titles & (words.office_rank_words | words.past_title_words)
    return ranked <= modifiers | desc.ranks


def placed_elsewhere(doc: Doc, desc: Description, m: dict) -> bool:
    """ "The embassy in London" after "the Russian embassy in Kyiv": a body posted in
    another state's city is another body, not the one named before."""
    if desc.host is None or m.get("label") != "ORG":
        return False
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    i = span.end if span is not None else len(doc)
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return False
    entry = load_gazetteer().lookup(doc[i + 1].text)  # "in Kyiv": a capital or a state
    there = entry.country if entry is not None and entry.kind in PLACE_KINDS else None
    return there not in (None, "IGO", desc.host)


def other_party(desc: Description, m: dict) -> bool:
    """Is the mention the other side named by a noun of relation ("his counterpart in
    Lima"), and the phrase another noun? Then it is not whom the phrase stands for (rule
    actor.speaker.role_noun)."""
    others = default_words().other_party_nouns
    words = (m.get("text") or "").lower().split()  # "counterpart in Cairo", "counterpart Li"
    return desc.noun not in others and any(w in others for w in words)


def office_noun(desc: Description) -> bool:
    """A singular person noun with modifiers and no title words of its own ("the security
    advisor"): it names one office, said only of a person introduced with its noun. "An
    administration official" names none (words.json government_modifiers)."""
    if desc.kind != "person" or desc.titles or desc.plural:
        return False
    return bool(set(desc.modifiers) - default_words().government_modifiers)


def _placed_there(place: str, m: dict) -> bool:
    """Is the mention named or written with the place ("Officials in Male" itself)?"""
    return any(place.lower() in (m.get(key) or "").lower() for key in ("name", "text"))


def _with_members(members: str, m: dict) -> bool:
    """Is the mention named with the members' noun ("Union of Farmers": farmers)?"""
    words = (m.get("name") or m.get("text") or "").lower().split()
    return any(w.startswith(members) for w in words)


def named_by(desc: Description, m: dict) -> bool:
    """Is the organisation named with the phrase's noun and modifiers?"""
    name = " ".join(_norm(w) for w in (m.get("name") or m.get("text") or "").lower().split())
    if desc.noun not in name.split():
        key = body_key([*desc.modifiers, desc.noun])
        return key is not None and key in (m.get("actor_id") or "")
    return all(_norm(w) in name.split() for w in desc.modifiers)


def introduced_as(doc: Doc, mentions: list[dict], actor_id: str | None, before: int) -> set[str]:
    """The lowercase words a person was introduced with before char `before`: the words
    right before each mention in its sentence, and its apposition after a comma; an unnamed
    person's own noun too ("a senior EU diplomat ... the diplomat")."""
    mine = [m for m in mentions if m.get("actor_id") == actor_id and m["start"] < before]
    words = introductions(doc, mine, others=mentions).get(actor_id, set())
    if unnamed_id(actor_id):  # "a senior EU diplomat": introduced as a diplomat
        heads = (doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in mine)
        words = words | {span.root.lemma_.lower() for span in heads if span is not None}
    return words


def introductions(
    doc: Doc, mentions: list[dict], others: list[dict] | None = None
) -> dict[str | None, set[str]]:
    """actor_id -> the lowercase words its mentions were introduced with (see
    `introduced_as`), in one pass. The words before a mention stop at another person
    (`others`, else `mentions`): in "Prime Minister A hosted President B", B was not
    introduced as a minister."""
    words: dict[str | None, set[str]] = {}
    ends = sorted(m["end"] for m in (others or mentions) if m.get("label") == "PERSON")
    known = _INTRODUCED.get(doc)
    if known is None:
        known = _INTRODUCED.set(doc, {})
    for m in mentions:
        i = bisect_right(ends, m["start"])
        floor = ends[i - 1] if i else -1  # where the last person before it ends
        key = (m["start"], m["end"], floor)
        if key not in known:
            known[key] = _introduction(doc, m["start"], m["end"], floor)
        if known[key] is not None:
            words.setdefault(m.get("actor_id"), set()).update(known[key])
    return words


# per Doc: a mention's (start, end) and where the last person before it ends -> the words
# it was introduced with; each speaker asks again about the mentions before it
_INTRODUCED: PerDoc[dict[tuple[int, int, int], frozenset[str] | None]] = PerDoc()


def _introduction(doc: Doc, start: int, end: int, floor: int) -> frozenset[str] | None:
    """The lowercase words right before a mention in its sentence, from char `floor` on,
    and its apposition after a comma; None for a mention on no token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent_start, sent_end = sentence_bounds(span)
    window = doc[max(sent_start, span.start - TITLE_WINDOW) : span.end]
    found = {t.lower_ for t in window if t.idx >= floor}
    if span.end < sent_end and doc[span.end].text == ",":
        found.update(t.lower_ for t in doc[span.end : min(sent_end, span.end + APPOSITION_WINDOW)])
    return frozenset(found)


def repeated_noun(
    doc: Doc, desc: Description, mentions: list[dict], start: int, end: int
) -> list[dict]:
    """The mentions in chars [start, end) that end in the phrase's own plural noun, of its
    state if it names one ("Kenyan officials met ... The officials said"): repeating a
    noun is the plainest way back to what it named. Only plurals: "the minister" is
    resolved by the titles people were introduced with. Two such mentions of different
    actors ("US officials met Chinese officials") tie, and one coordinated with another
    group ("Kenyan officials and Ugandan ministers") is only part of what the phrase may
    name: none."""
    if not desc.plural:
        return []
    forms = (f"{desc.noun}s", f"{desc.noun}es")
    found = [
        m
        for m in mentions
        if start <= m["start"]
        and m["end"] <= end
        and (m.get("text") or "").lower().split()[-1:] in ([forms[0]], [forms[1]])
        and desc.country in (None, m.get("country"))
    ]
    if len({m.get("actor_id") or m.get("text") for m in found}) != 1:
        return []
    return [] if any(_coordinated(doc, m) for m in found) else found


def _coordinated(doc: Doc, m: dict) -> bool:
    """Is the mention's head joined by a conjunction to another noun ("X and Y")?"""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
