"""What the claim families have claimed so far: passed into each family and returned by it.

The families run in a declared order and a later one must not take what an earlier one
found: a cue that already has its claim, a span that is already some claim's content. A
cue coordinated with or subordinate to another cue and cut out of its content ("X said A
and urged B", "X said A, adding B") waits for the outer cue's speaker (`pending_inner`) and
then inherits it (`inherited`). The record is frozen: each change returns a new record.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _empty() -> Mapping:
    return MappingProxyType({})


@dataclass(frozen=True)
class Claimed:
    used_cues: frozenset[int] = frozenset()  # token indices of cues that have their claim
    speech_ranges: tuple[tuple[int, int], ...] = ()  # char ranges that are claim content
    pending_inner: Mapping[int, tuple[int, ...]] = field(
        default_factory=_empty
    )  # outer -> inner cues
    inherited: Mapping[int, dict | None] = field(default_factory=_empty)  # inner cue -> its speaker
    # the union of the non-empty speech ranges as sorted, disjoint, non-touching ranges (their
    # starts and their ends), for a bisection; the empty ones kept aside
    union: tuple[tuple[int, ...], tuple[int, ...]] = field(default=((), ()), compare=False)
    empty_ranges: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    def use_cue(self, i: int) -> Claimed:
        return _changed(self, used_cues=self.used_cues | {i})

    def add_speech(self, start: int, end: int) -> Claimed:
        ranges = (*self.speech_ranges, (start, end))
        if end <= start:
            return _changed(
                self, speech_ranges=ranges, empty_ranges=(*self.empty_ranges, (start, end))
            )
        return _changed(self, speech_ranges=ranges, union=_united(self.union, start, end))

    def inside_speech(self, idx: int) -> bool:
        """Is char `idx` inside some claim's content? (asked for every cue candidate)"""
        starts, ends = self.union
        k = bisect_right(starts, idx) - 1
        return k >= 0 and idx < ends[k]

    def overlaps_speech(self, start: int, end: int) -> bool:
        """Does some speech range (a, b) have a < end and start < b?"""
        if end <= start or self.empty_ranges:  # an empty range or query: every range tested
            return any(a < end and start < b for a, b in self.speech_ranges)
        starts, ends = self.union
        k = bisect_right(ends, start)  # the first united range ending after `start`
        return k < len(starts) and starts[k] < end

    def defer_inner(self, outer: int, inner: int) -> Claimed:
        pending = dict(self.pending_inner)
        pending[outer] = (*pending.get(outer, ()), inner)
        return _changed(self, pending_inner=MappingProxyType(pending))

    def hand_down(self, outer: int, speaker: dict | None) -> Claimed:
        """The outer cue's speaker given to the inner cues that wait for it."""
        inner = self.pending_inner.get(outer)
        if inner is None:
            return self
        pending = {k: v for k, v in self.pending_inner.items() if k != outer}
        inherited = {**self.inherited, **dict.fromkeys(inner, speaker)}
        return _changed(
            self, pending_inner=MappingProxyType(pending), inherited=MappingProxyType(inherited)
        )


def _changed(record: Claimed, **changes) -> Claimed:
    """`dataclasses.replace` without its walk over the fields and its checks: the families
    change the record once or twice per claim."""
    new = object.__new__(Claimed)
    new.__dict__.update(record.__dict__, **changes)
    return new


def _united(union: tuple[tuple[int, ...], tuple[int, ...]], start: int, end: int):
    """`union` with the non-empty range [start, end) added: the ranges it overlaps or
    touches are merged with it."""
    starts, ends = union
    lo = bisect_left(ends, start)  # the first range ending at or after `start`
    hi = bisect_right(starts, end)  # the ranges starting at or before `end`
    if lo < hi:
        start, end = min(start, starts[lo]), max(end, ends[hi - 1])
    return (*starts[:lo], start, *starts[hi:]), (*ends[:lo], end, *ends[hi:])
