"""What the claim families have claimed so far: passed into each family and returned by it.

The families run in a declared order and a later one must not take what an earlier one
found: a cue that already has its claim, a span that is already some claim's content. A
cue coordinated with or subordinate to another cue and cut out of its content ("X said A
and urged B", "X said A, adding B") waits for the outer cue's speaker (`pending_inner`) and
then inherits it (`inherited`). The record is frozen: each change returns a new record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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

    def use_cue(self, i: int) -> Claimed:
        return replace(self, used_cues=self.used_cues | {i})

    def add_speech(self, start: int, end: int) -> Claimed:
        return replace(self, speech_ranges=(*self.speech_ranges, (start, end)))

    def inside_speech(self, idx: int) -> bool:
        # a plain loop: asked for every cue candidate and every word of some families
        for a, b in self.speech_ranges:  # noqa: SIM110  (any() over a generator: 2.7x slower)
            if a <= idx < b:
                return True
        return False

    def defer_inner(self, outer: int, inner: int) -> Claimed:
        pending = dict(self.pending_inner)
        pending[outer] = (*pending.get(outer, ()), inner)
        return replace(self, pending_inner=MappingProxyType(pending))

    def hand_down(self, outer: int, speaker: dict | None) -> Claimed:
        """The outer cue's speaker given to the inner cues that wait for it."""
        inner = self.pending_inner.get(outer)
        if inner is None:
            return self
        pending = {k: v for k, v in self.pending_inner.items() if k != outer}
        inherited = {**self.inherited, **dict.fromkeys(inner, speaker)}
        return replace(
            self, pending_inner=MappingProxyType(pending), inherited=MappingProxyType(inherited)
        )
