"""What a person is reported to say or think, and what a noun of relation apposed to them
is about, is no evidence of the person's own state: "Haddad thinks China signed off",
"'China will pay,' Haddad said", "X, a veteran of the Iraq war". The sentence's guess
(rule actor.sentence_state) skips the states named there; but for an office holder's
words, which the guess still reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.actors.mention import Mention
from pipeline.actors.represents import field_nouns, relation_nouns

CONTENT_DEPS = ("ccomp", "xcomp")  # the clause of a verb of saying or thinking
SUBJECTS = ("nsubj", "nsubjpass")
OFFICE_ROLES = ("GOV", "MIL", "JUD")


def _subtree(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def own_content(m: Mention) -> set[int]:
    """The token indices of the clauses of a verb whose subject is the person (not an
    office holder), and of the phrases of relation nouns apposed to them."""
    root, found = m.span.root, set()
    # an office holder's words are often of their own state ("Minister X said Uganda
    # would help"); a commentator's, of the states they comment on
    if root.dep_ in SUBJECTS and m.role not in OFFICE_ROLES:
        for clause in (c for c in root.head.children if c.dep_ in CONTENT_DEPS):
            found.update(_subtree(clause))
    kin = relation_nouns() - field_nouns()  # "a specialist at X": X may be theirs
    for noun in (c for c in root.children if c.dep_ == "appos" and c.i >= m.span.end):
        if noun.lemma_.lower() in kin:
            found.update(_subtree(noun))
    return found
