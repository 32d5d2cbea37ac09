"""Subjects the parser hung in the wrong place. The claims stage looks for a cue's speaker
along the dependency tree (`pipeline.claims.speakers`); when that finds no one, these rules
look for the subject where a statistical parse of news text often puts it instead. Each
returns the subject token and the id of the rule (pipeline/actors/patterns/rules.json) that
found it, or None. A dateline ("CLEVELAND, May 3 (AP) —") is never a speaker.

The rules are about English syntax alone: no lexicon of people, no sentence of any
evaluation set.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from pipeline.actors.arrays import cached_word_positions, sentence_of, token_sentence_bounds
from pipeline.actors.cataphora import speaker_after_cue
from pipeline.actors.describe import entry_for
from pipeline.actors.pronouns import pronouns
from pipeline.doctext import PerDoc

EXPLETIVES = {"it", "there"}
# a participle or infinitive clause speaks for the subject of the clause it hangs on
CONTROL_DEPS = {"advcl", "xcomp", "conj", "pcomp", "prep", "acomp", "advmod"}
OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
CONTRACTED_HAS = {"'s", "’s"}  # "he's said that ...": parsed as a passive "is said"
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
NAME_TYPES = ("PERSON", "ORG", "NORP")
DASHES = frozenset({"—", "–", "--", "-", "―"})
DATELINE_SPAN = 8  # tokens from a dateline's place to its dash ("CITY, May 3 (AP) —")

Found = tuple[Token, str]
# the ids of rules whose verdict is not a token (no speaker, a span after the cue)
NOT_DATELINE = "actor.speaker.not_dateline"
NOT_PREDICATE_NOUN = "actor.speaker.not_predicate_noun"
INVERTED_TAG = "actor.speaker.inverted_tag"
NAME_FOR_MODAL = "actor.speaker.name_for_modal"  # a name, though the parser tagged a modal
CONTENT_OVERRUN = "actor.speaker.content_overrun"
QUESTION = "actor.speaker.question"


def controller_subject(cue: Token) -> Found | None:
    """ "X was booed after telling them that ...", "X went so far as to say ...": the
    subject, passive or not, of the nearest clause above the cue's own (climbing through
    participle, infinitive, coordinated and adverbial attachments). Not for a cue with a
    subject of its own ("..., though it was reported that": no one is named)."""
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in cue.children):
        return None
    h = cue
    for _ in range(6):
        if (
            kept_from(h)
            or h.head.i == h.i
            or not (h.dep_ in CONTROL_DEPS or (h.dep_ == "ccomp" and _says_nothing(h)))
        ):
            return None
        h = h.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in EXPLETIVES:
                return c, "actor.speaker.controller"
    return None


def kept_from(tok: Token) -> bool:
    """A gerund under "from" on a verb with an object ("barred the mayor from speaking",
    "cut off firms from selling"): the object would do it, not the subject above."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "from" or tok.head.dep_ != "prep":
        return False
    return any(c.dep_ == "dobj" for c in tok.head.head.children)


def _says_nothing(clause: Token) -> bool:
    """ "Lopez said there are two of them but said ...": the parser hung the second cue on
    a clause whose subject is an expletive, which speaks for no one; the cue belongs with
    the verb above that clause."""
    return any(
        c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ in EXPLETIVES) for c in clause.children
    )


