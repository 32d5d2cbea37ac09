"""A content that is the object of a preposition the cue governs takes the preposition in
(claims/preposition_contents.py); one whose preposition is part of the cue does not. The
function runs here on the pipeline's claims; applying it twice changes nothing."""

import pytest

from pipeline.claims.preposition_contents import with_opening_preposition


def _contents(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    rows = with_opening_preposition(doc._.claims, doc)
    return {c["cue"]["text"]: c["content"]["text"] for c in rows}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor apologized for the delay.", "apologized", "for the delay"),  # open_prep
        ("Ms. Ruiz voiced her support for the harbour plan.", "support", "for the harbour plan"),
        ("Her concern about the budget grew.", "concern", "about the budget"),  # noun_prep
        ("Residents were angry about the new toll.", "angry about", "the new toll"),  # in the cue
        ("Officials warned of heavy rain.", "warned of", "heavy rain"),  # in the cue -> as it was
        (
            "The union criticized the board over its pay deal.",
            "criticized",
            "the board over its pay deal",
        ),
    ],
)
def test_prepositional_contents(nlp, text, cue, content):
    assert _contents(nlp, text).get(cue) == content


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose for the third day in a row.",  # -> nothing
        "The striker apologized to fans after the match.",  # -> nothing
    ],
)
def test_no_claim_from_a_preposition_alone(nlp, text):
    assert _contents(nlp, text) == {}


def test_widening_twice_changes_nothing(nlp):
    doc = nlp("The mayor apologized for the delay.")
    once = with_opening_preposition(doc._.claims, doc)
    texts = [c["content"]["text"] for c in once]
    assert [c["content"]["text"] for c in with_opening_preposition(once, doc)] == texts
