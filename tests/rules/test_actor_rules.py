"""The actor rules as a specification: one line per case, the expectation marked inline.

- `<a ...>text</a>`: an actor mention with exactly this text; every attribute given must
  match: `label`, `name`, `country`, `role` (`-` for none), `id` (its `actor_id`), `rule` (its `rule_id`) and
  `trail` (rule ids, comma-separated, that must be in its `rule_trail`).
- `<x rule=...>text</x>`: a candidate that the rule `rule` finds to be no actor; `<x>`
  without a rule: no mention with exactly this text.
- `ner=LABEL` on any tag (or on `<n>`, which expects nothing) puts that entity in place
  of what NER found there, so that each rule is tested whatever the statistical model does
  with the sentence; `ner=O` removes the entities there.

Every declared actor rule id has at least one case, and every case names declared ids
(the speaker rules, `actor.speaker.*`, have theirs in test_speaker_rules.py).
"""

from __future__ import annotations

import re

import pytest
from conftest import Mark, parse_marks

from pipeline.rules import stage_rules

CASES = [
    # the gazetteer: states, capitals acting as governments, groups, organisations
    "<a name=Portugal country=PRT role=GOV rule=actor.country_name>Portugal</a> signed the accord.",
    "<a name=Russia country=RUS rule=actor.capital_metonymy>Moscow</a> has turned the offer down.",
    "The European Commission proposed new fishing quotas. <a name='European Union' country=IGO rule=actor.seat_metonymy>Brussels</a> said the quotas would protect stocks.",  # the seat of the EU, in a story about the EU
    "The talks broke down. <a id=gpe:UZB rule=actor.capital_metonymy>Tashkent</a> threatened to cut gas deliveries.",  # a capital NER misses, found in the gazetteer
    "GOMA - The <a id=gpe:COD rule=actor.country_name>Democratic Republic of Congo</a> accused Uganda of arming rebels.",  # the name without "the" before Congo
    "<a id=gpe:COD rule=actor.country_name>Congo</a> accused Uganda of arming rebels.",  # "Congo" alone, as the wire services write it
    "<a id=gpe:COG rule=actor.country_name>Congo-Brazzaville</a> said turnout was high.",
    "The <a name='British High Commission in Nairobi' country=GBR rule=actor.ner_org>British High Commission</a> in Nairobi said it was concerned.",  # a body posted abroad: its place is in its name
    "The <a name='U.S. Embassy in Nairobi' country=USA rule=actor.state_body>U.S. Embassy</a> in Nairobi said the talks would resume.",
    "The <a name='European Commission' country=IGO rule=actor.organisation_gazetteer>European Commission</a> in Brussels said it would monitor the vote.",  # no body posted abroad
    "The European Commission proposed new fishing quotas. <a id=desc:org:european-union:source name='sources in Brussels' country=IGO rule=actor.seat_people>Sources in Brussels</a> said the quotas would stay.",  # people placed in the seat, on the same terms
    "<a name='Petra Holubova' role=OPP trail=actor.opposition_role>Petra Holubova</a>, the opposition leader, said the rise was a gift to the police.",  # not a bare leader's GOV
    "By noon the <a name=Ukraine country=UKR rule=actor.demonym_group>Ukrainians</a> had gone.",
    # a person noun an organisation owns: an unnamed person of that organisation, its country and role
    "The IAEA's <a label=PERSON id=desc:org:international-atomic-energy-agency:chief-inspector country=IGO role=IGO rule=actor.org_person>chief inspector</a> visited the site.",  # not a state's, not MIL
    "Hamas's <a id=desc:org:hamas:political-leader country=PSE role=OPP rule=actor.org_person>political leader</a> left Doha.",  # the movement's, not any Palestinian official
    "The WHO's <a country=IGO rule=actor.org_person>regional director</a> arrived on Monday.",
    "NATO's <a id=desc:org:nato:secretary-general country=IGO rule=actor.org_person>Secretary General</a> joined the leaders.",  # a title in capitals is no name
    "\"We will build here,\" said Chief Operating Officer <a ner=PERSON name='Marta Figueiredo' rule=actor.person_title>Marta Figueiredo</a>.",  # an officer's title is no part of the name
    "The <a ner=ORG>Harbour Council</a>'s <a ner=O id=desc:org:harbour-council:spokeswoman rule=actor.org_person>spokeswoman</a> left early.",
    "<a rule=actor.country_name>Poland</a>'s <a id=desc:POL:state-grid-operator rule=actor.unnamed_typed>state grid operator</a> restored power.",  # a state's possessive: the state's unnamed actor, as before
    # a place inside an organisation's name says where it is
    "A professor at the <a ner=ORG country=NGA trail=actor.org_name_place>University of Lagos</a> left.",  # a city of one state after "of"
    "ABUJA, May 4 (Meridian) - <a ner=O id=gpe:NGA country=NGA rule=actor.country_name>Nigeria</a> and Niger agreed on Sunday to reopen three crossings.",  # a state's name NER missed, searched for
    "The <a ner=ORG country=KEN trail=actor.org_name_place>Harbour Institute of Mombasa</a> raised its fees.",
    "The <a ner=ORG country=- rule=actor.ner_org>Mombasa Port Authority</a> raised its fees.",  # a city first: no (a region's word there is often an adjective)
    "The <a ner=ORG country=RUS trail=actor.org_placed_state>Institute for Polar Studies</a> in Moscow raised its fees.",  # placed in a capital (tests/rules/test_person_countries.py)
    'The European Commission met. "It is over," <n ner=O>Commission</n> spokesman <a ner=PERSON country=IGO trail=actor.title_body_alias>Pieter Jansen</a> said.',  # a body word in a title: the body named before
    'The European Commission met. "It is over," <a ner=ORG name=\'European Commission\' rule=actor.alias_head_noun>Commission</a> spokesman <a ner=PERSON country=IGO>Pieter Jansen</a> said.',  # NER's one-word name in a title too
    # a short name: the head noun of an organisation named before is that organisation
    "The European Union met the envoys. The <a name='European Union' country=IGO rule=actor.alias_head_noun>Union</a> said talks went well.",
    "The <a ner=ORG>Andean Coffee Council</a> met the envoys. The <a ner=ORG name='Andean Coffee Council' rule=actor.alias_head_noun>Council</a> said talks failed.",
    "The <a ner=ORG>Centre for Coastal Studies</a> met the envoys. The <a ner=ORG name='Centre for Coastal Studies' rule=actor.alias_head_noun>Centre</a> said talks failed.",  # the head before "for"
    "The <a ner=ORG>Centre for Coastal Studies</a> met the envoys. The <a ner=O name='Centre for Coastal Studies' rule=actor.alias_head_noun>Centre</a> said talks failed.",  # one NER missed
    "Kenya asked the International Monetary Fund for money. The <a ner=O id=org:international-monetary-fund rule=actor.alias_head_noun>Fund</a> said talks would start.",  # a short name the recogniser missed
    "Kenya asked the <a name='World Bank' rule=actor.organisation_gazetteer>World Bank</a> for money. The <x ner=O>Bank</x> of Ghana said rates would rise.",  # another name that opens with it
    "The European Commission fined the firm. The <a name='European Commission' rule=actor.alias_head_noun>Commission</a> said the fine was fair.",
    "The <a ner=ORG>Union of West African Ports</a> met. The <a ner=ORG name='Union of West African Ports' rule=actor.alias_head_noun>Union</a> said fees would rise.",  # the head before "of"
    "The <a ner=ORG rule=actor.ner_org name=Union>Union</a> said fees would rise.",  # nothing named before: a name of its own
    "<a name=Kosovo country=XKX role=GOV rule=actor.country_name>Kosovo</a> closed two border crossings.",  # a state pycountry lacks: XKX, the code the EU uses
    "<a ner=GPE name=Kosovo country=XKX rule=actor.capital_metonymy>Pristina</a> has turned the offer down.",  # its capital
    "<a ner=NORP id=gpe:XKX country=XKX rule=actor.unnamed_typed>Kosovar officials</a> closed the crossing.",  # its nationality word
    "A <a id=desc:XKX:diplomat country=XKX rule=actor.unnamed_typed>Kosovan diplomat</a> left the talks early.",
    "<a country=IGO role=IGO rule=actor.organisation_gazetteer>NATO</a> held a long meeting.",
    # a person with no state stated: an office only one state has, or where they speak (tests/rules/test_actor_country_unstated.py)
    "Chief Cabinet Secretary <a ner=PERSON country=JPN trail=actor.office_title_state>Kenji Morita</a> spoke on Monday.",
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> told reporters in Lima that the budget was a disgrace.",
    "The <a ner=ORG country=IGO role=IGO rule=actor.regional_igo>Nordic Fisheries Council</a> met on Monday.",  # a region's body
    "The <a ner=ORG country=IGO role=IGO rule=actor.regional_igo>Union of West African Ports</a> met on Monday.",  # its head before "of"
    "The <a ner=ORG country=- rule=actor.ner_org>Islamic Harbour Council</a> met on Monday.",  # a word that also names national bodies
    "The <a ner=ORG country=- rule=actor.ner_org>Arab Pearl Bank</a> said profits rose.",  # a bank may be private
    "The <a ner=ORG country=- rule=actor.ner_org>Nordic Broadcasting Union</a> said fees would rise.",  # a word of a private body
    "The <a ner=ORG country=- rule=actor.ner_org>Baltic Football Union</a> met on Monday.",
    "<a ner=ORG name=Argentina country=ARG rule=actor.misspelt_country>Argentena</a>'s president arrived on Monday.",  # a misspelt country
    "<a ner=NORP id=desc:UGA:troop country=UGA rule=actor.unnamed_typed>Ugandian troops</a> crossed the border.",  # a misspelt nationality word
    "<x ner=GPE>Angela</x> and <a rule=actor.country_name>Chile</a> said the talks went well.",  # a given name is no misspelt Angola
    "<x ner=GPE>Columbia</x> and <a rule=actor.country_name>Chile</a> said the talks went well.",  # a real name one edit from Colombia
    "Delegates dined in <x ner=GPE rule=actor.not.capital_as_place>Kingston</x> on Monday.",  # a name other places share
    "Workers held a strike in <a ner=GPE name=Zambia country=ZMB rule=actor.capital_place>Lusaka</a> after the vote.",
    "Leaders met at the summit in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x> on Monday.",  # a venue
    "<x ner=GPE rule=actor.not.capital_as_place>Brussels</x> diplomats said the vote would be close.",  # where diplomats are posted, not whose
    "BAMAKO — <a ner=GPE id=gpe:MLI rule=actor.unnamed_typed>Mali's military government</a> said it had expelled the envoy.",  # which of a state's governments: the state
    "Senator Ana Ruiz said in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x> on Monday.",  # where she spoke
    "Speaking in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x>, the envoy praised the deal.",
    "Senator Ana Ruiz told reporters in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x> on Monday.",  # the object of a verb of saying
    "The contest will take place in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x> next year.",  # a contest's venue
    "As we felt in the conversation in <x ner=GPE rule=actor.not.capital_as_place>Nairobi</x>, the talks help.",  # a conversation's venue
    "Students held a rally in <a ner=GPE country=KEN rule=actor.capital_place>Nairobi</a> on Monday.",  # a rally is an act
    "Troops fired on barricades across the city of <a ner=GPE country=KEN rule=actor.capital_place>Nairobi</a> on Monday.",  # "of" on a place noun
    "The mayor set a curfew in <a ner=LOC country=KEN rule=actor.capital_place>Nairobi</a> after the riots.",  # a capital NER calls a location
    "Gunmen raided a bank in <a ner=GPE id=place:FIN:tampere country=FIN rule=actor.city_place>Tampere</a> on Monday.",  # a city of one state, where a raid is done
    "Artillery shelled farms outside the village of <a ner=GPE country=CAN rule=actor.city_place>Winnipeg</a> at dawn.",  # walking up from a noun to the act
    "Health officers lifted the lockdown across the port city of <a ner=GPE country=CAN rule=actor.city_place>Winnipeg</a> by Friday.",  # a verb whose object is the act of force
    "A bakery chain opened a shop across the port city of <x ner=GPE rule=actor.not.place_or_adjective>Winnipeg</x> by Friday.",  # an object that is no act
    "Workers at a paper mill in <x ner=GPE rule=actor.not.place_or_adjective>Tampere</x> went on leave on Friday.",  # only where the mill is
    "A paper mill in <x ner=GPE rule=actor.not.place_or_adjective>Tampere</x> will shut next spring, the owners said.",  # a thing's place
    "He grew up in <x ner=GPE rule=actor.not.place_or_adjective>Tampere</x> and taught music there.",  # where someone lived
    "Were you in <x ner=GPE rule=actor.not.place_or_adjective>Tampere</x> when the blast went off?",  # where someone was
    "Police broke up a march in <x ner=GPE rule=actor.not.place_or_adjective>Winnipeg</x> on Monday.",  # a march happens there, not to it
    "Ministers met at the summit in <x ner=GPE rule=actor.not.place_or_adjective>Winnipeg</x> on Monday as <a rule=actor.country_name>Chile</a> looked on.",  # a venue
    "Leaders met <a rule=actor.country_name>Kenya</a>'s envoy at the summit in <x ner=LOC>Nairobi</x> on Monday.",  # a venue, whatever NER called it
    "A <x ner=NORP rule=actor.not.demonym_adjective>Russian</x> envoy, Irina Volkova, spoke.",
    # candidates NER missed or merged: a gazetteer name, a name after a title, in a bio
    "The <a ner=O name=Kremlin country=RUS trail=actor.candidate.gazetteer_match rule=actor.organisation_gazetteer>Kremlin</a> said no.",
    "<a>Turkey</a>'s <a ner=GPE name='Recep Tayyip Erdogan' country=TUR rule=actor.person_gazetteer>Erdogan</a> accused <a>Sweden</a> of harbouring militants.",  # a known person NER took for a place
    "They met President <a ner=O label=PERSON trail=actor.candidate.titled_name rule=actor.person_title>Asmundo</a> in Oslo.",
    "“<a ner=O name='Donald Trump' country=USA trail=actor.candidate.gazetteer_match rule=actor.person_gazetteer>Trump</a> is wrong,” the senator said.",  # a known person NER missed
    "<a ner=O label=PERSON trail=actor.candidate.copular_name>Ana Ruiz</a> is a research fellow at the institute.",
    "<a ner=O label=PERSON trail=actor.candidate.apposed_name>Alain Varga</a>, a spokesman for the secretary-general, said the council had acted.",  # a person noun apposed to a name NER missed
    "<n ner=ORG>Defence Council <a label=PERSON trail=actor.split.org_person>Anna Petrova</a></n> spoke.",
    "Ambassador to <n ner=ORG><a label=GPE country=CHL>Chile</a> <a label=PERSON trail=actor.split.posted_country>Marta Kovac</a></n> spoke.",  # the posting's state, then the person
    "Commissioner for <n ner=ORG>Crisis Management <a label=PERSON trail=actor.split.portfolio>Helena Lindqvist</a></n> spoke.",  # the portfolio is the title's
    "The Minister of Health <a ner=O label=PERSON trail=actor.candidate.titled_name>Ana Ruiz</a> spoke.",  # a name after a title's portfolio
    "<n ner=PERSON>OSLO - <a label=PERSON country=NOR rule=actor.ner_person trail=actor.candidate.dateline_trim>Anna Moen</a></n> said no.",  # NER ran the dateline into the name
    "<a ner=PERSON label=PERSON rule=actor.ner_person>Lena Dahl</a> quits as Norbank chief\n\nOSLO (Reuters) - Norbank said she had quit.",  # a headline above the dateline keeps its names
    "<a ner=PERSON label=PERSON rule=actor.ner_person>Tomas Berg</a> wins mayoral race\n\nDENVER, May 3 (Reuters) - Tomas Berg said he would serve all.",
    "<a ner=ORG label=GPE country=GEO trail=actor.candidate.dateline_trim>TBILISI</a> - Georgia's prime minister said on Monday that talks would resume.",  # a place NER took for a name
    "<x ner=ORG>RIO DE</x> JANEIRO - <a rule=actor.country_name>Brazil</a> said no.",  # an organisation all inside the dateline is none
    "<n ner=ORG>LIMA, Peru - The <a ner=O country=IGO rule=actor.organisation_gazetteer>World Bank</a></n> said no.",
    "They set up the <a trail=actor.candidate.listed_name><n ner=ORG>Port Safety, Customs</n>, and <n ner=ORG>Logistics Forum</n></a> in May.",
    "They met the <a ner=ORG>Harbour Council</a>, <a ner=ORG>Refugee Council</a> and <a ner=ORG rule=actor.ner_org>Transport Forum</a>.",
    "Russian Ambassador to Iran <a label=PERSON country=RUS role=GOV trail=actor.candidate.titled_name>Alexei Dedov</a> said the talks would go on.",
    "The navy's <n ner=PERSON>Commodore <a label=PERSON role=MIL rule=actor.person_title>Ramon Villanueva</a></n> said the ship was rammed.",  # a rank is no part of the name
    "<n ner=PERSON>Archbishop <a label=PERSON role=CVL rule=actor.person_title>Tomas Berian</a></n> led the protest.",  # a cleric's title is no part of the name
    "The foreign minister of Peru, <a ner=O label=PERSON country=PER trail=actor.candidate.titled_name>Ana Gomez</a>, said the border would close.",  # a title "of" a state, then the name
    "Foreign Minister <x ner=PERSON rule=actor.not.headline_word>Warns</x> of Retaliation\n\nThe minister said the border would close.",  # a headline's capitalised verb
    "<a ner=PERSON>Gomez</a> Warns of Retaliation\n\nForeign Minister <a rule=actor.person_title>Gomez</a> said the border would close.",  # the body names him: a name
    "The U.S. Ambassador to Japan <a ner=O label=PERSON country=USA trail=actor.candidate.titled_name>Rahm Emanuel</a> spoke.",
    # well-known people, by name or by a title and a family name
    "<a name='Vladimir Putin' country=RUS rule=actor.person_gazetteer>Vladimir Putin</a> phoned.",
    "IAEA Director General <a name='Rafael Grossi' country=IGO role=IGO rule=actor.person_gazetteer>Rafael Grossi</a> spoke.",
    "Secretary <a ner=PERSON name='Lloyd Austin' country=USA rule=actor.person_family_name>Austin</a> flew to Oslo.",
    # a department's short name after its full name
    "The Department of Commerce set rules, and <a ner=ORG role=GOV rule=actor.department_shorthand>Commerce</a> will act.",
    # rules that find a candidate to be no actor
    "Ships crossed the <x ner=GPE rule=actor.not.non_actor_name>Indo-Pacific</x> in May.",
    "A row over the <x ner=ORG rule=actor.not.non_actor_name>Mekong</x>'s next dam began.",  # a river
    "The talks began at 10:00 <x ner=ORG rule=actor.not.non_actor_name>EAT</x> on Monday.",  # a time zone
    "The firm will build a 400 <x ner=ORG rule=actor.not.non_actor_name>MW</x> plant.",  # a unit
    "The plan was signed by the <x ner=ORG rule=actor.not.title_only>Minister for Trade, Agribusiness and Industry</x> on Monday.",  # an office, no body
    "The plan was signed by the <a ner=ORG rule=actor.ner_org>Ministry for Trade and Industry</a> on Monday.",  # a body (a guard)
    "ROME - Italy said the talks ended. The <a id=org:ITA:foreign-ministry rule=actor.state_body>Ministry of Foreign Affairs and International Cooperation</a> said no.",  # NER kept the "and" and cut the rest
    "The <a rule=actor.ner_org>Ministry of Defence</a> and Ana Ruiz said no.",  # a name that opens with a given name is no portfolio's
    "The <a name='Council of the Andean Union' rule=actor.regional_igo>Council of <n ner=ORG>the Andean Union</n></a> approved the deal.",  # a body's head and "of" NER left out
    "Members of the <a name='Andean Union' ner=ORG rule=actor.regional_igo>Andean Union</a> met.",  # no body's head (a guard)
    "Participants: Ana Ruiz, Chief <x ner=PERSON rule=actor.not.title_only>Spokesperson</x>; Tom Hale, adviser",  # a title alone
    "Fighting spread in <x ner=PERSON rule=actor.not.place>Anambra</x> on Monday.",  # a region of one state NER took for a person
    "Aid reached <x ner=ORG rule=actor.not.place>Fresno</x> on Monday.",  # a city of one state NER took for a body
    "Senator Ana <n ner=PERSON>Houston</n> spoke. <a label=PERSON name='Ana Houston' rule=actor.alias_surname>Houston</a> said the bill would pass.",  # a surname (a guard)
    "Mr. <a label=PERSON rule=actor.ner_person>Houston</a> said the bill would pass.",  # after a title (a guard)
    "They began the exercise, <x ner=ORG rule=actor.not.thing_name>Northern Shield</x>, at dawn.",
    "Thanks, <x ner=PERSON rule=actor.not.vocative>Marcus</x>.",
    "Q: <x ner=PERSON rule=actor.not.vocative>Maria</x>, the minister said on Monday that the port would close.",  # whom the question is put to
    "Pedro Alves, the harbour master, spoke to reporters.\n\n<x ner=ORG rule=actor.not.turn_label_person>ALVES</x>: The port will reopen on Friday.",  # the person named before
    "Weekly briefing\n\nSPOKESPERSON ANA RUIZ: Good afternoon.\n\n<x ner=PERSON rule=actor.not.press_label>QUESTION</x> (Daily Ledger): Has Peru replied?\n\nSPOKESPERSON: No.",  # a press turn's label
    "Refugees came from <x ner=ORG rule=actor.not.place>Kandor</x> overnight.",
    "In a post on <x ner=ORG rule=actor.not.medium>Telegram</x>, the militia said it would withdraw.",  # where words went out
    "The rebels wrote on <x ner=ORG rule=actor.not.medium>Facebook</x> that the road was open.",
    "The minister said on <a ner=ORG rule=actor.ner_org>Kandor Radio</a> that the vote was fair.",  # a broadcaster may be an actor of the story
    "The port reopened.\n\nImage: <x ner=ORG rule=actor.not.credit_line>Harbourview Images</x> / <x ner=PERSON rule=actor.not.credit_line>Ana Ruiz</x>",
    "<a ner=ORG rule=actor.ner_org>Harbourview Images</a> said: the port reopened.",
    "<x ner=PERSON rule=actor.not.descriptor_only>Localists</x> marched on Sunday.",
    "Troops left <x ner=ORG rule=actor.not.coordinated_place>Velmora</x> and Ukraine last week.",
    "Officials praised <x ner=PERSON rule=actor.not.name_shape>Competitiveness</x> yesterday.",
    "The <x ner=ORG rule=actor.not.org_thing>Individually Tailored Partnership Programme</x> ended.",
    "<x ner=GPE rule=actor.not.place_or_adjective>Velmar</x> is quiet in winter.",
    "The <n ner=ORG>Open Harbour Framework</n> (OHF) began. Critics say the <x ner=ORG rule=actor.not.acronym_of_thing>OHF</x> failed.",
    # people: titles, names NER tagged, names of a person's shape
    "Foreign Minister <a ner=ORG label=PERSON role=GOV rule=actor.person_title trail=actor.relabel.titled_person>Lena Hartmann</a> arrived.",
    "<a ner=PERSON label=PERSON country=- rule=actor.ner_person>Omar Haddad</a> said the road was shut.",
    "<a ner=ORG label=PERSON rule=actor.romanised_name_person>Wong Kai-ming</a> was arrested.",
    "<a ner=ORG label=PERSON rule=actor.given_name_person>Dean Marlow</a> resigned on Friday.",
    "<a ner=ORG label=PERSON rule=actor.given_name_cue_person>Ximena Delgado</a>, a spokeswoman, said the port was closed.",  # a given name and a person noun in apposition
    "<a ner=ORG label=PERSON rule=actor.given_name_cue_person>Leticia Delgado</a> opened the port. She said it was safe.",  # and a she bound to it
    "Analysis: the port deal\n\nBy <a ner=GPE label=PERSON rule=actor.given_name_cue_person>Lucas Arantes</a> | May 3, 2026\n\nThe deal was signed.",  # a byline's name NER took for a place
    "<a ner=ORG label=ORG rule=actor.ner_org>Mercedes Benz</a> said it would cut jobs.",  # a given name alone is not enough
    "<n ner=ORG><a label=PERSON rule=actor.person_of_news_org>Kenji Sato</a> of <a label=ORG role=MED>Kyodo</a></n> reported it.",
    # organisations: NER's, relabelled, bodies of an IGO, named for a leader
    "The <a ner=ORG role=GOV rule=actor.ner_org>Pacific Harbour Council</a> met.",
    "<n ner=PERSON>Ana Lee</n> of <a ner=PERSON label=ORG rule=actor.org_after_person_of>Civic Renewal</a> spoke.",
    "The <a ner=PERSON label=ORG role=MIL trail=actor.relabel.org_word>Coastal Strike Force</a> sailed.",
    "The <a ner=PERSON label=ORG role=BUS trail=actor.relabel.org_word>Steppe Sun Energy</a> company raised $200 million.",  # a business's word ends the name
    "Turkey's <x ner=ORG rule=actor.not.org_thing>Energy</x> Minister Kemal Aydemir said the pipeline would reopen.",  # that word alone, in a title: no organisation
    "Not everyone agrees. Mehmet <n ner=PERSON>Kaya</n>, chief executive of a shipping line, said ships still sail. <a name='Mehmet Kaya' rule=actor.alias_surname>Kaya</a> left.",  # a given name NER left out of the name
    "We met a cotton farmer, Dilmurod <n ner=PERSON>Yusupov</n>, on Monday. <a name='Dilmurod Yusupov' rule=actor.alias_surname_unlabelled>Yusupov</a> left.",  # one no list holds, after a comma
    "The <a ner=PERSON label=ORG trail=actor.relabel.acronym>KPF</a> won three seats.",
    "The <a ner=ORG country=IGO role=IGO rule=actor.org_igo_prefix>NATO Maritime Council</a> met.",
    "The <a ner=ORG country=RUS rule=actor.org_named_for_person>Putin Government</a> acted.",
    # links across the text
    "Chancellor Olaf Brenner arrived. <a ner=PERSON name='Olaf Brenner' rule=actor.alias_surname trail=actor.ner_person>Brenner</a> spoke.",
    "Chancellor Olaf Brenner arrived. <a ner=O name='Olaf Brenner' rule=actor.alias_surname_unlabelled>Brenner</a> spoke.",
    "<n ner=PERSON>Aminata Diallo Kane</n> arrived. Ms. <a ner=PERSON name='Aminata Diallo Kane' rule=actor.alias_compound_surname>Diallo Kane</a> spoke.",  # a surname of two words
    "Budget row\n\n<a label=PERSON rule=actor.given_name_person>Anna <n ner=ORG>Kowalska</n></a> of the opposition party said the plan had failed.",  # a given name opening the paragraph is part of the name however NER tags the rest
    "<n ner=PERSON>Elizabeth Ofosu-Mensah</n> arrived. Minister <a ner=PERSON name='Elizabeth Ofosu-Mensah' rule=actor.alias_compound_surname>Ofosu-Mensah</a> spoke.",  # a hyphenated surname
    "<n ner=PERSON>Aminata Diallo Kane</n> and <n ner=PERSON>Fatou Diallo Kane</n> arrived. Ms. <a ner=PERSON name='Diallo Kane' rule=actor.ner_person>Diallo Kane</a> spoke.",  # two such names: neither
    "<n ner=PERSON>Alexandra Petrova</n> arrived. <a ner=PERSON name='Alexandra Petrova' rule=actor.alias_given_name>Alex</a> and I spoke.",
    "The United States agreed, and <a ner=PERSON name='Jake Sullivan' country=USA rule=actor.person_given_name>Jake</a> phoned.",
    "<n ner=PERSON>Ana Lee</n> of <n ner=PERSON>Civic Renewal</n> spoke. <a ner=PERSON label=ORG rule=actor.alias_same_name>Civic Renewal</a> won.",
    "The <a>Social Renewal Party</a> (<a name='Social Renewal Party' rule=actor.alias_acronym>SRP</a>) won.",
    # -- sentences as the model reads them (no entity forced)
    "<a name=Russia country=RUS role=GOV rule=actor.capital_metonymy>Moscow</a> has rejected the proposal, officials in <x rule=actor.not.capital_as_place>Madrid</x> said.",
    "Talks between <a name=China country=CHN role=GOV rule=actor.capital_metonymy>Beijing</a> and <a name='United States' country=USA role=GOV rule=actor.capital_metonymy>Washington</a> resumed.",
    "The <a name='United States' country=USA role=GOV rule=actor.country_name>U.S.</a> and the United States Navy differ; the <a name='United States' country=USA role=GOV rule=actor.country_name>US</a> agreed.",
    "<a country=IGO role=IGO rule=actor.organisation_gazetteer>NATO</a> and the <a country=RUS role=GOV rule=actor.organisation_gazetteer>Kremlin</a> traded accusations at the <a country=IGO role=IGO rule=actor.organisation_gazetteer>United Nations</a>.",
    "Foreign Minister <a country=- role=GOV rule=actor.person_title>Lena Hartmann</a> met Senator <a country=- role=LEG rule=actor.person_title>Paul Okafor</a>.",
    "Germany's chancellor, <a country=DEU role=GOV rule=actor.ner_person>Olaf Brenner</a>, arrived. <a name='Olaf Brenner' country=DEU role=GOV rule=actor.alias_surname_unlabelled>Brenner</a> later spoke to Brenner's aides.",
    "The <a country=- role=PTY rule=actor.ner_org>Social Renewal Party</a> (<a name='Social Renewal Party' country=- role=PTY rule=actor.alias_acronym>SRP</a>) won. The SRP will govern.",
    "Russian spokeswoman <a country=RUS role=GOV rule=actor.person_title>Irina Volkova</a> said the <a name=Ukraine country=UKR role=GOV rule=actor.demonym_group>Ukrainians</a> had left.",
    # -- more cases, by theme
    # A title and a family name that one well-known person has; line breaks do not hide
    # the title.
    "The talks took place in Norway, where Secretary\n<a ner=PERSON name='Lloyd Austin' country=USA role=GOV rule=actor.person_family_name>Austin</a> met reporters in Oslo.",
    "Premier <a ner=PERSON name=Li rule=actor.person_title>Li</a> spoke; Chancellor Li did not.",
    # "of <state>" right after a person; a state named before another person is not theirs.
    "Prime Minister <a ner=PERSON country=PRT role=GOV rule=actor.person_title>Ana Lopes</a> of <n ner=GPE>Portugal</n> and Prime Minister <a ner=PERSON country=- role=GOV rule=actor.person_title>Jan Novak</a> met in Lisbon.",
    # A nationality in the apposition that follows the name.
    "<a ner=PERSON country=EGY role=- rule=actor.ner_person>Omar Haddad</a>, spokesman for the Egyptian army, said the border was closed.",
    # NER spans that begin or end at a line break or a no-break space are trimmed.
    "Aid went to\u00a0the<n ner=ORG>\u00a0<a country=- role=GOV rule=actor.ner_org>Pacific Harbour Council</a></n>,\nand to<n ner=GPE>\n\n<a country=EST role=GOV rule=actor.country_name>Estonia</a>\n\n</n>.",
    # Someone addressed in a press call is no actor.
    "Thanks, <x ner=PERSON rule=actor.not.vocative>Marcus</x>. So, the talks went well.",
    # Words no person's name is made of.
    "The <x ner=PERSON rule=actor.not.name_shape>Competitiveness</x> agenda and <x ner=PERSON rule=actor.not.name_shape>Javelin anti-tank</x> weapons were discussed.",
    "<a ner=PERSON country=- role=- rule=actor.ner_person>Clement Moss</a> met <a ner=PERSON name='Kim Jong Un' country=PRK role=GOV rule=actor.person_gazetteer>Kim Jong-un</a> in Hanoi.",
    # A name apposed to a thing's noun names the thing.
    "The naval exercise, <x ner=PERSON rule=actor.not.thing_name>Pacific Shield</x>, ended on Monday.",
    "The envoy for the Belgrade Dialogue, <a ner=PERSON rule=actor.ner_person>Katrin Lehtonen</a>, told reporters she was hopeful.",  # the name the parser hangs on the thing ending a title's phrase is the envoy's
    # A "person" named like an organisation is one; so is an acronym.
    "The new <a ner=PERSON country=- role=MIL rule=actor.ner_org>Cyber Strike Force</a> will help.",
    "The pro-Beijing <a ner=PERSON country=- role=- rule=actor.ner_org>DAB</a> won the seat.",
    # Bodies of an international organisation, and administrations named after a leader.
    "The <a ner=ORG country=IGO role=IGO rule=actor.org_igo_prefix>NATO-Ukraine Council</a> met on Friday.",
    "The <a ner=ORG country=FRA role=GOV rule=actor.org_named_for_person>Macron Government</a> announced new rules.",
    # "the Departments of Energy and Commerce": each is the department it shortens.
    "The Departments of <a ner=ORG name='U.S. Department of Energy' country=USA role=GOV rule=actor.department_shorthand>Energy</a> and <a ner=ORG name='U.S. Department of Commerce' country=USA role=GOV rule=actor.department_shorthand>Commerce</a> will act.",
    # Without "Department(s)" near it or in the text, "Commerce" is not the department.
    "<a ner=ORG country=- role=- rule=actor.ner_org>Commerce</a> slowed in May.",
    # A headline's verb and a parenthesis end an organisation's name.
    "<n ner=ORG><a country=- role=GOV rule=actor.ner_org>Harbour Council</a> Announces Measures</n>",
    "Funds from the <n ner=ORG><a name='U.S. Department of Energy' country=USA role=GOV rule=actor.organisation_gazetteer>Department of Energy</a> (DOE</n>) arrived.",
    # A camp's label before a party's name is not part of it.
    "The <n ner=ORG>pro-Beijing <a country=- role=PTY rule=actor.ner_org>Harbour Party</a></n> won.",
    # Things: agreements by their head noun, the rest of a treaty's title, acronyms of
    # things, words of a title, regions after a nationality, lowercase phrases.
    "They signed the <x ner=ORG rule=actor.not.org_thing>Memorandum of Understanding on Fisheries</x>.",
    "They upheld the Treaty on the <x ner=ORG rule=actor.not.thing_name>Prohibition of Mines</x>.",
    "They launched the <n ner=ORG>Green Shipping Framework</n> (<x ner=ORG rule=actor.not.thing_name>GSF</x>). The GSF will grow.",
    "SENIOR <x ner=ORG rule=actor.not.org_thing>ADMINISTRATION</x> OFFICIAL: Yes, we agree.",
    "Troops stayed in the <x ner=ORG rule=actor.not.non_actor_name>Ukrainian Crimea</x>.",
    "They are <x ner=ORG rule=actor.not.org_thing>united on nuclear disarmament</x>.",
    "Militants of <a ner=ORG name=al-Shabaab rule=actor.ner_org>al-Shabaab</a> raided a base.",  # a name's own lowercase particle
    "Growers in Chile blamed <x ner=ORG rule=actor.not.org_thing>el Nino</x> for the poor harvest.",  # no hyphen: a lowercase phrase, no name
    # A known organisation keeps its name when a "person" shares its first word.
    "The <x ner=PERSON rule=actor.not.name_shape>ASEAN Outlook</x> was praised. <a country=IGO role=IGO rule=actor.organisation_gazetteer>ASEAN</a> met in Jakarta.",
    # A reporter named with their news organisation ("X of <news agency>") is a person of
    # the agency's state; the agency is an actor of its own.
    "Thank you. <x ner=ORG><a country=JPN role=- rule=actor.person_of_news_org>Tanaka</a> of <a country=JPN role=MED rule=actor.organisation_gazetteer>Kyodo News</a></x>, please.",
    # One unknown word after a place preposition, or "the town of", is a place...
    "The team drove from <x ner=ORG rule=actor.not.place>Kandor</x> to the capital.",
    "Mortars landed inside the village of <x ner=ORG rule=actor.not.place>Velmar</x> at dawn.",
    # ... but not when it acts somewhere in the text, nor an organisation word.
    "<a ner=ORG country=- role=- rule=actor.ner_org>Velmar</a> said it would invest in Velmar.",
    "The bill passed in <a ner=ORG country=- role=LEG rule=actor.ner_org>Parliament</a>.",
    # A document's number and a blank line end a name.
    "Under Order of the <x ner=ORG><a country=- role=GOV rule=actor.ner_org>Harbour Council</a> No. 7 of</x> 2024, fees rose.",
    "Remarks at the <x ner=ORG><a country=- role=GOV rule=actor.ner_org>Harbour Council</a>\n\nRose Hall</x>\n\nThe minister spoke.",
    # "Secretary of the Treasury" is a title; "leader of the SRP" names a party.
    "Ana Ruiz, Secretary of the <x ner=ORG rule=actor.not.org_thing>Treasury</x>, spoke.",
    "The leader of the <a ner=ORG country=- role=- rule=actor.ner_org>SRP</a> resigned.",
    "The head of the <a ner=ORG country=- role=GOV rule=actor.ner_org>Refugee Council</a> spoke.",
    # An acronym glued to a lowercase word or after its lowercase expansion is a thing.
    "They back open-<x ner=ORG rule=actor.not.org_thing>RAN</x> technology.",
    "They use a low orbit satellite (<x ner=ORG rule=actor.not.org_thing>LOS</x>) link.",
    # "Organisations" shaped like a person's name: a romanised name, a given name.
    "<a ner=ORG country=- role=- rule=actor.romanised_name_person>Ho Wing-kei</a> won the seat.",
    "The prize was founded by <a ner=ORG country=- role=- rule=actor.given_name_person>Dean Carver</a> in 1990.",
    "<a ner=ORG country=- role=BUS rule=actor.ner_org>Henry Holdings Group</a> grew.",
    "<a ner=ORG country=USA role=BUS rule=actor.organisation_gazetteer>Morgan Stanley</a> raised its forecast.",
    # What a person is "of" is a body, even where NER calls it a person.
    "<a ner=PERSON country=- role=- rule=actor.ner_person>Wu Kin-man</a> of <a ner=PERSON country=- role=- rule=actor.org_after_person_of>Harbour Renewal</a> won.",
    # Camp and status words before a name are not part of it; alone they are no actor.
    "<x ner=PERSON>Nonpartisan <a country=- role=- rule=actor.ner_person>Ana Lee</a></x> won the seat.",
    "<x ner=ORG rule=actor.not.descriptor_only>Localist</x> group members marched.",
    "The <x ner=PERSON>Pro-Harbour <a country=- role=- rule=actor.ner_org>SRP</a></x> won.",
    # A given name, or its short form, of one person named in full; else of one well-known
    # person whose state the text names.
    "<a ner=ORG name='Yoshitaka Mori' country=- role=GOV rule=actor.alias_given_name>Yoshi</a> and I met Prime Minister <n ner=PERSON>Yoshitaka Mori</n>.",
    # In an article about one state, a person in a sentence that names one other
    # nationality, and not the article's, is of that one (a guess too).
    "Peru voted. Peru's parties campaigned in Peru. \"We are proud Bolivians,\" team member <a ner=PERSON country=BOL role=- rule=actor.ner_person>Ana Soto</a> told reporters.",
    "The United States will act. <a ner=PERSON name='Jake Sullivan' country=USA role=GOV rule=actor.person_given_name>Jake</a> said so.",
    "Chile will act. <a ner=PERSON country=- role=- rule=actor.ner_person>Jake</a> said so.",
    # A title goes with an office holder's family name, not with a relative's.
    "The talks were held in the Oval Office, where President\n<a ner=GPE name='Joe Biden' country=USA role=GOV rule=actor.person_family_name>Biden</a> met reporters.",
    # Bodies every state has are one actor per state: the state from the name, the word
    # before it, or the one state the sentence names.
    "The <a ner=ORG id=org:RUS:foreign-ministry country=RUS rule=actor.state_body>Russian Ministry of Foreign Affairs</a> protested.",
    "Chinese <a ner=ORG id=org:CHN:foreign-ministry country=CHN rule=actor.state_body>Foreign Ministry</a> officials spoke.",
    "Weekly briefing by the <a ner=ORG id=org:KEN:foreign-ministry country=KEN rule=actor.state_body>Ministry of Foreign Affairs</a>, Nairobi, 15 May 2026\n\nUganda has not replied. Uganda must act. Uganda said no.",  # its capital after a comma, not the state named most
    "Peru's Foreign Ministry issued a note. The <a ner=ORG id=org:PER:foreign-ministry country=PER trail=actor.state_body_namesake>Foreign Ministry</a> said prices would fall.",  # its namesake named before
    "Peru's Foreign Ministry and Chile's Foreign Ministry met. The <a ner=ORG country=- rule=actor.ner_org>Foreign Ministry</a> said prices would fall.",  # namesakes of two states: none decides
    "Chile's <a ner=ORG id=org:CHL:parliament name='Chile congress' country=CHL rule=actor.state_body_generic_name>congress</a> passed the law.",  # the gazetteer's Congress is one state's
    "LIMA — The vote was held on Monday. The bill now goes to <a ner=ORG id=org:PER:parliament country=PER rule=actor.state_body_generic_name>Congress</a>, where it will pass.",  # bare, under another state's capital's dateline: that state's
    "WASHINGTON — The vote was held on Monday. The bill now goes to <a ner=ORG id=org:u-s-congress country=USA rule=actor.organisation_gazetteer>Congress</a>, where it will pass.",  # the gazetteer's own state's dateline
    "The <a ner=ORG id=org:u-s-congress country=USA rule=actor.organisation_gazetteer>Congress</a> passed the law.",
    "Peru closed its <a ner=ORG id=org:PER:embassy country=PER rule=actor.state_body>Embassy</a> in May.",
    "In China, the <a ner=ORG id=org:CHN:foreign-ministry country=CHN rule=actor.state_body>Ministry of Foreign Affairs</a> spoke. In Russia, the <a ner=ORG id=org:RUS:foreign-ministry country=RUS rule=actor.state_body>Ministry of Foreign Affairs</a> agreed.",
    "The UK said no. The UK said yes. The UK said maybe. France agreed. Riots broke out in Paris and curfews in Paris. The <a ner=ORG country=GBR rule=actor.ner_org>Harbour Council</a> spoke.",  # places do not count toward the article's state
    # An article with no dominant state is about its dateline's state.
    "Interview: Chile's health chief on the flu season\n\nWe spoke to the director of the <a ner=ORG country=CHL trail=actor.headline_state rule=actor.ner_org>National Health Institute</a> on Thursday. India sent vaccines.",  # the one state the headline names
    "Lawmakers clash over US tariffs\n\nWe spoke to the director of the <a ner=ORG country=- rule=actor.ner_org>National Health Institute</a> on Thursday. India sent vaccines.",  # a state named as a thing's owner (a guard)
    "Interview: Chile's health chief on the flu season\n\nWe spoke to the director of the <a ner=ORG country=IND rule=actor.ner_org>National Health Institute</a> on Thursday. India and India's allies sent vaccines to India.",  # a state the text names most wins (a guard)
    "Kenya reopens border\n\nBy <a ner=PERSON role=MED country=- trail=actor.byline_person rule=actor.ner_person>Helen Marsh</a>\n\nNAIROBI - Kenya said talks would resume. Kenya and Kenya agreed.",  # a byline's person: of no state told
    "NAIROBI - Kenya said talks would resume. Kenya and Kenya agreed.\n\n(Reporting by Wanjiru Kamau; Editing by <a ner=PERSON role=MED country=- trail=actor.byline_person rule=actor.ner_person>Paul Osei</a>)",  # a credit line's
    "NAIROBI - Kenya said talks would resume. The deal was signed by <a ner=PERSON country=KEN rule=actor.ner_person>Ruth Wambui</a> on Monday.",  # an agent's "by" (a guard)
    "NAIROBI - Kenya said talks would resume. Kenya and Kenya agreed.\n\nBy contrast, <a ner=PERSON country=KEN rule=actor.ner_person>Ruth Wambui</a> said no.",  # no byline (a guard)
    "NAIROBI - Kenya said talks would resume. Kenya and Kenya agreed.\n\n(Reporting by Wanjiru Kamau in Nairobi;\nEditing by <a ner=PERSON role=MED country=- trail=actor.byline_person rule=actor.ner_person>Paul Osei</a>)",  # a hard-wrapped credit line
    "BEIJING, May 3 (Reuters) - <a ner=PERSON country=CHN trail=actor.dateline_state rule=actor.ner_person>Li Wenbo</a> spoke to reporters on Monday.",
    "TEHRAN/VIENNA, May 3 (Reuters) - <a ner=PERSON country=IRN trail=actor.dateline_state rule=actor.ner_person>Ali Rezaei</a> spoke to reporters.",
    "WARSAW, May 3 (Reuters) - Poland will build two reactors, the government said on Monday. The <a ner=ORG country=POL trail=actor.dateline_state>Harbour Research Group</a> said the plan was sound.",  # a research body in a story about one state: that state's, a guess
    "LIMA, May 3 (<a rule=actor.news_outlet role=MED country=GBR>Reuters</a>) - <a rule=actor.country_name>Peru</a> reopened the port.",  # a dateline's agency: the media's, of its own state
    "LIMA, May 3 (<a rule=actor.news_outlet role=MED country=->Andes Wire</a>) - <a rule=actor.country_name>Peru</a> reopened the port. The ministry said it was safe.",  # no state's guess
    "Weekly briefing\n\nSPOKESPERSON ANA RUIZ: Good afternoon.\n\nQUESTION (<a rule=actor.news_outlet role=MED>Daily Ledger</a>): Has Peru replied?\n\nSPOKESPERSON: No.",  # a press turn's outlet
    "Weekly briefing\n\nSPOKESPERSON ANA RUIZ: Good afternoon.\n\nQUESTION (<a label=PERSON>Amina Hassan</a>, <a ner=PERSON rule=actor.news_outlet role=MED>Daily Ledger</a>): Has Peru replied?\n\nSPOKESPERSON: No.",  # the reporter, then the outlet
    "Live updates from the summit in Brussels. All times <x rule=actor.not.non_actor_name>CET</x>.",  # a time zone is no actor
    "Department Press Briefing\n\nMR. <a ner=PERSON name=Halversen rule=actor.ner_person>HALVERSEN</a>: Good afternoon, everyone.\n\nQUESTION: Will the talks resume?\n",  # a name in capitals is named in title case
    "An <a country=IGO role=IGO rule=actor.organisation_gazetteer>IPCC</a> spokesperson said the paper had not been assessed.",  # a UN body: of no state
    "The <a country=GBR role=GOV rule=actor.organisation_gazetteer>Bank of England</a> held rates on Thursday.",  # a central bank is its state's
    "For more information contact <x rule=actor.not.non_actor_name>press@solvane.example.com</x> or call the office.",  # nor an e-mail address
    "The refinery will be built near <x>Tarsova</x>, <a rule=actor.country_name>Chile</a>. <x rule=actor.not.place>Tarsova</x> welcomed the plan.",  # a town before its country's name, there and anywhere
    "Officials in <x>Karvik</x>, <a rule=actor.country_name>Norway</a> said the port would reopen. <x rule=actor.not.place>Karvik</x> has 3,000 people.",
    "The camp at <x>Kakuma</x>, <a rule=actor.country_name>Kenya</a>, holds 200,000 people. <x rule=actor.not.place>Kakuma</x> has grown since 2015.",  # NER's person too
    "<a rule=actor.organisation_gazetteer>EU</a> leaders met on Monday. Peru welcomed the <a ner=ORG name='European Commission' country=IGO rule=actor.union_body>Commission</a>'s proposal.",  # the union's body by its short name
    "The <a ner=ORG rule=actor.ner_org>Commission on Elections</a> said the vote would go ahead.",  # no union named: no union's body
    "BUDAPEST - The <a rule=actor.organisation_gazetteer>EU</a> froze funds for Hungary. The <a id=org:HUN:parliament>Parliament</a> voted to reject the plan.",  # a state's own parliament, not the Union's
    "<a rule=actor.organisation_gazetteer>EU</a> leaders met on Monday. The <a ner=ORG rule=actor.union_body>Commission</a> <a id=desc:org:european-commission:president country=IGO rule=actor.org_person>President</a> said the plan was fair.",  # a capitalised title after a body's name
    "For Immediate Release\n\nPort Reopens\n\n<a rule=actor.country_name>Peru</a> reopened the port.\n\n###\n\nContact: <x>Ana Ruiz</x>, press office",  # nor a press release's contact
    # A city that is no capital is only where the story was filed: no clue whose a person is.
    "DAYTON, Ohio - <a ner=PERSON country=- rule=actor.ner_person>Amy Price</a> spoke to reporters on Monday.",  # a one-state city -> nothing
    "ZURICH (Reuters) - The central bank held rates, and President <a ner=PERSON country=- rule=actor.person_title>Mark Hollis</a> said cuts could follow.",  # a banker filed from a city -> nothing
    # A person speaks for the body in the noun they are apposed to, over the dateline's state.
    "OSLO - Peru's trade ministry spoke. A spokeswoman for the ministry, <a ner=PERSON country=PER trail=actor.represented_body>Rosa Quispe</a>, said no.",  # a bare body noun: its namesake before
    "OSLO - Peru's trade ministry spoke. <a ner=PERSON country=PER trail=actor.represented_body>Rosa Quispe</a>, a spokeswoman for the ministry, said no.",
    "OSLO - <a ner=PERSON country=DEU trail=actor.represented_body>Jonas Brandt</a>, an economist at a Frankfurt bank, said rates would rise.",  # a one-state city in the body's name
    "OSLO - <a ner=PERSON country=NLD rule=actor.ner_person>Jonas Brandt</a>, a spokesman for the Dutch finance ministry, said no.",  # the dateline is not whose he is
    "OSLO - <a ner=PERSON country=NOR rule=actor.ner_person>Jonas Brandt</a>, a critic of the Chinese government, said no.",  # a noun of relation -> nothing from its phrase
    "OSLO - <a ner=PERSON country=NOR rule=actor.ner_person>Jonas Brandt</a>, the son of a Frankfurt banker, said no.",
    "<a ner=GPE>OSLO</a> - <a ner=PERSON country=NOR rule=actor.ner_person>Lars Holm</a>, a veteran of the Afghan war, said no.",  # a noun of relation: not whose he is
    "<a ner=GPE>OSLO</a> - <a ner=PERSON country=NOR rule=actor.ner_person>Lars Holm</a>, an expert on Peru at an Oslo institute, said no.",
    "<a ner=GPE>OSLO</a> - <a ner=PERSON country=NOR rule=actor.ner_person>Lars Holm</a>, a correspondent in Tokyo, said no.",
    "<a ner=GPE>OSLO</a> - <a ner=PERSON country=NOR rule=actor.ner_person>Lars Holm</a>, who fought in the Korean War, said no.",  # no apposed noun -> nothing
    "OSLO - <a ner=PERSON country=NLD trail=actor.represented_body>Lars Holm</a>, the Dutch ambassador, said no.",  # the apposed noun's own words
    "LIMA — <a ner=ORG country=CAN trail=actor.represented_body>Andes Copper Corp</a>, a Canadian mining company, said it would expand the mine. Peru needs jobs.",  # an organisation's apposition too
    'ACCRA — Ghana opened a clinic. Ghana needs doctors. "It works," said <a ner=PERSON country=DEU rule=actor.ner_person>Maria Kessler</a> of the Berlin-based Institute for Trade Studies.',  # "of" a body, words before its name skipped
    "MANILA — The Philippines protested. Manila summoned the envoy. At a regular briefing in Beijing, foreign ministry spokeswoman <a ner=PERSON country=CHN trail=actor.title_body_capital>Chen Hua</a> said China would never accept the ruling.",  # a state body's title, briefing in a capital
    "HANOI — Vietnam protested. Vietnam summoned the envoy. China rejected the protest. Spokesman <a ner=PERSON country=CHN trail=actor.title_body_capital>Wang Li</a> told reporters in Beijing that the coast guard had acted lawfully.",  # a spokesperson's title alone
    "OSLO - <a ner=PERSON country=NOR rule=actor.ner_person>Jonas Brandt</a>, a spokesman for the council, said no.",  # no namesake body before -> the dateline's guess
    "OSLO - Chile expelled a Peruvian diplomat. The diplomat, <a ner=PERSON country=PER trail=actor.represented_body>Rosa Quispe</a>, left on Monday.",  # a person noun's namesake before
    "OSLO - <a ner=ORG country=IGO>NATO</a> met on Monday. Its spokeswoman, <a ner=PERSON country=IGO trail=actor.represented_body>Rosa Quispe</a>, said no.",  # "its": the body the text is about
    "OSLO - Peru fined <a ner=ORG>Norbank</a> on Monday. Its spokeswoman, <a ner=PERSON country=NOR rule=actor.ner_person>Rosa Quispe</a>, said no.",  # two bodies before "its": whose, unsure
    "OSLO - The Chilean envoy met the Peruvian envoy. The envoy, <a ner=PERSON country=NOR rule=actor.ner_person>Rosa Quispe</a>, said no.",  # two envoys: which, unsure
    "OSLO - <a ner=ORG country=IGO>NATO</a> met on Monday. Their spokeswoman, <a ner=PERSON country=NOR rule=actor.ner_person>Rosa Quispe</a>, said no.",  # "their": unsure -> the dateline's guess
    "WASHINGTON - Secretary <a ner=PERSON country=USA rule=actor.person_title>Mark Hollis</a> spoke with Peru's foreign minister on Monday.",  # a partner's state is not his
    "OSLO - <a ner=ORG country=IGO>NATO</a> Secretary-General <a ner=PERSON country=IGO rule=actor.person_title>Lars Moen</a> said no.",  # an international body's own
    "OSLO - Norway's <a ner=ORG country=IGO>NATO</a> envoy <a ner=PERSON country=NOR rule=actor.person_title>Lars Moen</a> said no.",  # a state before it wins
    "<a>Peru</a>'s <a ner=ORG country=PER trail=actor.owner_state>Chile Trade Office</a> said no.",  # the possessor owns the body
    "The <a ner=ORG country=CHL rule=actor.ner_org>Chile Trade Office</a> said no.",  # no possessor -> the state its name names
    "<a>Peru</a>'s <a ner=ORG country=CHL rule=actor.ner_org>Chile Trade Office</a> allies said no.",  # the possessive is the allies'
    "WASHINGTON - Senator <a ner=PERSON country=USA rule=actor.person_title>Jane Hollis</a> met Russian officials on Monday.",  # an unnamed actor's nationality is not hers
    # Without an article state, the one state a sentence names.
    "Peace talks began. In Uganda, President <a ner=PERSON country=UGA trail=actor.sentence_state rule=actor.person_title>Okello Mugisha</a> thanked the army.",
    "Peace talks began. Minister <a ner=PERSON country=UGA trail=actor.sentence_state rule=actor.person_title>Okello Mugisha</a> said Uganda would help.",
    "Peace talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> imposed sanctions on Uganda.",  # the state an act is aimed at is not his
    "Peace talks began. General <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> withdrew his troops from Uganda.",
    "Peace talks began. A Kenyan judge questioned former president <a ner=PERSON country=KEN trail=actor.sentence_state rule=actor.person_title>Okello Mugisha</a> about the weapons deliveries to Uganda.",  # a state an act's noun is aimed at is not his
    "Peace talks began. A Kenyan judge questioned former president <a ner=PERSON country=KEN trail=actor.sentence_state rule=actor.person_title>Okello Mugisha</a> about the weapons deliveries to Uganda and Rwanda.",  # nor one coordinated with it
    "Peace talks began. A Zambian prosecutor argued that ex-governor <a ner=PERSON country=ZMB trail=actor.jurisdiction_state rule=actor.person_title>Okello Mugisha</a> must repay the loans.",  # the subject of the court's ruling clause
    "Peace talks began. An Indonesian court jailed <a ner=PERSON country=- rule=actor.ner_person>Mary Cole</a> for smuggling.",  # a private person may be a foreigner on trial
    "Peace talks began. Judge <a ner=PERSON country=- rule=actor.person_title>Kofi Mensah</a> praised Ghana for its new anti-graft law.",  # the state a judge's act is aimed at is not hers
    "Peace talks began. Mayor <a ner=PERSON country=- rule=actor.person_title>Kofi Mensah</a> thanked Ghanaian farmers for the gift.",  # a mayor is no judge
    "Peace talks began. Minister <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> thanked Ugandan officials.",
    "Talks began. The <a ner=ORG country=KEN trail=actor.org_placed_state>Harbour Forum</a> in Kenya said prices rose.",  # a body's own place: where it is, not a guess
    "Peace talks began. Commander <a ner=PERSON country=- rule=actor.person_title>Ali Musa</a> said his men had reached the Bolivian border.",  # a state's edge: either side of it
    "Peace talks began. Commander <a ner=PERSON country=- rule=actor.person_title>Ali Musa</a> said his men had crossed Chad's frontier.",
    "Peace talks began. Commander <a ner=PERSON country=BOL trail=actor.sentence_state rule=actor.person_title>Ali Musa</a> said his men had reached the Bolivian capital.",  # -> not an edge
    "Peace talks began. Calm returned along Chad's frontier with Sudan, Commander <a ner=PERSON country=- rule=actor.person_title>Ali Musa</a> said.",  # -> both sides of the edge: nothing
    "Peace talks began. Shells hit the Peruvian-Ecuadorian border, Commander <a ner=PERSON country=- rule=actor.person_title>Ali Musa</a> said.",  # -> a hyphenated pair
    "Peace talks began. Shells hit the frontier between Peru and Ecuador, Commander <a ner=PERSON country=- rule=actor.person_title>Ali Musa</a> said.",  # -> a pair after "between"
    "Talks began. The <a ner=ORG country=- rule=actor.ner_org>Harbour Forum</a> concluded that the <a>US</a> must pay more.",  # a state acting on its own lends a body nothing
    "Talks began. The <a ner=ORG country=- rule=actor.ner_org>Harbour Forum</a> met farmers in <a ner=GPE>South Sudan</a>.",  # nor the place of an act
    "Talks began. Farmers in South Sudan thanked President <a ner=PERSON country=SSD trail=actor.sentence_state rule=actor.person_title>Okello Mugisha</a> for the aid.",  # a state of several words, named as a place (not Sudan)
    "Talks began. Ugandan rebels called for the ouster of President <a ner=PERSON country=UGA trail=actor.opposed_state rule=actor.person_title>Okello Mugisha</a>.",  # rebels rise against their own state's rulers
    "Talks began. Kenyan demonstrators marched against Prime Minister <a ner=PERSON country=KEN trail=actor.opposed_state rule=actor.person_title>Okello Mugisha</a>.",
    "Talks began. Marchers in Oslo demanded the resignation of President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a>.",  # -> "in X" says where they are, not whose: nothing
    "Talks began. President <a ner=PERSON country=USA trail=actor.sentence_body_state rule=actor.person_title>Okello Mugisha</a> imposed sanctions on the rebels, the White House said.",  # the one state of the sentence's bodies
    "Talks began. Turkish police said Governor <a ner=PERSON country=TUR trail=actor.sentence_body_state>Ahmet Yilmaz</a> had resigned.",  # an unnamed body lends its state too
    "Talks began. Governor <a ner=PERSON country=- rule=actor.person_title>Ahmet Yilmaz</a> met Chinese officials in the city.",  # officials are no body of his
    "Kenya held talks. Kenya signed a deal. Kenya said it was pleased. Governor <a ner=PERSON country=- rule=actor.person_title>Ahmet Yilmaz</a> met Greek and Bulgarian farmers, Turkish police said.",  # an article with a state of its own: no sentence guess
    "Talks began. The German government welcomed President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a>'s plan.",  # a body's act aimed at him
    "Talks began. The National Diet approved the bill, Speaker <a ner=PERSON country=JPN trail=actor.sentence_body_state>Okello Mugisha</a> said.",  # a legislator and the parliament
    "Talks began. President <a ner=PERSON country=USA trail=actor.sentence_body_state>Okello Mugisha</a> imposed sanctions on the <n ner=ORG>Red Dawn</n> militia, the White House said.",  # a body named as a modifier of the target is a target
    "Talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> held talks with the Kremlin.",  # a partner's body is not his own
    "Talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> criticised the Kremlin.",  # nor the body an act is aimed at
    "Talks began. Ugandan rebels and Kenyan protesters met President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a>.",  # two states: no guess
    "Talks began. Governor <a ner=PERSON country=KEN trail=actor.place_state rule=actor.person_title>Ahmet Yilmaz</a> lifted the lockdown in Mombasa a week early.",  # his own measure of rule, in a city of one state
    "Talks began. Mayor <a ner=PERSON country=ZMB trail=actor.place_state rule=actor.person_title>Ana Ruiz</a> extended the evening curfew in <a ner=GPE country=ZMB rule=actor.capital_place>Lusaka</a> until the vote.",  # a capital as a place
    "Talks began. Governor <a ner=PERSON country=KEN trail=actor.place_state rule=actor.person_title>Ahmet Yilmaz</a> vowed to lift the lockdown in Mombasa next week.",  # a measure in his open clause
    "Talks began. Governor <a ner=PERSON country=- rule=actor.person_title>Ahmet Yilmaz</a> refused to condemn the lockdown in Mombasa.",  # -> a verb of comment in it: nothing
    "Talks began. Governor <a ner=PERSON country=KEN trail=actor.place_state rule=actor.person_title>Ahmet Yilmaz</a> pledged to end the lockdown in Mombasa.",  # his own commitment
    "Talks began. Minister <a ner=PERSON country=- rule=actor.person_title>Ana Ruiz</a> urged Zambia to relax the lockdown in Lusaka.",  # -> the object would act: nothing
    "Talks began. Minister <a ner=PERSON country=- rule=actor.person_title>Ana Ruiz</a> called on the mayor to relax the lockdown in Lusaka.",  # -> nor an "on" object
    "Talks began. Minister <a ner=PERSON country=- rule=actor.person_title>Ana Ruiz</a> helped to relax the lockdown in Lusaka.",  # -> no verb of commitment: nothing
    # a state's police acts on its own soil: the stateless group it acts on is in that state
    "<a country=BOL trail=actor.policed_state rule=actor.faith_group><n ner=NORP>Hindu</n> students</a> were detained by Bolivian police on Friday.",
    "Bolivian police set up roadblocks to stop <a country=BOL trail=actor.policed_state rule=actor.faith_group><n ner=NORP>Hindu</n> protesters</a> on Friday.",  # through a clause of purpose
    "<a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> protesters</a> threw stones at Bolivian police on Friday.",  # -> the group acts: nothing
    "Bolivian troops shelled <a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> protesters</a> near the river.",  # -> an army fights abroad too: nothing
    "Bolivian police and Chilean troops detained <a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> protesters</a> at the river.",  # -> two states act: nothing
    "The Bolivian police team beat <a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> students</a> in the final.",  # -> a team, not the police: nothing
    "Bolivian police detained <a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> students</a> at a camp in Peru.",  # -> another state named: nothing
    "<a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> students</a> were detained by Bolivian police in Peru.",  # -> nor in the passive
    "Bolivian police serving with the <a rule=actor.organisation_gazetteer>UN</a> mission detained <a country=- rule=actor.faith_group><n ner=NORP>Hindu</n> students</a> at a camp.",  # -> a mission abroad: nothing
    "Talks began. Governor <a ner=PERSON country=- rule=actor.person_title>Ahmet Yilmaz</a> lifted the lockdown in Mombasa, angering Uganda.",  # another state named: no guess
    "Talks began. <a ner=PERSON country=- rule=actor.ner_person>Ahmet Yilmaz</a> lifted the lockdown in Mombasa a week early.",  # no office named
    "Talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> deplored the lockdown in Lusaka, calling it harsh.",  # a comment on a measure: no state
    "Talks began. Senator <a ner=PERSON country=- rule=actor.person_title>Tom Hale</a> said the raid in Lusaka was a grave mistake.",  # a comment on an act
    "Talks began. General <a ner=PERSON country=- rule=actor.person_title>Tom Hale</a> ordered an assault in Mombasa at dawn.",  # an act of force, which armies order abroad
    "Talks began. Minister <a ner=PERSON country=- rule=actor.person_title>Ana Ruiz</a> said Lusaka had broken its promise on the loan.",  # a capital that stands for its government
    "Talks began. Chief executive <a ner=PERSON country=- rule=actor.person_title>Tom Hale</a> said the tax raid in Mombasa cost his shops a week of sales.",  # a business person
    "Talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> landed in Lusaka on Monday.",  # a visit: no act done in the place
    "Talks began. Prime Minister <a ner=PERSON country=ZMB trail=actor.speech_place_state rule=actor.person_title>Okello Mugisha</a> told reporters in Lusaka that the deal was done.",  # a venue, and where he speaks: a guess (issue 14)
    "Talks began. President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a> met Moscow's envoy.",  # a capital that says whose an unnamed actor is
    "Talks began. The rebels shelled Lusaka, wounding Governor <a ner=PERSON country=- rule=actor.person_title>Ahmet Yilmaz</a>.",  # the target of an act
    "Talks began. Ugandan rebels met <a ner=PERSON country=- rule=actor.ner_person>Okello Mugisha</a>.",  # no office named
    "Talks began. Senator <a ner=PERSON country=- rule=actor.person_title>Tom Jordan</a> said the vote would wait.",  # a name's own words name no state
    "Talks began. <a label=GPE country=MCO rule=actor.country_name>Monaco</a> said the vote would wait.",  # without one, the state
    "Talks began. <a ner=PERSON country=- rule=actor.ner_person>Chad Wilson</a> said the vote would wait.",
    "Talks began. <a ner=PERSON name='Tom Hale' rule=actor.ner_person>Tom\n    Hale</a> said the vote would wait.",  # a hard-wrapped name is one line
    "Talks began. Ugandan farmers thanked President <a ner=PERSON country=- rule=actor.person_title>Okello Mugisha</a>.",  # no group that opposes rulers
    "Doctors flew to <a ner=ORG country=IRQ rule=actor.ner_org>Baghdad University Hospital</a> on Monday.",  # named for the capital it is in
    "Doctors flew to <a ner=ORG country=- rule=actor.ner_org>Harbour University Hospital</a> on Monday.",
    # A title names no nationality word and no organisation
    "Kenya's central bank governor <a ner=FAC label=PERSON country=KEN trail=actor.relabel.titled_person rule=actor.person_title>Wanjiru Kamau</a> raised rates.",  # a titled name NER took for a building
    "The outlawed <a ner=PERSON label=ORG trail=actor.relabel.org_word rule=actor.ner_org>Coastal Workers' Party</a> called a strike.",
    "The state-run <x ner=PERSON rule=actor.not.demonym_adjective>Yemeni</x> paper praised the budget.",
    "The rebel <a label=ORG rule=actor.ner_org>Delta Liberation Front</a> said it would fight on.",  # a group's name, not a titled person
    "The rebel <a label=ORG rule=actor.ner_org>Harbour National Union</a> joined the talks.",
    # Unnamed but typed actors: a role, body or group noun with a state.
    "A senior <a label=PERSON id=desc:TUR:official country=TUR role=GOV rule=actor.unnamed_typed>Turkish official</a> spoke.",
    "Kenya's <a label=PERSON id=person:wanjiru-kamau rule=actor.unnamed_linked>agriculture minister</a>, <a ner=PERSON>Wanjiru Kamau</a>, spoke.",
    "In Kenya, <a label=ORG id=org:KEN:police country=KEN rule=actor.unnamed_in_context>police</a> arrested six men.",
    "The <x>ministry</x> and <x>officials</x> praised <a rule=actor.country_name>Kenya</a>.",
    "<a label=ORG id=gpe:RUS country=RUS role=MIL rule=actor.unnamed_typed>Russian aircraft</a> flew over the strait.",
    "<a label=NORP id=desc:CHE:doctor country=CHE role=CVL rule=actor.unnamed_typed>Swiss doctors</a> treated the wounded.",
    # A state's places and property that an act of force is done to: that state.
    "Jets bombed <a label=GPE id=gpe:SYR name=Syria country=SYR role=- rule=actor.national_target>Syrian positions</a> near the border.",
    "Gunboats rammed <a id=gpe:VNM country=VNM rule=actor.national_target>Vietnamese fishing boats</a> overnight.",  # the direct object of a verb of force
    "Customs agents seized two tonnes of tobacco at the <x ner=NORP rule=actor.not.demonym_adjective>Mexican</x> border on Friday.",  # a place phrase, and a border is two states'
    "Soldiers traded fire at the <x ner=NORP rule=actor.not.demonym_adjective>Turkish</x> border while refugees queued.",
    "The cyclone struck <x ner=NORP rule=actor.not.demonym_adjective>Indian</x> ports on Tuesday, halting trade.",  # a force of nature
    "A wildfire destroyed <x ner=NORP rule=actor.not.demonym_adjective>Greek</x> villages near the coast overnight.",
    "Cyclone Ida destroyed <x ner=NORP rule=actor.not.demonym_adjective>Cuban</x> homes on the coast.",  # a named storm
    "Critics attacked <x ner=NORP rule=actor.not.demonym_adjective>French</x> positions on the tax.",  # no agent of force: a debate
    "Rebels resumed shelling <a id=gpe:ETH country=ETH rule=actor.national_target>Ethiopian positions</a> after the talks.",  # the subject of the verb above
    "Protesters rallied against <x ner=NORP rule=actor.not.demonym_adjective>Turkish</x> bases in the region.",  # no verb of force
    "Fans bought <x ner=NORP rule=actor.not.demonym_adjective>Spanish</x> wine.",  # no act of force, no property
    "The minister visited <x ner=NORP rule=actor.not.demonym_adjective>Greek</x> villages.",  # no act of force
    # Groups named by a faith or a sect: of the state where the sentence places them.
    "<a id=desc:IRQ:shiite-militia country=IRQ rule=actor.faith_group>Shiite militias</a> took a bridge in Iraq before dawn.",  # the place of its own act
    "<a id=group:islamist-militant country=- rule=actor.faith_group>Islamist militants</a> burned a school, Nigerian officials said.",  # a reporter's nationality is not the group's
    "<a country=- rule=actor.faith_group>Muslim students</a> walked out of class on Friday, a French minister said.",
    "Turkish riot police arrested dozens of <a country=- rule=actor.faith_group>Shiite protesters</a> on Sunday.",  # nor that of the police acting on it
    "<a country=- rule=actor.faith_group>Shiite militias</a> clashed with <a country=- rule=actor.faith_group>Sunni fighters</a> near the border, a Saudi paper reported.",
    "<a country=- role=OPP rule=actor.faith_group>Hindu fundamentalists</a> blocked the road.",  # a group noun only after a faith word
    "<x>Free-market fundamentalists</x> opposed the tariffs that <a rule=actor.country_name>Chile</a> set.",  # no faith word: no group
    "<a rule=actor.unnamed_typed>US troops</a> killed four <a id=group:sunni-insurgent country=- rule=actor.faith_group>Sunni insurgents</a>.",  # troops act abroad: no state
    "<a country=- rule=actor.faith_group>Shiite militias</a> clashed with <a country=- rule=actor.faith_group>Sunni fighters</a>.",  # no state named
    "<x ner=NORP rule=actor.not.place_or_adjective>Catholic</x> schools closed for the <x ner=NORP rule=actor.not.place_or_adjective>Christian</x> holiday.",  # no group noun: nothing
    "<a country=- rule=actor.faith_group>Sunni militants</a> condemned <a rule=actor.country_name>Kenya</a>.",  # the state an act is aimed at is not theirs
    "A state-run <a label=ORG country=KEN role=MED rule=actor.unnamed_typed>Kenyan newspaper</a> criticised the plan.",
    "<a label=ORG id=desc:SRB:force country=SRB role=MIL rule=actor.unnamed_typed>Serb forces</a> shelled the town.",
    # ethnic groups: a people by descent, of the state the sentence places them in, else of none
    "Ethnic <a id=desc:MKD:ethnic-albanian country=MKD rule=actor.ethnic_group>Albanians</a> in <a country=MKD>Macedonia</a> held a rally.",  # placed by "in X"
    "Police said ethnic <a id=desc:SRB:ethnic-albanian-fighter country=SRB rule=actor.ethnic_group>Albanian fighters</a> near <a>Serbia</a>'s border fled.",  # "near X's border"
    "Ethnic <a ner=NORP id=ethnic:hungarian country=- rule=actor.ethnic_group>Hungarians</a> marched on Sunday.",  # no place: no state, not Hungary
    "Riots broke out in <a>Slovakia</a> among the <a id=desc:SVK:hungarian-population country=SVK rule=actor.resident_group>Hungarian population</a> on Monday.",  # people by where they live
    "The <a ner=NORP id=desc:BGR:turkish-minority country=BGR rule=actor.resident_group>Turkish minority</a> of <a>Bulgaria</a> protested.",  # the group's own "of X"
    "The <a country=HUN rule=actor.unnamed_typed>Hungarian population</a> fell last year.",  # no other state: the nationality's
    "<a country=AFG rule=actor.unnamed_typed>Afghan refugees</a> in <a>Pakistan</a> protested.",  # refugees are coded by the state they left
    "Ethnic <a id=ethnic:russian country=- rule=actor.ethnic_group>Russians</a> in <a>Latvia</a> and <a>Estonia</a> voted.",  # two places: no guess
    "<a id=gpe:ALB country=ALB rule=actor.demonym_group>Albanians</a> in <a>Greece</a> held a rally.",  # without "ethnic", a demonym group stays its state
    "<a label=NORP id=gpe:HUN country=HUN rule=actor.unnamed_typed>Hungarian</a> and <a label=NORP id=gpe:ROU country=ROU rule=actor.unnamed_typed>Romanian officials</a> met.",
    "<a name='International Committee of the Red Cross' country=IGO rule=actor.organisation_gazetteer>Red Cross</a> staff arrived.",
    "<a ner=ORG name=Hezbollah country=LBN rule=actor.organisation_gazetteer>Hizballah</a> fighters shelled a hilltop post.",  # a transliteration
    "<a label=NORP id=gpe:BRA country=BRA role=GOV rule=actor.unnamed_typed>Brazilian officials</a> agreed.",
    "Poland's <a label=ORG id=desc:POL:state-grid-operator country=POL rule=actor.unnamed_typed>state grid operator</a> cut power.",
    "<a label=NORP country=SYR role=OPP rule=actor.unnamed_typed>Syrian rebels</a> shelled the town.",
    "The <a label=ORG id=org:FRA:foreign-ministry country=FRA role=GOV rule=actor.unnamed_typed>French foreign ministry</a> said no.",
    "<a ner=NORP label=NORP id=gpe:KOR country=KOR rule=actor.unnamed_typed>South Korean officials</a> left the talks.",  # a nationality of two words
    "<a ner=LOC id=desc:CIV:rebel country=CIV rule=actor.unnamed_typed>Ivory Coast rebels</a> took the town.",  # a state's name of two words
    "<a id=desc:KEN:protester country=KEN rule=actor.unnamed_placed>Protesters in Nairobi</a> burned tyres on Monday.",
    "<a id=gpe:PER country=PER rule=actor.unnamed_placed>Officials in Lima</a> denied the report.",
    "<a id=desc:FIN:student country=FIN rule=actor.unnamed_placed>Two students from <n ner=GPE>Tampere</n></a> won the prize.",  # a city of one state
    "<x>Members of the <a ner=ORG rule=actor.ner_org>Union</a></x> voted on the budget.",  # a common word, no place
    "<x>Nurses from <n ner=GPE>Kent</n></x> said the ward would close. <a rule=actor.country_name>Chile</a> said nothing.",  # a name of two states' places
    "<x>Divers in <n ner=GPE>Split</n></x> found the wreck. <a rule=actor.country_name>Chile</a> said nothing.",  # an English word
    "The <a id=desc:COD:rebel country=COD rule=actor.unnamed_placed>rebels in <n ner=GPE>Kivu</n></a> seized a mine.",  # a region split by compass points, whole
    "On Friday the <a label=ORG id=gpe:MOZ country=MOZ rule=actor.unnamed_placed>government of Tete province</a> raised fees.",  # a region of one state
    "<x>Refugees in <a rule=actor.country_name>Kenya</a></x> asked for food.",  # coded by the state they left
    "<x>Ethnic minorities in the <a rule=actor.country_name>U.S.</a></x> marched.",  # a people by descent: ethnic.py's to place
    "<a ner=NORP id=org:PER:navy country=PER rule=actor.unnamed_typed>Peruvian navy</a> tugboats towed the ship.",  # compounded on a thing's noun
    "Police stopped <a ner=NORP id=desc:PER:opposition country=PER rule=actor.unnamed_typed>Peruvian opposition</a> vans at the border.",  # compounded on a noun that types no unnamed actor
    "On Monday <a ner=NORP country=CHL rule=actor.unnamed_typed>Chilean-led troops</a> sailed north.",  # the state that leads it
    "A <a ner=NORP id=desc:CHL:coalition country=CHL rule=actor.unnamed_typed>Chilean-led coalition</a> shelled the port.",  # a coalition a state leads
    "The Chilean-<a id=gpe:KHM country=KHM rule=actor.unnamed_placed>led government in Phnom Penh</a> fell.",  # its place says whose it is
    "The <a id=desc:MLI:rebel-fighter country=MLI rule=actor.unnamed_placed>rebel fighters in northern Mali</a> seized a town.",  # a word of direction before the place
    "<a id=desc:LBN:christian-militia country=LBN rule=actor.unnamed_placed>Christian militias in east Lebanon</a> shelled the town.",
    "<x>The judge</x> ordered <a rule=actor.country_name>Chile</a> to pay.",  # no state of its own, no actor
    "A <x>Dutch judge</x> gave the skater from <a rule=actor.country_name>Chile</a> low marks in the free dance.",  # -> a judge is no unnamed actor
    "Peace talks began. A Danish judge charged former minister <a ner=PERSON country=DNK trail=actor.sentence_state rule=actor.person_title>Ivo Hal</a> with fraud.",  # her nationality is the sentence's one state
    "Peace talks began. <a rule=actor.country_name>Norway</a> asked a Danish judge to drop the case against former general <a ner=PERSON country=- rule=actor.person_title>Ivo Hal</a>.",  # -> two states: nothing
    "<a id=desc:SSD:farmer country=SSD rule=actor.unnamed_placed>Farmers in south Sudan</a> sold grain.",  # a whole name with a word of direction
    "<x>Traders in central America</x> sold grain to <a rule=actor.country_name>Chile</a>.",  # -> a region: nothing
    "<x>Police</x> in <a rule=actor.country_name>Georgia</a> held two men.",  # a state's name that is also another's province: no guess
    "<x>Rebels</x> in eastern <a rule=actor.country_name>Congo</a> freed the hostages.",  # the short name of two states
    "<x>Police</x> patrolled a road near <a rule=actor.country_name>Bolivia</a>'s frontier.",  # a state's edge: either side of it
    "<a id=org:BOL:police country=BOL rule=actor.unnamed_in_context>Police</a> patrolled a road in <a rule=actor.country_name>Bolivia</a>'s capital.",  # -> a capital is no edge
    "The <a ner=O id=org:ARG:military country=ARG rule=actor.unnamed_typed>Argenntina military</a> denied the claim.",  # a misspelt state NER left untagged
    # a whole people, and a people's own name, of a state
    "Polls show the <a id=desc:PER:public country=PER rule=actor.national_people>Peruvian public</a> doubts the vote.",
    "Thousands of <a id=desc:IRN:baluchis country=IRN rule=actor.national_people><n ner=NORP>Iranian</n> <n ner=NORP>Baluchis</n></a> fled.",  # a people's plural name
    # an act's author: a nationality word on the noun of an act a government authors
    "The ministry turned down a <a ner=NORP label=GPE id=gpe:PER country=PER role=GOV rule=actor.act_author>Peruvian</a> proposal on Monday.",
    "Kenya welcomed the <a ner=NORP id=gpe:ETH country=ETH rule=actor.act_author>Ethiopian</a> ceasefire plan.",  # through a compound
    "<x ner=NORP rule=actor.not.demonym_adjective>Peruvian</x> demand for copper rose in May, traders said.",  # a market's demand
    "A <x ner=NORP rule=actor.not.demonym_adjective>Dutch</x> takeover offer for the brewer lapsed.",  # a company's offer
    "Crowds lined up for <x ner=NORP rule=actor.not.demonym_adjective>Peruvian</x> food at the fair.",  # no act
    # a party, front or movement: of the one state its sentence names
    "The opposition <a ner=ORG country=PER trail=actor.movement_state>Harbour Liberation Front</a> urged the Peruvian government to free its leader.",
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Farmers' Party</a> criticised the Peruvian government over fishing quotas.",  # a foreign government it criticises
    "The rebel <a ner=ORG country=PER trail=actor.movement_state>Condor Brigades</a> demanded that the Peruvian government free its leader.",
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Fisheries Council</a> urged the Peruvian government to act.",  # no movement
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Liberation Front</a> urged Peru and Chile to talk.",  # two states
    "Both the <a>Peruvian army</a> and the rebel <a ner=ORG country=PER trail=actor.movement_state>Harbour Liberation Front</a> broke the truce.",  # an unnamed body's state
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Liberation Front</a> attacked Peruvian troops on Monday.",  # a state an attack is aimed at
    "Peru shared arms with the <a ner=ORG country=- rule=actor.ner_org>Harbour Liberation Front</a> last year.",  # a partner of the state's act
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Relief Army</a> handed out blankets in Haiti during the truce.",  # a charity's name: a truce marks no home state
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Liberation Front</a> accused Peru of breaking the truce.",  # the state its act is aimed at
    "The <a ner=ORG country=- rule=actor.ner_org>Harbour Farmers' Party</a> welcomed the ceasefire in Gaza.",  # a party far away: a truce marks armed groups only
]  # fmt: skip

