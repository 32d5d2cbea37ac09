"""A speaker no actor was found for (`noun_phrases.unresolved_name`): its words are its name
when they are a name, from the name's first capitalised word (no article, no words of
description in lower case before it); a phrase headed by a common noun or a number is an unattributed source
and names no one (speaker.name null, its words kept in speaker.text). One line per case: a
text, the cue, the speaker's text and name expected. The sentences are made up.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_with_cue

CASES = [
    ("Analysts said the currency would fall further.", "said", "Analysts", None),  # a common noun
    ("Diplomatic sources in Vienna said a deal was close.", "said", "Diplomatic sources in Vienna", None),
    ("Hundreds of farmers said the new canal would dry their fields.", "said", "Hundreds of farmers", None),
    ("Some economists warned that prices would rise.", "warned", "Some economists", None),
    ("Petrobal said the well would reopen on Friday.", "said", "Petrobal", "Petrobal"),  # a name no actor stands for
    ("The union SITE Sul said the strike would go on.", "said", "The union SITE Sul", "SITE Sul"),  # a name in apposition, without the noun before it
    ("The opposition Velmar Alliance said the vote was rigged.", "said", "The opposition Velmar Alliance", "Velmar Alliance"),  # no article, no description
    ("The Horn of Africa Relief Consortium warned that rations would run out.", "warned", "The Horn of Africa Relief Consortium", "Horn of Africa Relief Consortium"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "speaker_text", "name"), CASES)
def test_unattributed_speaker_names_no_one(nlp, text, cue, speaker_text, name):
    speaker = claim_with_cue(nlp, text, cue)["speaker"]
    assert (speaker["text"], speaker["name"]) == (speaker_text, name)
