"""Character spans for the PolNeAR scorer: brat's discontinuous spans and our claim parts.

A gold span and a predicted one are compared by the characters they share (`Span.overlap`,
`coverage`); see `pipeline.evaluate.polnear` for the metrics built on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

SNIPPET = 160  # characters of a span's text kept in a sample row


@dataclass(frozen=True)
class Span:
    """A possibly discontinuous character span: sorted, non-overlapping fragments."""

    fragments: tuple[tuple[int, int], ...]
    text: str

    @classmethod
    def build(cls, fragments: Iterable[tuple[int, int]], text: str) -> Span | None:
        """The span over `fragments` of the document `text` (merged); None when empty."""
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in fragments if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if not merged:
            return None
        parts = tuple((s, e) for s, e in merged)
        return cls(parts, " ".join(text[s:e] for s, e in parts))

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def __len__(self) -> int:
        return sum(e - s for s, e in self.fragments)

    def overlap(self, other: Span | None) -> int:
        """Number of characters the two spans share."""
        if other is None:
            return 0
        return sum(
            max(0, min(e1, e2) - max(s1, s2))
            for s1, e1 in self.fragments
            for s2, e2 in other.fragments
        )

    def to_dict(self) -> dict[str, Any]:
        return {"text": snip(self.text), "fragments": [list(f) for f in self.fragments]}


def coverage(gold: Span, pred: Span | None) -> float:
    """Share of the gold span's characters that the predicted span covers."""
    return gold.overlap(pred) / len(gold) if pred is not None else 0.0


def claim_span(part: dict[str, Any] | None, text: str) -> Span | None:
    """A claim part ({"start", "end", ...}) as a Span; None when absent or out of range.
    A part with `fragments` ([[start, end], ...], as `pipeline_claims` joins them) is the
    union of those fragments."""
    if not part:
        return None
    fragments = part.get("fragments")
    if fragments:
        spans = [claim_span({"start": s, "end": e}, text) for s, e in fragments]
        if any(span is None for span in spans):
            return None
        return Span.build([f for span in spans if span for f in span.fragments], text)
    start, end = part.get("start"), part.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start < end <= len(text):
        return None
    return Span.build([(start, end)], text)


def snip(text: str | None) -> str | None:
    """`text` on one line, cut to SNIPPET characters, for a sample row."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


OPEN_QUOTES = ("``", "''", "“", "‘", '"', "'")
CLOSE_QUOTES = ("''", "”", "’", '"', "'")
CLOSE_PUNCT = ",.?!;:"
COMPLEMENTIZERS = ("that ",)


def polnear_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """Our content chars [start, end) in PolNeAR's extent: its contents take the quotation
    marks that enclose a quote, with the punctuation just inside the closing one (“Yes,”),
    and a clause's complementizer ("that the plan failed"); ours leave them out. The span
    grows only over those marks, so the words it covers are the same."""
    before = text[:start]
    opened = next((q for q in OPEN_QUOTES if before.endswith(q)), None)
    if opened is not None:
        start -= len(opened)
    elif before.lower().endswith(COMPLEMENTIZERS) and (start < 6 or not text[start - 6].isalnum()):
        start -= len(COMPLEMENTIZERS[0])
    k = end
    while k < len(text) and k - end < 3 and text[k] in CLOSE_PUNCT:
        k += 1
    closed = next((q for q in CLOSE_QUOTES if text.startswith(q, k)), None)
    if closed is not None:
        end = k + len(closed)
    return start, end
