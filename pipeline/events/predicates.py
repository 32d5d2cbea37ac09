"""The judgement an evaluative predicate passes: "X called Y reckless", "X described Y as a
reliable partner", "X said Y was reckless".

The predicate (the adjective or noun phrase the naming verb or the copula assigns), not its
object, carries the judgement: "described the deal as naive" is criticism though "deal" is a
good word. Its VADER valence, flipped by negation, gives DISAPPROVE or SUPPORT.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events import evaluation as ev
from pipeline.events.coding import direct_object, naming
from pipeline.events.lexicon import EventLexicon

RULE_ID = "event.evaluative_predicate"
PREDICATE_DEPS = ("oprd", "ccomp", "xcomp", "acomp")  # "called Y reckless", "Y a gamble"
COPULA_PREDICATE_DEPS = ("acomp", "attr")  # "Y was reckless", "Y was a mistake"
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def naming_predicate(cue: Token, lex: EventLexicon) -> list[Token]:
    """The predicate a naming verb assigns to its object: its "as" phrase, its second
    complement, or an apposition after the object ("branded Y a rogue state"); less the
    object and the subject of a small clause ("called [the plan] reckless")."""
    if not naming(cue, lex):
        return []
    obj = direct_object(cue)
    parts = [c for c in kids(cue) if c.dep_ == "prep" and c.lower_ == "as"]
    parts += [c for c in kids(cue) if c.dep_ in PREDICATE_DEPS]
    if obj is not None:
        parts += [c for c in kids(obj) if c.dep_ in ("appos", "amod") and c.i > obj.i]
    own = {t.i for p in parts for t in p.subtree}  # an apposition is in the object's subtree
    left_out = {t.i for t in obj.subtree} - own if obj is not None else set()
    for part in parts:  # a small clause's own subject is the named object
        left_out.update(t.i for c in kids(part) if c.dep_ in SUBJECT_DEPS for t in c.subtree)
    return [t for p in parts for t in p.subtree if t.i not in left_out]


def copula_predicate(root: Token | None) -> tuple[Token | None, list[Token]]:
    """The subject and the predicate of a copular clause ("the plan was reckless"): the
    adjective or noun phrase said of the subject; (None, []) for any other clause."""
    if root is None or root.lemma_.lower() != "be":
        return None, []
    subject = next((c for c in kids(root) if c.dep_ in SUBJECT_DEPS), None)
    preds = [c for c in kids(root) if c.dep_ in COPULA_PREDICATE_DEPS]
    if subject is None or not preds:
        return None, []
    return subject, [t for p in preds for t in p.subtree]


def evaluation(words: list[Token], lex: EventLexicon) -> tuple[str | None, float]:
    """The category (DISAPPROVE, SUPPORT or None) and the valence of a predicate."""
    value = ev.valence(contrasted(words), lex, set()) if words else 0.0  # negated: ev.sign
    value = value or (ev.valence(words, lex, set()) if words else 0.0)
    return ev.evaluative_category(value, lex), value


def contrasted(words: list[Token]) -> list[Token]:
    """The words after a contrasting "but" ("clever but unsustainable"): they carry the
    point, as VADER weighs them; all the words when there is none."""
    buts = [t.i for t in words if t.lower_ == "but" and t.dep_ == "cc"]
    return [t for t in words if t.i > buts[-1]] if buts else words
