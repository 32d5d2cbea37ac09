"""Where a claim's content starts and ends, one line per case: the content is marked
[[ ]] and the claim is found by its cue (the second item). A line with `\\n` is the same
sentence hard-wrapped as plain-text mail and newsletters are, at about 72 columns. The
sentences are our own."""

from __future__ import annotations

import pytest

CASES = [
    # a verb conjunct of the cue joined by a contrast goes on with what was said
    (
        "The mayor said [[the harbour would reopen, but the ferries would not run until May]].",
        "said",
    ),
    ("The mayor backs [[the harbour plan but will not pay for the new cranes]].", "backs"),
    (
        "The mayor told reporters that [[the council had tried to close the harbour, but a judge\nhad stopped it]].",
        "told",
    ),  # hard-wrapped
    # ... but a clause of the author's, or the speaker's next act, does not
    ("The mayor said [[the harbour was safe]], and the crowd cheered.", "said"),
    ("The mayor called [[the plan reckless]] and left the room.", "called"),
    # a date that tells when it was said stays out; one inside a clause hung on the cue is said
    ("The mayor announced [[a new harbour]] at a meeting on March 3, 2021.", "announced"),
    (
        "The mayor said [[the harbour would reopen, although the last ferry had left in March]].",
        "said",
    ),
]


def bracketed(case: str) -> tuple[str, int, int]:
    start = case.index("[[")
    end = case.index("]]") - 2
    return case.replace("[[", "").replace("]]", ""), start, end


@pytest.mark.parametrize("case,cue", CASES, ids=[c[0][:60] for c in CASES])
def test_content_span(nlp, case, cue):
    text, start, end = bracketed(case)
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-10"
    claims = nlp(doc)._.claims
    found = [c for c in claims if c["cue"]["text"].split()[0] == cue]
    assert found, f"no claim of {cue!r}: {claims}"
    got = found[0]["content"]
    assert (got["start"], got["end"]) == (start, end), f"got {got['text']!r}"
