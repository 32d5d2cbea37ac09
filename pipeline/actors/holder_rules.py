"""Who holds a claim the parser hid: the syntax of the speaker rules (`actor.speaker.*`
of patterns/rules.json) that the claims stage applies itself. A cue noun's holder
(pipeline/claims/families/nominal.py): a relative clause's subject ("the promise she made"),
a from- or among-phrase ("complaints from the union"), a compounded name ("the Kremlin
claim"), the subject above the verb the noun is the object of; and (pipeline/claims/
speakers.py) a participle on a noun that names no one ("at one point calling ..."), and a
quantifier floated off a noun phrase ("X and Y both said"); and repairs of subjects the
parser misplaced (pipeline/claims/speakers.py and climb.py): a name in apposition to a
common-noun subject, a name hung on the cue as no subject, a participle after a speech tag
or after a complement clause, a verb in a list or after an aside, a gerund parsed as an
object. English syntax only; the claims stage resolves what these find."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from spacy.tokens import Token

from pipeline.actors.subjects import OWN_SUBJECT_DEPS
from pipeline.actors.words import default_words

NOUN_CLAUSE_SUBJECT = "actor.speaker.noun_clause_subject"
NOUN_RELATIVE_CLAUSE = "actor.speaker.noun_relative_clause"
NOUN_SOURCE_PHRASE = "actor.speaker.noun_source_phrase"
NOUN_COMPOUND = "actor.speaker.noun_compound"
THING_PARTICIPLE = "actor.speaker.thing_participle"
FLOATING_QUANTIFIER = "actor.speaker.floating_quantifier"
NEW_CARRIER = "actor.speaker.new_carrier"
CLAUSE_ANTECEDENT = "actor.speaker.clause_antecedent"

SOURCE_PREPS = ("from", "among")
FLOATING = ("all", "both", "each")  # "X and Y both said": the quantifier floats off X and Y
NO_ONE = ("it", "there")
# a pronoun that can stand for the subject of the clause above, by number
ONE_PERSON = ("he", "she", "his", "her")
SEVERAL = ("they", "their")
# how a clause hangs on the clause whose subject it may refer back to
ABOVE_DEPS = ("ccomp", "advcl", "xcomp", "acl", "relcl", "pcomp", "pobj", "prep", "conj", "dobj")
ABOVE_DEPS += ("acomp", "attr", "oprd")


def place_in_clause(noun: Token) -> Token:
    """The noun, or the first of the nouns it is coordinated with or in apposition to
    ("has a staff and the belief that ..."): the one that holds its place in the clause."""
    obj = noun
    while (
        obj.dep_ in ("conj", "appos") and obj.head.pos_ in ("NOUN", "PROPN") and obj.head.i < obj.i
    ):
        obj = obj.head
    return obj


def governing_verb(noun: Token) -> Token | None:
    """The verb that takes `noun` as its object, directly or through up to two
    prepositional steps ("renewed her call", "spoke about his support for"), or None."""
    h = place_in_clause(noun)
    for _ in range(3):
        if h.dep_ not in ("dobj", "pobj", "prep") or h.head.i == h.i:
            break
        h = h.head
    if h.i == noun.i or h.pos_ not in ("VERB", "AUX"):
        return None
    return h


def relative_clause_subject(noun: Token) -> Token | None:
    """ "the promise she made is that ...": the subject of a relative clause right after
    the noun that opens with it (no relative word) and has no object of its own."""
    clause = next((c for c in noun.rights if c.dep_ == "relcl"), None)
    if clause is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != noun.i + 1 or subj.lower_ in NO_ONE:
        return None
    return subj


def source_phrase_object(noun: Token) -> Token | None:
    """The object of a from- or among-phrase on the noun ("complaints from the union that
    ...", "a belief among donors that ...")."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def compounded_name(noun: Token) -> Token | None:
    """ "the Kremlin claim that ...", a headline's "Lopez estimates that ...": the name
    compounded with the noun, with nothing between them ("the Reuters estimate", not "Lopez
    the estimate")."""
    name = next(
        (c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")), None
    )
    if name is None or any(c.dep_ == "det" for c in noun.children if c.i > name.i):
        return None
    return name


def says_something(cue: Token) -> bool:
    """A participle ("one point calling ..."), or an infinitive with a clause or a
    predicate ("a chance to show that ...", "an effort to paint her as ..."); not one that
    only takes an object ("a bid to back the mayor": a goal, no side taken yet)."""
    if cue.tag_ == "VBG":
        return True
    return any(
        c.dep_ in ("ccomp", "xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in cue.children
    )


def new_carrier(noun: Token, cue: Token, carriers: Collection[str]) -> bool:
    """ "held up a sign saying ...", "got calls saying ...": a participle right on a thing
    that carries words (`carriers`, words.json carrier_nouns) and that the text brings in new
    (with "a", "an", or a plural with no determiner): the thing is the speaker. Not a thing
    already in view ("at one point calling", "his remarks calling"), nor a participle set
    off by a comma ("with a nod to X, adding": the clause's own act)."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.i != noun.i:
        return False
    if noun.lemma_.lower() not in carriers:  # "a protest calling for X": the protesters'
        return False
    if cue.i > 0 and cue.doc[cue.i - 1].text in (",", "—", "-"):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if dets:
        return dets == ["a"] or dets == ["an"]
    return noun.tag_ == "NNS"


def clause_antecedent(pron: Token) -> Token | None:
    """ "Ruiz has made clear that she backs ...", "the board was asked whether they would
    ...", "Lopez laid out what he believes is ...": a he, she or they that is the subject
    (or a gerund's possessor) in a clause that is the complement of the clause above,
    there or through a preposition; the subject of the clause above, named before it and
    is the one the pronoun may stand for (`same_number`). Not an adverbial or relative
    clause, nor one joined by "and" (their subjects hold claims of their own)."""
    word = pron.lower_
    if word not in ONE_PERSON + SEVERAL or pron.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    clause = pron.head
    if clause.dep_ not in ("ccomp", "pcomp") or clause.head.i == clause.i:
        return None
    verb = clause.head
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            named = subj.pos_ in ("PROPN", "NOUN") and subj.tag_ not in ("WP", "WDT")
            return subj if named and subj.i < pron.i and not _result(subj, clause) else None
        if verb.dep_ not in ABOVE_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _result(subj: Token, clause: Token) -> bool:
    """ "X were so angry that they ...": a clause of result after "so" or "such", which
    says what follows, not what X holds."""
    doc = subj.doc
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return any(t.lower_ in ("so", "such") for t in doc[subj.i + 1 : clause.i])


def same_number(subj: Token, pron: Token, people: Collection[str]) -> bool:
    """A noun phrase of the pronoun's number: several for they ("Democrats", "the party"),
    one person for he or she (a name, or a noun in `people`: "the senator"), not a thing
    ("none", "the window") nor a share ("forty percent", which holds no side)."""
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if pron.lower_ in SEVERAL:
        return plural or subj.ent_type_ in ("ORG", "NORP")
    if plural or subj.ent_type_ in ("NORP", "GPE", "PERCENT"):
        return False
    return subj.pos_ == "PROPN" or subj.lemma_.lower() in people


def floated_from(subj: Token) -> tuple[int, int] | None:
    """ "Lopez, Ruiz and Berg all calling for ...", "X and Y (D-Peru) both condemned": a
    bare quantifier right after a noun phrase, which the parser made the subject: the
    chars from that phrase to the quantifier."""
    doc = subj.doc
    own = ("prep", "det", "amod", "nummod", "poss", "compound")  # "all of them", "both men"
    if subj.lower_ not in FLOATING or subj.i == 0 or any(c.dep_ in own for c in subj.children):
        return None
    last = doc[subj.i - 1]
    if last.text == ")":  # "... (D-Peru) both"
        last = next((t for t in reversed(doc[subj.sent.start : last.i]) if t.text == "("), last)
        last = doc[last.i - 1] if last.i > subj.sent.start else last
    if last.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    top = last
    while top.dep_ in ("conj", "compound", "appos", "flat") and top.head.i < subj.i:
        top = top.head
    return top.left_edge.idx, subj.idx + len(subj.text)


MISLABELLED_SUBJECT = "actor.speaker.mislabelled_subject"
APPOSED_NAME = "actor.speaker.apposed_name"
# how the parser may hang a subject set off by a comma on its verb
MISLABELLED_DEPS = ("dep", "advcl", "npadvmod", "appos")


def mislabelled_subject(cue: Token) -> Token | None:
    """ "Moreno, repeating - without proof - that ..., told ...", "Moreno, ..., did not say
    ...": a word that opens the cue's clause and is set off by a comma, which
    the parser hung on the cue (or on a clause of it before it) as something other than a
    subject (an unlabelled or adverbial dependent), or as a second subject of that clause;
    the cue has no subject of its own. Not a bare imperative ("Ana, tell them that ..."):
    the name is whom the speaker addresses. The caller checks that the word names someone."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cue.children):
        return None
    if imperative(cue):
        return None
    doc = cue.doc
    for c in cue.subtree:
        if c.i + 1 >= cue.i:
            break
        if not (c.dep_ in MISLABELLED_DEPS or _second_subject(c)) or doc[c.i + 1].text != ",":
            continue
        # the word opens the sentence (or a clause after "and"), and hangs on the cue or on
        # a clause before it
        opens = c.left_edge.i == c.sent.start or doc[c.left_edge.i - 1].dep_ == "cc"
        if opens and all(a.i < cue.i for a in c.ancestors if a.i != cue.i and cue in a.ancestors):
            return c
    return None


def imperative(verb: Token) -> bool:
    """A bare verb with no auxiliary ("tell us", "please explain"): an order to the one
    addressed, not a report of what someone did ("did not mention" has its auxiliary)."""
    if verb.tag_ != "VB":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _second_subject(word: Token) -> bool:
    """A subject of a verb that has another subject after it ("Moreno, ... that Quist had
    rigged ...": the parser gave "rigged" both)."""
    return word.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > word.i for c in word.head.children
    )


def apposed_name(
    subj: Token,
    people: Collection[str],
    bodies: Collection[str],
    labels: Callable[[], Mapping[int, str]],
) -> Token | None:
    """ "Her lawyer, Dr. Mara Quist, insists ...", "two members of the co-op, Ines Falk and
    Otto Brand, argued ...": a common noun subject whose phrase ends in a name in
    apposition (to it or to a noun in its phrase), set off by commas right before the
    verb: the name says who speaks. A person's name on a noun for a person (`people`, or
    one with an agent's ending: "pastor", "manager"); an organisation's on a noun for a
    body (`bodies`, or "the campaign") that is the subject itself, not on a noun for a
    person ("a spokeswoman for the dairy, Brandmilch GmbH, said": whom she speaks for).
    Names joined by "and" go with a plural noun only; the last of them is returned. A name
    the tagger gave no type takes the label of an actor mention on it (`labels()`, by token),
    or is a person's when it is a given and a family name."""
    verb = subj.head
    if subj.pos_ != "NOUN" or subj.ent_type_ or verb.i < subj.i:
        return None
    doc, noun = subj.doc, subj.lemma_.lower()
    for c in subj.subtree:
        if c.dep_ != "appos" or c.pos_ != "PROPN":
            continue
        if not _names_fit(c, subj, people, bodies, labels):
            continue
        k = c.right_edge.i + 1
        if doc[c.left_edge.i - 1].text != "," or k >= verb.i or doc[k].text != ",":
            continue
        last = _last_conjunct(c)
        if last.i != c.i and (subj.tag_ != "NNS" or noun in bodies):
            return None  # two names on one noun: no apposition to trust
        between = doc[k + 1 : verb.i]
        if all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between):
            return last
    return None


def _names_fit(
    name: Token,
    subj: Token,
    people: Collection[str],
    bodies: Collection[str],
    labels: Callable[[], Mapping[int, str]],
) -> bool:
    """The name's kind agrees with the noun it is apposed to (see `apposed_name`)."""
    noun = subj.lemma_.lower()
    names = [name, *(c for c in name.subtree if c.dep_ == "conj")]  # "Ana Ruiz and Tom Berg"
    kinds = (c.ent_type_ or labels().get(c.i, "") for c in names)
    kind = next((k for k in kinds if k), "") or _full_name(name)
    words = default_words()
    groups, suffixes = words.apposition_group_nouns, tuple(words.agent_suffixes)
    person = noun not in groups and (noun in people or noun.endswith(suffixes))
    if kind == "PERSON":
        return person
    # an organisation's name on a noun for a person names whom that person speaks for
    return kind == "ORG" and name.head.i == subj.i and (noun in bodies or noun in groups)


def _full_name(name: Token) -> str:
    """ "PERSON" for a name of a given and a family name that the tagger and the actor stage
    left untyped ("Ines Falk"), which a noun for a person may still name."""
    words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return "PERSON" if len(words) == 1 and words[0].i + 1 == name.i else ""


def _last_conjunct(name: Token) -> Token:
    """The last name of "Ana Ruiz and Tom Berg", or the name itself."""
    last = name
    while (nxt := next((c for c in last.children if c.dep_ == "conj"), None)) is not None:
        last = nxt
    return last


TAG_PARTICIPLE = "actor.speaker.tag_participle"
CLAUSAL_SUBJECT = "actor.speaker.clausal_subject"
LISTED_VERB = "actor.speaker.listed_verb"
FINITE = ("VBD", "VBZ", "VBP")


def tag_participle(cue: Token) -> Token | None:
    """'"Cold classrooms again," a teacher said, blaming the board': a participle right after a
    speech tag set after a quote, which the parser hung on the quoted words instead of the
    tag: the tag's subject speaks."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    tag = doc[cue.i - 2]
    if tag.pos_ != "VERB" or tag in cue.ancestors:
        return None  # a participle on the tag itself: the plain climb finds its subject
    subj = next((c for c in tag.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.right_edge.i + 1 != tag.i or subj.left_edge.i < 2:
        return None
    before = doc[subj.left_edge.i - 1]
    if before.is_quote or (before.text == "," and doc[before.i - 1].is_quote):
        return subj
    return None


def clausal_subject(cue: Token) -> Token | None:
    """ "Most pilots at the two harbours taking part in the ballot said ...": a participle the
    parser made the cue's clausal subject, giving it the noun it modifies as a subject: that
    noun speaks."""
    for clause in cue.lefts:
        if clause.dep_ == "csubj" and clause.tag_ == "VBG":
            subj = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in NO_ONE:
                return subj
    return None


def listed_verb(cue: Token) -> Token | None:
    """ "Quist has since promised the pilots a pier, opposed the levy and ...": a tensed verb
    with no subject, after a comma that closes a tensed clause the parser made its complement,
    is the next act in a list: that clause's subject speaks. Not a speech tag whose speaker
    follows it ("The port will close, warned Ruiz"): the cue must take an object or clause of
    its own and have no subject after it."""
    own = ("nsubj", "nsubjpass", "csubj", "expl")
    if cue.tag_ not in FINITE or any(c.dep_ in own for c in cue.children):
        return None
    rights = list(cue.rights)
    takes = any(c.dep_ in ("dobj", "ccomp") and c.pos_ != "PROPN" for c in rights)
    if not takes or any(c.dep_ in ("attr", "npadvmod", "dative") for c in rights):
        return None
    doc = cue.doc
    for clause in cue.lefts:
        if clause.dep_ != "ccomp" or clause.tag_ not in (*FINITE, "VBN"):
            continue
        subj = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        marked = any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.lefts)
        if subj is None or subj.lower_ in NO_ONE or marked:
            continue
        gap = doc[clause.right_edge.i + 1 : cue.i]
        if any(t.text == "," for t in gap) and all(t.is_punct or t.dep_ == "advmod" for t in gap):
            return subj
    return None


SPEAKING_SUBJECT = ("nsubj",)
GERUND_OBJECT = "actor.speaker.gerund_object"
ASIDE_CONJUNCT = "actor.speaker.aside_conjunct"
COMPLEMENT_CONJUNCT = "actor.speaker.complement_conjunct"
MAIN_CLAUSE_PARTICIPLE = "actor.speaker.main_clause_participle"
NAME_BEFORE_VERB = "actor.speaker.name_before_verb"
RELATIVE_IN_ASIDE = "actor.speaker.relative_in_aside"


def main_clause_of_participle(tok: Token) -> Token | None:
    """ "Quist hinted at the meeting the pier was rotten, saying ...", "Moreno was vague on
    whether the pilots could stay, promising ...": a participle set off by a comma at the end
    of a complement clause with a subject of its own, which the parser hung on that clause's
    verb, belongs to the verb the complement depends on (rule
    actor.speaker.main_clause_participle)."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    low = tok.head
    if low.dep_ not in ("ccomp", "pcomp") or not any(
        c.dep_ in SPEAKING_SUBJECT for c in low.children
    ):
        return None
    tag = tok.doc[tok.i - 2]  # '"...," Ruiz said, adding': the speech tag right before it
    if tag.i != low.i and tag.pos_ == "VERB" and after_quote(tag):
        return tag
    if after_quote(low):  # '"...," the source recalled, adding': the low clause is a tag
        return None
    verb = low.head
    while verb.dep_ in ("prep", "pcomp", "pobj") and verb.head.i != verb.i:
        verb = verb.head  # "was vague on whether ..."
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i else None


def after_quote(verb: Token) -> bool:
    """A speech tag: a verb whose subject comes right after a quote ('"...," Ruiz said')."""
    subj = next((c for c in verb.lefts if c.dep_ in SPEAKING_SUBJECT), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    before = verb.doc[subj.left_edge.i - 1]
    return before.is_quote or (before.text == "," and verb.doc[before.i - 1].is_quote)


def verb_past_aside(conj: Token) -> Token | None:
    """ "Falk signed the contract (since the co-op needed the cash) and insisted ...", "X left
    early - as she often does - and wrote ...": a verb joined by "and" right after an aside
    that a subordinating word opens and a dash or bracket closes, which the parser made the
    aside's conjunct, is coordinated with the verb the aside hangs on (rule
    actor.speaker.aside_conjunct)."""
    aside = conj.head
    if aside.dep_ != "advcl" or aside.head.i > aside.i or aside.i > conj.i:
        return None
    if not any(c.dep_ == "mark" for c in aside.children):
        return None
    doc = conj.doc
    k = conj.i - 1
    while k > aside.i and doc[k].dep_ in ("advmod", "aux", "neg"):
        k -= 1
    if doc[k].dep_ != "cc" or doc[k - 1].text not in (")", "—", "–", "-", "--"):
        return None
    return aside.head


def complement_conjunct(conj: Token, names_no_one: Callable[[Token], bool]) -> Token | None:
    """ "He said the tariffs were unjust and urged Washington to ...": a cue joined by "and"
    to the verb of a complement clause whose subject names no one (`names_no_one`), which is
    where the parser puts it, is coordinated with the verb that reports the clause, whose
    subject speaks, not "the tariffs" (rule actor.speaker.complement_conjunct)."""
    clause = conj.head
    if conj.dep_ != "conj" or clause.dep_ != "ccomp" or not clause.i < conj.i:
        return None
    subjs = [c for c in clause.children if c.dep_ in OWN_SUBJECT_DEPS]
    if not subjs or not all(s.dep_ == "nsubj" and names_no_one(s) for s in subjs):
        return None
    return clause.head if clause.head.pos_ in ("VERB", "AUX") else None


def gerund_object(h: Token, tok: Token) -> bool:
    """The cue itself is a gerund with a complement of its own that the parser made the
    object of a preposition ("Quist wasted the rest of the winter railing against the
    fees"): the act of the
    subject above (rule actor.speaker.gerund_object)."""
    if h.i != tok.i or tok.tag_ != "VBG" or tok.dep_ != "pobj":
        return False
    return any(c.dep_ in ("prep", "dobj", "ccomp") and c.i > tok.i for c in tok.children)


def relative_pronoun(word: Token) -> bool:
    """A "that", "which" or "who" right after a noun: a relative clause's own subject ("a
    toast that seemed aimed at the board"), which speaks for no verb outside that clause."""
    doc = word.doc
    return word.tag_ in ("WDT", "WP") and word.i > 0 and doc[word.i - 1].pos_ in ("NOUN", "PROPN")


def word_before_verb(verb: Token) -> Token | None:
    """The word before a verb and the adverbs and negations on it ("Yann Le Goff also
    insisted": "Goff"), or None at the start of the text."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i == verb.i:
        k -= 1
    return doc[k] if k >= 0 else None
