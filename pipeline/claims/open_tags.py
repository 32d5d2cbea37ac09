"""A speech tag whose verb is in no cue lexicon (the direct family's open tag rule).

A quote that opens its sentence and ends in a comma, an exclamation or a question mark,
followed by a subject and a verb ('“The pier is a ruin,” the mayor fumed', '“Stay
there!” shouted a man', '“Why now?” the paper asked on its front page'), is that
subject's speech whatever the verb: the construction, not the lexicon, makes it a tag.
The verb must close the clause with no object or clause of its own outside the quote, so
that a sentence going on after a quoted name ('“Harbour First,” the plan won the vote')
is no tag.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.quotes import QuoteSegment
from pipeline.claims.view import DocView

TAG_ENDINGS = (",", "!", "?")  # the quote's own last mark before the closing one
MAX_TAG_WORDS = 6  # the subject and verb of a tag follow the quote closely
SUBJECT_DEPS = ("nsubj",)
# a complement of the verb's own outside the quote: the verb says something else
OWN_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")
NO_SUBJECTS = ("there", "this", "that", "which", "what")


def open_tag(view: DocView, q: QuoteSegment, q_toks: list[Token]) -> Token | None:
    """The verb of a speech tag right after the quote `q`, when no cue verb was found."""
    if not q.closed or not q.double or not _tag_ending(view, q):
        return None
    if view.text[view.sent_of(q_toks[0]).start_char : q.open_start].strip():
        return None  # the quote must open its sentence
    in_q = {t.i for t in q_toks}
    words = _tag_words(view, q, in_q)
    verb = next((t for t in words[:MAX_TAG_WORDS] if t.pos_ == "VERB"), None)
    if verb is None or "\n" in view.text[q.close_end : verb.idx]:
        return None
    # '“...,” fumed the mayor': the parser takes an inverted subject for an object
    inverted = verb is words[0] and any(t.pos_ in ("VERB", "AUX") for t in q_toks)
    if not _plain_verb(view, verb, in_q, inverted):
        return None
    return verb if _subject(verb, in_q, q.close_end, inverted) is not None else None


def _tag_words(view: DocView, q: QuoteSegment, in_q: set[int]) -> list[Token]:
    """The words after the quote to the end of their sentence (the parser may end a
    sentence at a quote's '!' or '?')."""
    first = next((t for t in view.doc if t.idx >= q.close_end), None)
    if first is None:
        return []
    sent = view.sent_of(first)
    return [
        t
        for t in view.doc[first.i : sent.end]
        if t.i not in in_q and not t.is_punct and not t.is_space
    ]


def _tag_ending(view: DocView, q: QuoteSegment) -> bool:
    """The quote ends with a tag's comma, or an exclamation or question mark
    ('“...,” he fumed', '“...”, he fumed', '“...!” he fumed')."""
    inside = view.text[q.start : q.close_end - 1].rstrip()  # the content trims the marks
    outside = view.text[q.close_end : q.close_end + 2].lstrip()
    return inside.endswith(TAG_ENDINGS) or outside.startswith(",")


def _plain_verb(view: DocView, verb: Token, in_q: set[int], inverted: bool) -> bool:
    """A verb of the tag's clause: the sentence's root or hung on the quote, in no quote,
    with no complement of its own outside the quote (an inverted subject aside)."""
    if view.tok_quote[verb.i] >= 0 or verb.tag_ == "VBG" or verb.lemma_.lower() == "be":
        return False
    if verb.dep_ != "ROOT" and verb.head.i not in in_q:
        return False
    own = [c for c in verb.children if c.dep_ in OWN_COMPLEMENTS and c.i not in in_q]
    return not own or (inverted and len(own) == 1 and own[0].dep_ == "dobj")


def _subject(verb: Token, in_q: set[int], close_end: int, inverted: bool) -> Token | None:
    """The verb's subject after the quote, before or after the verb ('the mayor fumed',
    'fumed the mayor')."""
    deps = (*SUBJECT_DEPS, "dobj") if inverted else SUBJECT_DEPS
    for c in verb.children:
        if c.dep_ in deps and c.i not in in_q and c.idx >= close_end:
            if c.lower_ in NO_SUBJECTS or c.pos_ not in ("NOUN", "PROPN", "PRON"):
                return None
            return c
    return None
