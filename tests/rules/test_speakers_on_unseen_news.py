"""Speakers and actors on unseen news, as a specification: one line per case.

- SPEAKER_CASES, in the markup of test_speaker_rules.py: `<s ...>` the span that names a
  speaker and what `resolve_speaker` gives for it (`id=-`: no actor; `capped=RULE`: the
  rule that lowered its confidence).
- ACTOR_CASES, in the markup of test_actor_rules.py: `<a ...>` an actor mention with these
  attributes, `<x>` no mention with exactly this text, `ner=` the entity forced there.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_actor_rules import check_actor_marks
from test_actor_rules import parse as parse_actor
from test_speaker_rules import check_speaker_case

SPEAKER_CASES = [
    # -- a generic body's name the gazetteer gives one state: the possessor state's body
    "<s id=org:PER:parliament name='Peru congress' country=PER>Peru's congress</s> said it would open an inquiry.",
    "<s id=org:MEX:parliament country=MEX>Mexico's congress</s> said the budget would pass this week.",
    "<s id=org:BRA:parliament country=BRA>The Brazilian congress</s> said it would vote on Tuesday.",  # a nationality word
    # -- the other side of a meeting is never the speaker
    "Chile's foreign minister Rosa Valdes flew to Peru on Monday. After talks with her counterpart in Lima, <s name='Rosa Valdes' country=CHL>the foreign minister</s> said both sides wanted calm.",
    "France's foreign minister met his Egyptian counterpart on Monday. After talks with his counterpart in Cairo, <s country=FRA>the foreign minister</s> said both sides wanted calm.",
    # -- a body or people posted abroad: not of the state they are posted in
    "SEOUL (Reuters) - South Korea's defence ministry said on Friday that drills were held. <s id=org:KOR:embassy country=KOR>The embassy in Washington</s> said it was in close contact with its allies.",
    "<s id=->The embassy in Washington</s> said it was in close contact with its allies.",  # no state it can be
    "<s id=->The embassy in Tokyo</s> said visas would be issued again.",
    "<s id=->The ambassador in Paris</s> said the visit would go ahead.",
    "Talks resumed on Monday. <s id=->Diplomatic sources in Vienna</s> said a deal was close.",
    "TBILISI (AP) - Georgia's foreign ministry summoned the Russian ambassador on Monday. <s rule=actor.speaker.envoy_body id=org:RUS:embassy>The embassy in Tbilisi</s> said it had received no protest.",  # the envoy's state, not the host's
    "Bolivia recalled the Argentine ambassador on Friday. <s id=org:ARG:embassy country=ARG>The embassy</s> said talks would go on.",  # a later envoy beats an earlier state
    "Crowds gathered outside the Russian embassy in Kyiv on Monday. <s id=->The embassy in London</s> said it would respond.",  # posted in another city: another body
    "<s id=org:NPL:election-commission country=NPL>Nepal's election commission</s> said the count would end on Friday.",
    # -- a bare title in a government official's turn: the official's principal, a guess
    "Department Press Briefing\n\nDaniel Frost, Deputy Spokesperson, U.S. Department of State\n\nMR. FROST: Good afternoon. <s rule=actor.speaker.turn_principal id=desc:USA:secretary country=USA>The Secretary</s> said the talks would go on.\n\nQUESTION: When?\n",
    "Ministry Press Briefing\n\nLena Ostrova, Spokesperson, Ministry of Foreign Affairs of Finland\n\nMS. OSTROVA: Good morning. <s rule=actor.speaker.turn_principal country=FIN>The Minister</s> said the visit would go ahead.\n\nQUESTION: When?\n",
    # -- groups of a state's own public life: the dateline's or the story's one state, a guess
    "LUSAKA (Reuters) - Bread prices rose again on Monday. <s rule=actor.speaker.domestic_group country=ZMB>Opposition leaders</s> said the rise would hurt the poor.",
    "Bolivia raised fuel prices on Monday. <s rule=actor.speaker.domestic_group country=BOL>Union leaders</s> said workers would strike.",
    # -- a state body with no state: the state that was the subject just before, a guess
    "Turkey's government announced new limits on grain exports. <s rule=actor.speaker.subject_state id=org:TUR:foreign-ministry>The foreign ministry</s> said the measure was temporary.",
    "The Kenyan government raised fuel taxes on Monday. Officials said the move would raise money. <s rule=actor.speaker.subject_state id=org:KEN:finance-ministry>The finance ministry</s> said the gap would narrow.",
    "Norway's government approved the plan on Friday. <s rule=actor.speaker.subject_state id=org:NOR:central-bank country=NOR>The central bank</s> said rates would stay on hold.",
    "Egypt imposed a curfew on Sunday. <s rule=actor.speaker.subject_state id=org:EGY:interior-ministry>The interior ministry</s> said the curfew would last a week.",
    "Indonesia's parliament passed a new mining law on Friday. <s rule=actor.speaker.subject_state id=desc:IDN:lawmaker country=IDN>Lawmakers</s> said the law would attract investment.",  # bare plural people of that body's role
    # -- one who speaks for a body named after "for"
    "SEOUL (AP) - The two leaders met on Monday. <s id=org:KOR:presidential-office country=KOR>The spokesperson for the presidential office</s> said they would meet again.",
    "MANILA (Reuters) - Talks ended on Monday. <s id=org:PHL:foreign-ministry country=PHL>A spokesman for the foreign ministry</s> said no deal was reached.",
    # -- a person's office or staff after "his"/"her": that person
    "Portugal's prime minister said he would not resign. In a statement, <s rule=actor.speaker.possessor_staff country=PRT>his office</s> said he had done nothing wrong.",
    "President Tomas Berg of Peru skipped the summit. <s rule=actor.speaker.possessor_staff name='Tomas Berg' country=PER>His spokesman</s> said he had a cold.",
    "LAGOS (Reuters) - Nigeria's central bank held rates on Tuesday. <s rule=actor.speaker.apposition name='Yemi Adeola' country=NGA>The bank's governor</s>, Yemi Adeola, said inflation was slowing.",  # the possessor's country
    "Ghana's finance ministry said on Monday it would cut spending. <s rule=actor.speaker.apposition name='Marta Silva' country=GHA>The ministry's spokeswoman</s>, Marta Silva, said prices were stable.",
    # -- a body's state from the place framing its saying
    "BEIJING (Reuters) - The Ministry of Foreign Affairs said it opposed the sanctions. In Moscow, <s id=org:RUS:foreign-ministry country=RUS>the Ministry of Foreign Affairs</s> said it would respond.",
    "In Nairobi, <s id=org:KEN:interior-ministry>the Ministry of Interior</s> said the curfew would end on Friday.",
    "Kenya's president signed the budget on Monday. <s rule=actor.speaker.possessor_staff id=desc:KEN:president country=KEN>His spokesman</s> said he would travel next week.",  # an unnamed subject just before
    # -- who has a document did not issue it
    "The U.N. nuclear watchdog said in a confidential report seen by a news agency that stocks had grown. <s country=IGO>The report</s> said inspectors were denied access.",
    "Kenya's health ministry said in a statement obtained by the Daily Courier that beds were short. <s id=org:KEN:health-ministry>The statement</s> said more nurses were needed.",
    # -- a country that is only a guess lowers the speaker's confidence
    "Senator Ana Ruiz met the press. <s country=PER capped=actor.speaker.country_guess>Ruiz</s> told reporters in Lima that fees would rise.",
    "Governor Tomas Berg spoke first. <s country=ECU capped=actor.speaker.country_guess>Berg</s> said in Quito that the roads would reopen.",
    # -- a name NER fused with the state of the posting
    "<s name='Julia Moreau'>Ambassador to France Julia Moreau</s> said on Tuesday that Paris agreed.",
    "<s name='Pavel Orlov' country=RUS>Russia's ambassador to Germany Pavel Orlov</s> said Moscow would respond.",
    # -- wire copy writes capitals without their accents
    "BOGOTA (Reuters) - Soldiers killed three rebels on Sunday. <s country=COL>The province's governor</s> said the area was calm.",
    "YAOUNDE (Reuters) - Rates were held on Wednesday. <s country=CMR>The central bank</s> said inflation risks remained.",
    "ASUNCION (Reuters) - The floods cut roads on Monday. <s country=PRY>The interior ministry</s> said 300 families had left their homes.",
    # -- a headline's actor is no antecedent in the body, which names its actors again
    "Oslo warns of reprisals over fishing quotas\n\nSTOCKHOLM (Nordic Wire) - Sweden will close its fishing grounds to foreign trawlers until March, <s country=SWE>the government</s> said on Thursday.",
    # -- an "it" of a saying clause joined to a verb of saying: that verb's subject
    "The Arctic Council said ice cover had shrunk near Norway and Russia, although <s rule=actor.speaker.reporter_pronoun name='Arctic Council'>it</s> cautioned that the data were patchy.",
    "Bolivia's foreign ministry said talks with Chile had stalled, although <s rule=actor.speaker.reporter_pronoun id=org:BOL:foreign-ministry>it</s> cautioned that a deal was still possible.",  # a role noun's subject, resolved
    "The Andean Council said the mines had polluted rivers in Peru, and <s rule=actor.speaker.reporter_pronoun name='Andean Council'>it</s> added that Ecuador was worried.",
    # -- "the two leaders" far into a long statement: the last two persons named anywhere before;
    # never one named by a past title
    "President Lena Ortiz called Prime Minister Kaito Mori to congratulate him. Ties grew under former Prime Minister Ana Sato. <s rule=actor.speaker.joint name='Lena Ortiz'>The two leaders</s> noted their shared values.",
    "President Lena Ortiz and Prime Minister Kaito Mori met in Lima." + " Trade in copper grew again last year." * 90 + " <s rule=actor.speaker.joint name='Lena Ortiz'>The two leaders</s> also agreed to meet in May.",
    # -- a person's office, named by the person's name
    "Kenyan President William Ruto met the Pope on Monday. <s rule=actor.speaker.possessor_staff name='William Ruto' country=KEN>Ruto's office</s> said the talks were warm.",
    "French President Emmanuel Macron met the Pope on Monday. <s rule=actor.speaker.unnamed>Macron's spokesman</s> said the talks were warm.",  # a person of their own
    # -- a group its "of" phrase types by its members: no body named before of other members
    "Peru's finance ministry rejected the demand on Monday. <s id=->The ad hoc group of bondholders</s> said the bonds had paid too little.",
    "Peru's finance ministry rejected the demand on Monday. The ad hoc group of bondholders wrote to the ministry. <s id=->The group's letter</s> says the bonds paid too little.",  # the same noun again
    # -- a "they" opening its sentence goes on with the plural subject before it
    "Chile's trade minister Rosa Valdes and Peru's trade minister Luis Paredes met in Lima. Peru already trades with Spain. The two ministers agreed to meet again. <s rule=actor.speaker.continued_subject name='Rosa Valdes'>They</s> also called on banks to fund the port.",
    "Kenyan officials met their Ugandan counterparts on Monday in Spain. Kenyan officials said the talks went well. <s rule=actor.speaker.continued_subject country=KEN>They</s> added that a deal was close.",
    # -- a definite phrase repeating an indefinite one's noun is that one, named as written
    "U.S. envoy Marcus Whitfield said the deal was fragile.\n\nA Western diplomat at the talks was less sure. \"It may not hold,\" <s rule=actor.speaker.same_noun name='Western diplomat'>the diplomat</s> said.",
    "U.S. envoy Marcus Whitfield said the deal was fragile.\n\nA diplomat at the talks was less sure. \"It may not hold,\" <s id=->the diplomat</s> said.",  # no name written: an unattributed source (a guard)
    # -- a name in apposition to any common noun is that person
    "A study found that the tankers were old. \"These ships are liabilities,\" said <s rule=actor.speaker.apposition name='Elin Berg'>the study's lead author</s>, Elin Berg.",
    "According to <s rule=actor.speaker.apposition name='Omar Haidari'>the team's coach</s>, Omar Haidari, the robot scored two points.",
    # -- "the prime minister" is no minister of a portfolio named before
    "Fiji's Minister for Climate Change, Josefa Naivalu, spoke in Suva. <s id=desc:FJI:prime-minister>The Prime Minister</s> has said Fiji will not sign.",  # the state's prime minister, not the minister named before
    "Prime Minister Ana Ruiz spoke in Lima. <s name='Ana Ruiz'>The prime minister</s> said Peru would sign.",  # introduced with the word (a guard)
    # -- a hyphenated title is one title ("secretary-general"), not its last word ("general")
    "Leaders met in Bridgetown. Yesterday, <s rule=actor.speaker.apposition name='Lena Marsh'>the bloc's secretary-general</s>, Lena Marsh, said the summit would focus on money.",
    "UN Secretary-General Ana Ruiz visited Kenya on Monday. <s rule=actor.speaker.role_noun name='Ana Ruiz'>The secretary-general</s> said peace was close.",
    "General Tom Hale visited Kenya on Monday. <s id=->The secretary-general</s> said peace was close.",  # a general is no secretary-general
    # -- "its" person of a body named as the subject before: that body's
    "The World Health Organization condemned the raid, and <s rule=actor.speaker.possessed_person name='World Health Organization' country=IGO>its spokesman</s> said the port was closed.",  # a spokesperson speaks for the body
    "The World Health Organization condemned the raid, and <s rule=actor.speaker.possessed_person name='World Health Organization director-general' country=IGO>its director-general</s> said in London that the port was closed.",  # not the state of the place of speaking
    "The Kenyan finance ministry said Uganda had paid its debts. <s rule=actor.speaker.continued_subject id=org:KEN:finance-ministry>It</s> added that talks would resume.",  # "it" goes on with a singular subject, not the last state named
    "Peru's embassy in Quito said Lima backed the plan. <s rule=actor.speaker.continued_subject id=org:PER:embassy>It</s> urged Ecuador to sign.",
    "President Ana Ruiz said Uganda had paid. <s name=Uganda>It</s> added that talks would resume.",  # a person is no "it" (a guard)
    # -- people a place names that is no state's: not a body named elsewhere
    "CHISINAU - The ministry wrote to the energy regulator in Budapest. <s id=->Officials in Tiraspol</s> rejected the criticism.",
    # -- a body of an authority no state recognises: no state's body
    "CHISINAU - Moldova said the contract was illegal. <s id=->The region's self-styled foreign ministry</s> said Chisinau was to blame.",
    "Georgia's foreign ministry protested. <s id=->The breakaway region's foreign ministry</s> said the border would stay shut.",
    "The National Union of Farmers held a rally on Monday. <s name='National Union of Farmers'>The union of farmers</s> said prices were too low.",  # a body named with its members: still it (a guard)
    # -- people a state or a place only puts somewhere: not that state, nor a person the tagger made of the place
    "Prices fell on Monday. <s id=->Vessel owners in Spain and Portugal</s> said the ban would cost them millions.",  # no joint speech of two states
    "Prices fell on Monday. <s id=desc:FRA:farmer country=FRA>Farmers in France</s> said the quota was too low.",  # people of the place's state (a guard)
    "Prices fell on Monday. <s id=->Doctors in Ngozi Kabarore</s> said the wards were full.",  # a place the tagger takes for a person
    "Stocks fell last year. <s name='Kiel Institute for Ocean Studies'>Researchers at the Kiel Institute for Ocean Studies</s> said quotas were too high.",  # a body's people, not a place's (a guard)
    "Prices fell on Monday. <s id=desc:CHN:embassy-spokesperson country=CHN>A Chinese embassy spokesperson in Lima</s> said the loans would go on.",  # the nationality, not the place it is posted in
    # -- a dateline's agency reports: it stands for no pronoun
    "LIMA, May 3 (Andes Wire) - Prices rose on Monday. <s id=->It</s> said more rises would come.",  # (a guard)
    # -- a body's organ speaks for the body; researchers, economists and traders are people of a state
    "The Danube Fisheries Commission met on Monday. <s rule=actor.speaker.possessed_person name='Danube Fisheries Commission'>The commission's secretariat</s> said talks were over.",
    "Prices rose on Monday. <s id=desc:NGA:trader country=NGA>Traders in Lagos</s> said the shortage would last.",
    "Prices rose on Monday. <s id=desc:KEN:economist country=KEN>A Kenyan economist</s> said the shilling would fall.",
    "Stocks fell last year. <s id=desc:NOR:researcher country=NOR>Norwegian researchers</s> said quotas were too high.",
]  # fmt: skip

ACTOR_CASES = [
    "Mexico's <a ner=ORG id=org:MEX:parliament name='Mexico congress' country=MEX>congress</a> approved the budget.",
    "The Colombian <a ner=ORG id=org:COL:parliament country=COL>congress</a> approved the budget.",
    "Ambassador to <n ner=ORG><a label=GPE country=ITA>Italy</a> <a label=PERSON name='Tomas Berg'>Tomas Berg</a></n> arrived on Monday.",
    "Envoy to <n ner=ORG><a label=GPE country=KEN>Kenya</a> <a label=PERSON name='Sara Lind'>Sara Lind</a></n> arrived on Monday.",
    "Italian Minister <x>Warns Of</x> New Arrivals\n\nROME (Reuters) - The interior ministry said 300 of the migrants had landed on the island.",  # a headline's words
    "The <x>embassy in Washington</x> was closed on Monday.",  # not the U.S. embassy
    "<x>Diplomats in Beijing</x> were told of the plan.",
    "<a ner=GPE country=COL>Bogota</a> rejected the plan on Monday.",
    "<a ner=GPE country=PRY>Asuncion</a> rejected the plan on Monday.",
    "<a id=desc:AFG:border-guard country=AFG>Afghan</a> and <a id=desc:IRN:border-guard country=IRN>Iranian border guards</a> exchanged gunfire on Tuesday.",
    "Anna Kovacs, the mayor of the town, met reporters on Monday.\n\n<x ner=ORG>KOVACS</x>: We said the bridge would reopen.",  # a turn label naming a person
    "Troops crossed into Tajikistan's <x ner=PERSON rule=actor.not.place>Vorsk</x> district overnight.",  # a name on a place noun
    "Shelling hit the <x ner=ORG rule=actor.not.place>Velmar Nova</x> region on Monday.",
    "Tomas Berg, the EU Commissioner for <x ner=ORG rule=actor.not.org_thing>Crisis Response</x>, arrived on Monday.",  # a title's portfolio
    "Commissioner <a ner=GPE label=PERSON rule=actor.person_title>Lindqvist</a> told me in July that the case was closed.",  # a title before a place NER guessed
    "Deputy Minister of Energy and <n ner=PERSON>Mines <a label=PERSON name='Tupac Quispe'>Tupac Quispe</a></n> said the dam was safe.",  # a portfolio's last word run into the name
    "The <a name='Peace and Security Council of the African Union' country=IGO>Peace and Security Council of the African Union</a> met on Monday.",  # not the UN's Security Council
    "The <a name='Tariff Commission of the State Council'>Tariff Commission of the State Council</a> announced new duties.",  # a name going on through "of the"
    "The UN chief's special envoy for Yemen, <a name='Lars Ekberg' country=IGO>Lars Ekberg</a>, arrived in Aden on Monday.",  # the state an envoy is charged with is not his
    "Defence Minister Marc-Andre Tremblay signed the plan.\n\n\"The Arctic is no longer a place where ships pass once a year. It is a\nworking ocean, and we have to police it like one,\" <a label=PERSON name='Marc-Andre Tremblay' rule=actor.alias_surname_unlabelled>Tremblay</a> told\nreporters after the signing.",  # a surname the tagger took for a noun in hard-wrapped text
    "CHISINAU - Moldova said the deal was illegal. The region's self-<x>styled foreign ministry</x> said Chisinau was to blame.",  # no state's body
    "The International Monetary Fund approved the loan. A <a name='International Monetary Fund' rule=actor.alias_head_noun>Fund</a> spokesperson said the review was on track.",  # a body's short name in a person's title
    "The Andean Development Commission met on Monday. Two <a name='Andean Development Commission' rule=actor.alias_head_noun>Commission</a> officials said the plan would pass.",
    "Kenya's prime minister spoke on Monday. We were joined by the Minister of Energy and Transport, <a label=PERSON country=->Amina Oduya</a>.",  # an office of its own, not the prime minister's state
    "Kenya's foreign minister spoke on Monday. The minister, <a label=PERSON country=KEN>Amina Oduya</a>, said talks would go on.",  # the same office: its state (a guard)
    "UN Secretary-General <a label=PERSON role=GOV>Ana Ruiz</a> visited Kenya on Monday.",  # not the role of a general
    "Attorney-General <a label=PERSON role=JUD>Tom Hale</a> said the case was closed.",
    "CAPE TOWN — Parliament debated the energy budget on Wednesday. Energy Minister <a name='Lerato Dube' country=ZAF>Lerato Dube</a> told MPs that prices would rise.",  # a state's other seat of government as the dateline
]  # fmt: skip


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker(nlp, case):
    check_speaker_case(nlp, case)


@pytest.mark.parametrize("case", ACTOR_CASES, ids=[parse_actor(c)[0][:60] for c in ACTOR_CASES])
def test_actor(nlp, case):
    check_actor_marks(nlp, case)
