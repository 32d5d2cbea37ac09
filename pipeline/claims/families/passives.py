"""An accusation or a charge reported in the passive, its accuser unnamed or named by a
by-phrase: a curated cue that takes an object and a phrase about it (patterns/cues.json
frame dobj_prep: "accused X of Y", "charged X with Y", "criticized X for Y") in a passive
clause with that phrase ("the mayor was accused of fraud", "the captain was charged with theft"),
when no frame of the cue took it. The content is the subject and the phrase, on to the
clause's end as other frames' contents run (not over a phrase of when); no one is
named as the speaker unless a by-phrase names an actor (PolNeAR's attributions with no
source: the author reports that it was said).

Neither a passive without the phrase ("the fee was never revealed": on PolNeAR train
right 8 times of 23) nor a participle on a noun ("the plan announced on Monday": 9 of 18)
makes a claim. A cue of a relative clause is left alone ("a man who was charged with
..."): what the clause tells is who its noun is; so is a question ("Was she accused of
theft?"), which asks and reports nothing. An object of cues.json `passive_stop_objects`
is no offence ("the battery was charged with power", "the agency is charged with the
task"): a thing charged, a duty given.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.cue_objects import claim_made, closed_kind, free_curated_cues
from pipeline.claims.frames import agent_of, cue_entry, match_frame, passive_subject
from pipeline.claims.spans import extend_to_clause_end, token_range_chars
from pipeline.claims.speakers import actor_like, np_speaker
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
PASSIVE_PREP = "passive_object_prep"
PATTERNS = (PASSIVE_PREP,)


def find_passives(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for tok in free_curated_cues(view, claimed):
        if tok.tag_ != "VBN" or tok.i in claimed.used_cues or not _prep_cue(view, tok):
            continue
        found = passive_object_prep(tok, view.lex.frame_words)
        if found is None or question(tok) or match_frame(view, tok) is not None:
            continue
        claim, claimed = _claim(view, claimed, tok, *found)
        if claim is not None:
            claims.append(claim)
    return claims, claimed


def question(tok: Token) -> bool:
    """The cue's sentence asks: it ends in a question mark, or an auxiliary comes before
    the subject ("Was he accused of ...")."""
    sent = tok.sent
    if sent[-1].text == "?" or (len(sent) > 1 and sent[-2].text == "?"):
        return True
    subj = passive_subject(tok)
    return subj is not None and any(c.dep_ == "auxpass" and c.i < subj.i for c in kids(tok))


def _prep_cue(view: DocView, tok: Token) -> bool:
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    return any("dobj_prep" in e.get("frames", ()) for e in entries)


def _claim(
    view: DocView, claimed: Claimed, tok: Token, a: int, b: int
) -> tuple[Claim | None, Claimed]:
    agent = agent_of(tok)
    if agent is not None and tok.lemma_.lower() in view.lex.stance_verbs:
        return None, claimed  # "Spain was criticized by Morocco over X": the stance family's
    speaker = np_speaker(view, agent) if agent is not None else None
    if agent is not None and not actor_like(view, speaker):
        return None, claimed  # "charged by the rules": no one who accuses
    # on over the cue's phrases to its clause's end, as the other frames' contents run
    # ("accused of fraud, and of lying"); a phrase of when it was said ends it ("in May")
    cs, ce = token_range_chars(view, a, extend_to_clause_end(view, tok, b))
    if ce <= cs or claimed.overlaps_speech(cs, ce):
        return None, claimed
    ce, kind = closed_kind(view, cs, ce)
    entry = cue_entry(view.lex, tok)
    rule_id = view.rules.rule_for(PASSIVE_PREP, kind)
    claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce)
    return claim_made(claim, claimed, tok, cs, ce)


def passive_object_prep(tok: Token, words: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """(first, last token) of "the mayor was accused of fraud": the passive's subject up
    to the end of its of/for/with/over phrase; none with a clause, an infinitive or a
    predicate (the cue's own frames), nor in a relative clause, nor with an object that is
    no offence ("charged with power")."""
    subj = passive_subject(tok)
    if subj is None or tok.dep_ == "relcl":
        return None
    children = list(kids(tok))
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children):
        return None
    preps = [
        c for c in children if c.dep_ == "prep" and c.lower_ in words["passive_object_prepositions"]
    ]
    objs = [c for p in preps[:1] for c in kids(p) if c.dep_ in ("pobj", "pcomp")]
    if not objs or preps[0].i < tok.i or objs[0].lemma_.lower() in words["passive_stop_objects"]:
        return None
    return subj.left_edge.i, preps[0].right_edge.i
