"""A person's country from the body they work for, as a specification: one line per case,
in the markup of test_actor_rules.py (`<a ...>` an actor mention with these attributes,
`country=-` none, `trail=` rules in its rule_trail, `ner=` the entity forced there).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_actor_rules import check_actor_marks
from test_actor_rules import parse as parse_actor

CASES = [
    # -- the body in the "at"/"for"/"with" phrase of a field noun apposed to the person
    '"Discretion is a currency," said <a ner=PERSON country=LBN trail=actor.represented_body>Leila Haddad</a>, a specialist at the <a ner=ORG country=LBN>Beirut Centre for Strategic Studies</a>.',
    "<a ner=PERSON country=KEN trail=actor.represented_body>Omar Aziz</a>, an expert with the <a ner=ORG country=KEN>Nairobi Policy Forum</a>, said the plan was sound.",
    "<a ner=PERSON country=->Omar Aziz</a>, a specialist on Iran, said the plan was sound.",  # the topic of a field, not the person's state
    "<a ner=PERSON country=->Omar Aziz</a>, a veteran of the Iraq war, said the plan was sound.",  # a noun of relation: nothing, not even the sentence's guess
    "<a ner=PERSON country=->Omar Aziz</a>, a teacher, said the plan was sound.",  # no body named: no country
    # -- a given name and a family name apposed to a person title is a person; a body placed in a capital is that state's
    "But <a ner=ORG label=PERSON country=RUS rule=actor.given_name_cue_person>Pavel Orlov</a>, a researcher at the <a ner=ORG country=RUS trail=actor.org_placed_state>Institute for Polar Studies</a> in Moscow, thinks Russian officials are wary.",
    "Lithuania's prime minister, <a ner=ORG label=PERSON country=LTU rule=actor.given_name_cue_person>Ausra Kalnaite</a>, said she expected a long day.",  # a given name the list lacks: a title and "she"
    "Analysts were split. <a ner=GPE label=PERSON rule=actor.given_name_cue_person>Ruth Omondi</a>, a researcher at the Lakes Policy Institute, said the pact was weak.",  # a "place" no gazetteer knows, with a given name and a person noun apposed
    "The <a ner=ORG country=NGA trail=actor.org_placed_state>Harbour Policy Forum</a>, based in Lagos, said fees would rise.",
    "A report by the Nairobi-based <a ner=ORG country=KEN trail=actor.org_placed_state>Harbour Policy Forum</a> found that fees rose.",
    # -- a title written with a capital is still the person's title: the body owning it
    "\"Families are cutting meals,\" said <a ner=PERSON country=IGO>Hendrik Lind</a>, UNHCR's Representative in Kenya.",
    # -- a person whose apposition names the body they are with takes no guess of the article's state
    "WARSAW, May 3 (Reuters) - Poland will build two reactors, the government said on Monday. <a ner=PERSON country=POL trail=actor.dateline_state>Omar Aziz</a>, a researcher at the Delta Policy Institute, said the plan was sound.",
    "WARSAW, May 3 (Reuters) - Poland will build two reactors, the government said on Monday. <a ner=PERSON country=POL trail=actor.dateline_state>Omar Aziz</a>, the lead negotiator for the Alliance of Coastal Towns, said the plan was sound.",
    # -- what a person says or thinks names no state of theirs
    "<a ner=PERSON country=->Leila Haddad</a> thinks China merely signed off on the deal.",
    '"China will pay for this," <a ner=PERSON country=->Omar Aziz</a> said.',
    '"Discretion is a currency," said Leila Haddad, a specialist at the <a ner=ORG>Beirut Centre for Strategic Studies</a>. <a ner=PERSON country=LBN>Haddad</a> thinks China merely signed off on the deal.',  # her body's state, not the one she talks about
    "Japanese Foreign Minister <a ner=PERSON country=JPN>Kenji Sato</a> said China must pay.",  # her own state stays
    # -- a nationality of two words before the title; a base written "X-based"; a town only where NER sees a place
    '"We agreed," South Korean President <a ner=PERSON country=KOR>Lee Min-ho</a> told reporters, standing beside Chinese Premier Wang Deming.',  # "Korean" alone names no state
    "Others disagreed. <a ner=PERSON country=KEN trail=actor.represented_body>Ruth Omondi</a>, a Nairobi-based researcher, said the pact was weak.",
    "Others disagreed. <a ner=PERSON country=->Marcelo Quiroga</a>, an economist at the Universidad Mayor de San Andres, said the pact was weak.",  # "San" is a town of Mali only as a place
    # -- an international body's title apposed to the name: the body's, and no unnamed holder beside her
    '"Projects matter," said <a ner=PERSON country=IGO trail=actor.represented_body>Giulia Ferrante</a>, the <a ner=ORG country=IGO>EBRD</a>\'s head of Central Asia.',
    # -- the place a title holder is stationed in: the body's or state's before the title, else that place's state
    "The <a ner=ORG>IOM</a> Chief of Mission in Peru, <a ner=PERSON country=IGO>Lucia Ferrante</a>, said the agency was ready.",  # the body's, not Peru's
    "The government spokesman in Kabul, <a ner=PERSON country=AFG>Ahmad Wali</a>, said the talks had failed.",  # no body before: the capital's state
    "The French ambassador in Berlin, <a ner=PERSON country=FRA>Paul Giraud</a>, said the treaty was essential.",  # the nationality, not the posting
    # -- a body word in a title: the organisation named before with that head noun
    'The European Commission said on Tuesday that it would not reopen the text. "The negotiations are closed," Commission trade spokesman <a ner=PERSON country=IGO trail=actor.title_body_alias>Pieter Jansen</a> said.',
    '"The negotiations are closed," Commission trade spokesman <a ner=PERSON country=->Pieter Jansen</a> said.',  # no commission named before
    # -- "its" on a title: the subject named in the sentence before, past other modifiers
    "Fiji hosted the summit. New Zealand tried to bridge the gap. Its prime minister, <a ner=PERSON country=NZL trail=actor.represented_body>Hannah Wells</a>, proposed a regional policing fund.",
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[parse_actor(c)[0][:60] for c in CASES])
def test_person_country(nlp, case):
    check_actor_marks(nlp, case)
