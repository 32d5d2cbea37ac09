"""Speakers whose phrase says what kind of actor speaks, as a specification: one line per
case, in the markup of test_speaker_rules.py (`<s ...>` the span that names a speaker and
what `resolve_speaker` gives for it; `id=-`: no actor).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_speaker_rules import check_speaker_case

SPEAKER_CASES = [
    # -- a coordinator inside one name joins no speakers; a bare count brings in new people
    "<s name='Tomas Berg' country=PER>Peru's Fisheries and Aquaculture Commissioner</s>, Tomas Berg, told reporters the quotas would fall.",
    "Peru's Ministry of Trade and Industry met Chilean envoys. <s rule=actor.speaker.indefinite id=->Two diplomats</s> said a deal was close.",
    "The Danish minority and Sweden held talks on Monday. According to <s id=- name='two diplomats'>two diplomats</s>, a deal was close.",
    "Chile met Peru on Monday. <s rule=actor.speaker.joint name=Chile>The two countries</s> said a deal was close.",  # a definite count: the two named before
    # -- a state's officials are people of its government, not the state: named as written
    "<s rule=actor.speaker.unnamed id=desc:MLI:official name='Malian officials' country=MLI role=GOV>Malian officials</s> said the border would reopen on Friday.",
    "Floods cut the main road. <s id=desc:NPL:official name='officials in Kathmandu' country=NPL>Officials in Kathmandu</s> said aid was on its way.",
]  # fmt: skip


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker(nlp, case):
    check_speaker_case(nlp, case)
