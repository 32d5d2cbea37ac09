"""Sides taken with a light verb and a noun of taking a side (patterns/cues.json
`side_nouns`): "took a swipe at the mayor", "took issue with the fee", "set her sights on
the council", "cast a ballot against the plan". The noun is the verb's object; the phrase
right after it (on the noun or on the verb: the parser does either) names what the side is
taken on, and is the content; the verb's subject, an actor, holds it. The cue runs from the
verb to the preposition.

Each noun's entry gives the verbs it takes a side with ("took a shot at" but not "fired a
shot at", "cast a vote for" but not "take a vote on"), its prepositions ("cast their
ballots at the hall" names a place), and its form: `bare` for the idioms without a
determiner ("took issue with", not "took the issue to voters"), `singular` ("sounded a
note on", not "took notes on"), `target: actor` for the nouns that are also a blow or a
look ("took a shot at the senator", not "at the target"): the target must be one who can
take a side, or an act of one ("a swipe at the senator's plan"). "took a swipe at the fee"
is lost with that; "took a swipe at the ball" said
of a politician would still need the sense, which no parse gives.

On PolNeAR train a verb of a relative clause was right 1 time in 4 ("a senator who took
aim at X" says who the senator is).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.cue_objects import claim_made, closed_kind
from pipeline.claims.families.stance import phrase_after_noun
from pipeline.claims.holders import side_holder
from pipeline.claims.spans import token_range_chars
from pipeline.claims.speakers import actor_like, np_speaker, speaker_for_cue
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
LIGHT_SIDE = "light_side"
# "raised questions about X", "cast doubt on whether ...": a noun of questioning whose entry
# names this pattern, with a clause allowed after its preposition
RAISED_QUESTION = "raised_question"
PATTERNS = (LIGHT_SIDE, RAISED_QUESTION)
DETERMINERS = {"det", "poss", "nummod"}  # "took the issue", "took his aim"


def find_light_sides(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    nouns = view.lex.side_nouns
    for noun in (view.tokens[i] for i in view.lemma_lower_words.where_in(nouns)):
        verb = noun.head
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB":
            continue
        if verb.i in claimed.used_cues or view.tok_quote[verb.i] >= 0 or verb.i > noun.i:
            continue
        if claimed.inside_speech(verb.idx):
            continue
        found = side_target(view, noun, nouns[noun.lemma_.lower()])
        if found is None:
            continue
        claim, claimed = _claim(view, claimed, verb, noun, *found)
        if claim is not None:
            claims.append(claim)
    return claims, claimed


def side_target(view: DocView, noun: Token, entry: dict) -> tuple[Token, Token] | None:
    """(preposition, its object) of the noun's side phrase, when the verb and the noun's
    form are the idiom's ("took a swipe at X"), else None."""
    verb = noun.head
    if verb.lemma_.lower() not in entry["verbs"] or verb.dep_ == "relcl":
        return None  # "had a shot at the title": a chance; "who took aim at": who they are
    if entry.get("bare") and (
        any(c.dep_ in DETERMINERS for c in kids(noun)) or any(c.dep_ == "prt" for c in kids(verb))
    ):
        return None  # "took the issue to voters", "took up the issue with the mayor"
    if entry.get("singular") and noun.tag_ != "NN":
        return None  # "took notes on the lecture"
    objects = ("pobj", "pcomp") if entry.get("clause") else ("pobj",)
    found = phrase_after_noun(noun, entry["preps"], objects)
    if found is None or found[1].ent_type_ in view.lex.frame_words["measures"]:
        return None  # "cast a vote for two hours"
    if entry.get("target") == "actor" and not actor_target(view, found[1]):
        return None  # "took a shot at the target", "set his sights on a new car"
    return found


def actor_target(view: DocView, obj: Token) -> bool:
    """An actor ("a swipe at the senator") or an actor's act ("a swipe at the senator's
    stance")."""
    owners = [c for c in kids(obj) if c.dep_ == "poss"]
    return any(actor_like(view, np_speaker(view, t)) for t in [obj, *owners])


def _claim(
    view: DocView, claimed: Claimed, verb: Token, noun: Token, prep: Token, obj: Token
) -> tuple[Claim | None, Claimed]:
    speaker = speaker_for_cue(view, verb)
    if not side_holder(view, speaker):
        return None, claimed
    cs, ce = token_range_chars(view, obj.left_edge.i, obj.right_edge.i)
    if ce <= cs or claimed.inside_speech(cs):
        return None, claimed
    ce, kind = closed_kind(view, cs, ce)
    lemma = noun.lemma_.lower()
    noun_entry = view.lex.side_nouns[lemma]
    entry = {"lemma": verb.lemma_.lower(), "category": noun_entry["category"]}
    rule_id = view.rules.rule_for(noun_entry.get("pattern", LIGHT_SIDE), kind)
    claim = make_claim(view, kind, rule_id, verb, entry, speaker, cs, ce, cue_end=prep)
    if claim is not None:  # "take swipe at" (the preposition may hang on the verb)
        claim.cue["lemma"] = f"{entry['lemma']} {lemma} {prep.lower_}"
    return claim_made(claim, claimed, verb, cs, ce)
