"""The judgement an evaluative predicate passes: "X called Y reckless", "X described Y as a
reliable partner", "X said Y was reckless".

The predicate (the adjective or noun phrase the naming verb or the copula assigns), not its
object, carries the judgement: "described the deal as naive" is criticism though "deal" is a
good word. Its VADER valence, flipped by negation, gives DISAPPROVE or SUPPORT. A stance
act toward an act ("rejected the accusation", "said the plan was reckless") is aimed at that
act's agent (events/bridging.py).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.actors.describe import role_nouns
from pipeline.claims.tree import kids
from pipeline.events import arguments as args
from pipeline.events import bridging as br
from pipeline.events import evaluation as ev
from pipeline.events import sets
from pipeline.events.coding import Coding, direct_object, naming
from pipeline.events.folded_names import folded_named
from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.events.claims import DocState

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
    named = {t.i for n in folded_named(obj) for t in n.subtree}
    if named:  # "branded Sweden and Finland havens for terrorists": the name less the named
        after = [t for c in kids(cue) if c.dep_ == "prep" and c.i > obj.i for t in c.subtree]
        return [t for t in obj.subtree if t.i not in named] + after  # "for terrorists" too
    parts = [c for c in kids(cue) if c.dep_ == "prep" and c.lower_ == "as"]
    parts += [c for c in kids(cue) if c.dep_ in PREDICATE_DEPS]
    # "branded Y a rogue state" parsed as two objects: the second is the name
    parts += [c for c in kids(cue) if c.dep_ in ("dobj", "obj") and obj is not None and c.i > obj.i]
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


def judged_object(obj: Token | None, st: DocState) -> bool:
    """Is a naming verb's object one whose naming judges someone: an actor ("described
    Uganda as a partner") or an act or its product ("called the offer generous")? Not an
    outcome, a natural event or someone's condition ("described the storm as the strongest",
    "the hostages as exhausted", "called the result a disappointment")."""
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return True  # "called it a fair deal": what "it" stands for was said before
    mention = st.mentions.covering(obj)
    if mention is not None and (mention.get("actor_id") or mention.get("role")):
        return True
    words = {obj.lemma_.lower(), obj.lower_}  # "talks" is no plural of "talk"
    return bool(words & judged_nouns())  # "called the government inept": a role noun is an actor


@cache
def judged_nouns() -> frozenset[str]:
    """The act nouns, the products of acts and the role nouns: nouns whose naming judges."""
    return frozenset(br.act_nouns().verbs.keys() | br.act_nouns().products | role_nouns().keys())


def superlative(tok: Token) -> bool:
    """A superlative ranks, it does not judge: "the strongest this year", "the deadliest"."""
    most = any(c.lower_ in ("most", "least") for c in kids(tok) if c.dep_ == "advmod")
    return tok.tag_ in ("JJS", "RBS") or most or tok.lower_ in ("most", "least")


def evaluation(words: list[Token], lex: EventLexicon) -> tuple[str | None, float]:
    """The category (DISAPPROVE, SUPPORT or None) and the valence of a predicate, less its
    superlatives."""
    words = [t for t in words if not superlative(t)]
    point = contrasted(words)
    value = ev.valence(point, lex, set()) if point else 0.0  # negated: ev.sign
    if not value and point is not words:  # after "but" nothing judged: the whole predicate
        value = ev.valence(words, lex, set())
    return ev.evaluative_category(value, lex), value


def contrasted(words: list[Token]) -> list[Token]:
    """The words after a contrasting "but" ("clever but unsustainable"): they carry the
    point, as VADER weighs them; all the words when there is none."""
    buts = [t.i for t in words if t.lower_ == "but" and t.dep_ == "cc"]
    return [t for t in words if t.i > buts[-1]] if buts else words


def judged(
    coding: Coding | None, root: Token | None, st: DocState, unasserted: bool = False
) -> tuple[str, str, str, float] | None:
    """(category, rule id, basis, score) of the predicate a naming verb assigns ("described
    the deal as naive"), or a copular content assigns to an act ("the plan was reckless");
    None for any other or an unasserted claim, or a predicate that carries no judgement
    ("called the plan a project")."""
    if unasserted:
        return None
    if coding is not None and coding.category is None and coding.rule_id == "event.naming":
        obj = direct_object(coding.pred)
        named = judged_object(obj, st) or any(judged_object(t, st) for t in folded_named(obj))
        words = naming_predicate(coding.pred, st.lex) if named else []
    elif coding is None:
        subject, words = copula_predicate(root)
        words = words if subject is not None and br.act_noun(subject, st.mentions) else []
    else:
        return None
    category, value = evaluation(words, st.lex)
    if category is None:
        return None
    return category, RULE_ID, "evaluation", max(-1.0, min(1.0, value / 4.0))


def act_targets(coding: Coding | None, root: Token | None, st: DocState) -> list[dict]:
    """The agent of the act a stance act's object names ("rejected the accusation"), or of
    the act a copular content judges ("said the plan was reckless")."""
    if coding is not None:
        heads = [h for _, h in args.argument_heads(coding.pred, st.lex, coding.noun)]
    else:
        heads = [h for h in [copula_predicate(root)[0]] if h is not None]
        described = [m for h in heads for m in sets.possessor_members(h, st) or []]
        if described:  # "said the two governments' plan was reckless": the set named before
            return described
    return br.bridged_agents(heads, st.mentions, st.lex)
