# ruff: noqa: E501  (a rule table: one case per line, however long the sentence)
"""Speakers that are not the actor named before them, as a specification: one line per
case, the expectation marked inline. The sentences are made up for these tests.

- SPEAKER_CASES: `<s ...>` marks a phrase naming a speaker; `resolve_speaker` on it must
  give every attribute written (`rule`, `id` (`-`: no actor), `country`, `name`).
- MENTION_CASES: `<a ...>` marks an actor mention with exactly this text and the
  attributes written (`country`, `id`, `rule`, `role`; `-` for none); `<x>` marks text that is
  no mention.
"""

from __future__ import annotations

import re

import pytest
from conftest import parse_marks

from pipeline.actors.resolve import resolve_speaker

SPEAKER_CASES = [
    # an indefinite phrase brings in a referent of its own: never an actor named before
    "Russia promised fuel to Niger last week. <s rule=actor.speaker.indefinite id=->Western governments</s> have warned that the deal is a trap.",
    "Brazil signed the accord with Peru. <s rule=actor.speaker.indefinite id=- name='senior European official'>A senior European official</s> said it was rushed.",  # a name has no article
    "Japan hosted the talks in Osaka. <s rule=actor.speaker.indefinite id=->Diplomats</s> said progress was slow.",
    "President Ana Ruiz met Tomas Berg on Monday. <s rule=actor.speaker.indefinite id=->An adviser</s> said the meeting was short.",
    "Kenya's foreign ministry issued a note on Friday. <s rule=actor.speaker.indefinite id=->Some officials</s> said it came too late.",
    "Kenya's foreign ministry issued a note on Friday. <s rule=actor.speaker.role_noun country=KEN>Officials</s> said it came too late.",  # bare "officials": the story's own
    "Japan, Peru and Chile met in Lima on Monday. <s rule=actor.speaker.joint>All three countries</s> said the talks went well.",  # "all": a known group
    "Officers of the Lima Police Department arrested two men. <s rule=actor.speaker.role_noun>Police</s> said more arrests would follow.",  # bare "police": the force named before
    "Workers at the port struck on Monday. <s rule=actor.speaker.indefinite id=->Anti-TPP activists</s> said the deal would cost jobs.",  # not the workers
    "The Sun printed the photos. <s rule=actor.speaker.indefinite id=- name=->a spokesman for the paper</s> said they were real.",  # no name before its noun: an unattributed source
    "The Ministry of Trade of Chile met the miners. <s rule=actor.speaker.indefinite id=->Several officials</s> said the talks would go on.",
    "The Liberal Party won the vote on Sunday.\n<s rule=actor.speaker.indefinite id=->Other parties</s> said the count was flawed.",  # a wrapped release line
    "Peru fined the mine's owner. <s rule=actor.speaker.indefinite country=CHL id=desc:CHL:company>A Chilean company</s> said it would appeal.",  # its own state
    "Russia promised fuel to Niger. <s rule=actor.speaker.indefinite id=->Western officials</s> said the deal was a trap.",  # a region's officials: not the story's own
    "Peru's trade ministry issued a note. <s rule=actor.speaker.indefinite id=->Gulf officials</s> said it came too late.",
    "Russia promised fuel to Niger. <s rule=actor.speaker.indefinite id=->European diplomats</s> said the deal was a trap.",
    "The military governments of Chad and Niger met Russia's envoy. <s rule=actor.speaker.indefinite id=->Western governments</s> said the deal was a trap.",  # a modifier: no refer-back
    "Peru's judges fined two officials. <s rule=actor.speaker.indefinite id=->Foreign officials</s> said the fines were fair.",  # an outside adjective: always indefinite
    "Chile's prosecutors charged two officials. <s rule=actor.speaker.indefinite id=->Western officials</s> said the charges were fair.",  # officials named before, but Western
    # definite phrases still resolve to an earlier compatible actor
    "Georgian protesters gathered outside parliament. <s rule=actor.speaker.role_noun country=GEO>Protesters</s> said the vote was rigged.",
    "Hundreds of Peruvian students occupied the campus in Lima. <s rule=actor.speaker.role_noun country=PER>Students</s> said they would stay.",
    "Peru's Ministry of Energy issued a note. <s rule=actor.speaker.role_noun country=PER>The ministry</s> said prices would fall.",
    "Iran recalled its envoy from Oslo. <s rule=actor.speaker.role_noun country=IRN>The embassy</s> said staff would stay.",
    "WASHINGTON (AP) - Russia promised wheat to Mali. <s rule=actor.speaker.home_government country=USA>A senior administration official</s> said the deal was a trap.",  # the home government
    # a phrase that names its state is that state's, whatever came before
    "Russia promised wheat to Mali. <s rule=actor.speaker.unnamed country=DEU>German carmakers</s> said they would wait.",
    "Russia promised wheat to Mali. <s rule=actor.speaker.unnamed country=MLI>Mali's junta</s> said the wheat had come.",
    "Mali expelled the envoy. <s rule=actor.speaker.unnamed country=GHA>His Ghanaian counterpart</s> said the move was hasty.",
    "Renault's chief executive flew to Seoul. <s id=org:hyundai country=KOR>His Korean counterpart at Hyundai</s> said the talks went well.",  # the organisation's
]  # fmt: skip

