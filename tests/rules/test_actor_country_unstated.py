"""A person's or a movement's country where the text names no state for them, and a
he/she whose antecedent is an unnamed person noun, as a specification: one line per case.

- ACTOR_CASES, in the markup of test_actor_rules.py: `<a ...>` an actor mention with
  these attributes (`country=-`: none), `trail=` rules in its rule_trail, `ner=` the entity
  forced there.
- SPEAKER_CASES, in the markup of test_speaker_rules.py: `<s ...>` the span that names a
  speaker and what `resolve_speaker` gives for it.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_actor_rules import check_actor_marks
from test_actor_rules import parse as parse_actor
from test_speaker_rules import check_speaker_case
from test_speaker_rules import parse as parse_speaker

from pipeline.actors.resolve import resolve_speaker

ACTOR_CASES = [
    # -- an office only one state has: its state
    "Chief Cabinet Secretary <a ner=PERSON country=JPN trail=actor.office_title_state>Kenji Morita</a> spoke on Monday.",
    "Taoiseach <a ner=PERSON country=IRL trail=actor.office_title_state>Ciaran Dolan</a> opened the session.",
    "State Councilor <a ner=PERSON country=CHN trail=actor.office_title_state>Wei Lan</a> met the delegation.",
    "Chief Cabinet Secretary <a ner=PERSON country=JPN trail=actor.office_title_state>Kenji Morita</a>, visiting Seoul, said the talks would go on.",  # the office, not the place
    "President <a ner=PERSON country=->Tomas Berg</a> opened the session.",  # a title many states use
    "Chancellor <a ner=PERSON country=->Eva Lind</a> opened the session.",
    # -- a place on the person's own saying: its state, a guess
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said in Lima that the budget was a disgrace.",
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said on Monday in Lima that the budget was a disgrace.",
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> told reporters in Lima that the budget was a disgrace.",  # on whom it was said to
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said to reporters in Lima that the budget was a disgrace.",
    "Speaking to reporters in Lima, Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said the budget was a disgrace.",  # on the occasion
    "In Lima, Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said the budget was a disgrace.",  # in any position
    "Opposition leader <a ner=PERSON country=ECU trail=actor.speech_place_state>Ana Ruiz</a>, speaking in Quito, said the vote was rigged.",  # on the subject's own occasion
    "Senator <a ner=PERSON country=PER trail=actor.speech_place_state>Maria Santos</a> said at a briefing in Lima that the budget was a disgrace.",
    "Senator <a ner=PERSON country=FRA trail=actor.speech_place_state>Maria Santos</a> told a news conference in Paris that the budget was a disgrace.",
    "Senator <a ner=PERSON country=->Maria Santos</a>, visiting Lima, said the budget was a disgrace.",  # a visitor
    "On a trip to Lima, Senator <a ner=PERSON country=->Maria Santos</a> said the budget was a disgrace.",
    "Senator <a ner=PERSON country=->Maria Santos</a> arrived in Lima and told reporters the budget was a disgrace.",
    "Senator <a ner=PERSON country=->Maria Santos</a> said in Lima after talks with her counterpart that the budget was fair.",
    "Minister <a ner=PERSON>Ana Ruiz</a> arrived in Lima on Monday. Minister <a ner=PERSON country=->Ruiz</a> told reporters in Lima that the budget was a disgrace.",  # a visit in the sentence before
    "Minister <a ner=PERSON>Ana Ruiz</a> will visit Chile next week. The budget was passed. Minister <a ner=PERSON country=->Ruiz</a> told reporters in Lima that it was a disgrace.",  # or anywhere the same person is
    "Ambassador <a ner=PERSON country=->Maria Santos</a> told reporters in Lima that the budget was a disgrace.",  # a post abroad
    "Senator <a ner=PERSON country=->Maria Santos</a> said after a strike in Lima that the budget was a disgrace.",  # a place deeper in a phrase
    "Senator <a ner=PERSON country=->Maria Santos</a> said the budget in Lima was a disgrace.",  # a place of what is said
    "Senator <a ner=PERSON country=->Maria Santos</a> met reporters in Lima on Monday.",  # no saying
    "<a ner=PERSON country=->Maria Santos</a> said in Lima that the budget was a disgrace.",  # no office: a visiting business person as likely
    "As the investor <a ner=PERSON country=->Tom Hale</a> said last week in Paris, the market is young.",
    # -- a movement named for one state's conflict: that state
    "Soldiers clashed with the <a country=LKA role=OPP rule=actor.organisation_gazetteer>Liberation Tigers of Tamil Eelam</a> near the coast.",
    "The army fought the <a ner=ORG country=PHL role=OPP rule=actor.organisation_gazetteer>Moro Islamic Liberation Front</a> near the coast.",
    "<a ner=ORG country=NGA rule=actor.organisation_gazetteer>Boko Haram</a> attacked a village near the lake.",
    "<a ner=ORG country=COL rule=actor.organisation_gazetteer>FARC</a> said it would hand in its weapons.",
    "The <a ner=ORG country=->ETA</a> of the ship is Monday.",  # a short form that names other things
    # -- the best-known leaders of the late twentieth century: their state
    "<a country=RUS rule=actor.person_gazetteer>Yeltsin</a> signed the decree on Friday.",
    "President <a ner=PERSON country=UGA rule=actor.person_gazetteer>Museveni</a> opened the bridge.",
    "<a ner=PERSON country=EGY rule=actor.person_gazetteer>Hosni Mubarak</a> received the delegation.",
    "President <a ner=PERSON id=person:george-w-bush country=USA>Bush</a> signed the bill.",  # a family name two people share keeps its owner
    "King <a ner=PERSON country=- rule=actor.person_title>Hussein</a> received the delegation.",  # not Saddam Hussein
    "President <a ner=PERSON id=person:clinton country=->Clinton</a> signed the bill.",  # two Clintons, neither a title's default: no one's
    "Chairman <a ner=PERSON id=person:deng-xiaoping country=CHN>Deng</a> met the delegation.",  # a family name written first
    "The American team met in Washington. <a ner=PERSON id=person:bill>Bill</a> said the plan would work.",  # a historical figure's given name links no one
]  # fmt: skip

SPEAKER_CASES = [
    # -- the person's own place of saying, or office, gives the speaker its country
    "<s rule=actor.speaker.mention country=PER>Senator Maria Santos</s> told reporters in Lima that fees would rise.",
    "<s rule=actor.speaker.mention country=JPN>Chief Cabinet Secretary Kenji Morita</s> said the talks would resume.",
    "<s rule=actor.speaker.mention country=->Senator Maria Santos</s>, visiting Lima, said fees would rise.",
    "Peru's congress debated the budget on Monday. Peru's president vetoed the bill, and Peru's courts weighed in. <s rule=actor.speaker.mention country=PER>Opposition lawmaker Ana Ruiz</s> said the veto was illegal.",  # a story about one state's politics
    "<s rule=actor.speaker.mention country=->Opposition lawmaker Ana Ruiz</s> said the veto was illegal.",  # no state in the story: none
    # -- he/she after an unnamed person noun: that person, or whom the noun resolves to
    "The minister's remarks on Tuesday drew criticism. <s rule=actor.speaker.pronoun_unnamed name='The minister' country=- from=pronoun>She</s> said the fees would stay.",
    "Minister Ana Ruiz arrived in Lima. The minister's remarks on Tuesday drew criticism. <s rule=actor.speaker.pronoun_role name='Ana Ruiz'>She</s> said the fees would stay.",
    "The spokeswoman's briefing on Monday was short. <s rule=actor.speaker.pronoun_unnamed name='The spokeswoman'>She</s> said the ministry had no comment.",
    "The governor's decision drew protests. <s rule=actor.speaker.pronoun_unnamed name='The governor' country=->He</s> said the roads would reopen.",
    "President Tomas Berg met the envoy in Lima. The minister spoke next. <s rule=actor.speaker.pronoun_unnamed name='The minister'>He</s> said the talks went well.",  # not Berg
    "President Tomas Berg met the envoy in Lima. The minister's speech came next. <s rule=actor.speaker.pronoun_unnamed name='The minister'>He</s> said the talks went well.",
    "The Peruvian minister's remarks drew criticism. <s country=PER>She</s> said the fees would stay.",  # the unnamed actor with its state
]  # fmt: skip

# he/she after an unnamed person noun that stands for no one in particular: no speaker at all
NO_SPEAKER_CASES = [
    "A minister spoke to the crowd on Tuesday. <s>She</s> said the fees would stay.",  # an indefinite noun: any minister
    "The next president will face a deficit. <s>He</s> said the fees would stay.",  # a person yet to come
    "The minister's son was arrested on Tuesday. <s>He</s> said the charges were false.",  # the son, not the minister, and no one named
]  # fmt: skip


@pytest.mark.parametrize("case", ACTOR_CASES, ids=[parse_actor(c)[0][:60] for c in ACTOR_CASES])
def test_actor_country(nlp, case):
    check_actor_marks(nlp, case)


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker_country(nlp, case):
    check_speaker_case(nlp, case)


@pytest.mark.parametrize("case", NO_SPEAKER_CASES)
def test_no_speaker(nlp, case):
    text, marks = parse_speaker(case)
    start, end, _ = marks["s"]
    assert resolve_speaker(nlp(text), start, end) is None


ACTOR_ROW_CASES = [
    ("Minister Ana Ruiz met the press. Ruiz told reporters in Lima that fees would rise.", "Ana Ruiz", "PER", "sentence"),  # a guess on a later mention stays one on the actor
    ("Prime Minister Shinzo Abe met the press. Abe told reporters in Lima that fees would rise.", "Shinzo Abe", "JPN", "mention"),  # the gazetteer's, not the place's
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "country", "country_from"), ACTOR_ROW_CASES)
def test_actor_row_country_from(nlp, text, name, country, country_from):
    row = next(a for a in nlp(text)._.actors if a["name"] == name)
    assert (row["country"], row["country_from"]) == (country, country_from)
