# ruff: noqa: E501 -- a rule table: one case per line, however long the sentence
"""Targets of claims whose content names no actor, one line per case:
(text, cue, targets, target rule).

A definite noun for an actor ("the regime") stands for the actor named last before it
(target.definite_actor); a claim made in answer to an act is aimed at its agent
(target.answered_act); one made in an exchange with an actor ("in a letter to X") at that
actor (target.setting_addressee); one made after its speaker met or spoke with an actor at
that partner (target.exchange_partner); and in a story about two states, a claim of one at
the other (target.story_dyad). Never the speaker, its own state, an audience.
"""

from __future__ import annotations

import pytest
from conftest import claim_with_cue, target_names

DEFINITE_ACTORS = [
    ("North Korea fired a ballistic missile into the sea on Sunday. South Korea's joint chiefs said the regime was escalating tensions.", "said", ["North Korea"], "target.definite_actor"),
    ("Ethiopia closed its border crossings with Eritrea. Eritrea's information minister said the neighbouring country was trying to strangle its economy.", "said", ["Ethiopia"], "target.definite_actor"),  # a state noun
    ("Analysis: Iran enriched uranium to 60 percent last month. Israel's prime minister said the authorities were lying about their programme.", "said", ["Iran"], "target.definite_actor"),  # an analysis piece
    ("ADDIS ABABA, May 3 (Reuters) - Eritrea expelled two aid workers on Monday.\\nThe Ethiopian foreign ministry said the\\nneighbouring country had acted unlawfully.", "said", ["Eritrea"], "target.definite_actor"),  # dateline, hard-wrapped: not the dateline's city
    ("Armenia and Azerbaijan held talks in Geneva. Later, Azerbaijan's foreign minister said the other side had refused to compromise.", "said", ["Armenia"], "target.definite_actor"),  # the counterpart
    ("Pyongyang test-fired two cruise missiles on Friday. Japan's defence minister said the launches were a grave threat.", "said", ["North Korea"], "target.act_agent"),  # an act noun: the agent of the act before
    ("Kenya's president said the government would build more roads.", "said", [], None),  # the speaker's own government
    ("Chinese exports rose sharply last year. The economist argued the country had gained from trade.", "argued", [], None),  # "the country" alone: as often the story's own
    ("The agency said the government would publish the figures on Monday.", "said", [], None),  # no actor named before
    ("Sudan expelled two aid workers. Kenya said the Ugandan government had acted unlawfully.", "said", ["Uganda"], "target.content_mentions"),  # named: not a definite noun
    ("North Korea fired a ballistic missile on Monday, South Korea's military said. Japan argued that the regime was escalating tensions.", "argued", ["North Korea"], "target.definite_actor"),  # not the source of the report
    ("Iran seized an oil tanker on Monday, according to the British navy. London said the regime was a threat to shipping.", "said", ["Iran"], "target.definite_actor"),  # the agent of the act, not its source
    ("Keir Starmer, the leader of the opposition Labour Party, said the government had failed.", "said", ["government"], "target.role_noun"),  # not the speaker's own party
]  # fmt: skip

ANSWERED_ACTS = [
    ("Responding to Beijing's announcement of new drills, Taiwan's defence ministry said the plan was illegal and dangerous.", "said", ["China"], "target.answered_act"),
    ("Russia expelled five Estonian diplomats on Friday. In response, Estonia's foreign minister said it would respond in kind.", "said", ["Russia"], "target.answered_act"),  # a bare "In response": the last act
    ("NAIROBI, Kenya (AP) - Uganda closed its main border crossing with Kenya on Monday.\\nIn response, Kenya's foreign ministry said the closure would hurt traders\\non both sides.", "said", ["Uganda"], "target.answered_act"),  # wire, hard-wrapped
    ("Moscow stepped up its air strikes on Ukrainian cities. Reacting to Moscow, the German chancellor said Europe would not be intimidated.", "said", ["Russia"], "target.answered_act"),  # the actor answered
    ("In response to a question, the minister said the talks would continue.", "said", [], None),  # a question is no act with an agent
    ("Russia expelled five Estonian diplomats on Monday. Ukraine's president Volodymyr Zelensky visited Tallinn on Tuesday. In response, Estonia said it would close its border.", "said", ["Russia"], "target.answered_act"),  # a visit is answered by nothing
    ("Russia expelled two Latvian diplomats. Latvia's navy seized a Russian tanker on Monday. In response, the Latvian foreign ministry said the country would stand firm.", "said", ["Russia"], "target.answered_act"),  # not an act of the speaker's own state
]  # fmt: skip

