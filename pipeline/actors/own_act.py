"""The states a body's own act is aimed at: "The Foreign Ministry accused Russia of ...",
"The defence ministry warned Poland against ...". A state body named without its state
takes the one state its sentence names (pipeline/actors/state_bodies.py); the state its
own act is aimed at is the other side, never its own (rule actor.state_body)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.gazetteer import Gazetteer
from pipeline.rules import load_data

SUBJECT_DEPS = ("nsubj", "nsubjpass")  # as acts.py, which imports this module's importers
# the verb's dependents that name what its act is aimed at; a clause it says ("said
# Polish troops would stay") may be about its own state
AIMED_DEPS = ("dobj", "obj", "dative", "iobj", "prep")
# "said in Kyiv", "met at the border": where it acts, not whom at ("called for sanctions
# against Russia" is aimed at Russia)
UNAIMED_PREPOSITIONS = frozenset(load_data("actors", "own_act.json", 1)["unaimed_prepositions"])


def aimed_tokens(span: Span) -> set[int]:
    """The token indices of the objects and prepositional phrases (not those that only
    place the act) of the verb the span is the subject of, and of the verbs joined to
    it ("accused Russia and demanded ...")."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS:
        return set()
    verbs = [root.head, *root.head.conjuncts]
    found: set[int] = set()
    for verb in verbs:
        for child in verb.children:
            if child.dep_ not in AIMED_DEPS or child.i in range(span.start, span.end):
                continue
            found.update(_aimed_subtree(child))
    return found


def _aimed_subtree(token: Token) -> list[int]:
    """The token's subtree less the phrases of prepositions that do not aim an act
    ("said in Mexico")."""
    if token.dep_ == "prep" and token.lower_ in UNAIMED_PREPOSITIONS:
        return []
    return [token.i, *(i for child in token.children for i in _aimed_subtree(child))]


def aimed_states(gaz: Gazetteer, span: Span) -> set[str]:
    """The states named by a country name in what the act of the span's subject is aimed
    at: a nationality word names people ("urged Kenyans"), who may be its own."""
    doc, states = span.doc, set()
    for i in aimed_tokens(span):
        entry = gaz.lookup(doc[i].text)
        if entry is not None and entry.kind == "country" and entry.country not in (None, "IGO"):
            states.add(entry.country)
    return states
