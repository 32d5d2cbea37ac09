"""Rule families that give an event predicate its PLOVER category: the act itself, a light verb
with an event noun, an event noun, a conditional threat, evaluative language, and the
modifiers (negation, future intention) that change a category."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.actors.describe import role_nouns
from pipeline.claims.tree import kids
from pipeline.doctext import doc_text
from pipeline.events import parties
from pipeline.events.announcement import RULE_ID as ANNOUNCED
from pipeline.events.announcement import announced_measure
from pipeline.events.folded_names import folded_named, folded_predicate
from pipeline.events.idioms import idiom_event
from pipeline.events.lexicon import Entry, EventLexicon, prefixed_base
from pipeline.events.phrases import phrase_entry
from pipeline.events.reframing import reframed

VERB_POS = ("VERB", "AUX")
NOUN_POS = ("NOUN", "PROPN")
COOPERATION = ("verbal_cooperation", "material_cooperation")
CLOSING = "\"'\u201d\u2019 "  # closing quotes a question mark may follow
WH_TAGS = ("WDT", "WP", "WP$", "WRB")  # "asked what / who / why / how ..."
RECIPROCAL = ("AGREE", "CONSULT", "COOPERATE", "SUPPORT")  # "X and Y signed a pact"


@dataclass
class Coding:
    """The event a predicate expresses, and why."""

    category: str | None
    rule_id: str
    pred: Token  # the word that carries the event (a verb, or an event noun)
    noun: Token | None = None  # the event noun of a light verb
    mode: str | None = None
    negated: bool = False

    def words(self) -> list[str]:
        toks = [self.pred] + ([self.noun] if self.noun is not None else [])
        mods = [c for t in toks for c in kids(t) if c.dep_ in ("amod", "compound")]
        return [t.lemma_.lower() for t in toks + mods]


def verb_lemma(tok: Token, lex: EventLexicon) -> str:
    """The verb's lemma; when the lexicon does not know the tagger's lemma, a regular
    de-inflection of the word that it knows ("staged", lemmatised "stag" -> "stage")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.known_verbs:
        return lemma
    return next((c for c in deinflections(tok.lower_) if c in lex.known_verbs), lemma)


def deinflections(word: str) -> list[str]:
    """Candidate bases of a regular verb form: -ed, -ing, -s, with a doubled consonant."""
    out = []
    for suffix in ("ed", "ing", "es", "s"):
        stem = word.removesuffix(suffix)
        if stem == word or len(stem) < 2:
            continue
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])  # "banned" -> "ban"
    return out


def regular_forms(verbs: Iterable[str]) -> set[str]:
    """Every regular form `deinflections` takes back to one of the verbs ("branded",
    "labelled", "dubbing")."""
    forms = set()
    for verb in verbs:
        for suffix in ("ed", "ing", "es", "s"):
            forms |= {verb + suffix, verb + verb[-1] + suffix}
            if verb.endswith("e"):
                forms.add(verb[:-1] + suffix)
    return forms


def verb_keys(tok: Token, lex: EventLexicon | None = None) -> list[str]:
    """Lexicon keys for a verb, longest first: with its particle or adjacent preposition (an
    adverb of the verb may stand between: "worked closely with")."""
    lemma = verb_lemma(tok, lex) if lex is not None else tok.lemma_.lower()
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None:
        return [lemma]
    keys = []
    # only the verb's children right after it count (its children come in text order)
    if after.head.i == tok.i and after.dep_ in ("prt", "prep"):
        keys.append(f"{lemma} {after.lower_}")
    elif after.dep_ == "advmod" and after.head.i == tok.i and tok.i + 2 < len(doc):
        prep = doc[tok.i + 2]  # "worked closely with"
        if prep.head.i == tok.i and prep.dep_ == "prep":
            keys.append(f"{lemma} {prep.lower_}")
    return [*keys, lemma]


def question(claim: dict, cue: Token | None, doc, lex: EventLexicon) -> bool:
    """Is the claim a question rather than an assertion: a content that ends in a question
    mark, or a verb of asking whose clause is an indirect question ("asked Y whether ...",
    "asked what ...")? "asked Y to do A" is a request, not a question."""
    content = claim["content"]
    after = doc_text(doc)[content["end"] : content["end"] + 3].lstrip(CLOSING)
    if content["text"].rstrip().endswith("?") or after.startswith("?"):
        return True
    if cue is None or cue.lemma_.lower() not in lex.query_verbs:
        return False
    for clause in (c for c in kids(cue) if c.dep_ == "ccomp"):
        first = min(clause.subtree, key=lambda t: t.i)
        if first.lower_ in lex.question_marks or first.tag_ in WH_TAGS:
            return True
    return False


