"""Speakers on unseen news layouts, as a specification: one line per case.

- SPEAKER_CASES, in the markup of test_speaker_rules.py: `<s ...>` the span that names a
  speaker and what `resolve_speaker` gives for it (`id=-`: no actor).
- TURN_CASES: `<s ...>` a transcript turn's speaker, as the claims of the text give it.
- ACTOR_CASES, in the markup of test_actor_rules.py: `<a ...>` an actor mention with these
  attributes.

Layouts: a wire story with a dateline, a hard-wrapped 72-column press release, a briefing
transcript and an analysis piece. The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_actor_rules import check_actor_marks
from test_actor_rules import parse as parse_actor
from test_speaker_rules import check_speaker_case, check_turn_case

WIRE = "WARSAW, March 12 (Reuters) - Poland will tighten checks on grain imports, Agriculture Minister Tomasz Wierzba said on Wednesday.\n"
RELEASE = (
    "FOR IMMEDIATE RELEASE\nMinistry of Finance of the Republic of Estonia\nTallinn, 4 March 2025\n\n"
    "The Ministry of Finance announced today that the state budget deficit for\n"
    "2024 was lower than forecast. \"Careful spending has paid off,\" said the\n"
    "minister, Karin Saar. "
)  # fmt: skip

SPEAKER_CASES = [
    # -- a state's own official with no state and no compatible actor: the context's one state
    WIRE + "<s rule=actor.speaker.context_sentence id=desc:POL:spokeswoman country=POL from=unnamed>The spokeswoman</s> declined to say when the rules would take effect.",
    WIRE + "Prices rose. <s id=desc:POL:official country=POL from=unnamed>A senior official</s> said the plan had been agreed.",  # indefinite: a new official of that state
    "VILNIUS, Feb 3 (AP) - Two crossings closed on Monday.\n<s rule=actor.speaker.context_dateline id=desc:LTU:commission country=LTU>The commission</s> said it would review the measure.",  # a generic per-state body
    "PRAGUE, March 10 - Czech President Martin Dvorak arrived in Kyiv on Monday. Dvorak said the Czech Republic would send engineers. <s rule=actor.speaker.context_sentence id=desc:CZE:spokesman country=CZE>The spokesman</s> said the trip was planned.",
    "KYIV, May 5 (AP) - Slovak Prime Minister Peter Hronec visited Kyiv on Monday and met Ukrainian officials. Hronec said Slovakia would keep sending fuel. <s rule=actor.speaker.context_sentence id=desc:SVK:spokesman country=SVK>The spokesman</s> said the talks were friendly.",  # the sentence before, not the dateline's host
    RELEASE + "<s id=desc:EST:spokesperson country=EST from=unnamed>The spokesperson</s> said the ministry would\npublish the full figures in April.",  # a wrapped release: the institution's state
    "Finland's parliament passed the budget on Friday.\n\nMarkets were calm.\n\n<s rule=actor.speaker.context_institutions id=desc:FIN:spokeswoman country=FIN>The spokeswoman</s> said the vote was close.",  # no dateline: the state of the institutions named
    # -- two states in the context: the state the sentences before are about, their subject's
    "BRUSSELS - Talks between Serbia and Kosovo ended without a deal.\n\nOfficials in Pristina rejected that account. <s rule=actor.speaker.context_topic id=desc:XKX:government-spokesperson country=XKX>A government spokesperson</s> said the police would stay.",  # not the dateline's host
    "CAIRO - Egypt criticised the dam on Monday.\n\nEthiopia rejected the criticism. The prime minister's office said the schedule was lawful and accused Egypt of stalling. <s rule=actor.speaker.context_topic country=ETH>A government spokesman</s> added that talks would go on.",  # the subject two sentences back, not the dateline's state
    "Chile and Peru signed a port deal. The IMF praised Peru and Chile on Monday. <s id=- >The spokeswoman</s> said exports would grow.",  # the subject is an international body: no state's
    "LIMA, May 3 - Peru hosted the talks. Ecuador accused Colombia of delay. <s rule=actor.speaker.home_government country=PER>A senior administration official</s> said the talks went on.",  # the administration: the dateline's state first
    # -- an international body or a second state in the context: no state's official
    "Secretary-General Antonio Guterres toured a refugee camp in Jordan. <s id=- >The spokesman</s> said conditions were dire.",  # the IGO's paragraph
    "The IMF approved a loan to Egypt. <s id=- >The spokeswoman</s> said the program was on track.",
    "Russian troops shelled the Ukrainian city of Kharkiv on Monday. <s id=- >The spokesman</s> said the attack killed three civilians.",  # a state named only by its adjective
    # -- a rank word: never the holder of the bare title named before
    WIRE + "<s id=desc:POL:deputy-minister country=POL from=unnamed>The deputy minister</s> said inspections would double.",  # not Wierzba
    RELEASE + "<s id=desc:EST:deputy-minister country=EST>The deputy minister</s> added that\ntax revenue had grown.",  # not Saar
    "Chile's foreign minister, Rosa Valdes, met the press. <s id=desc:CHL:vice-minister country=CHL>The vice minister</s> said talks went well.",  # not Valdes: an unnamed one of her state
    "KYIV, May 5 (AP) - Slovak Prime Minister Peter Hronec visited Kyiv on Monday. The Ukrainian foreign ministry said the sides agreed on a crossing. <s id=desc:UKR:minister country=UKR>The minister</s> said it would open in June.",  # not the prime minister
    "Vice President Tomas Berg of Chile spoke on Monday. <s id=desc:CHL:president country=CHL>The president</s> said the port would reopen.",  # not the vice president
    "Former President Ivan Petrov criticised President Oleg Marin on Tuesday. <s name='Ivan Petrov'>The former president</s> said the economy was failing.",  # the former one, not Marin
    "President Oleg Marin met former president Ivan Petrov on Monday. <s name='Oleg Marin'>The president</s> said the talks were useful.",  # not the former one
    # -- the seat of an organisation acting in a story about it
    "The European Commission proposed new fishing quotas on Monday. <s name='European Union' country=IGO>Brussels</s> said the quotas would protect stocks.",
    "Analysis: Why the EU is losing patience\n\nThe European Union's executive has grown tired. <s id=org:european-union country=IGO>Brussels</s> said last week that funds would stay frozen.",
    # -- a person's body named in the noun apposed to the name: an international one too
    "<s name='Ursula Kessler' country=IGO>Ursula Kessler</s>, the EU commissioner for justice, said the bloc would not bend.",
    "<s name='Omar Haddad' country=IGO>Omar Haddad</s>, a NATO spokesman, said the drills were planned.",
]  # fmt: skip

TURN_CASES = [
    "TRANSCRIPT: Press briefing by the Ministry of Foreign Affairs of Hungary, Budapest, 5 March 2025\n\n<s country=HUN role=GOV from=turn rule=actor.speaker.turn_header_state>MS. HORVATH</s>: We are deeply concerned about the border.\n\nQ: Will you recall the ambassador?\n",
    "TRANSCRIPT: Press briefing by the Ministry of Foreign Affairs of Hungary, Budapest, 5 March 2025\n\nMS. HORVATH: <s id=gpe:HUN country=HUN rule=actor.speaker.turn_we>We</s> are deeply concerned about the border.\n\nQ: Will you recall the ambassador?\n",  # the briefer's "we": the header's government
    "Daily briefing of the Ministry of Defence of Norway, Oslo\n\n<s country=NOR role=GOV rule=actor.speaker.turn_header_state>MR. BERG</s>: The exercise will end on Friday.\n\nQ: Where?\n",
    "Department Press Briefing - August 27, 2026\n\nMaria Olsen, Deputy Spokesperson\nWashington, D.C.\n1:04 p.m. EDT\n\n<s country=USA rule=actor.speaker.turn_header_state>MS. OLSEN</s>: We welcome the talks.\n\nQUESTION: Will there be a deal?\n",  # a briefer the header names, of its capital's state
    "Transcript of Weekly Media Briefing by the Official Spokesperson\n\nNew Delhi\n\n<s country=IND role=GOV rule=actor.speaker.turn_header_state>MR. VIKRAM SETH</s>: We are open to talks on the treaty.\n\nQ: Will it be on the agenda?\n",  # a place line: a capital alone
    "Background Press Gaggle on the U.S.-Japan Meeting\n\nLima, Peru\n\n<s country=- >MS. OLSEN</s>: We welcome the talks.\n\nQ: Will there be a deal?\n",  # a briefing on a trip: the header names other states
    "Background Press Call by a Senior Administration Official on the President's Call with Russian President Oleg Marin\n\nVia Teleconference\n\n<s country=- >SENIOR ADMINISTRATION OFFICIAL</s>: We have offered ideas on the table.\n\nQ: Will there be a deal?\n",  # the home administration: not the state of the leader the call was with
    "Daily briefing of the European Commission, Brussels\n\nParticipants: Anna Lind, Chief Spokesperson\n\n<s country=IGO role=IGO rule=actor.speaker.turn_header_state>LIND</s>: The talks will resume on Monday.\n\nQ: Where?\n",  # an international body's briefing, wherever held
    "Interview: the health chief on WHO support and the flu season\n\nHost Mira Das spoke to Dr. Omar Latif, director of the health service.\n\nDAS: How bad is it?\n\n<s country=- >LATIF</s>: It is serious.\n",  # an international body the header names as a topic: no host
    "Transcript of a panel discussion\n\nGeneva\n\n<s country=- >MR. VIKRAM SETH</s>: We are open to talks on the treaty.\n\nQ: Will it be on the agenda?\n",  # no capital: no state
]  # fmt: skip

ACTOR_CASES = [
    # -- where a person visits is not whose they are
    "SEOUL, June 2 (Yonhap) - South Korea will expand its rice exports, officials said.\nTrade Minister <a name='Park Min-jun' country=KOR>Park Min-jun</a>, on a visit to Tokyo, said Japan had agreed to buy more.",
    "WARSAW, June 2 - Poland will build two reactors, the government said.\nClimate Minister <a name='Anna Lis' country=POL>Anna Lis</a>, on a trip to Paris, said French firms would bid.",
    "<a name='European Union' country=IGO rule=actor.seat_metonymy>Brussels</a> rejected the request, a week after the European Parliament voted for it.",
    "The European Commission fined a bank. <a country=BEL>Brussels</a> police said a man was arrested.",  # the city's police, not the Union
    "Belgian Prime Minister Karel Maes met EU leaders. <a country=BEL>Brussels</a> said the summit was a success.",  # the host state's people are in the story
    "The European Commission proposed new rules. <a country=BEL>Brussels</a>, the Belgian capital, said it would comply.",
    # -- an opposition figure is no government's
    "The leader of the opposition Civic Union, <a name='Karel Brabec' role=OPP>Karel Brabec</a>, said the plan was too expensive.",
    "Prime Minister <a name='Jan Novak' role=GOV>Jan Novak</a>, a former opposition leader, said the reforms would continue.",  # the office before the name decides
    "<a name='Pavel Ruzek' role=->Pavel Ruzek</a>, an ex-opposition lawmaker, said the deal was fair.",  # a past title is no present role
    "<a name='Ravi Mehta' role=->Ravi Mehta</a>, the chief minister of the opposition-ruled Bihar province, said the floods were severe.",  # who rules the place, not the title
    "Analysis: A quiet reshuffle\n\nThe Czech government spent the winter fighting. <a name='Petra Holubova' role=OPP>Petra Holubova</a>, the opposition leader, said the budget was a gift to the police.",
]  # fmt: skip


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker(nlp, case):
    check_speaker_case(nlp, case)


@pytest.mark.parametrize("case", TURN_CASES)
def test_turn_speaker(nlp, case):
    check_turn_case(nlp, case)


@pytest.mark.parametrize("case", ACTOR_CASES, ids=[parse_actor(c)[0][:60] for c in ACTOR_CASES])
def test_actor(nlp, case):
    check_actor_marks(nlp, case)
