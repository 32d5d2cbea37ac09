"""The claim rule families, one free function each: `find_X(view, claimed) -> (claims,
claimed)`. The component runs them in a declared order; each sees what the earlier ones
claimed (`Claimed`) and returns the record with its own claims added."""