TAG = re.compile(r"<(/?)([anx])((?:\s+\w+=(?:'[^']*'|\S+?))*)\s*>")


def rule_ids(mark: Mark) -> set[str]:
    ids = {mark.attrs["rule"]} if "rule" in mark.attrs else set()
    return ids | set(filter(None, mark.attrs.get("trail", "").split(",")))


def parse(case: str) -> tuple[str, list[Mark]]:
    """The plain text of a case and its marks."""
    return parse_marks(case, TAG)


def run(nlp, text: str, marks: list[Mark]):
    """The pipeline up to the actor linker, the marked entities forced, then the linker."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claims_actor_linker":
            break
        doc = component(doc)
    forced = [m for m in marks if "ner" in m.attrs]
    spans = [doc.char_span(m.start, m.end, label=m.attrs["ner"]) for m in forced]
    assert all(s is not None for s in spans), "marks must fall on token boundaries"
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted([*kept, *(s for s in spans if s.label_ != "O")], key=lambda s: s.start)
    linker = nlp.get_pipe("claims_actor_linker")
    rejected = linker.extract(doc).rejected
    return linker(doc)._.actor_mentions, rejected


FIELDS = {"label": "label", "name": "name", "country": "country", "role": "role", "id": "actor_id"}


def check_mention(found: dict | None, mark, surface: str, mentions: list[dict]) -> dict:
    """The mention at a mark has the mark's attributes, rule and rules in its trail."""
    assert found is not None, f"{surface!r} is no mention: {mentions}"
    for attr, key in FIELDS.items():
        if attr in mark.attrs:
            want = None if mark.attrs[attr] == "-" else mark.attrs[attr]
            assert found[key] == want, (surface, key, found)
    if "rule" in mark.attrs:
        assert found["rule_id"] == mark.attrs["rule"], found
    assert rule_ids(mark) <= set(found["rule_trail"]), found
    return found


