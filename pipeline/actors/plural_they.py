"""What a plural pronoun may stand for: not a state named only as whose a person is.

"The President spoke with Chancellor Weber of Germany. They agreed ...": "they" are the two
leaders, not Germany; a state named in a person's phrase ("Chancellor Weber of Germany",
"Germany's chancellor") says whose the person is, and a state named as a place ("in Bangkok,
Thailand"; plural_they.json place_prepositions) where something happens: neither is an
antecedent of "they", unless a group was named before the person: "they" may be that group
or the people, and the nearest state stands as before. But "they" is never the speaker or
the one spoken to: when the person's partner is "I", "we" or "you" ("you met Minister Lind
of Austria. What did they say?"), "they" are the person's side, and the state stands.

Before that search, a "they" (or an "it") that opens its sentence as its subject, or is
its main clause's subject after a phrase set before it, goes on with the subject of the
sentence before it (`continued_subject`, rule actor.speaker.continued_subject): "The two
ministers agreed ... They also called on ...", "... In a joint statement, they said".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.actors.describe import entry_for
from pipeline.actors.pronouns import pronouns
from pipeline.doctext import PerDoc
from pipeline.rules import load_data, rule

STATE_LABELS = ("GPE", "NORP")


@cache
def place_prepositions() -> frozenset[str]:
    return frozenset(load_data("actors", "plural_they.json", 1)["place_prepositions"])


def plural_antecedent(
    doc: Doc,
    mentions: list[dict],
    start: int,
    pronoun: str,
    preceding: Callable[..., dict | None],
    labels: tuple[str, ...],
) -> dict | None:
    """The speaker resolver's search for the last group before char `start` (`preceding`:
    a plural-looking one first, else any), run on the antecedents left to the pronoun:
    all but states named in a person's phrase or as a place; for "we" all of them ("X of
    the United States and Y of Japan meet ... We": the speakers are those people, and
    their states stand for them)."""
    near = [m for m in mentions if m["end"] <= start]
    if pronoun not in pronouns().first_person:
        near = _they_candidates(doc, near, start, preceding, labels)
    return preceding(near, start, labels, plural=True) or preceding(near, start, labels)


def _they_candidates(
    doc: Doc,
    near: list[dict],
    start: int,
    preceding: Callable[..., dict | None],
    labels: tuple[str, ...],
) -> list[dict]:
    """All but states named as a place and states of a person's phrase; but when the
    search would find a group named before the last such person ("Chile signed. The mayor
    met X of Austria. They ...": Chile or the two people, unsure), the nearest state
    stands as before."""
    persons = [(m["start"], m["end"]) for m in near if m.get("label") == "PERSON"]
    roles = [_state_role(doc, m, persons) for m in near]
    unplaced = [m for m, role in zip(near, roles, strict=True) if role != "place"]
    kept = [m for m, role in zip(near, roles, strict=True) if role is None]
    whose = [m for m, role in zip(near, roles, strict=True) if role == "person"]
    if whose and preceding([m for m in kept if m["end"] <= whose[-1]["start"]], start, labels):
        return unplaced
    return kept


def _state_role(doc: Doc, m: dict, persons: list[tuple[int, int]]) -> str | None:
    """ "person" for the state of a person ("X of Germany", "Germany's chancellor"),
    "place" for where something happens ("met in Bangkok, Thailand"), else None."""
    if m.get("label") not in STATE_LABELS:
        return None
    link = _state_link(doc, m["start"], m["end"])
    if link is None or link == "place":
        return link
    idx, role_noun, with_speaker = link
    is_person = role_noun or any(a <= idx < b for a, b in persons)
    return "person" if is_person and not with_speaker else None


# per Doc: a state mention's bounds -> what `_state_link` found; each "they" asks about
# every state named before it
_LINKS: PerDoc[dict[tuple[int, int], str | tuple[int, bool, bool] | None]] = PerDoc()


def _state_link(doc: Doc, start: int, end: int) -> str | tuple[int, bool, bool] | None:
    """What the parse says of a state mention, whoever the persons are: "place", or for the
    word it names whose ("X of Germany") that word's char offset, whether it is a person's
    role noun, and whether its sentence has a speaker's subject; else None."""
    known = _LINKS.get(doc)
    if known is None:
        known = _LINKS.set(doc, {})
    if (start, end) not in known:
        known[(start, end)] = _find_link(doc, start, end)
    return known[(start, end)]


def _find_link(doc: Doc, start: int, end: int) -> str | tuple[int, bool, bool] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "appos":  # "in Bangkok, Thailand"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in place_prepositions():
        return "place"  # a place, not a group: "met in Thailand"
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        person = root.head.head
    elif root.dep_ == "poss":
        person = root.head
    else:
        return None
    return person.idx, _role_person(person), _with_speaker(span.sent)


def _role_person(token: Token) -> bool:
    entry = entry_for(token)
    return entry is not None and entry.get("kind") == "person" and token.tag_ in ("NN", "NNP")


def _with_speaker(sent: Span) -> bool:
    """Is the subject of the sentence "I", "we" or "you" (whom "they" never includes)?"""
    known = pronouns()
    words = known.first_person | known.second_person
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in words for t in sent)