def rhetorical(claim: dict, doc, lex: EventLexicon) -> bool:
    """A quoted question that opens with a wh-word, asked by a known actor other than a
    reporter ("Why should anyone believe Y?", "Where was Y when the plant failed?"): it
    asserts the answer it implies, which is a reproach. A reporter's question only asks."""
    if claim["kind"] not in ("direct", "mixed"):
        return False
    span = doc.char_span(claim["content"]["start"], claim["content"]["end"], "expand")
    words = [t for t in span or [] if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ not in lex.rhetorical_openers:
        return False
    speaker = claim.get("speaker") or {}
    head = ((speaker.get("text") or "").split()[-1:] or [""])[0].lower().rstrip("s")
    if speaker.get("role") in lex.audience_roles or head in lex.audience_nouns:
        return False  # a reporter's question only asks
    return bool(speaker.get("actor_id")) or head in role_nouns()  # not a survey's


def naming(cue: Token, lex: EventLexicon) -> bool:
    """A naming verb with a predicate for its object: "called Y a stunt", "called Y
    reckless", "labelled Y a threat"; "described Y as brilliant" (an "as" phrase only)."""
    kind = lex.naming_verbs.get(verb_lemma(cue, lex)) if cue.pos_ in VERB_POS else None
    obj = direct_object(cue) if kind is not None else None
    if obj is None:
        return False
    second = [c for c in kids(cue) if c.dep_ == "prep" and c.lower_ == "as"]
    if kind == "predicate":
        second += [c for c in kids(cue) if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp")]
        second += [c for c in kids(obj) if c.dep_ in ("appos", "amod") and c.i > obj.i]
        second += [c for c in kids(cue) if c.dep_ in ("dobj", "obj") and c.i > obj.i]  # parsed so
        second += [obj] if folded_named(obj) else []  # "branded Y and Z havens for X"
    return bool(second)


def direct_object(tok: Token, lex: EventLexicon | None = None) -> Token | None:
    """The object; with `lex`, failing one, a passive's subject, not of "were engaged in X"."""
    passive = lex is not None and tok.lemma_.lower() not in lex.prep_light_verbs
    subject = None
    for child in kids(tok):  # a loop, not next() over a generator: asked of every verb coded
        if child.dep_ in ("dobj", "obj"):
            return child  # "was denied visas": the object, not the one denied
        subject = child if passive and child.dep_ == "nsubjpass" else subject
    return subject or folded_predicate(tok)


def code_word(tok: Token, lex: EventLexicon, rule_id: str) -> Coding | None:
    """The category of one word: a verb (by itself or with its event-noun object) or a noun."""
    pos = tok.pos_
    if pos in NOUN_POS:
        entry = noun_entry(tok, lex)
        return Coding(entry.category, "event.nominal", tok) if entry else None
    if pos not in VERB_POS or nominal_participle(tok):
        return None
    obj = direct_object(tok, lex)
    obj_lemma = obj.lemma_.lower() if obj is not None else ""
    keys = verb_keys(tok, lex)
    phrase = phrase_entry(keys, obj, lex)  # "lodged a protest", "a team of inspectors"
    if phrase is not None:
        return _coding(phrase, "event.light_verb", tok, obj) if phrase.category else None
    if obj_lemma in lex.non_event_objects:
        return None
    ordered = noun_entry(obj, lex) if obj is not None and keys[-1] in lex.command_verbs else None
    if ordered is not None and ordered.category is not None and not _told_to(tok):
        return _coding(ordered, "event.ordered_act", tok, obj)  # the act ordered
    entry = next((lex.verbs[k] for k in keys if k in lex.verbs), None)
    if entry is not None:
        return _coding(entry, rule_id, tok, None)
    base = prefixed_base(keys[-1], lex)  # "redeployed", "reimposed"
    if base in lex.verbs:
        return _coding(lex.verbs[base], "event.prefixed_verb", tok, None)
    light = next((k for k in [*keys, base] if k in lex.light_verbs), None)  # "carry out"
    if obj is not None and light is not None:  # the object's entry, looked up only here
        obj_entry = noun_entry(obj, lex)
        if obj_entry is not None:
            return _coding(_reversed(obj_entry, light, lex), "event.light_verb", tok, obj)
    if keys[-1] in lex.prep_light_verbs:  # "went on strike", "engaged in talks"
        coding = _prep_noun(tok, keys[-1], lex)
        if coding is not None:
            return coding
    idiom = idiom_event(tok, lex)  # "is out of the question", "returned X to Y": no visit
    if idiom is not None:
        return Coding(idiom[0], idiom[1], tok)
    if keys[-1] in lex.visit_verbs and _visited_place(tok, lex) is not None:
        return Coding("CONSULT", "event.visit", tok, None, "visit")
    return None


def nominal_participle(tok: Token) -> bool:
    """A past participle used as a noun, with a determiner, as an argument: "evacuated the
    wounded" names people, not a wounding; a gerund ("condemned the killing of X") is
    the act."""
    return (
        tok.tag_ in ("VBN", "JJ")
        and tok.dep_ in ("dobj", "obj", "pobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" for c in kids(tok))
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(tok))
    )


def _told_to(tok: Token) -> bool:
    """ "ordered troops to withdraw": a demand on the object, not an act ordered."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in kids(tok))


def _visited_place(tok: Token, lex: EventLexicon) -> Token | None:
    """The proper noun a movement verb goes to or arrives in ("arrived in Beijing")."""
    for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in lex.visit_preps):
        for pobj in (c for c in kids(prep) if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            return pobj
    return None


def _prep_noun(tok: Token, lemma: str, lex: EventLexicon) -> Coding | None:
    for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("on", "in", "into")):
        for noun in (c for c in kids(prep) if c.dep_ == "pobj"):
            phrase = lex.phrases.get((lemma, noun.lemma_.lower()))
            entry = phrase or noun_entry(noun, lex)
            if entry is not None and entry.category is not None:
                return _coding(entry, "event.light_verb", tok, noun)
    return None


def _reversed(entry: Entry, verb: str, lex: EventLexicon) -> Entry:
    """Ending or easing a conflict measure ("eased the curfew") is a concession; ending a
    cooperation ("ended mediation efforts", "halted talks") is a sanction, taking back a
    promise or agreement ("broke its promise") a rejection."""
    quad = lex.quads.get(entry.category or "", "")
    reversal = verb in lex.reversal_verbs or verb.split()[0] in lex.reversal_verbs
    retraction = verb in lex.retraction_verbs or verb.split()[0] in lex.retraction_verbs
    if entry.category in (None, "INVESTIGATE") or not (reversal or retraction):
        return entry
    if quad.endswith("conflict"):
        return Entry("CONCEDE") if reversal else entry
    if retraction and quad == "verbal_cooperation":
        return Entry("REJECT")  # "broke its promise", "abandoned the agreement"
    return Entry("SANCTION")


def noun_entry(tok: Token, lex: EventLexicon) -> Entry | None:
    """An event noun (of one or two words: "tear gas"), a noun compounded with one ("the
    sanctions regime"), or the event noun a measure of it counts ("25,000 tons of food
    aid", "a shipment of weapons", "$50 million in aid")."""
    lemma = tok.lemma_.lower()
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.dep_ in ("compound", "amod"):  # "tear gas", "ethnic cleansing"
        entry = lex.nouns.get(f"{before.lower_} {lemma}")
        if entry is not None:
            return entry
    entry = lex.nouns.get(lemma)
    if entry is None and lemma in lex.quantity_heads:
        of = next(
            (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in lex.measure_preps), None
        )
        counted = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of else None
        if counted is not None:  # else "relief supplies": read its compound below
            return noun_entry(counted, lex)
    if entry is None:
        compounds = (c for c in tok.lefts if c.dep_ == "compound")  # the children before it
        entry = next(
            (lex.nouns[c.lemma_.lower()] for c in compounds if c.lemma_.lower() in lex.nouns), None
        )
    return entry


def _coding(entry: Entry, rule_id: str, tok: Token, noun: Token | None) -> Coding:
    return Coding(entry.category, rule_id, tok, noun, entry.mode)


def code_clause(root: Token, lex: EventLexicon, rule_id: str) -> Coding | None:
    """The category of a clause: its root word, else the open complement it governs
    ("decided to impose sanctions"), three levels at most."""
    tok: Token | None = root
    for _ in range(4):
        if tok is None:
            return None
        coding = code_word(tok, lex, rule_id) or intended_act(tok, lex)
        if coding is not None:
            return coding
        tok = next((c for c in kids(tok) if _open_complement(c)), None)
    return None


def intended_act(tok: Token, lex: EventLexicon) -> Coding | None:
    """ "ready for talks", "prepared for war": an act the subject is ready or willing for is
    an intention: AGREE for a cooperation, THREATEN for a conflict."""
    ready = [tok, *(c for c in kids(tok) if c.dep_ == "acomp")]  # "was prepared", "is ready"
    for adj in (w for w in ready if w.lemma_.lower() in lex.intention_heads):
        for prep in (c for c in kids(adj) if c.dep_ == "prep" and c.lower_ == "for"):
            for noun in (c for c in kids(prep) if c.dep_ == "pobj"):
                entry = noun_entry(noun, lex)
                quad = lex.quads.get(entry.category or "") if entry is not None else None
                if quad in COOPERATION:
                    return Coding("AGREE", "event.future_intent", adj, noun)
                if quad is not None and quad.endswith("conflict"):
                    return Coding("THREATEN", "event.future_threat", adj, noun)
    return None


def _open_complement(tok: Token) -> bool:
    """An open complement, or a "to" clause that says what a verb is for ("amend the law to
    allow ...")."""
    if tok.dep_ == "xcomp" or (tok.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in kids(tok))):
        return True  # "decided to X", "is willing to X"
    return tok.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)
    )