SETTING_ADDRESSEES = [
    ("In a letter to the European Union, the Hungarian prime minister said the new rules were unacceptable.", "said", ["European Union"], "target.setting_addressee"),
    ("In talks with Japan on Wednesday, the Chinese premier said trade should grow.", "said", ["Japan"], "target.setting_addressee"),
    ("PRESS RELEASE\\nIn a note to Lithuania, the Belarusian\\nforeign ministry said the exercises were a provocation.", "said", ["Lithuania"], "target.setting_addressee"),  # a hard-wrapped release
    ("Speaking to reporters in Ankara, the Turkish president said the attacks must stop.", "said", [], None),  # an audience
    ("In an interview with CNN, the minister said the talks would resume.", "said", [], None),  # a media outlet
    ('"We have a path to victory," added the campaign manager, speaking to CNN after the debate.', "added", [], None),  # an outlet of no known kind: an audience
]  # fmt: skip

EXCHANGE_PARTNERS = [
    ("Finnish President Alexander Stubb met Prime Minister Mark Carney in Ottawa on Monday. They discussed trade. Stubb underscored the importance of Arctic security.", "underscored", ["Mark Carney"], "target.exchange_partner"),
    ("Readout of a call\\n\\nPresident Joe Biden spoke today with Prime Minister Fumio Kishida.\\nPresident Biden underscored the importance of sustaining these investments.", "underscored", ["Fumio Kishida"], "target.exchange_partner"),  # a readout
    ("Finnish President Alexander Stubb met Prime Minister Mark Carney on Monday. The opposition leader underscored the importance of jobs.", "underscored", [], None),  # not the speaker's exchange
    ("The Finnish plan met stiff resistance from the Swedish government. The Finnish minister underscored the importance of jobs.", "underscored", [], None),  # "met resistance": no meeting
    ("Polish Prime Minister Donald Tusk met German Chancellor Friedrich Merz in Berlin. The prime minister said Europe must rearm.", "said", [], None),  # a content with an act of its own: not aimed at the partner
    ("Macron spoke with Zelensky on Monday. Macron said France would host a conference on Africa next year.", "said", [], None),  # an act of its own, elsewhere
    ("Macron spoke with Zelensky on Monday. Russia fired missiles at Kyiv. Macron stressed the importance of unity.", "stressed", [], None),  # another act between
    ("Macron spoke with Zelensky on Monday.\n\nMacron stressed the importance of unity.", "stressed", [], None),  # a new paragraph
    ("Macron spoke with Zelensky on Monday. It rained in Paris. Trade grew. Macron stressed the importance of unity.", "stressed", [], None),  # three sentences back
]  # fmt: skip


# a story about two states: a claim of one aimed at no one named is aimed at the other
STORY_DYADS = [
    ("Guyana accused Venezuela of massing troops on the border. Venezuela denied moving troops. Guyana's president said the country would defend every inch of its land. Caracas insisted it would never give up its claim.", "insisted", ["Guyana"], "target.story_dyad"),
    ("Chile and Peru remain at odds over the port. Peru wants access, and Chile has refused twice. The Peruvian foreign minister said patience was running out.", "said", ["Chile"], "target.story_dyad"),  # an official of one party
    ("Guyana accused Venezuela of massing troops. Venezuela denied it. Brazil urged calm. Brazil's president said force was never the answer.", "said", [], None),  # a third state, as present as the second: no dyad
    ("Armenia and Azerbaijan traded fire. Armenia blamed Azerbaijan, and Azerbaijan blamed Armenia. France said the talks must go on.", "said", [], None),  # a speaker of neither party
    ("Kenya opened a new port on Monday. Kenya's president said the country would build more roads.", "said", [], None),  # one state only
    ("Guyana accused Venezuela of massing troops on the border. Venezuela denied moving troops. Guyana and Venezuela have long disputed the Essequibo. Guyana accused Venezuela again.\n\nThe talks were held in Brazil last year. Caracas insisted it would never give up its claim.", "insisted", [], None),  # its paragraph names a third state
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "cue", "targets", "rule"),
    DEFINITE_ACTORS + ANSWERED_ACTS + SETTING_ADDRESSEES + EXCHANGE_PARTNERS + STORY_DYADS,
)
def test_targets_named_outside_the_content(nlp, text, cue, targets, rule):
    claim = claim_with_cue(nlp, text, cue)
    assert (target_names(claim), claim["event"]["target_rule_id"]) == (targets, rule)


POLARITIES = [
    ("North Korea fired a ballistic missile into the sea. South Korea's joint chiefs said the regime was escalating tensions.", "said", "North Korea", "negative"),
    ("Responding to Beijing's announcement of new drills, Taiwan's defence ministry said the plan was illegal and dangerous.", "said", "China", "negative"),
    ("In a letter to the European Union, the Hungarian prime minister said the new rules were unacceptable.", "said", "European Union", "negative"),
    ("Finnish President Alexander Stubb met Prime Minister Mark Carney on Monday. Stubb stressed that Finland would always stand up for its values and its friends.", "stressed", "Mark Carney", "neutral"),  # the content's own tone is no stance toward the partner
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "target", "polarity"), POLARITIES)
def test_polarity_toward_a_target_named_outside_the_content(nlp, text, cue, target, polarity):
    claim = claim_with_cue(nlp, text, cue)
    assert (target_names(claim)[:1], claim["stance"]["polarity"]) == ([target], polarity)
