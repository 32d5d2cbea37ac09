"""Cue words and their complements: which tokens are cues, and which complement pattern a
cue has (the frames of patterns/cues.json, tried in the order of rules.json's
`frame_priority`). A match is (cue entry, pattern name, first token, last token, particle);
the pattern name picks the rule id through rules.json's `frame_rules`."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pipeline.claims.evidential_frames import frame_raising_xcomp
from pipeline.claims.frame_types import EXPLETIVES, ByDep, FrameFound, children_by_dep
from pipeline.claims.frame_types import first_child as _first
from pipeline.claims.fronted_clause import fronted_ccomp
from pipeline.claims.lexicon import Lexicon
from pipeline.claims.tree import has_kid, kids, kids_with
from pipeline.claims.view import DocView

DEFAULT_CUE = {"category": "statement", "polarity": 0.0}

FrameMatch = tuple[dict, str, int, int, "Token | None"]


def cue_lemma(lex: Lexicon, tok: Token) -> str:
    # the model lemmatizes some cue forms wrongly ("hoping" -> "hop"): cues.json fixes them
    return lex.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()


def is_cue_verb(view: DocView, tok: Token, *, evidential: bool = False) -> bool:
    lex = view.lex
    lemma = view.cue_lemmas[tok.i]
    return (
        view.tok_quote[tok.i] < 0
        and (lemma in lex.cue_lemmas or (evidential and lemma in lex.evidential_lemmas))
        and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"))
    )


def cue_entry(lex: Lexicon, tok: Token) -> dict:
    return lemma_entry(lex, cue_lemma(lex, tok))


def lemma_entry(lex: Lexicon, lemma: str) -> dict:
    """The cue entry of a lemma with no particle, else its first, else the default."""
    entries = lex.cues.get(lemma, ())
    plain = [e for e in entries if not e.get("particle")]
    return (plain or list(entries) or [DEFAULT_CUE])[0]


def clause_entry(entries) -> dict | None:
    """The entry of a cue of saying or thinking: one that takes a clause, no particle."""
    return next(
        (e for e in entries if "ccomp" in e.get("frames", []) and not e.get("particle")), None
    )


def match_frame(view: DocView, tok: Token) -> FrameMatch | None:
    """(cue entry, pattern name, first token, last token, particle token) or None."""
    by_dep = children_by_dep(tok)
    prts = {c.lower_: c for c in by_dep.get("prt", [])}
    preps = {c.lower_: c for c in by_dep.get("prep", [])}
    order = view.rules.frame_priority
    for entry in view.lex.cues.get(view.cue_lemmas[tok.i], ()):
        particle = entry.get("particle")
        if particle and particle not in prts and particle not in preps:
            found = particle_clause(tok, particle, by_dep)
            if found is not None:
                mark, a, b = found
                return entry, "particle_clause", a, b, mark
            continue
        ptok = (prts.get(particle) or preps.get(particle)) if particle else None
        if ptok is not None and _after_object(by_dep, ptok):
            continue  # "called the tax a scandal on Monday": a phrase of its own, no particle
        for frame in sorted(entry.get("frames", []), key=order.index):
            m = FRAMES[frame](tok, frame, by_dep, ptok)
            if m is None or _stopped_object(entry, m[0], by_dep):
                continue
            if frame == "particle_dobj" and not fitting_object(view, entry, by_dep):
                continue  # "laid out the chairs", "called out the runner": a literal reading
            pattern, a, b = m
            return entry, pattern, a, b, ptok
    return None


def _stopped_object(entry: dict, pattern: str, by_dep: ByDep) -> bool:
    """An object the cue's entry lists as no content ("posted a loss", "posted bail")."""
    stops = entry.get("object_stops")
    return bool(stops) and pattern == "dobj" and by_dep["dobj"][0].lemma_.lower() in stops


