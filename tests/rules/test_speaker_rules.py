"""The speaker rules as a specification: one line per case, the expectation marked inline.

- `<s ...>text</s>`: the span that names a speaker; `resolve_speaker` on it must give
  every attribute written: `rule` (its `rule_id`), `id` (`actor_id`), `name`, `country`,
  `role` (`-` for none), `from` (`resolved_from`), `capped` (the rule that capped its
  confidence: `confidence_rule`). `<s id=->` expects no actor at all.
- `<c>cue</c>` before an `<s>`: `cataphoric_speaker` on the cue must find exactly that
  span (rule actor.speaker.cataphora) and resolve it as marked; with `id=-`, find none.
- `<q>cue</q>` and `<s found=RULE>` (the table CLAIM_CASES): the claim of that cue has that
  speaker span, found by that rule (`found=-`: the plain subject); with no `<s>`, no speaker
  (`<q found=RULE>`: the rule that finds no one is cited).

The sentences are made up for these tests. Every declared speaker rule (`actor.speaker.*`)
has at least one case.
"""

from __future__ import annotations

import re

import pytest
from conftest import parse_marks
from test_split_subjects import CASES as SPLIT_SUBJECT_CASES

from pipeline.actors.cataphora import cataphoric_speaker
from pipeline.actors.resolve import resolve_speaker
from pipeline.rules import stage_rules

