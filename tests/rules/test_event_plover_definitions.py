"""Event dyads by PLOVER's own definitions, one line per case: (sentence, source, target,
PLOVER category, polarity), the CAMEO subcode each case stands for in its comment.

A sweep of invented news items over the CAMEO-to-PLOVER conversion table; only the cases
the coding missed are kept here. Peacekeepers sent are aid, received a retreat; a compound
object is looked up as the lexicon lists it ("peacekeeping troops", "chemical weapons");
a passive light verb's subject is its object ("sanctions were imposed"); actors named
together before the name they are given are its objects; a verdict of guilt is a
disapproval; a resignation in protest is a protest; roads blocked by police are a restriction even when reported in
speech; an actor recognised is supported; property given back is a retreat; a sum "in aid" is aid. Who reports an act,
the source it cites and the forces it moves are no targets of it. A case holds when one claim has that source as speaker (or as a member of a joint
speaker) and that target, with that category and polarity.
"""

from __future__ import annotations

import pytest
from test_event_dyads import dyad_codes, dyads, matches

CASES = [
    # AGREE (037): an intention to settle a dispute
    ("Armenia said on Tuesday it was ready to settle its dispute with Azerbaijan.", "Armenia", "Azerbaijan", "AGREE", "positive"),
    # CONSULT (041): spoke by phone with (event.phone_talk)
    ("The Indian foreign minister spoke by phone with his Chinese counterpart on Monday.", "India", "China", "CONSULT", "neutral"),
    ("Chancellor Olaf Scholz spoke over the phone with President Emmanuel Macron.", "Olaf Scholz", "Emmanuel Macron", "CONSULT", "neutral"),
    # AID (074): peacekeepers sent are aid, not a mobilization; a compound object read whole
    ("The United Nations deployed peacekeepers to South Sudan.", "United Nations", "South Sudan", "AID", "positive"),
    ("Kenya sent peacekeeping troops to Somalia.", "Kenya", "Somalia", "AID", "positive"),
    ("Rwanda deployed a peacekeeping force in the Central African Republic.", "Rwanda", "Central African Republic", "AID", "positive"),
    ("Bangladesh dispatched a peacekeeping contingent to Lebanon.", "Bangladesh", "Lebanon", "AID", "positive"),
    ("Peacekeepers were deployed to Lebanon by Ireland in 2006.", "Ireland", "Lebanon", "AID", "positive"),  # passive
    ("Ghana said it would send 800 peacekeepers to Mali.", "Ghana", "Mali", "AGREE", "positive"),  # to come: an intention
    ("France provided military protection to Mali.", "France", "Mali", "AID", "positive"),
    ("Norway delivered relief supplies to Pakistan after the floods.", "Norway", "Pakistan", "AID", "positive"),  # 073: a measure with no "of"
    ("Canada shipped medical supplies to Haiti on Friday.", "Canada", "Haiti", "AID", "positive"),
    # CONCEDE (082, 083): curbs relaxed, demands acceded to
    ("Vietnam relaxed its curbs on Chinese media.", "Vietnam", "China", "CONCEDE", "positive"),
    ("Iran acceded to the demands of the IAEA.", "Iran", "International Atomic Energy Agency", "CONCEDE", "positive"),
    # RETREAT (086, 087): peacekeepers, inspectors or aid let in; demobilization, surrender
    ("Mali received peacekeepers from the African Union.", "Mali", "African Union", "RETREAT", "positive"),
    ("Sudan accepted peacekeeping troops from the African Union.", "Sudan", "African Union", "RETREAT", "positive"),
    ("Syria allowed inspectors from the IAEA into the site.", "Syria", "International Atomic Energy Agency", "RETREAT", "positive"),
    ("Sudan allowed humanitarian aid from Egypt into Darfur.", "Sudan", "Egypt", "RETREAT", "positive"),
    ("Venezuela allowed European Union observers to monitor the election.", "Venezuela", "European Union", "RETREAT", "positive"),  # event.admitted_involvement
    ("Bolivia allowed OAS monitors to observe the vote on Sunday.", "Bolivia", "Organization of American States", "RETREAT", "positive"),
    ("Myanmar did not allow UN investigators to enter the country.", "Myanmar", "United Nations", "REJECT", "negative"),  # refused
    ("Serbia demobilized its reservists on the border with Kosovo.", "Serbia", "Kosovo", "RETREAT", "positive"),
    ("Israel and Hamas declared a ceasefire on Sunday.", "Israel", "Hamas", "RETREAT", "positive"),  # a truce of both: with each other
    ("Ethiopia and Eritrea announced a truce on Friday.", "Eritrea", "Ethiopia", "RETREAT", "positive"),
    ("The rebels surrendered to Colombian troops on Tuesday.", None, "Colombia", "RETREAT", "positive"),
    # PROTEST (140, 144): quitting in protest is dissent; a border crossing blocked
    ("The Kenyan ambassador to Uganda resigned in protest against the Ugandan government's decision.", "Kenya", "Uganda", "PROTEST", "negative"),
    ("Polish farmers blocked the border crossings with Ukraine.", "Poland", "Ukraine", "PROTEST", "negative"),
    # DISAPPROVE and SUPPORT (111, 051): named actors the parser folds into the name they are given
    ("Turkey branded Sweden and Finland havens for terrorists.", "Turkey", "Sweden", "DISAPPROVE", "negative"),
    ("Hungary called Poland and Slovakia traitors to the union.", "Hungary", "Slovakia", "DISAPPROVE", "negative"),  # 'call': a predicate
    # SUPPORT (054): recognition of an actor (event.recognition)
    ("Ireland formally recognised the State of Palestine.", "Ireland", "Palestine", "SUPPORT", "positive"),
    ("Norway recognized Kosovo as an independent country.", "Norway", "Kosovo", "SUPPORT", "positive"),
    # RETREAT (084): property given back (event.restitution)
    ("France returned the looted statues to Benin.", "France", "Benin", "RETREAT", "positive"),
    ("Britain handed back the islands to Mauritius.", "United Kingdom", "Mauritius", "RETREAT", "positive"),
    # AID (071, 073): a sum 'in aid'; a passive with its agent
    ("Canada gave $20 million in aid to Haiti.", "Canada", "Haiti", "AID", "positive"),
    ("Medical aid was delivered to Sudan by Qatar.", "Qatar", "Sudan", "AID", "positive"),
    ("Turkey branded Sweden and Finland havens for terrorists.", "Turkey", "Finland", "DISAPPROVE", "negative"),
    ("Kenya branded Uganda and Rwanda heroes of the region.", "Kenya", "Rwanda", "SUPPORT", "positive"),
    # DISAPPROVE (116): found guilty (event.guilty_verdict)
    ("A Dutch court found a Russian officer guilty of murder.", "Netherlands", "Russia", "DISAPPROVE", "negative"),
    ("A Peruvian court found three Chilean fishermen guilty on Thursday.", "Peru", "Chile", "DISAPPROVE", "negative"),
    # MOBILIZE (151): alert raised
    ("India put its troops on high alert along the Pakistani border.", "India", "Pakistan", "MOBILIZE", "negative"),
    ("Serbia raised the combat readiness of its army near Kosovo.", "Serbia", "Kosovo", "MOBILIZE", "negative"),
    # SANCTION (163): a passive light verb
    ("Sanctions were imposed on Iran by Canada.", "Canada", "Iran", "SANCTION", "negative"),
    # COERCE (176): state forces blocking roads, reported in speech
    ("Kenyan police blocked roads leading to the Ugandan embassy, officials said.", "officials", "Kenya police", "COERCE", "negative"),
    ("Witnesses said Ethiopian soldiers barricaded the roads to the Eritrean border.", "Witnesses", "Ethiopia soldier", "COERCE", "negative"),
    # ASSAULT (183, 186): a bomb detonated, homes torched
    ("Al-Shabaab detonated a car bomb outside the Turkish embassy.", "Al-Shabaab", "Turkey", "ASSAULT", "negative"),
    ("Serbian militias torched Albanian homes in the village.", "Serbia", "Albania", "ASSAULT", "negative"),
    # FIGHT (196, 204): a ceasefire violated, weapons of mass destruction used
    ("Azerbaijani troops violated the ceasefire with Armenia.", "Azerbaijan", "Armenia", "FIGHT", "negative"),
    ("Iraq used chemical weapons against Iranian troops.", "Iraq", "Iran", "FIGHT", "negative"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "category", "polarity"), CASES)
