"""A second, held-out stance probe, one line per case: (text, target, polarity).

Written before the rules it measures and kept apart from the tuning probe
(test_quote_polarity.py): rules are chosen on that one and on their own test tables, and this
one is only measured. The cases imitate the styles of wire copy, national papers, broadcast
transcripts and international outlets, and lean on the hard cases: mixed quotes ("praised ...
but warned"), concessive clauses, pronoun targets resolved from a previous sentence, negated
praise, attacks phrased as questions, hedged criticism, conditional threats, and actors that
are only named in a modifier. Scoring is the same as the tuning probe's.
"""

from __future__ import annotations

import pytest
from test_quote_polarity import POLAR, stance_toward

HELDOUT = [
    # US politics, wire and national-paper style
    ('"Jim Jordan has turned this committee into a circus," Representative Jerrold Nadler said.', "Jordan", "negative"),
    ("Senator Amy Klobuchar said Secretary Buttigieg had shown real leadership after the derailment.", "Buttigieg", "positive"),
    ('"Tuberville\'s blockade is a disgrace," Senator Jack Reed told reporters on Capitol Hill.', "Tuberville", "negative"),
    ('"Secretary Austin is a true patriot," the committee chairman said.', "Austin", "positive"),
    ("Representative Nancy Pelosi said Speaker Kevin McCarthy had surrendered to the far right.", "McCarthy", "negative"),
    ("Senator Rand Paul said Anthony Fauci had misled Congress about the research.", "Fauci", "negative"),
    ("Former Attorney General William Barr called Trump's fraud claims \"bullshit.\"", "Trump", "negative"),
    ('"Governor Whitmer has been a fantastic partner on this," the Ford chairman said.', "Whitmer", "positive"),
    ("Senator Joe Manchin said the president's proposal was not a serious plan.", "president", "negative"),
    ("The governor said Attorney General Paxton had brought shame on the state.", "Paxton", "negative"),
    ("Representative Liz Cheney said the former president was unfit for office.", "president", "negative"),
    ("Senator Raphael Warnock said the Georgia election officials had acted with integrity.", "election officials", "positive"),
    ('"Hunter Biden got special treatment," Representative James Comer said in an interview.', "Hunter Biden", "negative"),
    ("Vice President Kamala Harris praised the Chicago teachers for their dedication.", "teachers", "positive"),
    ("Senator Chuck Grassley said the FBI had stonewalled his requests for documents.", "FBI", "negative"),
    ('"Senator Sinema was never a reliable vote," a Democratic strategist said.', "Sinema", "negative"),
    ("The Republican National Committee described the Harris campaign's tax plan as a disaster for small businesses.", "Harris", "negative"),
    ("Representative Hakeem Jeffries thanked the House Democrats for their unity during the vote.", "Democrats", "positive"),
    ('"I have enormous respect for Senator McConnell," Senator Thune said.', "McConnell", "positive"),
    ("Former Governor Chris Christie called Trump a coward for skipping the debate.", "Trump", "negative"),
    ("Representative Adam Schiff said the Justice Department had acted properly in the case.", "Justice Department", "positive"),
    ('"Mayor Johnson has no plan for public safety," the alderman said.', "Johnson", "negative"),
    ("Senator Warren accused the Federal Reserve chair of putting bankers ahead of workers.", "Federal Reserve", "negative"),
    ("Pennsylvania's governor commended the state police for their swift response.", "state police", "positive"),
    # Attacks phrased as questions
    ('"What exactly has Secretary Mayorkas done to secure the border?" Senator John Cornyn asked.', "Mayorkas", "negative"),
    ('"Why should anyone believe a word Kevin McCarthy says?" Representative Matt Gaetz asked on Fox News.', "McCarthy", "negative"),
    ('"How many more children have to die before Congress does something?" the senator asked.', "Congress", "negative"),
    ('"Where was the governor when the water plant failed?" the mayor asked at a news conference.', "governor", "negative"),
    ('"Is the attorney general going to follow the law or not?" Senator Josh Hawley asked.', "attorney general", "negative"),
    ('"When will the White House finally take inflation seriously?" the Republican leader asked.', "White House", "negative"),
    # Plain questions that do not attack
    ('"Did the minister discuss tariffs with Ottawa?" a reporter asked.', "Ottawa|Canada", "neutral"),
    ("Senator Alex Padilla asked the Department of Homeland Security how many agents had been sent to Los Angeles.", "Homeland Security", "neutral"),
    # Pronoun targets from context and "said of"
    ('Haley was asked about Governor Newsom. "He has run California into the ground," she said.', "Newsom", "negative"),
    ("The union leader met the Stellantis chief executive last week. \"He lied to our members,\" the union leader said.", "Stellantis", "negative"),
    ('"She has been an incredible ally," Senator Tammy Duckworth said of the Illinois governor\'s wife.', "governor", "positive"),
    ('"They abandoned us when we needed them most," the farmer said of the Agriculture Department.', "Agriculture Department", "negative"),
    ('"He is the most corrupt president in history," Trump said of Biden.', "Biden", "negative"),
    ('"She did a phenomenal job," Biden said of Harris after the debate.', "Harris", "positive"),
    ('Zelensky spoke about Viktor Orban on Thursday. "He is blocking our future," he said.', "Orban", "negative"),
    ('"They kept every promise they made to us," the village elder said of the Kenyan peacekeepers.', "Kenyan", "positive"),
    # Negated praise and negated criticism
    ('"I would not call Mayor Adams a reformer," the comptroller said.', "Adams", "negative"),
    ('"Speaker Johnson is no friend of Ukraine," the Ukrainian ambassador said.', "Johnson", "negative"),
    ('"The Kremlin is not interested in peace," Secretary Blinken said.', "Kremlin|Russia", "negative"),
    ("The governor said the legislature had not been helpful.", "legislature", "negative"),
    ('"Elon Musk is not a reliable partner," the German economy minister said.', "Musk", "negative"),
    ("Senator Durbin said he had never doubted the judge's honesty.", "judge", "positive"),
    ('"Nobody has worked harder for this city than Mayor Bass," the council president said.', "Bass", "positive"),
    ('"Chairman Powell has not done a bad job," the former Treasury secretary said.', "Powell", "positive"),
    # Hedged criticism is still criticism
    ("Senator Susan Collins said the administration may have overstepped its authority.", "administration", "negative"),
    ("The inspector general said the Secret Service appeared to have ignored several warnings.", "Secret Service", "negative"),
    ("The senator said Boeing seemed to care more about profits than about safety.", "Boeing", "negative"),
    # Mixed quotes: praise with a warning, concessions
    ("The NATO chief praised Turkey for approving Sweden's bid but warned Hungary that further delay would harm the alliance.", "Hungary", "negative"),
    ("The NATO chief praised Turkey for approving Sweden's bid but warned Hungary that further delay would harm the alliance.", "Turkey", "positive"),
    ("Senator Schumer praised Senator Tester for his work on veterans' care but warned that the bill still lacked the votes.", "Tester", "positive"),
    ('"While we appreciate Qatar\'s efforts, Hamas must release the hostages now," the national security adviser said.', "Hamas", "negative"),
    ('"Although the senator has been a good colleague, her vote today was a terrible mistake," Schumer said of Sinema.', "Sinema", "negative"),
    ("The Irish prime minister welcomed the ceasefire but said Israel's conduct in Gaza had been indefensible.", "Israel", "negative"),
    # Conditionals and threats
    ('"If Hamas does not release the hostages, there will be hell to pay," Trump wrote on social media.', "Hamas", "negative"),
    ("The Chinese commerce ministry said it would take countermeasures if the Netherlands tightened export controls.", "Netherlands", "negative"),
    ('"Should Moscow escalate, the alliance will respond," the NATO secretary general said.', "Moscow|Russia", "negative"),
    ('"If I am elected, I will fire Christopher Wray on day one," the candidate said.', "Wray", "negative"),
    ("Mexico's president said her government would respond with its own tariffs if Washington went ahead with the levies.", "Washington|United States", "negative"),
    ("The governor threatened to sue the Environmental Protection Agency over the new rule.", "Environmental Protection Agency", "negative"),
    # Criticism and praise nouns
    ("The AFL-CIO called the ruling by the National Labor Relations Board a betrayal of working people.", "National Labor Relations Board", "negative"),
    ('"Canada has been a great partner on critical minerals," the energy secretary said.', "Canada", "positive"),
    ('"The Chinese Communist Party is a menace to the free world," Senator Tom Cotton said.', "Chinese Communist Party", "negative"),
    ("The ambassador described South Korea as a linchpin of peace in the region.", "South Korea", "positive"),
    ('"Netanyahu is an obstacle to peace," the Palestinian foreign minister told the Security Council.', "Netanyahu", "negative"),
    ("Senator Graham called Zelensky a hero of the free world.", "Zelensky", "positive"),
    # International, wire style
    ("Iran's foreign minister described the U.S. sanctions as \"economic terrorism.\"", "United States|U.S.", "negative"),
    ("Beijing lodged stern representations with Tokyo over the release of treated water from the Fukushima plant.", "Tokyo|Japan", "negative"),
    ("Moscow expelled two Estonian diplomats, accusing them of hostile activities.", "Estonia", "negative"),
    ("The Indian prime minister hailed the United Arab Emirates as a trusted friend.", "United Arab Emirates", "positive"),
    ("South Africa's foreign minister said Israel's conduct in Gaza amounted to genocide.", "Israel", "negative"),
    ("The Taiwanese foreign ministry thanked the Czech Senate for its firm support.", "Czech", "positive"),
    ("Kenya's president said Somalia was a brotherly nation and a valued neighbour.", "Somalia", "positive"),
    ("Serbia's president accused Kosovo's prime minister of provoking violence in the north.", "Kosovo", "negative"),
    ("Pyongyang warned Seoul that its military drills were pushing the peninsula toward war.", "Seoul|South Korea", "negative"),
    ("The Greek prime minister said relations with Turkey had improved markedly.", "Turkey", "positive"),
    ("The Philippine coast guard said Chinese vessels had harassed its ships near the shoal.", "Chinese|China", "negative"),
    ("Australia's trade minister welcomed China's decision to lift tariffs on Australian barley.", "China", "positive"),
    ("The Nigerian army said Boko Haram fighters had attacked a village in Borno state.", "Boko Haram", "negative"),
    ("Poland's prime minister said he had full trust in the Ukrainian president.", "Ukrain", "positive"),
    ("France's president said Britain's decision to leave the bloc was a mistake.", "Britain|United Kingdom", "negative"),
    ("Russia's ambassador said the United States was dragging the world toward a nuclear confrontation.", "United States", "negative"),
    ("The Japanese prime minister called the Chinese coast guard's actions \"unacceptable.\"", "Chinese|China", "negative"),
    ('"We are grateful to Jordan for its generosity," the head of the refugee agency said.', "Jordan", "positive"),
    ('"Israel is committing war crimes in full view of the world," the Irish prime minister said.', "Israel", "negative"),
    ("Hungary's prime minister praised Trump as a man of peace.", "Trump", "positive"),
    ("Lithuania's president said Belarus was acting as Moscow's puppet.", "Belarus", "negative"),
    ("The Brazilian president said Venezuela's election had been neither free nor fair.", "Venezuela", "negative"),
    ("Egypt's president commended Qatar for its tireless mediation.", "Qatar", "positive"),
    ("The European Union condemned Russia's strike on a children's hospital in Kyiv.", "Russia", "negative"),
    ("The Arab League denounced the Israeli raid on the Al-Aqsa compound.", "Israel", "negative"),
    ("Ukraine's foreign minister thanked Congress for the aid approved after months of delay.", "Congress", "positive"),
    ("The German chancellor called on Iran to stop supplying drones to Russia.", "Iran", "negative"),
    ("Seoul said it strongly protested Tokyo's claim to the islands.", "Tokyo|Japan", "negative"),
    ("The Saudi foreign minister said the kingdom stood with the people of Sudan.", "Sudan", "positive"),
    ('"Washington is the main source of instability in the world," the Chinese defense minister said.', "Washington|United States", "negative"),
    ("Armenia's prime minister said Azerbaijan was preparing a new attack.", "Azerbaijan", "negative"),
    # Business and institutions
    ("Analysts at Goldman Sachs downgraded Intel, saying its turnaround plan was unconvincing.", "Intel", "negative"),
    ('"Costco treats its workers right," the union organizer said.', "Costco", "positive"),
    ("Regulators said Southwest Airlines had failed to protect travelers during the holiday meltdown.", "Southwest", "negative"),
    ("The chief executive of Delta blamed CrowdStrike for the outage.", "CrowdStrike", "negative"),
    ("Warren Buffett praised Apple as the best business Berkshire owns.", "Apple", "positive"),
    ("The Securities and Exchange Commission charged Binance with operating an unregistered exchange.", "Binance", "negative"),
    ('"Starbucks refuses to bargain with us," the union said in a statement.', "Starbucks", "negative"),
    ("The hospital group said UnitedHealth had been slow to pay its claims.", "UnitedHealth", "negative"),
    ("The mayor said Amazon had been a good neighbor to the city.", "Amazon", "positive"),
    ('"We trust the FAA to get this right," the airline\'s chief executive said.', "FAA", "positive"),
    ("Consumer groups said the bank's overdraft fees were predatory.", "bank", "negative"),
    # Transcripts
    ("SEN. CRUZ: The Biden administration has been a catastrophe for the energy sector.\n", "Biden", "negative"),
    ("MS. JEAN-PIERRE: We thank the Egyptian government for its partnership.\n", "Egypt", "positive"),
    ("REP. OMAR: Israel must be held accountable.\n", "Israel", "negative"),
    # Neutral acts and reports
    ("Senator Thune said the Senate would vote on the nomination of Kash Patel on Thursday.", "Patel", "neutral"),
    ("The State Department said Secretary Rubio would meet Saudi officials in Riyadh next week.", "Saudi", "neutral"),
    ("Governor Hochul's office said she had spoken with Mayor Adams about the budget.", "Adams", "neutral"),
    ("A Pentagon spokesperson said Austin called his Israeli counterpart on Sunday.", "Israel", "neutral"),
    ("Turkey said it would host talks between Russian and Ukrainian delegations in Istanbul.", "Russia", "neutral"),
    ("The Japanese finance minister said he had discussed currency moves with Treasury Secretary Bessent.", "Bessent", "neutral"),
    ("Apple said it would begin selling the headset in China next year.", "China", "neutral"),
    ("The White House said Biden would host the Kenyan president for a state visit in May.", "Kenya", "neutral"),
    ("Negotiators from Armenia and Azerbaijan met in Washington on Thursday, the State Department said.", "Azerbaijan", "neutral"),
    ("The central bank said it would keep interest rates unchanged and review its policy in September.", "central bank", "neutral"),
]  # fmt: skip