CASES = [
    # -- a role noun resolves to a compatible actor only: label, country, role, name, title
    "Peru's Ministry of Energy issued a note. <s rule=actor.speaker.role_noun country=PER from=role_noun>The ministry</s> said prices would fall.",
    "Senator Tomas Berg met the press. <s rule=actor.speaker.mention country=ECU capped=actor.speaker.country_guess>Berg</s> told reporters in Quito that taxes would rise.",  # a country from the place of saying: a guess
    "Chile's government cut fuel taxes on Monday. <s rule=actor.speaker.subject_state id=org:CHL:finance-ministry country=CHL from=unnamed>The finance ministry</s> said revenue would fall.",  # the state that was the subject just before, a guess
    "Senator Ana Ruiz missed the vote. <s rule=actor.speaker.possessor_staff name='Ana Ruiz' from=pronoun>Her spokeswoman</s> said she was ill.",  # speaks for whom "her" stands for
    "The Harbour Front did not respond to requests for comment. <s rule=actor.speaker.possessed_person id=desc:org:harbour-front:commander name='Harbour Front commander'>The group's commander</s> has said he welcomes talks.",  # a person of the body the possessor stands for
    "Police questioned the Peruvian ambassador on Monday. <s rule=actor.speaker.envoy_body id=org:PER:embassy country=PER>The embassy</s> said it had no comment.",  # the last envoy's state
    "ACCRA (Reuters) - Power cuts spread on Sunday. <s rule=actor.speaker.domestic_group country=GHA from=unnamed>Student leaders</s> said exams would be delayed.",  # a group of the dateline's state, a guess
    "Daily Press Briefing\n\nMichael Turner, Spokesperson, Ministry of Foreign Affairs of Sweden\n\nMR. TURNER: Good morning. <s rule=actor.speaker.turn_principal country=SWE from=unnamed>The Minister</s> said the visit would go ahead.\n\nQUESTION: When?\n",  # the official's principal, a guess
    "Kremlin spokeswoman Olga Rudneva spoke on Monday. <s rule=actor.speaker.role_noun name='Olga Rudneva' country=RUS>The spokeswoman</s> said talks had ended.",
    "Ambassador Tomas Berg arrived in Oslo. <s rule=actor.speaker.role_noun name='Tomas Berg'>The diplomat</s> said he was hopeful.",
    "Prime Minister Fumio Kishida visited Kyiv. <s rule=actor.speaker.role_noun name='Fumio Kishida'>The prime minister</s> said Japan would help.",
    "The Ministry of Foreign Affairs of Chile met the U.S. Agency for Trade. <s rule=actor.speaker.role_noun country=CHL>The foreign ministry</s> said talks went well.",
    "The U.S. Agency for Trade met the envoys. <s id=- >The foreign ministry</s> said talks went well.",
    "Chile met Peru on Monday. <s rule=actor.speaker.indefinite id=- from=unnamed>Several diplomats</s> said talks went well.",  # an indefinite phrase: no actor named before
    "Iran recalled its envoy from Oslo. <s rule=actor.speaker.role_noun id=org:IRN:embassy country=IRN from=role_noun>The embassy</s> said staff would stay.",  # a state's body, not the state
    "President Lula of Brazil spoke first. Vera Lind, a spokeswoman for the Swedish government, spoke next. <s rule=actor.speaker.role_noun name='Vera Lind' country=SWE>The spokeswoman</s> said it was fair.",
    "President Joe Biden spoke on Monday. <s rule=actor.speaker.context_sentence id=desc:USA:spokesperson country=USA from=unnamed>The spokesperson</s> said nothing.",  # not the president: an unnamed spokesperson of his state, a guess
    "President Tomas Berg met the envoy in Lima. <s id=- >The National Security Advisor</s> said the talks went well.",  # an office: not any official
    "Security adviser Ana Ruiz met the envoy in Lima. <s rule=actor.speaker.role_noun name='Ana Ruiz'>The security adviser</s> said the talks went well.",  # the person introduced with its noun
    "Governor Ana Silva of Texas met Senator Paul Okafor. <s rule=actor.speaker.role_noun name='Ana Silva'>The governor</s> said roads would reopen.",
    "Ambassador Tomas Berg arrived in Oslo. <s id=- >Diplomats</s> said talks went well.",  # a plural: never one person named before
    "Ambassador Tomas Berg arrived in Oslo. <s id=- >A diplomat</s> said talks went well.",  # an indefinite: a person of its own
    "Governor Ana Silva met Senator Paul Okafor. <s rule=actor.speaker.role_noun name='Paul Okafor'>The senator</s> said he disagreed.",
    "The Harbour Party won four seats. <s rule=actor.speaker.role_noun name='Harbour Party'>The party</s> said it was pleased.",
    "Judge Maria Costa heard the case. <s rule=actor.speaker.role_noun name='Maria Costa'>The judge</s> said the law was clear.",
    "The Russian Embassy in Oslo issued a note. <s rule=actor.speaker.role_noun country=RUS>The embassy</s> said it regretted the delay.",
    "The Central Bank of Kenya raised rates. <s rule=actor.speaker.role_noun country=KEN>The central bank</s> said inflation was high.",
    "General Ivan Petrov of Russia met Minister Lena Hartmann. <s rule=actor.speaker.role_noun name='Ivan Petrov'>The general</s> said the drills were over.",
    "Chancellor Eva Lind met the press. <s rule=actor.speaker.role_noun name='Eva Lind'>The chancellor</s> said the budget was safe.",
    "Minister Ana Ruiz said the port was open. Minister Lena Hartmann arrived later. <s rule=actor.speaker.role_noun name='Ana Ruiz'>The minister</s> added that fees would rise.",
    "Minister Ana Ruiz said the port was open.\n\nMinister Lena Hartmann arrived later. <s rule=actor.speaker.role_noun name='Lena Hartmann'>The minister</s> added that fees would rise.",
    # -- a state named only inside what someone says is no antecedent of a role noun
    # -- he/she after an unnamed person noun no actor answers: that person (tests/rules/test_actor_country_unstated.py)
    "The minister's remarks on Tuesday drew criticism. <s rule=actor.speaker.pronoun_unnamed name='The minister' country=->She</s> said the fees would stay.",
    "The UN envoy, Karim Benslimane, is in the hall.\n\nThe outgoing chairperson of the assembly opened the summit: Africa, <s rule=actor.speaker.pronoun_unnamed id=->he</s> said, had failed Sudan.",  # a chairperson is a person noun too
    "Jorge Soto welcomed the move. <s id=->She</s> added that trade would resume.",  # a man's given name is no antecedent of "she", though he is the only one named
    "Ana Ruiz said Iran had broken the deal. <s id=->The government</s> said talks would resume.",  # what Ruiz spoke about, not who speaks next
    "Ana Ruiz said Iran had expelled the envoy. <s id=->The embassy</s> said staff would stay.",
    "The mayor said that Chile would sign. <s id=->The officials</s> said the deal was fair.",
    "\"Iran broke the deal,\" Ana Ruiz said. <s id=->The government</s> said talks would resume.",  # a quotation reports too
    "Peru has tried to seize the ships, <s id=->officials</s> said on Monday.",  # nor of the noun that introduces the words
    "Police in Chile set up roadblocks near the port, <s id=->officials</s> said.",  # nor anyone named in what the speaker's own verb reports
    "Ana Ruiz said the Harbour Party would win. <s rule=actor.speaker.role_noun name='Harbour Party'>The party</s> said it was pleased.",  # a body named in what someone else said may be
    "Chile met Peru. Ana Ruiz said Iran had broken the deal. <s rule=actor.speaker.role_noun name=Peru>The government</s> said talks would resume.",  # the state named before, outside what was said
    "Ana Ruiz accused Iran of breaking the deal. <s rule=actor.speaker.role_noun name=Iran>The government</s> said talks would resume.",  # an act's object is no reported content
    # -- no compatible actor, but a state: an unnamed actor of that state, never a wrong name
    "The Harbour Council met. <s rule=actor.speaker.unnamed id=desc:BRA:official name='Brazilian officials' country=BRA role=GOV from=unnamed>Brazilian officials</s> said they agreed.",  # people of the state's government, not the state
    "Trade fell in May. <s rule=actor.speaker.unnamed id=desc:RUS:official country=RUS>Officials in Moscow</s> said the fall was brief.",
    "Trade fell in May. <s rule=actor.speaker.unnamed id=desc:TUR:official country=TUR role=GOV>A senior Turkish official</s> said the fall was brief.",
    "Power was cut in May. <s rule=actor.speaker.unnamed id=desc:POL:state-grid-operator country=POL>Poland's state grid operator</s> said it was restored.",
    "Acme Corp met the envoys. <s rule=actor.speaker.unnamed id=org:FRA:foreign-ministry country=FRA role=GOV>The French foreign ministry</s> said talks went well.",
    "Ships sailed on Monday. <s rule=actor.speaker.unnamed id=gpe:KEN country=KEN>The Kenyan government</s> said the port was open.",
    "Ships sailed on Monday. <s rule=actor.speaker.unnamed id=gpe:EGY country=EGY>Egyptian authorities</s> said the canal was open.",
    "Fighting resumed. <s rule=actor.speaker.unnamed country=SYR role=OPP>Syrian rebels</s> said they held the town.",
    "Fighting resumed. <s rule=actor.speaker.mention id=org:UKR:defense-ministry country=UKR>The Ukrainian defence ministry</s> said the town held.",
    "Talks stalled. <s rule=actor.speaker.unnamed id=desc:JPN:diplomat country=JPN>A Japanese diplomat</s> said talks stalled.",
    "Talks stalled. <s rule=actor.speaker.unnamed id=desc:IND:envoy country=IND>An Indian envoy</s> said talks stalled.",
    "Talks stalled. <s id=- >A diplomat</s> said talks stalled.",
    "Talks stalled. <s rule=actor.speaker.unnamed id=org:PAK:foreign-ministry country=PAK>Pakistan's foreign office</s> said talks stalled.",  # a body's name on a noun with no entry
    "Talks stalled. <s id=- >Pakistan's box office</s> said sales fell.",
    "Talks stalled. <s id=- >The mayor's office</s> said talks stalled.",
    "Talks stalled. <s id=- >The foreign office</s> said talks stalled.",  # no state, no dateline
    "Talks stalled. <s id=- >Officials</s> said talks stalled.",
    "Oil prices rose. <s id=- >The company</s> said demand was high.",
    # -- a state body with no state takes the dateline's, a guess
    "BEIJING, May 3 (Reuters) - Oil prices rose. <s rule=actor.speaker.unnamed_context id=org:CHN:foreign-ministry country=CHN>The foreign ministry</s> said demand was high.",
    "MOSCOW, May 3 (Reuters) - Trade fell. <s rule=actor.speaker.unnamed_context id=org:RUS:defense-ministry country=RUS>The defense ministry</s> said drills would go on.",
    "India took another approach. <s rule=actor.speaker.mention id=org:IND:foreign-ministry country=IND>Indian External Affairs officials</s> said talks with the UAE would end soon.",  # a portfolio's name for its ministry
    "<s rule=actor.speaker.mention country=->External Affairs officials</s> said talks with the UAE would end soon.",  # what they talk about is not whose they are
    "MANILA (AP) -- The Philippines protested to China on Wednesday. <s rule=actor.speaker.mention id=org:PHL:foreign-ministry country=PHL>The Department of Foreign Affairs</s> said it had summoned the Chinese ambassador.",  # the nationality of whom it summoned is not its own
    "TBILISI — Georgia signed the deal. The Green Energy Forum praised it. <s rule=actor.speaker.unnamed_context name='Georgian opposition' country=GEO>The opposition</s> says the vote was rigged.",  # no body of unknown role named before
    "Deaths rose, the International Organization for Migration (IOM) said. IOM is calling on the governments of Senegal and Spain to act. <s rule=actor.speaker.mention name='International Organization for Migration'>The Organization</s> welcomes the decision.",  # a body's own short name (its head before 'for'): not the governments named last
    "The Minister for Trade, Hon. Grace Osei-Bonsu, signed the roadmap. \"We will not pay,\" said <s rule=actor.speaker.mention name='Grace Osei-Bonsu'>Minister Osei-Bonsu</s>.",  # a person's title is no body's head noun; a hyphenated surname
    "Yemen's Houthi movement has responded. <s rule=actor.speaker.context_sentence name='Yemeni Houthi military spokesman' country=YEM>A Houthi military spokesman</s> said the group would keep firing.",  # a group's spokesman, not the state's military body, and no word written twice
    "Catches fell, according to a study by the Pacific Maritime Transparency Initiative, <s rule=actor.speaker.relative name='Pacific Maritime Transparency Initiative'>which</s> estimated that stocks had halved.",  # a name with no mention speaks through "which" too
    "The National Opposition Front boycotted the vote on Monday. <s rule=actor.speaker.role_noun name='National Opposition Front'>The opposition</s> says the vote was rigged.",  # one named by the noun
    "TEHRAN/VIENNA, May 3 (Reuters) - Talks ended. <s rule=actor.speaker.unnamed_context id=org:IRN:foreign-ministry>The foreign ministry</s> said they would resume.",
    "LIMA, May 3 (Reuters) - The court met. <s rule=actor.speaker.unnamed_context id=desc:PER:judge country=PER role=JUD>The judge</s> said the trial would go on.",  # a role noun with a role: the dateline's state, a guess
    "LIMA, May 3 (Reuters) - Talks ended. <s rule=actor.speaker.unnamed_context id=desc:PER:ministry country=PER role=GOV>The ministry</s> said they would resume.",
    "LIMA, May 3 (Reuters) - Talks ended. <s rule=actor.speaker.context_dateline id=desc:PER:spokesman country=PER>The spokesman</s> said they would resume.",  # a state's own spokesman: the dateline's state, a guess
    "The court met. <s id=->The judge</s> said the trial would go on.",  # no dateline: no state, never a wrong name
    "DAYTON, Ohio - The bill passed. <s id=->The legislature</s> said it would take effect in May.",  # a city's dateline: a state's own body, no national guess
    # -- a place framing the saying gives a body or an office with no state of its own that place's state, a guess
    "In Beijing, <s rule=actor.speaker.framing_place id=org:CHN:foreign-ministry country=CHN role=GOV from=unnamed>the foreign ministry</s> said talks went well.",
    "In Moscow, <s rule=actor.speaker.framing_place id=org:RUS:defense-ministry>the defence ministry</s> said drills would go on.",
    "In Beijing, <s rule=actor.speaker.framing_place id=org:CHN:foreign-ministry>the foreign ministry</s> said the visit was useful.",  # a visit reported, not made
    "During a visit to Lima, <s id=->the defence ministry</s> said fees would rise.",  # a visitor's place is no clue
    "The premier arrived on Monday. In Lima, <s id=->the foreign ministry</s> said the talks went well.",
    "In Lima, <s rule=actor.speaker.framing_place id=desc:PER:official>officials</s> said the port would reopen.",  # a group with a role
    "In Lima, <s rule=actor.speaker.framing_place id=org:PER:police>police</s> said the suspect had fled.",
    "Speaking in Beijing, <s rule=actor.speaker.framing_place id=org:CHN:foreign-ministry>the foreign ministry spokesman</s> said talks went well.",  # a participle's place
    "At a briefing in Beijing, <s rule=actor.speaker.framing_place id=org:CHN:foreign-ministry>the foreign ministry spokesman</s> said talks went well.",  # a place inside the frame's phrase
    "<s rule=actor.speaker.framing_place id=org:CHN:foreign-ministry>The foreign ministry spokesman</s> said in Beijing that talks went well.",  # after the verb
    "In Beijing, <s rule=actor.speaker.framing_place id=desc:CHN:government-spokesman>a government spokesman</s> said talks went well.",
    "In Beijing, <s id=- >the embassy</s> said staff would stay.",  # a body every state keeps abroad: any state's
    "In Beijing, <s id=- >a diplomat</s> said talks went well.",  # so is a diplomat
    "In Beijing, <s id=- >the spokesman</s> said talks went well.",  # a spokesman of whom? no role, no guess
    "In Beijing, <s rule=actor.speaker.unnamed country=KEN>the Kenyan foreign ministry</s> said talks went well.",  # a state of its own wins
    "<s id=- >The foreign ministry</s> said talks in Beijing went well.",  # a place inside what is said frames nothing
    "In a statement, <s id=- >the foreign ministry</s> said talks went well.",  # no place
    "In response to a strike in Kyiv, <s id=- >the defence ministry</s> said drills would go on.",  # a place deeper in a phrase is not where it speaks
    "After a meeting in Lima, <s rule=actor.speaker.framing_place id=desc:PER:official>officials</s> said the port would reopen.",  # an occasion of speaking's place
    # -- one who speaks for a body named before the noun speaks as that body
    "The Ministry of Foreign Affairs of Chile met the envoys. <s rule=actor.speaker.body_spokesperson country=CHL from=role_noun>The foreign ministry spokesman</s> said talks went well.",
    "BEIJING, May 3 (Reuters) - <s rule=actor.speaker.unnamed_context id=org:CHN:foreign-ministry>The foreign ministry spokesman</s> said talks went well.",  # the dateline's body
    "Police in Lima arrested two men. <s rule=actor.speaker.body_spokesperson id=org:PER:police>A police spokeswoman</s> said they had fled.",
    # -- a definite noun repeating an earlier phrase of that noun no mention covers is that phrase's
    "LIMA, May 3 (Reuters) - The President received President Ivo Marek of Austria. <s rule=actor.speaker.same_noun id=desc:PER:president country=PER>The President</s> said trade would grow.",  # the host, not the guest
    "The President received President Ivo Marek of Austria. <s id=->The President</s> said trade would grow.",  # a host of no known state: none, not the guest
    "Western aid officials said the trucks had entered Chad. <s id=->The officials</s> said they carried food.",  # a described group with no state is not the state named near it
    "Western security officials said Syria had moved tanks. <s id=->The officials</s> said the move was a threat.",  # nor a state as the subject after it
    "Syria had moved tanks, Western security officials said. <s id=->The officials</s> said the move was a threat.",  # nor one before it
    "The President met Prime Minister Ana Ruiz of Peru. He praised the Prime Minister's plan. <s rule=actor.speaker.role_noun name='Ana Ruiz'>The Prime Minister</s> said taxes would fall.",  # a definite repetition is no described group
    "UN officials met the envoy of Iran. <s rule=actor.speaker.same_noun country=IGO>The officials</s> said the talks were useful.",  # a modifier that is a mention: that body's
    "QUITO, March 4 - The President received President Lena Holm of Denmark. <s rule=actor.speaker.same_noun country=ECU>The President</s> said trade would grow.",  # a plain dateline: the host
    "President Ivo Marek of Austria spoke first. <s rule=actor.speaker.role_noun name='Ivo Marek'>The President</s> said trade would grow.",  # -> the named one: no earlier phrase
    "The minister met the press. Minister Ana Ruiz said the port was open. <s rule=actor.speaker.role_noun name='Ana Ruiz'>The minister</s> added that fees would rise.",  # the earlier subject acts on no one
    "Kenyan officials met Chad's envoy. <s rule=actor.speaker.role_noun country=KEN>The officials</s> said talks went well.",  # the earlier phrase is a mention's
    "MOSCOW, May 3 (Reuters) - Trade fell. <s rule=actor.speaker.context_dateline id=desc:RUS:spokesman country=RUS>The spokesman</s> said drills would go on.",
    # -- a state's own official or body with no state: the one state of its context, a guess
    "Chile's finance ministry cut taxes. The ports reopened on Monday; trade grew. <s rule=actor.speaker.context_paragraph id=desc:CHL:spokeswoman country=CHL from=unnamed>The spokeswoman</s> said exports would rise.",  # the paragraph's one state
    "Chile accused Peru of blocking the port on Monday. <s rule=actor.speaker.context_topic id=desc:CHL:spokeswoman country=CHL>The spokeswoman</s> said exports would suffer.",  # not Peru, the object
    "Prices of bread rose in Lima's markets on Monday.\n\nThe Peruvian interior ministry met union leaders.\n\nStocks fell in the afternoon. <s rule=actor.speaker.context_institutions id=desc:PER:spokesman country=PER from=unnamed>The spokesman</s> said calm had returned.",  # the article's one state's institutions
    # -- a person of "the administration" with no state is of the dateline's state
    "WASHINGTON, May 3 (Reuters) - Japan and Peru met on Monday. <s rule=actor.speaker.home_government id=desc:USA:administration-official country=USA role=GOV>A senior administration official</s> said the talks went well.",  # not Peru, named last
    "Japan and Peru met on Monday. <s rule=actor.speaker.indefinite id=->A senior administration official</s> said the talks went well.",  # no home state: no one, not the state named last
    "Press Call on the Call with President Ana Ruiz of Peru\n\nMODERATOR: Thanks.\n\n<s id=->SENIOR ADMINISTRATION OFFICIAL</s>: Thanks. The call went well.",  # a turn label is the briefer, not the president named before
    "WASHINGTON, May 3 (Reuters) - Talks with Peru ended.\n\nMODERATOR: Thanks.\n\n<s rule=actor.speaker.home_government id=desc:USA:administration-official>SENIOR ADMINISTRATION OFFICIAL</s>: Thanks. The call went well.",
    "Press Call on President Biden's Call with President Lula of Brazil\n\nMODERATOR: Thanks.\n\n<s rule=actor.speaker.home_leader id=desc:USA:administration-official country=USA>SENIOR ADMINISTRATION OFFICIAL</s>: The call went well.",  # no dateline: the leader named with a bare title
    "Press Call on Russian President Putin's Call with President Biden\n\n<s rule=actor.speaker.home_leader country=USA>SENIOR ADMINISTRATION OFFICIAL</s>: The call went well.",  # a nationality marks the foreign leader
    "Remarks by President Tom Berg of Peru\n\n<s rule=actor.speaker.role_noun name='Tom Berg'>THE PRESIDENT</s>: Thank you all. The call went well.",  # an office's label, resolved as its role noun

    # -- a name in apposition to the role noun
    "<s rule=actor.speaker.mention name='Kenji Morita' country=JPN>Japan's chief cabinet secretary, Kenji Morita</s>, said the talks went well.",
    "<s rule=actor.speaker.mention name='Lucia Ferreira'>A spokesperson, Lucia Ferreira</s>, said the port would reopen.",
    "<s rule=actor.speaker.mention name='Tariq Nasser' country=EGY>Egypt's foreign minister, Tariq Nasser</s>, said the canal was safe.",
    "<s rule=actor.speaker.mention name='Vladimir Putin'>Russia's president, Vladimir Putin</s>, said the war would go on.",
    # -- a person an organisation owns speaks for it, with its country
    "<s rule=actor.speaker.unnamed id=desc:CHL:president country=CHL>Chile's president on Sunday evening</s> said the port would reopen.",  # resolved without the date
    "<s rule=actor.speaker.mention id=desc:org:international-atomic-energy-agency:chief-inspector country=IGO role=IGO>The IAEA's chief inspector</s> said the site was safe.",
    "<s rule=actor.speaker.mention id=desc:org:hamas:political-leader country=PSE>Hamas's political leader</s> said the truce would hold.",
    # -- a name or an overlapping mention names the speaker
    "Kenya and Uganda signed the deal. <s rule=actor.speaker.mention name=Kenya country=KEN from=mention>Kenya</s> said it was pleased.",
    "<s rule=actor.speaker.mention name='Olga Rudneva'>Kremlin spokeswoman Olga Rudneva</s> said no.",
    "<s rule=actor.speaker.mention country=IGO>NATO</s> said the drills would go on.",
    "<s rule=actor.speaker.mention name='Ana Ruiz' country=CHL from=mention>Ana Ruiz, a spokeswoman for the Chilean government</s>, said the port was open.",  # a name NER missed is a mention of its own (actor.candidate.apposed_name)
    "<s rule=actor.speaker.apposition name='Bruno Shioso' country=KEN from=apposition>A spokesman for the Kenyan police</s>, Bruno Shioso, said the suspects fled.",  # the name after the phrase
    "<s rule=actor.speaker.apposition name='Ines Mora' country=CHL from=apposition>Chile's deputy foreign minister</s>, Ines Mora, said talks would resume.",  # the person, with the phrase's state
    "<s rule=actor.speaker.apposition name='Ana Ruiz' country=PER role=GOV from=apposition>A spokeswoman for the Peruvian foreign ministry</s>, Ana Ruiz, said the port would close.",  # the person, not the body she speaks for
    "<s rule=actor.speaker.apposition name='Ana Ruiz' country=- from=apposition>A spokeswoman for the ministry</s>, Ana Ruiz, said the port would close.",  # a name NER missed
    "<s rule=actor.speaker.apposition name='Lucia Ferrante' country=IGO from=apposition>The IOM Chief of Mission in Guatemala, Lucia\nFerrante</s>, said the agency was ready.",  # the name the parser hangs on the place is the chief's
    "<s rule=actor.speaker.title_holder name='Maria Costa' country=IGO from=title>UNESCO Director for Culture Maria Costa</s> said the site would reopen.",  # a title's portfolio, then the name: the person, not the body (tests/rules/test_person_title_speakers.py)
    # -- a relative pronoun speaks for the noun its clause modifies; the span stays the pronoun
    "Reporters met Tomas Berg, <s rule=actor.speaker.relative name='Tomas Berg' from=relative>who</s> said the talks were over.",
    "The rally backed Olga Rudneva, <s rule=actor.speaker.relative name='Olga Rudneva' from=relative>who</s> has vowed to run again.",  # through "vowed to"
    "Leaders met the European Union, <s rule=actor.speaker.relative name='European Union' from=relative>which</s> said it would help.",  # "which" for an actor it stands for
    "IBM launched a program with Japanese and U.S. universities, <s id=->which</s> aims to train 4,000 students.",  # "which" on a common noun: not the state a word before it names
    "The farmers, <s rule=actor.speaker.relative id=- name='The farmers' from=relative>who</s> said prices were too low, left.",  # no actor: the phrase names them
    "<s id=- >Who</s> said that?",  # a question word is no relative pronoun
    "<s rule=actor.speaker.mention name=Russia>Moscow</s> has said the talks are over.",
    # -- pronouns and joint speakers
    "Chancellor Eva Lind met Chinese officials. He was absent; <s rule=actor.speaker.pronoun name='Eva Lind' from=pronoun>she</s> said no.",
    "Two Kenyan diplomats met the envoy on Monday. <s rule=actor.speaker.partitive id=desc:KEN:diplomat country=KEN>One of the diplomats</s> said the talks went well.",  # a part of a group: the group's
    "Two Kenyan diplomats met the envoy on Monday. <s rule=actor.speaker.partitive id=desc:KEN:diplomat>Both of the diplomats</s> said the talks went well.",
    "Soldiers crossed the river at night. Officials in Nairobi said the move was planned. <s rule=actor.speaker.partitive country=KEN>One of them</s> said talks would follow.",  # "them": the subject before, not the last group
    "The accord was signed by Peru on Monday. <s rule=actor.speaker.pronoun name=Peru>It</s> said the accord was fair.",  # the subject before names no actor: the last body or state
    "Ghana's envoy Kofi Mensah and Togo's envoy Ama Dogbe met in Accra. Ghana sells power to Spain. The two envoys agreed to meet again. <s rule=actor.speaker.continued_subject name='Kofi Mensah' from=pronoun>They</s> also urged banks to fund the line.",  # the plural subject before, not the last state
    "The EU praised the deal. Chile and Peru signed it on Monday. In a joint statement, <s rule=actor.speaker.continued_subject name=Chile from=pronoun>they</s> said trade would grow.",  # the main clause's subject after a phrase set before it
    "The European Union, which signed a pact with Chile in 2023, said that <s rule=actor.speaker.reporter_pronoun name='European Union' from=pronoun>it</s> welcomed the plan.",  # the reporting verb's subject, not the state named between
    "Japan, which has a deal with Peru, announced that <s rule=actor.speaker.reporter_pronoun name=Japan from=pronoun>it</s> would send a delegation and opposed the tariffs.",
    "The ban on Peru shows that <s rule=actor.speaker.pronoun name=Peru>it</s> opposed the tariffs.",  # no actor reports: the last named
    "Q: Minister, you met Chancellor Eva Lind of Austria on Monday. What did they say?\nA: <s rule=actor.speaker.pronoun name=Austria>They</s> said the accord was fair.",  # "they" is never "you": her side
    "The mayor met Chancellor Eva Lind of Austria. <s id=->They</s> said the accord was fair.",  # a person's state is not "they"
    "The mayor met Austria's chancellor. <s id=->They</s> said the accord was fair.",
    "Chile signed the accord. The mayor met Chancellor Eva Lind of Austria. <s rule=actor.speaker.pronoun name=Austria>They</s> said it was fair.",  # a group before the people: not past them
    "Mayor Eva Lind of Peru and Mayor Ana Ruiz of the United States met. <s rule=actor.speaker.pronoun name='United States'>We</s> agree, they said.",  # "we": the speakers' states stand
    "The mayors met in Vienna, Austria. <s id=->They</s> said the accord was fair.",  # a place
    "Governor Ana Silva arrived. <s rule=actor.speaker.pronoun name='Ana Silva'>She</s> said the roads were open.",
    "President Ana Lopez met the envoy. The minister spoke next. <s id=->He</s> said the port would close.",  # an unnamed minister came between: not Lopez
    "Governor Ana Silva met Senator Paul Okafor. The senator spoke first. <s rule=actor.speaker.pronoun_role name='Paul Okafor' from=pronoun>He</s> said roads would reopen.",  # as "the senator" resolves
    "Governor Ana Silva spoke on Monday. A Western diplomat said the funds were under review. \"Why pay for nothing?\" <s rule=actor.speaker.pronoun_role name='Western diplomat' from=pronoun>he</s> asked.",  # an unnamed person as the text names it, not the name before
    "President Ana Lopez met the envoy. The minister spoke next. Lopez smiled. <s rule=actor.speaker.pronoun name='Ana Lopez'>She</s> said the port would close.",  # a name after the noun wins again
    "Press Briefing by Press Secretary Ana Ruiz\n\nMS. RUIZ: Good afternoon. The President spoke with the envoy this morning. <s id=->He</s> said the talks went well.",  # the briefer is not the President
    # -- he/she skip a person the text gives the other sex: given name, honorific, role noun, bound pronoun
    "Minister Ana Ruiz met Tomas Berg on Monday. <s rule=actor.speaker.pronoun name='Ana Ruiz'>She</s> said the port would reopen.",  # a given name of one sex, not the last person
    "Mrs. Ruiz met Mr. Berg on Monday. <s rule=actor.speaker.pronoun name=Ruiz>She</s> said the port would reopen.",  # honorifics
    "Mrs. Ruiz met Mr. Berg on Monday. <s rule=actor.speaker.pronoun name=Berg>He</s> said the port would reopen.",
    "President Jonas Petras met Chancellor Karl Weber on Monday. <s rule=actor.speaker.pronoun_subject name='Jonas Petras' from=pronoun>He</s> said the port would reopen.",  # the subject, not the object named last
    "Senator Ada Pike criticised Governor Lena Stone. <s rule=actor.speaker.pronoun_subject name='Ada Pike'>She</s> said the cuts were reckless.",
    "Tomas Berg was questioned by Inspector Karl Lind. <s rule=actor.speaker.pronoun_subject name='Tomas Berg'>He</s> said he was innocent.",  # a passive's subject
    "The spokeswoman Lena Hartmann met Paul Okafor. <s rule=actor.speaker.pronoun name='Lena Hartmann'>She</s> said the port would reopen.",  # a role noun before the name
    "President Ana Lopez met the envoy. The chairman spoke next. <s rule=actor.speaker.pronoun name='Ana Lopez'>She</s> said the port would close.",  # a role noun of the other sex is no nearer antecedent
    "Okello Mugisha said his party would win. Mrs. Adebayo met Mugisha at noon. <s rule=actor.speaker.pronoun name=Adebayo>She</s> said the vote was fair.",  # "his" told Mugisha's sex
    "Okello Mugisha met Nkem Eze at noon. <s rule=actor.speaker.pronoun name='Nkem Eze'>She</s> said the vote was fair.",  # nothing told: the last person
    "Spokeswoman Lena Hartmann met Ma Tianyu on Monday. <s rule=actor.speaker.pronoun name='Ma Tianyu'>He</s> said talks went well.",  # "Ma" is a family name here, not a woman's name
    "Tomas Berg met Park Min-ji on Monday. <s rule=actor.speaker.pronoun name='Park Min-ji'>She</s> said talks went well.",  # nor is "Park" a man's
    "Chidi Okafor arrived early. He spoke first. Ngozi Adeyemi then thanked Okafor. <s rule=actor.speaker.pronoun name='Ngozi Adeyemi'>She</s> said the vote was fair.",  # "he" had only Okafor before it
    "<s rule=actor.speaker.joint name=NATO from=coordination>NATO and Japan</s> said they would cooperate.",
    "Kenya and Uganda met on Monday. <s rule=actor.speaker.joint from=role_noun>The two countries</s> said they would cooperate.",
    "Kenya and Uganda agreed on Monday to reopen the border. <s rule=actor.speaker.joint name=Kenya from=role_noun>A joint communique</s> said trucks would cross in stages.",  # a joint document: the parties of the last coordination
    "BAGHDAD — Iraq's cabinet met on Monday. <s name='Iraqi Kurdish bloc' country=IRQ rule=actor.speaker.unnamed_context>The Kurdish bloc in parliament</s> said it would boycott the vote.",  # an unnamed actor's name keeps the capitals of names
    "MANILA — The Philippines protested. Manila summoned the envoy. China's coast guard gave a different account. Its spokesman, <s name='Wang Li' country=CHN rule=actor.speaker.mention>Wang Li</s>, said the ship had approached.",  # "its" stands for the body the sentence before is about
    "Peru's president met Chile's president on Monday. <s id=->A joint statement</s> said the border would reopen.",  # no coordination before it: no issuer guessed
    "Kenyan President Ana Ruiz met Ugandan Prime Minister Tomas Berg on Monday. <s id=- >The leaders</s> said they would meet again.",  # no pair guessed: a readout's host may be one of many
    "Kenyan President Ana Ruiz met Tomas Berg and Otto Brandt on Monday. <s id=- >The leaders</s> said they would meet again.",  # three people: no pair
    "Kenyan President Ana Ruiz phoned Ugandan Prime Minister Otto Brandt. Later Brandt hosted Tanzanian envoy Tomas Berg. <s id=- >The leaders</s> said they would cooperate.",  # three people in the paragraph
    "Radio host Mia Lund questioned Kenyan President Ana Ruiz on air. <s id=- >The leaders</s> said they would talk again.",  # a host is no office holder
    "Kenyan President Ana Ruiz met Kenyan Prime Minister Tomas Berg on Monday. <s id=- >The leaders</s> said they would meet again.",  # one state: no pair of leaders of different states
    "Chilean officials and Bolivian ministers met in Lima. <s id=- >The officials</s> said talks went well.",  # the repeat is one of two joined groups: none, as before
    "Brazilian officials met Indian officials in Oslo on Tuesday. <s id=- >The officials</s> said talks went well.",  # two actors repeat the noun: a tie, none, as before
    "ANKARA - Turkey and Iraq agreed to extend the deal, a senior Turkish official said. <s rule=actor.speaker.role_noun id=desc:TUR:official name='senior Turkish official'>The official</s> said capacity would rise.",  # one person, named with its seniority: not the state named last
    "Chile signed the accord on Monday. <s id=desc:CHL:official>The official</s> said it was fair.",  # a person of the state, not the state
    "Talks with Peru resume next week. China, Peru's largest creditor, has been quiet. <s id=org:CHN:foreign-ministry>Its foreign ministry</s> said it backed the plan.",  # "its": the subject before, not the state in its apposition
    "Envoy Tom Hale said talks were close. A Western diplomat was less sure. <s id=- >The diplomat</s> said both sides had lied.",  # the new person of "a": not the envoy named before
    "Envoy Tom Hale said talks were close. A Chinese diplomat was less sure. <s id=desc:CHN:diplomat>The diplomat</s> said both sides had lied.",
    "The European Commission met on Monday. <s id=- >The Green Forest Alliance</s>, a charity, said the plan fell short.",  # a capitalised name of its own, not "the alliance"
    "NATO met on Monday. Later <s id=- >the Silver Lake Council</s> said the plan fell short.",  # nor "the council"
    "Peru's Foreign Ministry issued a note. <s id=org:PER:foreign-ministry country=PER>The Foreign Ministry</s> said prices would fall.",  # a body's capitalised name is still its noun
    "Talks began on Monday. <s id=- >The leaders</s> said they would meet again.",  # no one named
    "Ghanaian officials met a delegation from Peru. <s rule=actor.speaker.role_noun id=desc:GHA:official from=role_noun>The officials</s> said talks went well.",  # the phrase repeats the noun of what it named
    "Prime Minister Tomas Berg hosted President Ana Ruiz on Monday. <s rule=actor.speaker.role_noun name='Tomas Berg'>The Prime Minister</s> said trade would grow.",  # the title before another person's name is not hers
    "Ghanaian officials met Peru's envoy. Peru said talks were over. <s rule=actor.speaker.role_noun id=desc:PER:official>The officials</s> said talks went well.",  # who last spoke in the paragraph still first
    # -- documents speak for their issuer, else for the state they were issued in
    "<s rule=actor.speaker.document_issuer name=Peru from=document>A statement issued by Peru</s> said the accord was fair.",
    "<s rule=actor.speaker.document_issuer name=Russia>Russia's statement</s> said the talks were over.",
    "Russia issued a statement on Monday. <s rule=actor.speaker.document_issuer name=Russia>The statement</s> said talks were over.",
    "<s rule=actor.speaker.document_issuer name=Cadem id=org:cadem country=->A Cadem survey</s> found that most voters back the plan.",  # a pollster's name on the noun
    "<s rule=actor.speaker.document_issuer name='Gallup Korea'>A Gallup Korea poll</s> found that most voters back the plan.",  # not the state inside the name
    "<s rule=actor.speaker.document_state name=Kenya>A Kenya poll</s> found that most voters back the plan.",  # a state's name: the state's, as before
    "<s rule=actor.speaker.document_issuer name=YouGov>A YouGov poll</s> found that most voters back the plan.",  # a name no mention covers, whatever its case
    "According to <s rule=actor.speaker.document_issuer name=CBOS>a CBOS poll</s> published last week, most Poles back the plan.",  # a name in capitals the tagger took for an adjective
    "Public opinion backs the plan. <s rule=actor.speaker.document_issuer name=Cadem>A Cadem survey</s> published last Sunday found that most voters back it.",  # one word the recogniser calls a place, which the gazetteer does not know
    "Egypt and Peru both issued statements on the deal. <s rule=actor.speaker.document_state name=Peru>The Peruvian statement</s> called for calm.",  # its own state, not the first issuer of "statements"
    "<s rule=actor.speaker.noun_then_name name=AICEP country=PRT>Portugal's investment agency</s> AICEP said the plan was sound.",  # the name after the noun, with the phrase's state
    "The Harbour Council said in a statement that fees would rise. <s rule=actor.speaker.document_issuer name='Harbour Council'>The statement</s> added that ports would stay open.",
    "Peru's Ministry of Energy met on Monday. <s rule=actor.speaker.document_issuer country=PER>A statement released by the ministry</s> said prices would fall.",
    "<s rule=actor.speaker.document_issuer name=NATO>A statement from NATO</s> said the drills would go on.",
    "Kenya released a report on Monday. <s rule=actor.speaker.document_issuer name=Kenya>The report</s> said exports grew.",
    "<s rule=actor.speaker.document_state id=gpe:RUS country=RUS role=GOV from=document>Monday's statement in Moscow</s> said the talks were over.",
    "<s rule=actor.speaker.document_state id=gpe:CHN country=CHN>A statement in Beijing</s> said trade would grow.",
    "<s id=- >The statement</s> said the talks were over.",
    "<s id=- >A report</s> said exports grew.",
    # -- a speaker named after the cue (cataphora)
    "Speaking in Lima, the minister also <c>accused</c> <s id=- >Tomas Berg</s> of hiding the accounts.",  # the object, no inverted speaker
    "With the talks over, Will <c>believes</c> <s id=- >Tomas Berg</s> has been given a chance.",  # the clause object's subject
    "<c>Thank</c> you, <s id=- >Maria</s>, for the kind words.",  # whom it is told, after the cue's object
    "\"We will not back down,\" <c>said</c> <s rule=actor.speaker.mention name='Anna Kovacs' country=HUN>Anna Kovacs</s>, a spokeswoman for the Hungarian government.",
    "Talks will resume in May, <c>said</c> <s rule=actor.speaker.unnamed id=desc:TUR:official>a senior Turkish official</s>.",
    "Prices rose on Monday, <c>said</c> <s rule=actor.speaker.unnamed id=desc:CHN:official>Chinese officials</s>.",
    "The port will reopen, <c>said</c> <s rule=actor.speaker.mention name=Kenya>Kenya</s> on Monday.",
    "The roads are open, <c>said</c> <s rule=actor.speaker.mention name='Ana Silva'>Governor Ana Silva</s>.",
]  # fmt: skip

