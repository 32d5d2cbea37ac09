"""An accusation or a charge reported in the passive, its accuser unnamed or named by a
by-phrase: a curated cue that takes an object and a phrase about it (patterns/cues.json
frame dobj_prep: "accused X of Y", "charged X with Y", "criticized X for Y") in a passive
clause with that phrase ("the mayor was accused of fraud", "he was charged with assault"),
when no frame of the cue took it. The content is the subject and the phrase; no one is
named as the speaker unless a by-phrase names an actor (PolNeAR's attributions with no
source: the author reports that it was said).

Neither a passive without the phrase ("the price was not disclosed": on PolNeAR train
right 8 times of 23) nor a participle on a noun ("the plan announced on Monday": 9 of 18)
makes a claim. A cue of a relative clause is left alone ("a man who was charged with
..."): what the clause tells is who its noun is.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.frames import EXPLETIVES, agent_of, cue_entry, cue_lemma, match_frame
from pipeline.claims.spans import close_open_quote, token_range_chars
from pipeline.claims.speakers import actor_like, np_speaker
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
PASSIVE_PREP = "passive_object_prep"
PATTERNS = (PASSIVE_PREP,)
OBJECT_PREPOSITIONS = {"of", "for", "with", "over"}  # accused of, blamed for, charged with


def find_passives(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    lex = view.lex
    curated = view.cue_words.where(lambda w: w in lex.cue_lemmas and w not in lex.generated_lemmas)
    for tok in (view.tokens[i] for i in curated):
        if tok.tag_ != "VBN" or tok.i in claimed.used_cues or view.tok_quote[tok.i] >= 0:
            continue
        if claimed.inside_speech(tok.idx) or not _prep_cue(view, tok):
            continue
        found = passive_object_prep(tok)
        if found is None or match_frame(view, tok) is not None:
            continue
        claim, claimed = _claim(view, claimed, tok, *found)
        if claim is not None:
            claims.append(claim)
    return claims, claimed


def _prep_cue(view: DocView, tok: Token) -> bool:
    entries = view.lex.cues.get(cue_lemma(view.lex, tok), ())
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
    cs, ce = token_range_chars(view, a, b)
    if ce <= cs or any(cs < e and s < ce for s, e in claimed.speech_ranges):
        return None, claimed
    ce = close_open_quote(view, cs, ce)
    kind = "mixed" if quote_kind(view, cs, ce) != "indirect" else "indirect"
    entry = cue_entry(view.lex, tok)
    rule_id = view.rules.rule_for(PASSIVE_PREP, kind)
    claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce)
    if claim is None:
        return None, claimed
    return claim, claimed.use_cue(tok.i).add_speech(cs, ce)


def passive_object_prep(tok: Token) -> tuple[int, int] | None:
    """(first, last token) of "the mayor was accused of fraud": the passive's subject up
    to the end of its of/for/with/over phrase; none with a clause, an infinitive or a
    predicate (the cue's own frames), nor in a relative clause."""
    children = list(tok.children)
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i > tok.i or not any(c.dep_ == "auxpass" for c in children):
        return None
    if subj.lower_ in EXPLETIVES or subj.tag_ in ("WDT", "WP") or tok.dep_ == "relcl":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children):
        return None
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS]
    objs = [c for p in preps[:1] for c in p.children if c.dep_ in ("pobj", "pcomp")]
    if not objs or preps[0].i < tok.i:
        return None
    return subj.left_edge.i, preps[0].right_edge.i