def fitting_object(view: DocView, entry: dict, by_dep: ByDep) -> bool:
    """The object of a phrasal cue read as speech, as cues.json's `object_guard` asks:
    "content", a noun of what is said or planned (frame_words `content_objects`, or a cue
    noun) and no amount ("laid out a plan", not "laid out the chairs" or "$2 billion");
    "actor", a named person or group that is no armed force, or one blamed for something
    (`blame_prepositions`: "called out the mayor", "called out the firm for its record",
    not "called out the runner" or "called out the troops")."""
    guard = entry.get("object_guard")
    obj = _first(by_dep, "dobj")
    if guard is None or obj is None:
        return True
    words = view.lex.frame_words
    lemma = obj.lemma_.lower()
    if guard == "content":
        noun = lemma in words["content_objects"] or lemma in view.lex.nominal
        return noun and obj.ent_type_ not in words["measures"]
    blame = words["blame_prepositions"]
    if any(p.lower_ in blame for p in [*by_dep.get("prep", []), *kids(obj)]):
        return True
    return obj.ent_type_ in ACTOR_ENTS and lemma not in words["armed_forces"]


ACTOR_ENTS = {"PERSON", "ORG", "NORP"}


def _after_object(by_dep: ByDep, ptok: Token) -> bool:
    """A cue's particle comes before its object ("called on X to ...", "called for X")."""
    return any(o.i < ptok.i for o in by_dep.get("dobj", []))


def particle_clause(tok: Token, particle: str, by_dep: ByDep) -> tuple[Token, int, int] | None:
    """ "called for the state to act": the parser reads the cue's particle as the mark of
    a for-to clause ("for [the state to act]"); the content is that clause, the mark is the
    cue's particle. (mark, first, last) or None."""
    for c in [*by_dep.get("advcl", []), *by_dep.get("ccomp", [])]:
        marks = [m for m in kids_with(c, "mark") if m.lower_ == particle]
        subj = kids_with(c, "nsubj", "nsubjpass")
        to = [t for t in kids_with(c, "aux", "auxpass") if t.lower_ == "to"]
        if marks and subj and to and tok.i < marks[0].i <= tok.i + 2 and marks[0].i < subj[0].i:
            return marks[0], marks[0].i + 1, c.right_edge.i
    return None


TRANSITIVE = {"dobj", "dobj_prep", "dobj_xcomp", "oprd", "particle_dobj"}


def agent_of(tok: Token) -> Token | None:
    """The object of a passive cue's "by" phrase ("was criticized by the mayor")."""
    agents = kids_with(tok, "agent")
    objs = kids_with(agents[0], "pobj") if agents else []
    return objs[0] if objs else None


def passive_subject(tok: Token) -> Token | None:
    """The subject of a passive cue ("the plan was rejected"), when it comes before the cue
    and is neither an expletive ("it was said") nor a relative pronoun."""
    subj = next(iter(kids_with(tok, "nsubjpass")), None)
    if subj is None or subj.i > tok.i or not has_kid(tok, "auxpass"):
        return None
    if subj.lower_ in EXPLETIVES or subj.tag_ in ("WDT", "WP"):
        return None
    return subj


def passive_agent(view: DocView, tok: Token) -> FrameMatch | None:
    """ "The plan was rejected by the council (as unsafe)": a passive cue that takes an
    object, with its agent; the content runs from the subject (what the agent spoke of)
    over the verb's phrases, the agent being the speaker."""
    subj = passive_subject(tok)
    if subj is None or agent_of(tok) is None:
        return None
    if tok.lemma_.lower() in view.lex.stance_verbs:
        return None  # "Spain was criticized by Morocco": the stance family's act
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    entry = next((e for e in entries if TRANSITIVE & set(e.get("frames", []))), None)
    if entry is None or entry.get("particle"):
        return None
    return entry, "passive_agent", subj.left_edge.i, tok.right_edge.i, None


def object_clause(view: DocView, tok: Token) -> FrameMatch | None:
    """ "X says the plan that Y backs also fails": a verb of saying that takes no object
    whose "object" holds a relative clause with a subject of its own: the parser misread
    the reported clause; the content is the object and its clause."""
    lemma = view.cue_lemmas[tok.i]
    entries = view.lex.cues.get(lemma, ())
    entry = clause_entry(entries)
    if entry is None or lemma in view.lex.generated_lemmas:
        return None
    if any("dobj" in e.get("frames", []) for e in entries) and not entry.get("clause_first"):
        return None  # "announced the plan that Y backs": the object (not for "say")
    o = next((c for c in kids_with(tok, "dobj") if c.i > tok.i), None)
    if o is None or o.pos_ not in ("NOUN", "PROPN") or o.left_edge.i != tok.i + 1:
        return None
    rel = [c for c in kids_with(o, "relcl") if c.tag_ in FINITE_TAGS]
    subj = [s for r in rel for s in kids_with(r, "nsubj") if s.tag_ not in ("WDT", "WP")]
    if not subj:
        return None
    return entry, "object_clause", o.left_edge.i, o.right_edge.i, None


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
WH_WORDS = {"what", "who", "whom", "whose", "which", "where", "when", "why", "how", "whether", "if"}


