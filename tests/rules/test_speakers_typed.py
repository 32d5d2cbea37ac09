"""Speakers whose phrase says what kind of actor speaks, as a specification: one line per
case, in the markup of test_speaker_rules.py (`<s ...>` the span that names a speaker and
what `resolve_speaker` gives for it, or in TURN_CASES the speaker of the claim whose speaker
starts there; `id=-`: no actor).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_speaker_rules import check_speaker_case, check_turn_case

SPEAKER_CASES = [
    # -- a coordinator inside one name joins no speakers; a bare count brings in new people
    "<s name='Tomas Berg' country=PER>Peru's Fisheries and Aquaculture Commissioner</s>, Tomas Berg, told reporters the quotas would fall.",
    "Minister Ana Ruiz met Minister Tomas Berg on Monday. According to <s rule=actor.speaker.indefinite id=- name='two diplomats'>two diplomats</s>, a deal was close.",  # not the two named before
    "Minister Ana Ruiz met Minister Tomas Berg on Monday. <s rule=actor.speaker.indefinite id=->Two diplomats</s> said a deal was close.",
    # -- a state's officials are people of its government, not the state: named as written
    "<s rule=actor.speaker.unnamed id=desc:MLI:official name='Malian officials' country=MLI role=GOV>Malian officials</s> said the border would reopen on Friday.",
    "Floods cut the main road. <s id=desc:NPL:official name='officials in Kathmandu' country=NPL>Officials in Kathmandu</s> said aid was on its way.",
    # -- a word of seniority is part of an unnamed person's name as written, not of its id
    "<s id=desc:KEN:diplomat name='senior Kenyan diplomat' country=KEN>A senior Kenyan diplomat</s> said the talks had stalled.",
    "A senior Kenyan diplomat said the talks had stalled. <s id=desc:KEN:diplomat name='senior Kenyan diplomat'>The diplomat</s> said a deal was still possible.",
    # -- one person an organisation's name modifies is that organisation's person, not it
    "<s rule=actor.speaker.mention id=desc:org:nato:negotiator name='senior NATO negotiator' country=IGO>A senior NATO negotiator</s> said the talks had stalled.",
    "<s id=desc:org:u-s-department-of-state:official name='State Department official' country=USA>A State Department official</s> said the visit was off.",
    "The Federal Reserve held rates on Wednesday. <s name='Fed chair' country=USA>The Fed chair</s> said inflation was easing.",
    "The Korea Coast Guard (KCG) said it had seized a boat. <s id=desc:org:kor-coast-guard:official name='KCG official'>A KCG official</s> said the crew was detained.",  # an acronym the text defines, before a title word
    "European Commission President Ana Ruiz arrived in Kyiv on Monday. <s name='Ana Ruiz' country=IGO>The European Commission president</s> said the accession talks would open.",  # the person introduced so
    "A senior WHO official said cases were rising. Talks went on. <s name='senior WHO official' country=IGO>The official</s> said vaccines were short.",
    # -- a poll speaks for whoever published it
    "<s rule=actor.speaker.document_issuer name='Harbour Research Group' country=KEN>A poll</s> released this week by the Nairobi-based Harbour Research Group showed that most opposed it.",
    # -- a person of the body a common-noun possessor stands for, not a person named before
    "The Sudanese army accused Nairobi of bias. An army spokesman, Gen. Osman Idris, said the delegation came in good faith. The Harbour Front did not respond. <s rule=actor.speaker.possessed_person id=desc:org:harbour-front:commander>The group's commander</s> has said he welcomes talks.",
    "The Bank of Japan has signalled it may delay its next rate rise. <s rule=actor.speaker.possessed_person country=JPN>The bank's governor</s> has made clear he wants to wait.",
    "The Harbour Front did not respond to requests for comment. <s rule=actor.speaker.possessed_person id=org:harbour-front>The group's spokesman</s> said talks were off.",  # a spokesperson: the body itself
    # -- a person noun inside what someone said is no nearer antecedent of a later "he"
    "Tomas Berg, a spokesman for the U.N. secretary-general, said the secretary-general “takes note” of the decision. <s rule=actor.speaker.pronoun name='Tomas Berg'>He</s> repeated the appeal for support.",
    # -- every ministry is one state's, named with the state the text writes before it
    "<s id=org:CHL:natural-resources-ministry name='Chile’s Ministry of Natural Resources' country=CHL>Chile’s Ministry of Natural Resources</s> said the new map was accurate.",
    "Peru's Ministry of Natural Resources met its Chilean counterpart. <s id=org:PER:natural-resources-ministry>The ministry</s> said the new map was accurate.",
    "<s id=org:CHL:foreign-ministry country=CHL>Chile's Ministry of Foreign Affairs and International Cooperation</s> said the talks would resume.",  # a portfolio of two: one name
]  # fmt: skip


TURN_CASES = [
    # -- a state's body briefing in its capital: the states in the title are its topics
    "Department Press Briefing: Peru-Chile border dispute, floods in Bolivia\n\nU.S. Department of State\nDEPARTMENT PRESS BRIEFING\nWashington, D.C., March 3, 2026, 1:15 p.m. EST\n\n<s country=USA role=GOV rule=actor.speaker.turn_header_state>MR. HALE</s>: Good afternoon. The talks will resume on Monday.\n\nQ: Where?\n",
    "Department Press Briefing: Peru-Chile border dispute, floods in Bolivia\n\nU.S. Department of State\nDEPARTMENT PRESS BRIEFING\nWashington, D.C., March 3, 2026, 1:15 p.m. EST\n\nMR. HALE: Good afternoon. <s id=gpe:USA rule=actor.speaker.turn_we>We</s> call on both sides to talk.\n\nQ: Where?\n",  # the briefer's "we": the state
    # -- a state named by its own name in a programme's title is no institution of it
    "The Sunday Panel: a former trade envoy on tariffs, Beijing and the banks\n\nTHE SUNDAY PANEL - TRANSCRIPT\nHarbour Television, broadcast Sunday, May 4, 2025\n\n<s country=->ANNA BERG</s>: Welcome to the programme. Markets fell this week.\n\nTOM HALE: Thank you.\n",
]  # fmt: skip


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker(nlp, case):
    check_speaker_case(nlp, case)


@pytest.mark.parametrize("case", TURN_CASES)
def test_turn_speaker(nlp, case):
    check_turn_case(nlp, case)