def check_actor_marks(nlp, case: str) -> None:
    """Every `<a>` of the case is a mention with the mark's attributes; no `<x>` is one."""
    text, marks = parse(case)
    mentions, _ = run(nlp, text, marks)
    at = {(m["start"], m["end"]): m for m in mentions}
    for mark in marks:
        surface = text[mark.start : mark.end]
        if mark.kind == "a":
            check_mention(at.get((mark.start, mark.end)), mark, surface, mentions)
        elif mark.kind == "x":
            assert (mark.start, mark.end) not in at, f"{surface!r} is a mention"


@pytest.mark.parametrize("case", CASES, ids=[parse(c)[0][:60] for c in CASES])
def test_actor_rule(nlp, case):
    text, marks = parse(case)
    mentions, rejected = run(nlp, text, marks)
    at = {(m["start"], m["end"]): m for m in mentions}
    for mark in marks:
        surface = text[mark.start : mark.end]
        if mark.kind == "a":
            found = check_mention(at.get((mark.start, mark.end)), mark, surface, mentions)
            assert found["rule_trail"][-1] == found["rule_id"], found
        elif mark.kind == "x":
            assert (mark.start, mark.end) not in at, f"{surface!r} is a mention"
            if "rule" not in mark.attrs:
                continue  # no candidate here at all (trimmed, split)
            why = {
                r.rule_id
                for r in rejected
                if (r.span.start_char, r.span.end_char) == (mark.start, mark.end)
            }
            assert why == {mark.attrs["rule"]}, (
                surface,
                why,
                [(r.span.text, r.rule_id) for r in rejected],
            )


def case_rule_ids() -> set[str]:
    return {rule_id for case in CASES for mark in parse(case)[1] for rule_id in rule_ids(mark)}


def mention_rule_ids() -> set[str]:
    return {r for r in stage_rules("actors") if not r.startswith("actor.speaker.")}


def test_every_declared_actor_rule_has_a_case():
    assert mention_rule_ids() - case_rule_ids() == set()


def test_every_case_names_declared_rules():
    assert case_rule_ids() - mention_rule_ids() == set()
    assert all(any(rule_ids(m) for m in parse(case)[1]) for case in CASES)


def test_markup_parses():
    text, marks = parse(
        "<n ner=ORG><a label=PERSON>Kenji Sato</a> of <a name='Kyodo News'>Kyodo</a></n> ok"
    )
    assert text == "Kenji Sato of Kyodo ok"
    assert [(m.kind, text[m.start : m.end]) for m in marks] == [
        ("a", "Kenji Sato"), ("a", "Kyodo"), ("n", "Kenji Sato of Kyodo"),
    ]  # fmt: skip
    assert marks[1].attrs == {"name": "Kyodo News"}