MENTION_CASES = [
    # a group or office noun with a nationality word or a state's possessive: that state's
    "<a country=DEU id=desc:DEU:carmaker rule=actor.unnamed_typed>German carmakers</a> said the tariffs would hurt exports.",
    "<a country=JPN rule=actor.unnamed_typed>Japanese investors</a> sold bonds on Monday.",
    "Mali's <a country=MLI id=desc:MLI:junta rule=actor.unnamed_typed>junta</a> said it would expel the envoy.",
    "His <a country=GHA role=GOV rule=actor.unnamed_typed>Ghanaian counterpart</a> said the move was hasty.",  # an office's equal: GOV when nothing says more
    "Chad's trade minister met his <a country=NER role=GOV>Nigerien counterpart</a> on Monday.",  # the role of the one whose equal it is
    "Defence Minister Tomas Berg met his <a country=LVA role=GOV>Latvian counterpart</a> on Monday.",  # a named minister's role
    "Ghana's police chief met his <a country=TGO role=GOV>Togolese counterpart</a> in Lome.",
    "Toyota's chief executive met his <x>Korean counterpart</x> from <a country=KOR>Hyundai</a> in Busan.",  # the organisation is the actor
    "<a country=TUR rule=actor.unnamed_typed>Turkish exporters</a> asked for a weaker lira.",
    "Some <x>carmakers</x> said the tariffs would hurt exports.",  # no state: no actor
    "The <x>investors</x> sold bonds on Monday.",
    "Japan is the <x>top foreign investor in the United States</x>, the envoy said.",  # where it invests, not whose
    # a state body takes no state its own act is aimed at
    "The <a country=->Foreign Ministry</a> accused Russia on Tuesday of violating the ceasefire.",
    "The <a country=->Defence Ministry</a> warned Poland against sending troops.",
    "The <a country=->Foreign Ministry</a> called on Serbia to release the journalists.",
    "KYIV (Reuters) - The <a country=UKR>Foreign Ministry</a> accused Russia on Tuesday of violating the ceasefire.",  # the dateline's
    "The <a country=CHN>Chinese Foreign Ministry</a> accused Japan of provocation.",  # its own word
    "The <a country=POL>Foreign Ministry</a> said Polish troops would stay until May.",  # what it says is no target
    "LUSAKA (Reuters) - The <a country=ZMB>Health Ministry</a> urged Zambians to boil their water.",  # people, not a state: no aim
    "The <a country=TUR>Interior Ministry</a> told Turkish citizens to leave the area.",
    "WARSAW - The <a country=POL>Interior Ministry</a> sent police to Poland's eastern border.",  # the dateline's state stays the fallback
    "OTTAWA (Reuters) - The <a country=CAN>Trade Ministry</a> welcomed Japan's decision to lift duties on Canadian beef.",
    "The <a country=->Foreign Ministry</a> called for sanctions against Chile.",  # "for" aims an act too
    "The <a country=->Defence Ministry</a> asked for talks with Peru.",
    # international sports and health bodies, and their people, have no state
    "ACCRA (Reuters) - Ghana beat Nigeria 2-0. <a country=IGO role=NGO rule=actor.organisation_gazetteer>FIFA</a> said it would look into the chants.",
    "LAUSANNE (AP) - Russia asked to compete. <a country=IGO>IOC</a> president <a country=IGO>Kirsty Coventry</a> said the ban would stay.",
    "GENEVA - <a country=IGO role=NGO>Gavi</a> said on Monday it would send vaccines to Chad.",
    # a dateline's state is the story's unless the story names only another state's actors
    "ADDIS ABABA, Ethiopia (Reuters) - Sudan's army and the rebels signed a truce. Foreign Minister <a country=->Ali Osman</a> said it would hold.",
    "BRUSSELS (Reuters) - Hungary's government blocked the sanctions. Foreign Minister <a country=->Peter Szabo</a> said talks would go on.",
    "OSLO (Reuters) - Chile fined a shipping firm on Monday. Its chief, <a ner=PERSON country=NOR>Ola Berg</a>, said it would pay.",  # a state that acts may visit the story
    "NAIROBI (Reuters) - Trade Minister <a country=KEN>Rose Wanjiku</a> said exports rose in May.",
    "NAIROBI (Reuters) - Trade Minister <a country=KEN>Rose Wanjiku</a> met Uganda's trade minister on Monday.",  # a partner's state: not the story's
    "NAIROBI (Reuters) - Kenya and Uganda signed a trade deal. Trade Minister <a country=KEN>Rose Wanjiku</a> said exports would rise.",
    "LIMA (Reuters) - Peruvian farmers blocked the highway. Chile's president said the pass would reopen. Trade Minister <a country=PER>Rosa Quispe</a> said prices would fall.",  # a nationality word names the dateline's state
    "SANTIAGO (Reuters) - Argentina's president said the pass would reopen. The <x>interior ministry</x> said snow had closed it.",  # a body without its state names no state
    "NAIROBI (Reuters) - Uganda's president sacked his army chief. Kenyan police said the border was calm. Trade Minister <a country=KEN>Rose Wanjiku</a> said exports rose.",  # an acting actor's nationality word
    "NAIROBI (Reuters) - Uganda's president sacked his army chief. A Kenyan-trained unit said it would obey. Trade Minister <a country=->Rose Wanjiku</a> said exports rose.",  # a word inside a modifier: no acting actor
    "NAIROBI (Reuters) - Uganda's president sacked his army chief at talks hosted by Kenyan mediators. Trade Minister <a country=->Rose Wanjiku</a> said exports rose.",  # the agent of a passive does not act as subject
]  # fmt: skip

