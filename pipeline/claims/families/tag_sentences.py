"""A speech tag that stands as a sentence of its own before the quote it introduces:
"Lopez, the port director, said in a statement. “The plan is dead.”" The tag's cue has a
subject and no complement (only adjuncts: "in a statement", "on Monday"), the sentence
ends with a full stop, and the quote opens right after it in the same paragraph; the quote
is the cue's content, as after a tag that ends with a colon. On PolNeAR train 4 of 4 such
quotes were right (both samples)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.claims.quotes import QuoteSegment
from pipeline.claims.view import DocView

# a dependent that would be the cue's own content or a clause of its own
COMPLEMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "intj", "dative", "advcl", "conj"}
    | {"parataxis"}
)
MAX_GAP = 3  # characters between the tag's full stop and the quote's opening mark


def bare_tag_before(view: DocView, sent: Span, cue: Token, q: QuoteSegment) -> bool:
    """`sent` is a bare speech tag headed by `cue`, right before the quote `q`."""
    if cue.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    if any(c.dep_ in COMPLEMENT_DEPS for c in cue.children):
        return False
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != ".":
        return False
    stop = words[-1]  # the sentence's own trailing space tokens may hold a paragraph break
    gap = view.text[stop.idx + len(stop.text) : q.open_start]
    return gap.count("\n") <= 1 and len(gap) <= MAX_GAP
