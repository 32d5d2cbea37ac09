"""Nominal claims: a cue noun with a that-clause ("her claim that ...", "X voiced concern
that ..."). The holder is the noun's possessor, or the subject of the verb that takes the
noun as its object; else none is named."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.spans import token_range_chars
from pipeline.claims.speakers import np_speaker, speaker_for_cue
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
PATTERNS = ("noun_that",)


def find_nominal(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for tok in view.doc:
        entry = view.lex.nominal_that.get(tok.lemma_.lower())
        if entry is None or tok.pos_ != "NOUN" or view.tok_quote[tok.i] >= 0:
            continue
        if claimed.inside_speech(tok.idx):
            continue  # "denied the claim that ...": already the content of a claim
        clause = that_clause(tok)
        if clause is None:
            continue
        cs, ce = token_range_chars(view, clause.left_edge.i, clause.right_edge.i)
        if ce <= cs:
            continue
        kind = quote_kind(view, cs, ce)  # direct: "his claim that “...”"
        rule_id = view.rules.rule_for("noun_that", kind)
        claim = make_claim(view, kind, rule_id, tok, entry, holder(view, tok), cs, ce)
        if claim is not None:
            claimed = claimed.add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def that_clause(noun: Token) -> Token | None:
    """The head of the that-clause right of `noun`, or None."""
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "appos")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def holder(view: DocView, noun: Token) -> dict | None:
    """The noun's possessor, or the subject of the verb whose object it is, or None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return np_speaker(view, poss)
    if noun.dep_ == "dobj":
        return speaker_for_cue(view, noun.head)
    return None