TAG = re.compile(r"<(/?)([sax])((?:\s+[\w-]+=(?:'[^']*'|[^\s>]+))*)\s*>")
KEYS = {"rule": "rule_id", "id": "actor_id", "name": "name", "country": "country"}


@pytest.mark.parametrize("case", SPEAKER_CASES)
def test_speaker(nlp, case):
    text, marks = parse_marks(case, TAG)
    mark = marks[0]
    got = resolve_speaker(nlp(text), mark.start, mark.end)
    assert got is not None
    for attr, key in KEYS.items():
        if attr in mark.attrs:
            want = None if mark.attrs[attr] == "-" else mark.attrs[attr]
            assert got.get(key) == want, (attr, got)


@pytest.mark.parametrize("case", MENTION_CASES)
def test_mention(nlp, case):
    text, marks = parse_marks(case, TAG)
    at = {(m["start"], m["end"]): m for m in nlp(text)._.actor_mentions}
    for mark in marks:
        found = at.get((mark.start, mark.end))
        if mark.kind == "x":
            assert found is None, found
            continue
        assert found is not None, (text[mark.start : mark.end], list(at.values()))
        for attr, key in (
            ("country", "country"),
            ("id", "actor_id"),
            ("rule", "rule_id"),
            ("role", "role"),
        ):
            if attr in mark.attrs:
                want = None if mark.attrs[attr] == "-" else mark.attrs[attr]
                assert found[key] == want, (attr, found)


# an indefinite speaker of no actor is named by its whole phrase when the phrase writes a
# name before its noun; else it names no one, an unattributed source ("analysts")
UNRESOLVED_INDEFINITE_CASES = [
    ("The council approved the budget. European shipping groups said it was rushed.", "European shipping groups", "European shipping groups"),  # a name before the noun
    ("The council approved the budget. Some Andean farm groups said it was rushed.", "Some Andean farm groups", "Some Andean farm groups"),
    ("The council approved the budget. Parents' groups said it was rushed.", "groups", None),  # common nouns only: no one named
    ("The council approved the budget. Students and parents said it was rushed.", "Students and parents", None),
    ("The council approved the budget. Environmental groups said it came too late.", "Environmental groups", None),
    ("The council approved the budget. Diplomats in Brussels said it was rushed.", "Diplomats in Brussels", None),  # a place after the noun names no one either
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "name"), UNRESOLVED_INDEFINITE_CASES)
def test_an_unresolved_indefinite_speaker_is_named_only_by_a_name(nlp, text, phrase, name):
    start = text.index(phrase)
    got = resolve_speaker(nlp(text), start, start + len(phrase))
    assert got is not None and got["actor_id"] is None and got["name"] == name


# a definite determiner or possessor before "other" names a known group: no indefinite phrase
DEFINITE_OTHER_CASES = [
    "The trade ministers of Chile, Peru and Japan met. <s>The other ministers</s> agreed to meet again.",
    "The finance ministers of Chile and Peru met in Lima. <s>Their other colleagues</s> said the talks went well.",
    "The envoys of Ghana and Togo met in Accra. <s>These other envoys</s> said the talks went well.",
]  # fmt: skip


@pytest.mark.parametrize("case", DEFINITE_OTHER_CASES)
def test_other_after_a_definite_word_is_no_indefinite_phrase(nlp, case):
    text, marks = parse_marks(case, TAG)
    got = resolve_speaker(nlp(text), marks[0].start, marks[0].end)
    assert got is None or got.get("rule_id") != "actor.speaker.indefinite", got
