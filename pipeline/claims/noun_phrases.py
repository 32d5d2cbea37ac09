"""The noun phrase a speaker or a target is named by: the head's left subtree plus its
compound and of-phrases to the right, without relative clauses, appositions or
punctuation."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.claims.spans import token_range_chars
from pipeline.claims.tree import kids_and_labels
from pipeline.claims.view import DocView

NP_RIGHT_DEPS = {"compound", "flat", "nummod", "prep", "pobj", "poss", "case", "amod", "appos"}
SPEAKER_MAX_TOKENS = 25


def np_chars(view: DocView, tok: Token) -> tuple[int, int]:
    """The noun phrase headed by tok: its left subtree plus compound/of-phrases to the
    right, without relative clauses, appositions or punctuation."""
    tokens = view.tokens  # each made once: a `doc[i]` is a new Token at every call
    left = tok.left_edge.i
    right = tok.i
    for c, dep in zip(*kids_and_labels(tok), strict=True):
        if c.i < tok.i:
            continue  # the children after the head only (`tok.rights`)
        # "Brazil and Chile": a coordinated subject is one (joint) speaker span
        joins = dep in ("cc", "conj") and (dep == "cc" or c.pos_ in ("PROPN", "NOUN"))
        if (dep in NP_RIGHT_DEPS or joins) and c.left_edge.i == right + 1:
            right = c.right_edge.i
        else:
            break
    # a left subtree reaching across a comma or a quote is not part of the name; an
    # acronym in brackets is ("X of the Law and Justice (PiS) party")
    i = tok.i - 1
    while i >= left:
        if tokens[i].text == ")" and (opening := _bracket_opening(tokens, i, left)) is not None:
            i = opening - 1
            continue
        if tokens[i].is_punct and tokens[i].text not in ("-", "’s", "'s", ".", "&"):
            left = i + 1
            break
        i -= 1
    if right - left + 1 > SPEAKER_MAX_TOKENS:
        left = max(left, tok.i - SPEAKER_MAX_TOKENS)
    return token_range_chars(view, left, right)


def _bracket_opening(tokens, close: int, left: int) -> int | None:
    """The "(" of the ")" at `close`, when only words lie between them, from `left` on."""
    for i in range(close - 1, left - 1, -1):
        if tokens[i].text == "(":
            return i
        if tokens[i].is_punct:
            return None
    return None


def unresolved_name(view: DocView, ss: int, se: int) -> str | None:
    """The name of a speaker no actor was found for: its own words when they are a name
    ("the Institute for Marine Studies", "BOTAS"); none for a pronoun or a phrase headed by
    a common noun or a number ("analysts", "diplomatic sources in Vienna", "29 percent"),
    an unattributed source that names no one."""
    text = view.text[ss:se]
    if text.lower() in view.lex.personal_pronouns:
        return None
    span = view.doc.char_span(ss, se, alignment_mode="expand")
    if span is None or len(span) == 0:
        return text
    root = span.root
    if root.pos_ == "PROPN":
        return _proper_words(span, root)
    apposed = [
        c
        for c in root.children
        if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and root.i < c.i < span.end
    ]  # "the union SITE Sul": a name in apposition
    return _proper_words(span, apposed[0]) if apposed else None


def _proper_words(span: Span, head: Token) -> str:
    """A name as written, without the article and the words of description in lower case
    before it ("The opposition Armenia Alliance" -> "Armenia Alliance", "the union SITE
    Sul" -> "SITE Sul", "the Horn of Africa Relief Consortium" -> "Horn of Africa Relief
    Consortium")."""
    first = span.start
    while first < head.i and (span.doc[first].dep_ == "det" or span.doc[first].is_lower):
        first += 1
    return " ".join(span.doc[first : span.end].text.split())
