"""Event dyads, round two, one line per case: (sentence, source, target, PLOVER category,
polarity).

Light-verb phrases by PLOVER category (relief handed over, observers received, reparations
paid, aid withheld, intelligence shared, roads blocked, patrols, a protest put down), read
also on what a measure counts ("a team of inspectors"); a refusal said as a predicate of the
refused act ("is out of the question"), another's act expected ("expects Y to"), whom an act
opposes ("in defiance of Y"), an armed act prepared ("prepared to attack Y"), a measure
announced ("announced it would expel") and a demand a protest makes ("a rally calling
for"). A case holds when one claim has that source as speaker (or as a member of a joint
speaker) and that target, with that category and polarity.
"""

from __future__ import annotations

import pytest
from test_event_dyads import dyad_codes, dyads, matches

CASES = [
    # AID: relief handed over, people carried out of danger (event.light_verb)
    ("Norwegian doctors handed over 300 kg of medicine to the Red Crescent in Herat.", "Norway doctor", "Red Crescent in Herat", "AID", "positive"),  # what the measure counts
    ("Japan handed over food to Nepalese villagers.", "Japan", "Nepal villagers", "AID", "positive"),
    ("Turkish helicopters evacuated wounded civilians from the Syrian town of Afrin.", "Turkey helicopters", "Afrin", "AID", "positive"),
    ("Turkish helicopters evacuated the wounded from the Syrian town of Afrin.", "Turkey helicopters", "Afrin", "AID", "positive"),  # "the wounded": people
    # RETREAT: observers let in, reparations paid, a truce declared
    ("Kenya received a team of inspectors from the IAEA.", "Kenya", "International Atomic Energy Agency", "RETREAT", "positive"),
    ("Egypt admitted a mission of observers from the African Union.", "Egypt", "African Union", "RETREAT", "positive"),
    ("Kenya received observers from the African Union for the election.", "Kenya", "African Union", "RETREAT", "positive"),  # received: no withdrawn presence
    ("The Ugandan government paid compensation to Kenyan farmers.", "Uganda", "Kenya farmer", "RETREAT", "positive"),
    ("Germany paid reparations to Namibia.", "Germany", "Namibia", "RETREAT", "positive"),
    ("The Karen rebels declared a truce with the Burmese army.", None, "Myanmar army", "RETREAT", "positive"),  # not a CONCEDE
    # INVESTIGATE: inspectors or monitors sent
    ("The IAEA sent a team of inspectors to Iran.", "International Atomic Energy Agency", "Iran", "INVESTIGATE", "negative"),
    ("The African Union sent monitors to Burundi.", "African Union", "Burundi", "INVESTIGATE", "negative"),
    # SANCTION: aid withheld, entry denied
    ("Canada denied entry to Sudanese officials.", "Canada", "Sudan", "SANCTION", "negative"),
    ("Norway withheld aid to the Malian junta.", "Norway", "Mali junta", "SANCTION", "negative"),
    # tariffs cut are a concession, tariffs raised a sanction
    ("Kenya cut tariffs on Ugandan goods.", "Kenya", "Uganda", "CONCEDE", "positive"),
    ("Kenya raised tariffs on Ugandan goods.", "Kenya", "Uganda", "SANCTION", "negative"),
    # COOPERATE, PROTEST, MOBILIZE
    ("Kenya shared intelligence with Uganda.", "Kenya", "Uganda", "COOPERATE", "positive"),
    ("Kenya did not share intelligence with Uganda.", "Kenya", "Uganda", "REJECT", "negative"),  # negated cooperation
    ("Kenyan farmers blocked roads in protest against the Ugandan government.", "Kenya farmer", "Uganda", "PROTEST", "negative"),
    ("India stepped up patrols along the border with China.", "India", "China", "MOBILIZE", "negative"),
    ("Kenya and Uganda held joint patrols on the lake.", "Kenya", "Uganda", "COOPERATE", "positive"),  # joint: cooperation
    # REJECT: a refusal said as the refused act's predicate (event.refusal_idiom)
    ("Peru said that lifting the embargo on Chile was out of the question.", "Peru", "Chile", "REJECT", "negative"),
    ("Chile said a deal with Peru is currently out of the question.", "Chile", "Peru", "REJECT", "negative"),
    ("Kenya said talks with Uganda were off the table.", "Kenya", "Uganda", "REJECT", "negative"),
    ("Chile said a deal with Peru was a non-starter.", "Chile", "Peru", "REJECT", "negative"),
    # COERCE: a protest broken up, prevented or banned is repression, not a protest (event.light_verb)
    ("Kenyan police broke up a demonstration staged by Ugandan students.", "Kenya police", "Uganda student", "COERCE", "negative"),
    ("Kenyan police prevented a rally organised by Ugandan students.", "Kenya police", "Uganda student", "COERCE", "negative"),
    ("The Kenyan government banned the march planned by Ugandan refugees.", "Kenya", "Uganda refugee", "COERCE", "negative"),
    # diplomatic formulas: a protest registered, the right to respond reserved, countermeasures
    ("Kenya registered a strong protest with Uganda over the incident.", "Kenya", "Uganda", "DISAPPROVE", "negative"),
    ("Kenya said it reserved the right to respond to Uganda.", "Kenya", "Uganda", "THREATEN", "negative"),
    ("Kenya said it would take countermeasures against Uganda.", "Kenya", "Uganda", "THREATEN", "negative"),  # to come: a threat
    ("Kenya took countermeasures against Uganda.", "Kenya", "Uganda", "SANCTION", "negative"),
    # MOBILIZE: an armed act prepared is the readying of force (event.prepared_attack)
    ("The Serbian army prepared to resume shelling Bosnian positions.", "Serbia army", "Bosnia and Herzegovina", "MOBILIZE", "negative"),
    ("Ethiopian troops were preparing to attack Eritrean positions near the border.", "Ethiopia troop", "Eritrea", "MOBILIZE", "negative"),
    ("Ethiopia was preparing an offensive against Eritrea.", "Ethiopia", "Eritrea", "MOBILIZE", "negative"),
    ("Ethiopia said its troops would prepare to attack Eritrean positions.", "Ethiopia", "Eritrea", "THREATEN", "negative"),  # to come: a threat
    ("The Kenyan army is prepared to attack Ugandan rebels.", "Kenya army", "Uganda rebel", "THREATEN", "negative"),  # readiness stated
    ("Kenyan students organized a general strike in protest of the arrest of their leaders by Ugandan police.", "Kenya student", "Uganda police", "PROTEST", "negative"),  # the act's agent
    ("Kenyan unions called a strike in protest against the Ugandan tariffs.", "Kenya union", "Uganda", "PROTEST", "negative"),
    # a demand a protest makes is the protest (event.protest_demand)
    ("Kenyan demonstrators rioted after a peaceful demonstration calling for the removal of President Museveni.", "Kenya demonstrator", "Yoweri Museveni", "PROTEST", "negative"),
    ("Kenyan farmers blocked roads in Nairobi demanding the resignation of the Ugandan ambassador.", "Kenya farmer", "Uganda ambassador", "PROTEST", "negative"),
    ("Kenyan protesters demanded the resignation of President Museveni.", "Kenya protester", "Yoweri Museveni", "DEMAND", "negative"),  # a demand alone stays one
    # a refusal withstands the pressure of whoever presses: "despite calls from Y" (target.arguments)
    ("Uganda refused to withdraw its troops despite calls from the African Union.", "Uganda", "African Union", "REJECT", "negative"),
    ("Minister John Kamau has declined to resign despite growing pressure from the Kenyan parliament.", "John Kamau", "Kenya parliament", "REJECT", "negative"),
    # a measure announced is taken, not threatened (event.announced_measure)
    ("Canada announced it would impose sanctions on Belarus.", "Canada", "Belarus", "SANCTION", "negative"),
    ("Canada announced on Monday that it will expel three Belarusian diplomats.", "Canada", "Belarus diplomat", "SANCTION", "negative"),
    ("Canada said it would impose sanctions on Belarus.", "Canada", "Belarus", "THREATEN", "negative"),  # said: may be a threat
    ("Canada announced it would attack Belarus.", "Canada", "Belarus", "THREATEN", "negative"),  # an attack to come is a threat
    # whom an act opposes: "in defiance of Y", "in opposition to Y" (target.arguments)
    ("Thousands of Kenyan students blocked roads in Nairobi in defiance of the Ugandan government.", "Kenya student", "Uganda", "PROTEST", "negative"),
    ("Kenyan farmers marched in Nairobi in opposition to the Ugandan tariffs.", "Kenya farmer", "Uganda", "PROTEST", "negative"),
    ("Kenya swore to attack the Ugandan rebels.", "Kenya", "Uganda rebel", "THREATEN", "negative"),  # sworn like vowed
    ("Kenya swore revenge against the Ugandan rebels.", "Kenya", "Uganda rebel", "THREATEN", "negative"),
    ("Kenya vowed retaliation against Uganda.", "Kenya", "Uganda", "THREATEN", "negative"),
    ("Kenya swore to uphold the treaty with Uganda.", "Kenya", "Uganda", "AGREE", "positive"),  # a promise of cooperation
    # DEMAND: another actor's act expected or wanted (event.expected_act)
    ("Kenya expects Uganda to withdraw its troops.", "Kenya", "Uganda", "DEMAND", "negative"),
    ("Kenya said it expected Uganda to honour the agreement.", "Kenya", "Uganda", "DEMAND", "negative"),
    ("The opposition wants the government to resign.", None, "the government", "DEMAND", "negative"),
    # a hyphenated word the tokenizer splits is looked up as written
    ("Hamas declared a cease-fire with Israel.", "Hamas", "Israel", "RETREAT", "positive"),
    ("Kenya shared its know-how with Uganda.", "Kenya", "Uganda", "COOPERATE", "positive"),
    ("Kenya sent a fact-finding mission to Uganda.", "Kenya", "Uganda", "INVESTIGATE", "negative"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "category", "polarity"), CASES)
