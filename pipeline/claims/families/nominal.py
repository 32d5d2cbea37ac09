"""Nominal claims: a cue noun with its complement. With a that-clause ("her claim that ...",
"X voiced concern that ...") the holder is the noun's possessor, or the subject of the verb
that takes the noun as its object, else none is named. With a prepositional complement
("her defence of the plan", "their doubts about the deal") or an infinitive ("his call to
ban ...", "her refusal to answer") the noun needs a possessor that can hold a claim (an
actor, or a typed source such as "the report's warning about ..."): without one, "the
support for the plan" names no one's claim."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors import subjects
from pipeline.actors.describe import role_nouns
from pipeline.actors.gender import given_name_sex, pronoun_sex
from pipeline.actors.holder_rules import (
    NOUN_CLAUSE_SUBJECT,
    NOUN_COMPOUND,
    NOUN_RELATIVE_CLAUSE,
    NOUN_SOURCE_PHRASE,
    compounded_name,
    governing_verb,
    place_in_clause,
    relative_clause_subject,
    source_phrase_object,
)
from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.climb import OWN_SUBJECT_DEPS, climb_to_speaker
from pipeline.claims.extent import infinitive_after, infinitive_subject_start
from pipeline.claims.lexicon import NOMINAL_PREPOSITIONS, load_lexicon
from pipeline.claims.spans import SPEECH_TIME_ENTS, token_range_chars
from pipeline.claims.speakers import (
    SOURCE_TYPES,
    actor_like,
    mark_found,
    np_speaker,
    person_sex,
    speaker_for_cue,
    speaker_row,
)
from pipeline.claims.view import DocView, quote_kind
from pipeline.rules import load_data

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
# "X voiced criticism of Y": no possessor, but a light verb whose subject holds the claim
LIGHT = {"noun_prep": "light_noun_prep", "noun_infinitive": "light_noun_infinitive"}
# "the case for X", "doubts about X", "criticism against X": a phrase that names what is
# argued for, against or about holds a claim without a possessor (train P 69%, 60/87);
# "the support of X", "the attack on X" do not (36%, 27%)
BARE = "bare_noun_prep"
# "X has doubts about Y", "X has no plans to Y": a verb of holding (nominal.json
# `holding_verbs`) whose subject holds the noun's claim
HELD = {"noun_prep": "held_noun_prep", "noun_infinitive": "held_noun_infinitive"}
BARE_PREPOSITIONS = {"about", "for", "against"}
# "the decision to X", "a showing that X": nouns derived from cue verbs (lexicon.py)
DERIVED = {"noun_that": "derived_noun_that", "noun_infinitive": "derived_noun_infinitive"}
# the kind of actor a role noun names ("the president" -> person), as speaker.type says it
ROLE_KINDS = {"person": "person", "org": "organisation", "state": "state", "group": "group"}
# a possessive pronoun and the subject pronouns it stands for
POSSESSIVE_SUBJECTS = {"his": ("he",), "her": ("she",), "their": ("they",), "its": ("it",),
                       "my": ("i",), "our": ("we",)}  # fmt: skip
PATTERNS = (
    "noun_that", "noun_prep", "noun_infinitive", *LIGHT.values(), *HELD.values(), BARE,
    *DERIVED.values(),
)  # fmt: skip


def find_nominal(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    nouns, derived = view.lex.nominal, view.lex.derived_nominal
    words = view.lemma_lower_words.where_in(nouns, derived)
    for tok in (view.tokens[i] for i in words):
        if tok.pos_ != "NOUN" or view.tok_quote[tok.i] >= 0:
            continue
        if claimed.inside_speech(tok.idx):
            continue  # "denied the claim that ...": already the content of a claim
        lemma = tok.lemma_.lower()
        found, entry = _first_complement(tok, (nouns.get(lemma), derived.get(lemma)))
        if found is None:
            continue
        pattern, a, b = found
        if pattern == "noun_prep":  # "her plea for donors to give": the infinitive goes on
            b, _ = infinitive_after(view, a, b)
        elif pattern == "noun_infinitive":  # "her plea for donors to give": and its subject
            a, _ = infinitive_subject_start(tok, a)
        speaker = holder(view, tok)
        if pattern != "noun_that" and not _possessor_holds(view, tok, speaker):
            if _light_verb_holds(view, tok, speaker):
                pattern = LIGHT[pattern]
            elif _holding_verb_holds(view, tok, speaker):
                pattern = HELD[pattern]
            elif pattern == "noun_prep" and view.doc[a - 1].lower_ in BARE_PREPOSITIONS:
                pattern = BARE
            else:
                continue
        cs, ce = token_range_chars(view, a, b)
        if ce <= cs or (pattern == "noun_that" and claimed.inside_speech(cs)):
            continue  # "told X in a statement that ...": the clause is already told's
        kind = quote_kind(view, cs, ce)  # direct: "his claim that “...”"
        if kind == "direct" and pattern != "noun_that":
            kind = "mixed"  # "her call to “ban them all”": a quoted piece of the phrase
        if "verb" in entry and pattern in DERIVED:
            pattern = DERIVED[pattern]  # a nominalisation of a cue verb: its own rules
        rule_id = view.rules.rule_for(pattern, kind)
        claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce)
        if claim is not None:
            claimed = claimed.add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def _first_complement(
    noun: Token, entries: tuple[dict | None, ...]
) -> tuple[tuple[str, int, int] | None, dict]:
    """The complement of the first entry whose frames find one (the curated entry, then
    the frames its verb adds: "claim to be" from "claim to"), and that entry."""
    for entry in entries:
        found = complement(noun, entry["frames"]) if entry else None
        if found is not None:
            return found, entry
    return None, {}


def complement(noun: Token, frames: list[str]) -> tuple[str, int, int] | None:
    """(pattern, first token, last token) of the noun's complement, by its frames."""
    if "noun_that" in frames:
        clause = that_clause(noun)
        if clause is not None:
            return "noun_that", clause.left_edge.i, clause.right_edge.i
    if "noun_infinitive" in frames:
        inf = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("acl", "relcl", "xcomp")
                and c.pos_ in ("VERB", "AUX")
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            ),
            None,
        )
        if inf is not None:
            return "noun_infinitive", inf.left_edge.i, inf.right_edge.i
    if "noun_prep" in frames:
        preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in NOMINAL_PREPOSITIONS]
        if preps and _says_when(preps[0]):
            preps = preps[1:]  # "her support on Tuesday for the plan": the next phrase, if any
        objs = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
        if objs:
            return "noun_prep", objs[0].left_edge.i, _phrase_end(preps[0])
    return None


