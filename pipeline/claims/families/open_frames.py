"""Claims that need no cue lexicon, at a lower confidence than the lexicon's: any verb with a
clausal complement whose own subject can hold a claim. The subject is an actor (a person,
organisation or state, a pronoun, a noun for people: "Ana fumed that ...") or a source that
is no actor ("polls show that ...", "the report found that ...": the speaker's `type` is
poll, document, data or media, so that analysts can keep or drop them).

A verb of the cue lexicon is left to the indirect family, and so are the verbs that take a
clause without saying anything (patterns/cues.json `open_frame_stop_verbs`: "make sure
that", "be that ..."). This family (`find_open`) is off by default.

Two further families, on by default and run last, find an actor's act toward a thing or a
proposition, which PolNeAR counts as its attribution: a verb of saying, thinking or feeling
(WordNet's first sense, cues.generated.json `object_verbs`) with an actor subject and an
object ("Sanders derided the plan", or passive with an actor agent, "the plan was derided by
Sanders": `find_open_objects`; a subject that is a source and no actor, "the report
faulted the plan", under a rule of its own, its speaker typed), and a verb with an actor subject
and a phrase naming what the act is about ("campaigned against the bill", "responded to
the ruling": `find_open_preps`). With a quoted object any verb counts.
"""

from __future__ import annotations

import weakref

import numpy as np
from spacy.attrs import POS
from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.actors.resolve import role_nouns
from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families.indirect import complement_chars
from pipeline.claims.frames import EXPLETIVES, propositional_clause
from pipeline.claims.speakers import SOURCE_TYPES, actor_like, np_speaker
from pipeline.claims.tree import has_kid, kids, kids_with
from pipeline.claims.view import DocView, quote_kind

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
ACTOR, SOURCE = "open_ccomp", "source_ccomp"
OBJECT, PREP, PASSIVE = "open_dobj", "open_prep", "open_passive_agent"
SOURCE_OBJECT = "source_dobj"
PATTERNS = (ACTOR, SOURCE, OBJECT, PREP, PASSIVE, SOURCE_OBJECT)

CCOMP = get_string_id("ccomp")  # the only dependency this family starts from
DOBJ = get_string_id("dobj")
AGENT = get_string_id("agent")
PREP_DEP = get_string_id("prep")
# "campaigned against X", "fought about X": what any act is about; "responded to X",
# "commented on X": what a verb of saying, thinking or feeling (object_verbs) is about
TOPIC_PREPOSITIONS = {"about", "against"}
OPEN_PREPOSITIONS = {"on", "for", "over", "to"}
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_OR_TIME = {"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"}  # "spoke at the rally"
OBJECT_CLAUSE_STOP = {"relcl", "acl"}
OBJECT_CLAUSE_STOP_IDS = np.array([get_string_id(d) for d in OBJECT_CLAUSE_STOP], dtype=np.uint64)
VERB_POS = get_string_id("VERB")


