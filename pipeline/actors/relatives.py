"""Rule actor.speaker.relative: a relative pronoun speaks for the noun its clause hangs on
("Maria Lopez, who said ...": Lopez). "who" speaks for anyone; "which" only for an actor it
stands for ("the EU, which said": the EU; "a plan, which says": no one), a name with no
mention included when the clause reports ("the Asia Maritime Transparency Initiative,
which estimated that ..."); "that" mostly heads clauses about things.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.actors.speaker_docs import named_issuer, proper_name
from pipeline.actors.state_people import state_people
from pipeline.doctext import doc_text
from pipeline.rules import rule

RULE_ID = "actor.speaker.relative"
RELATIVE_PRONOUNS = ("who", "which")


def relative_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Maria Lopez, who said ..." -> Lopez."""
    if head.lower_ not in RELATIVE_PRONOUNS or head.tag_ not in ("WP", "WDT"):
        return None
    clause = head.head
    while clause.dep_ in ("xcomp", "ccomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "who has vowed to ...", "who met X and said ..."
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head


def antecedent_speaker(
    doc: Doc, antecedent: Token, depth: int, actor_only: bool, resolve: Callable[..., dict | None]
) -> dict | None:
    """The antecedent's actor (`resolve`: the speaker resolver), else its noun phrase as an
    unnamed speaker; with `actor_only`, a name's only ("which")."""
    start = min(t.idx for t in antecedent.subtree if t.i <= antecedent.i)
    end = antecedent.idx + len(antecedent.text)
    res = state_people(doc, start, end, resolve(doc, start, end, depth=depth + 1))
    state = str((res or {}).get("actor_id")).startswith("gpe:")  # "U.S. universities, which"
    confidence = rule(RULE_ID).confidence
    if res is None and actor_only and proper_name(antecedent) and _reports(antecedent):
        res = {**named_issuer(antecedent), "confidence": confidence}
    if actor_only and (res is None or (antecedent.pos_ != "PROPN" and state)):
        return None
    if res is None:
        text = doc_text(doc)[start:end]
        return {"actor_id": None, "name": text, "country": None, "role": None,
                "resolved_from": "relative", "rule_id": RULE_ID,
                "confidence": confidence}  # fmt: skip
    return {**res, "resolved_from": "relative", "rule_id": RULE_ID}


def _reports(antecedent: Token) -> bool:
    """Does the relative clause report a clause ("which estimated that ...")? Not "which
    aims to ...": a programme's aim, no one's words."""
    clauses = (c for c in antecedent.children if c.dep_ == "relcl")
    return any(k.dep_ == "ccomp" for c in clauses for k in c.children)
