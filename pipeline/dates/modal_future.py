"""tense.reported_future: a date hanging from a verb the tense leaves open (None) that a
reported 'would' or a passive infinitive after a noun puts after the telling: the next one.

'The minister said talks would resume on Monday': the future of a past report;
'the report, to be released Tuesday': a planned event ('had a plan to meet on Tuesday' may
lie on either side, and stays the nearest). A perfect ('would have resigned on Monday') is
a past, 'would' outside a reported clause ('it would rain on Sunday if') is left to the
nearest date, as before, and so is a date of a noun ('would fight Wednesday's ruling').
"""

from __future__ import annotations

from typing import Any

from pipeline.dates.grammar import Grammar

CLIMB = 12  # heads walked up from the date to its verb, as clause_tense walks


def modal_future(span: Any, g: Grammar) -> str | None:
    """'future' for a date of a reported 'would' clause or of an infinitive after a noun."""
    verb = span.root
    for _ in range(CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):
            return None  # "get around Wednesday's ruling": the noun's own time
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):
        return None  # 'would have resigned on Monday'
    words = {a.lower_ for a in auxes}
    if verb.dep_ == "ccomp" and words & g.reported_future_auxiliaries:
        return "future"  # 'said talks would resume on Monday'
    passive = any(a.dep_ == "auxpass" for a in auxes)
    if verb.dep_ in ("acl", "relcl") and "to" in words and passive:
        return "future"  # 'the report, to be released Tuesday'
    return None
