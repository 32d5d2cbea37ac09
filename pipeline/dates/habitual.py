"""A part of the year in a habitual clause is of no one year (tense.habitual).

"Most sales are usually made in the second and fourth quarters", "the river typically
floods in spring": the clause tells what happens every year, so TIMEX3 writes the year as
unknown (XXXX-Q2, XXXX-SP), not the year the anchor and tense would pick. A habitual
adverb (lexicon habitual_adverbs) on the verb the date hangs from says so. Only dates of
rules that name a part of a year without its year (lexicon habitual_rules) change, and
not one that names its year ('usually in the spring of 2020' is not written so).
"""

from __future__ import annotations

import re
from typing import Any

RULE_ID = "tense.habitual"
_YEAR_PREFIX = re.compile(r"\d{4}(?=-(?:Q\d|H\d|SP|SU|FA|WI|\d\d)$)")
_NAMED_YEAR = re.compile(r"\d|\byear\b")


def unanchor_habitual(chosen: list[dict[str, Any]], ctx) -> None:
    """Write the year of each habitual part of a year as unknown (XXXX)."""
    g = ctx.g
    for cand in chosen:
        if cand["rule_id"] not in g.habitual_rules or not _YEAR_PREFIX.match(cand["value"]):
            continue
        if _NAMED_YEAR.search(ctx.low[cand["start"] : cand["end"]]):
            continue
        span = ctx._tokens(cand["start"], cand["end"])
        if span is not None and len(span) and _habitual_verb(span.root, g):
            cand["value"] = "XXXX" + cand["value"][4:]
            cand["anchor"] = None
            cand["rule_id"] = RULE_ID


def _habitual_verb(token: Any, g: Any) -> bool:
    """Does the verb `token` hangs from carry a habitual adverb ('usually', 'typically')?"""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # a root read as a noun ('the river typically floods') still carries the adverb
    return any(c.dep_ == "advmod" and c.lower_ in g.habitual_adverbs for c in verb.children)
