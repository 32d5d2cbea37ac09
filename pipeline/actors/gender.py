"""A person's sex as the text tells it, so that "she" does not go to the last man named.

Evidence for one person (patterns/gender.json, given_names.generated.json), gathered over
all mentions of one actor; evidence both ways tells nothing:

- an honorific right before the name ("Mrs. Ruiz", "Mr. Berg");
- a role noun of one sex in the phrase before the name ("spokeswoman Ana Lee") or in
  apposition to it ("Ana Lee, the chairwoman of the board");
- the given name of a full name ("Ana Ruiz"), from a list of names nearly always of one sex,
  unless the name is written family name first ("Ma Zhaoxu", "Park Geun-hye");
- a possessive his/her or a subject he/she after the person, the subject of its sentence,
  with no other person there ("Tomas Berg said his party would win"; not an object
  "her": "Berg said the ruling hurt her" is about someone else);
- a subject he/she when the person is the only one named before it ("Okello Mugisha
  arrived. He said ..."): weaker than an honorific, a role noun, a bound pronoun or a
  common given name; against a name rare in the (American) list, it leaves the sex untold;
- so weak, a subject he/she opening the sentence after the one the person is the main
  subject of ("Ana Ruiz defended the deal. She insisted ...").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import sentence_bounds, word_positions
from pipeline.actors.pronouns import pronouns
from pipeline.doctext import PerDoc
from pipeline.rules import load_data

FEMALE, MALE = "female", "male"
BEFORE_NAME = 4  # tokens before a name searched for an honorific or a role noun
STOP_POS = ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ")
# third-person singular forms of each sex (a pronoun bound by its subject)
PRONOUN_SEX = {"she": FEMALE, "her": FEMALE, "herself": FEMALE, "hers": FEMALE}
PRONOUN_SEX |= {"he": MALE, "him": MALE, "himself": MALE, "his": MALE}


@dataclass(frozen=True)
class GenderWords:
    honorifics: dict[str, str]  # lower form -> sex
    role_nouns: dict[str, str]
    given_names: dict[str, str]  # as written ("Ana") -> sex
    family_first: frozenset[str]  # "Ma", "Park": a name's first word that is its family name
    rare_names: frozenset[str]  # names of few US births: the text's pronouns may contradict them


def _by_sex(table: dict[str, list[str]], lower: bool = True) -> dict[str, str]:
    return {(w.lower() if lower else w): sex for sex in (FEMALE, MALE) for w in table[sex]}


@cache
def gender_words() -> GenderWords:
    words = load_data("actors", "gender.json", version=1)
    names = load_data("actors", "given_names.generated.json", version=1)
    return GenderWords(
        honorifics=_by_sex(words["honorifics"]),
        role_nouns=_by_sex(words["role_nouns"]),
        given_names={
            name: sex
            for name, sex in _by_sex(names, lower=False).items()
            if name not in words["names_of_either_sex"]["names"]
        },
        family_first=frozenset(n for ns in words["family_first_names"].values() for n in ns),
        rare_names=frozenset(names["rare"]),
    )


def pronoun_sex(lower: str) -> str | None:
    """'she' -> female, 'he' -> male; None for any other word."""
    return PRONOUN_SEX.get(lower)


def noun_sex(lower: str) -> str | None:
    """The sex a role noun names ('spokeswoman' -> female), or None."""
    return gender_words().role_nouns.get(lower)


# per Doc (a PerDoc: a weak dictionary's look-up makes a weak reference each time)
_KNOWN: PerDoc[tuple[list[dict], dict[str, str]]] = PerDoc()


def person_sexes(doc: Doc, mentions: list[dict]) -> dict[str, str]:
    """actor_id -> sex for the persons whose mentions tell it one way only (worked out once
    per Doc and list of mentions; the cache holds the list itself, so a new list is never
    taken for it)."""
    cached = _KNOWN.get(doc)
    if cached is None or cached[0] is not mentions:
        cached = _KNOWN.set(doc, (mentions, _sexes(doc, mentions)))
    return cached[1]


def _sexes(doc: Doc, mentions: list[dict]) -> dict[str, str]:
    persons = [m for m in mentions if m.get("label") == "PERSON" and m.get("actor_id")]
    votes: dict[str, set[str]] = {}
    told: set[str] = set()  # persons whose title, role noun, bound pronoun or name tells it
    for m in persons:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        name_sex = _given_name(m)
        found = {_before_name(span), _in_apposition(span), _bound(span, persons)} - {None}
        if found or (name_sex and not _rare_name(m)):
            told.add(m["actor_id"])
        votes.setdefault(m["actor_id"], set()).update(found | {name_sex} - {None})
    for actor, sex in [*_sole_antecedents(doc, persons), *_continued_subjects(doc, persons)]:
        # weaker than a title, a role noun or a common given name; as strong as a name rare
        # in the American list, maybe of the other sex elsewhere: the two disagreeing tell
        # nothing
        if actor not in told:
            votes.setdefault(actor, set()).add(sex)
    return {actor: next(iter(sexes)) for actor, sexes in votes.items() if len(sexes) == 1}


def _sole_antecedents(doc: Doc, persons: list[dict]) -> list[tuple[str, str]]:
    """ "Okello Mugisha arrived. He said ...": a subject he/she with one person named before
    it, and no role noun of a person of either sex between them, is that person's."""
    found = []
    if not persons:
        return found
    pronoun_at, role_at = (
        word_positions(doc, LOWER, PRONOUN_SEX),
        word_positions(doc, LOWER, gender_words().role_nouns),
    )
    for i in pronoun_at:
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        before = [p for p in persons if p["end"] <= tok.idx]
        if not before or len({p["actor_id"] for p in before}) != 1:
            continue
        gap = doc.char_span(before[-1]["end"], tok.idx, alignment_mode="contract")
        if gap is None or not _any_between(role_at, gap.start, gap.end):
            found.append((before[-1]["actor_id"], PRONOUN_SEX[tok.lower_]))
    return found


