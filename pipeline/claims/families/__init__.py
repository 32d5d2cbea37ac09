"""The claim rule families, one free function each: `find_X(view, claimed) -> (claims,
claimed)`. The component runs them in a declared order; each sees what the earlier ones
claimed (`Claimed`) and returns the record with its own claims added."""

# the order the component runs them in by default (the factory's default config too);
# "open" (verbs outside the lexicon with a clause, at low confidence) is opt-in: its
# precision on PolNeAR train is under 50%
DEFAULT_ORDER = (
    "direct",
    "credits",
    "indirect",
    "nominal",
    "attitudes",
    "labels",
    "cue_objects",
    "light_verbs",
    "passives",
    "stance",
    "open_objects",
    "open_preps",
)
