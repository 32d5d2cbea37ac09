"""Event coding, one line per case: (sentence, source, target, PLOVER category, polarity).

The source and target are actor names as the linker resolves them; the case holds when one
claim has that source as speaker and that target among its targets, with that category (None:
no event) and that polarity toward the target.
"""

from __future__ import annotations

import pytest
from test_event_dyads import matches

from pipeline.rules import stage_rules

CASES = [
    # AGREE: promises, offers, agreements, intentions to cooperate
    ("Japan agreed to a new trade deal with India.", "Japan", "India", "AGREE", "positive"),
    ("Germany pledged to help Ukraine rebuild its power grid.", "Germany", "Ukraine", "AGREE", "positive"),
    ("France offered Morocco a new loan.", "France", "Morocco", "AGREE", "positive"),
    ("Chile and Peru have agreed on a fisheries pact, a United Nations spokesman announced.", "Chile", "Peru", "AGREE", "positive"),  # nested in speech
    ("Brazil promised Argentina more gas next winter.", "Brazil", "Argentina", "AGREE", "positive"),
    ("Canada will send humanitarian aid to Haiti.", "Canada", "Haiti", "AGREE", "positive"),  # future aid is an intention
    ("Vietnam vowed to cooperate with Laos on flood control.", "Vietnam", "Laos", "AGREE", "positive"),
    # CONSULT
    ("Kenya hosted talks with Ethiopia on Monday.", "Kenya", "Ethiopia", "CONSULT", "neutral"),
    ("Talks between Armenia and Azerbaijan resumed in Geneva.", "Armenia", "Azerbaijan", "CONSULT", "neutral"),  # compound source
    ("Talks between Armenia and Azerbaijan resumed in Geneva.", "Azerbaijan", "Armenia", "CONSULT", "neutral"),  # coded both ways
    ("Spain met with Portugal to discuss water rights.", "Spain", "Portugal", "CONSULT", "neutral"),
    ("Egypt negotiated with Sudan over the dam.", "Egypt", "Sudan", "CONSULT", "neutral"),
    ("Chile visited Peru last week.", "Chile", "Peru", "CONSULT", "neutral"),
    # SUPPORT
    ("Norway praised Colombia for the peace deal.", "Norway", "Colombia", "SUPPORT", "positive"),
    ("Italy welcomed Greece's decision.", "Italy", "Greece", "SUPPORT", "positive"),
    ("Sweden endorsed Finland's bid.", "Sweden", "Finland", "SUPPORT", "positive"),
    ("Poland signed an agreement with Lithuania.", "Poland", "Lithuania", "SUPPORT", "positive"),
    ("Australia congratulated New Zealand on the election.", "Australia", "New Zealand", "SUPPORT", "positive"),
    ("Indonesia thanked Malaysia for its help.", "Indonesia", "Malaysia", "SUPPORT", "positive"),
    # COOPERATE
    ("Greece cooperated with Cyprus on the investigation.", "Greece", "Cyprus", "COOPERATE", "positive"),
    ("Mexico extradited the suspect to Colombia.", "Mexico", "Colombia", "COOPERATE", "positive"),
    ("Japan collaborated with Australia on the new radar.", "Japan", "Australia", "COOPERATE", "positive"),
    # AID
    ("India sent humanitarian aid to Nepal.", "India", "Nepal", "AID", "positive"),
    ("Qatar provided a loan to Pakistan.", "Qatar", "Pakistan", "AID", "positive"),
    ("Germany helped Greece with the refugees.", "Germany", "Greece", "AID", "positive"),
    ("Britain gave weapons to Ukraine.", "United Kingdom", "Ukraine", "AID", "positive"),
    ("Turkey granted asylum to Syria's former minister.", "Turkey", "Syria", "AID", "positive"),
    # CONCEDE
    ("China lifted sanctions on Australia.", "China", "Australia", "CONCEDE", "positive"),
    ("Serbia apologized to Croatia for the remarks.", "Serbia", "Croatia", "SUPPORT", "positive"),  # PLOVER codes an apology as SUPPORT
    ("Ethiopia eased restrictions on Eritrea.", "Ethiopia", "Eritrea", "CONCEDE", "positive"),
    # RETREAT
    ("Russia withdrew its troops from Georgia.", "Russia", "Georgia", "RETREAT", "positive"),
    ("Iran released prisoners to France.", "Iran", "France", "RETREAT", "positive"),
    ("Israel handed over the bodies to Lebanon.", "Israel", "Lebanon", "RETREAT", "positive"),
    # INVESTIGATE
    ("Ukraine investigated Russia's role in the attack.", "Ukraine", "Russia", "INVESTIGATE", "negative"),
    ("Brazil probed Argentina's claims about the border.", "Brazil", "Argentina", "INVESTIGATE", "negative"),
    # DEMAND
    ("China urged Japan to stop provocations.", "China", "Japan", "DEMAND", "negative"),
    ("Russia demanded that Moldova withdraw its police.", "Russia", "Moldova", "DEMAND", "negative"),
    ("France called on Mali to hold elections.", "France", "Mali", "DEMAND", "negative"),
    ("Germany pressed Hungary to lift its veto.", "Germany", "Hungary", "DEMAND", "negative"),
    ("Britain ordered Iran to release the tanker.", "United Kingdom", "Iran", "DEMAND", "negative"),
    ("France said Russia must withdraw its troops from Ukraine.", "France", "Russia", "DEMAND", "negative"),  # a reported obligation
    ("Japan said China should stop the drills.", "Japan", "China", "DEMAND", "negative"),
    # DISAPPROVE: acts, evaluation, and formal protest
    ("Beijing condemned Japan over the visit.", "China", "Japan", "DISAPPROVE", "negative"),
    ("Russia summoned the Japanese ambassador on Monday.", "Russia", "Japan", "DISAPPROVE", "negative"),  # "the Japanese ambassador" is Japan
    ("The Chinese side lodged a protest with the Philippines.", "China", "Philippines", "DISAPPROVE", "negative"),  # "the Chinese side"
    ("Seoul accused Pyongyang of launching missiles.", "South Korea", "North Korea", "DISAPPROVE", "negative"),
    ("Turkey criticized Sweden for allowing the protest.", "Turkey", "Sweden", "DISAPPROVE", "negative"),
    ("Poland blamed Belarus for the migrant crisis.", "Poland", "Belarus", "DISAPPROVE", "negative"),
    ("Iran protested to Britain about the seizure.", "Iran", "United Kingdom", "DISAPPROVE", "negative"),
    ("Germany called Russia reckless.", "Germany", "Russia", "DISAPPROVE", "negative"),  # evaluation, no event verb
    ("Canada said India was irresponsible.", "Canada", "India", "DISAPPROVE", "negative"),  # evaluation in reported speech
    ("Italy said France's plan was a disgrace.", "Italy", "France", "DISAPPROVE", "negative"),
    ("\"They betrayed us,\" Erdogan said of Germany.", "Recep Tayyip Erdogan", "Germany", "DISAPPROVE", "negative"),  # quoted criticism, target from "said of"
    ("\"It is a disgrace,\" Lula said of the Israeli offensive.", None, "Israel", "DISAPPROVE", "negative"),
    ("Tom Jones said Senator Ann Lee's remarks were disgraceful.", "Tom Jones", "Ann Lee", "DISAPPROVE", "negative"),  # a derived word keeps its base's valence
    ("Putin said Macron was a great leader.", "Vladimir Putin", "Emmanuel Macron", "SUPPORT", "positive"),  # praise without an event verb
    ("Merkel said Russia was not reckless.", None, "Russia", "SUPPORT", "positive"),  # valence flipped by negation
    # REJECT
    ("Hungary rejected Ukraine's request.", "Hungary", "Ukraine", "REJECT", "negative"),
    ("Israel refused to meet Hamas.", "Israel", "Hamas", "REJECT", "negative"),
    ("Russia vetoed the resolution against Syria.", "Russia", "Syria", "REJECT", "negative"),
    ("France will not help Italy.", "France", "Italy", "REJECT", "negative"),  # negated cooperation
    ("Japan did not agree to the proposal from China.", "Japan", "China", "REJECT", "negative"),
    ("Egypt declined Ethiopia's offer.", "Egypt", "Ethiopia", "REJECT", "negative"),
    # THREATEN, conditionals included
    ("Iran threatened to close the Strait of Hormuz if the United States attacks.", "Iran", "United States", "THREATEN", "negative"),
    ("Russia warned Finland against joining the alliance.", "Russia", "Finland", "THREATEN", "negative"),
    ("Lavrov said: \"If Chile closes the talks, we will seek other partners.\"", "Sergey Lavrov", "Chile", "THREATEN", "negative"),
    ("China said that if Taiwan declares independence, it will act.", "China", "Taiwan", "THREATEN", "negative"),
    ("Turkey threatened Greece with sanctions.", "Turkey", "Greece", "THREATEN", "negative"),
    ("France pledged to impose sanctions on Iran.", "France", "Iran", "THREATEN", "negative"),  # intention to act in conflict
    # PROTEST
    ("Students demonstrated against China in Hong Kong.", None, "China", "PROTEST", "negative"),
    ("Farmers in India rallied against the government of Pakistan.", None, "Pakistan", "PROTEST", "negative"),
    # MOBILIZE
    ("Russia deployed troops to Belarus.", "Russia", "Belarus", "MOBILIZE", "negative"),
    ("China sent warships to the Philippines.", "China", "Philippines", "MOBILIZE", "negative"),
    ("India mobilized forces against Pakistan.", "India", "Pakistan", "MOBILIZE", "negative"),
    # SANCTION
    ("Canada joined the sanctions against Iran over its attacks on Israel.", "Canada", "Iran", "SANCTION", "negative"),
    ("Lithuania expelled Russia's ambassador.", "Lithuania", "Russia", "SANCTION", "negative"),
    ("Australia imposed sanctions on Iran.", "Australia", "Iran", "SANCTION", "negative"),
    ("Moldova suspended talks with Russia.", "Moldova", "Russia", "SANCTION", "negative"),
    ("Bahrain severed ties with Qatar.", "Bahrain", "Qatar", "SANCTION", "negative"),
    ("Norway imposed heavy costs on Belarus for the crackdown.", "Norway", "Belarus", "SANCTION", "negative"),  # imposing costs or penalties
    # COERCE
    ("Iran arrested a Swedish diplomat.", "Iran", "Sweden", "COERCE", "negative"),
    ("Russia detained Ukrainian sailors.", "Russia", "Ukraine", "COERCE", "negative"),
    ("Greece deported the Turkish journalists.", "Greece", "Turkey", "COERCE", "negative"),
    ("Belarus seized the Polish cargo.", "Belarus", "Poland", "COERCE", "negative"),
    # ASSAULT
    ("Militants from Syria kidnapped Lebanese workers.", "Syria", "Lebanon", "ASSAULT", "negative"),
    ("Myanmar killed Thai fishermen near the border.", "Myanmar", "Thailand", "ASSAULT", "negative"),
    ("Nigeria tortured Cameroonian prisoners.", "Nigeria", "Cameroon", "ASSAULT", "negative"),
    # FIGHT
    ("Israeli troops attacked Palestinian militants in Gaza.", "Israel", "Palestine", "FIGHT", "negative"),
    ("Russia invaded Ukraine in 2022.", "Russia", "Ukraine", "FIGHT", "negative"),
    ("Azerbaijan shelled Armenia overnight.", "Azerbaijan", "Armenia", "FIGHT", "negative"),
    ("India clashed with China in the Himalayas.", "India", "China", "FIGHT", "negative"),
    ("Turkey bombed Syria on Sunday.", "Turkey", "Syria", "FIGHT", "negative"),
    ("Hezbollah, which attacked Israel last year, said it was ready.", "Hezbollah", "Israel", "FIGHT", "negative"),  # a relative clause's source is its noun
    ("Rebels shelled the town, killing five Nigerian soldiers.", "Rebels", "Nigeria", "ASSAULT", "negative"),  # a participle's source is the main subject
    ("The attack by Hezbollah on Israel killed five.", "Hezbollah", "Israel", "FIGHT", "negative"),  # a noun event's agent
    ("Russian aircraft killed forty Syrian civilians in the raid.", "Russia", "Syria", "FIGHT", "negative"),  # killing by an armed force is conventional force
    ("Kenya and Somalia failed to reach an agreement on the border.", "Kenya", "Somalia", "REJECT", "negative"),  # "failed to" negates, both ways
    ("Kenya and Somalia failed to reach an agreement on the border.", "Somalia", "Kenya", "REJECT", "negative"),
    ("Ghana reiterated its demand that Togo release the prisoners.", "Ghana", "Togo", "DEMAND", "negative"),  # a speech verb with an event noun object
    ("The forum concluded that the US must allocate more aid to Haiti.", None, "United States", "DEMAND", "negative"),  # the "US" is no "us"
    ("Peruvian soldiers opened fire to disperse Bolivian protesters near the border, officials said.", "Peru", "Bolivia", "FIGHT", "negative"),  # the purpose's object; "fire" itself is no target
    # a place is the target of a material act that names no actor (target.location)
    ("Serbia imposed a curfew in the city of Nis.", "Serbia", "Nis", "COERCE", "negative"),  # "the city of X"
    ("Police in Kenya set up roadblocks and imposed a curfew in Kisumu, officials said.", None, "Kisumu", "COERCE", "negative"),  # nested in speech
    ("The government said it would lift the curfew in Mombasa next week.", None, "Mombasa", "AGREE", "positive"),  # a city the gazetteer does not know stays a named place; lifting to come is AGREE
    ("Chad withdrew its forces from Bangui.", "Chad", "Central African Republic", "RETREAT", "positive"),  # a capital stands for its state
    ("Peru threatened to suspend flights to Caracas.", "Peru", "Venezuela", "THREATEN", "negative"),
    # a repeated act takes its base verb's category (event.prefixed_verb)
    ("Ukraine reimposed restrictions on Russian ships, the navy said.", "Ukraine", "Russia", "SANCTION", "negative"),
    ("Armenia redeployed troops to the border with Azerbaijan.", "Armenia", "Azerbaijan", "MOBILIZE", "negative"),
    # the event noun a measure counts ("tons of aid"); group nouns as targets; shared arguments
    ("Japan will provide 10,000 tons of food aid to Nepal.", "Japan", "Nepal", "AGREE", "positive"),  # aid to come: an intention
    ("Police in Kenya used tear gas against refugees near the border.", None, "refugees", "COERCE", "negative"),  # an unnamed group is a target
    ("Israeli troops demolished Palestinian homes near Hebron.", "Israel", "Palestine", "COERCE", "negative"),  # destroying property is coercion
    ("Students staged rallies against Kenya's president on Friday.", None, "Kenya", "PROTEST", "negative"),  # "staged" whatever the lemmatiser says
    ("The union called off its strike against the Chilean government.", None, "Chile", "CONCEDE", "positive"),  # ending a conflict act is a concession
    # taking back and ending: a retracted pledge is a rejection, ended cooperation a sanction
    ("Ghana reneged on its commitment to Togo.", "Ghana", "Togo", "REJECT", "negative"),
    ("Mali broke its promise to Niger on the border.", "Mali", "Niger", "REJECT", "negative"),
    ("Qatar ended its mediation between Israel and Hamas.", "Qatar", "Israel", "SANCTION", "negative"),
    ("Norway halted talks with Sri Lanka.", "Norway", "Sri Lanka", "SANCTION", "negative"),
    # intentions: a cooperation to come is AGREE, a material conflict to come THREATEN
    ("Syria said it was willing to release prisoners to Jordan.", "Syria", "Jordan", "AGREE", "positive"),  # "willing to"
    ("Kosovo said it was ready to free the Serbian detainees.", "Kosovo", "Serbia", "AGREE", "positive"),
    ("The Kremlin said it was ready for talks with Ukraine.", "Kremlin", "Ukraine", "AGREE", "positive"),  # ready for a meeting: an intention
    ("Armenia said it was prepared for war with Azerbaijan.", "Armenia", "Azerbaijan", "THREATEN", "negative"),
    ("Farmers said they would blockade Brussels on Monday.", None, "Belgium", "THREATEN", "negative"),  # a future blockade
    ("Venezuela said it would seize Guyanese ships.", "Venezuela", "Guyana", "THREATEN", "negative"),
    # an unnamed group of a state is not the state, so the speaker's own country stays a target
    ("President Lungu threatened to arrest Zambian opposition leaders.", "Lungu", "Zambia", "THREATEN", "negative"),
    # an answer to an act is aimed at that act's agent (target.response), not at its patient
    ("Canada imposed tariffs in retaliation for Beijing's export controls.", "Canada", "China", "SANCTION", "negative"),
    ("Estonia expelled two diplomats in response to cyberattacks by Russian hackers.", "Estonia", "Russia", "SANCTION", "negative"),
    ("Kenya closed the border over Somalia's incursions into Kenya.", "Kenya", "Somalia", "COERCE", "negative"),
    # two-word event nouns with an adjective; ties upgraded are ties restored; a passive light verb's subject acts
    ("Sudanese militias were engaged in ethnic cleansing against Chadian villagers, the report said.", "Sudan", "Chad", "ASSAULT", "negative"),  # not VADER's "cleansing"
    ("Croatia and Slovenia upgraded their diplomatic ties.", "Croatia", "Slovenia", "SUPPORT", "positive"),
    ("Croatia and Slovenia upgraded their diplomatic ties.", "Slovenia", "Croatia", "SUPPORT", "positive"),
    # an argument that names someone's act: the act's doer (target.arguments)
    ("Students protested against abuses by Kenyan police.", None, "Kenya", "PROTEST", "negative"),
    ("Chile demanded an admission by Peru that its ships had entered Chilean waters.", "Chile", "Peru", "DEMAND", "negative"),  # the demanded statement's author
    ("Ghana opened an inquiry into an allegation by Togo that Benin had moved troops.", "Ghana", "Benin", "INVESTIGATE", "negative"),  # not the allegation's author
    # "it"/"them" in a participle clause stands for the main clause's object (target.antecedent)
    ("The minister condemned the strikes by Syrian forces, calling them reckless.", None, "Syria", "DISAPPROVE", "negative"),
    ("Poland criticised Belarus, calling it a threat to the region.", "Poland", "Belarus", "DISAPPROVE", "negative"),
    ("The president mentioned Iran's missile tests, describing them as a grave provocation.", None, "Iran", "DISAPPROVE", "negative"),
    # evaluation: an audience is no target; a negating prefix flips VADER's base; only the target's own clause counts
    ('"Canada has been a loyal friend," the minister told reporters.', None, "Canada", "SUPPORT", "positive"),
    ("Poland said Hungary was unfit to chair the council.", "Poland", "Hungary", "DISAPPROVE", "negative"),  # "unfit": not "fit"
    ("Chile said Bolivia was chaotic and that the talks deserved better.", "Chile", "Bolivia", "DISAPPROVE", "negative"),
    ('"Peru has been a terrible neighbour," the Chilean president told CNN.', None, "Peru", "DISAPPROVE", "negative"),  # whom it is about before whom it is told
    ("Chile said Bolivia had no good plan for the river.", "Chile", "Bolivia", "DISAPPROVE", "negative"),  # "no" negates "good" and scores nothing itself
    ("Poland said Russia showed no remorse.", "Poland", "Russia", "DISAPPROVE", "negative"),  # "no" does not flip its own noun
    ("Governor Silva took aim at Argentina over the tariffs.", "Silva", "Argentina", "DISAPPROVE", "negative"),  # a light-verb phrase found in any sentence
    # negation cancels a conflict act
    ("Japan did not condemn China.", "Japan", "China", None, "neutral"),
    ("Russia will not attack Finland.", "Russia", "Finland", None, "neutral"),
    ("Ghana said it did not blame Togo for the attack.", "Ghana", "Togo", None, "neutral"),  # not the content's polarity either
    ("France said Germany had not done enough to help Greece.", "France", "Germany", "REJECT", "negative"),  # a negation on the verb the act completes
    # the evaluation of a target is the clause about it (events/evaluation.py)
    ('"This government has been reckless," the Polish minister said of Belarus.', None, "Belarus", "DISAPPROVE", "negative"),  # "said of Y": all of the content is about Y
    ('"We have full confidence in Australia," the Japanese minister said.', None, "Australia", "SUPPORT", "positive"),  # the speaker's attitude toward a prepositional object
    ('"We have deep respect for the efforts of Uganda," the Kenyan minister said.', None, "Uganda", "SUPPORT", "positive"),
    ("Peru said the Chile ruling was excellent.", "Peru", "Chile", "SUPPORT", "positive"),  # a compound is an argument of its noun
    ("Italy said Spain had been a good partner throughout the crisis.", "Italy", "Spain", "SUPPORT", "positive"),  # a circumstance is no judgement of Y
    ("Egypt said Japan-Sudan relations were tense.", "Egypt", "Sudan", None, "neutral"),  # the relation is judged, not its parties
    ("Armenia said Russia had failed to protect its people.", "Armenia", "Russia", "DISAPPROVE", "negative"),  # a negative implicative flips its complement
    ('"We do not doubt Mexico\'s integrity," the Canadian minister said.', None, "Mexico", "SUPPORT", "positive"),  # a polar head takes its own negation
    ("Chile said Peru had never been stronger.", "Chile", "Peru", "SUPPORT", "positive"),  # a negated comparative with no "than"
    ("Peru said Chile had worked to reduce poverty and hunger.", "Peru", "Chile", "SUPPORT", "positive"),  # a verb that reverses its object's valence, over its conjuncts
    ('"Chile has done a great deal to end the violence," Peru said.', "Peru", "Chile", "SUPPORT", "positive"),
    ("Peru said Chile had worked to end the brutal violence.", "Peru", "Chile", "SUPPORT", "positive"),  # and over its object's modifiers
    ("Peru said Chile had taken away free health care.", "Peru", "Chile", "DISAPPROVE", "negative"),
    ('"Senator Tom Hale wants to take away your health care," Senator Ann Lee said.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # taking away a good thing is bad
    ("Senator Ann Lee said Senator Tom Hale had led the fight against corruption.", "Ann Lee", "Tom Hale", "SUPPORT", "positive"),  # opposing a bad thing is good
    ("Greece said relations with Cyprus had never been stronger.", "Greece", "Cyprus", None, "positive"),  # no evaluation of Cyprus; the content's polarity, not denied
    ('"Ann Lee has left her party," Senator Tom Hale said.', "Tom Hale", "Ann Lee", None, "neutral"),  # a noun for a kind of actor is no evaluation
    ('"It is an honor to work with Senator Ann Lee," Senator Tom Hale said.', "Tom Hale", "Ann Lee", "SUPPORT", "positive"),  # an infinitive's relative clause is no modifier-only phrase
    ("Senator Ann Lee said Republicans were reckless.", "Ann Lee", "Republicans", "DISAPPROVE", "negative"),  # a target the linker left unresolved
    ("Senator Ann Lee said Senator Tom Hale was not serious about border security.", "Ann Lee", "Tom Hale", None, "neutral"),  # a polar word's complement says what it is about
    # a question does not assert (event.question); a request does
    ('"Did Turkey send the drones?" the Greek minister asked.', None, "Turkey", None, "neutral"),
    ("Sweden asked Norway whether it would extend the pipeline.", "Sweden", "Norway", None, "neutral"),
    ("Sweden asked Norway to extend the pipeline.", "Sweden", "Norway", "DEMAND", "negative"),
    ("Spain worked closely with Portugal on the fires.", "Spain", "Portugal", "COOPERATE", "positive"),  # an adverb between a verb and its preposition
    ("Senator Ann Lee called Senator Tom Hale's bill a political stunt.", "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # naming, not a phone call: the evaluation's stance (event.naming)
    ("Senator Ann Lee called Senator Tom Hale's bill an amendment.", "Ann Lee", "Tom Hale", None, "neutral"),  # naming with no valence word: no stance
    ('"Chile has been a reliable partner," Peru said.', "Peru", "Chile", "SUPPORT", "positive"),  # a word of praise VADER lacks (valence_news.json)
    ("Peru said Chile had politicized the investigation.", "Peru", "Chile", "DISAPPROVE", "negative"),  # a verb of political criticism VADER lacks
    ('"Senator Tom Hale is a traitor to his party," Senator Ann Lee said.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # an insult VADER lacks; "party" is no celebration
    ('"We will not tolerate Russia\'s aggression," the Estonian minister said.', None, "Russia", "DISAPPROVE", "negative"),  # a refused act stays a reproach of its agent
    ('"We will not let Senator Tom Hale win," Senator Ann Lee said.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # whatever the act's own valence
    ('"We will not be intimidated by China," the Japanese minister said.', None, "China", "REJECT", "negative"),  # a negated passive with an agent: defiance of the agent (event.defiance)
    ('"Why does Senator Tom Hale keep blocking this bill?" Senator Ann Lee asked.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # a rhetorical question (event.rhetorical_question)
    ('"What did the president discuss with Senator Tom Hale?" a reporter asked.', None, "Tom Hale", None, "neutral"),  # a reporter's question only asks
    ('"Although Senator Tom Hale means well, his plan would wreck the economy," Senator Ann Lee said.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # a conceded clause yields to the main one
    ('"While we respect Mexico, its new law is unacceptable," the Canadian minister said.', None, "Mexico", "DISAPPROVE", "negative"),
    ('"Senator Tom Hale is hardly a reliable ally," Senator Ann Lee said.', "Ann Lee", "Tom Hale", "DISAPPROVE", "negative"),  # "hardly" denies, over the noun and its modifier
    ("Chile said Peru seemed reluctant to help.", "Chile", "Peru", "DISAPPROVE", "negative"),  # a polar adjective's infinitive says what it is about
    ('Chile described the talks with Peru as "constructive."', "Chile", "Peru", "SUPPORT", "positive"),  # a naming judges the event it names, not reports it
    ('"Estonia will not be intimidated by Russia," the Estonian minister said.', None, "Russia", "REJECT", "negative"),  # a future negated passive: Y's pressure refused (event.defiance)
    ("Ukraine said the convoy was not attacked by Russia.", "Ukraine", "Russia", None, "neutral"),  # a past one did not happen (event.negated_conflict)
    ('Senator Ann Lee called the Chilean president a "traitor."', "Ann Lee", "Chile", "DISAPPROVE", "negative"),  # a target in the named object: the naming is about it
    # "he"/"she" in a content that names no one: the most recent person (target.pronoun)
    ('President Biden spoke about Vladimir Putin on Tuesday. "He is a murderous dictator," Biden said.', "Joe Biden", "Vladimir Putin", "DISAPPROVE", "negative"),
    ('Olaf Scholz met Emmanuel Macron in Paris. "He has been a loyal partner," Macron said.', "Emmanuel Macron", "Olaf Scholz", "SUPPORT", "positive"),  # not the speaker of a quote
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target", "category", "polarity"), CASES)
def test_event_case(nlp, text, source, target, category, polarity):
    claims = nlp(text)._.claims
    found = [c for c in claims if matches(c, source, target)]
    assert found, [
        ((c["speaker"] or {}).get("name"), [t["name"] for t in c["targets"]]) for c in claims
    ]
    coded = [(c["event"]["category"], c["stance"]["polarity"]) for c in found]
    assert (category, polarity) in coded


def test_every_category_has_a_case():
    categories = {case[3] for case in CASES}
    assert {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
        "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "FIGHT",
        "COERCE", "ASSAULT",
    } <= categories  # fmt: skip
    assert len(CASES) >= 80


def test_every_emitted_rule_is_declared(nlp):
    declared = set(stage_rules("events"))
    for text, *_ in CASES:
        for claim in nlp(text)._.claims:
            event = claim["event"]
            for rule_id in (event.get("rule_id"), event.get("target_rule_id")):
                assert rule_id is None or rule_id in declared, rule_id
            if claim["rule_id"].startswith("event."):
                assert claim["rule_id"] in declared


TARGET_RULES = [
    ("Canada imposed tariffs in retaliation for Beijing's export controls.", "China", "target.response"),
    ("Estonia expelled two diplomats in response to cyberattacks by Russian hackers.", "Russia hackers", "target.response"),  # before the unnamed diplomats
    ("Kenya closed the border over Somalia's incursions into Kenya.", "Somalia", "target.response"),
    ("The minister condemned the strikes by Syrian forces, calling them reckless.", "Syrian forces", "target.antecedent"),  # "them": the strikes, done by X
    ("Poland criticised Belarus, calling it a threat to the region.", "Belarus", "target.antecedent"),  # "it": the object itself
    ("Students protested against abuses by Kenyan police.", "Kenyan police", "target.arguments"),  # the doer of the act argued against
    ("Chile demanded an admission by Peru that its ships had entered Chilean waters.", "Peru", "target.arguments"),
    ("Senator Ann Lee said the governor had not been helpful.", "governor", "target.role_noun"),  # an unnamed actor when nothing names one
    ("Consumer advocates said the bank's fees were predatory.", "bank", "target.role_noun"),  # the possessor of the main subject
]  # fmt: skip


@pytest.mark.parametrize(("text", "target", "rule_id"), TARGET_RULES)
def test_target_rule(nlp, text, target, rule_id):
    found = [
        (c["targets"][0]["name"], c["event"]["target_rule_id"])
        for c in nlp(text)._.claims
        if c["targets"]
    ]
    assert (target, rule_id) in found


NOT_TARGETS = [
    ("Britain expelled two diplomats in retaliation for Skripal's poisoning.", "Skripal"),  # the possessor underwent the act
    ("Kenyan soldiers opened fire while escorting Chinese engineers.", "China engineers"),  # a time clause is no purpose
    ("Bangladesh rejected an Indian proposal for a trade pact.", "India proposal"),  # a thing is no group
    ("Ukraine shelled the Russian border.", "Russia border"),
    ("Senator Ann Lee said a governor had called her office.", "governor"),  # no one in particular (target.role_noun)
    ("Senator Ann Lee said she had not had a chance to read the governor's terrible plan.", "governor"),  # a role noun deep in the content is a bystander
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_TARGETS)
def test_not_a_target(nlp, text, name):
    assert name not in [t["name"] for c in nlp(text)._.claims for t in c["targets"]]


FIRST_TARGETS = [
    ("Turkey warned Sweden that it would not approve its NATO bid.", "Sweden"),  # the act's own addressee before the content's actors
    ("Chile said it was deeply concerned about Bolivia's decision to close the border.", "Bolivia"),  # "about" names the topic, not a reason
    ("Canada imposed tariffs in retaliation for Beijing's export controls.", "China"),
    ("Bangladesh rejected an Indian proposal for a trade pact.", "India"),  # a country word on a thing is the state, not a group "India proposal"
    ("Hungary condemned the Russian invasion.", "Russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "target"), FIRST_TARGETS)
def test_first_target(nlp, text, target):
    firsts = [c["targets"][0]["name"] for c in nlp(text)._.claims if c["targets"]]  # exact name
    assert target in firsts


NOT_DISAPPROVED = [
    ("MS. LOPEZ:  The President spoke with Chile's leader today.  They condemned the attacks on the border posts.\n", "Chile"),  # the condemners are not condemned
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_DISAPPROVED)
def test_not_disapproved(nlp, text, name):
    for claim in nlp(text)._.claims:
        if claim["targets"] and claim["targets"][0]["name"] == name:
            assert claim["event"]["category"] != "DISAPPROVE"


NOT_EVENTS = [
    ("Russian forces committed crimes against civilians in Ukraine.", "AGREE"),  # "commit" is AGREE only with "to"
    ("Brazil said the central bank would cut interest rates.", "THREATEN"),  # cutting rates is no sanction to come
    ("Peru said Chile, the copper giant, would export more ore.", "SUPPORT"),  # "a giant" describes, it does not praise
    ("Peru said its coalition partner Chile would vote on Monday.", "SUPPORT"),  # nor does "partner" alone
    ("Brazil said the central bank would cut interest rates.", "SANCTION"),
    ("The Kenyan army said militants killed ten villagers.", "FIGHT"),  # an armed force reports, militants act
    ("Kenyan police forces killed three protesters.", "FIGHT"),  # police are no armed force
]  # fmt: skip


DATELINES = [
    ("NAIROBI, Kenya (Reuters) - Police arrested 12 protesters on Monday.", "NAIROBI"),  # the parse's subject
    ("DHAKA (AP) - Police arrested 40 opposition activists.", "DHAKA"),  # hung on the subject
    ("SEOUL, South Korea (AP) - North Korea fired a missile, the military said.", "SEOUL"),
    ("LIMA, Peru - Miners blocked a highway near the Chilean border.", "LIMA"),
    ("BRUSSELS -- European Union leaders clashed over migration on Thursday.", "BRUSSELS"),  # no target
    ("BANGKOK, Thailand -- Myanmar's army shelled rebel villages, residents said.", "Thailand"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), DATELINES)
def test_a_dateline_is_no_part_of_an_event(nlp, text, place):
    events = [c for c in nlp(text)._.claims if c["rule_id"].startswith("event.")]
    assert all((c["speaker"] or {}).get("text") != place for c in events)  # where filed, no actor
    assert all(not c["content"]["text"].startswith(place) for c in events)
    assert all(t["text"] != place for c in nlp(text)._.claims for t in c["targets"])  # nor target


@pytest.mark.parametrize(("text", "category"), NOT_EVENTS)
def test_not_this_event(nlp, text, category):
    assert category not in [c["event"]["category"] for c in nlp(text)._.claims]
