"""Claims cued by a phrase, not a verb: "according to X" and "in the words of X" (the rest of
the sentence is X's), a fronted phrase that frames the sentence as a source's finding or
someone's view ("In a poll released Monday, ...", "To her critics, ..."), and an evidential
adverb ("X reportedly did Y": the author's claim, no speaker). The indirect family calls
these for the tokens that open such a phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim, reported_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.framing import framing_match, poll_phrase_match
from pipeline.claims.noun_phrases import np_chars
from pipeline.claims.spans import clip_to_paragraph, token_range_chars
from pipeline.claims.speakers import speaker_row
from pipeline.claims.tags import evidential_adverb
from pipeline.claims.view import DocView, quote_kind
from pipeline.claims.viewpoints import VIEWPOINT, viewpoint_match

# the frame_rules patterns these phrases look up
PATTERNS = (
    "according_to", "words_of", "evidential_adverb", "framing_prep", "poll_phrase", VIEWPOINT,
)  # fmt: skip
ACCORDING_TO = {"lemma": "according to", "category": "statement", "polarity": 0.0}
WORDS_OF = {"lemma": "in the words of", "category": "statement", "polarity": 0.0}
PARTICLES = {"according_to": "to", "words_of": "of"}


def according_to(view: DocView, claimed: Claimed, tok: Token) -> tuple[list[Claim], Claimed]:
    """ "According to X, ..." / "In the words of X, ...": the rest of the sentence is X's
    claim."""
    doc = view.doc
    if tok.lower_ == "according":
        first, pattern, entry = tok, "according_to", _lexicon_entry(view, "according to")
    else:  # "in the words of": "words" with "in" two words before it
        first, pattern, entry = _words_before(doc, tok.i)[-2], "words_of", WORDS_OF
    prep = _word_after(doc, tok.i)
    if prep is None or prep.lower_ != PARTICLES[pattern]:
        return [], claimed
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return [], claimed
    src = objs[0]
    span = _according_to_content(view, first, prep, src)
    if span is None:
        return [], claimed
    cs, ce = token_range_chars(view, *span)
    if ce <= cs:
        return [], claimed
    speaker = speaker_row(view, *np_chars(view, src))
    kind = quote_kind(view, cs, ce)
    rule_id = view.rules.rule_for(pattern, kind)
    if pattern == "according_to":
        claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce, particle=prep)
    else:
        claim = make_claim(view, kind, rule_id, first, entry, speaker, cs, ce, cue_end=prep)
    if claim is None:
        return [], claimed
    claim.cue["lemma"] = entry["lemma"]
    return [claim], claimed.use_cue(tok.i).add_speech(cs, ce)


def framed(view: DocView, claimed: Claimed, tok: Token) -> tuple[list[Claim], Claimed]:
    """ "In a poll released Monday, 50 percent chose Lopez", "To her critics, the plan is a
    gamble": the rest of the sentence is the source's or the holder's (`framing`)."""
    pattern, match, cue = "framing_prep", framing_match(view, tok), tok
    if match is None and (found := viewpoint_match(view, tok)) is not None:
        pattern, match, cue = VIEWPOINT, found[:4], found[4]  # "In her view, ...": view
    if match is None:
        pattern, match = "poll_phrase", poll_phrase_match(view, tok)
    if match is None or claimed.inside_speech(tok.idx):
        return [], claimed
    entry, a, b, speaker = match
    made = reported_claim(view, pattern, cue, entry, speaker, a, b)
    if made is None:
        return [], claimed
    claim, cs, ce = made
    return [claim], claimed.use_cue(tok.i).add_speech(cs, ce)


def _lexicon_entry(view: DocView, lemma: str) -> dict:
    return next((e for e in view.lex.nominal_cues if e["lemma"] == lemma), ACCORDING_TO)


def words_of(view: DocView, tok: Token) -> bool:
    """ "In the words of X" / "in her words of": `tok` is "words" in that phrase."""
    if tok.lower_ != "words":
        return False
    before = _words_before(view.doc, tok.i)
    return len(before) == 2 and [t.lower_ for t in before] == ["in", "the"]


# the words of a phrase may stand on two lines: a wide line break between them (a CRLF, a
# hanging indent) is a whitespace token of its own
def _word_after(doc, i: int) -> Token | None:
    """The first token after token `i` that is no whitespace, or None."""
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _words_before(doc, i: int, n: int = 2) -> list[Token]:
    """The last `n` (or fewer) tokens before token `i` that are no whitespace, in order."""
    out: list[Token] = []
    while i > 0 and len(out) < n:
        i -= 1
        if not doc[i].is_space:
            out.insert(0, doc[i])
    return out


def _according_to_content(view: DocView, tok: Token, to: Token, src: Token):
    """Tokens (a, b) of the sentence around "according to X", or None."""
    doc = view.doc
    sent = view.sent_of(tok)
    p_start, p_end = tok.i, max(to.right_edge.i, src.right_edge.i)
    before = [t for t in doc[sent.start : p_start] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[p_end + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not before and after:
        return p_end + 1, sent.end - 1
    if before and not after:
        return sent.start, p_start - 1
    if before and after:
        return sent.start, sent.end - 1
    return None


def adverb_claims(view: DocView, claimed: Claimed, tok: Token) -> tuple[list[Claim], Claimed]:
    """The author's claim marked by an evidential adverb ("X reportedly did Y"), unless it
    is inside what someone else is reported to have said."""
    match = evidential_adverb(view, tok)
    if match is None or claimed.inside_speech(tok.idx):
        return [], claimed
    entry, pattern, a, b, _ = match
    cs, ce = token_range_chars(view, *clip_to_paragraph(view, tok, a, b))
    if ce <= cs:
        return [], claimed
    kind = quote_kind(view, cs, ce)
    if kind == "direct":
        return [], claimed
    rule_id = view.rules.rule_for(pattern, kind)
    claim = make_claim(view, kind, rule_id, tok, entry, None, cs, ce)
    if claim is None:
        return [], claimed
    return [claim], claimed.use_cue(tok.i).add_speech(cs, ce)
