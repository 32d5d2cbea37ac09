"""A sentence framed as someone's view by a fronted phrase naming their viewpoint: "In her
view, the fee is unfair", "In the eyes of the fishermen, ...", "From the mayor's point of
view, ...", "In Lopez's mind, ...". The phrase opens the sentence and is set off by a
comma; its noun is one of viewing or judging (cues.json frame_words `viewpoint_nouns`) and
names its holder by a possessor or an of-phrase. The rest of the sentence is the content,
the noun the cue, unless a cue verb of its own heads the sentence."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.claims.framing import opening_phrase
from pipeline.claims.speakers import SOURCE_TYPES, actor_like, np_speaker
from pipeline.claims.tree import kids_with
from pipeline.claims.view import DocView

PREP_DEP = get_string_id("prep")
VIEWPOINT = "viewpoint_phrase"
VIEWPOINT_PREPOSITIONS = {"in", "from"}
ENTRY = {"lemma": "in the view of", "category": "belief", "polarity": 0.0}

ViewpointMatch = tuple[dict, int, int, dict, Token]


def viewpoint_match(view: DocView, prep: Token) -> ViewpointMatch | None:
    """(cue entry, first and last content token, speaker, cue noun) of a viewpoint phrase
    that opens the sentence of `prep`, or None."""
    if view.lowers[prep.i] not in VIEWPOINT_PREPOSITIONS or view.dep_ids[prep.i] != PREP_DEP:
        return None
    if (opened := opening_phrase(view, prep)) is None:
        return None  # not fronted, or "In his view, X said ...": the cue's own claim
    noun, comma = opened
    holder = _holder(view, noun)
    if holder is None:
        return None
    sent = view.sent_of(prep)
    speaker = np_speaker(view, holder)
    if not (actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES):
        return None
    return ENTRY, comma + 1, sent.end - 1, speaker, noun


def _holder(view: DocView, noun: Token) -> Token | None:
    """Whose viewpoint `noun` names: its possessor ("her view", "the mayor's eyes") or the
    object of its of-phrase ("the eyes of the fishermen"); "point" counts only in "point
    of view" ("from her point of view"). None when it is no viewpoint noun."""
    lemma = noun.lemma_.lower()
    ofs = [p for p in kids_with(noun, "prep") if p.lower_ == "of"]
    objs = [o for p in ofs for o in kids_with(p, "pobj")]
    if lemma == "point":
        if not any(o.lower_ == "view" for o in objs):
            return None
        objs = [o for o in objs if o.lower_ != "view"]
    elif lemma not in view.lex.frame_words.get("viewpoint_nouns", ()):
        return None
    owner = next(iter(kids_with(noun, "poss")), None)
    return owner if owner is not None else next(iter(objs), None)
