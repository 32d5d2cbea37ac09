"""Evaluative language toward a target: the clauses of a claim's content that are about the
target, and the VADER valence of their words, composed with negation.

Criticism and praise often carry no event verb ("Y was reckless", "'They betrayed us,' X said
of Y", "we have full confidence in Y"); their polarity is the valence of the words that
predicate something of the target, not of every word in the sentence ("Y has been a reliable
partner throughout the crisis": the crisis is a circumstance, not a judgement of Y).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.describe import role_nouns
from pipeline.claims.stance import unmatched_comparative
from pipeline.claims.tree import kids
from pipeline.events.bridging import act_nouns
from pipeline.events.coding import NOUN_POS, VERB_POS, first_person, verb_keys, verb_lemma
from pipeline.events.lexicon import EventLexicon
from pipeline.rules import load_data

# the target is an argument of the noun or predicate it depends on through these relations
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "poss", "appos", "compound")
PREP_DEPS = ("prep", "agent", "dative")  # "confidence in Y", "proud of Y", "grateful to Y"
CLIMB = 4  # relations climbed from a word to the clause whose polarity it takes
SUBJECT_DEPS = ("nsubj", "csubj")


def evaluative_scope(content: list[Token], target: dict, lex: EventLexicon) -> list[Token]:
    """The clauses of the content that are about the target: where the target (or a
    pronoun) is the subject, object, possessor, compound or prepositional object of an
    argument; the whole content when the target stands at its top ("called Y reckless").
    Prepositional phrases of time and circumstance are left out."""
    inside = {t.i: t for t in content}
    scope: set[int] = set()
    lo, hi = target["start"], target["end"]  # `within`, read once
    for tok in content:
        named = lo <= tok.idx < hi  # the target's mention, or its phrase when unlinked
        if not (named or tok.lower_ in lex.third_person):
            continue
        if named and tok.head.i in inside and within(tok.head, target):
            continue  # a word of the name below its head
        if named and placed(tok):
            continue  # "the critical situation in X": where things stand, not what X did
        arg = argument_of(tok, inside, lex)
        if arg is None or (arg.dep_ == "nsubj" and stance_verb(arg.head, lex)):
            continue  # "They condemned the attacks": their view of the attacks, not of them
        if arg.head.i not in inside or arg.head.i == arg.i:
            clause = content
        elif arg.dep_ in ARGUMENT_DEPS or arg.dep_ in PREP_DEPS:
            clause = own_clause(arg.head)
        else:
            continue
        beside = asides(tok, arg)  # only this mention's clause loses them
        scope.update(t.i for t in clause if t.i in inside and t.i not in beside)
    return without_circumstances([inside[i] for i in sorted(scope)], lex)


@cache
def situations() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns for how things stand somewhere, and the prepositions that place them."""
    data = load_data("events", "situation_nouns.json", 1)
    return frozenset(data["nouns"]), frozenset(data["prepositions"])


def placed(tok: Token) -> bool:
    """Is the token the place of a situation ("the critical situation in Tonga")? What is
    said of the situation is no judgement of the place (patterns/situation_nouns.json)."""
    nouns, preps = situations()
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in preps and prep.head.lemma_.lower() in nouns


def asides(tok: Token, arg: Token) -> set[int]:
    """Words beside the target's own phrase: the conjuncts of the phrases it is part of
    ("sanctions against X and support for Y": the support is not about X) and relative
    clauses on them ("a package for Y, which included ...")."""
    path = [tok]
    while path[-1].i != arg.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    on_path = {t.i for t in path}
    return {
        t.i for node in path for c in kids(node)
        if c.dep_ in ("conj", "cc", "relcl") and c.i not in on_path
        for t in c.subtree
    }  # fmt: skip


def argument_of(tok: Token, inside: dict[int, Token], lex: EventLexicon) -> Token | None:
    """The highest word the token is an argument of within a noun phrase or prepositional
    phrase ("Y's investigation", "the Y ruling", "confidence in Y"); None when the token is
    only in a phrase of reason or circumstance ("over its invasion of Y"), or is a party to a
    relation ("X-Y relations are tense", "the status quo between X and Y")."""
    for _ in range(CLIMB):
        head = tok.head
        if head.i not in inside or head.i == tok.i:
            return tok
        if head.lemma_.lower() in lex.relation_nouns or head.lower_ == "between":
            return None  # "tense relations with Y": a judgement of the relation, not of Y
        if tok.dep_ == "pobj" and head.dep_ in PREP_DEPS:
            if _circumstance(head, lex) or _adjunct(head, lex):
                return None
            tok = head
        elif (tok.dep_ in PREP_DEPS or tok.dep_ in ARGUMENT_DEPS) and head.pos_ in NOUN_POS:
            tok = head
        elif tok.dep_ == "amod" and head.pos_ == "NOUN" and _bodies_or_acts(head):
            tok = head  # "the Serbian leadership", "the Serbian plan": as "Serbia's" is
        else:
            return tok
    return tok


