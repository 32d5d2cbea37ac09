"""Claim extraction for news articles: actors, dates and attributed claims."""

__version__ = "0.1.0"
SCHEMA_VERSION = 1