def _says_when(prep: Token) -> bool:
    """A phrase that tells when ("on Tuesday", "on Monday night", "over the next week"),
    not what the noun is about ("her views on the 1990s", "remarks on September 11"): all
    its words a date, one of them a weekday or a unit counted from now (dates.json)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or any(t.ent_type_ not in SPEECH_TIME_ENTS for t in obj.subtree):
        return False
    words = {t.lower_ for t in obj.subtree}
    lexicon = _date_words()
    relative = words & lexicon["relative_words"] and obj.lower_ in lexicon["relative_units"]
    return bool(words & lexicon["weekdays"] or relative)


@cache
def _date_words() -> dict[str, frozenset[str]]:
    """The dates stage's weekdays, relative words ("last", "next") and units ("week")."""
    lexicon = load_data("dates", "dates.json")["lexicon"]
    keys = ("weekdays", "relative_words", "relative_units")
    return {k: frozenset(lexicon[k]) for k in keys}


def _phrase_end(prep: Token) -> int:
    """The last token of the phrase: before a participle read as a modifier right after a
    noun, in a sentence the parser found no verb in ("her criticism of [the tax] worried
    farmers"): that participle is the sentence's verb, the noun its subject."""
    if prep.sent.root.pos_ not in ("VERB", "AUX"):
        for t in prep.subtree:
            if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and t.i > prep.i + 1:
                before = t.doc[t.i - 1]
                if before.dep_ in ("npadvmod", "nsubj") and before.head.i == t.i:
                    return before.i
    return prep.right_edge.i


