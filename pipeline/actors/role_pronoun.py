"""A he/she whose antecedent is an unnamed person noun ("The minister spoke next. He
said ...", `role_subject_between`): whom that noun resolves to (`through_role`), and:

- the possessor of the subject is that antecedent when the subject is the person's own act
  ("The minister's remarks drew criticism. She said ..."; patterns/role_pronouns.json
  own_act_nouns), as the subject itself would be (rule actor.speaker.pronoun_role); not
  the possessor of another person ("The minister's son was arrested. He said": the son);
- a noun that resolves to no actor leaves the pronoun that unnamed person, the noun's
  phrase with no actor id, country or name of its own (rule actor.speaker.pronoun_unnamed),
  never the person named before it; only a definite phrase ("the minister"), not "a
  president" or "the next president" (role_pronouns.json hypothetical_modifiers).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from pipeline.actors.context_speaker import paragraph_start
from pipeline.actors.describe import entry_for
from pipeline.actors.gender import noun_sex, pronoun_sex
from pipeline.actors.pronouns import pronouns
from pipeline.actors.reported import said_by
from pipeline.actors.salience import preceding_person
from pipeline.doctext import doc_text
from pipeline.rules import load_data, rule

SUBJECT_DEPS = ("nsubj", "nsubjpass")
UNNAMED_ROLE = "actor.speaker.pronoun_unnamed"
Resolver = Callable[..., dict | None]


@cache
def own_act_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "role_pronouns.json", 1)["own_act_nouns"])


@cache
def hypothetical_modifiers() -> frozenset[str]:
    return frozenset(load_data("actors", "role_pronouns.json", 1)["hypothetical_modifiers"])


def clause_person(tok: Token) -> bool:
    """Is the noun a clause's subject, or the possessor of a subject that is its own act?"""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    owned = tok.head
    return (
        tok.dep_ == "poss"
        and owned.dep_ in SUBJECT_DEPS
        and owned.lemma_.lower() in own_act_nouns()
    )


def unnamed_role(role: Token, first: int, role_from: str = "pronoun") -> dict | None:
    """The pronoun speaks for the unnamed person its definite noun phrase names; None for
    an indefinite or hypothetical one ("a president", "the next president")."""
    words = [t.lower_ for t in role.doc[role.left_edge.i : role.i]]
    if not words or words[0] != "the" or set(words) & hypothetical_modifiers():
        return None
    text = doc_text(role.doc)[first : role.idx + len(role.text)]
    return {
        "actor_id": None, "name": text, "country": None, "role": None,
        "resolved_from": role_from, "rule_id": UNNAMED_ROLE,
        "confidence": rule(UNNAMED_ROLE).confidence,
    }  # fmt: skip


def role_subject_between(doc: Doc, mentions: list[dict], start: int, lower: str) -> Token | None:
    """ "President Lopez met the envoy. The minister spoke next. He said ...": a singular
    person noun that no mention covers, the subject of a clause after the antecedent found
    and before the pronoun, in its paragraph, is the nearer antecedent."""
    if lower not in pronouns().person:
        return None
    sex = pronoun_sex(lower)
    found = preceding_person(doc, mentions, start, sex)
    floor = max(found["end"] if found else 0, paragraph_start(doc, start))
    covered = [(m["start"], m["end"]) for m in mentions if floor <= m["start"] < start]
    span = doc.char_span(floor, start, alignment_mode="contract")
    for tok in reversed(list(span) if span is not None else []):
        if not clause_person(tok) or tok.tag_ not in ("NN", "NNP"):
            continue
        if any(a <= tok.idx < b for a, b in covered):
            return None  # the nearest subject is named: the antecedent stands
        if said_by(tok, found):
            continue  # "X said the secretary-general takes note. He ...": X's words
        entry = entry_for(tok)
        if (
            entry is not None
            and entry.get("kind") == "person"
            and noun_sex(tok.lower_) in (None, sex)
        ):
            return tok
    return None


def through_role(doc: Doc, role: Token, depth: int, resolve: Resolver) -> dict | None:
    """The pronoun speaks for whom its role-noun antecedent resolves to (`resolve`, the
    speaker resolver), or names as the text writes it ("a European diplomat"), else for
    that unnamed person (rule actor.speaker.pronoun_role)."""
    first = min(t.idx for t in role.subtree if t.i <= role.i)
    found = resolve(doc, first, role.idx + len(role.text), depth=depth + 1)
    if found is None or not (found.get("actor_id") or found.get("name")):
        return unnamed_role(role, first)  # that unnamed person, not one named before
    rule_id = "actor.speaker.pronoun_role"
    conf = min(found.get("confidence", 1.0), rule(rule_id).confidence)
    return {**found, "resolved_from": "pronoun", "rule_id": rule_id, "confidence": conf}