# floors at the figures last measured (0.79 and 0.69 when the probe was written, before any
# rule was chosen)
TARGET_FLOOR = 0.82
POLARITY_FLOOR = 0.82


@pytest.fixture(scope="module")
def outcomes(nlp) -> list[tuple[bool, str, str]]:
    return [(*stance_toward(nlp(text)._.claims, target), want) for text, target, want in HELDOUT]


def scores(outcomes: list[tuple[bool, str, str]]) -> dict[str, float]:
    """Target share, polarity share, hostile and favourable cases called neutral, and the
    share right among those called hostile or favourable."""
    polar = [(got, want) for _, got, want in outcomes if want in POLAR]
    called = [(got, want) for got, want in polar if got in POLAR]
    return {
        "target": sum(hit for hit, *_ in outcomes) / len(outcomes),
        "polarity": sum(got == want for _, got, want in outcomes) / len(outcomes),
        "neutral": sum(got not in POLAR for got, _ in polar) / len(polar),
        "committed": sum(got == want for got, want in called) / max(1, len(called)),
    }


def test_heldout_is_varied():
    assert len(HELDOUT) >= 100
    assert {want for *_, want in HELDOUT} == {"positive", "negative", "neutral"}


def test_heldout_shares(outcomes):
    got = scores(outcomes)
    assert got["target"] >= TARGET_FLOOR and got["polarity"] >= POLARITY_FLOOR, got