SUBJECT_RULE_ID = "actor.speaker.continued_subject"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MIN_SUBJECT_CONFIDENCE = 0.6  # below: a guess of the subject's state, not who it is


def previous_subject(doc: Doc, start: int, singular: bool) -> Span | None:
    """ "The two ministers agreed to ... They also called on ...", "The finance ministry
    said ... It added ...": a "they" or "it" that opens its sentence as its subject, or is
    its main clause's subject after a phrase set before it, goes on with the subject of the
    sentence before, in the same paragraph, when that subject is
    plural (a plural noun or conjuncts), or for "it" a singular noun that names no person
    (the words up to its head and its conjuncts'); else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")  # the pronoun's token
    if span is None or len(span) != 1 or span[0].dep_ not in SUBJECT_DEPS:
        return None
    pronoun = span[0]
    first = next((t for t in pronoun.sent if not (t.is_punct or t.is_space)), None)
    if first is None or pronoun.sent.start == 0:
        return None
    if first.i != pronoun.i and pronoun.head.i != pronoun.sent.root.i:
        return None  # "In a statement on Monday, they said": the main clause's subject
    before = doc[pronoun.sent.start - 1].sent
    if "\n\n" in doc[before.end - 1 : pronoun.i].text:
        return None  # another paragraph
    subject = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not _in_number(subject, singular):
        return None
    end = max(t.i for t in [subject, *subject.conjuncts]) + 1
    return doc[subject.left_edge.i : end]


def _in_number(subject: Token, singular: bool) -> bool:
    if singular:
        return (
            subject.tag_ in ("NN", "NNP")
            and not subject.conjuncts
            and subject.ent_type_ != "PERSON"
        )
    return subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)


def continued_subject(
    doc: Doc, start: int, lower: str, depth: int, resolve: Callable[..., dict | None]
) -> dict | None:
    """A "they" or "it" that goes on with the subject before it (`previous_subject`): whom
    that subject is, as the speaker resolver (`resolve`) finds it, unless a guess of its
    state or, for "it", a person (rule actor.speaker.continued_subject)."""
    known = pronouns()
    if depth >= 2 or lower in known.first_person:
        return None
    singular = lower in known.singular_group
    subject = previous_subject(doc, start, singular)
    found = subject and resolve(doc, subject.start_char, subject.end_char, depth=depth + 1)
    if not found or found.get("confidence", 1.0) < MIN_SUBJECT_CONFIDENCE:
        return None  # no one, or a guess ("The mayors met in Vienna": not Austria's)
    if singular and str(found.get("actor_id")).startswith("person:"):
        return None
    confidence = min(found.get("confidence", 1.0), rule(SUBJECT_RULE_ID).confidence)
    return {**found, "resolved_from": "pronoun", "rule_id": SUBJECT_RULE_ID,
            "confidence": confidence}  # fmt: skip
