"""Rule actor.speaker.reporter_pronoun: an "it" that is the subject of the clause a verb
reports stands for that verb's subject when the subject is an organisation or a state ("The
European Union, which signed a pact with Chile, said that it welcomed ...": the Union, not
Chile named between). The reporting clause binds the pronoun; the most recent name does not.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.actors.mention_index import MentionIndex

RULE_ID = "actor.speaker.reporter_pronoun"
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def reporter_of_pronoun(
    doc: Doc, index: MentionIndex, start: int, labels: tuple[str, ...]
) -> dict | None:
    """The mention of a `labels` actor that is the subject of the verb whose complement
    clause has the pronoun at char `start` as its subject; else None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.root.dep_ not in SUBJECT_DEPS:
        return None
    clause = span.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it welcomed the plan and would help"
    if clause.dep_ != "ccomp":
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = [m for m in index.overlapping(subject.idx, subject.idx + len(subject.text))]
    return next((m for m in found if m.get("label") in labels), None)
