"""Vague amounts of time counted from another event or from now: 'days later', 'weeks
earlier', 'months ago'. TimeML writes the amount as a duration (PXD, PXW, PXM), as it does
'two days before the attack'. With a number before it ('ten minutes later') the counted
rules tag the amount, and this one gives nothing. 'Hopes to one day win': a future no number
places (FUTURE_REF), only between a modal or 'to' and a verb. 'Today's world': the present
age (PRESENT_REF), not the day."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.dates.anchors import Anchor, Direction, Resolved, Result, duration_value
from pipeline.dates.grammar import Grammar

Groups = dict[str, str | None]
BASE_VERB_TAGS = ("VB", "VBP", "NN")


def resolve_vague_shift(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    if gr.get("num"):
        return None
    _, unit = g.unit(gr.get("unit") or "")
    return Resolved("DURATION", duration_value(None, unit))


def resolve_future_ref(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'may one day host': a future no date places."""
    return Resolved("DATE", "FUTURE_REF")


GENERIC_DAY_REFS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}


def resolve_generic_day(g: Grammar, gr: Groups, anchor: Anchor, tense: Direction) -> Result:
    """'today's world', 'tomorrow's children': an age named by its day (TimeML's generic
    'today'), not a date."""
    return Resolved("DATE", GENERIC_DAY_REFS[(gr.get("dayword") or "").lower()])


VAGUE_RESOLVERS = {
    "vague_shift": resolve_vague_shift,
    "future_ref": resolve_future_ref,
    "generic_day": resolve_generic_day,
}


def modal_before_verb(span: Span | None) -> bool:
    """'may one day win', 'to one day build': a lower-case modal (tag MD) or 'to' just before
    the span and a base verb just after (tagged VB, or NN: after 'one day' the tagger often
    reads 'return', 'host' as nouns); not 'In May one day, ...' nor 'cut to one day in jail'."""
    if span is None or span.start == 0 or span.end >= len(span.doc):
        return False
    before, after = span.doc[span.start - 1], span.doc[span.end]
    modal = before.text == "to" or (before.tag_ == "MD" and before.text.islower())
    return modal and after.tag_ in BASE_VERB_TAGS and after.text.isalpha() and after.text.islower()
