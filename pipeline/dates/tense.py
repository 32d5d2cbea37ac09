"""The tense that places an under-specified date ("in March", "on Tuesday") before or after
the anchor: the tense of the verb the expression hangs from.

"past" places the date before the anchor, "future" after it, None leaves the nearest one.
The tagger's part-of-speech is not taken at its word where English morphology contradicts
it: "its chief quit" with "quit" tagged present cannot be a present (that would be "quits"),
and a sentence whose only verb was read as a noun takes the tense of the story around it.
"""

from __future__ import annotations

from typing import Any

from pipeline.dates.grammar import Grammar

_VERBAL = ("VERB", "AUX", "ADJ")
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def clause_tense(span: Any, g: Grammar, own_verb: bool = False) -> str | None:
    """The tense of the verb the span hangs from; with `own_verb`, None when it hangs from a
    noun by a preposition ('agreed to a meeting on the 13th': the meeting's time is not
    told), unless the verb is a future ('will fly a mission in December': a later one); a
    date modifying the noun itself ('chaired the late-November meeting') or the verb's
    subject ('the weekend in March was calm') takes the verb's."""
    if deferred_to(span, g):
        return "future"  # tense.deferred: "postponed the vote to Tuesday"
    verb, below, via_noun, via_pp = span.root, span.root, False, False
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        below, verb = verb, verb.head
        noun = verb.pos_ in ("NOUN", "PROPN")
        via_noun = via_noun or noun
        via_pp = via_pp or (noun and below.dep_ == "prep")  # 'a cutback in September'
    if verb.pos_ not in ("VERB", "AUX"):
        return misread_verb_tense(verb, g) or story_tense(span, g)
    # a past act may announce a later event, a future one no past; but what is told of the
    # subject is its own time ('the weekend in March was calm')
    if own_verb and via_pp and below.dep_ != "nsubj":
        return "future" if verb_tense(verb, g) == "future" else None
    if _before_subject(span, verb):
        verb = verb.head  # tense.saying_day: "said on Friday it might ease"
    planned = verb.tag_ == "VBD" and verb.lemma_.lower() in g.plan_lemmas
    if planned and (via_noun or any(c.dep_ == "dobj" for c in verb.children)):
        return None  # tense.planned_object: "planned a rally on Saturday", either side
    return verb_tense(verb, g)


def _before_subject(span: Any, verb: Any) -> bool:
    """Does the span stand between a verb and the subject of the clause that verb takes
    ('said on Friday it might ease': the parser may hang the day on 'ease')? Then it is
    the outer verb's; after a 'that' it is the clause's own."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or head.i >= span.start:
        return False
    if any(c.dep_ == "mark" and c.i < span.start for c in verb.children):
        return False  # 'said that on Monday the bridge would reopen': inside the clause
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in verb.children)


def deferred_to(span: Any, g: Grammar) -> bool:
    """tense.deferred: a date a verb of deferral puts something off to ('postponed until
    Tuesday', 'delayed the vote to March') lies after the act: the next one."""
    tok = span.root
    while tok.dep_ in ("compound", "npadvmod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "until Tuesday morning"
    prep = tok.head
    if prep.lower_ not in ("until", "till", "to") or prep.i == tok.i:
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in g.deferral_lemmas


_AUX_DEPS = ("aux", "auxpass")


def present_clause(span: Any, g: Grammar, scheduled: bool = False) -> bool:
    """tense.open_end: is the clause the span hangs from in the present ('the lease runs
    until Dec. 31', 'the museum is closed until January') or the future? A state that holds
    now up to a date, or an offer that expires on one, puts the date ahead of publication.
    The verbs it is the complement of count too: 'is scheduled to last until' is present,
    'had been due to expire' past; a perfect ('has risen this year through May 3') is past.
    With `scheduled` (tense.scheduled_present: 'the fair opens on Dec. 2'), a verb of saying
    ('says on Monday', lexicon present_report_lemmas) is no schedule."""
    verb = span.root
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        outside = verb.i not in range(span.start, span.end)
        if verb.pos_ in ("NOUN", "PROPN") and outside and verb.lower_ not in g.clock_head_nouns:
            return False  # the date of a thing ('the probe into the Aug. 7 bombings is')
        # a clock time's noun is no thing: 'the vote is at 2 p.m. Tuesday' is scheduled
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if scheduled and verb.lemma_.lower() in g.present_report_lemmas:
        return False
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    auxes = [c for v in chain for c in v.children if c.dep_ in _AUX_DEPS]
    words = chain + auxes
    if any(t.tag_ == "VBD" for t in words) or any(a.lemma_ == "have" for a in auxes):
        return False  # a past, or a perfect: 'has fallen 2% this year through Oct. 19'
    return any(t.lower_ in g.future_auxiliaries or t.tag_ in ("VBZ", "VBP") for t in words)


def verb_tense(verb: Any, g: Grammar) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in g.future_auxiliaries for a in auxes):
        return "future"
    if _non_past_modal(auxes, g):
        return "future"  # tense.modal: "could be ready by October" is not a past October
    if any(a.lower_ == "would" for a in auxes) and _reported(verb, g):
        return "future"  # tense.future_in_past: "said talks would begin on Monday"
    if verb.tag_ == "VBN" and g.planned_for(verb, auxes):
        return None  # tense.planned_participle: "was planned for March", either side
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if verb.lemma_.lower() in g.future_lemmas and auxes:  # "is scheduled for"
            return "future"
        if not auxes or any(a.lemma_ == "have" for a in auxes):
            return "past"  # "has signed", "the deal signed in April"
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # tense.perfect: "has been searching since Oct. 23"
    head = verb.head
    planned = head.lemma_.lower() in g.future_lemmas or (  # "is to resume on Tuesday"
        head.lemma_ == "be" and any(c.lower_ == "to" for c in verb.children)
    )
    if verb.dep_ == "xcomp" and head.i != verb.i and planned and head.pos_ in _VERBAL:
        head_tense = verb_tense(head, g) if head.pos_ in ("VERB", "AUX") else None
        return "future" if head_tense != "past" else None
    if verb.dep_ in ("advcl", "conj") and not auxes and head.pos_ in ("VERB", "AUX"):
        return verb_tense(head, g)  # "Speaking on Monday, she said": her said's tense
    if not auxes and _bare_form_after_singular(verb, g):
        return "past"  # tense.bare_past_form: "its chief quit in March"
    return None


def _non_past_modal(auxes: list[Any], g: Grammar) -> bool:
    """tense.modal: a modal of possibility or duty without a perfect ('may close in March',
    'should be held in June', 'can be the beginning'; lexicon non_past_modals) tells of a time
    not yet past; 'may have closed in March' is a past."""
    if any(a.lemma_ == "have" for a in auxes):
        return False
    return any(a.tag_ == "MD" and a.lower_ in g.non_past_modals for a in auxes)


def _reported(verb: Any, g: Grammar) -> bool:
    """Is the verb's clause what a past verb of saying with no date of its own reports
    ("told reporters that talks would begin": later than the saying, the story's day)? Not a
    conditional, a habit ("would feed the horses, as he did every week"), nor a saying its
    sentence dates ("On Friday, X said talks would resume on Monday": after that Friday)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBD":
        return False
    if head.lemma_.lower() not in g.present_report_lemmas:
        return False
    inside = {t.i for t in verb.subtree}
    outside = [t for t in verb.sent if t.i not in inside]
    if any(t.ent_type_ in ("DATE", "TIME") for t in outside):
        return False  # the saying's own day: the nearest to it
    return not any(t.lower_ in g.habitual_adverbs or t.lower_ == "every" for t in verb.sent)


def _bare_form_after_singular(verb: Any, g: Grammar) -> bool:
    """A verb tagged present in its bare form after a third-person singular subject: the
    present would take an -s ("quits"), so it is a past of the same spelling ("quit")."""
    if verb.tag_ != "VBP" or verb.lower_ not in g.same_form_pasts:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subj = subjects[0]
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "it")
    return subj.tag_ in ("NN", "NNP")


def misread_verb_tense(token: Any, g: Grammar) -> str | None:
    """tense.bare_past_form: a sentence root read as a noun that is a past of the same
    spelling after the subject's noun ('In March, its chief quit.'): the past."""
    if token.lower_ not in g.same_form_pasts or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if token.dep_ != "ROOT" or before.tag_ not in ("NN", "NNP", "PRP"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return None
    return "past"


def story_tense(span: Any, g: Grammar) -> str | None:
    """tense.story: a date in a sentence without a verb ('In March, a new chief.') takes
    the tense of the nearest finite verb before it in the paragraph, if it is a past."""
    doc, sent = span.doc, span.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return None
    for tok in reversed(doc[max(0, sent.start - 60) : sent.start]):
        if tok.is_space and tok.text.count("\n") >= 2:
            return None  # the paragraph ends here
        if tok.tag_ in _FINITE_TAGS and tok.pos_ in ("VERB", "AUX"):
            return "past" if verb_tense(tok, g) == "past" or tok.tag_ == "VBD" else None
    return None
