"""A report set in a relative clause inside another claim: "the mayor praised the auditor,
who argued that the fee was too high". The indirect family leaves a cue verb inside a
claim's content to that claim ("X said he believes Y": part of X's claim); a relative clause
whose pronoun (spans.json `reporting_relatives`: "who") is the cue's own subject, with a
that-clause, is a second speaker's claim all the same: the relative pronoun's antecedent
holds it. On PolNeAR train 8 of 13 right (A 5 of 8, B 3 of 5); with an infinitive instead
of a clause ("who vowed to ...") or a relative pronoun inside the clause ("which the panel
said was ...") under half were. The attitudes family calls `find_relative_reports`."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.indirect import complement_chars
from pipeline.claims.frames import is_cue_verb, match_frame
from pipeline.claims.holders import relative_pronoun, relative_speaker
from pipeline.claims.speakers import actor_like, np_speaker, relative_antecedent, speaker_for_cue
from pipeline.claims.view import DocView, quote_kind

PATTERN = "relative_report"
PATTERNS = (PATTERN,)


def find_relative_reports(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for tok in _candidates(view, claimed):
        match = match_frame(view, tok)
        if match is None or match[1] != "ccomp":
            continue
        cs, ce, claimed = complement_chars(view, claimed, tok, match)
        if ce <= cs:
            continue
        speaker = _antecedent_speaker(view, tok)
        if speaker is None:
            continue
        kind = quote_kind(view, cs, ce)
        if kind == "direct":
            continue  # a quote: the direct rules' claim
        rule_id = view.rules.rule_for(PATTERN, kind)
        claim = make_claim(view, kind, rule_id, tok, match[0], speaker, cs, ce)
        if claim is not None:
            claims.append(claim)
            claimed = claimed.use_cue(tok.i)
    return claims, claimed


def _antecedent_speaker(view: DocView, tok: Token) -> dict | None:
    """The relative pronoun, resolved to its antecedent's actor (the span stays the
    pronoun's), when the antecedent can hold a claim; else None."""
    pronoun = speaker_for_cue(view, tok)
    if not pronoun or not relative_pronoun(view, pronoun):
        return pronoun if actor_like(view, pronoun) else None
    antecedent = relative_antecedent(view, pronoun, ())
    held = np_speaker(view, antecedent) if antecedent is not None else None
    return relative_speaker(pronoun, held) if actor_like(view, held) else None


def _candidates(view: DocView, claimed: Claimed) -> list[Token]:
    """Cue verbs of a relative clause ("who said that ...") with no claim of their own,
    inside the content of a claim made before them."""
    relatives = view.lex.span_words["reporting_relatives"]
    out = []
    for i in view.cue_words.where(lambda w: w in view.lex.cue_lemmas):
        tok = view.tokens[i]
        if tok.dep_ != "relcl" or i in claimed.used_cues or not claimed.inside_speech(tok.idx):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in relatives for c in tok.children):
            continue
        if any(c.dep_ == "ccomp" for c in tok.children) and is_cue_verb(view, tok):
            out.append(tok)
    return out