def test_dyad(nlp, text, source, target, category, polarity):
    claims = nlp(text)._.claims
    assert (category, polarity) in dyad_codes(claims, source, target), dyads(claims)


NOT_DYADS = [
    ("Uganda signed the deal despite pressure by Kenya.", "Uganda", "Kenya"),  # no refusal
    ("Kenyan troops crossed the border in defiance of the United Nations.", "Kenya troop", "United Nations"),  # no act of the lexicon
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), NOT_DYADS)
def test_not_a_dyad(nlp, text, source, target):
    assert not [c for c in nlp(text)._.claims if matches(c, source, target)]


NOT_EVENTS = [
    ("Kenya received the Ugandan foreign minister.", "RETREAT"),  # a visitor, not observers: CONSULT
    ("Kenya handed over the disputed island to Uganda.", "AID"),  # territory, not relief
    ("Kenya and Uganda held joint patrols on the lake.", "MOBILIZE"),
    ("Kenya did not share intelligence with Uganda.", "COOPERATE"),
    ("Germany did not pay reparations to Namibia.", "RETREAT"),
    ("Chile said a deal with Peru is not out of the question.", "REJECT"),  # denied refusal
    ("Chile said the Peruvian minister was out of the country.", "REJECT"),  # no idiom
    ("Ethiopian troops did not prepare to attack Eritrean positions.", "MOBILIZE"),  # negated
    ("Kenya prepared to sign a deal with Uganda.", "MOBILIZE"),  # no armed act
    ("Canada announced it would not impose sanctions on Belarus.", "SANCTION"),  # negated
    ("Analysts expect the Kenyan central bank to cut rates.", "DEMAND"),  # a forecast, not an actor's demand
    ("Kenya said growth was out of the question this year.", "REJECT"),  # no act refused
    ("Kenya called for the removal of President Museveni.", "PROTEST"),  # no protest act
    ("Turkish helicopters evacuated the wounded from the Syrian town of Afrin.", "FIGHT"),  # no wounding done
    ("Kenya expects growth to slow next year.", "DEMAND"),  # a thing expected, not an actor's act
    ("Kenya expects to sign the deal with Uganda.", "DEMAND"),  # its own act
    ("The coach said he expects Brazil to win the match.", "DEMAND"),  # an outcome, not an act asked for
    ("Kenya expects the Ugandan government to remain in power.", "DEMAND"),  # a state of things
    ("Police blocked roads leading to the Ugandan embassy in Nairobi.", "PROTEST"),  # state forces restrict, they do not protest
    ("Kenyan troops blocked roads to the Ugandan border town of Busia.", "PROTEST"),
    ("Exxon filed its proxy statement with regulators on Monday, the company said.", "DISAPPROVE"),  # a proxy statement judges no one
]  # fmt: skip


@pytest.mark.parametrize(("text", "category"), NOT_EVENTS)
def test_not_this_event(nlp, text, category):
    assert category not in [c["event"]["category"] for c in nlp(text)._.claims]
