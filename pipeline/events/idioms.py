"""Idioms that carry an event without an event word: a refusal said as a predicate of the
refused act ("lifting the embargo is out of the question": REJECT), and an expectation of
another actor's act ("Kenya expects Uganda to withdraw": a DEMAND on Uganda)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.describe import role_nouns
from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")
SPEAKING = ("i", "we", "it", "they", "he", "she")  # an actor speaking of itself


def idiom_event(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    """(category, rule id) of an idiom the verb heads, if any."""
    if refusal_idiom(tok, lex):
        return "REJECT", "event.refusal_idiom"
    if expected_act(tok, lex):
        return "DEMAND", "event.expected_act"
    return None


def refusal_idiom(tok: Token, lex: EventLexicon) -> bool:
    """Is the copula followed, past its adverbs ("is currently"), by a refusal idiom, said of
    an act: a clause ("lifting the embargo") or an event noun ("talks", "a deal"), not
    "growth is out of the question"?"""
    if tok.lemma_.lower() != "be":
        return False
    subjects = [c for c in kids(tok) if c.dep_ in ("nsubj", "csubj")]
    if not any(s.dep_ == "csubj" or s.lemma_.lower() in lex.nouns for s in subjects):
        return False
    after = list(tok.doc[tok.i + 1 : tok.i + 8])
    while after and after[0].dep_ == "advmod" and after[0].head.i == tok.i:
        after.pop(0)
    text = "".join(w.text_with_ws for w in after).lower()
    return any(text.startswith(idiom) for idiom in lex.refusal_idioms)


def expected_act(tok: Token, lex: EventLexicon) -> bool:
    """ "expects Y to act": a verb of expectation governing an infinitive whose subject (or
    the verb's object) is an actor, a name or a group or role noun ("the government"), held
    by an actor; not "expects prices to rise", "expects to sign", nor analysts' forecasts,
    nor an outcome no one can be asked for ("expects Brazil to win the match")."""
    if tok.lemma_.lower() not in lex.expectation_verbs:
        return False
    holders = [c for c in kids(tok) if c.dep_ == "nsubj"]  # a forecaster demands nothing
    if not any(_actor(h, lex) or h.lower_ in SPEAKING for h in holders):
        return False
    for clause in (c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp")):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)):
            continue
        if clause.lemma_.lower() in lex.uncontrolled_verbs:
            continue
        agents = [c for c in kids(clause) if c.dep_ == "nsubj"]
        agents += [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
        if any(_actor(a, lex) for a in agents):
            return True
    return False


def _actor(tok: Token, lex: EventLexicon) -> bool:
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ACTOR_ENTS or lemma in lex.group_roles or lemma in role_nouns()
