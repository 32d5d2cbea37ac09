"""A noun of thinking or saying as the subject of a copula whose complement is the
content: "my impression is that she will run", "her view is that the fee is too high". The
holder is the noun's possessor (or whoever else the nominal family's `holder` finds); with
none, the noun names no one's claim ("the view is that X"). Nouns of a goal or a method
("the plan is to X", "its strategy is to X") and of asking ("my question is whether X")
are left out: what follows them is a course of action or a question, no claim. The nouns
are patterns/nominal.json `copular_nouns`; the attitudes family calls
`find_noun_clauses`."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.nominal import holder, nominal_words
from pipeline.claims.families.sides import COPULAS
from pipeline.claims.spans import token_range_chars
from pipeline.claims.view import DocView, reported_kind

PATTERN = "noun_is_clause"
PATTERNS = (PATTERN,)
CLAUSE_MARKS = {"that", "whether", "if"}
STATEMENT = {"category": "statement", "polarity": 0.0}


def find_noun_clauses(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    nouns = nominal_words()["copular_nouns"]
    for noun in (view.tokens[i] for i in view.lemma_words.where_in(nouns)):
        if noun.pos_ != "NOUN" or view.tok_quote[noun.i] >= 0:
            continue
        if claimed.inside_speech(noun.idx):
            continue
        found = copula_clause(noun)
        if found is None:
            continue
        a, b = found
        cs, ce = token_range_chars(view, a, b)
        if ce <= cs or claimed.inside_speech(cs):
            continue  # "the view is that ...": the nominal family's claim already
        speaker = holder(view, noun)
        if speaker is None:
            continue
        kind = reported_kind(view, cs, ce)
        entry = {**STATEMENT, "lemma": noun.lemma_.lower()}
        rule_id = view.rules.rule_for(PATTERN, kind)
        claim = make_claim(view, kind, rule_id, noun, entry, speaker, cs, ce)
        if claim is not None:
            claimed = claimed.add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def copula_clause(noun: Token) -> tuple[int, int] | None:
    """(first, last token) of the clause a copula (sides.COPULAS) takes after `noun`, its subject: a
    that-clause (without "that"), a whether-clause, or a to-infinitive; else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS or verb.i < noun.i:
        return None
    for c in verb.rights:
        if c.dep_ not in ("ccomp", "xcomp", "advcl"):
            continue
        marks = [m for m in c.children if m.dep_ == "mark" and m.i < c.i]
        if marks and marks[0].lower_ in CLAUSE_MARKS:
            first = marks[0].i + 1 if marks[0].lower_ == "that" else marks[0].i
            return first, c.right_edge.i
        if c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c.left_edge.i, c.right_edge.i
    return None
