"""Nominal claims: a cue noun with its complement. With a that-clause ("her claim that ...",
"X voiced concern that ...") the holder is the noun's possessor, or the subject of the verb
that takes the noun as its object, else none is named. With a prepositional complement
("her defence of the plan", "their doubts about the deal") or an infinitive ("his call to
ban ...", "her refusal to answer") the noun needs a possessor that can hold a claim (an
actor, or a typed source such as "the report's warning about ..."): without one, "the
support for the plan" names no one's claim."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.lexicon import NOMINAL_PREPOSITIONS
from pipeline.claims.spans import token_range_chars
from pipeline.claims.speakers import SOURCE_TYPES, actor_like, np_speaker, speaker_for_cue
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
# "X voiced criticism of Y": no possessor, but a light verb whose subject holds the claim
LIGHT = {"noun_prep": "light_noun_prep", "noun_infinitive": "light_noun_infinitive"}
# "the case for X", "doubts about X", "criticism against X": a phrase that names what is
# argued for, against or about holds a claim without a possessor (train P 69%, 60/87);
# "the support of X", "the attack on X" do not (36%, 27%)
BARE = "bare_noun_prep"
BARE_PREPOSITIONS = {"about", "for", "against"}
# "the decision to X", "a showing that X": nouns derived from cue verbs (lexicon.py)
DERIVED = {"noun_that": "derived_noun_that", "noun_infinitive": "derived_noun_infinitive"}
PATTERNS = ("noun_that", "noun_prep", "noun_infinitive", *LIGHT.values(), BARE, *DERIVED.values())


def find_nominal(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    nouns, derived = view.lex.nominal, view.lex.derived_nominal
    words = view.lemma_words.where(lambda w: w.lower() in nouns or w.lower() in derived)
    for tok in (view.tokens[i] for i in words):
        if tok.pos_ != "NOUN" or view.tok_quote[tok.i] >= 0:
            continue
        if claimed.inside_speech(tok.idx):
            continue  # "denied the claim that ...": already the content of a claim
        lemma = tok.lemma_.lower()
        found, entry = _first_complement(tok, (nouns.get(lemma), derived.get(lemma)))
        if found is None:
            continue
        pattern, a, b = found
        speaker = holder(view, tok)
        if pattern != "noun_that" and not _possessor_holds(view, tok, speaker):
            if _light_verb_holds(view, tok, speaker):
                pattern = LIGHT[pattern]
            elif pattern == "noun_prep" and view.doc[a - 1].lower_ in BARE_PREPOSITIONS:
                pattern = BARE
            else:
                continue
        cs, ce = token_range_chars(view, a, b)
        if ce <= cs:
            continue
        kind = quote_kind(view, cs, ce)  # direct: "his claim that “...”"
        if kind == "direct" and pattern != "noun_that":
            kind = "mixed"  # "her call to “ban them all”": a quoted piece of the phrase
        if "verb" in entry and pattern in DERIVED:
            pattern = DERIVED[pattern]  # a nominalisation of a cue verb: its own rules
        rule_id = view.rules.rule_for(pattern, kind)
        claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce)
        if claim is not None:
            claimed = claimed.add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def _first_complement(
    noun: Token, entries: tuple[dict | None, ...]
) -> tuple[tuple[str, int, int] | None, dict]:
    """The complement of the first entry whose frames find one (the curated entry, then
    the frames its verb adds: "claim to be" from "claim to"), and that entry."""
    for entry in entries:
        found = complement(noun, entry["frames"]) if entry else None
        if found is not None:
            return found, entry
    return None, {}


def complement(noun: Token, frames: list[str]) -> tuple[str, int, int] | None:
    """(pattern, first token, last token) of the noun's complement, by its frames."""
    if "noun_that" in frames:
        clause = that_clause(noun)
        if clause is not None:
            return "noun_that", clause.left_edge.i, clause.right_edge.i
    if "noun_infinitive" in frames:
        inf = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("acl", "relcl", "xcomp")
                and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            ),
            None,
        )
        if inf is not None:
            return "noun_infinitive", inf.left_edge.i, inf.right_edge.i
    if "noun_prep" in frames:
        prep = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NOMINAL_PREPOSITIONS),
            None,
        )
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep else []
        if objs:
            return "noun_prep", objs[0].left_edge.i, prep.right_edge.i
    return None


def that_clause(noun: Token) -> Token | None:
    """The head of the that-clause right of `noun` ("the claim that ..."), or of the
    copula it is the subject of ("his argument is that ..."), or None."""
    head = noun.head
    copula = noun.dep_ == "nsubj" and head.lemma_ == "be" and head.i > noun.i
    return next(
        (
            c
            for c in [*noun.rights, *(head.rights if copula else ())]
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def holder(view: DocView, noun: Token) -> dict | None:
    """The noun's possessor, the subject of the verb whose object it is, the object of
    its by-phrase, or the subject of the verb it is the object of through a preposition
    when that subject can hold a claim; else None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ in view.lex.possessive_pronouns:
            subj = clause_subject(noun)
            named = np_speaker(view, subj) if subj is not None else None
            if actor_like(view, named):  # "he expanded on his calls for ...": the subject
                return named  # names him; not "these attacks reinforce our commitment"
        return np_speaker(view, poss)
    if noun.dep_ == "dobj":
        return speaker_for_cue(view, noun.head)
    agent = _agent(noun)  # "claims by intelligence agencies that", "a demand, by X, that"
    if agent is not None:
        return np_speaker(view, agent)
    subj = clause_subject(noun) if noun.dep_ == "pobj" else None
    if subj is not None:  # "X said in a statement that", "X entered with an argument that"
        speaker = np_speaker(view, subj)
        return speaker if actor_like(view, speaker) else None
    return None


def _agent(noun: Token) -> Token | None:
    """The object of a by-phrase on the noun, before its complement, or None."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def clause_subject(noun: Token) -> Token | None:
    """The subject before the verb that takes `noun` as its object, directly or through a
    preposition ("renewed her call", "spoke about his support for"), or None."""
    h = noun
    for _ in range(3):
        if h.dep_ not in ("dobj", "pobj", "prep") or h.head.i == h.i:
            break
        h = h.head
    if h.i == noun.i or h.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > noun.i or subj.lower_ in ("it", "there"):
        return None
    return subj


def _possessor_holds(view: DocView, noun: Token, speaker: dict | None) -> bool:
    """A possessor of the noun that can hold a claim."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return False
    if poss.lower_ in view.lex.possessive_pronouns:
        return True
    return actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES


def _light_verb_holds(view: DocView, noun: Token, speaker: dict | None) -> bool:
    """The noun, with no possessor, is the object of a light verb (cues.json's
    `light_verbs`: made a call for, voiced criticism of) whose subject can hold a claim."""
    if any(c.dep_ == "poss" for c in noun.children) or noun.dep_ != "dobj":
        return False
    if noun.head.lemma_.lower() not in view.lex.light_verbs:
        return False
    return actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES
