"""Rule actor.speaker.reporter_pronoun: an "it" that is the subject of the clause a verb
reports stands for that verb's subject when the subject is an organisation or a state ("The
European Union, which signed a pact with Chile, said that it welcomed ...": the Union, not
Chile named between). The reporting clause binds the pronoun; the most recent name does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.actors.mention_index import MentionIndex
from pipeline.actors.words import default_words

RULE_ID = "actor.speaker.reporter_pronoun"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
ADJOINED_DEPS = ("advcl", "conj")  # "said ..., although it cautioned", "said ... and it added"


def reporter_of_pronoun(
    doc: Doc, index: MentionIndex, start: int, labels: tuple[str, ...]
) -> dict | None:
    """The mention of a `labels` actor that is the subject of the verb whose complement
    clause has the pronoun at char `start` as its subject; else None."""
    subject = reporter_subject(doc, start)
    if subject is None:
        return None
    found = [m for m in index.overlapping(subject.idx, subject.idx + len(subject.text))]
    return next((m for m in found if m.get("label") in labels), None)


def reporter_subject(doc: Doc, start: int) -> Token | None:
    """The subject (no pronoun) of the verb that reports the clause whose subject is the
    pronoun at char `start`: a clause it reports ("X said that it ..."), or one that
    hangs on a verb of saying as an adverbial or coordinated clause of the same act ("X
    said ... and it added ..."), also when the parser hung a saying clause on the reported
    one ("X said dams harmed the river, although it cautioned that ..."); else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.root.dep_ not in SUBJECT_DEPS:
        return None
    clause = span.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and not _says(clause.head):
        clause = clause.head  # "said it welcomed the plan and would help"
    if clause.dep_ == "ccomp":
        reporter = clause.head
    elif clause.dep_ not in ADJOINED_DEPS:
        return None
    elif _says(clause.head):
        reporter = clause.head
    elif _says(clause) and clause.head.dep_ == "ccomp" and _says(clause.head.head):
        reporter = clause.head.head
    else:
        return None
    subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.pos_ == "PRON" else subject


def _says(verb: Token) -> bool:
    return verb.lemma_.lower() in default_words().speech_lemmas
