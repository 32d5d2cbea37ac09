"""Stance toward a named target in news writing, one line per case: (sentence, target, polarity).

A probe of quotes, reported speech, "X called Y ...", "X said of Y", praise and criticism with no
event verb, negation, conditionals and questions, written as a specification of what an
analyst expects: the target (alternative names split by '|') must be the first target of one
of the sentence's claims, and that claim's polarity toward it is the expected one. Cases the
pipeline still misses are measured by the share test, which may not fall below its floor.
"""

from __future__ import annotations

import pytest

PROBE = [
    # US politics: direct quotes, praise and criticism with no event verb
    ('"This administration has been reckless with our money," Senator Joni Ernst said of the White House.', "White House", "negative"),
    ('"Governor Shapiro has been a steady hand through all of this," Mayor Cherelle Parker said.', "Shapiro", "positive"),
    ("Representative Jamie Raskin called Jim Jordan's subpoena a political stunt.", "Jim Jordan", "negative"),
    ('"Mike Johnson is a weak speaker who cannot control his own conference," Representative Matt Gaetz said.', "Mike Johnson", "negative"),
    ("Senator Lisa Murkowski said Pete Hegseth was not qualified to lead the Pentagon.", "Hegseth", "negative"),
    ('"I do not trust Mark Zuckerberg," Senator Josh Hawley told reporters.', "Zuckerberg", "negative"),
    ("Senator Chris Murphy said the Justice Department was not doing its job.", "Justice Department", "negative"),
    ("House Speaker Mike Johnson praised President Trump for his leadership on the border.", "Trump", "positive"),
    ("Former Vice President Mike Pence said Donald Trump had put him and his family in danger on January 6.", "Trump", "negative"),
    ('"Liz Cheney is a traitor to her party," the former president wrote on social media.', "Liz Cheney", "negative"),
    ("Governor Gavin Newsom described Ron DeSantis as a bully.", "DeSantis", "negative"),
    ("Senator Bernie Sanders accused Amazon of exploiting its warehouse workers.", "Amazon", "negative"),
    ("Senate Majority Leader Chuck Schumer said Senator Joe Manchin deserved credit for the deal.", "Manchin", "positive"),
    ('"Kevin McCarthy kept his word," Representative Don Bacon said.', "McCarthy", "positive"),
    ('"They lied to us," the union leader said of General Motors executives.', "General Motors", "negative"),
    ("Nikki Haley said Vivek Ramaswamy had no foreign policy experience.", "Ramaswamy", "negative"),
    ('Senator Ted Cruz said of Secretary Mayorkas: "He has failed at every turn."', "Mayorkas", "negative"),
    ('"The senator from Arizona has shown real courage," Schumer said of Kyrsten Sinema.', "Sinema", "positive"),
    ("Trump lashed out at Judge Arthur Engoron, calling him corrupt and biased.", "Engoron", "negative"),
    ("Biden called Trump's comments about NATO dangerous and un-American.", "Trump", "negative"),
    ("Democrats said the House Republicans' budget would hurt millions of families.", "Republicans", "negative"),
    ("Senator Tim Scott said he was proud to endorse Donald Trump.", "Trump", "positive"),
    ("\"Nancy Mace doesn't know what she's talking about,\" a spokesman for Governor Henry McMaster said.", "Nancy Mace", "negative"),
    ("Governor Kathy Hochul said Mayor Eric Adams had lost the trust of New Yorkers.", "Eric Adams", "negative"),
    ("Representative Alexandria Ocasio-Cortez said Senator Bernie Sanders had inspired a generation of activists.", "Sanders", "positive"),
    ('Mitch McConnell said Trump was "practically and morally responsible" for the events of that day.', "Trump", "negative"),
    ("Former President Barack Obama called John Lewis an American hero.", "John Lewis", "positive"),
    ('"We will not let Elon Musk dismantle our government," Senator Elizabeth Warren said.', "Musk", "negative"),
    ('Musk said Warren was "a total hypocrite."', "Warren", "negative"),
    ("The White House said it would work with Republicans in Congress on a border deal.", "Republicans", "positive"),
    ("Governor Greg Abbott said President Biden had abandoned Texas.", "Biden", "negative"),
    ('"I applaud Secretary Buttigieg for acting quickly," Senator Sherrod Brown said.', "Buttigieg", "positive"),
    ('Representative Marjorie Taylor Greene said of Speaker Johnson, "He has betrayed the conservatives who elected him."', "Johnson", "negative"),
    ("Republicans slammed the FBI's handling of the investigation as politically motivated.", "FBI", "negative"),
    ("The Democratic National Committee called the Trump campaign's new ad racist.", "Trump", "negative"),
    ('"It is an honor to serve alongside Senator Klobuchar," Senator Tina Smith said.', "Klobuchar", "positive"),
    ("Senator Lindsey Graham said he was disappointed in Senator Romney's vote.", "Romney", "negative"),
    ("Attorney General Merrick Garland defended special counsel Jack Smith against the attacks.", "Jack Smith", "positive"),
    ("Representative Jim Jordan accused the Justice Department of targeting conservatives.", "Justice Department", "negative"),
    ('Trump said Nikki Haley was "not presidential material."', "Haley", "negative"),
    ('"If Congress fails to act, the president will use every tool he has," the press secretary said.', "Congress", "negative"),
    ("Senator Mark Warner said the intelligence community had done an excellent job.", "intelligence community", "positive"),
    ("Senator John Fetterman said Israel had every right to defend itself.", "Israel", "positive"),
    ('"Ron DeSantis would be a disaster for this country," Trump told the crowd in Iowa.', "DeSantis", "negative"),
    ("Governor Gretchen Whitmer said the automakers had negotiated in good faith with the union.", "automakers", "positive"),
    ('Senator Susan Collins said Judge Ketanji Brown Jackson had given "thoughtful and candid" answers.', "Jackson", "positive"),
    ('Jeffries said Speaker Johnson\'s shutdown plan was "extreme and reckless."', "Johnson", "negative"),
    ("Senator Cory Booker said the police officers involved should be held accountable.", "police officers", "negative"),
    # International relations
    ("China's foreign ministry said Washington's chip export controls were \"a blatant act of economic bullying.\"", "Washington|United States", "negative"),
    ('"Russia has shown it cannot be trusted," the Estonian prime minister said.', "Russia", "negative"),
    ("The German chancellor said Poland had been a reliable partner throughout the crisis.", "Poland", "positive"),
    ('India\'s external affairs minister described the talks with China as "constructive."', "China", "positive"),
    ("The Kremlin said the new sanctions by the European Union were illegal.", "European Union", "negative"),
    ("Ukraine's president thanked Britain for its unwavering support.", "Britain|United Kingdom", "positive"),
    ("Japan's prime minister said he would not meet the North Korean leader without preconditions.", "North Korea|Kim", "negative"),
    ("Iran warned Israel that any attack on its nuclear sites would be met with a crushing response.", "Israel", "negative"),
    ("Egypt's foreign minister said Ethiopia's dam posed an existential threat.", "Ethiopia", "negative"),
    ("The Saudi crown prince said relations with Washington had never been stronger.", "Washington|United States", "positive"),
    ('"The Philippines will not be intimidated by China," the Philippine defense secretary said.', "China", "negative"),
    ('Turkey\'s president called Israel\'s prime minister "the butcher of Gaza."', "Israel|Netanyahu", "negative"),
    ("The EU's foreign policy chief said Serbia had failed to meet its commitments to Kosovo.", "Serbia", "negative"),
    ("Beijing said it firmly opposed the Taiwanese president's stopover in the United States.", "Taiwan", "negative"),
    ("Canada's foreign minister said India had violated Canadian sovereignty.", "India", "negative"),
    ("France said it was ready to help Lebanon rebuild its port.", "Lebanon", "positive"),
    ("South Korea's president said Japan was now a partner that shares universal values.", "Japan", "positive"),
    ("The African Union suspended Niger after the coup.", "Niger", "negative"),
    ("Mexico's president said the United States should respect Mexican sovereignty.", "United States", "negative"),
    ("The Russian foreign ministry summoned the Moldovan ambassador to protest the expulsion of diplomats.", "Moldova", "negative"),
    ("Poland's president said Germany had not done enough to help Ukraine.", "Germany", "negative"),
    ("The Chinese ambassador said Australia was a valued trading partner.", "Australia", "positive"),
    ("Taiwan's defense ministry said Chinese warplanes had crossed the median line.", "China", "negative"),
    ("Israel accused the United Nations relief agency of collaborating with Hamas.", "United Nations", "negative"),
    ("The Indian government rejected Pakistan's offer of talks.", "Pakistan", "negative"),
    ("Nigeria's foreign minister welcomed Ghana's decision to reopen the border.", "Ghana", "positive"),
    ("Vietnam protested China's deployment of an oil rig in disputed waters.", "China", "negative"),
    ('North Korea\'s state media called the South Korean president a "traitor."', "South Korea", "negative"),
    ("The Japanese government said it would provide $500 million in aid to the Philippines.", "Philippines", "positive"),
    ("Armenia's prime minister said Russia had failed to protect Armenia.", "Russia", "negative"),
    ("Ukraine said it did not blame Poland for the missile that landed on its territory.", "Poland", "neutral"),
    # Business
    ("Shareholders accused Tesla's board of failing to rein in Elon Musk.", "Tesla", "negative"),
    ('"Microsoft has been an outstanding partner," OpenAI\'s chief executive said.', "Microsoft", "positive"),
    ("The union said Boeing had broken its promises to workers.", "Boeing", "negative"),
    ("Analysts at Morgan Stanley said Nvidia's results were exceptional.", "Nvidia", "positive"),
    ("The Federal Trade Commission sued Amazon, alleging that it illegally maintained a monopoly.", "Amazon", "negative"),
    ("Regulators fined Meta $1.3 billion for violating European privacy rules.", "Meta", "negative"),
    ('"Apple is stifling competition," the Epic Games chief executive said.', "Apple", "negative"),
    ("The chief executive of Ford said Tesla had done a remarkable job building its charging network.", "Tesla", "positive"),
    ("Investors said the Disney chief executive had made a series of costly mistakes.", "Disney", "negative"),
    ('Senator Warren called Wells Fargo\'s conduct "a disgrace."', "Wells Fargo", "negative"),
    ("The airline said it was working closely with the Federal Aviation Administration.", "Federal Aviation Administration", "positive"),
    ("The European Commission said Google had abused its dominant position in online advertising.", "Google", "negative"),
    ("Toyota's chairman said the government's electric vehicle targets were unrealistic.", "government", "negative"),
    ("A spokesman for Pfizer said the company welcomed the FDA's decision.", "FDA|Food and Drug Administration", "positive"),
    ("Unions praised the Labor Department's new overtime rule.", "Labor Department", "positive"),
    ("Boeing's chief executive apologized to the families of the crash victims.", "families", "positive"),
    ('"We have full confidence in Sam Altman," Microsoft\'s chief executive said.', "Altman", "positive"),
    ("The Teamsters said UPS had refused to bargain in good faith.", "UPS", "negative"),
    # Negation
    ("Senator Joe Manchin said he would not vote for Neera Tanden.", "Tanden", "negative"),
    ('"Nobody has done more for Israel than Donald Trump," Netanyahu said.', "Trump", "positive"),
    ("Governor DeSantis said he had never trusted Anthony Fauci.", "Fauci", "negative"),
    ('"Jerome Powell is not the problem," Treasury Secretary Janet Yellen said.', "Powell", "positive"),
    ("The Pentagon said it was not aware of any Chinese balloon over Hawaii.", "China|Chinese", "neutral"),
    ("Senator Collins said she did not doubt Judge Kavanaugh's integrity.", "Kavanaugh", "positive"),
    # Conditionals
    ("Trump said he would impose 25 percent tariffs on Canada if it did not stop the flow of drugs.", "Canada", "negative"),
    ("The European Union said it would retaliate if Washington raised tariffs on European steel.", "Washington|United States", "negative"),
    ("Biden said he would veto any bill from House Republicans that cut Social Security.", "Republicans", "negative"),
    ('"Should Iran attack, we will respond decisively," the Israeli defense minister said.', "Iran", "negative"),
    # Questions do not assert
    ('"Did Secretary Blinken know about the withdrawal plan?" Senator Jim Risch asked during the hearing.', "Blinken", "neutral"),
    ('"Has the president spoken with Prime Minister Netanyahu this week?" a reporter asked.', "Netanyahu", "neutral"),
    ("Lawmakers asked the Federal Reserve whether it planned to cut interest rates.", "Federal Reserve", "neutral"),
    # Neutral acts and statements
    ("Secretary of State Antony Blinken met with his Chinese counterpart Wang Yi in Beijing.", "Wang Yi", "neutral"),
    ("The president spoke by phone with Chancellor Olaf Scholz on Monday, the White House said.", "Scholz", "neutral"),
    ("Senator Schumer said the Senate would vote on the bill next week.", "Senate", "neutral"),
    ("The Commerce Department said exports to Mexico rose 4 percent in March.", "Mexico", "neutral"),
    ("Representative Pelosi told reporters that she had spoken with Senator Schumer about the schedule.", "Schumer", "neutral"),
    ("The company said it would hold talks with the union on Friday.", "union", "neutral"),
    ("Macron will travel to Beijing next month to meet President Xi Jinping, the Elysee said.", "Xi Jinping", "neutral"),
    ("Speaker Johnson said he met with Leader Jeffries on Tuesday to discuss the spending bill.", "Jeffries", "neutral"),
    # "X called Y ..."
    ('President Biden called Vladimir Putin a "murderous dictator."', "Putin", "negative"),
    ('Trump called Representative Adam Schiff a "sleazebag."', "Schiff", "negative"),
    ("Governor Newsom called President Biden one of the most consequential presidents in history.", "Biden", "positive"),
    ("Senator Graham called the Supreme Court ruling a victory for the Constitution.", "Supreme Court", "positive"),
    ('Representative Raskin called Elon Musk\'s cuts "illegal and unconstitutional."', "Musk", "negative"),
    # Evaluation with no event verb
    ('"Senator Feinstein was a giant," Pelosi said.', "Feinstein", "positive"),
    ('"The Federal Reserve got it wrong," Senator Warren said.', "Federal Reserve", "negative"),
    ("\"Chairman Comer's investigation is a joke,\" Representative Dan Goldman said.", "Comer", "negative"),
    ('"Vice President Harris is smart, tough and ready to lead," Senator Booker said.', "Harris", "positive"),
    ("\"Putin's regime is weak and desperate,\" the British foreign secretary said.", "Putin", "negative"),
    ('Hochul said the state\'s nurses were "true heroes."', "nurses", "positive"),
    # "said of"
    ('"He has been a loyal friend to this country," Zelensky said of Biden.', "Biden", "positive"),
    ('"She is dangerous," Trump said of Harris.', "Harris", "negative"),
    ('"It was an act of cowardice," the mayor said of the gunman.', "gunman", "negative"),
    # Transcripts
    ("SEN. WARREN: The chief executive of Wells Fargo has failed his customers again and again.\n", "Wells Fargo", "negative"),
    ("MR. KIRBY: We appreciate Qatar's role in the negotiations.\n", "Qatar", "positive"),
]  # fmt: skip

