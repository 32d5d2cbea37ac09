"""Stance, negation and modality of a claim, from small lexicons (patterns/stance.json).

Polarity is the speaker's stance toward the (first) target: a prior from the cue category
or stance verb, plus the polarity words of the content. Verbs such as "suspend" or "lift"
invert the polarity of what they govern ("suspended talks" is negative, "lifted sanctions"
is positive) but not of their agent ("tariffs would hurt farmers" stays negative); a negation
flips the result.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from spacy.tokens import Token

from pipeline.claims.lexicon import Lexicon
from pipeline.claims.tree import has_kid, kids_with

POSITIVE_THRESHOLD = 0.25
CONTENT_WEIGHT = 0.5
NEGATION_FACTOR = 0.7
STANCE_NEGATION_FACTOR = 0.2
MODAL_HEDGES = {"may", "might", "could"}


def _clamp(x: float) -> float:
    return max(-1.0, min(1.0, x))


def label(score: float) -> str:
    if score >= POSITIVE_THRESHOLD:
        return "positive"
    if score <= -POSITIVE_THRESHOLD:
        return "negative"
    return "neutral"


def is_negated(tok: Token, lex: Lexicon) -> bool:
    """A `neg` child, or a negating determiner/adverb ("no", "never") on the token."""
    if has_kid(tok, "neg"):
        return True
    return any(c.lower_ in lex.negators for c in kids_with(tok, "det", "advmod"))


def denied(tok: Token, lex: Lexicon) -> bool:
    """Negated, unless the negation makes a comparative with nothing compared to a
    superlative ("ties have never been stronger": the word, or the predicate it takes)."""
    if not is_negated(tok, lex):
        return False
    predicates = [tok, *kids_with(tok, "acomp", "attr", "advmod")]
    return not any(unmatched_comparative(p) for p in predicates)


def unmatched_comparative(tok: Token) -> bool:
    """A comparative with nothing compared to: under negation it is praise ("relations
    have never been stronger"), not a denial."""
    return tok.tag_ in ("JJR", "RBR") and not any(t.lower_ == "than" for t in tok.subtree)


def word_polarity(tok: Token, lex: Lexicon) -> float:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        entry = lex.stance_verbs.get(lemma)
        if entry is not None and entry["mode"] == "fixed":
            return float(entry["polarity"])
    if lemma in lex.negative_words or tok.lower_ in lex.negative_words:
        return -1.0
    if lemma in lex.positive_words or tok.lower_ in lex.positive_words:
        return 1.0
    return 0.0


# per lexicon: (the lexicon, the words `word_polarity` can give a polarity)
_POLAR_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def polar_words(lex: Lexicon) -> frozenset[str]:
    """The lower forms and lower-case lemmas that can have a polarity (`word_polarity`)."""
    known = _POLAR_WORDS.get(id(lex))
    if known is None or known[0] is not lex:
        words = lex.negative_words | lex.positive_words | frozenset(lex.stance_verbs)
        known = _POLAR_WORDS[id(lex)] = (lex, frozenset(words))
    return known[1]


def content_polarity(tokens: Iterable[Token], lex: Lexicon) -> float:
    """Sum of the polarity words of a span. A word's polarity is flipped by its own negation
    and by every negated or inverting head above it within the span ("did not support the
    agreement", "suspended talks"); an inverting verb with nothing polar below it contributes
    its own polarity."""
    toks = list(tokens)
    if not toks:
        return 0.0
    polar = polar_words(lex)
    marked = [t for t in toks if t.lower_ in polar or t.lemma_.lower() in polar]
    return marked_polarity(marked, {t.i for t in toks}, lex)


def marked_polarity(marked: list[Token], inside: Container[int], lex: Lexicon) -> float:
    """`content_polarity` of the span whose token indices are `inside`, given its words that
    can have a polarity (`polar_words`), in order: no other word adds to the sum."""
    total = 0.0
    credited: set[int] = set()  # inverting verbs that governed a polar word
    for t in marked:
        v = word_polarity(t, lex)
        if v == 0.0:
            continue
        if denied(t, lex):
            v = -v
        h = t
        for _ in range(6):
            if h.head.i == h.i or h.head.i not in inside:
                break
            below, h = h, h.head
            lemma = h.lemma_.lower()
            entry = lex.stance_verbs.get(lemma) if h.pos_ == "VERB" else None
            inverting = (entry is not None and entry["mode"] == "invert") or (
                lemma in lex.inverting_words
            )
            if inverting and not _agent(below):
                v = -v
                credited.add(h.i)
            if denied(h, lex):
                v = -v
        total += v
    for t in marked:  # an inverting verb is a stance verb, so one of the marked words
        if t.i in credited or t.pos_ != "VERB":
            continue
        entry = lex.stance_verbs.get(t.lemma_.lower())
        if entry is not None and entry["mode"] == "invert" and entry["polarity"]:
            total += float(entry["polarity"]) * (-1.0 if is_negated(t, lex) else 1.0)
    return total


def _agent(tok: Token) -> bool:
    """The subject of a verb with an object: a verb inverts what it acts on, not its agent
    ("tariffs would hurt farmers" stays negative), while the subject of a verb without one
    is what undergoes it ("the ceasefire collapsed", "talks were suspended")."""
    return tok.dep_ in ("nsubj", "csubj") and has_kid(tok.head, "dobj")


def speech_score(prior: float, content_total: float, cue_negated: bool) -> float:
    """Negations inside the content are already in `content_total`; a negated cue
    ("did not say", "never promised") flips the whole."""
    raw = _clamp(prior + CONTENT_WEIGHT * content_total)
    if cue_negated:
        raw = -raw * NEGATION_FACTOR
    return round(_clamp(raw), 3) + 0.0


def stance_verb_score(entry: dict, object_total: float, negated: bool) -> float:
    """Score of an act toward a target from the stance verb's mode and its object."""
    pol = float(entry.get("polarity") or 0.0)
    mode = entry["mode"]
    if mode == "fixed":
        raw = pol + 0.25 * object_total
    elif mode == "invert":
        raw = -CONTENT_WEIGHT * object_total if object_total else pol
    elif mode == "carry":
        raw = CONTENT_WEIGHT * object_total
    else:  # carry_positive
        raw = CONTENT_WEIGHT * object_total if object_total else pol
    raw = _clamp(raw)
    if negated:  # not condemning is not support: a negated act is close to neutral
        raw = -raw * STANCE_NEGATION_FACTOR
    return round(_clamp(raw), 3) + 0.0


def modality(tokens: Iterable[Token], cue: Token | None, lex: Lexicon) -> str:
    """conditional > hedged > future > asserted, from the content and the cue's modifiers."""
    toks = list(tokens)
    if cue is not None:
        toks = [*toks, *kids_with(cue, "aux", "advmod")]
    lowers = [t.lower_ for t in toks]
    if any(w in lex.conditional_markers for w in lowers):
        return "conditional"
    for t in toks:
        if t.lower_ in MODAL_HEDGES and t.tag_ != "MD":
            continue  # "in May"
        if t.lower_ in lex.hedges or t.lemma_.lower() in lex.hedges:
            return "hedged"
    for k, t in enumerate(toks):
        if t.tag_ == "MD" and t.lower_ in lex.future_markers:
            return "future"
        if (
            t.lower_ == "going"
            and k + 2 < len(toks)
            and toks[k + 1].lower_ == "to"
            and toks[k + 2].tag_ == "VB"
        ):
            return "future"
    return "asserted"