def that_clause(noun: Token) -> Token | None:
    """The head of the that-clause right of `noun` ("the claim that ..."), or of the
    copula it is the subject of ("his argument is that ..."), or None."""
    head = noun.head
    copula = noun.dep_ == "nsubj" and head.lemma_ == "be" and head.i > noun.i
    return next(
        (
            c
            for c in [*noun.rights, *(head.rights if copula else ())]
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            and (c.dep_ in ("acl", "ccomp", "appos") or _complement_read_as_relative(c))
        ),
        None,
    )


def _complement_read_as_relative(clause: Token) -> bool:
    """The parser reads "the warning that strikes would follow" as a relative clause too,
    "that" its mark. Its verb must be no verb of saying or thinking, whose object "that"
    may be all the same ("a point that she stressed", "the fear that he voiced")."""
    lex = load_lexicon()
    lemma = clause.lemma_.lower()
    return clause.dep_ == "relcl" and lemma not in lex.cues and lemma not in lex.object_verbs


def holder(view: DocView, noun: Token) -> dict | None:
    """Who holds the noun's claim: its possessor (a possessive pronoun gives way to the
    clause's subject it agrees with), a name compounded with it, the subject of a relative
    clause on it, the subject of the verb whose object it is, the object of its by-, from-
    or among-phrase, or the subject of the clause it is an object in through a preposition
    when that subject can hold a claim; else None."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        if poss.lower_ in view.lex.possessive_pronouns:
            named = _agreeing_subject(view, noun, poss)
            if named is not None:  # "he expanded on his calls for ...": the subject names
                return named  # him; not "these attacks reinforce our commitment"
        return np_speaker(view, poss)
    if (found := _relative_clause_holder(view, noun)) is not None:
        return found
    source = _source_phrase(view, noun)  # "complaints from X that", "a belief among X that"
    if source is not None:
        return source
    obj = place_in_clause(noun)
    if obj.dep_ == "dobj":
        return speaker_for_cue(view, obj.head)
    if (found := _compound_holder(view, noun)) is not None:
        return found
    agent = _agent(noun)  # "claims by intelligence agencies that", "a demand, by X, that"
    if agent is not None:
        return np_speaker(view, agent)
    subj, found_by = governing_subject(noun) if obj.dep_ == "pobj" else (None, None)
    if subj is not None:  # "X said in a statement that", "X entered with an argument that"
        speaker = mark_found(np_speaker(view, subj), found_by)
        return speaker if actor_like(view, speaker) else None
    return None


def _agreeing_subject(view: DocView, noun: Token, poss: Token) -> dict | None:
    """The subject of the clause the noun is an object in, when a possessive pronoun on
    the noun can stand for it ("Lopez went on to defend his plan": his = Lopez; not "she
    praised his plan")."""
    subj, found_by = governing_subject(noun)
    if subj is None:
        return None
    named = np_speaker(view, subj)
    if not actor_like(view, named) or not possessive_agrees(view, poss, subj, named):
        return None
    return mark_found(named, found_by)


def _compound_holder(view: DocView, noun: Token) -> dict | None:
    """A person's or organisation's name compounded with the noun holds it (a place's
    does not: "the Lima talks")."""
    name = compounded_name(noun)
    if name is None:
        return None
    speaker = speaker_row(view, *token_range_chars(view, name.left_edge.i, name.i))
    if (speaker or {}).get("type") not in ("person", "organisation"):
        return None
    return mark_found(speaker, NOUN_COMPOUND)


def _relative_clause_holder(view: DocView, noun: Token) -> dict | None:
    """ "the promise she made is that ...": the relative clause's subject, if it can hold
    a claim."""
    subj = relative_clause_subject(noun)
    speaker = np_speaker(view, subj) if subj is not None else None
    return mark_found(speaker, NOUN_RELATIVE_CLAUSE) if actor_like(view, speaker) else None


def _source_phrase(view: DocView, noun: Token) -> dict | None:
    """The object of a from- or among-phrase on the noun, if it can hold a claim."""
    obj = source_phrase_object(noun)
    speaker = np_speaker(view, obj) if obj is not None else None
    return mark_found(speaker, NOUN_SOURCE_PHRASE) if actor_like(view, speaker) else None


def _agent(noun: Token) -> Token | None:
    """The object of a by-phrase on the noun, before its complement, or None."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def clause_subject(noun: Token) -> Token | None:
    """The subject before the verb that takes `noun` as its object, directly or through a
    preposition ("renewed her call", "spoke about his support for"), or None."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > noun.i or subj.lower_ in ("it", "there"):
        return None
    return subj


def governing_subject(noun: Token) -> tuple[Token | None, str | None]:
    """`clause_subject`, else the subject of the clause that verb hangs on, found as a
    cue's subject is ("X was blunt, claiming without evidence that ...", "X went on to
    defend his plan"), with the id of the rule that found it."""
    subj = clause_subject(noun)
    if subj is not None:
        return subj, None
    verb = governing_verb(noun)
    if verb is None or any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None, None
    subj, _ = climb_to_speaker(verb)
    if subj is None or subj.i > noun.i or subj.lower_ in ("it", "there"):
        return None, None
    return subj, NOUN_CLAUSE_SUBJECT


def possessive_agrees(view: DocView, poss: Token, subj: Token, named: dict) -> bool:
    """Can the possessive pronoun stand for the subject: his/her a person (of that sex
    when known), their a group or a plural, its an organisation or a thing, my/our the
    same speaker?"""
    word, subject = poss.lower_, subj.lower_
    same = POSSESSIVE_SUBJECTS.get(word, ())
    if subject in same:
        return True
    if subject in view.lex.personal_pronouns:
        return False  # another pronoun: "she praised his plan"
    kind = named.get("type") or ROLE_KINDS.get(
        role_nouns().get(subj.lemma_.lower(), {}).get("kind")
    )
    if word in ("his", "her"):
        sex = pronoun_sex("he" if word == "his" else "she")
        known = person_sex(view, named) or _given_name_sex(subj)
        untyped_name = kind is None and subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON")
        return (kind == "person" or untyped_name) and known in (None, sex)
    if word == "their":  # "most of the fishermen voiced their doubts"
        plural = subj.tag_ in ("NNS", "NNPS") or subject in view.lex.holder_pronouns
        return plural or kind in ("organisation", "group", "state")
    if word == "its":
        return kind in ("organisation", "state") or (kind is None and subj.tag_ == "NN")
    return False


def _given_name_sex(subj: Token) -> str | None:
    """The sex of the first given name in the subject's name ("Senator Ana Ruiz")."""
    names = (t for t in subj.subtree if t.pos_ == "PROPN" and t.i <= subj.i)
    return next((sex for t in names if (sex := given_name_sex(t.text)) is not None), None)


def _possessor_holds(view: DocView, noun: Token, speaker: dict | None) -> bool:
    """A possessor of the noun that can hold a claim."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return False
    if poss.lower_ in view.lex.possessive_pronouns:
        return True
    return actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES


def _light_verb_holds(view: DocView, noun: Token, speaker: dict | None) -> bool:
    """The noun, with no possessor, is the object of a light verb (cues.json's
    `light_verbs`: made a call for, voiced criticism of) whose subject can hold a claim."""
    if any(c.dep_ == "poss" for c in noun.children) or noun.dep_ != "dobj":
        return False
    if noun.head.lemma_.lower() not in view.lex.light_verbs:
        return False
    return actor_like(view, speaker) or (speaker or {}).get("type") in SOURCE_TYPES


@cache
def nominal_words() -> dict[str, frozenset[str]]:
    """patterns/nominal.json, its lists as sets: `holding_verbs`, `held_nouns`,
    `copular_nouns`."""
    data = load_data("claims", "nominal.json", 1)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def _holding_verb_holds(view: DocView, noun: Token, speaker: dict | None) -> bool:
    """The noun, with no possessor, one of believing or intending (nominal.json
    `held_nouns`), is the object of a verb of holding it ("has doubts about", "had no plans
    to") whose subject can hold a claim; "has the backing of X", "have orders to X" name
    a thing received."""
    if any(c.dep_ == "poss" for c in noun.children) or noun.dep_ != "dobj":
        return False
    words = nominal_words()
    if noun.head.lemma_.lower() not in words["holding_verbs"]:
        return False
    if noun.lemma_.lower() not in words["held_nouns"]:
        return False
    if subjects.asked(noun.head):
        return False  # "Do you have any doubts about the plan?" asks, holds nothing
    return actor_like(view, speaker)