def _bodies_or_acts(noun: Token) -> bool:
    """A noun for a body that acts for an actor or for what it does ("leadership", "plan"):
    an actor adjective on it names its owner (role_nouns.json, act_nouns.json products)."""
    lemma = noun.lemma_.lower()
    return lemma in role_nouns() or lemma in act_nouns().products


def _adjunct(prep: Token, lex: EventLexicon) -> bool:
    """A prepositional phrase on a verb other than its passive agent ("the war comes to an
    end by Y"): the clause is about its subject, not about Y; unless the subject is the
    speaker, whose attitude toward Y it then states ("we have full confidence in Y")."""
    verb = prep.head
    if prep.dep_ == "agent" or verb.pos_ not in VERB_POS:
        return False
    subjects = [c for c in kids(verb) if c.dep_ in SUBJECT_DEPS]
    return not any(first_person(c, lex) for c in subjects)


def _circumstance(prep: Token, lex: EventLexicon) -> bool:
    return prep.lower_ in lex.reason_preps or prep.lower_ in lex.circumstance_preps


def without_circumstances(tokens: list[Token], lex: EventLexicon) -> list[Token]:
    """The tokens less the phrases of time and circumstance ("throughout the crisis", "after
    the attack"): they say when, not what the target is or did."""
    left_out = {
        t.i for tok in tokens if tok.dep_ == "prep" and tok.lower_ in lex.circumstance_preps
        for t in tok.subtree
    }  # fmt: skip
    return [t for t in tokens if t.i not in left_out]


def own_clause(head: Token) -> list[Token]:
    """The clause a predicate heads, without the clauses coordinated with it that have their
    own subject ("Y was chaotic and voters deserved better": not the second) and without its
    relative clauses."""
    other = [
        c for c in kids(head)
        if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in kids(c))
    ]  # fmt: skip
    other += [c for c in kids(head) if c.dep_ == "relcl"]  # "..., which included ..."
    left_out = {t.i for c in other for t in c.subtree}
    return [t for t in head.subtree if t.i not in left_out]


def stance_verb(tok: Token, lex: EventLexicon) -> bool:
    """A verb of verbal conflict or cooperation ("condemned", "praised"): it says how its
    subject sees its object."""
    if tok.pos_ not in VERB_POS:
        return False
    entry = lex.verbs.get(verb_lemma(tok, lex))
    return entry is not None and lex.quads.get(entry.category or "", "").startswith("verbal")


def within(tok: Token, part: dict) -> bool:
    return part["start"] <= tok.idx < part["end"]


def valence(tokens: list[Token], lex: EventLexicon, skip: set[int]) -> float:
    """VADER valence of the clause's words, each with the sign negation gives it; a clause
    that concedes ("although Y means well, ...") counts only when the rest says nothing."""
    conceded = _conceded(tokens, lex)
    main = _clause_valence([t for t in tokens if t.i not in conceded], lex, skip)
    return main or _clause_valence([t for t in tokens if t.i in conceded], lex, skip)


def _conceded(tokens: list[Token], lex: EventLexicon) -> set[int]:
    """Words of a concessive clause or phrase ("although ...", "while we respect Y, ...",
    "despite ..."): the speaker grants it, and the main clause carries the point."""
    out: set[int] = set()
    for tok in tokens:
        marked = tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex.concessive_marks for c in kids(tok)
        )
        if marked or (tok.dep_ == "prep" and tok.lower_ in lex.concessive_marks):
            out.update(t.i for t in tok.subtree)
    return out


def _clause_valence(tokens: list[Token], lex: EventLexicon, skip: set[int]) -> float:
    total = 0.0
    for tok in tokens:
        if tok.i in skip:
            continue
        pos = tok.pos_  # read once: each read is a look-up in the string store
        if tok.lower_ == "no" or pos == "PROPN" or (pos == "NOUN" and _names_actor(tok)):
            continue  # "no" only negates here; a name is no evaluation ("National Security")
        value = word_valence(tok, lex)
        if value and not _complement_of_polar(tok, lex):
            total += -abs(value) if refused(tok, lex) else value * sign(tok, lex)
    return total


