"""Subjects the parser hung in the wrong place. The claims stage looks for a cue's speaker
along the dependency tree (`pipeline.claims.speakers`); when that finds no one, these rules
look for the subject where a statistical parse of news text often puts it instead. Each
returns the subject token and the id of the rule (pipeline/actors/patterns/rules.json) that
found it, or None. A dateline ("CLEVELAND, May 3 (AP) —") is never a speaker.

The rules are about English syntax alone: no lexicon of people, no sentence of any
evaluation set.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

EXPLETIVES = {"it", "there"}
# a participle or infinitive clause speaks for the subject of the clause it hangs on
CONTROL_DEPS = {"advcl", "xcomp", "conj", "pcomp", "prep", "acomp", "advmod"}
OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
CONTRACTED_HAS = {"'s", "’s"}  # "he's said that ...": parsed as a passive "is said"
NAME_TYPES = ("PERSON", "ORG", "NORP")
DASHES = {"—", "–", "--", "-", "―"}
DATELINE_SPAN = 8  # tokens from a dateline's place to its dash ("CITY, May 3 (AP) —")

Found = tuple[Token, str]


def controller_subject(cue: Token) -> Found | None:
    """ "X was booed after telling them that ...", "X went so far as to say ...": the
    subject, passive or not, of the nearest clause above the cue's own (climbing through
    participle, infinitive, coordinated and adverbial attachments). Not for a cue with a
    subject of its own ("..., though it was reported that": no one is named)."""
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in cue.children):
        return None
    h = cue
    for _ in range(6):
        if h.dep_ not in CONTROL_DEPS or h.head.i == h.i:
            return None
        h = h.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in EXPLETIVES:
                return c, "actor.speaker.controller"
    return None


def auxiliary_subject(cue: Token) -> Found | None:
    """ "Trump wasn't saying that ...": a subject the parser hung on the cue's auxiliary;
    "He's said that ...": the contracted "has" taken for a passive "is"."""
    for aux in cue.lefts:
        if aux.dep_ not in ("aux", "auxpass"):
            continue
        subj = next((c for c in aux.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in EXPLETIVES:
            return subj, "actor.speaker.auxiliary_subject"
        if aux.dep_ == "auxpass" and aux.lower_ in CONTRACTED_HAS and _reports_clause(cue):
            subj = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.lower_ not in EXPLETIVES:
                return subj, "actor.speaker.auxiliary_subject"
    return None


def _reports_clause(cue: Token) -> bool:
    """A clause object ("has said that X"), not an infinitive ("is said to be X")."""
    return cue.tag_ in ("VBD", "VBN") and any(c.dep_ == "ccomp" for c in cue.children)


def apposed_name(before: Token, sent_start: int) -> Found | None:
    """ "Ana Ruiz, 44, said ...", "Ana Ruiz, the club's president, said ...": the token
    before the comma ends an aside about a name; the parser hung the name, the cue's
    subject, on a noun further left as an apposition. The name, or None."""
    t = before
    for _ in range(4):
        if t.ent_type_ in NAME_TYPES and t.dep_ == "appos" and t.head.i < t.i:
            return t, "actor.speaker.apposed_subject"
        if t.dep_ not in ("appos", "conj", "npadvmod") or t.head.i < sent_start:
            return None
        t = t.head
    return None


def quantifier_subject(cue: Token, holders: Collection[str]) -> Found | None:
    """ "That plan, many argue, will fail": a quantifier for people right before the cue
    that the parser took for a modifier of the verb."""
    if cue.i == 0:
        return None
    prev = cue.nbor(-1)
    if prev.head.i == cue.i and prev.lower_ in holders and prev.dep_ != "nsubj":
        return prev, "actor.speaker.quantifier_subject"
    return None


def is_dateline(tok: Token) -> bool:
    """ "CLEVELAND, May 3 (AP) — ..." or "WASHINGTON — ...": an upper-case place opening
    the sentence and followed by a dash is the article's dateline, not an actor."""
    sent = tok.sent
    first = sent[0]
    if tok.i != first.i or not first.text.isupper() or len(first.text) < 3:
        return False
    if first.ent_type_ not in ("GPE", "LOC", ""):
        return False
    return any(t.text in DASHES for t in sent[1 : DATELINE_SPAN + 1])


def past_dateline(subj: Token) -> Token | None:
    """The subject the parser hung on a dateline as an apposition ("CLEVELAND, May 3 (AP)
    — [Former Attorney General X] told ..."), or None."""
    dash = next((t for t in subj.sent if t.text in DASHES), None)
    if dash is None:
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i), None)
