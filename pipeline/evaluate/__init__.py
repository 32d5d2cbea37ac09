"""Evaluation of a run's tables against annotated data.

`gold` scores the project's own gold files (shared/gold/*.gold.json). Other scorers (PolNeAR,
TimeML) can sit beside it as modules of their own, reusing `metrics`.
"""

from pipeline.evaluate.gold import GoldError, GoldReport, format_report, load_gold, score_gold

__all__ = ["GoldError", "GoldReport", "format_report", "load_gold", "score_gold"]