def refused(tok: Token, lex: EventLexicon) -> bool:
    """Is the word in an act the speaker refuses to let happen or to suffer: under a negated
    verb of letting ("we will not let Y dismantle ...", "will not tolerate Y's aggression"),
    or a negated passive with an agent ("will not be intimidated by Y")? The act stays a
    reproach of its agent, whatever its own valence."""
    if _has_neg(tok) and _passive_with_agent(tok):
        return True
    for _ in range(CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("relcl", "conj", "parataxis", "advcl"):
            return False
        if verb_lemma(head, lex) in lex.permission_verbs and _has_neg(head):
            return True
        tok = head
    return False


def _passive_with_agent(tok: Token) -> bool:
    deps = {c.dep_ for c in kids(tok)}
    return "auxpass" in deps and "agent" in deps


def _complement_of_polar(tok: Token, lex: EventLexicon) -> bool:
    """Is the word inside the prepositional complement of a word with a valence of its own?
    That word's valence is the evaluation; its complement says what it is about ("not
    serious about border security", "deeply concerned about the attacks")."""
    for _ in range(CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("relcl", "conj", "ccomp", "advcl", "parataxis"):
            return False
        if tok.dep_ == "prep" and word_valence(head, lex):
            return tok.lower_ not in lex.opposing_preps  # "the fight against corruption"
        if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and word_valence(head, lex):
            return True  # "reluctant to help": the attitude is the evaluation
        tok = head
    return False


def _names_actor(tok: Token) -> bool:
    """A noun for a kind of actor ("her party", "the authorities", "rebels") names someone;
    it says nothing of them."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in role_nouns()


def sign(tok: Token, lex: EventLexicon) -> int:
    """-1 when the word is negated: by its own "not"/"never" (not a comparative with no
    "than": "relations have never been stronger" is praise), by a "no" on the noun it
    modifies, or by the negation or the negative implicative ("failed to protect Y") of a
    word above it that has no valence of its own, or an opposing preposition above it
    ("against corruption"); a polar head takes its negation itself ("did not doubt Y's
    integrity": the doubt is denied, the integrity stands)."""
    denied = _denied_modifier(tok) or _denied_existence(tok)
    s = -1 if (_has_neg(tok, lex) and not unmatched_comparative(tok)) or denied else 1
    if _shifted(tok, lex):
        s = -s
    for _ in range(CLIMB):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("relcl", "conj", "parataxis"):
            break
        if tok.dep_ in ("xcomp", "advcl") and verb_lemma(head, lex) in lex.negative_implicatives:
            s = -s
        if tok.dep_ == "pobj" and head.lower_ in lex.opposing_preps:
            s = -s  # "voted against a bill to protect Y": opposing a good thing is bad
        if word_valence(head, lex) and tok.dep_ != "amod":
            break  # a polar head takes its negation; "not a reliable ally" denies both
        if _has_neg(head, lex) and not unmatched_comparative(tok):
            s = -s
        tok = head
    return s


def _shifted(tok: Token, lex: EventLexicon) -> bool:
    """The object (or a conjunct or a modifier of the object) of a verb that reverses its
    valence: "ending the blockade and the hunger" is good; "halted visa-free access" is
    bad."""
    while tok.dep_ in ("conj", "amod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj":
        return False
    verb = tok.head  # "end", "take away" (the parser may make "away" an adverb)
    keys = verb_keys(verb, lex) + [
        f"{verb_lemma(verb, lex)} {c.lower_}" for c in kids(verb) if c.i == verb.i + 1
    ]
    return any(k in lex.polarity_shifters for k in keys)


def word_valence(tok: Token, lex: EventLexicon) -> float:
    """The word's VADER valence, by its form, its lemma, or the base a derivational affix
    was added to: a suffix keeps the base's polarity ("disgraceful" -> "disgrace"), a negating
    prefix on an adjective flips a good base ("unfit" -> -"fit")."""
    lower = tok.lower_  # read once: each read is a look-up in the string store
    for form in (lower, tok.lemma_.lower()):
        if form in lex.valence:
            return lex.valence[form]
    for suffix in lex.valence_suffixes:
        base = lower.removesuffix(suffix)
        if base != lower and len(base) >= 4 and base in lex.valence:
            return lex.valence[base]
    if tok.pos_ == "ADJ":  # only a good base: "unprovoked" is no praise
        for prefix in lex.negating_prefixes:
            base = lower.removeprefix(prefix)
            if base != lower and len(base) >= 3 and lex.valence.get(base, 0.0) > 0:
                return -lex.valence[base]
    return 0.0


def _has_neg(tok: Token, lex: EventLexicon | None = None) -> bool:
    """Negated by "not" or "never", or (with the lexicon) by an adverb that denies as they
    do ("is hardly a reliable ally")."""
    adverbs = lex.negating_adverbs if lex is not None else frozenset()
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in adverbs) for c in kids(tok))


def _denied_modifier(tok: Token) -> bool:
    """A modifier of a noun with the determiner "no" ("no good plan"); not the noun itself
    ("showed no remorse" stays negative)."""
    return tok.dep_ in ("amod", "compound") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children
    )


def _denied_existence(tok: Token) -> bool:
    """ "There is no ban": the noun a "no" denies the existence of."""
    return (
        tok.dep_ == "attr"
        and any(c.dep_ == "expl" for c in tok.head.children)
        and any(c.dep_ == "det" and c.lower_ == "no" for c in kids(tok))
    )


def evaluative_category(score: float, lex: EventLexicon) -> str | None:
    if score <= -lex.evaluative_threshold:
        return "DISAPPROVE"
    if score >= lex.evaluative_threshold:
        return "SUPPORT"
    return None