def modal_demand(root: Token, lex: EventLexicon) -> bool:
    """Reported "Y must / should / has to do A", Y not the speaker: a demand on Y."""
    subjects = [c for c in kids(root) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(first_person(s, lex) for s in subjects):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in lex.demand_modals for c in kids(root))
    obliged = root.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" for c in kids(root))
    return modal or obliged


def first_person(tok: Token, lex: EventLexicon) -> bool:
    """A first-person pronoun ("we", "us"), not "US" the state."""
    return tok.lower_ in lex.first_person and tok.pos_ == "PRON"


def is_negated(tok: Token, lex: EventLexicon) -> bool:
    """A `neg` child on the word or on the verb it completes ("did not agree to help", "had
    not done enough to help"), or a verb that it completes which entails it did not happen
    ("failed to reach agreement")."""
    chain = [tok] + ([tok.head] if _open_complement(tok) else [])
    if tok.dep_ == "xcomp" and verb_lemma(tok.head, lex) in lex.negative_implicatives:
        return True
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for t in chain for c in kids(t))


def is_future(tok: Token, lex: EventLexicon) -> bool:
    """A future or intended act: "will/would X", "plans to X", "is willing/ready to X"."""
    chain = [tok] + ([tok.head] if tok.dep_ == "xcomp" else [])
    future = lex.future_auxiliaries
    return any(c.dep_ == "aux" and c.lower_ in future for t in chain for c in kids(t)) or (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in future | lex.intention_heads
    )


