"""A speech tag after its clause whose subject the parser joined to the clause: "Norway will
host talks between Guyana and Venezuela, the Ministry of Foreign Affairs said on Thursday."
The parser makes "the Ministry" a conjunct of "Venezuela" and "said" a conjunct of "host",
so the cue has no subject and the climb finds the clause's ("Norway"). A cue of saying with
no subject of its own, right after a noun phrase set off by a comma, with nothing after it
but time phrases to the sentence's end, is a tag: that noun phrase is who speaks (rule
actor.speaker.orphan_tag)."""

from __future__ import annotations

from spacy.tokens import Token

RULE_ID = "actor.speaker.orphan_tag"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
FINITE = ("VBD", "VBZ", "VBP")
BEFORE_CUE = ("aux", "neg", "advmod")  # "the ministry also said", "has said"
NAMING = ("NOUN", "PROPN", "PRON")
MAX_WORDS = 10  # a noun phrase, not a clause


def orphan_subject(cue: Token) -> Token | None:
    """The root of the noun phrase between the last comma and the subjectless cue, or None."""
    if cue.tag_ not in FINITE or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if cue.dep_ not in ("conj", "ROOT"):
        return None
    end = cue.i - 1
    while end > cue.sent.start and cue.doc[end].dep_ in BEFORE_CUE and cue.doc[end].head.i == cue.i:
        end -= 1
    start = end
    while start > cue.sent.start and cue.doc[start - 1].text != ",":
        start -= 1
    words = cue.doc[start : end + 1]
    if start <= cue.sent.start or not 0 < len(words) <= MAX_WORDS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words) or not any(t.pos_ in NAMING for t in words):
        return None
    roots = [t for t in words if not start <= t.head.i <= end]
    return roots[0] if len(roots) == 1 and roots[0].pos_ in NAMING else None
