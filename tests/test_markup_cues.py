"""A word that names a markup tag left in the text is no cue (layout_rules.apply_layout)."""

import pytest

from pipeline.claims.layout_rules import apply_layout


def _claim(text: str, cue: str) -> dict:
    start = text.index(cue)
    return {
        "rule_id": "mixed.dobj_with_quote",
        "cue": {"text": cue, "start": start, "end": start + len(cue)},
        "content": {"text": text[start + len(cue) :], "start": start + len(cue), "end": len(text)},
    }


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        ('<tweet author="cityhall">Roads close at noon</tweet>', "tweet", 0),  # opening tag
        ("Roads close at noon</post> today", "post", 0),  # closing tag
        ("The council tweet said roads close at noon", "tweet", 1),  # a word -> kept
        ("Ms. Ruiz tweeted that roads close at noon", "tweeted", 1),  # a verb -> kept
        ("a < b, she noted that roads close", "noted", 1),  # a "<" elsewhere -> kept
    ],
)
def test_markup_tag_names_are_no_cues(text, cue, kept):
    assert len(apply_layout([_claim(text, cue)], None, [], text)) == kept
