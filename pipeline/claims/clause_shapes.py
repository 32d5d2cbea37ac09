"""Shapes of the clause a cue verb sits in that the frames' guards must tell apart.

A subject relative ("the senator, who wrote about the fee") has the cue's holder for its
antecedent and can report what the cue is about (topic_frames.topic_prep); an object
relative ("the things she said about the fee") cannot, since the antecedent is what was
said. On PolNeAR train the topic phrases of subject relatives were right 3 of 4 times.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def subject_relative(tok: Token) -> bool:
    """`tok` heads a relative clause whose subject is the relative pronoun ("who", "that")."""
    return tok.dep_ == "relcl" and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in tok.children
    )
