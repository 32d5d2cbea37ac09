"""Scores of the PolNeAR evaluation: content coverage matching, speaker and cue accuracy.

The metrics are described in `pipeline.evaluate.polnear`; this module holds the score
dataclasses and scores one document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import Accuracy, Counts, greedy_match
from pipeline.evaluate.polnear_brat import Attribution
from pipeline.evaluate.polnear_spans import Span, claim_span, coverage

THRESHOLDS = (0.3, 0.8)


@dataclass
class LevelScore:
    """Content P/R/F1 at one coverage threshold, and speaker/cue accuracy over its matches."""

    threshold: float
    content: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    speaker_given: Accuracy = field(default_factory=Accuracy)
    cue: Accuracy = field(default_factory=Accuracy)

    def __add__(self, other: LevelScore) -> LevelScore:
        return LevelScore(
            self.threshold,
            self.content + other.content,
            self.speaker + other.speaker,
            self.speaker_given + other.speaker_given,
            self.cue + other.cue,
        )

    @property
    def speaker_null(self) -> int:
        """Matched pairs where the predicted speaker is null."""
        return self.speaker.total - self.speaker_given.total

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            **self.content.to_dict(),
            "speaker": self.speaker.to_dict(),
            "speaker_given": self.speaker_given.to_dict(),
            "speaker_null": self.speaker_null,
            "cue": self.cue.to_dict(),
        }


@dataclass
class PolnearReport:
    split_dir: Path
    system: str
    n_documents: int = 0
    n_gold: int = 0
    n_skipped_gold: int = 0  # gold attributions without a Content
    levels: dict[float, LevelScore] = field(default_factory=dict)
    kinds: dict[str, Counts] = field(default_factory=dict)  # per predicted kind, at 0.3
    miss_categories: Counter = field(default_factory=Counter)
    miss_features: Counter = field(default_factory=Counter)
    missed_cues: Counter = field(default_factory=Counter)  # lower-cased gold cue text
    misses: list[dict[str, Any]] = field(default_factory=list)  # a sample
    spurious: list[dict[str, Any]] = field(default_factory=list)  # a sample
    failed: dict[str, str] = field(default_factory=dict)  # doc_id -> the system's error
    pipeline_seconds: float = 0.0  # nlp.pipe, shared by the systems scored in one run
    system_seconds: float = 0.0  # the system callable alone

    def level(self, threshold: float) -> LevelScore:
        return self.levels[threshold]

    def to_dict(self) -> dict[str, Any]:
        return {
            "split_dir": str(self.split_dir),
            "system": self.system,
            "n_documents": self.n_documents,
            "n_gold": self.n_gold,
            "n_skipped_gold": self.n_skipped_gold,
            "levels": {str(t): level.to_dict() for t, level in self.levels.items()},
            "kinds": {k: c.to_dict() for k, c in sorted(self.kinds.items())},
            "miss_categories": dict(self.miss_categories.most_common()),
            "miss_features": dict(self.miss_features.most_common()),
            "missed_cues": dict(self.missed_cues.most_common(25)),
            "misses": self.misses,
            "spurious": self.spurious,
            "failed": self.failed,
            "pipeline_seconds": round(self.pipeline_seconds, 2),
            "system_seconds": round(self.system_seconds, 2),
        }


@dataclass
class Prediction:
    """A predicted claim and its content, speaker and cue as spans of the document."""

    claim: dict[str, Any]
    content: Span | None
    speaker: Span | None
    cue: Span | None


def predictions(claims: Sequence[dict[str, Any]], text: str) -> list[Prediction]:
    return [
        Prediction(
            c,
            claim_span(c.get("content"), text),
            claim_span(c.get("speaker"), text),
            claim_span(c.get("cue"), text),
        )
        for c in claims
    ]


def _speaker_ok(gold: Attribution, pred: Prediction) -> bool:
    if gold.source is None:
        return pred.speaker is None
    return gold.source.overlap(pred.speaker) > 0


def _cue_ok(gold: Attribution, pred: Prediction) -> bool:
    if gold.cue is None:
        return pred.cue is None
    return gold.cue.overlap(pred.cue) > 0


def score_document(
    gold: Sequence[Attribution],
    claims: Sequence[dict[str, Any]],
    text: str,
    thresholds: Sequence[float] = THRESHOLDS,
) -> tuple[dict[float, LevelScore], dict[float, list[tuple[int, int, float]]]]:
    """Per-threshold scores of one document's claims, and the matched (gold, pred) pairs."""
    preds = predictions(claims, text)
    levels, pairs_by = {}, {}
    for threshold in thresholds:
        pairs = greedy_match(gold, preds, lambda g, p: coverage(g.content, p.content), threshold)
        level = LevelScore(threshold, Counts(len(pairs), len(preds), len(gold)))
        for i, j, _ in pairs:
            level.speaker.add(_speaker_ok(gold[i], preds[j]))
            if preds[j].speaker is not None:
                level.speaker_given.add(_speaker_ok(gold[i], preds[j]))
            level.cue.add(_cue_ok(gold[i], preds[j]))
        levels[threshold] = level
        pairs_by[threshold] = pairs
    return levels, pairs_by