# The speaker the claims stage chooses for a cue, where the parse hides the subject: `<q>`
# marks the cue of a claim the pipeline must find, `<s found=RULE>` its speaker span and the
# rule that found it (`found=-`: the plain subject, no repair).
CLAIM_CASES = [
    "The debate ran late. <s found=->Anna Kowalska of the opposition Law and Justice (PiS) party</s> <q>said</q> the plan had failed.",  # an acronym in brackets is part of the phrase
    "<s found=actor.speaker.addresser>The senator</s> emailed supporters <q>saying</q> that the fight goes on.",  # not the addressees
    "Norway will host talks between Guyana and Venezuela, <s found=actor.speaker.orphan_tag>the Ministry of Foreign Affairs</s> <q>said</q> on Thursday.",  # the parser joined the tag's subject to the clause
    "Lima (AFP) – <s found=->Singer Ana Ruiz</s>, star of the new film, is not <q>sure</q> that she can vote for the senator.",  # a dateline with a credit is no speaker
    "<s found=actor.speaker.controller>Senator Ana Lee</s> was criticised after <q>suggesting</q> that the tax should go.",  # passive clause above
    "<s found=actor.speaker.controller>The minister</s> went so far as to <q>say</q> that the treaty was dead.",  # through "so far as"
    "Having <q>announced</q> that the port would close, <s found=->the governor</s> left the room.",  # a perfect participle is no unnamed asker
    "<s found=actor.speaker.auxiliary_subject>He</s>'s <q>said</q> that the plan will work.",  # the contracted "has"
    "Since the mill closed, <s found=actor.speaker.auxiliary_subject>she</s>'s <q>said</q> the same words at every rally: \"We will rebuild.\"",  # "has said" with an object
    "After the floods of last spring, <s found=actor.speaker.name_for_modal>Will</s> <q>believes</q> the council has been handed a chance to act.",  # a name, not a modal
    "Visiting Oslo, <s found=actor.speaker.apposed_subject>Berg</s>, without naming anyone, also <q>blamed</q> the board for the losses.",  # a name before an aside, not the object after the cue
    "Such a levy, <s found=actor.speaker.quantifier_subject>many</s> <q>argue</q>, would ruin small farms.",  # a parenthetical quantifier
    "<s found=actor.speaker.reduced_relative>Union members</s> marching to block the merger <q>say</q> they will strike.",  # the modifier took the subject
    "LIMA, June 2 (AP) — <s found=->Former Finance Minister Ana Ruiz</s> <q>told</q> reporters that the budget was safe.",  # the structure stage makes the dateline a sentence of its own
    "The port reopened on Monday after a week of strikes.\n\nLIMA, June 2 (AP) — <s found=actor.speaker.not_dateline>Former Finance Minister Ana Ruiz</s> <q>told</q> reporters that the budget was safe.",  # a later dateline, in a roundup: past it
    "PARIS, May 3 (AP) — <s found=->The Harbour Union</s> issued a note on Monday, <q>offering</q> “a full refund” to shippers.",  # the verb's second subject
    "Discussing the strike in a statement, Peru's Prime Minister, <s found=actor.speaker.nearest_subject>Ana Ruiz</s> <q>said</q>, \"We are talking to all sides.\"",  # two subjects: the one next to the verb
    "<s found=->Thomas A. Carver</s>, Jr. called Lena Hartmann on Friday to <q>praise</q> her appointment by the board as head of the port.",  # no parenthetical: the first subject
    "The deal, <q>said</q> <s found=actor.speaker.inverted_tag>Lopez</s>, is dead.",  # a tag set between commas
    "<s found=actor.speaker.issuer>The guild</s> ran newspaper ads <q>calling</q> the merger a betrayal.",  # an ad speaks for who ran it
    "It would be no stretch to <q found=actor.speaker.not_predicate_noun>call</q> the budget a failure.",  # a predicate noun's infinitive: no one cited
    "<s found=->Ana Lopez</s> said the board had met twice - there are nine members, plus four alternates - but <q>said</q> the final vote was not yet settled.",  # past a clause of "there are"
    "The late hour of the vote led <s found=actor.speaker.object_control>farmers</s> to <q>claim</q> that the board had something to hide.",  # a causative's object
    "When the band stopped, <s found=actor.speaker.controller>Lopez</s> was greeted on stage by Senator Ana Ruiz and <q>joked</q>, “Nobody warned me about the stairs.”",  # a coordinated verb shares the subject, not the agent
    "The port reopened, though it was widely <q>reported</q> that the fees rose.",  # an impersonal passive names no one
    "The port reopened.\n\n''Nobody expected the fees to rise this fast, and if they stay, that would hurt,'' <s found=actor.speaker.content_overrun>the analyst Ana Ruiz</s>, a former adviser at the Harbour Board, <q>wrote</q> on her blog.",  # an unpaired quote mark ran the content on into the tag
    "“We will not wait for the board,” <s found=->Ana Ruiz</s>, the port director, <q>wrote</q> in a letter.",  # a name with its apposition before the cue
    "Q: Maria, <s found=actor.speaker.not_vocative>the minister</s> <q>said</q> on Monday that the port would close. Is that right?",  # the name is whom the question is put to
    "<s found=->Lena Ruiz</s>, the mayor, <q>said</q> the fees will rise.",  # an apposition, set off by two commas, is no vocative
    "\"The water came in and we had to leave,\" <q>said</q> <s found=actor.speaker.cataphora>the fisherman</s>, who like most of his neighbours did not want to give his name.",  # a person noun after the cue, set off by a comma
    "\"We will rebuild,\" <q>said</q> <s found=->Lopez</s>.",  # the parser got the inverted subject
    "“We finished the record in May,” <s found=actor.speaker.participle_adjunct>Ruiz</s> said, <q>mentioning</q> the new tour is “almost fully booked.”",  # a participle the parser made a subject
    "On Monday, <s found=actor.speaker.coordinated_clause>Mayor Ana Ruiz</s> stood at the podium in Lima, Peru, and, citing the budget (''every sol counts''), <q>endorsed</q> Senator Paul Okafor.",  # the first of two coordinated verbs parsed as a clause of the second
    "“The fight was long, and it has not ended because the board is still divided,” <q>added</q> <s found=actor.speaker.cataphora>Lopez</s>.",  # a quoted clause with its own conjunct is no first verb
    "It was at the forum that <s found=actor.speaker.participle_adjunct>Lopez</s> delivered his attack on the board in a long speech, <q>pointing to</q> the report that the fees had doubled.",  # a participle on a clause of "it"
    "The deal, <q>said</q> <s found=actor.speaker.inverted_tag>Ruiz</s>, would be signed in May.",  # the comma hangs on the content's subject; the name opens the next clause
    "The contrast with Lopez, <q>said</q> <s found=actor.speaker.inverted_tag>Ruiz and others</s>, would be clear since Lopez has no allies.",  # the whole coordination, cut from the content
    "“The port will not close this year,” <s found=->Ana Ruiz</s>, a political scientist at the Lima Institute, <q>told</q> Radio Lima.",  # an aside between commas: no inverted tag, the object is no speaker
    "The meeting closed with <s found=actor.speaker.absolute>the mayor</s> <q>warning</q> that fees would rise.",  # "with X doing": X acts
    "The talks ended without <s found=actor.speaker.absolute>anyone</s> <q>saying</q> what comes next.",
    "Fact Sheet\n\n**<q>Showing</q> Tangible Progress at the Harbour Fund**\n\nThe fund grew.",  # a name after a headline's verb is its object, not cut from the content as a speaker
    "“The wall is too small,” <q>tweeted</q> <s found=actor.speaker.cataphora>another</s>.",  # "another", set off by the sentence's end
    "“Where does the ferry go?” <q>asked</q> <s found=actor.speaker.cataphora>the girl</s>, who was holding a blue kite, as the crowd cheered.",  # a noun a "who" clause follows is someone
    "“Keeping the ledger is useful,” <q>said</q> <s found=actor.speaker.cataphora>Quigly</s>, explaining he worked with Lopez.",  # a name the tagger took for an adverb
    "“The port is closed,” <q>said</q> Thursday.",  # a date is no speaker
    "<s found=actor.speaker.coordinated_clause>Ruiz</s> paused, then <q>revealed</q> why the vote was so close.",  # an unlabelled second verb
    "When the mayor arrived, <q>said</q> the guard, the doors were shut.",  # a clause a subordinating word opens shares no subject
    "<s found=->Rep. Tom Berg</s> (R-Ohio), citing the cost of the plan, <q>said</q>, \"We cannot pay for this.\"",  # a subject before a parenthesis and an aside
    "''I'm better with my hands than with my head,'' said <s found=actor.speaker.content_overrun>Ana Ruiz</s>, half <q>joking</q>.",  # the content ran on over the tag "said Ana Ruiz": cut before the verb
    "But Sen. Ana Ruiz (D-Peru), noting the size of the crowd, <q>said</q>, \"Let me tell you, this is new.\"",  # a content that runs over the speaker with no mark before her is not cut to "But"
    "Q: Does the President <q found=actor.speaker.question>think</q> the sanctions will work?",  # a question asks: no claim
    "Why did the mayor <q found=actor.speaker.question>say</q> that the port would close?",  # a wh-question
    "The board met. Who <q found=actor.speaker.question>said</q> that the fees would rise?",  # a wh-word as subject
    "Did <s found=->the board</s> <q>refuse</q> to hand over the files?",  # a question about an act keeps its claim
    "<s found=->The mayor</s> <q>asked</q> whether the port would reopen?",  # no inversion: the asking is reported
    "<s found=->Ana Ruiz</s>, meanwhile, who has no such endorsements, <q>said</q> that fact speaks volumes about the race.",  # a relative clause set off by commas is an aside, not the subject
    "\"We have no say in this anymore,\" <q>tweeted</q> <s found=actor.speaker.cataphora>a Dutch user</s> from Utrecht going by the handle Klompen.",  # any noun after a verb that follows a quote is its inverted subject
    "\"We will win,\" <q>told</q> reporters on Monday.",  # but whom it is told is no speaker
    "<s found=actor.speaker.issuer>Lopez</s> left the bank and began writing op-eds <q>defending</q> the tax cuts.",  # the clause the writing hangs on
    "On Friday, <s found=actor.speaker.issuer>Lopez</s> spent part of his long speech <q>praising</q> the candidate.",  # through a preposition
    "Ana Ruiz, <s found=actor.speaker.issuer>who</s> helped launch the campaign with a March speech <q>denouncing</q> the mayor, stayed home.",  # a speech after "with" is no absolute construction's subject
    "<s found=actor.speaker.thing_participle>Lopez</s> has battled the board over the budget, at one point <q>calling</q> the chairman a liar.",  # a participle on a noun that names no one
    "<s found=actor.speaker.thing_participle>Lopez</s> will try to win them back in an effort to <q>paint</q> the mayor as a spendthrift.",  # an infinitive with a predicate
    "<s found=actor.speaker.complement_conjunct>He</s> conveyed that the tariffs are unjustified and <q>urged</q> Washington to reconsider them.",  # the complement's subject names no one
    "<s found=actor.speaker.complement_conjunct>The union</s> conveyed that the new rota was unsafe and <q>demanded</q> talks with the board.",  # a body speaks
    "<s found=->The minister</s> reiterated that the sanctions were illegal and <q>urged</q> Brussels to drop them.",  # the reporting verb is a cue: its claim's speaker, as before
    "PALM HARBOR, Fla. - <s found=->Sen. Ana Ruiz</s> kept up her attack on the mayor on Saturday, <q>casting</q> him as a false friend of the port.",  # an upper-case place of two words, then a state: the dateline, a sentence of its own
    "The port reopened on Monday after a week of strikes.\n\nPALM HARBOR, Fla. - <s found=actor.speaker.not_dateline>Sen. Ana Ruiz</s> kept up her attack on the mayor on Saturday, <q>casting</q> him as a false friend of the port.",  # an upper-case place of two words, then a state: the dateline, cut off the subject
    "The field is split, with <s found=actor.speaker.floating_quantifier>Ana Ruiz, Paul Lopez and Tom Berg all</s> <q>calling for</q> a strong rule.",  # the quantifier floats off the names
    "<s found=->All</s> <q>said</q> the port would close.",  # a quantifier with no phrase before it speaks for itself
    "\"Having the ledger is useful,\" said <s found=actor.speaker.cataphora>Quigly</s>, <q>explaining</q> he worked with Lopez on the data.",  # a participle on an inverted speech tag shares its speaker
    "\"Meh,\" <q>posted</q> <s found=actor.speaker.cataphora>a fan</s> who runs the page.",  # the quote's word the parser made the subject is no speaker: the noun after the verb is
    "And <s found=actor.speaker.thing_participle>he</s> made a point of <q>saying</q> the port was a place of safety.",  # a gerund in a phrase on a noun that names no one
    "Lopez stood at the gate holding up <s found=actor.speaker.new_carrier>a sign</s> <q>saying</q> the port must stay open.",  # a noun brought in new carries the words
    "The harbour office got <s found=actor.speaker.new_carrier>calls</s> <q>saying</q> the pier had collapsed.",  # a bare plural is new too
    "<s found=actor.speaker.thing_participle>The union</s> staged a strike <q>demanding</q> higher pay.",  # an event carries no words: the one above speaks
    "We stood by <s found=->their</s> <q>claim</q> that the port was safe.",  # "their" is not "we"
    "<s found=actor.speaker.clause_antecedent>Ana Ruiz</s> laid out what she <q>believes</q> are the port's main problems.",  # "she" stands for the subject of the clause above
    "<s found=actor.speaker.clause_antecedent>The farmers</s> have not decided which plan they <q>prefer</q>.",  # "they" for a plural noun
    "The storm was so strong that <s found=->they</s> <q>said</q> the port would close.",  # a clause of result: no one above to stand for
    "Lopez visited the harbour because <s found=->he</s> <q>believes</q> the port will close.",  # an adverbial clause keeps its pronoun
    "Ana Ruiz said <s found=->she</s> welcomed the ruling and <q>added</q>, \"The port will reopen.\"",  # a cue sharing the pronoun through "and" keeps it
    "Her lawyer, <s found=actor.speaker.apposed_name>Dr. Mara Quist</s>, <q>insists</q> the cranes are unsafe.",  # the name in apposition says who speaks
    "Two members of the co-op, <s found=actor.speaker.apposed_name>Ines Falk and Otto Brand</s>, <q>argued</q> that milk prices would fall.",  # both names joined by "and", on a plural noun
    "A teacher at the school, <s found=actor.speaker.apposed_name>Hal Moreno</s>, quit on Friday, <q>warning</q> that the budget was a fiction.",  # also for a cue that climbs to that subject
    "<s found=->The report</s>, Annex C, <q>says</q> that the pier is closed.",  # a name on a noun for no person names no speaker
    "<s found=->The dairy</s>, Team Falk, <q>said</q> the prices were fair.",  # nor a person's name on a body
    "<s found=->A spokeswoman for the dairy</s>, Brandmilch GmbH, <q>said</q> the plant would close.",  # a firm's name on a noun for a person: whom she speaks for
    "<s found=actor.speaker.mislabelled_subject>Moreno</s>, repeating - without proof - that Quist had rigged the count, did not <q>say</q> if the pilots would appeal.",  # the parser gave the name to the clause in the aside
    "Trustee Moreno, please <q>tell</q> the parents that the school must close.",  # a bare imperative: the name is whom it addresses, no speaker
    "<s found=actor.speaker.relative_in_aside>Mrs. Quist</s> - in a toast that seemed aimed straight at the board - <q>declared</q> that the dock would reopen.",  # the relative pronoun is the aside's
    "Down at the harbour in Brest, France, <s found=actor.speaker.name_before_verb>Yann Le Goff</s> stayed until dark and <q>insisted</q> that the dock was unsafe.",  # a name hung on the place speaks for both verbs
    "\"Cold classrooms again,\" <s found=actor.speaker.tag_participle>a teacher</s> said, <q>blaming</q> the board for the broken boilers.",  # the participle belongs to the tag, not to the quoted words
    "<s found=actor.speaker.clausal_subject>Most pilots at the two harbours</s> taking part in the ballot last week <q>said</q> they back a strike.",  # the participle the parser made a clausal subject
    "<s found=actor.speaker.listed_verb>Quist</s> has since promised the pilots a new pier, <q>opposed</q> the levy and sold the tugs.",  # the second act in a list
    "<s found=actor.speaker.gerund_object>Quist</s> wasted the rest of the winter <q>railing against</q> the berth fees.",  # a gerund parsed as an object
    "<s found=actor.speaker.aside_conjunct>Falk</s> signed the contract (since the co-op needed the cash) and <q>insisted</q> that the price was fair.",  # coordinated with the verb before the aside, not the aside's
    "<s found=actor.speaker.main_clause_participle>Quist</s> hinted at the meeting the pier was rotten, <q>saying</q>, \"We need a new one.\"",  # the participle after the complement is the hinter's
    "The pilots left early. <q>Pleaded</q> <s found=actor.speaker.cataphora>Quist</s>: \"Keep the dock open.\"",  # a name set off by a colon after a verb opening the sentence
    # -- a date that ends the speaker's phrase is cut off it
    "<s found=actor.speaker.trailing_date>Chile's president</s> on Sunday evening <q>said</q> the port would reopen.",
    "<s found=actor.speaker.trailing_date>A spokesman for the ministry</s> on Monday <q>said</q> the port would reopen.",  # a date the parser hung on the ministry
    "<s found=->Ana Ruiz</s> last week <q>said</q> the port would reopen.",  # a name NER took for a date is kept whole
    "<s found=->The minister</s> on Monday <q>said</q> the port would reopen.",  # a date on the verb was never the speaker's
    "The talks broke down. <s found=actor.speaker.trailing_date>Tashkent</s> at the time <q>threatened</q> to cut gas deliveries.",  # a phrase of time no tagger calls a date
    "<s found=actor.speaker.trailing_date>The chair of the council</s> for September <q>said</q> the talks would resume.",  # "for" and the month: the term, not who
    "Chile accused Peru of delays. <s found=actor.speaker.trailing_date>The Peruvian ministry</s> for its part <q>said</q> the port would open.",  # a phrase of turn
    # -- who holds a cue noun's claim
    "<s found=actor.speaker.noun_clause_subject>Ana Ruiz</s> left the room, standing by her <q>claim</q> that the port was safe.",  # "her" stands for the clause's subject
    "Ana Ruiz left the room, standing by <s found=->his</s> <q>claim</q> that the port was safe.",  # "his" cannot stand for Ana: someone else's claim
    "<s found=actor.speaker.noun_clause_subject>The mayor</s> went to the harbour to stand by her <q>claim</q> that the port was safe.",  # through the infinitive
    "The <q>promise</q> <s found=actor.speaker.noun_relative_clause>the governor</s> made was that taxes would fall.",  # a relative clause with its own subject
    "There is a <q>belief</q> among <s found=actor.speaker.noun_source_phrase>farmers</s> that the rain will come.",  # an among-phrase names the holders
    "<s found=actor.speaker.noun_compound>The Reuters</s> <q>estimate</q> that the port lost money was wrong.",  # an organisation's name compounded with the noun
]  # fmt: skip

