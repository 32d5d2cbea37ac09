"""A date that ends a speaker's phrase is no part of who speaks: "Chile's president on
Sunday evening said", "a spokesman for the ministry on Monday said" -> "Chile's president",
"a spokesman for the ministry" (rule actor.speaker.trailing_date). The parser often hangs
the date on the noun before the verb; the speaker is the phrase before it. So with a phrase
of time or turn no tagger calls a date ("Tashkent at the time threatened", "Ankara for its
part said"; patterns/speaker_span.json trailing_phrases).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from pipeline.rules import load_data

RULE_ID = "actor.speaker.trailing_date"
DATE_LABELS = ("DATE", "TIME")
# words that hang a date on what comes before it ("on Monday", "late on Friday", "earlier
# this week"), when NER leaves them out of the date
DATE_LEADS = ("on", "in", "at", "during", "for", "late", "early", "earlier", "later")
NAMING_POS = ("NOUN", "PROPN", "PRON")


def trailing_date_cut(doc: Doc, start: int, end: int) -> int | None:
    """Where the speaker's phrase [start, end) ends without the date that ends it, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    if span[-1].ent_type_ not in DATE_LABELS:
        return _phrase_cut(span)
    i = len(span) - 1
    while i > 0 and span[i].ent_type_ in DATE_LABELS:
        i -= 1
    while i > 0 and span[i].lower_ in DATE_LEADS and span[i].ent_type_ not in DATE_LABELS:
        i -= 1
    kept = span[: i + 1]
    if span.root.i >= kept.end:
        return None  # the head itself taken for a date ("Ana Ruiz last week": NER's "Ruiz")
    if kept[-1].is_punct or not any(t.pos_ in NAMING_POS for t in kept):
        return None
    if kept[-1].dep_ == "poss" or kept[-1].tag_ == "POS":
        return None  # "the minister's Monday statement": the date is the head's
    return kept.end_char


@cache
def trailing_phrases() -> tuple[tuple[str, ...], ...]:
    words = load_data("actors", "speaker_span.json", version=1)["trailing_phrases"]["phrases"]
    return tuple(tuple(p.split()) for p in words)


def _phrase_cut(span) -> int | None:
    """Where the phrase ends before a trailing phrase of time or turn ("at the time")."""
    lowers = [t.lower_ for t in span]
    for phrase in trailing_phrases():
        n = len(phrase)
        if len(lowers) > n and tuple(lowers[-n:]) == phrase:
            kept = span[: len(span) - n]
            if kept.root.i == span.root.i and any(t.pos_ in NAMING_POS for t in kept):
                return kept.end_char
    return None
