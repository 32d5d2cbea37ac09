"""The actor mentions a speaker's phrase may refer to, in text order, indexed once per Doc:
the speaker rules ask for them, and for those overlapping a phrase, for every cue."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.doctext import PerDoc

# unnamed ones whose state is a guess from context (a role noun is resolved by
# compatibility instead), and capitals and cities named as places ("its envoy from Oslo":
# no antecedent of "the embassy"), and a state's property an act is done to
NOT_ANTECEDENTS = (
    "actor.unnamed_in_context",
    "actor.capital_place",
    "actor.city_place",
    "actor.national_target",
    "actor.news_outlet",  # a dateline's agency, a press turn's outlet: it reports, asks
)


def _mentions(doc: Doc) -> list[dict]:
    """The actor mentions that a speaker's phrase may refer to."""
    found = getattr(doc._, "actor_mentions", None) or []
    return [m for m in found if isinstance(m, dict) and m.get("rule_id") not in NOT_ANTECEDENTS]


@dataclass(frozen=True)
class MentionIndex:
    """`_mentions` in text order, with their starts and the longest one's length."""

    ordered: list[dict]
    starts: list[int]
    longest: int

    def overlapping(self, start: int, end: int) -> list[dict]:
        """The mentions (in text order) that overlap chars [start, end): only those starting
        less than the longest mention's length before `start` can."""
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end, lo)
        return [m for m in self.ordered[lo:hi] if m["end"] > start]


# Doc -> (the mentions list it was made from, its index)
_INDEX: PerDoc[tuple[list, MentionIndex]] = PerDoc()


def sorted_mentions(doc: Doc) -> list[dict]:
    """`_mentions` in text order."""
    return mention_index(doc).ordered


def mention_index(doc: Doc) -> MentionIndex:
    """The Doc's `MentionIndex`, made once per Doc and again if the mentions list is replaced
    (the cache holds that list, so a new one is never taken for it)."""
    current, cached = doc._.actor_mentions, _INDEX.get(doc)
    if cached is None or cached[0] is not current:
        ordered = sorted(_mentions(doc), key=lambda m: (m["start"], m["end"]))
        longest = max((m["end"] - m["start"] for m in ordered), default=0)
        index = MentionIndex(ordered, [m["start"] for m in ordered], longest)
        cached = _INDEX.set(doc, (current, index))
    return cached[1]


def within_lookback(doc: Doc, mentions: list[dict], start: int, lookback: int) -> list[dict]:
    """The Doc's ordered mentions less those that end more than `lookback` chars before
    `start` for certain (they start earlier than that by more than the longest mention's
    length): a backward search passes them over, and most of a long text lies there."""
    index = mention_index(doc)
    if mentions is not index.ordered:
        return mentions
    lo = bisect_left(index.starts, start - lookback - index.longest)
    return mentions[lo:] if lo else mentions
