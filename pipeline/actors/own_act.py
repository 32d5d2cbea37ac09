"""The states a body's own act is aimed at: "The Foreign Ministry accused Russia of ...",
"The defence ministry warned Poland against ...". A state body named without its state
takes the one state its sentence names (pipeline/actors/state_bodies.py); the state its
own act is aimed at is the other side, never its own (rule actor.state_body)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.actors.gazetteer import STATE_KINDS, Gazetteer

SUBJECT_DEPS = ("nsubj", "nsubjpass")  # as acts.py, which imports this module's importers
# the verb's dependents that name what its act is aimed at; a clause it says ("said
# Polish troops would stay") may be about its own state
AIMED_DEPS = ("dobj", "obj", "dative", "iobj", "prep")
PLACING_PREPOSITIONS = ("in", "at", "from")  # "said in Kyiv": where it acts, not whom at


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
            if child.dep_ == "prep" and child.lower_ in PLACING_PREPOSITIONS:
                continue
            found.update(t.i for t in child.subtree)
    return found


def aimed_states(gaz: Gazetteer, span: Span) -> set[str]:
    """The states named in what the act of the span's subject is aimed at."""
    doc, states = span.doc, set()
    for i in aimed_tokens(span):
        entry = gaz.lookup(doc[i].text)
        if entry is not None and entry.kind in STATE_KINDS and entry.country not in (None, "IGO"):
            states.add(entry.country)
    return states
