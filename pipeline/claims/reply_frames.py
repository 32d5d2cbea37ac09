"""A short answer as a cue's whole complement: "Asked if he would run, the mayor said no",
"the council answered yes", "half of them said so". The parser hangs the word on the cue as
an interjection, an adverb or an object; it is what was said (cues.json frame_words
`reply_words`). Tried after every other frame of the cue."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.frames import FrameMatch, clause_entry
from pipeline.claims.tree import kids_and_labels
from pipeline.claims.view import DocView

REPLY = "reply_word"
REPLY_DEPS = ("intj", "advmod", "dobj")
# a complement of its own: the answer is no longer the whole of what was said
COMPLEMENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "attr")


def reply_word(view: DocView, tok: Token) -> FrameMatch | None:
    """(entry, "reply_word", word, word, None) for a cue of saying whose only complement is
    a reply word right after it, or None."""
    entry = clause_entry(view.lex.cues.get(view.cue_lemmas[tok.i], ()))
    if entry is None or entry.get("category") != "statement":
        return None
    words = view.lex.frame_words.get("reply_words", frozenset())
    kids, labels = kids_and_labels(tok)
    replies = [k for k, dep in zip(kids, labels, strict=True) if dep in REPLY_DEPS and k.i > tok.i]
    if len(replies) != 1 or view.lowers[replies[0].i] not in words:
        return None
    word = replies[0]
    others = [k for k, dep in zip(kids, labels, strict=True) if dep in COMPLEMENT_DEPS]
    if any(k.i != word.i for k in others):
        return None
    if any(view.tokens[i].is_alpha for i in range(tok.i + 1, word.i)):
        return None  # "said it was no", "said, on the whole, no": not right after the cue
    return entry, REPLY, word.i, word.i, None
