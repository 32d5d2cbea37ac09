"""Attitudes held in a predicate adjective: "the mayor is confident that the harbour will
reopen", "the fishermen are angry about the fee", "the council is eager to rebuild". A
predicate adjective (the parser's acomp of a copula) whose subject can hold an attitude
(an actor, a pronoun, a noun for people) and that takes a clause, an infinitive or a phrase
naming what the attitude is about (patterns/cues.json `attitude_prepositions`); the
content is that complement, the subject holds it. No list of attitude adjectives: the frame
decides ("is popular with voters" takes no such phrase; "is ready to" does), but the
adjectives of a modality ("able to", "likely to": cues.json `modal_adjectives`) hold none.
Also "X made clear that ...": "make" with an adjective of making a thing known
(`find_made_known`).
"""

from __future__ import annotations

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim, reported_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families import noun_clauses, sides
from pipeline.claims.frames import EXPLETIVES, cue_entry, propositional_clause
from pipeline.claims.spans import close_open_quote, token_range_chars
from pipeline.claims.speakers import SOURCE_TYPES, actor_like, np_speaker
from pipeline.claims.tree import kids_and_labels, kids_with
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
PATTERNS = (
    "attitude_clause",
    "attitude_prep",
    "poll_answer",
    "made_known",
    *sides.PATTERNS,
    *noun_clauses.PATTERNS,
)
ACOMP = get_string_id("acomp")  # the only dependency this family starts from
# a copula or a verb of seeming, linking a subject to the adjective of its attitude
LINKING_VERBS = sides.COPULAS | {"feel", "seem", "appear", "sound", "look", "grow", "get"}
STATEMENT = {"category": "belief", "polarity": 0.0}


def find_attitudes(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    deps = view.dep_array
    for tok in (view.tokens[i] for i in np.flatnonzero(deps == ACOMP).tolist()):
        if tok.pos_ != "ADJ" or view.tok_quote[tok.i] >= 0 or claimed.inside_speech(tok.idx):
            continue
        found = _attitude(view, tok)
        if found is None:
            continue
        pattern, subj, a, b, particle = found
        speaker = np_speaker(view, subj)
        if not actor_like(view, speaker):
            continue
        cs, ce = token_range_chars(view, a, b)
        if ce <= cs:
            continue
        ce = close_open_quote(view, cs, ce)
        kind = quote_kind(view, cs, ce)
        if kind == "direct":
            kind = "mixed"  # "is sure that “...”": a quoted piece of the complement
        entry = {**STATEMENT, "lemma": tok.lemma_.lower()}
        rule_id = view.rules.rule_for(pattern, kind)
        claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce, particle=particle)
        if claim is not None:
            claimed = claimed.add_speech(cs, ce)
            claims.append(claim)
    more, claimed = find_poll_answers(view, claimed)
    known, claimed = find_made_known(view, claimed)
    taken, claimed = sides.find_sides(view, claimed)
    held, claimed = noun_clauses.find_noun_clauses(view, claimed)
    return claims + more + known + taken + held, claimed