def auxiliary_subject(cue: Token) -> Found | None:
    """ "Trump wasn't saying that ...": a subject the parser hung on the cue's auxiliary;
    "He's said that ...": the contracted "has" taken for a passive "is"."""
    for aux in cue.lefts:
        if aux.dep_ not in ("aux", "auxpass"):
            continue
        if _name_taken_for_modal(aux, cue):
            return aux, NAME_FOR_MODAL
        subj = next((c for c in aux.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in EXPLETIVES:
            return subj, "actor.speaker.auxiliary_subject"
        if aux.dep_ == "auxpass" and aux.lower_ in CONTRACTED_HAS and _reports(cue):
            subj = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
            if subj is not None and subj.lower_ not in EXPLETIVES:
                return subj, "actor.speaker.auxiliary_subject"
    return None


def _name_taken_for_modal(aux: Token, cue: Token) -> bool:
    """ "..., Will believes that ...": a capitalised "modal" before a finite verb is a
    name (a modal takes the bare verb: "will believe"), not at the sentence's start."""
    return (
        aux.tag_ == "MD"
        and aux.text[:1].isupper()
        and aux.i > token_sentence_bounds(aux)[0]
        and aux.i + 1 == cue.i
        and cue.tag_ in ("VBD", "VBZ")
    )


def _reports(cue: Token) -> bool:
    """ "has said that X", "has said the same thing": no infinitive ("is said to be X")."""
    return cue.tag_ in ("VBD", "VBN") and not any(c.dep_ == "xcomp" for c in cue.children)


def apposed_name(cue: Token, comma: int, sent_start: int) -> Found | None:
    """ "Ana Ruiz, 44, said ...", "At the port, Ana Ruiz, without naming him, said ...": a
    name set off by commas before a cue with no subject; the parser hung the name on a noun
    further left as an apposition. The nearest such name left of the closing comma."""
    doc = cue.doc
    for t in reversed(doc[sent_start:comma]):
        if t.dep_ in ("nsubj", "nsubjpass") or t.tag_ in FINITE_TAGS:
            return None  # another clause: the aside is no longer about a name
        if t.dep_ in ("appos", "npadvmod", "conj") and _name_like(t) and t.head.i < t.i:
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if after is not None and after.text == ",":
                return t, "actor.speaker.apposed_subject"
    return None


def _name_like(t: Token) -> bool:
    """A person's or body's name, or a proper noun the NER left untyped (not a place)."""
    return t.ent_type_ in NAME_TYPES or (t.ent_type_ == "" and t.pos_ == "PROPN")


def reduced_relative_subject(cue: Token) -> Found | None:
    """ "Activists clamoring to block the bill say ...", "Sources close to the talks say
    ...": the parser took the subject's modifier for a clause of its own (the cue's clause,
    or one the cue hangs on as an unlabelled dependent) and gave it the subject. The
    modifier runs up to the cue with no punctuation between them."""
    doc = cue.doc
    if cue.dep_ == "dep" and cue.head.i < cue.i:
        clauses = [cue.head]
    else:
        clauses = [c for c in cue.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"]
    for clause in clauses:
        subj = next((s for s in clause.lefts if s.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in EXPLETIVES:
            continue
        if not any(t.is_punct for t in doc[subj.i : cue.i]):
            return subj, "actor.speaker.reduced_relative"
    return None


def coordinated_clause_subject(verb: Token) -> Found | None:
    """ "X stood at the pulpit and, citing ..., endorsed Y": the parser made the first of
    two coordinated verbs a clause of the second, which then has no subject of its own;
    the first verb's subject is both verbs'. The first verb is a clause before the second
    with a coordinating conjunction after it and no conjunct."""
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "dep" and verb.head.i < verb.i and _finite_clause(verb.head):
        subj = next(c for c in verb.head.lefts if c.dep_ == "nsubj")  # "X paused, then said"
        return subj, "actor.speaker.coordinated_clause"
    for clause in verb.lefts:
        if clause.dep_ == "advcl" and _finite_clause(clause) and not _marked(clause):
            subj = next(c for c in clause.lefts if c.dep_ == "nsubj")  # "X did A, did B"
            return subj, "actor.speaker.coordinated_clause"
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        # a conjunction with no conjunct: the conjunct is the verb above
        joined = any(c.dep_ == "cc" and c.i > clause.i for c in clause.children) and not any(
            c.dep_ == "conj" for c in clause.children
        )
        if subj is not None and joined and subj.lower_ not in EXPLETIVES:
            return subj, "actor.speaker.coordinated_clause"
    return None


def absolute_subject(
    cue: Token, prepositions: Collection[str], company_verbs: Collection[str]
) -> Found | None:
    """ "The meeting closed with the mayor warning that ...": a participle right after
    the object of "with" is that object's act (an absolute construction), though the
    parser hung it on the main verb."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "acl", "xcomp") or cue.i == 0:
        return None
    noun = cue.doc[cue.i - 1]
    if noun.dep_ != "pobj" or noun.head.lower_ not in prepositions:
        return None
    if noun.head.head.lemma_.lower() in company_verbs:
        return None  # "spoke with reporters saying ...": whom she spoke with
    return (noun, "actor.speaker.absolute") if noun.pos_ in ("NOUN", "PROPN", "PRON") else None


def _finite_clause(verb: Token) -> bool:
    """A past or present tense verb with a subject of its own before it (not "it")."""
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBD", "VBZ", "VBP") and subj is not None and subj.lower_ not in EXPLETIVES


def _marked(clause: Token) -> bool:
    """A clause a subordinating word opens ("when X arrived", "as X spoke")."""
    return any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.lefts)


def participle_adjunct(cue: Token) -> Found | None:
    """ "X said, mentioning the album is ...", "X shared the news, writing “...”": a
    participle after a comma that the parser made the subject of the verb after it, or hung
    on a clause whose subject is an expletive ("It was there that X spoke, pointing to
    ..."), is the preceding clause's adjunct and speaks for that clause's subject."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    as_subject = cue.dep_ in ("csubj", "nsubj") and cue.head.i > cue.i
    if not as_subject and not (cue.dep_ == "advcl" and _says_nothing(cue.head)):
        return None
    h = doc[cue.i - 2]
    for _ in range(6):
        subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < h.i), None)
        if h.pos_ in ("VERB", "AUX") and subj is not None and subj.lower_ not in EXPLETIVES:
            return subj, "actor.speaker.participle_adjunct"
        if h.head.i == h.i or h.head.i > cue.i:
            return None
        h = h.head
    return None


def quantifier_subject(cue: Token, holders: Collection[str]) -> Found | None:
    """ "That plan, many argue, will fail": a quantifier for people right before the cue
    that the parser took for a modifier of the verb."""
    if cue.i == 0:
        return None
    prev = cue.nbor(-1)
    if prev.head.i == cue.i and prev.lower_ in holders and prev.dep_ != "nsubj":
        return prev, "actor.speaker.quantifier_subject"
    return None


def is_dateline(tok: Token) -> bool:
    """ "CLEVELAND, May 3 (AP) — ..." or "WASHINGTON — ...": an upper-case place opening
    the sentence and followed by a dash is the article's dateline, not an actor; so is a
    place in title case with an agency's credit ("New York (AFP) – ...")."""
    doc = tok.doc
    start, end = token_sentence_bounds(tok)
    dash = _sentence_fact(doc, "dash", start, end, _dateline_dash)
    if dash is None or not start <= tok.i < dash:
        return False
    if doc[dash - 1].text == ")":  # "(AFP) –", whatever NER made of the place
        return True
    first = doc[start]
    place = first.ent_type_ in ("GPE", "LOC", "")
    return place and tok.i == first.i and first.text.isupper()


# per Doc: (what, sentence start) -> what a rule found in that sentence; each sentence is
# asked about once for every token or cue in it (a PerDoc: a weak dictionary's look-up
# makes a weak reference each time, and most calls in a row ask about the same Doc)
_SENTENCE_FACTS: PerDoc[dict[tuple[str, int], Any]] = PerDoc()


def _sentence_fact(doc: Doc, what: str, start: int, end: int, find: Callable) -> Any:
    known = _SENTENCE_FACTS.get(doc)
    if known is None:
        known = _SENTENCE_FACTS.set(doc, {})
    key = (what, start)
    if key not in known:
        known[key] = find(doc, start, end)
    return known[key]


def _dateline_dash(doc: Doc, start: int, end: int) -> int | None:
    """The dash of a dateline opening the sentence: a capitalised word of three letters or
    more first, a dash within DATELINE_SPAN tokens after it; else None."""
    first = doc[start]
    if not first.text[:1].isupper() or len(first.text) < 3:
        return None
    # the Doc's dashes, found once from its arrays: no Token is built for the other words
    dashes = cached_word_positions(doc, ORTH, DASHES)
    stop = min(start + 1 + DATELINE_SPAN, end)
    window = dashes[bisect_left(dashes, start + 1) : bisect_left(dashes, stop)]
    return next((i for i in window if _spaced_dash(doc[i])), None)


def _spaced_dash(tok: Token) -> bool:
    """A dash between words, not a hyphen inside one ("I-Vt.")."""
    text = tok.text
    if text not in DASHES:
        return False
    return text != "-" or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))


def past_dateline(subj: Token) -> Token | None:
    """The subject the parser hung on a dateline as an apposition ("CLEVELAND, May 3 (AP)
    — [Former Attorney General X] told ..."), or None."""
    dash = next((t for t in sentence_of(subj) if _spaced_dash(t)), None)
    if dash is None:
        return None
    after = sorted(  # a name first: "– Oscar-winning actress [Susan Sarandon], ..."
        (c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > dash.i),
        key=lambda c: c.pos_ != "PROPN",
    )
    # or a second subject of the same verb: "PARIS, May 3 — [The union] said ..."
    other = (
        c
        for c in subj.head.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i and subj.head.i != subj.i
    )
    return next(iter(after), None) or next(other, None)


def inverted_tag(cue: Token, subj: Token) -> tuple[int, int] | None:
    """ "The deal, said Lopez, is dead": a cue set between commas with a name right after
    it, then a comma or the end of the sentence; the parser gave the cue the content's
    subject, before the first comma. The name's characters, or None."""
    doc = cue.doc
    if subj.i > cue.i or cue.i == 0 or doc[cue.i - 1].text != "," or cue.tag_ not in FINITE_TAGS:
        return None
    # the comma may hang on the subject if it holds no other ("X, 44, told Y"): walked then only
    edge = subj.right_edge.i
    if edge != cue.i - 2 and (edge != cue.i - 1 or [t.text for t in subj.subtree].count(",") > 1):
        return None
    after = speaker_after_cue(doc, cue.idx, cue.idx + len(cue.text))
    name = doc.char_span(*after, alignment_mode="expand") if after else None
    if name is None or len(name) == 0:
        return None
    inside = {t.i for t in name.root.subtree}  # "Lopez and others"
    k = name.end
    while k < len(doc) and k in inside and not doc[k].is_punct:
        k += 1
    if k >= len(doc) or doc[k].text not in (",", "."):
        return None
    last = doc[k - 1]  # "said Lopez and others,": the whole coordination
    return after[0], max(after[1], last.idx + len(last.text))


def issuer(noun: Token, issued_nouns: Collection[str]) -> Found | None:
    """The subject of the verb that puts out or holds a statement, letter, ad, rally ...:
    "X issued a statement saying ...", "X said in a letter ...", "X sent letters and
    placed ads calling ..."."""
    if noun.lemma_.lower() not in issued_nouns or noun.dep_ not in ("dobj", "pobj"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj, "actor.speaker.issuer"
        if verb.dep_ != "conj":
            return None
        verb = verb.head  # coordinated verbs share the first one's subject
    return None


def addresser(noun: Token, addressing_verbs: Collection[str]) -> Found | None:
    """The subject of a verb whose object is whom it addresses: a participle on the
    addressees speaks for the subject ("X emailed supporters saying ...")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in addressing_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj, "actor.speaker.addresser") if subj is not None else None


def on_predicate_noun(clause: Token) -> bool:
    """ "It is no exaggeration to call ...", "There is a series called ...": a participle
    or infinitive on a copula's predicate noun, which cites no one."""
    return clause.dep_ == "acl" and clause.head.dep_ == "attr"


AGENT_TYPES = ("PERSON", "ORG", "NORP", "GPE")


def object_controller(
    cue: Token, holders: Collection[str], causatives: Collection[str]
) -> Found | None:
    """ "The defeat led the party chairman to declare ...", "leaving some to question
    ...": after a causative verb (words.json causative_verbs) the infinitive speaks for the
    verb's object, not its subject, when the object is someone (a name, a person pronoun, a
    role noun, "some"); a thing is the means of the subject's act ("used the speech to
    call for ..."), and a verb that only permits or asks ("enables officials to discuss")
    states no act of the object's."""
    if cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in causatives:
        return None
    obj = next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or not _someone(obj, holders):
        return None
    return obj, "actor.speaker.object_control"


def _someone(tok: Token, holders: Collection[str]) -> bool:
    """A token that names or stands for people: a name, a person pronoun, a role noun."""
    if tok.ent_type_ in AGENT_TYPES or tok.pos_ == "PROPN" or tok.lower_ in holders:
        return True
    return (
        tok.lower_ in pronouns().personal - pronouns().singular_group or entry_for(tok) is not None
    )


def asked(cue: Token) -> bool:
    """A cue its sentence asks about: a question ("?") whose verb has its auxiliary before
    its subject ("Does the President think ...?", "Why did she say ...?") or a wh-word as
    its subject ("Who said that ...?"). A question asks; it claims nothing (rule
    actor.speaker.question)."""
    sent = sentence_of(cue)
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in QUOTES), None)
    if last is None or last.text != "?":
        return False
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.tag_ in ("WP", "WDT"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in cue.children)


# "Does she think ...?", "Did he say ...?" ask what someone holds. A question about an act
# ("Did the board refuse to ...?") is how news text raises a charge, so it keeps its claim
# but in a reporter's question turn of a transcript.
ASKED_CATEGORIES = ("statement", "belief")


QUOTES = {'"', "'", "”", "’", "''", "“", "‘", "``"}
CLOSING = ",;:'\"”’ \n"
AFTER_CUE = (INVERTED_TAG,)  # a speaker named after its cue, set off by commas


def content_before_speaker(
    doc: Doc, text: str, cs: int, ce: int, cue_at: int, speaker: dict
) -> tuple[int, int, dict | None]:
    """A speaker found inside the content is no speaker (the subject of a clause it
    reports), unless the content ran on past its close into the speech tag: ''...,'' the
    economist Ana Ruiz, a former adviser, wrote' (a quote mark the quote finder could not
    pair). Then the content ends before the speaker, who is kept."""
    ss, se = speaker["start"], speaker["end"]
    if speaker.get("found_by") in AFTER_CUE and cue_at < cs and text[cs:ss].strip() == "":
        start = se  # "The deal, said Ruiz, would be signed": the content after the name
        while start < ce and text[start] in CLOSING:
            start += 1
        return (start, ce, speaker) if start > se else (cs, ce, None)
    if not cs < ss or se > cue_at or ce > cue_at:
        return cs, ce, None
    end = _before_own_verb(doc, text, cs, ss)  # "''...,'' said Ana Ruiz, half joking"
    while end > cs and text[end - 1] in CLOSING:
        end -= 1
    if not text[end:ss].strip():  # no punctuation between content and speaker: one clause
        return cs, ce, None
    if "found_by" not in speaker:
        speaker = {**speaker, "found_by": CONTENT_OVERRUN}
    return cs, end, speaker


def _before_own_verb(doc: Doc, text: str, cs: int, ss: int) -> int:
    """Where the content ends before a speaker at char `ss`: before the verb right in front
    of the speaker when the speaker is that verb's subject or the verb follows a mark
    ('"...," said Ana Ruiz')."""
    end = ss
    while end > cs and text[end - 1].isspace():
        end -= 1
    span = doc.char_span(end - 1, end, alignment_mode="expand") if end > cs else None
    verb = span[0] if span is not None and len(span) == 1 else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return ss
    own = any(c.dep_ in ("nsubj", "nsubjpass") and c.idx >= ss for c in verb.children)
    tag = verb.i > 0 and doc[verb.i - 1].is_punct  # '..." said X': an inverted speech tag
    return verb.idx if (own or tag) and verb.idx > cs else ss