def modify(coding: Coding, lex: EventLexicon) -> Coding:
    """Negation and future tense change the category: a negated cooperation is a refusal, a
    negated conflict did not happen, a cooperation to come is an intention (AGREE), a
    material conflict to come a threat (THREATEN); events/reframing.py reframes some acts."""
    coding = reframed(coding, lex)
    quad = lex.quads.get(coding.category or "")
    if is_negated(coding.pred, lex):
        coding.negated = True
        if quad in COOPERATION:
            return Coding(
                "REJECT", "event.negated_cooperation", coding.pred, coding.noun, None, True
            )
        if quad is not None and defiant(coding.pred, lex):  # "we will not be intimidated by Y"
            return Coding("REJECT", "event.defiance", coding.pred, coding.noun)
        if quad is not None:
            return Coding(None, "event.negated_conflict", coding.pred, coding.noun, None, True)
    elif (
        quad in COOPERATION
        and coding.category not in ("AGREE", "CONSULT")
        and is_future(coding.pred, lex)
    ):
        return Coding("AGREE", "event.future_intent", coding.pred, coding.noun, coding.mode)
    elif quad == "material_conflict" and is_future(coding.pred, lex):
        if announced_measure(coding.pred, coding.category, lex):  # a decision, not a threat
            return Coding(coding.category, ANNOUNCED, coding.pred, coding.noun, coding.mode)
        return Coding("THREATEN", "event.future_threat", coding.pred, coding.noun, coding.mode)
    return coding


def defiant(pred: Token, lex: EventLexicon) -> bool:
    """A conflict act its patient refuses to suffer: a negated passive with an agent, said of
    the speaker ("we are not intimidated by Y") or of the future ("Z will not be bullied by
    Y"); Y's pressure is rejected. A past one ("was not attacked by Y") did not happen."""
    deps = {c.dep_ for c in kids(pred)}
    subjects = [c for c in kids(pred) if c.dep_ == "nsubjpass"]
    if "agent" not in deps or not subjects:
        return False
    return is_future(pred, lex) or any(first_person(c, lex) for c in subjects)


