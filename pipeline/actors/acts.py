"""Where an act is aimed: the states and bodies a sentence names as the targets or
partners of an act ("imposed sanctions on Y", "talks with the Kremlin") are not the home
of its actor; and the states a sentence names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.actors.gazetteer import STATE_KINDS
from pipeline.actors.mention import Context
from pipeline.actors.placing import names_edge
from pipeline.actors.words import default_words

PARTNER_PREPOSITIONS = ("with", "between", "among")
ABSOLUTE_PREDICATE_DEPS = ("prep", "acl", "advcl")  # "with Chile in recession / facing ..."
SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "obj")
OPEN_CLAUSE_DEPS = ("xcomp", "advcl")  # "vowed to lift", "set up roadblocks to stop"


def phrase_head(token: Token) -> Token:
    """ "sanctions on the Red Dawn militia": the noun a name modifies stands for it."""
    while token.dep_ in ("compound", "nmod") and token.head.i > token.i:
        token = token.head
    return token


def partner(token: Token) -> bool:
    """ "talks with the Kremlin": a partner in the act, not the actor's own body; not the
    subject of an absolute "with" that has its own predicate ("With Chile in recession",
    "with Peru facing a drought": a circumstance, saying nothing of whose the actor is)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in PARTNER_PREPOSITIONS:
        return False
    return not any(c.dep_ in ABSOLUTE_PREDICATE_DEPS for c in token.children)


def acted_upon(ctx: Context, token: Token) -> bool:
    """A state that is the object of a verb, or of a preposition of direction on a verb, its
    object or an act's noun ("withdrew from Y", "imposed sanctions on Y", "arms sales to
    Y"): the target of an act, not the home of its actor."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "sales to X and Y": Y as X
    if token.dep_ in OBJECT_DEPS:
        return token.head.pos_ == "VERB"
    if token.dep_ != "pobj" or token.head.lower_ not in ctx.words.target_prepositions:
        return False
    holder = token.head.head
    if holder.pos_ == "NOUN" and token.head.lower_ in ctx.words.noun_target_prepositions:
        return True  # "arms sales to Y", "the ambassador to Y", "an attack on Y"
    if holder.dep_ in OBJECT_DEPS:
        holder = holder.head
    return holder.pos_ == "VERB"


def clause_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb, or of the verb whose open clause or clause of purpose it
    heads ("police set up roadblocks to stop X": police), up to two clauses up."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in OPEN_CLAUSE_DEPS:
            return subjects
        verb = verb.head
    return []


def states_in_sentence(ctx: Context, span: Span | list[Token]) -> set[str]:
    """The states named by a country name or nationality word in the tokens (a sentence;
    of a sentence, not one named only by its edge)."""
    words = ctx.title_words  # the tokens' lower forms, made once per Doc
    if not isinstance(span, Span):
        return {s for t in span if (s := _state_of(ctx, words[t.i])) is not None}
    # a sentence is asked about once for each person in it: its states are kept per Context
    known = ctx.memo.setdefault("sentence_states", {})
    key = (span.start, span.end)
    if key not in known:  # not a state named only by its edge ("near the Thai border")
        known[key] = {
            state
            for i in range(span.start, span.end)
            if (state := _state_of(ctx, words[i])) is not None
            and not names_edge(ctx.tokens[i])  # asked of a state's word only: no other Token
        }
    return set(known[key])


def _state_of(ctx: Context, word: str | None) -> str | None:
    """The state a word (a lower form; None for a space, which names none) names."""
    entry = ctx.gaz.lookup(word) if word is not None else None
    if entry is not None and entry.kind in STATE_KINDS and entry.country:
        return entry.country
    return None


def speech_subject(doc: Doc, m: dict) -> bool:
    """Is the mention the subject of a verb of saying ("Ana Ruiz said", "Ruiz told")?"""
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    speech = default_words().speech_lemmas
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in speech
