"""Claims of a curated cue verb (patterns/cues.json) whose complement is none of the frames
its entries list, in three frames a grammar of attribution calls general:

- a mental object: a cue of thinking or wanting (cues.json `frame_words`,
  `mental_object_lemmas`, chosen on PolNeAR train) with a noun phrase for its object ("the
  council seeks a new pier", "she believes the harbour report"): what is wanted or
  believed is the content;
- a side taken in a phrase: a cue with a for- or against-phrase, or "in favour / support
  of" ("voted for the fee", "pressed for a new pier", "spoke out in favour of the plan"):
  the phrase's object is the content. Not a set phrase ("for example", "for the first
  time", "for herself": `side_stop_objects`, a measure anywhere in the object), nor a
  for-phrase of a cue that tells for whom or why one spoke or wrote ("wrote for a paper",
  "spoke for the family", "asked for a lawyer": `for_stop_cues`);
- a relative object: a cue in a relative clause whose object is the relative pronoun ("the
  fee, which the mayor denies", "a rival whom the party backed"): the pronoun is the
  content (as PolNeAR marks it), the clause's subject the speaker.

A cue that some frame of its own matches is the indirect family's, whether or not that made
a claim. The holder must be one who can take a side or hold a thought (an actor, not "you").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.indirect import complement_chars, unperformed
from pipeline.claims.frames import cue_entry, match_frame
from pipeline.claims.holders import side_holder
from pipeline.claims.spans import close_open_quote, token_range_chars
from pipeline.claims.speakers import np_speaker, speaker_for_cue
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView, quote_kind, reported_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
MENTAL, SIDE, RELATIVE = "mental_object", "side_prep", "relative_object"
PATTERNS = (MENTAL, SIDE, RELATIVE)
RELATIVE_TAGS = {"WDT", "WP"}
# the frame each pattern's content is cut like (indirect.complement_chars)
CONTENT_FRAME = {MENTAL: "dobj", SIDE: "prep_complement"}

Found = tuple[str, int, int, "Token | None"]  # pattern, first, last token, particle


def free_curated_cues(view: DocView, claimed: Claimed) -> Iterator[Token]:
    """The curated cue words (not only WordNet's) that no claim used, outside quotes and
    outside the content of another claim."""
    lex = view.lex
    curated = view.cue_words.where_in(lex.cue_lemmas, unless=lex.generated_lemmas)
    for tok in (view.tokens[i] for i in curated):
        if tok.i in claimed.used_cues or view.tok_quote[tok.i] >= 0:
            continue
        if not claimed.inside_speech(tok.idx):
            yield tok


def find_cue_objects(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for tok in free_curated_cues(view, claimed):
        if tok.pos_ != "VERB" or tok.i in claimed.used_cues or match_frame(view, tok) is not None:
            continue
        words = view.lex.frame_words
        found = relative_object(tok, words) or mental_object(view, tok) or side_phrase(tok, words)
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
        subj = next(c for c in kids(tok) if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS)
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
    claim = make_claim(
        view,
        kind,
        view.rules.rule_for(pattern, kind),
        tok,
        entry,
        speaker,
        cs,
        ce,
        particle=particle,
    )
    return claim_made(claim, claimed, tok, cs, ce)


def closed_kind(view: DocView, cs: int, ce: int) -> tuple[int, str]:
    """The content's end past a quote it opens, and its kind: a quoted piece makes a
    frame's content mixed."""
    ce = close_open_quote(view, cs, ce)
    return ce, reported_kind(view, cs, ce)


def claim_made(
    claim: Claim | None, claimed: Claimed, cue: Token, cs: int, ce: int
) -> tuple[Claim | None, Claimed]:
    """The claim, if one was made, with its cue and content marked as used."""
    if claim is None:
        return None, claimed
    return claim, claimed.use_cue(cue.i).add_speech(cs, ce)


def relative_object(tok: Token, words: dict[str, frozenset[str]]) -> Found | None:
    """ "the fee, which the mayor opposes": the cue heads a relative clause with a subject
    of its own and the relative pronoun for its object (the parser makes it the object, or
    a second subject before the real one)."""
    if tok.dep_ != "relcl":
        return None
    subj = [c for c in kids(tok) if c.dep_ == "nsubj"]
    rel = [c for c in kids(tok) if c.tag_ in RELATIVE_TAGS and c.dep_ in ("dobj", "nsubj")]
    own = [s for s in subj if s.tag_ not in RELATIVE_TAGS]
    if (
        len(rel) != 1
        or not own
        or rel[0].i > own[0].i
        or rel[0].lower_ not in words["relative_pronouns"]
    ):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") or _infinitive(c) for c in kids(tok)):
        return None  # "which the report says is ...", "which X committed to fund": the
        # pronoun belongs to the inner verb
    if rel[0].dep_ == "nsubj" and any(c.dep_ == "dobj" for c in kids(tok)):
        return None
    return RELATIVE, rel[0].i, rel[0].i, None


def _infinitive(clause: Token) -> bool:
    """An infinitive the parser hung on the cue as an adverbial clause ("committed to fund")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)
    )


def mental_object(view: DocView, tok: Token) -> Found | None:
    """ "seeks a new pier", "believes the report": a cue of thinking or wanting with a
    noun phrase for its object (not a pronoun: "wanted it", "hoped that"). Only the lemmas
    of `mental_object_lemmas`: on PolNeAR train the others ("knew the man", "judged the
    contest", "decided the case") were right under half of the time. Not in a relative
    clause (which tells who its antecedent is), not an imperative."""
    if view.cue_lemmas[tok.i] not in view.lex.frame_words["mental_object_lemmas"]:
        return None
    if tok.dep_ == "relcl" or (tok.tag_ == "VB" and tok.dep_ == "ROOT"):
        return None  # "voters who want a pier": who they are; "Consider the facts": no one
    obj = next((c for c in kids(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return MENTAL, obj.left_edge.i, obj.right_edge.i, None


def side_phrase(tok: Token, words: dict[str, frozenset[str]]) -> Found | None:
    """ "voted for the fee", "argued against it", "spoke out in favour of the plan": the
    first for/against phrase of the cue that is no set phrase, or its "in favour /
    support of" phrase."""
    if any(c.dep_ == "dobj" for c in kids(tok)):
        return None  # "asked the mayor for a pier": the object's, not a side
    for p in (c for c in kids(tok) if c.dep_ == "prep" and c.i > tok.i):
        objs = [c for c in kids(p) if c.dep_ in ("pobj", "pcomp")]
        if not objs or no_side(objs[0], words):
            continue  # "argued for hours", "voted, for example, against": no side
        if p.lower_ == "for" and tok.lemma_.lower() in words["for_stop_cues"]:
            continue  # "wrote for the paper", "spoke for the family": for whom, no side
        if p.lower_ in words["side_prepositions"]:
            return SIDE, objs[0].left_edge.i, objs[0].right_edge.i, p
        if p.lower_ == "in" and objs[0].lemma_.lower() in words["side_phrase_nouns"]:
            of = [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "of"]
            inner = [c for o in of for c in kids(o) if c.dep_ in ("pobj", "pcomp")]
            if inner:
                return SIDE, inner[0].left_edge.i, inner[0].right_edge.i, None
    return None


def no_side(obj: Token, words: dict[str, frozenset[str]]) -> bool:
    """A set phrase's object ("for example", "for good reason", "for herself", "for the
    first time") or a measure ("for two hours"). A measure among the object's modifiers
    names no set phrase: "a two-year delay", "Tuesday's package" were contents on
    PolNeAR train."""
    if obj.lemma_.lower() in words["side_stop_objects"] or obj.lower_ in words["side_stop_objects"]:
        return True
    return obj.ent_type_ in words["measures"]
