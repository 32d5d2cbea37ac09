"""Claims of a curated cue verb (patterns/cues.json) whose complement is none of the frames
its entries list, in three frames a grammar of attribution calls general:

- a mental object: a cue of thinking or wanting (cues.json `object_categories`: belief,
  intention) with a noun phrase for its object ("the council seeks a new pier", "she knew
  the harbour well"): what is wanted or known is the content;
- a side taken in a phrase: any cue with a for- or against-phrase, or "in favour / support
  of" ("voted for the fee", "pressed for a new pier", "spoke out in favour of the plan"):
  the phrase's object is the content;
- a relative object: a cue in a relative clause whose object is the relative pronoun ("the
  fee, which the mayor denies", "a rival whom the party backed"): the pronoun is the
  content (as PolNeAR marks it), the clause's subject the speaker.

A cue that some frame of its own matches is the indirect family's, whether or not that made
a claim. The holder must be one who can take a side or hold a thought (an actor, not "you").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.indirect import complement_chars, side_holder, unperformed
from pipeline.claims.frames import cue_entry, cue_lemma, match_frame
from pipeline.claims.spans import token_range_chars
from pipeline.claims.speakers import np_speaker, speaker_for_cue
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
MENTAL, SIDE, RELATIVE = "mental_object", "side_prep", "relative_object"
PATTERNS = (MENTAL, SIDE, RELATIVE)
SIDE_PREPOSITIONS = {"for", "against"}
SIDE_NOUNS = {"favor", "favour", "support", "defense", "defence"}  # "in favour of X"
RELATIVE_TAGS = {"WDT", "WP"}
# "that" opens as many clauses about a thing ("the plan that the mayor proposed") as
# claims: on PolNeAR train 1 of 5
RELATIVE_PRONOUNS = {"which", "who", "whom"}
MEASURES = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
# the frame each pattern's content is cut like (indirect.complement_chars)
CONTENT_FRAME = {MENTAL: "dobj", SIDE: "prep_complement"}

Found = tuple[str, int, int, "Token | None"]  # pattern, first, last token, particle


def find_cue_objects(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    lex = view.lex
    curated = view.cue_words.where(lambda w: w in lex.cue_lemmas and w not in lex.generated_lemmas)
    for tok in (view.tokens[i] for i in curated):
        if tok.pos_ != "VERB" or tok.i in claimed.used_cues or view.tok_quote[tok.i] >= 0:
            continue
        if claimed.inside_speech(tok.idx) or match_frame(view, tok) is not None:
            continue
        found = relative_object(tok) or mental_object(view, tok) or side_phrase(tok)
        if found is None:
            continue
        claim, claimed = _claim(view, claimed, tok, found)
        if claim is not None:
            claims.append(claim)
    return claims, claimed


def _claim(
    view: DocView, claimed: Claimed, tok: Token, found: Found
) -> tuple[Claim | None, Claimed]:
    pattern, a, b, particle = found
    if pattern == RELATIVE:
        subj = next(c for c in tok.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS)
        speaker = np_speaker(view, subj)
    else:
        speaker = speaker_for_cue(view, tok)
    if not side_holder(view, speaker) or unperformed(tok, "dobj"):
        return None, claimed
    entry = cue_entry(view.lex, tok)
    if pattern == RELATIVE:
        cs, ce = token_range_chars(view, a, b)
    else:
        match = (entry, CONTENT_FRAME[pattern], a, b, particle)
        cs, ce, claimed = complement_chars(view, claimed, tok, match)
    if ce <= cs or claimed.inside_speech(cs):
        return None, claimed
    kind = quote_kind(view, cs, ce)
    kind = "mixed" if kind == "direct" else kind  # a quoted object: a piece of the phrase
    if pattern == RELATIVE and kind != "indirect":
        return None, claimed  # a quoted pronoun: a quote's own word
    rule_id = view.rules.rule_for(pattern, kind)
    claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce, particle=particle)
    if claim is None:
        return None, claimed
    return claim, claimed.use_cue(tok.i).add_speech(cs, ce)


def relative_object(tok: Token) -> Found | None:
    """ "the fee, which the mayor opposes": the cue heads a relative clause with a subject
    of its own and the relative pronoun for its object (the parser makes it the object, or
    a second subject before the real one)."""
    if tok.dep_ != "relcl":
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    rel = [c for c in tok.children if c.tag_ in RELATIVE_TAGS and c.dep_ in ("dobj", "nsubj")]
    own = [s for s in subj if s.tag_ not in RELATIVE_TAGS]
    if len(rel) != 1 or not own or rel[0].i > own[0].i or rel[0].lower_ not in RELATIVE_PRONOUNS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or _infinitive(c) for c in tok.children):
        return None  # "which the report says is ...", "which X committed to fund": the
        # pronoun belongs to the inner verb
    if rel[0].dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.children):
        return None
    return RELATIVE, rel[0].i, rel[0].i, None


def _infinitive(clause: Token) -> bool:
    """An infinitive the parser hung on the cue as an adverbial clause ("committed to fund")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def mental_object(view: DocView, tok: Token) -> Found | None:
    """ "seeks a new pier", "knew the harbour well": a cue of thinking or wanting with a
    noun phrase for its object (not a pronoun: "knew it", "wanted that"). Not a verb of
    seeing, not in a relative clause (which tells who its antecedent is), not an
    imperative. On PolNeAR train the three were right under half of the time."""
    entries = view.lex.cues.get(cue_lemma(view.lex, tok), ())
    if not any(e.get("category") in view.lex.object_categories for e in entries):
        return None
    if any("perception_ccomp" in e.get("frames", ()) for e in entries):
        return None  # "saw the ad", "has seen his lead fade": a thing seen, no thought
    if tok.dep_ == "relcl" or (tok.tag_ == "VB" and tok.dep_ == "ROOT"):
        return None  # "voters who know the mayor": who they are; "See the photos": no one
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return MENTAL, obj.left_edge.i, obj.right_edge.i, None


def side_phrase(tok: Token) -> Found | None:
    """ "voted for the fee", "argued against it", "spoke out in favour of the plan": the
    first for/against phrase of the cue, or its "in favour / support of" phrase."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return None  # "asked the mayor for a pier": the object's, not a side
    for p in (c for c in tok.children if c.dep_ == "prep" and c.i > tok.i):
        objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
        if not objs or objs[0].ent_type_ in MEASURES:
            continue  # "argued for hours": no side
        if p.lower_ in SIDE_PREPOSITIONS:
            return SIDE, objs[0].left_edge.i, objs[0].right_edge.i, p
        if p.lower_ == "in" and objs[0].lemma_.lower() in SIDE_NOUNS:
            of = [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "of"]
            inner = [c for o in of for c in o.children if c.dep_ in ("pobj", "pcomp")]
            if inner:
                return SIDE, inner[0].left_edge.i, inner[0].right_edge.i, None
    return None
