"""Reported content: "Ana Ruiz said [Iran had broken the deal]". A state named only inside
what someone says is what they speak about, not who they are: it is no antecedent of a
later "the government" or "the officials" (rule actor.speaker.role_noun passes it over);
and nothing named in what a speaker's own verb reports is an antecedent of that speaker
("Police in Kenya set up roadblocks, officials said": not the police), nor, for a later
"he", of the one who said it ("Ana Ruiz said the minister would resign. She ...": Ruiz).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.words import default_words
from pipeline.doctext import PerDoc

REPORTED_DEPS = ("ccomp",)  # the clause a verb of saying takes: what is said
MAX_CLIMB = 12  # tokens up the tree: a clause deeper than this is no sentence of news


def reporting_verb(token: Token) -> Token | None:
    """The verb of saying whose reported clause holds the token, else None."""
    speech = default_words().speech_lemmas
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return None
        if token.dep_ in REPORTED_DEPS and token.head.lemma_.lower() in speech:
            return token.head
        token = token.head
    return None


def reported_in(doc: Doc, m: dict) -> Token | None:
    """The verb of saying whose reported clause holds the mention, else None. Found once
    per mention's chars: the speaker rules ask of every mention before each speaker."""
    known = _REPORTING.get(doc)
    if known is None:
        known = _REPORTING.set(doc, {})
    at = known.get((m["start"], m["end"]))
    if at is None:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        verb = reporting_verb(span.root) if span is not None and len(span) > 0 else None
        at = known[m["start"], m["end"]] = verb.i if verb is not None else -1
    return doc[at] if at >= 0 else None


# per Doc: a mention's (start, end) chars -> the index of its verb of saying, or -1 (an
# index, not a Token: a Token holds its Doc, which the Doc's entry must not keep alive)
_REPORTING: PerDoc[dict[tuple[int, int], int]] = PerDoc()


def not_antecedent(doc: Doc, m: dict, speaker: Token | None) -> bool:
    """A state named inside what someone says, or anyone named inside what the speaker's
    own verb reports ("Police in Kenya ..., officials said": not the police), is no
    antecedent of the speaker's role noun."""
    if m.get("label") not in ("GPE", "ORG", "NORP", "PERSON"):
        return False
    verb = reported_in(doc, m)
    if verb is None:
        return False
    own = speaker is not None and speaker.dep_ in ("nsubj", "nsubjpass") and speaker.head == verb
    return own or m.get("label") == "GPE"


def said_by(token: Token, m: dict | None) -> bool:
    """Is the token inside what the mention, as the subject of a verb of saying, reports
    ("Ana Ruiz said [the minister would resign]")?"""
    verb = reporting_verb(token) if m is not None else None
    if verb is None:
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(m["start"] <= t.idx < m["end"] for s in subjects for t in s.subtree)
