"""Claim stage: who said, pledged, warned or did what to whom."""
