"""Targets an act takes from another act it refers to.

An argument that names an act someone did is aimed at its doer ("protests against abuses by
X": X). When an act's own arguments name no actor, an act of conflict done "in response to"
or "in retaliation for" another act is aimed at that act's agent ("tariffs in retaliation
for Beijing's export controls": Beijing), and an evaluation of "it" or "them", standing for
an act the main clause names, at that act's agent ("condemned the strikes by X, calling
them reckless": X). The act's patient is not a target ("over its invasion of Y": not Y).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events import arguments as args
from pipeline.events.arguments import Mentions
from pipeline.events.coding import noun_entry
from pipeline.events.lexicon import EventLexicon


def responded_agents(
    pred: Token, category: str | None, mentions: Mentions, lex: EventLexicon
) -> list[dict]:
    """The agents of the act that a conflict act answers, from a response phrase on its
    predicate or on the verb the predicate completes ("vowed to retaliate for ...")."""
    if not lex.quads.get(category or "", "").endswith("conflict"):
        return []
    holders = [pred] + ([pred.head] if pred.dep_ in ("xcomp", "conj") else [])
    for holder in holders:
        for act in responded_acts(holder, lex):
            if noun_entry(act, lex) is None and not by_objects(act):  # not "a request for comment"
                continue
            found = [m for m in agents_of(act, mentions, lex) if m.get("role") != "MED"]
            if found:
                return found
    return []


def responded_acts(holder: Token, lex: EventLexicon) -> list[Token]:
    """The act nouns of the word's response phrases: "over X", "in retaliation for X"."""
    acts = []
    for prep in (c for c in kids(holder) if c.dep_ == "prep"):
        for frame in lex.response_frames.get(prep.lower_, ()):
            acts += _frame_objects(prep, frame)
    return acts


def _frame_objects(prep: Token, frame: tuple[str, ...]) -> list[Token]:
    """The objects of a response frame: () for a bare preposition ("over X"), else a noun and
    its preposition ("in" + ("retaliation", "for") X)."""
    objects = [c for c in kids(prep) if c.dep_ == "pobj"]
    if not frame:
        return objects
    noun, inner = frame
    out = []
    for obj in (o for o in objects if o.lemma_.lower() == noun):
        for sub in (c for c in kids(obj) if c.dep_ == "prep" and c.lower_ == inner):
            out += [c for c in kids(sub) if c.dep_ == "pobj"]
    return out


def agents_of(act: Token, mentions: Mentions, lex: EventLexicon) -> list[dict]:
    """Who did an act named by a noun: its possessor ("Beijing's controls", not of an act done
    to the possessor: "Navalny's arrest"), its "by" phrase ("strikes by X"), or an actor
    adjective or name before it ("Russian incursions")."""
    undergone = act.lemma_.lower() in lex.patient_possessor_nouns
    heads = [c for c in kids(act) if c.dep_ == "poss" and not undergone]
    heads += by_objects(act)
    heads += [c for c in kids(act) if c.dep_ in ("amod", "compound") and c.i < act.i]
    found = []
    for head in heads:
        mention = mentions.covering(head)
        if mention is None and head.dep_ in ("poss", "pobj"):
            mention = next(iter(args.mentions_of([head], mentions, lex)), None)
        if mention is not None and mention not in found:
            found.append(mention)
    return found


def act_agents(
    head: Token, mentions: Mentions, lex: EventLexicon, demand: bool = False
) -> list[dict]:
    """Who did the act an argument names, when the argument is no actor itself: an act with a
    "by" phrase ("abuses by X"), or an event noun with a possessor ("X's abuses"). Not the
    author of a statement ("an inquiry into an allegation by X that Y ..." is about Y), unless
    the statement is what is demanded ("demanded an admission by X that ...": X must make it)."""
    if head.pos_ != "NOUN" or mentions.covering(head) is not None:
        return []
    if not demand and any(c.dep_ in ("acl", "ccomp") and _that_clause(c) for c in kids(head)):
        return []
    possessed = any(c.dep_ == "poss" for c in kids(head))
    if not (by_objects(head) or (possessed and noun_entry(head, lex) is not None)):
        return []
    return [m for m in agents_of(head, mentions, lex) if m.get("actor_id")]


def by_objects(act: Token) -> list[Token]:
    """The objects of the act noun's "by" phrases: who did it ("strikes by X")."""
    bys = (c for c in kids(act) if c.dep_ == "prep" and c.lower_ == "by")
    return [c for by in bys for c in kids(by) if c.dep_ == "pobj"]


def _that_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(clause))


def antecedent_agents(
    cue: Token | None, content: list[Token], mentions: Mentions, lex: EventLexicon
) -> list[dict]:
    """The actor an evaluation of "it"/"them" is about, when the pronoun stands for the object
    of the clause the cue hangs from: that object itself when it names an actor ("condemned X,
    calling it ..."), else the agent of the act it names."""
    if cue is None or cue.dep_ not in ("advcl", "conj", "xcomp") or cue.head.i == cue.i:
        return []
    inside = {t.i for t in content}
    pronouns = [
        c
        for c in kids(cue)
        if c.dep_ in ("dobj", "nsubj") and c.i in inside and c.lower_ in lex.act_pronouns
    ]
    obj = next((c for c in cue.head.children if c.dep_ in ("dobj", "obj")), None)
    if not pronouns or obj is None or obj.i > cue.i:
        return []
    named = mentions.covering(obj)
    return [named] if named is not None else agents_of(obj, mentions, lex)
