"""Stance claims: an actor subject + stance verb + object (patterns/stance.json), no speech
cue: "Germany imposed sanctions on Iran", passive "Iran was sanctioned by Germany", the
participle "the plan presented by X to Y", the light verb "X took a hard line on Y"."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.claims import stance as st
from pipeline.claims.build import Claim, make_claim, targets
from pipeline.claims.claimed import Claimed
from pipeline.claims.frames import ByDep, children_by_dep
from pipeline.claims.noun_phrases import np_chars
from pipeline.claims.spans import token_range_chars, trim_chars
from pipeline.claims.speakers import np_speaker, speaker_for_cue
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView

VERB_OBJECT = "stance.verb_object"
VERB_PREP = "stance.verb_prep"
LIGHT_VERB = "stance.light_verb"
PASSIVE_AGENT = "stance.passive_agent"
PARTICIPLE_AGENT = "stance.participle_agent"
RULE_IDS = (VERB_OBJECT, VERB_PREP, LIGHT_VERB, PASSIVE_AGENT, PARTICIPLE_AGENT)
PATTERNS: tuple[str, ...] = ()


@dataclass
class StanceMatch:
    rule_id: str
    agent: Token | None  # the by-phrase's noun that names the speaker; None: the cue's subject
    a: int  # content tokens a..b
    b: int
    obj_toks: list[Token]  # whose words carry the object's polarity
    target_range: tuple[int, int] | None = None
    cue_end: Token | None = None  # a light-verb cue runs to its preposition


def find_stance(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    verbs = view.lex.stance_verbs
    listed = (view.tokens[i] for i in view.lemma_lower_words.where_in(verbs))
    for tok in listed:
        if tok.pos_ != "VERB" or tok.i in claimed.used_cues or view.tok_quote[tok.i] >= 0:
            continue
        entry = view.lex.stance_verbs.get(tok.lemma_.lower())
        if entry is None or claimed.inside_speech(tok.idx):
            continue
        match = match_stance(view, tok, children_by_dep(tok))
        if match is None:
            continue
        claim = _stance_claim(view, tok, entry, match)
        if claim is not None and claim.targets:
            claims.append(claim)
    return claims, claimed


def _stance_claim(view: DocView, tok: Token, entry: dict, m: StanceMatch) -> Claim | None:
    """The claim of a match whose speaker is a known actor, else None. The content's tests
    come first: the speaker's resolution costs more."""
    cs, ce = token_range_chars(view, m.a, m.b)
    if ce <= cs:
        return None
    obj_total = _polarity(view, m.obj_toks)
    if entry["mode"] == "carry" and obj_total == 0:
        return None  # "took office", "joined the meeting": no stance
    speaker = np_speaker(view, m.agent) if m.agent is not None else speaker_for_cue(view, tok)
    if speaker is None or speaker.get("actor_id") is None:
        return None
    if not targets(view, *trim_chars(view.text, cs, ce), speaker, m.target_range):
        return None  # toward no actor: no claim (the targets as make_claim finds them)
    negated = st.is_negated(tok, view.lex)
    score = st.stance_verb_score(entry, obj_total, negated)
    return make_claim(
        view, "stance", m.rule_id, tok, entry, speaker, cs, ce, score=score,
        negated=negated, target_range=m.target_range, cue_end=m.cue_end,
    )  # fmt: skip


def _polarity(view: DocView, toks: list[Token]) -> float:
    """`stance.content_polarity` of `toks`, its polar words found by the view's columns."""
    if not toks:
        return 0.0
    polar, lowers, lemmas = st.polar_words(view.lex), view.lowers, view.lemmas
    marked = [t for t in toks if lowers[t.i] in polar or lemmas[t.i].lower() in polar]
    return st.marked_polarity(marked, {t.i for t in toks}, view.lex)


def match_stance(view: DocView, tok: Token, by_dep: ByDep) -> StanceMatch | None:
    passive_subj = (by_dep.get("nsubjpass") or [None])[0]
    agent = (by_dep.get("agent") or [None])[0]
    if passive_subj is None and agent is not None and tok.dep_ == "acl":
        return participle_agent(view, tok, by_dep, agent)
    if passive_subj is not None and agent is not None:
        return passive_agent(view, tok, passive_subj, agent)
    return active(view, tok, by_dep)


