"""Names whose first words share the head with a coordinated word ("the Peace and Security
Council", "the Ministry of Trade and Industry" is the other way round): NER often tags
only the last part ("Security Council"), which the gazetteer then takes for another body
(the UN's). The name starts at the first capitalised word that hangs on it through "and".
"""

from __future__ import annotations

from spacy.tokens import Span

JOINERS = ("and", "&")
MAX_WORDS = 4  # "Peace, Security and Development": words the name may take before it


def with_coordinated_words(ent: Span) -> Span:
    """The entity with the capitalised words and "and" before it that hang on it
    ("Peace and" + "Security Council"); else the entity as it is."""
    doc, start = ent.doc, ent.start
    k = start
    while k > 0 and start - k < MAX_WORDS:
        word = doc[k - 1]
        if not (word.is_title or word.lower_ in JOINERS or word.text == ","):
            break
        if not _hangs_in(word, k - 1, ent.end):
            break
        k -= 1
    while k < start and not doc[k].is_title:
        k += 1  # the name opens with a capitalised word, not "and"
    joined = any(t.lower_ in JOINERS for t in doc[k:start])
    return Span(doc, k, ent.end, label=ent.label_) if k < start and joined else ent


def _hangs_in(word, first: int, end: int) -> bool:
    """Does the word hang, through at most three heads, on a token in [first, end)?"""
    tok = word
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if first <= tok.i < end and tok.i != word.i:
            return True
    return False
