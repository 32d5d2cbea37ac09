"""An unnamed actor is named as the text writes it, from the words that say whose it is to
its noun ("Somalia's foreign ministry", "Danish dairy farmers", "the Russian embassy in
Seoul" -> "Russian embassy in Seoul"); one the text names without its state is named with
the state's adjective before the body or the title ("Serbian foreign ministry"), never with
the state's name fused onto the noun ("Serbia foreign ministry"). A state's government stays
the state; its officials are people of it. Within an article an actor has one name: a later "the ministry" takes it.
One line per case: the text, the speaker's name and actor id (of the first claim, or of the
last one in LATER_CASES).
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

CASES = [
    ("The Serbian foreign ministry said it would recall its ambassador.", "Serbian foreign ministry", "org:SRB:foreign-ministry"),
    ("Somalia's foreign ministry said it was concerned.", "Somalia's foreign ministry", "org:SOM:foreign-ministry"),  # as written
    ("A senior Egyptian official said the talks would resume.", "senior Egyptian official", "desc:EGY:official"),  # its seniority as written, not in the id
    ("Poland's state grid operator said the lines were safe.", "Poland's state grid operator", "desc:POL:state-grid-operator"),
    ("A Dutch government spokesperson said the ban would stay.", "Dutch government spokesperson", "desc:NLD:government-spokesperson"),
    ("Norwegian officials said the border would stay open.", "Norwegian officials", "desc:NOR:official"),  # people of a government, not the state
    ("Iceland's foreign ministry said the talks would go on.", "Iceland's foreign ministry", "org:ISL:foreign-ministry"),
    ("A senior New Zealand official said the port was closed.", "senior New Zealand official", "desc:NZL:official"),  # no adjective: the name
    ("The Russian embassy in Seoul said the report was false.", "Russian embassy in Seoul", "org:RUS:embassy"),  # a posted body's place
    ("A Chilean embassy spokesperson in Lima said the visas were ready.", "Chilean embassy spokesperson", "desc:CHL:embassy-spokesperson"),  # the nationality on the compound, not the place
    ("SEOUL — The talks ended. A Korean official said the drafting took weeks.", "South Korean official", "desc:KOR:official"),  # a word of the state's adjective is not written twice
    ("COLOMBO - Sri Lanka's finance ministry said it would not pay.", "Sri Lanka's finance ministry", "org:LKA:finance-ministry"),  # the parser ran a bare dateline into the phrase
    ("WARSAW - Poland's state grid operator said the lines were safe.", "Poland's state grid operator", "desc:POL:state-grid-operator"),
]  # fmt: skip

LATER_CASES = [
    ("Uganda's foreign ministry said the troops would stay. The ministry said talks would resume.", "Uganda's foreign ministry", "org:UGA:foreign-ministry"),  # one name in the article
    ("The Russian embassy in Seoul said the report was false. The embassy said it would protest.", "Russian embassy in Seoul", "org:RUS:embassy"),
]  # fmt: skip


def speakers(nlp, text: str) -> list[dict]:
    records = process_articles(nlp, [Article("a1", text, "a1.txt", published="2025-03-04")])
    return [c["speaker"] for c in records.records["a1"]["claims"]]


@pytest.mark.parametrize("text, name, actor_id", CASES)
def test_an_unnamed_actor_is_named_as_written(nlp, text, name, actor_id):
    speaker = speakers(nlp, text)[0]
    assert (speaker["name"], speaker["actor_id"]) == (name, actor_id)


@pytest.mark.parametrize("text, name, actor_id", LATER_CASES)
def test_a_later_mention_takes_the_actors_name(nlp, text, name, actor_id):
    speaker = speakers(nlp, text)[-1]
    assert (speaker["name"], speaker["actor_id"]) == (name, actor_id)
