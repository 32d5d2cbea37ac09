"""Rule actor.speaker.split_subject (`two_subjects.nearest_subject`): of two subjects the parser
gave a verb, a name running with no comma into the phrase of the subject next to the verb is
one phrase with it, whose head speaks. One line per case: a parse written as
word/dependency/head-offset/part-of-speech, the subject expected, the rule expected.
The parses are made up, in the shape the parser gives such sentences.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.actors.two_subjects import nearest_subject

CASES = [
    ("ECOWAS/nsubj/+5/PROPN Commission/compound/+1/PROPN President/compound/+2/PROPN Ana/compound/+1/PROPN Ruiz/nsubj/+1/PROPN told/ROOT/0/VERB reporters/dobj/-1/NOUN", "Ruiz", "actor.speaker.split_subject"),  # one phrase split in two
    ("Lopez/nsubj/+4/PROPN ,/punct/-1/PUNCT and/cc/-2/CCONJ Ruiz/nsubj/+1/PROPN said/ROOT/0/VERB so/advmod/-1/ADV", "Lopez", None),  # a comma between: the first
    ("Kenya/nsubj/+5/PROPN (/punct/+1/PUNCT i/nsubj/+2/PROPN )/punct/-1/PUNCT will/aux/+1/AUX cut/ROOT/0/VERB taxes/dobj/-1/NOUN", "Kenya", None),  # a bracket opens the second
    ("Peru/nsubj/+3/PROPN foreign/amod/+1/ADJ minister/nsubj/+1/NOUN said/ROOT/0/VERB so/advmod/-1/ADV", "Peru", None),  # the second no name
    ("Voters/nsubj/+6/NOUN ,/punct/-1/PUNCT Lopez/nsubj/+1/PROPN said/parataxis/+3/VERB ,/punct/-1/PUNCT will/aux/+1/AUX pay/ROOT/0/VERB", "Voters", None),  # not a name running on
]  # fmt: skip


VOCAB = spacy.blank("en").vocab  # English word shapes: is_title, is_punct


def _parse(written: str) -> Doc:
    rows = [w.rsplit("/", 3) for w in written.split()]
    heads = [i + int(r[2]) for i, r in enumerate(rows)]
    return Doc(VOCAB, words=[r[0] for r in rows], heads=heads, deps=[r[1] for r in rows],
               pos=[r[3] for r in rows])  # fmt: skip


@pytest.mark.parametrize("written, subject, rule_id", CASES)
def test_split_subject(written, subject, rule_id):
    doc = _parse(written)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    subjs = [c for c in verb.children if c.dep_ == "nsubj"]
    found, found_by = nearest_subject(verb, subjs)
    assert (found.text, found_by) == (subject, rule_id)
