"""Actor stage: mentions of people, organisations and states, resolved to canonical actors."""