def test_dyad(nlp, text, source, target, category, polarity):
    claims = nlp(text)._.claims
    assert (category, polarity) in dyad_codes(claims, source, target), dyads(claims)


NOT_EVENTS = [
    ("Kenya sent peacekeeping troops to Somalia.", "MOBILIZE"),  # peacekeeping is no show of force
    ("Iraq used chemical weapons against Iranian troops.", "AID"),  # weapons used, not given
    ("The Kenyan ambassador to Uganda resigned in protest against the Ugandan government's decision.", "RETREAT"),
    ("Kenyan police blocked roads leading to the Ugandan embassy, officials said.", "PROTEST"),  # police do not protest
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), NOT_EVENTS)
def test_not_this_event(nlp, text, category):
    assert category not in [c["event"]["category"] for c in nlp(text)._.claims]


NOT_DYADS = [
    # who reports an act, and whom its reporter cites, are no targets of it (target.content_mentions)
    ("According to Anadolu, quoting the Syrian agency SANA, the Syrian army mobilized on Sunday.", "Syria", "SANA"),
    ("According to Kyodo, citing the Chinese news agency Xinhua, Chinese forces mobilized overnight.", "China", "Xinhua"),
    ("According to Kyodo, citing the Chinese news agency Xinhua, Chinese forces mobilized overnight.", "Kyodo News", "Xinhua"),
    # the forces an act moves are the source's own, not its target (RETREAT 087, MOBILIZE 152)
    ("Russia withdrew troops from the border with Ukraine.", "Russia", "troops"),
    ("Pakistan pulled back soldiers from the frontier.", "Pakistan", "soldiers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), NOT_DYADS)
def test_not_a_dyad(nlp, text, source, target):
    assert not [c for c in nlp(text)._.claims if matches(c, source, target)]