def _recipients(view: DocView, by_dep: ByDep) -> list[Token]:
    return [
        c
        for p in by_dep.get("prep", []) + by_dep.get("dative", [])
        if p.lower_ in view.lex.stance_prepositions
        for c in kids(p)
        if c.dep_ == "pobj"
    ]


def participle_agent(view: DocView, tok: Token, by_dep: ByDep, agent: Token):
    """ "the plan presented by X to Y": the participle's noun is what was acted on."""
    agent_objs = [c for c in kids(agent) if c.dep_ == "pobj"]
    if not agent_objs:
        return None
    theme = tok.head  # climb out of "of" phrases: "the plan [of cooperation]"
    while theme.dep_ == "pobj" and theme.head.lower_ == "of" and theme.head.i > 0:
        theme = theme.head.head
    a, b = theme.left_edge.i, tok.i - 1
    recipients = _recipients(view, by_dep)
    target = np_chars(view, recipients[0]) if recipients else None
    obj_toks = view.tokens[a : b + 1]
    return StanceMatch(PARTICIPLE_AGENT, agent_objs[0], a, b, obj_toks, target)


def passive_agent(view: DocView, tok: Token, passive_subj: Token, agent: Token):
    """ "Iran was sanctioned by Germany"."""
    agent_objs = [c for c in kids(agent) if c.dep_ == "pobj"]
    if not agent_objs:
        return None
    a, b = passive_subj.left_edge.i, tok.right_edge.i
    obj_toks = [
        t
        for t in view.tokens[a : b + 1]
        if t.i != tok.i and not (agent.i <= t.i <= agent.right_edge.i)
    ]
    target = np_chars(view, passive_subj)
    return StanceMatch(PASSIVE_AGENT, agent_objs[0], a, b, obj_toks, target)


def active(view: DocView, tok: Token, by_dep: ByDep) -> StanceMatch | None:
    """An active stance verb with its object, its light-verb object, or its preposition."""
    dobj = (by_dep.get("dobj") or [None])[0]
    preps = [
        p
        for p in by_dep.get("prep", []) + by_dep.get("dative", [])
        if p.lower_ in view.lex.stance_prepositions and p.i > tok.i
    ]
    light = light_verb_object(view, dobj) if dobj is not None else None
    cue_end = None
    if dobj is not None and dobj.i > tok.i and light is not None:
        # "took an aggressive posture toward X": the cue runs to the preposition, the
        # content is its object; the adjective carries the polarity
        cue_end, target = light
        a, b = target.left_edge.i, target.right_edge.i
        rule_id = LIGHT_VERB
    elif dobj is not None and dobj.i > tok.i:
        a, b = dobj.left_edge.i, dobj.right_edge.i
        for p in sorted(preps, key=lambda p: p.i):
            if p.i == b + 1:
                b = p.right_edge.i
        rule_id = VERB_OBJECT
    elif preps:
        p = min(preps, key=lambda p: p.i)
        objs = [c for c in kids(p) if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        a, b = objs[0].left_edge.i, p.right_edge.i
        rule_id = VERB_PREP
    else:
        return None
    obj_toks = view.tokens[dobj.left_edge.i : b + 1] if cue_end else view.tokens[a : b + 1]
    return StanceMatch(rule_id, None, a, b, obj_toks, None, cue_end)


def light_verb_object(view: DocView, dobj: Token) -> tuple[Token, Token] | None:
    """(preposition, its object) when the object is a stance noun ("a hard line on X",
    "an aggressive posture toward X"), else None."""
    if dobj.lemma_.lower() not in view.lex.stance_nouns:
        return None
    return phrase_after_noun(dobj, view.lex.stance_prepositions)


def phrase_after_noun(
    noun: Token, prepositions: Collection[str], objects: Collection[str] = ("pobj",)
) -> tuple[Token, Token] | None:
    """(preposition, its object) of a light verb's noun object: the first of the noun's
    phrases with one of `prepositions`, or that phrase right after the noun when the
    parser hung it on the verb; `objects` are the labels the object may have (a clause
    after the preposition is a pcomp: "questions about whether ...")."""
    on_verb = [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    for prep in [*kids(noun), *on_verb]:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            objs = [c for c in kids(prep) if c.dep_ in objects]
            if objs:
                return prep, objs[0]
    return None