def _continued_subjects(doc: Doc, persons: list[dict]) -> list[tuple[str, str]]:
    """ "Prime Minister Ana Ruiz defended the deal on Monday. She insisted ...": a person
    who is the main subject of a sentence, and a subject he/she opening the main clause of
    the next one with no person or role noun of a person before it there: the next
    sentence goes on about the same person."""
    found = []
    for m in persons:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or len(span) == 0 or not _main_subject(span.root):
            continue
        end = sentence_bounds(span)[1]
        if end >= len(doc):
            continue
        nxt = doc[slice(*sentence_bounds(doc[end : end + 1]))]
        for tok in nxt:
            if tok.lower_ in PRONOUN_SEX:
                if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
                    found.append((m["actor_id"], PRONOUN_SEX[tok.lower_]))
                break
            if tok.ent_type_ == "PERSON" or noun_sex(tok.lower_) is not None:
                break
    return found


def _main_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "Prime Minister Ana Ruiz", "the minister, Ana Ruiz"
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def _any_between(positions: list[int], start: int, end: int) -> bool:
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def _before_name(span: Span) -> str | None:
    """ "Mrs. Ruiz", "Kremlin spokeswoman Olga Rudneva": an honorific or a role noun in the
    words right before the name (or the name's own first word)."""
    words = gender_words()
    first = span[0].lower_
    if first in words.honorifics:
        return words.honorifics[first]
    doc = span.doc
    sent_start = sentence_bounds(span)[0]
    for i in range(span.start - 1, max(sent_start, span.start - BEFORE_NAME) - 1, -1):
        lower = doc[i].lower_
        if lower in words.honorifics:
            return words.honorifics[lower]
        if lower in words.role_nouns:
            return words.role_nouns[lower]
        if doc[i].pos_ in STOP_POS and lower != ".":
            return None
    return None


def _in_apposition(span: Span) -> str | None:
    """ "Ana Ruiz, the chairwoman of the board" / "the chairwoman, Ana Ruiz"."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    for noun in nouns:
        sex = noun_sex(noun.lower_)
        if sex is not None:
            return sex
    return None


def given_name_sex(word: str) -> str | None:
    """The sex of a given name nearly always of one sex ('Ana' -> female), or None."""
    return gender_words().given_names.get(word)


def _given_name(m: dict) -> str | None:
    """The given name of a name of two words or more ("Ana Ruiz"; a lone "Will" may be a
    family name); none for a name written family name first."""
    parts = (m.get("name") or m.get("text") or "").split()
    if len(parts) < 2 or _family_name_first(parts):
        return None
    return given_name_sex(parts[0])


def _rare_name(m: dict) -> bool:
    """Is the person's given name one of few US births ("Nikol")?"""
    parts = (m.get("name") or m.get("text") or "").split()
    return bool(parts) and parts[0] in gender_words().rare_names


def _family_name_first(parts: list[str]) -> bool:
    """ "Ma Zhaoxu" (a common Chinese, Korean or Vietnamese family name first) or "Park
    Geun-hye" (a Korean given name: a hyphen and a lowercase second syllable)."""
    second = parts[1].split("-")
    return parts[0] in gender_words().family_first or (len(second) == 2 and second[1].islower())


def _subject_or_possessive(tok: Token) -> bool:
    """A subject he/she or a possessive his/her; an object her/him may be anyone's."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.tag_ == "PRP$" or tok.dep_ == "poss"


def _bound(span: Span, persons: list[dict]) -> str | None:
    """ "Tomas Berg said his party would win": the first he/she/his/her after a person who is
    the subject of its sentence, with no other person and no role noun of a person before
    the pronoun there; the pronoun a possessive or a subject ("Berg said the ruling hurt
    her" may be about someone else)."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = span.doc[slice(*sentence_bounds(span))]
    others = [
        p
        for p in persons
        if sent.start_char <= p["start"] < sent.end_char
        and not (p["start"] >= span.start_char and p["end"] <= span.end_char)
    ]
    if others:
        return None
    for tok in span.doc[span.end : sent.end]:
        if tok.lower_ in pronouns().person or tok.lower_ in PRONOUN_SEX:
            return PRONOUN_SEX.get(tok.lower_) if _subject_or_possessive(tok) else None
        if noun_sex(tok.lower_) is not None or tok.ent_type_ == "PERSON":
            return None
    return None
