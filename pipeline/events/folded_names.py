"""A naming whose named actors the parser folded into the name: "branded Sweden and Finland
havens for terrorists" is parsed as one noun phrase, the coordinated proper nouns modifying
"havens". The proper nouns are the named objects, the common noun the name they are given
(rule event.naming_act)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.tree import kids


def folded_named(obj: Token | None) -> list[Token]:
    """The coordinated proper nouns that modify a bare common-noun object, with their
    conjuncts; empty for any other object ("the Hamas leaders", "Hamas leaders")."""
    if obj is None or obj.pos_ != "NOUN" or any(c.dep_ == "det" for c in kids(obj)):
        return []
    for mod in (c for c in obj.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"):
        if mod.conjuncts:
            return [mod, *mod.conjuncts]
    return []


def folded_predicate(verb: Token) -> Token | None:
    """A second complement that holds the folded named actors when the parser read the
    whole phrase as the verb's predicate ("called Sweden and Finland havens"): the object."""
    for child in kids(verb):
        if child.dep_ == "oprd" and folded_named(child):
            return child
    return None
