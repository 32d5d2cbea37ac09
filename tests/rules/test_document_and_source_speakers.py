"""Documents and anonymous sources as speakers, and the number of a group's name, as a
specification: one line per case, in the markup of test_speaker_rules.py (`<s ...>` the
span that names a speaker and what `resolve_speaker` gives for it; `id=-`: no actor).

- a document noun that speaks only under a cue ("the strategy says", "the review warns",
  "according to the assessment"; actors/patterns/speaker_documents.json) speaks for its
  issuer, as "the statement" does (actor.speaker.document_issuer), else for the state its
  phrase names (actor.speaker.document_state);
- "sources" are people who speak off the record: never an organisation or a state named
  before (role_nouns.json), though their own words may give them a state;
- an unnamed group is named in the text's number ("Danish dairy farmers"); its id keys
  the noun's lemma (desc:DNK:dairy-farmer).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_speaker_rules import check_speaker_case

DOCUMENT = "actor.speaker.document_issuer"

CASES = [
    # -- a document named with its issuer as possessor: the issuer speaks
    f"<s rule={DOCUMENT} id=org:pentagon country=USA from=document>The Pentagon's new Pacific strategy</s> says China is the main challenge.",
    f"<s rule={DOCUMENT} id=gpe:JPN from=document>Japan's defence white paper</s> says the threat to its islands has grown.",  # a document noun of two words
    f"<s rule={DOCUMENT} id=gpe:DEU from=document>Germany's new China strategy</s> calls Beijing a rival.",
    f"<s rule={DOCUMENT} id=org:FRA:foreign-ministry from=document>The French foreign ministry's memo</s> says the talks failed.",
    f"According to <s rule={DOCUMENT} id=org:kremlin country=RUS>the Kremlin's assessment</s>, the sanctions have failed.",  # "according to" is a cue too
    f"<s rule={DOCUMENT} id=org:pentagon from=document>The Pentagon's plan</s> says the troops will stay until May.",
    # -- no possessor: the issuer of the same document named before
    f"Peru's government unveiled a plan on Monday. <s rule={DOCUMENT} id=gpe:PER from=document>The plan</s> says fuel taxes will rise.",
    f"Sweden's government published a defence review on Monday. <s rule={DOCUMENT} id=gpe:SWE>The review</s> warns that the Baltic is at risk.",
    f"Kenya's finance ministry met donors in Nairobi. <s rule={DOCUMENT} id=org:KEN:finance-ministry>The ministry's annual review</s> found that debt had doubled.",
    f"Norway and Sweden agreed on Monday to share radar data, in a communique issued in Oslo. <s rule={DOCUMENT} name=Norway>The communique</s> also urged Finland to join.",  # the subject that controls the verb the document is of
    f"Ghana and Togo agreed on Monday to build a power line, in a communique issued in Lome.\n\nThe communique, signed by all six ministers, calls the line urgent.\n\n<s rule={DOCUMENT} name=Ghana>The communique</s> also urges banks to fund it.",  # an earlier issuer, when the nearer one names no actor
    # -- an issuer named by "by" with no mention: that name, not the state the text is about
    f"Hanoi has expanded its reclamation, according to <s rule={DOCUMENT} id=org:asia-maritime-transparency-initiative name='Asia Maritime Transparency Initiative'>a report by the Asia Maritime Transparency Initiative</s>.",
    # -- no issuer the text names, but a state in the phrase: that state's government
    "<s rule=actor.speaker.document_state id=gpe:CHN from=document>A Chinese defence white paper</s> says the island is a core interest.",
    # -- anonymous sources are no organisation or state named before
    "Serbia's foreign ministry said the talks had ended. <s id=->Diplomatic sources</s> said the mood was grim.",
    "Serbia's foreign ministry said the talks had ended. <s id=->Sources</s> said the mood was grim.",
    "The UN Security Council met on Monday. <s id=->Diplomatic sources in Addis Ababa</s> said the vote was delayed.",
    "Chile's central bank held rates on Tuesday. <s id=->Banking sources</s> said a cut was likely in May.",
    # -- their own words may give them a state; the name keeps the text's number
    "<s id=desc:EGY:source name='Egyptian sources' country=EGY from=unnamed>Egyptian sources</s> said the meeting was tense.",
    "<s id=desc:EGY:source name='sources in Cairo' country=EGY>Sources in Cairo</s> said the meeting was tense.",  # a capital after "in"
    # -- in the seat of an organisation the story is about (seats.json), the organisation's
    "The European Commission proposed new tariffs on Monday. <s id=org:european-union country=IGO from=unnamed>Officials in Brussels</s> said a deal was close.",
    "The European Commission proposed new tariffs on Monday. <s id=desc:org:european-union:source name='sources in Brussels' country=IGO>Sources in Brussels</s> said a deal was close.",
    "<s id=desc:EGY:diplomatic-source name='Egyptian diplomatic sources' country=EGY>Egyptian diplomatic sources</s> said the envoy would return.",
    # -- a plural group is named in the plural, keyed by its lemma
    "<s id=desc:DNK:dairy-farmer name='Danish dairy farmers' country=DNK>Danish dairy farmers</s> said the tariffs would ruin them.",
    "<s id=desc:LTU:trucking-company name='Lithuanian trucking companies' country=LTU>Lithuanian trucking companies</s> said the border closure cost them millions.",
    "<s id=desc:HUN:steel-worker name='Hungarian steel workers' country=HUN>Hungarian steel workers</s> said the quotas were too low.",
]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_document_and_source_speaker(nlp, case):
    check_speaker_case(nlp, case)