def find_made_known(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """ "X made clear that ...", "X made it plain that ...", "the survey makes plain how
    costly the fee is": "make" with an adjective of making a thing known (cues.json
    `known_adjectives`); the clause (or the phrase) after the adjective is the content,
    the subject of "make" (an actor or a source) holds it."""
    claims: list[Claim] = []
    for verb in (view.tokens[i] for i in view.lemma_words.where_in(("make",))):
        if verb.i in claimed.used_cues or claimed.inside_speech(verb.idx):
            continue
        found = _made_known(view, verb)
        if found is None:
            continue
        adj, a, b = found
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        speaker = np_speaker(view, subj) if subj is not None else None
        if not (actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES):
            continue
        entry = {**STATEMENT, "category": "statement", "lemma": "make"}
        made = reported_claim(view, "made_known", verb, entry, speaker, a, b, adj)
        if made is not None:
            claim, cs, ce = made
            claimed = claimed.use_cue(verb.i).add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def _made_known(view: DocView, verb: Token) -> tuple[Token, int, int] | None:
    """(adjective, first, last token of the content) of "made [it] clear ...", or None."""
    adj = next(
        (c for c in verb.rights if c.lower_ in view.lex.known_adjectives and c.pos_ != "NOUN"),
        None,
    )
    if adj is None or view.tok_quote[verb.i] >= 0:
        return None
    # "made it clear", "made it abundantly clear": only "it" and adverbs in between
    between = view.doc[verb.i + 1 : adj.i]
    if sum(t.dep_ != "advmod" for t in between) > 1:
        return None
    heads = (verb, adj)
    after = [c for h in heads for c in h.children if c.i > adj.i and c.dep_ in CONTENT_DEPS]
    if not after:
        return None
    first = min(after, key=lambda c: c.i)
    a = first.left_edge.i
    while a < first.i and view.doc[a].dep_ == "mark":  # "that" is no part of it
        a += 1
    return adj, a, first.right_edge.i


CONTENT_DEPS = {"ccomp", "advcl", "nsubj", "dobj"}


# what a share of those polled answers: the verb's complements after it
ANSWER_DEPS = {"dobj", "prep", "xcomp", "ccomp", "acomp", "attr", "oprd", "intj", "dative"}


def find_poll_answers(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """ "56 percent would vote for Lopez", "a majority of voters oppose the fee": a verb
    whose subject is a share of those polled (sources.json `poll_shares`) holds their
    answer; the content is the verb's complements, the share its holder (a poll source).
    A cue verb with a frame of its own ("52 percent said that ...") has its claim already."""
    claims: list[Claim] = []
    shares = view.lex.poll_shares
    for subj in (view.tokens[i] for i in view.lower_words.where_in(shares)):
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or subj.i > verb.i:
            continue
        if verb.i in claimed.used_cues or claimed.inside_speech(verb.idx):
            continue
        if view.tok_quote[verb.i] >= 0 or not _answer_verb(view, verb):
            continue
        parts = [c for c in verb.rights if c.dep_ in ANSWER_DEPS]
        if not parts:
            continue
        a, particle = parts[0].left_edge.i, None
        objs = [o for o in parts[0].children if o.dep_ in ("pobj", "pcomp")]
        if parts[0].dep_ == "prep" and parts[0].i == verb.i + 1 and objs:
            a, particle = objs[0].left_edge.i, parts[0]  # "would vote for": a phrasal cue
        speaker = np_speaker(view, subj)
        if speaker is not None:
            speaker = {**speaker, "type": "poll"}
        entry = cue_entry(view.lex, verb)
        b = parts[-1].right_edge.i
        made = reported_claim(view, "poll_answer", verb, entry, speaker, a, b, particle)
        if made is not None:
            claim, cs, ce = made
            claimed = claimed.use_cue(verb.i).add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def _answer_verb(view: DocView, verb: Token) -> bool:
    """A verb of saying, thinking or taking a stance: a curated cue or a stance verb of a
    fixed polarity, what a share answers. "52 percent are women", "half own stock" state
    facts about them; the generated lexicon's verbs take a clause only ("48 percent chose
    X": on PolNeAR train 2 of 9 such claims were annotated)."""
    lex, lemma = view.lex, view.cue_lemmas[verb.i]
    if lemma in lex.cue_lemmas and lemma not in lex.generated_lemmas:
        return True
    return lex.stance_verbs.get(lemma, {}).get("mode") == "fixed"


def _attitude(view: DocView, adj: Token) -> tuple[str, Token, int, int, Token | None] | None:
    """(pattern, subject, first, last, preposition) of an attitude adjective, or None."""
    verb = adj.head
    if view.lemmas[verb.i].lower() not in LINKING_VERBS or verb.i > adj.i:
        return None
    if adj.lemma_.lower() in view.lex.modal_adjectives:
        return None  # "is able / likely to": a modality, not an attitude
    subj = next(iter(kids_with(verb, "nsubj")), None)
    if subj is None or subj.i > verb.i or subj.lower_ in EXPLETIVES:
        return None
    for c, dep in zip(*kids_and_labels(adj), strict=True):
        if c.i < adj.i:
            continue  # its phrases after it (`adj.rights`)
        if dep == "xcomp" and view.cue_lemmas[c.i] in view.lex.cue_lemmas:
            return None  # "was quick to point out that ...": the cue's own claim
        if dep == "ccomp" and _no_view_clause(view, adj):
            return None
        if dep in ("ccomp", "xcomp") and propositional_clause(c):
            return "attitude_clause", subj, c.left_edge.i, c.right_edge.i, None
        if dep == "prep" and c.lower_ in view.lex.attitude_prepositions:
            objs = kids_with(c, "pobj", "pcomp")
            if objs:
                return "attitude_prep", subj, objs[0].left_edge.i, c.right_edge.i, c
    clause = _clause_on_copula(view, verb, adj)
    if clause is not None:
        return "attitude_clause", subj, clause.left_edge.i, clause.right_edge.i, None
    return None


def _clause_on_copula(view: DocView, verb: Token, adj: Token) -> Token | None:
    """ "The mayor was adamant that the library stays open": the parser hung the
    adjective's that-clause on the copula. The adjective is one of certainty or stance
    (cues.json frame_words `copula_clause_adjectives`; "was careful that" states no view),
    and the clause opens with "that" right after it (not "was angry, and the crowd knew
    it")."""
    if adj.lemma_.lower() not in view.lex.frame_words["copula_clause_adjectives"]:
        return None
    for c in verb.rights:
        if c.i <= adj.i or c.dep_ != "ccomp" or c.left_edge.i != adj.right_edge.i + 1:
            continue
        if c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" and propositional_clause(c):
            return c
    return None


def _no_view_clause(view: DocView, adj: Token) -> bool:
    """The adjective's that-clause is no view its holder takes: one of seeing to a thing
    or of luck ("was careful that nothing leaked", "was lucky that the vote passed":
    cues.json frame_words `no_view_adjectives`), or a result after a degree word ("was so
    tired that she left": `result_degree_adverbs`) unless the adjective is one of
    certainty or stance ("was so sure that the ferry would come")."""
    words = view.lex.frame_words
    lemma = adj.lemma_.lower()
    if lemma in words["no_view_adjectives"]:
        return True
    if lemma in words["copula_clause_adjectives"]:
        return False
    return any(a.dep_ == "advmod" and a.lower_ in words["result_degree_adverbs"] for a in adj.lefts)