def find_open(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for tok in (view.tokens[i] for i, dep in enumerate(view.dep_ids) if dep == CCOMP):
        if tok.dep_ != "ccomp" or tok.head.i >= tok.i:
            continue
        verb = tok.head
        if not _open_verb(view, claimed, verb, tok):
            continue
        found, claimed = _open_claim(view, claimed, verb, tok)
        claims.extend(found)
    return claims, claimed


def _open_verb(view: DocView, claimed: Claimed, verb: Token, clause: Token) -> bool:
    """A verb no lexicon rule took, outside quotes, whose first clausal complement is
    `clause`."""
    lex = view.lex
    lemma = view.cue_lemmas[verb.i]
    return (
        verb.pos_ == "VERB"
        and verb.i not in claimed.used_cues
        and view.tok_quote[verb.i] < 0
        and lemma not in lex.cue_lemmas
        and lemma not in lex.evidential_lemmas
        and lemma not in lex.open_frame_stop_verbs
        and kids_with(verb, "ccomp")[0].i == clause.i
        and propositional_clause(clause)
    )


def _open_claim(
    view: DocView, claimed: Claimed, verb: Token, clause: Token
) -> tuple[list[Claim], Claimed]:
    subj = next((c for c in kids_with(verb, "nsubj") if c.lower_ not in EXPLETIVES), None)
    if subj is None or subj.i > verb.i or view.tok_quote[subj.i] >= 0:
        return [], claimed
    speaker = np_speaker(view, subj)
    # a document is its issuer's voice, but its claims stay those of a source, not an actor
    if speaker is not None and speaker.get("type") in SOURCE_TYPES:
        pattern = SOURCE
    elif actor_like(view, speaker):
        pattern = ACTOR
    else:
        return [], claimed
    entry = {"lemma": verb.lemma_.lower(), "category": "statement", "polarity": 0.0}
    match = (entry, "ccomp", clause.left_edge.i, clause.right_edge.i, None)
    cs, ce, claimed = complement_chars(view, claimed, verb, match)
    if ce <= cs:
        return [], claimed
    kind = quote_kind(view, cs, ce)
    if kind == "direct":
        return [], claimed  # a quote that is the whole complement: the direct rules' part
    claim = make_claim(view, kind, view.rules.rule_for(pattern, kind), verb, entry, speaker, cs, ce)
    if claim is None:
        return [], claimed
    return [claim], claimed.use_cue(verb.i).add_speech(cs, ce)


def find_open_objects(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """ "Sanders embraced the plan", "the group released a video": a verb outside the cue
    lexicon with an actor subject and a direct object: PolNeAR counts an actor's act
    toward a proposition or a thing as its attribution; the content is the object."""
    claims: list[Claim] = []
    for obj in (view.tokens[i] for i in _object_candidates(view, DOBJ)):
        verb = obj.head
        stop = obj.lower_ in view.lex.open_frame_stop_objects  # "did it": nothing named
        if obj.i < verb.i or stop or not _object_verb(view, claimed, verb, obj):
            continue
        found, claimed = _object_claim(view, claimed, verb, obj)
        claims.extend(found)
    for agent in (view.tokens[i] for i in _object_candidates(view, AGENT)):
        found, claimed = _passive_claim(view, claimed, agent)
        claims.extend(found)
    return claims, claimed


def _passive_claim(view: DocView, claimed: Claimed, agent: Token) -> tuple[list[Claim], Claimed]:
    """ "The plan was derided by the mayor": a passive verb of saying, thinking or feeling
    (object_verbs) with an actor agent; its subject and the verb's phrases are the content
    (as the lexicon's passive_agent frame)."""
    verb = agent.head
    subj = next(iter(kids_with(verb, "nsubjpass")), None)
    by = next(iter(kids_with(agent, "pobj")), None)
    if subj is None or by is None or subj.i > verb.i or subj.tag_ in ("WDT", "WP"):
        return [], claimed
    if subj.lower_ in EXPLETIVES or view.cue_lemmas[verb.i] not in view.lex.object_verbs:
        return [], claimed
    if not _object_verb(view, claimed, verb, subj) or not _actor_head(view, by):
        return [], claimed
    speaker = np_speaker(view, by)
    if not actor_like(view, speaker):
        return [], claimed
    entry = {"lemma": verb.lemma_.lower(), "category": "statement", "polarity": 0.0}
    match = (entry, PASSIVE, subj.left_edge.i, verb.right_edge.i, None)
    cs, ce, claimed = complement_chars(view, claimed, verb, match)
    kind = quote_kind(view, cs, ce) if ce > cs else "direct"
    if kind == "direct":
        return [], claimed
    claim = make_claim(view, kind, view.rules.rule_for(PASSIVE, kind), verb, entry, speaker, cs, ce)
    if claim is None:
        return [], claimed
    return [claim], claimed.use_cue(verb.i).add_speech(cs, ce)


def _object_candidates(view: DocView, dep: int) -> list[int]:
    """The tokens with dependency `dep` after a head that `_object_verb` can pass, read from
    the Doc's arrays: most objects and prepositions fail on their head's part of speech or
    lemma, and a Token object per test costs more than the test."""
    if not len(view.doc):
        return []
    deps, verb_head = _verb_heads(view)
    keep = (deps == dep) & verb_head
    head_of, lemmas, quoted = view.tok_heads, view.cue_lemmas, view.tok_quote
    stop = view.lex.evidential_lemmas | view.lex.open_frame_stop_verbs
    return [
        i
        for i in np.nonzero(keep)[0].tolist()
        if quoted[head_of[i]] < 0 and lemmas[head_of[i]] not in stop
    ]


# the last view's `_verb_heads`, as (a weak reference to the view, the arrays): the three
# families that ask read the same Doc arrays (one tuple, replaced whole: threads may share it)
_LAST_HEADS: list[tuple[weakref.ref, tuple[np.ndarray, np.ndarray]] | None] = [None]


def _verb_heads(view: DocView) -> tuple[np.ndarray, np.ndarray]:
    """Each token's dependency, and whether its head is a verb before or at it and outside
    the clauses `_object_verb` refuses; worked out once per view."""
    last = _LAST_HEADS[0]
    if last is not None and last[0]() is view:
        return last[1]
    deps, pos = view.dep_array, view.doc.to_array(POS)
    heads = np.array(view.tok_heads, dtype=np.int64)
    verb_head = (heads <= np.arange(len(heads))) & (pos[heads] == VERB_POS)
    verb_head &= ~np.isin(deps[heads], OBJECT_CLAUSE_STOP_IDS)
    _LAST_HEADS[0] = (weakref.ref(view), (deps, verb_head))
    return deps, verb_head


def _object_verb(view: DocView, claimed: Claimed, verb: Token, obj: Token) -> bool:
    """A verb no rule took, outside quotes and claimed content, that is no relative clause
    ("the bill, which he introduced ...": mostly background, not his act)."""
    lex = view.lex
    lemma = view.cue_lemmas[verb.i]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ not in OBJECT_CLAUSE_STOP
        and verb.i not in claimed.used_cues
        and view.tok_quote[verb.i] < 0
        and lemma not in lex.evidential_lemmas
        and lemma not in lex.open_frame_stop_verbs
        and not _overlaps_speech(claimed, obj)
    )


def find_open_preps(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """ "Sanders voted against the bill", "she touched on trade": a verb outside the cue
    lexicon with an actor subject and a phrase naming what its act is about."""
    claims: list[Claim] = []
    for prep in (view.tokens[i] for i in _object_candidates(view, PREP_DEP)):
        verb = prep.head
        if prep.i < verb.i or not _topic_phrase(view, verb, prep):
            continue
        pobj = next(iter(kids_with(prep, "pobj", "pcomp")), None)
        if pobj is None or has_kid(verb, "dobj"):
            continue
        if pobj.ent_type_ in PLACE_OR_TIME or (prep.lower_ == "to" and _actor_head(view, pobj)):
            continue  # "spoke in Lima in May", "spoke to reporters": no topic
        if not _object_verb(view, claimed, verb, pobj):
            continue
        found, claimed = _object_claim(view, claimed, verb, pobj, PREP)
        claims.extend(found)
    return claims, claimed


def _topic_phrase(view: DocView, verb: Token, prep: Token) -> bool:
    if prep.lower_ in TOPIC_PREPOSITIONS:
        return True
    return prep.lower_ in OPEN_PREPOSITIONS and view.cue_lemmas[verb.i] in view.lex.object_verbs


def _actor_head(view: DocView, subj: Token) -> bool:
    """The subject's head names an actor itself ("the mayor", "she"), not a thing that
    merely mentions one ("his aspirations for ... Russia")."""
    if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in ACTOR_ENTITIES:
        return True
    lemma = subj.lemma_.lower()
    return lemma in role_nouns() or lemma in view.lex.speaker_nouns


def _source_head(view: DocView, subj: Token, pattern: str) -> bool:
    """A subject that names a source and no actor ("the report", "a new poll"), for the
    object frame only: with a phrase ("the report focused on ...") the act was an
    attribution under half of the time on PolNeAR train."""
    return pattern == OBJECT and subj.lemma_.lower() in view.lex.source_types


def _overlaps_speech(claimed: Claimed, obj: Token) -> bool:
    """The object phrase holds some claim's content ("voiced concern that ...": the noun's)."""
    start = obj.left_edge.idx
    end = obj.right_edge.idx + len(obj.right_edge)
    return claimed.overlaps_speech(start, end)


def _subject(verb: Token, conjunct: bool = False) -> Token | None:
    """The verb's own subject, or for a participle set after its clause with none of its
    own ("the crowd marched on, chanting “X”") the subject of that clause. On PolNeAR train
    such a participle's claim was right 6 of 8 times with a quoted object, 15 of 32 in all."""
    subj = next((c for c in kids_with(verb, "nsubj") if c.lower_ not in EXPLETIVES), None)
    if subj is None and conjunct and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "X recounted A and recited B": X recited B too
    if subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        subj = next(
            (c for c in kids_with(verb.head, "nsubj") if c.lower_ not in EXPLETIVES),
            None,
        )
    return subj


def _object_claim(
    view: DocView, claimed: Claimed, verb: Token, obj: Token, pattern: str = OBJECT
) -> tuple[list[Claim], Claimed]:
    subj = _subject(verb, conjunct=pattern == OBJECT)
    if subj is None or subj.i > verb.i or view.tok_quote[subj.i] >= 0:
        return [], claimed
    # the cheap test first: no speaker to resolve
    if not _actor_head(view, subj) and not _source_head(view, subj, pattern):
        return [], claimed
    entry = {"lemma": verb.lemma_.lower(), "category": "statement", "polarity": 0.0}
    match = (entry, "dobj", obj.left_edge.i, obj.right_edge.i, None)
    if pattern == PREP:
        match = (entry, "prep_complement", obj.left_edge.i, obj.right_edge.i, None)
    # the content's tests before the speaker's resolution, which most objects never need;
    # a speaker who is no actor leaves the record as it was (the content's cut undone)
    cs, ce, cut = complement_chars(view, claimed, verb, match)
    kind = _object_kind(view, verb, subj, pattern, cs, ce)
    if kind is None and cut is claimed:
        return [], claimed
    speaker = np_speaker(view, subj)
    if not actor_like(view, speaker):
        if pattern != OBJECT or (speaker or {}).get("type") not in SOURCE_TYPES:
            return [], claimed
        lemma = view.cue_lemmas[verb.i]  # "the ruling angered the mayor", "the study examined X"
        if lemma in view.lex.emotion_verbs or lemma in view.lex.source_inquiry_verbs:
            return [], claimed
        pattern = SOURCE_OBJECT  # "the report faulted the plan": a source, typed
    if kind is None:
        return [], cut
    claimed = cut
    claim = make_claim(view, kind, view.rules.rule_for(pattern, kind), verb, entry, speaker, cs, ce)
    if claim is None:
        return [], claimed
    return [claim], claimed.use_cue(verb.i).add_speech(cs, ce)


def _object_kind(
    view: DocView, verb: Token, subj: Token, pattern: str, cs: int, ce: int
) -> str | None:
    """The kind of an open frame's claim with content chars [cs, ce), or None when the
    content makes none."""
    if ce <= cs:
        return None
    kind = quote_kind(view, cs, ce)
    if kind == "indirect" and subj.i not in {c.i for c in kids(verb)} and verb.dep_ != "conj":
        return None  # an inherited subject only with a quote: "..., chanting “X”"
    if kind == "direct" and pattern == PREP:
        return "mixed"  # "campaigned against “the rigged economy”": a quoted piece of the phrase
    if (
        kind == "indirect"
        and view.cue_lemmas[verb.i] not in view.lex.object_verbs
        and pattern == OBJECT
    ):
        return None  # any verb with a quoted object ("vowed “a new era”"), but only the
        # verbs of saying, thinking or feeling with a plain one
    return kind
