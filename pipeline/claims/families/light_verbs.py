"""Sides taken with a light verb and a noun of taking a side (patterns/cues.json
`side_nouns`): "took a swipe at the mayor", "took issue with the fee", "set her sights on
the council", "cast a ballot against the plan". The noun is the verb's object; the phrase
after it (on the noun or on the verb: the parser does either) names what the side is taken
on, and is the content; the verb's subject, an actor, holds it. The cue runs from the verb
to the preposition. The verb is one of taking, casting or aiming (`side_verbs`): "had a
shot at", "got out the vote for" take no side. On PolNeAR train a verb of a relative
clause was right 1 time in 4 ("a senator who took aim at X" says who the senator is).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.cue_objects import MEASURES
from pipeline.claims.families.indirect import side_holder
from pipeline.claims.spans import close_open_quote, token_range_chars
from pipeline.claims.speakers import speaker_for_cue
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
LIGHT_SIDE = "light_side"
PATTERNS = (LIGHT_SIDE,)
SIDE_PREPOSITIONS = {"at", "against", "on", "with", "to", "for", "toward", "towards", "about"}


def find_light_sides(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    nouns = view.lex.side_nouns
    for noun in (view.tokens[i] for i in view.lemma_words.where(lambda w: w.lower() in nouns)):
        verb = noun.head
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in view.lex.side_verbs or verb.dep_ == "relcl":
            continue  # "had a shot at the title": a chance; "who took aim at": who they are
        if verb.i in claimed.used_cues or view.tok_quote[verb.i] >= 0 or verb.i > noun.i:
            continue
        if claimed.inside_speech(verb.idx):
            continue
        prep = side_phrase(noun)
        if prep is None:
            continue
        claim, claimed = _claim(view, claimed, verb, noun, prep)
        if claim is not None:
            claims.append(claim)
    return claims, claimed


def side_phrase(noun: Token) -> Token | None:
    """The first phrase after the noun, on it or on its verb, whose preposition names a
    side's target ("a swipe at", "issue with", "sights on"), with an object that is no
    measure ("a vote for an hour")."""
    after = [c for c in [*noun.rights, *noun.head.children] if c.i > noun.i and c.dep_ == "prep"]
    for prep in sorted(after, key=lambda p: p.i):
        if prep.lower_ not in SIDE_PREPOSITIONS:
            continue
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if objs and objs[0].ent_type_ not in MEASURES:
            return prep
        return None
    return None


def _claim(
    view: DocView, claimed: Claimed, verb: Token, noun: Token, prep: Token
) -> tuple[Claim | None, Claimed]:
    speaker = speaker_for_cue(view, verb)
    if not side_holder(view, speaker):
        return None, claimed
    obj = next(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    cs, ce = token_range_chars(view, obj.left_edge.i, obj.right_edge.i)
    if ce <= cs or claimed.inside_speech(cs):
        return None, claimed
    ce = close_open_quote(view, cs, ce)
    kind = "mixed" if quote_kind(view, cs, ce) != "indirect" else "indirect"
    lemma = noun.lemma_.lower()
    entry = {"lemma": verb.lemma_.lower(), "category": view.lex.side_nouns[lemma]}
    rule_id = view.rules.rule_for(LIGHT_SIDE, kind)
    claim = make_claim(view, kind, rule_id, verb, entry, speaker, cs, ce, cue_end=prep)
    if claim is None:
        return None, claimed
    claim.cue["lemma"] = f"{entry['lemma']} {lemma} {prep.lower_}"  # "take swipe at"
    return claim, claimed.use_cue(verb.i).add_speech(cs, ce)