# "We" in a transcript turn: `<s>` marks it, with the actor it must resolve to.
TURN_CASES = [
    "Press Briefing\n\nSpokesperson Lena Hart briefed reporters in Oslo.\n\n<s name='Lena Hart' from=turn rule=actor.speaker.turn_label>MS. HART</s>: The talks will resume on Monday.\n\nQ: Where?\n",  # the label names the article's person
    "Transcript: Interview with Peruvian President Ana Ruiz\n\nQ: Will the port reopen?\n\nPRESIDENT RUIZ: <s id=gpe:PER country=PER role=GOV rule=actor.speaker.turn_we>We</s> believe the port will reopen in May.",  # a head of state's "we": the government
    "Transcript: Interview with German Foreign Minister Lena Hartmann\n\nQ: Will the troops stay?\n\nHARTMANN: Germany stands by its commitments. <s id=gpe:DEU rule=actor.speaker.turn_we>We</s> believe the mission is working.",
    "Transcript: Interview with the Peruvian novelist Ana Ruiz\n\nQ: Will you write again?\n\nRUIZ: <s id=person:ana-ruiz rule=actor.speaker.turn_header_name>We</s> believe the book will sell.",  # no official: "we" is no state, but the one who answers, named in the title
    "TRANSCRIPT: Press briefing by the Ministry of Foreign Affairs of Latvia, Riga\n\n<s country=LVA role=GOV from=turn rule=actor.speaker.turn_header_state>MS. OZOLA</s>: The talks will resume on Monday.\n\nQ: Where?\n",  # a briefer named nowhere else: the header's state, a guess
    "Transcript: Interview with Peruvian President Ana Ruiz\n\nQ: Will the port reopen?\n\nPRESIDENT RUIZ: <s id=gpe:PER rule=actor.speaker.turn_we>Our</s> support for the fishermen is firm.",  # the government's "our" too
    "Press Briefing: Russia, Iran\n\nDEPARTMENT OF STATE\nWashington, D.C.\n\n<s country=USA rule=actor.speaker.turn_header_state>MR. HALVERSEN</s>: Good afternoon.\n\nQ: Will Russia and Iran talk?\n\nMR. HALVERSEN: Russia has not said.\n",  # a body's name in capitals on its own line: its state's briefer, not the topic's
    "Department Press Briefing\n\nDEPARTMENT OF STATE\nWashington, D.C.\n\n<s name='Daniel Holmgren' country=USA rule=actor.speaker.turn_vocative_name>MR. HOLMGREN</s>: Good afternoon.\n\nQUESTION: Thanks, Daniel. On Iran, is a deal close?\n\nMR. HOLMGREN: Talks go on.\n",  # the given name the questions hail before the label's turns
    "Department Press Briefing\n\nDEPARTMENT OF STATE\nWashington, D.C.\n\n<s name=Holmgren country=USA rule=actor.speaker.turn_header_state>MR. HOLMGREN</s>: Good afternoon.\n\nQUESTION: Thanks, everyone. On Iran, is a deal close?\n\nMR. HOLMGREN: Talks go on.\n",  # no given name hailed: the label alone
    "Department Press Briefing\n\nDEPARTMENT PRESS BRIEFING\nMATTHEW HOLT, DEPUTY SPOKESPERSON\nWASHINGTON, D.C.\n\n<s name='Matthew Holt' country=USA rule=actor.speaker.turn_header_name>MR. HOLT</s>: Good afternoon.\n\nQ: Will Peru sign?\n",  # the header names the briefer in capitals: the full name, title-cased
    "Daily Briefing\n\nDAILY PRESS BRIEFING\nSPOKESPERSON ANA LOPEZ\nWASHINGTON, D.C.\n\n<s name='Ana Lopez' country=USA rule=actor.speaker.turn_header_name>MS. LOPEZ</s>: Good afternoon.\n\nQ: Will Peru sign?\n",  # header lines in capitals are lines of their own (structure.caps_line): the name is one
    "Weekly press briefing by the Ministry of Foreign Affairs, Kathmandu, 3 March 2026\n\n<s name='Bina Thapa' country=NPL rule=actor.speaker.turn_label_name>SPOKESPERSON BINA THAPA</s>: Good afternoon.\n\nQUESTION: Will Nepal sign?\n\nSPOKESPERSON: We will.\n",  # the label's own title and full name; the place and date after the header's title
    "Weekly press briefing by the Ministry of Foreign Affairs, Kathmandu, 3 March 2026\n\nSPOKESPERSON BINA THAPA: Good afternoon.\n\nQUESTION: Will Nepal sign?\n\n<s name='Bina Thapa' country=NPL rule=actor.speaker.turn_label_name>SPOKESPERSON</s>: We will sign it soon.\n",  # a bare title: the one person the labels give it
    "Press briefing by the Ministry of Foreign Affairs, Kathmandu, 3 March 2026\n\n<s country=NPL rule=actor.speaker.turn_header_state>MS. THAPA</s>: Good afternoon.\n\nQUESTION: Will Nepal sign?\n",  # the capital before the header's date
]  # fmt: skip

