"""Date stage: temporal expressions normalised to TIMEX3 values."""