def propositional_clause(clause: Token) -> bool:
    """A clausal complement that states something: not a wh-clause ("decided what to do",
    "learned who he was") and not a bare infinitive ("heard him speak", "let her go")."""
    if clause.left_edge.lower_ in WH_WORDS:
        return False
    bare = clause.tag_ == "VB" and not has_kid(clause, "aux", "auxpass")
    return not bare


def frame_ccomp(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    # the clause after the cue when it has one: the parser also makes a fronted phrase or
    # clause before the cue its ccomp ("In a statement after the vote, X said that ..."),
    # but not an inverted speaker the parser made a clause's subject ("said the woman, who")
    after = [c for c in by_dep.get("ccomp", []) if c.i > tok.i and not _inverted_subject(tok, c)]
    c = after[0] if after else fronted_ccomp(tok, by_dep, ptok)
    if c is not None and (frame == "ccomp" or ptok is not None):
        return "ccomp", c.left_edge.i, c.right_edge.i
    return None


def frame_perception_ccomp(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    """ "X saw that ...", "X sees Y winning": a verb of seeing with a clause that states
    something, under a rule of its own (not "saw Y speak", not "see how ...")."""
    m = frame_ccomp(tok, "ccomp", by_dep, ptok)
    if m is None or not propositional_clause(tok.doc[m[1] : m[2] + 1].root):
        return None
    return "perception_ccomp", m[1], m[2]


def _inverted_subject(tok: Token, clause: Token) -> bool:
    """The clause opens right after the cue with its subject, set off by a comma."""
    subject = next(iter(kids_with(clause, "nsubj")), None)
    return (
        subject is not None
        and subject.left_edge.i == tok.i + 1
        and subject.i + 1 < len(tok.doc)
        and tok.doc[subject.i + 1].text == ","
    )


def frame_xcomp(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    # "X is expected / said to ...": a passive cue whose holder goes unnamed
    c = _first(by_dep, "xcomp")
    if c is not None and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
        if "auxpass" in by_dep:
            # "The bank is expected to act": the subject and its infinitive, as PolNeAR's
            # contents run (the cue inside, as for "The bank seemed to act")
            s = _first(by_dep, "nsubjpass")
            a = (
                s.left_edge.i
                if s is not None and s.i < tok.i and s.lower_ != "it"
                else c.left_edge.i
            )
            return "passive_xcomp", a, c.right_edge.i
        if frame == "xcomp":
            return "xcomp", c.left_edge.i, c.right_edge.i
    return subject_infinitive(tok, by_dep) if frame == "xcomp" else None


def subject_infinitive(tok: Token, by_dep: ByDep) -> tuple[str, int, int] | None:
    """ "X wants / expects the bank to act": the parser made the object and its infinitive
    a clause of the cue; the content is that clause (subject, "to" and verb)."""
    after = [c for c in by_dep.get("ccomp", []) if c.i > tok.i and c.pos_ in ("VERB", "AUX")]
    if not after:
        return None
    c = after[0]
    to = [a for a in kids_with(c, "aux", "auxpass") if a.lower_ == "to"]
    subj = [s for s in kids_with(c, "nsubj", "nsubjpass") if s.i < c.i]
    if not to or not subj or subj[0].left_edge.i <= tok.i or subj[0].tag_ in ("WDT", "WP"):
        return None
    return "subject_infinitive", subj[0].left_edge.i, c.right_edge.i


def passive_predicate(view: DocView, tok: Token) -> FrameMatch | None:
    """ "X is seen as Y", "X was declared the winner", "X is known for Y": a passive cue
    with a predicate (an as- or for-phrase, an object predicate) and no agent; the holder
    is left unnamed, the content is X and Y."""
    by_dep = children_by_dep(tok)
    subj = passive_subject(tok)
    if subj is None or "agent" in by_dep:
        return None
    as_phrase = [p for p in by_dep.get("prep", []) if p.lower_ in ("as", "for") and p.i > tok.i]
    pred = _first(by_dep, "oprd") or (as_phrase[0] if as_phrase else None)
    entries = view.lex.cues.get(view.cue_lemmas[tok.i], ())
    entry = next((e for e in entries if not e.get("particle")), None)
    if pred is None or entry is None or view.cue_lemmas[tok.i] in view.lex.generated_lemmas:
        return None
    return entry, "passive_predicate", subj.left_edge.i, pred.right_edge.i, None


def frame_dobj_xcomp(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    o, x = _first(by_dep, "dobj"), _first(by_dep, "xcomp")
    if o is not None and x is not None and o.i < x.i:
        return "object_xcomp", o.left_edge.i, x.right_edge.i
    return subject_infinitive(tok, by_dep)


def frame_prep(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    if ptok is not None and ptok.dep_ == "prep":
        objs = kids_with(ptok, "pobj", "pcomp")
        if objs:
            return "prep_complement", objs[0].left_edge.i, ptok.right_edge.i
    return None


def frame_prep_xcomp(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    if ptok is not None and ptok.dep_ == "prep":
        objs = kids_with(ptok, "pobj")
        # "called on X to act" only: "called on a student", "called upon the family at
        # noon" are a visit or a turn, no demand
        x = _first(by_dep, "xcomp") or (_infinitive_after(by_dep, objs[0]) if objs else None)
        if objs and x is not None and x.i > objs[0].i:
            return "object_xcomp", objs[0].left_edge.i, x.right_edge.i
    return None


def _infinitive_after(by_dep: ByDep, obj: Token) -> Token | None:
    """ "call on Peru to lift the ban": an infinitive right after the object that the
    parser hung on the cue as an adverbial clause."""
    return next(
        (
            a
            for a in by_dep.get("advcl", [])
            if a.left_edge.i == obj.right_edge.i + 1
            and any(c.lower_ == "to" for c in kids_with(a, "aux"))
        ),
        None,
    )


def frame_oprd(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    o, p = _first(by_dep, "dobj"), _first(by_dep, "oprd")
    if o is None and p is not None and "nsubj" in by_dep:  # not "a party called Y"
        o = swallowed_object(by_dep["oprd"])
    if p is None and o is not None:  # "described the talks as a disaster"
        p = next(
            (
                x
                for x in [*by_dep.get("prep", []), *kids(o)]
                if x.dep_ == "prep" and x.lower_ == "as"
            ),
            None,
        )
    if o is not None and p is not None and o.i < p.i:
        return "object_predicate", o.left_edge.i, p.right_edge.i
    end = quoted_predicate(o) if o is not None else None
    if end is not None:
        return "object_predicate", o.left_edge.i, end
    c = _first(by_dep, "ccomp")
    if c is not None and frame == "oprd":
        return "object_predicate", c.left_edge.i, c.right_edge.i
    return None


def swallowed_object(predicates: list[Token]) -> Token | None:
    """The object the parser made a predicate's modifier ("called [Y's] ad racist", 'ad' a
    compound of 'racist')."""
    p = predicates[0]
    return next(
        (c for c in p.lefts if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")),
        None,
    )


OBJECT_PREPS = ("of", "for", "over")


OPENING_QUOTES = {"“", '"', "``", "‘"}


def quoted_predicate(obj: Token) -> int | None:
    """The last token of a quote that opens after the object's head, within or right after
    its phrase, and closes in its sentence ("called the plan “a disaster”"): the parser
    makes the quote a conjunct, an apposition or a second object instead of the object's
    predicate."""
    doc = obj.doc
    after = range(obj.i + 1, min(obj.right_edge.i + 2, len(doc)))
    k = next((j for j in after if doc[j].text in OPENING_QUOTES), None)
    if k is None:
        return None
    end = obj.sent.end
    close = next((j for j in range(k + 1, end) if doc[j].is_quote), None)
    return close if close is not None and close > k + 1 else None


def frame_dobj_prep(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    # "accused X of Y": the parser hangs the of-phrase on the verb or on the object
    o = _first(by_dep, "dobj")
    if o is None:
        return None
    ps = [p for p in [*by_dep.get("prep", []), *o.rights] if p.dep_ == "prep" and p.i > o.i]
    ps = sorted((p for p in ps if p.lower_ in OBJECT_PREPS), key=lambda p: p.i)
    if ps:
        return "object_prep", o.left_edge.i, max(ps[0].right_edge.i, o.right_edge.i)
    return None


def frame_dobj(tok: Token, frame: str, by_dep: ByDep, ptok: Token | None) -> FrameFound | None:
    # a personal pronoun object ("endorsed her", "opposes it") under a rule of its own; not
    # a reflexive ("revealed itself") nor a relative or demonstrative one
    o = _first(by_dep, "dobj")
    if o is None or not (frame == "dobj" or ptok is not None):
        return None
    if o.pos_ != "PRON":
        return "dobj", o.left_edge.i, o.right_edge.i
    if o.tag_ == "PRP" and not o.lower_.endswith(("self", "selves")):
        return "pronoun_object", o.left_edge.i, o.right_edge.i
    return None


def frame_volition_xcomp(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    """ "X wants / plans to ...": a verb of wanting or intending with its infinitive, under
    a rule of its own (its claims are right less often than a pledge's)."""
    m = frame_xcomp(tok, "xcomp", by_dep, ptok)
    if m is not None and m[0] == "subject_infinitive":
        return m
    return ("volition_xcomp", m[1], m[2]) if m is not None and m[0] == "xcomp" else None


def frame_attitude_dobj(
    tok: Token, frame: str, by_dep: ByDep, ptok: Token | None
) -> FrameFound | None:
    """ "X supports / backs the plan": a verb of taking a side with its object, under a
    rule of its own."""
    m = frame_dobj(tok, "dobj", by_dep, ptok)
    if m is None:
        return attitude_gerund(tok, by_dep)
    if m[0] == "pronoun_object":
        return m
    return ("attitude_object", m[1], m[2])


def attitude_gerund(tok: Token, by_dep: ByDep) -> tuple[str, int, int] | None:
    """ "X supports / opposes raising the fee": a verb of taking a side with a gerund
    (an -ing clause with no subject of its own) for its object."""
    c = _first(by_dep, "xcomp")
    if c is None or c.tag_ != "VBG" or c.i <= tok.i:
        return None
    if has_kid(c, "nsubj", "nsubjpass"):
        return None
    return "attitude_gerund", c.left_edge.i, c.right_edge.i


# cue frame (cues.json) -> the function that finds its complement
FRAMES: dict[str, Callable[..., tuple[str, int, int] | None]] = {
    "ccomp": frame_ccomp,
    "particle_ccomp": frame_ccomp,
    "xcomp": frame_xcomp,
    "passive_xcomp": frame_xcomp,
    "raising_xcomp": frame_raising_xcomp,
    "dobj_xcomp": frame_dobj_xcomp,
    "prep": frame_prep,
    "prep_xcomp": frame_prep_xcomp,
    "oprd": frame_oprd,
    "as_predicate": frame_oprd,
    "dobj_prep": frame_dobj_prep,
    "dobj": frame_dobj,
    "particle_dobj": frame_dobj,
    "volition_xcomp": frame_volition_xcomp,
    "attitude_dobj": frame_attitude_dobj,
    "perception_ccomp": frame_perception_ccomp,
}


# the pattern names the frames above and the speech-tag rules below give (rules.json's
# frame_rules has a row for each)
PATTERNS = (
    "ccomp",
    "passive_xcomp",
    "xcomp",
    "evidential",
    "evidential_conjunct",
    "object_xcomp",
    "prep_complement",
    "object_predicate",
    "object_prep",
    "dobj",
    "pronoun_object",
    "parenthetical",
    "as_clause",
    "particle_clause",
    "passive_agent",
    "topic_prep",
    "evidential_predicate",
    "passive_predicate",
    "object_clause",
    "question_put",
    "volition_xcomp",
    "attitude_object",
    "subject_infinitive",
    "attitude_gerund",
    "perception_ccomp",
)
