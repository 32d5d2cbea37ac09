"""Which word speaks for a cue: its subject, climbing from a participle, an infinitive, a
clause or a noun's phrase to the subject of the clause above, the agent of a passive, the
object that controls an infinitive, or no one (an unnamed asker, an act kept from being
done). pipeline.claims.speakers turns the word into a speaker row."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors import subjects
from pipeline.actors.arrays import token_sentence_bounds
from pipeline.actors.holder_rules import (
    ASIDE_CONJUNCT,
    COMPLEMENT_CONJUNCT,
    GERUND_OBJECT,
    MAIN_CLAUSE_PARTICIPLE,
    NEW_CARRIER,
    THING_PARTICIPLE,
    complement_conjunct,
    gerund_object,
    main_clause_of_participle,
    new_carrier,
    says_something,
    verb_past_aside,
)
from pipeline.actors.resolve import role_nouns
from pipeline.actors.two_subjects import nearest_subject
from pipeline.actors.words import default_words
from pipeline.claims.frames import EXPLETIVES
from pipeline.claims.lexicon import load_lexicon
from pipeline.claims.tree import has_kid, kids_with
from pipeline.claims.view import DocView

SUBJECT_DEPS = ("nsubj",)
# any subject of a clause, passive, clausal or expletive ("it was announced that"): the
# clause is someone else's, not a further act of the speaker's
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
OWN_SUBJECT_DEPS = subjects.OWN_SUBJECT_DEPS
CLIMB_DEPS = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "acomp"}


def has_subject(tok: Token) -> bool:
    """A subject of its own that is not an expletive ("it", "there")."""
    return any(d.lower_ not in EXPLETIVES for d in kids_with(tok, *SUBJECT_DEPS))


def _absolute_subject(cue: Token) -> tuple[Token, str] | None:
    words = default_words()
    return subjects.absolute_subject(cue, words.absolute_prepositions, words.company_verbs)


def _object_controller(verb: Token) -> subjects.Found | None:
    """ "urged X to say": the object that controls the cue's subject."""
    words = default_words()
    return subjects.object_controller(verb, load_lexicon().holder_pronouns, words.causative_verbs)


def speaker_token(tok: Token) -> Token | None:
    """The subject or agent of `tok`, climbing up through clauses it is part of."""
    return climb_to_speaker(tok)[0]


def climb_to_speaker(tok: Token) -> tuple[Token | None, str | None]:
    """`speaker_token`, and the id of the rule that found it when it is one of the actor
    stage's (pipeline/actors/patterns/rules.json)."""
    if (main := _main_clause_subject(tok)) is not None:
        return main, MAIN_CLAUSE_PARTICIPLE
    h, via_conj, rejoined = tok, False, None
    for _ in range(6):
        subjs = [
            c
            for c in kids_with(h, *SUBJECT_DEPS)
            if c.lower_ not in EXPLETIVES or _says_it(h, c, tok)
        ]
        if subjs:
            found = nearest_subject(h, subjs)
            return (found[0], rejoined) if rejoined else found
        if (joined := subjects.coordinated_clause_subject(h)) is not None:
            return joined
        # "with a speech denouncing ...": the speech's participle, no absolute construction
        absolute = _absolute_subject(h) if h.i == tok.i else None
        if absolute is not None and not _issued(absolute[0]):
            return absolute
        if h.i == tok.i and (controller := _object_controller(h)) is not None:
            return controller
        for c in kids_with(h, "agent"):
            # "X was joined by Y and joked": a coordinated verb shares the subject, not the agent
            if _passive(h) and not via_conj:
                objs = kids_with(c, "pobj")
                if objs:
                    return objs[0], None
        if h.dep_ == "acl" and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if subjects.on_predicate_noun(h):  # "It is no exaggeration to call ..."
                return None, subjects.NOT_PREDICATE_NOUN
            words = default_words()
            issuer = subjects.issuer(h.head, words.issued_nouns) or issuer_above(h.head)
            found = issuer or subjects.addresser(h.head, words.addressing_verbs)
            if found is None and _thing(h.head) and says_something(tok):
                if new_carrier(h.head, tok, words.carrier_nouns):
                    return h.head, NEW_CARRIER
                found = subject_above(h.head, THING_PARTICIPLE)
            return found or (h.head, None)
        if h.dep_ not in CLIMB_DEPS or h.head.i == h.i:
            return _gerund_speaker(h, tok) or (None, None)
        if subjects.kept_from(h) or (h.i == tok.i and has_kid(h, *OWN_SUBJECT_DEPS)):
            return None, None  # "barred X from saying", "..., though it was reported that"
        if h.dep_ == "conj" and (above := verb_past_aside(h)) is not None:
            h, via_conj, rejoined = above, True, ASIDE_CONJUNCT
            continue
        if h.i == tok.i and (above := complement_conjunct(h, _thing)) is not None:
            h, via_conj, rejoined = above, True, COMPLEMENT_CONJUNCT
            continue
        h, via_conj = h.head, h.dep_ == "conj"
    return None, None


