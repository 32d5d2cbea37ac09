"""Claim extraction for news articles: actors, dates and attributed claims.

`from pipeline import Extractor` gives the notebook API (see pipeline/api.py).
"""

from typing import Any

__version__ = "0.1.0"
SCHEMA_VERSION = 1

__all__ = ["SCHEMA_VERSION", "Extractor", "Tables", "__version__", "read_tables"]


def __getattr__(name: str) -> Any:
    # Lazy, so that spaCy's entry-point import of our factories stays light.
    if name in ("Extractor", "Tables", "read_tables"):
        from pipeline import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