TARGET_FLOOR = 0.90  # share of cases whose target is some claim's first target
POLARITY_FLOOR = 0.88  # share of cases with the expected polarity
NEUTRAL_CEILING = 0.13  # share of the hostile and favourable cases called neutral
COMMITTED_FLOOR = 0.98  # share right among the hostile and favourable cases called so


POLAR = ("positive", "negative")


def _names(target: dict) -> list[str]:
    return [n.lower() for n in (target.get("name"), target.get("text")) if n]


def _is(target: dict, expected: str) -> bool:
    """The target is one of the expected names, or a name that contains or is contained in
    one ("Joe Biden" for "Biden", "Wells Fargo" for "Wells Fargo's conduct")."""
    alts = [a.lower() for a in expected.split("|")]
    return any(a in n or (len(n) > 3 and n in a) for a in alts for n in _names(target))


def stance_toward(claims: list[dict], expected: str) -> tuple[bool, str]:
    """Whether a claim has the expected first target, and the polarity of that claim (else
    of the sentence's first reporting claim; "none" with no claim)."""
    hit = next((c for c in claims if c["targets"] and _is(c["targets"][0], expected)), None)
    top = [c for c in claims if not c.get("parent_claim_id")] or claims
    chosen = hit or (top[0] if top else None)
    return hit is not None, chosen["stance"]["polarity"] if chosen else "none"


@pytest.fixture(scope="module")
def outcomes(nlp) -> list[tuple[bool, str, str]]:
    return [(*stance_toward(nlp(text)._.claims, target), want) for text, target, want in PROBE]


def test_probe_is_varied():
    assert len(PROBE) >= 120
    assert {want for *_, want in PROBE} == {"positive", "negative", "neutral"}


def test_target_share(outcomes):
    assert sum(hit for hit, *_ in outcomes) / len(outcomes) >= TARGET_FLOOR


def test_polarity_share(outcomes):
    assert sum(got == want for _, got, want in outcomes) / len(outcomes) >= POLARITY_FLOOR


def test_neutral_share(outcomes):
    """Among the hostile and favourable cases, those called neutral (or with no claim)."""
    polar = [got for _, got, want in outcomes if want != "neutral"]
    assert sum(got in ("neutral", "none") for got in polar) / len(polar) <= NEUTRAL_CEILING


def test_committed_share(outcomes):
    """Where a hostile or favourable case is called hostile or favourable, it is right."""
    called = [(got, want) for _, got, want in outcomes if want != "neutral" and got in POLAR]
    assert sum(got == want for got, want in called) / len(called) >= COMMITTED_FLOOR
