"""Event coding after the claims: a PLOVER event category on every claim, polarity toward the
target, targets from the event's arguments, nested events, and the events table."""