def cooperative(coding: Coding, lex: EventLexicon) -> bool:
    return lex.quads.get(coding.category or "") in COOPERATION


def retracted(tok: Token, lex: EventLexicon) -> bool:
    """Is the event noun the object of a verb that takes it back ("reneged on his
    commitment", "broke its promise", "abandoned the pledge")?"""
    if tok.pos_ not in NOUN_POS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        head = head.head
    elif tok.dep_ not in ("dobj", "obj"):
        return False
    if head.pos_ not in VERB_POS:
        return False
    return any(k in lex.retraction_verbs for k in verb_keys(head, lex))


def symmetric(coding: Coding, category: str | None, lex: EventLexicon) -> bool:
    """An act that goes both ways: a meeting or talks ("X met Y", "talks with Y"), or an
    agreement, cooperation or fight with someone ("X clashed with Y")."""
    if category in lex.symmetric_categories:
        return True
    words = [coding.pred] + ([coding.noun] if coding.noun is not None else [])
    with_ = any(c.dep_ == "prep" and c.lower_ == "with" for w in words for c in kids(w))
    return with_ and (category in lex.symmetric_with_categories or parties.mutual(coding.pred))


def condition_of(pred: Token, lex: EventLexicon) -> Token | None:
    """The clause of an "if"/"unless" condition on the predicate, if any."""
    for child in kids(pred):
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in kids(child)
        ):
            return child
    return None


# target rules that read the act's arguments or content: an actor they name is its other side
ARGUMENT_RULES = ("target.arguments", "target.response", "target.content_mentions")
# codings of a joint act the members do together: a refused or a threatening agreement
JOINT_RULES = ("event.negated_cooperation", "event.intent_conflict")


def joint_targets(
    coding: Coding | None, found: list[dict], rule_id: str, members: list[dict]
) -> tuple[list[dict], str]:
    """A joint speaker's members as the first targets, for an act between them (with no
    other target found: target.compound_partner); none for an act toward another party."""
    if not (members and between_members(coding, found, rule_id, members)):
        return [], rule_id
    return [dict(m) for m in members], rule_id if found else "target.compound_partner"


def between_members(
    coding: Coding | None, found: list[dict], rule_id: str, members: list[dict]
) -> bool:
    """Is a joint speaker's act one between its members ("X and Y agreed to reopen the
    border"), who are then each other's targets? Only a reciprocal act whose arguments name
    no other party of another state: "X and Y offered aid to Z" is toward Z, not between X
    and Y; a place, anything of a member's own or of no known state ("the Wagah crossing"),
    or a go-between ("a ceasefire brokered by Z") is no party."""
    others = other_parties(coding, found, members) if coding is not None else []
    return joint_act(coding) and not (rule_id in ARGUMENT_RULES and others)


def joint_act(coding: Coding | None) -> bool:
    """Can the act be one between a joint speaker's members: a reciprocal act, a refused or
    threatening agreement, or any act toward "each other"?"""
    if coding is None:
        return False
    joint = coding.category in RECIPROCAL or coding.rule_id in JOINT_RULES
    joint = joint or coding.mode == "ceasefire"  # "X and Y declared a truce": with each other
    return joint or parties.mutual(coding.pred)


def other_parties(coding: Coding, found: list[dict], members: list[dict]) -> list[dict]:
    """The actors found that are another party of the act: not a place, an actor of a
    member's own or of no known state, or a go-between ("a ceasefire brokered by Z")."""
    own = {m.get("country") for m in members} | {None}
    found = [m for m in found if m.get("actor_id") and m.get("country") not in own]
    return [m for m in found if not parties.go_between(m, coding.pred)]


def members_targeted(claim: dict, targets: list[dict]) -> bool:
    """Are a joint speaker's members among the targets (an act between them)?"""
    members = (claim.get("speaker") or {}).get("members") or []
    keys = {t.get("actor_id") or t["text"].lower() for t in targets}
    return bool(members) and all((m.get("actor_id") or m["text"].lower()) in keys for m in members)


def reciprocal(
    coding: Coding | None, category: str | None, claim: dict, targets: list[dict], lex: EventLexicon
) -> bool:
    """An act that goes both ways: between a joint speaker's members, or symmetric."""
    mutual = coding is not None and parties.mutual(coding.pred)  # "blamed each other"
    joint = (category in RECIPROCAL or mutual) and members_targeted(claim, targets)
    return joint or (coding is not None and symmetric(coding, category, lex))
