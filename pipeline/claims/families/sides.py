"""Sides taken without a verb of saying: a copula whose predicate names the side its
subject takes ("the mayor is against the fee", "she was in favour of the plan", "he is a
fierce critic of the deal", "they are opposed to it"), and the side someone gives that the
subject of "have", "win", "receive" ... holds ("the pier plan enjoys the blessing of the
dockers": the dockers' side, the plan its content). A contest ("the Lakers are against
the Celtics"), a set phrase ("was against the clock", "is for now holding"), a job ("a
critic of film for a daily") or a backing in money ("has the backing of two funds, which
invested ...") takes no side. The word lists are patterns/sides.json; the
attitudes family calls `find_sides`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors import subjects
from pipeline.claims.build import Claim, reported_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.cue_objects import no_side
from pipeline.claims.frames import EXPLETIVES
from pipeline.claims.holders import new_group, unresolved
from pipeline.claims.speakers import actor_like, np_speaker
from pipeline.claims.tree import kids_and_labels, kids_with
from pipeline.claims.view import DocView
from pipeline.rules import load_data

COPULAR_SIDE, SIDE_TAKER, GIVEN_SIDE = "copular_side", "side_taker", "given_side"
PATTERNS = (COPULAR_SIDE, SIDE_TAKER, GIVEN_SIDE)
COPULAS = {"be", "become", "remain"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
WH_DEGREE = {"how", "what"}
# an object that is a named person or body: a contest ("Nadal is against Federer")
ACTOR_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# the object's dependents after it that are no part of the side: "the project, which ..."
OBJECT_END_DEPS = {"relcl", "appos", "punct", "advcl"}
SUPPORT = {"category": "support", "polarity": 1.0}
OPPOSITION = {"category": "opposition", "polarity": -1.0}


@cache
def side_words() -> dict:
    """patterns/sides.json, its lists as sets."""
    data = load_data("claims", "sides.json", 1)
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


def find_sides(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    words = side_words()
    verbs = COPULAS | words["support_verbs"]
    for verb in (view.tokens[i] for i in view.lemma_words.where_in(verbs)):
        if verb.i in claimed.used_cues or claimed.inside_speech(verb.idx):
            continue
        if view.tok_quote[verb.i] >= 0:
            continue
        found = _copular_side(view, verb, words) or _given_side(view, verb, words)
        if found is None:
            continue
        pattern, cue, speaker, a, b, particle, word = found
        side = OPPOSITION if word in words["against_words"] else SUPPORT
        entry = {**side, "lemma": cue.lemma_.lower()}
        made = reported_claim(view, pattern, cue, entry, speaker, a, b, particle)
        if made is not None:
            claim, cs, ce = made
            claimed = claimed.use_cue(verb.i).add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


# (pattern, cue, holder, first and last token of the content, particle, the side's word)
Found = tuple[str, Token, dict, int, int, Token | None, str]
Side = tuple[str, Token, Token, Token | None, str]


def _subject(verb: Token) -> Token | None:
    subj = next(iter(kids_with(verb, "nsubj")), None)
    if subj is None or subj.i > verb.i or subj.lower_ in EXPLETIVES:
        return None
    return subj


def _holder(verb: Token) -> Token | None:
    """The copula's subject; for a relative pronoun ("the senator, who is a backer of X")
    the noun the clause hangs on."""
    subj = _subject(verb)
    if subj is not None and subj.tag_ in ("WP", "WDT"):
        return verb.head if verb.dep_ == "relcl" and verb.head.i < subj.i else None
    return subj


def _copular_side(view: DocView, verb: Token, words: dict) -> Found | None:
    """ "X is against Y", "X is in favour of Y", "X is a critic of Y", "X is opposed to Y":
    (pattern, cue, holder, first, last token of Y, particle) when X can hold a side."""
    if view.lemmas[verb.i].lower() not in COPULAS:  # (asked of every copula and support verb)
        return None
    if verb.dep_ == "auxpass" and verb.head.lower_ in words["to_adjectives"]:
        return _participle_side(view, verb, verb.head, words)  # "is opposed to X"
    pred = _predicate(verb, words)
    if pred is None or any(c.i < verb.i for c in kids_with(verb, "acomp", "attr")):
        return None  # "how costly the plan is for the town": the predicate came first
    if _more_predicate(verb, pred):
        return None  # "is for all practical purposes the final word": a phrase, no side
    found = _side_of(view, pred, words)
    if found is None:
        return None
    subj = _holder(verb)
    if subj is None or any(t.lower_ in WH_DEGREE and t.dep_ == "advmod" for t in subj.subtree):
        return None  # "just how costly this fee is for the town": a degree, no side
    speaker = np_speaker(view, subj)
    if not actor_like(view, speaker):
        return None
    pattern, cue, obj, particle, word = found
    return pattern, cue, speaker, obj.left_edge.i, object_end(obj), particle, word


def _more_predicate(verb: Token, pred: Token) -> bool:
    """Another complement of the copula after its phrase ("is for the moment staying
    silent", "is for all purposes the final word"): the phrase only sets it off."""
    return any(c.i > pred.i for c in kids_with(verb, "attr", "acomp", "xcomp", "ccomp"))


def _participle_side(view: DocView, verb: Token, part: Token, words: dict) -> Found | None:
    """ "X is opposed to Y" parsed as a passive: (pattern, cue, holder, ...) or None; the
    subject hangs on the participle or on the copula."""
    to = _prep(part, ("to",))
    obj = _object(to)
    subjects_ = (c for h in (part, verb) for c in h.children if c.dep_ in SUBJECT_DEPS)
    subj = next((c for c in subjects_ if c.i < verb.i), None)
    if obj is None or subj is None or subj.lower_ in EXPLETIVES:
        return None
    if _no_side(obj, words, {}):
        return None
    speaker = np_speaker(view, subj)
    if not actor_like(view, speaker):
        return None
    return COPULAR_SIDE, part, speaker, obj.left_edge.i, object_end(obj), to, part.lower_


def object_end(obj: Token) -> int:
    """The last token of the object's phrase, before a relative clause, an apposition or a
    comma after it ("the project, which is for the port": "the project")."""
    end = obj.i
    for c in obj.rights:
        if c.dep_ in OBJECT_END_DEPS:
            break
        end = c.right_edge.i
    return end


def _predicate(verb: Token, words: dict) -> Token | None:
    """The copula's first complement after it, past adverbs and negation; none when an
    adverb of place makes it one of being somewhere ("is here for the talks")."""
    for c, dep in zip(*kids_and_labels(verb), strict=True):
        if c.i < verb.i:
            continue  # its complements after it (`verb.rights`)
        if dep in ("advmod", "neg"):
            if c.lower_ in words["copular_stop_adverbs"]:
                return None
            continue
        return c if dep in ("prep", "attr", "acomp") else None
    return None


def _side_of(view: DocView, pred: Token, words: dict) -> Side | None:
    """(pattern, cue, object, particle, side word) of a copula's predicate that names a
    side."""
    frame_words = view.lex.frame_words
    if pred.dep_ == "prep":
        obj = _object(pred)
        if obj is None or _no_side(obj, words, frame_words):
            return None
        if pred.lower_ in words["side_prepositions"]:
            if pred.lower_ == "against" and (obj.ent_type_ in ACTOR_ENTS or obj.pos_ == "PROPN"):
                return None  # "Nadal is against Federer", "are against the Pumas": a contest
            return COPULAR_SIDE, pred.head, obj, pred, pred.lower_  # "was against the fee"
        phrase = words["side_phrases"].get(obj.lemma_.lower())
        inner_prep = _prep(obj, (phrase,)) if phrase and pred.lower_ in ("in", "on") else None
        inner = _object(inner_prep)
        if inner is not None and not _no_side(inner, words, frame_words):
            return COPULAR_SIDE, obj, inner, inner_prep, obj.lemma_.lower()  # "in favour of X"
        return None
    if pred.dep_ == "acomp" and pred.lemma_.lower() in words["to_adjectives"]:
        to = _prep(pred, ("to",))
        inner = _object(to)  # "is opposed to X"
        if inner is None or _no_side(inner, words, frame_words):
            return None
        return COPULAR_SIDE, pred, inner, to, pred.lemma_.lower()
    if pred.dep_ == "attr":  # "is a fierce critic of X", "a fan of Y and a critic of X"
        return next(filter(None, (_taker(n, words) for n in (pred, *pred.conjuncts))), None)
    return None


def _taker(noun: Token, words: dict) -> Side | None:
    """A noun for one who takes a side (sides.json side_taker_nouns) with its phrase; not
    a rank ("a seven-time winner of", "the second backer of") nor a job ("a critic of
    film for a daily")."""
    preps = words["side_taker_nouns"].get(noun.lemma_.lower())
    if not preps or any(c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" for c in noun.children):
        return None
    employer = _object(_prep(noun, ("for",)))
    if employer is not None and employer.ent_type_ in ACTOR_ENTS and "for" not in preps:
        return None
    prep = _prep(noun, tuple(preps))
    inner = _object(prep)
    if inner is None or _no_side(inner, words, {}):
        return None
    return SIDE_TAKER, noun, inner, prep, noun.lemma_.lower()


def _no_side(obj: Token, words: dict, frame_words: dict) -> bool:
    """A set phrase ("for sale", "against the clock", "for now", "in favour of nobody")
    or a measure ("for years"): no side."""
    stops = words["copular_stop_objects"]
    if obj.lower_ in stops or obj.lemma_.lower() in stops:
        return True
    if any(t.lower_ in stops for t in obj.doc[obj.left_edge.i : obj.i]):
        return True  # "for now keeping the fee", "for the moment staying": before a participle
    return bool(frame_words) and no_side(obj, frame_words)


def _prep(head: Token | None, preps: tuple[str, ...]) -> Token | None:
    if head is None:
        return None
    return next((c for c in kids_with(head, "prep") if c.i > head.i and c.lower_ in preps), None)


def _object(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next(iter(kids_with(prep, "pobj", "pcomp")), None)


def _given_side(view: DocView, verb: Token, words: dict) -> Found | None:
    """ "Y has the backing of X", "Y won the endorsement of X": X holds a side for Y, the
    subject of the verb; the object's noun is the cue. Not in a question, nor a backing
    in money or arms (sides.json funding_words in the sentence)."""
    if view.lemmas[verb.i].lower() not in words["support_verbs"]:
        return None
    noun = next((c for c in kids_with(verb, "dobj") if c.i > verb.i), None)
    if noun is None or noun.lemma_.lower() not in words["support_nouns"]:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "won their support": the possessor's, the nominal family's
    giver = _object(_prep(noun, tuple(words["support_prepositions"])))
    subj = _subject(verb)  # "which has the backing of X": "which", as PolNeAR marks it
    if giver is None or subj is None or subjects.asked(verb) or _funding(verb, words):
        return None
    speaker = np_speaker(view, giver)
    if not actor_like(view, speaker):
        return None
    if new_group(view, giver) or speaker["actor_id"] == _actor_of(view, subj):
        speaker = unresolved(view, speaker)  # "several Gulf states": no actor named before
    return GIVEN_SIDE, noun, speaker, subj.left_edge.i, subj.right_edge.i, None, noun.lower_


def _actor_of(view: DocView, tok: Token) -> str | None:
    """The actor a noun phrase resolves to; no side is given by an actor to itself."""
    return (np_speaker(view, tok) or {}).get("actor_id") or "-"


def _funding(verb: Token, words: dict) -> bool:
    """A sentence about money or arms ("which invested $200 million", "supplies them with
    drones"): the backing is a means, no side taken."""
    sent = verb.sent
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in words["funding_words"] for t in sent)
