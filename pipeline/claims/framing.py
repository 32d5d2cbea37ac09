"""A sentence framed as someone's view or a source's finding by a fronted phrase, the way
"according to" frames it: "In a poll released Monday, 50 percent chose Lopez", "To her
critics, the plan is a gamble". The
phrase opens the sentence and is set off by a comma; its object is a source (a poll, a
report, a statement: sources.json `source_types`) after "in", or someone who can hold a
view after "to". The rest of the sentence is the content, unless a cue verb of its
own heads it ("In a statement, Lopez said ...": that cue's claim).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.speakers import actor_like, np_speaker
from pipeline.claims.view import DocView

FRAMING = {"lemma": "in the view of", "category": "statement", "polarity": 0.0}
FRAMING_PREPOSITIONS = {"in", "to"}
SOURCE_PREPOSITIONS = {"in"}  # "In a poll, ..."
# "To her critics, ...". "For X, ..." is left out: on PolNeAR train it framed a view 27
# times in 59 ("For the mayor, the harbour is ..."; not "For a small town, the harbour is")
OPENERS = {"but", "and", "yet", "so"}  # may come before the phrase


def framing_match(view: DocView, prep: Token) -> tuple[dict, int, int, dict] | None:
    """(cue entry, first, last content token, speaker) of a framing phrase, or None."""
    low = prep.lower_
    if low not in FRAMING_PREPOSITIONS or prep.dep_ != "prep":
        return None
    sent = view.sent_of(prep)
    if prep.i - sent.start > len(OPENERS):
        return None
    before = [t for t in view.doc[sent.start : prep.i] if not (t.is_punct or t.is_space)]
    if any(t.lower_ not in OPENERS for t in before):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    comma = prep.right_edge.i + 1
    if obj is None or comma >= sent.end - 1 or view.doc[comma].text != ",":
        return None
    head = prep.head
    if head.i < comma or view.cue_lemmas[head.i] in view.lex.cue_lemmas:
        return None  # "In a statement, Lopez said ...": the cue's own claim
    speaker = np_speaker(view, obj)
    if not _frames(view, low, obj, speaker):
        return None
    return FRAMING, comma + 1, sent.end - 1, speaker


def _frames(view: DocView, low: str, obj: Token, speaker: dict | None) -> bool:
    if low in SOURCE_PREPOSITIONS:
        return view.lex.source_types.get(obj.lemma_.lower()) is not None
    return obj.ent_type_ not in ("DATE", "TIME") and actor_like(view, speaker)