TAG = re.compile(r"<(/?)([scq])((?:\s+[\w-]+=(?:'[^']*'|[^\s>]+))*)\s*>")
KEYS = {"rule": "rule_id", "id": "actor_id", "name": "name", "country": "country"}
KEYS |= {"role": "role", "from": "resolved_from", "capped": "confidence_rule"}


def parse(case: str) -> tuple[str, dict[str, tuple[int, int, dict[str, str]]]]:
    """The plain text of a case and its marks by kind: (start, end, attributes)."""
    text, marks = parse_marks(case, TAG)
    return text, {m.kind: (m.start, m.end, m.attrs) for m in marks}


def check(got: dict | None, attrs: dict[str, str]) -> None:
    if attrs.get("id") == "-":
        assert got is None or got.get("actor_id") is None, got
        return
    assert got is not None
    for attr, key in KEYS.items():
        if attr in attrs:
            want = None if attrs[attr] == "-" else attrs[attr]
            assert got.get(key) == want, (attr, got)
    assert 0.0 < got["confidence"] <= 1.0


@pytest.mark.parametrize("case", CASES)
def test_speaker_rule(nlp, case):
    text, marks = parse(case)
    doc = nlp(text)
    start, end, attrs = marks["s"]
    if "c" in marks:
        cue_start, cue_end, _ = marks["c"]
        row = cataphoric_speaker(doc, cue_start, cue_end)
        if attrs.get("id") == "-":
            assert row is None, row  # a name after this cue is no speaker
            return
        assert row is not None and (row["start"], row["end"]) == (start, end), row
        assert row["found_by"] == "actor.speaker.cataphora"
        check(row, attrs)
    else:
        check(resolve_speaker(doc, start, end), attrs)


