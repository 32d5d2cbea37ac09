"""Idioms that carry an event without an event word: a refusal said as a predicate of the
refused act ("lifting the embargo is out of the question": REJECT), and an expectation of
another actor's act ("Kenya expects Uganda to withdraw": a DEMAND on Uganda), and a
verdict ("found Y guilty": DISAPPROVE of Y, PLOVER's find guilty), a recognition of an actor
("recognized Y": SUPPORT) and a return of property ("returned X to Y": RETREAT)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.describe import role_nouns
from pipeline.claims.tree import kids
from pipeline.events.lexicon import EventLexicon

ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")
SPEAKING = ("i", "we", "it", "they", "he", "she")  # an actor speaking of itself
VERDICT_DEPS = ("ccomp", "oprd", "xcomp", "acomp", "amod")  # "guilty", however parsed


def idiom_event(tok: Token, lex: EventLexicon) -> tuple[str, str] | None:
    """(category, rule id) of the first idiom of IDIOMS the verb heads, if any."""
    return next(((cat, rule_id) for test, cat, rule_id in IDIOMS if test(tok, lex)), None)


def recognition(tok: Token, lex: EventLexicon) -> bool:
    """ "recognized Y (as a state)": a verb of recognising (events.json recognition_verbs)
    whose object is an actor; "recognized the need", "recognized that ..." are no event."""
    if tok.lemma_.lower() not in lex.recognition_verbs:
        return False
    return any(c.dep_ in ("dobj", "obj") and _actor(c, lex) for c in kids(tok))


def restitution(tok: Token, lex: EventLexicon) -> bool:
    """ "returned the artefacts to Y", "handed back the islands to Y": a verb of giving back
    (restitution_verbs) with an object that names no event ("returned fire") and a recipient."""
    particle = [c.lower_ for c in kids(tok) if c.dep_ == "prt"]
    if " ".join([tok.lemma_.lower(), *particle]) not in lex.restitution_verbs:
        return False
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
    if not objects or any(o.lemma_.lower() in lex.nouns for o in objects):
        return False
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for t in [tok, *objects] for c in kids(t)
    )


def phone_talk(tok: Token, lex: EventLexicon) -> bool:
    """ "spoke by phone with Y": a verb of speaking (events.json phone_talk_verbs) by phone
    (the CONSULT phone mode's words) with someone is a consultation, not a statement."""
    if tok.lemma_.lower() not in lex.phone_talk_verbs:
        return False
    preps = [c for c in kids(tok) if c.dep_ == "prep"]
    phones = {w for w, mode in lex.modes.get("CONSULT", {}).items() if mode == "phone"}
    by_phone = any(
        n.lemma_.lower() in phones for p in preps if p.lower_ in ("by", "over") for n in kids(p)
    )
    return by_phone and any(p.lower_ == "with" for p in preps)


def admitted_involvement(tok: Token, lex: EventLexicon) -> bool:
    """A verb of letting (events.json permission_verbs) whose clause's subject is an outside
    presence (involvement_nouns): "allowed EU observers to monitor the election"."""
    if tok.lemma_.lower() not in lex.permission_verbs:
        return False
    clauses = [c for c in kids(tok) if c.dep_ in ("xcomp", "ccomp")]
    for sub in (c for clause in clauses for c in kids(clause) if c.dep_ == "nsubj"):
        lemma = sub.lemma_.lower()
        words = {lemma} | {
            f"{c.lower_} {lemma}" for c in kids(sub) if c.dep_ in ("compound", "amod")
        }
        if words & lex.involvement_nouns:
            return True
    return False


def guilty_verdict(tok: Token, lex: EventLexicon) -> bool:
    """ "found Y guilty of X", "declared Y guilty": a verdict word (events.json
    verdict_words) after a verdict verb, on it or on its object; not "not guilty"."""
    if tok.lemma_.lower() not in lex.verdict_verbs:
        return False
    objects = [c for c in kids(tok) if c.dep_ in ("dobj", "obj")]
    words = [c for t in [tok, *objects] for c in kids(t) if c.dep_ in VERDICT_DEPS and c.i > tok.i]
    return any(
        w.lemma_.lower() in lex.verdict_words and not any(n.dep_ == "neg" for n in kids(w))
        for w in words
    )


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


# the idioms in the order they are tried: (test, category, rule id)
IDIOMS = (
    (refusal_idiom, "REJECT", "event.refusal_idiom"),
    (expected_act, "DEMAND", "event.expected_act"),
    (guilty_verdict, "DISAPPROVE", "event.guilty_verdict"),
    (admitted_involvement, "RETREAT", "event.admitted_involvement"),
    (phone_talk, "CONSULT", "event.phone_talk"),
    (recognition, "SUPPORT", "event.recognition"),
    (restitution, "RETREAT", "event.restitution"),
)