def _gerund_speaker(h: Token, tok: Token) -> subjects.Found | None:
    """ "X made a habit of faulting ...", "X has a record of praising ...": a gerund in
    a phrase on a noun that names no one is the act of the one above; so is a gerund the
    parser made an object ("Quist wasted the rest of the winter railing against ...")."""
    gerund = tok.tag_ == "VBG" and h.i != tok.i and h.dep_ in ("dobj", "pobj")
    if gerund and _thing(h) and (found := subject_above(h, THING_PARTICIPLE)):
        return found
    return subject_above(h, GERUND_OBJECT) if gerund_object(h, tok) else None


def _main_clause_subject(tok: Token) -> Token | None:
    """The subject of the verb a comma participle belongs to
    (`holder_rules.main_clause_of_participle`), not a dateline the parser made the subject
    of a dash ("LIMA ― X announced ...")."""
    main = main_clause_of_participle(tok)
    subj = None if main is None else next(iter(kids_with(main, *SUBJECT_DEPS)), None)
    if subj is None or subj.lower_ in EXPLETIVES or subjects.is_dateline(subj):
        return None
    return subj


def _issued(noun: Token) -> bool:
    """A thing a speaker puts out or holds (words.json issued_nouns: a statement, a speech)."""
    issued = default_words().issued_nouns
    k = noun.i  # "op-eds": the word the hyphen joins to the noun
    while k > 0 and noun.doc[k - 1].dep_ in ("compound", "punct") and noun.doc[k - 1].tag_ != ",":
        k -= 1
    joined = noun.doc[k : noun.i].text.replace(" ", "") + noun.lemma_
    return noun.lemma_.lower() in issued or joined.lower() in issued


def issuer_above(noun: Token) -> subjects.Found | None:
    """ "X began writing op-eds defending ...", "X spent much of his speech praising ...": a
    thing put out, the object of a verb (directly or through a preposition), speaks for
    that verb's subject, or the subject of the clause it hangs on (rule
    actor.speaker.issuer)."""
    return subject_above(noun, "actor.speaker.issuer") if _issued(noun) else None


def _thing(noun: Token) -> bool:
    """A common noun that names no one and no source ("an effort", "one point"): a
    participle or infinitive on it is someone else's act."""
    lex = load_lexicon()
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma in lex.speaker_nouns:
        return False
    return lemma not in role_nouns() and lemma not in lex.source_types


def subject_above(noun: Token, rule_id: str) -> subjects.Found | None:
    """The subject of the verb that takes `noun` as its object, directly or through a
    preposition, or of the clause that verb hangs on; with `rule_id`."""
    verb = noun
    for _ in range(4):
        if verb.dep_ not in ("dobj", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    subj, _ = climb_to_speaker(verb)
    if subj is None or subj.i > noun.i or subj.lower_ in EXPLETIVES:
        return None
    return subj, rule_id


def _passive(verb: Token) -> bool:
    """A verb whose by-phrase names its agent ("was told by X", "a plan backed by X"), not
    the means ("said by telephone")."""
    return verb.tag_ == "VBN" and (
        has_kid(verb, "auxpass") or verb.dep_ in ("acl", "advcl", "conj")
    )


def _says_it(h: Token, subj: Token, cue: Token) -> bool:
    """ "It says / argued that ...": "it" is no expletive as the subject of an active cue
    verb itself (the report, the memo)."""
    return (
        h.i == cue.i
        and subj.lower_ == "it"
        and not has_kid(cue, "auxpass", "acomp", "oprd", "attr")
    )


def unnamed_asker(cue: Token) -> bool:
    """ "Asked about X, she said ...": a past participle set before the clause, no agent;
    whoever asked is not named (and is not the clause's subject)."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ == "advcl"
        # "Having announced that ..., X proceeded": a perfect participle is X's own act
        and not has_kid(cue, "agent", "nsubj", "nsubjpass", "auxpass", "aux")
    )


def in_dateline(tok: Token) -> bool:
    """A word of the article's dateline (`subjects.is_dateline`), also the last word of an
    upper-case place of several ("PALM HARBOR, Fla. - ...", "SANTA ROSA — ...")."""
    if subjects.is_dateline(tok):
        return True
    if not tok.text.isupper():  # the cheap test first: the run below ends with the word
        return False
    start, doc = token_sentence_bounds(tok)[0], tok.doc
    if tok.i <= start:
        return False
    run = range(start, tok.i + 1)
    return all(doc[i].text.isupper() for i in run) and subjects.is_dateline(doc[start])


def dateline_word(view: DocView, tok: Token) -> bool:
    """`in_dateline`, ruled out first from the view where it can be: a dateline's words
    before the upper-case place's last lie within DATELINE_SPAN tokens of the sentence's
    start, and a sentence of the view starts no earlier than the parser's; and a dateline's
    words come before its dash, within DATELINE_SPAN tokens of it (no dash is upper-case)."""
    far = tok.i - view.sents[view.tok_sent[tok.i]].start >= subjects.DATELINE_SPAN
    if far and not tok.text.isupper():
        return False
    lowers = view.lowers  # a dash's lower form is the dash
    after = range(tok.i + 1, min(tok.i + 1 + subjects.DATELINE_SPAN, len(lowers)))
    return any(lowers[j] in subjects.DASHES for j in after) and in_dateline(tok)