@pytest.mark.parametrize("case", CLAIM_CASES)
def test_claim_speaker_rule(nlp, case):
    text, marks = parse(case)
    doc = nlp(text)
    cue_start = marks["q"][0]
    claim = next((c for c in doc._.claims if c["cue"]["start"] == cue_start), None)
    if marks["q"][2].get("found") == "actor.speaker.question":
        assert claim is None, claim  # a question makes no claim
        return
    assert claim is not None
    speaker = claim["speaker"]
    if "s" not in marks:
        assert speaker is None, speaker
        return
    start, end, attrs = marks["s"]
    assert speaker is not None and (speaker["start"], speaker["end"]) == (start, end), speaker
    found = attrs.get("found", "-")
    assert speaker.get("found_by") == (None if found == "-" else found), speaker


@pytest.mark.parametrize("case", TURN_CASES)
def test_turn_speaker_rule(nlp, case):
    check_turn_case(nlp, case)


def check_turn_case(nlp, case: str) -> None:
    """The speaker of the claim whose speaker starts at `<s>` has the mark's attributes."""
    text, marks = parse(case)
    start, _end, attrs = marks["s"]
    claim = next(c for c in nlp(text)._.claims if (c["speaker"] or {}).get("start") == start)
    check(claim["speaker"], attrs)


def check_speaker_case(nlp, case: str) -> None:
    """What `resolve_speaker` gives for the span `<s>` has the mark's attributes."""
    text, marks = parse(case)
    start, end, attrs = marks["s"]
    check(resolve_speaker(nlp(text), start, end), attrs)


def case_rule_ids() -> set[str]:
    attrs = [parse(case)[1]["s"][2] for case in CASES + TURN_CASES]
    ids = {a.get(key) for a in attrs for key in ("rule", "capped")} - {None}
    for case in CLAIM_CASES:
        marks = parse(case)[1]
        ids |= {marks[k][2].get("found") for k in ("s", "q") if k in marks}
    ids |= {rule_id for _, _, rule_id in SPLIT_SUBJECT_CASES}  # hand-written parses
    ids -= {None, "-"}
    return ids | ({"actor.speaker.cataphora"} if any("<c>" in c for c in CASES) else set())


def test_every_speaker_rule_has_a_case():
    declared = {r for r in stage_rules("actors") if r.startswith("actor.speaker.")}
    assert declared == case_rule_ids()


def test_there_are_at_least_sixty_cases():
    assert len(CASES) >= 60
