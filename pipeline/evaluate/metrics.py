"""Metric building blocks shared by the evaluators: counts, accuracies, greedy matching.

Nothing here knows about a gold format, so a later scorer (PolNeAR, TimeML) can reuse it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

G = TypeVar("G")
P = TypeVar("P")

_WORD = re.compile(r"\w+")


def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Counts:
    """Matching counts: P = matched / n_pred, R = matched / n_gold, F1 = their harmonic mean.

    With nothing predicted (or nothing in gold) the undefined ratio is None, not 0.
    """

    matched: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.matched, self.n_pred)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched, self.n_gold)

    @property
    def f1(self) -> float | None:
        if not self.n_pred and not self.n_gold:
            return None
        # 2PR/(P+R) written on counts, so that it is 0 (not undefined) when one side is empty.
        denominator = self.n_pred + self.n_gold
        return 2 * self.matched / denominator

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched, self.n_pred + other.n_pred, self.n_gold + other.n_gold
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "matched": self.matched,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


@dataclass
class Accuracy:
    """correct / total over matched pairs; None when no pair was matched."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return ratio(self.correct, self.total)

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": _round(self.value), "correct": self.correct, "total": self.total}


def greedy_match(
    gold: Sequence[G],
    pred: Sequence[P],
    score: Callable[[G, P], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """One-to-one matching: the best-scoring pair first, each item used at most once.

    Pairs scoring below `threshold` never match. Ties go to the earlier gold, then the
    earlier prediction, so the result is deterministic. Returns (gold_i, pred_j, score).
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                candidates.append((-s, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for negative, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j, -negative))
    return sorted(pairs)


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation (quotes, dashes, commas) is dropped."""
    return _WORD.findall(text.lower())


def token_f(gold_text: str, pred_text: str) -> float:
    """Token-overlap F-score: overlap = multiset intersection of the word tokens,
    P = overlap / |pred tokens|, R = overlap / |gold tokens|, F = 2PR / (P + R)."""
    gold_tokens = Counter(word_tokens(gold_text))
    pred_tokens = Counter(word_tokens(pred_text))
    overlap = sum((gold_tokens & pred_tokens).values())
    if not overlap:
        return 0.0
    return 2 * overlap / (sum(gold_tokens.values()) + sum(pred_tokens.values()))


def group_by(rows: Iterable[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row[key], []).append(row)
    return groups


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A markdown table with its columns padded to line up in plain text."""
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def score_cell(value: float | None, percent: bool = False) -> str:
    """A score for a report table (a fraction, or a percentage with `percent`), or a dash
    where it is undefined (nothing to score)."""
    if value is None:
        return "–"
    return f"{100 * value:.1f}" if percent else f"{value:.3f}"


def accuracy_cell(acc: Accuracy, percent: bool = False) -> str:
    return f"{score_cell(acc.value, percent)} ({acc.correct}/{acc.total})"


def prf_cells(counts: Counts, percent: bool = False) -> list[str]:
    """P, R, F1 and matched/predicted/gold, as report table cells."""
    return [
        score_cell(counts.precision, percent),
        score_cell(counts.recall, percent),
        score_cell(counts.f1, percent),
        f"{counts.matched}/{counts.n_pred}/{counts.n_gold}",
    ]


def titled_table(title: str, header: list[str], rows: list[list[str]]) -> str:
    return f"### {title}\n\n{markdown_table(header, rows)}"
