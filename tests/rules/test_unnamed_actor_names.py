"""An unnamed actor is named as news names it: the state's adjective before the body or the
person's title ("the Serbian foreign ministry" -> "Serbian foreign ministry"), not the state's
name fused onto the noun ("Serbia foreign ministry"). A state's government stays the state.
One line per case: the text, the speaker's name and actor id.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

CASES = [
    ("The Serbian foreign ministry said it would recall its ambassador.", "Serbian foreign ministry", "org:SRB:foreign-ministry"),
    ("Somalia's foreign ministry said it was concerned.", "Somali foreign ministry", "org:SOM:foreign-ministry"),
    ("A senior Egyptian official said the talks would resume.", "Egyptian official", "desc:EGY:official"),
    ("Poland's state grid operator said the lines were safe.", "Polish state grid operator", "desc:POL:state-grid-operator"),
    ("A Dutch government spokesperson said the ban would stay.", "Dutch government spokesperson", "desc:NLD:government-spokesperson"),
    ("Norwegian officials said the border would stay open.", "Norway", "gpe:NOR"),  # a government: the state
    ("Iceland's foreign ministry said the talks would go on.", "Icelandic foreign ministry", "org:ISL:foreign-ministry"),  # not "Icelander"
    ("A senior New Zealand official said the port was closed.", "New Zealand official", "desc:NZL:official"),  # no adjective: the name
]  # fmt: skip


@pytest.mark.parametrize("text, name, actor_id", CASES)
def test_an_unnamed_actor_is_named_with_its_state_adjective(nlp, text, name, actor_id):
    records = process_articles(nlp, [Article("a1", text, "a1.txt", published="2025-03-04")])
    speaker = records.records["a1"]["claims"][0]["speaker"]
    assert (speaker["name"], speaker["actor_id"]) == (name, actor_id)
