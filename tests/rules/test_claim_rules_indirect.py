"""The claim rules of the indirect family (and of the attitudes, which write indirect ids)
as a specification, in the markup of test_claim_rules.py: one line per case, the
expectation marked inline. The sentences are our own."""

from __future__ import annotations

import pytest
from test_claim_rules import outcome, parse_case

CASES = [
    # indirect: a cue and its complement
    "<sp>Peru</sp> <cue>warned</cue> that <c rule=indirect.ccomp pol=neg>the harbour would stay closed</c>.",
    "<sp>The lawyer</sp> <cue>argued</cue> that <c rule=indirect.ccomp>his client never meant any harm</c>. “<c rule=direct.quote_after_indirect>He was joking, and everyone in the room knew it.</c>” The court met again.",
    "<sp>Stone</sp> <cue>says</cue> <c rule=indirect.object_clause>the harbour fee that the council defends also makes the port far less busy</c>.",
    "[no indirect.object_clause] The mayor said many things that upset the fishermen.",
    "<sp>Peru</sp> did not <cue>deny</cue> that <c rule=indirect.ccomp neg=yes>the harbour was closed</c>.",
    "<sp>The mayor</sp> was quick to <cue>point out</cue> that <c rule=indirect.ccomp>the harbour is closed</c>.",
    "<sp>Voters</sp> were more likely to <cue>say</cue> that <c rule=indirect.ccomp>the harbour is safe</c>.",
    "<sp>Peru</sp> <cue>pledged</cue> <c rule=indirect.xcomp mod=future>to rebuild the harbour</c>.",
    "Peru, meanwhile, which has no harbour of its own, <cue>said</cue> <c rule=indirect.ccomp>the new fee was unfair</c>.",  # the clause after the cue, not the subject the parser made a ccomp
    "[no indirect.xcomp] Peru wants to rebuild the harbour.",
    "[no indirect.xcomp] Peru plans to rebuild the harbour.",
    "<sp>Peru</sp> <cue>wants</cue> <c rule=indirect.volition_xcomp>to rebuild the harbour</c>.",
    "<sp>The council</sp> <cue>decided</cue> <c rule=indirect.volition_xcomp>to close the harbour</c>.",
    "<sp>The mayor</sp> <cue>plans</cue> <c rule=mixed.volition_xcomp_with_quote>to rebuild the “old” harbour</c>.",
    "[no indirect.volition_xcomp] The harbour wants to be rebuilt.",  # no holder of a wish
    "<sp>The mayor</sp> <cue>supports</cue> <c rule=indirect.attitude_object>the new harbour fee</c>.",
    "<sp>The mayor</sp> <cue>backed</cue> <c rule=indirect.attitude_object>the plan to widen the harbour</c>.",
    "<sp>The mayor</sp> <cue>favors</cue> <c rule=mixed.attitude_object_with_quote>the “harbour first” plan</c>.",
    "[no indirect.attitude_object] Would you support a new harbour fee?",  # the reader
    "[no indirect.attitude_object] The new pillars support the harbour wall.",  # no holder
    "<sp>The mayor</sp> <cue>supports</cue> <c rule=indirect.attitude_gerund>raising the harbour fee</c>.",
    "<sp>The mayor</sp> <cue>backs</cue> <c rule=mixed.attitude_gerund_with_quote>raising the “harbour” fee</c>.",
    "[no indirect.attitude_gerund] Would you support raising the harbour fee?",  # the reader
    "<sp>Peru</sp> <cue>wants</cue> <c rule=indirect.subject_infinitive>the old harbour to be rebuilt</c>.",
    "<sp>Peru</sp> <cue>expects</cue> <c rule=mixed.subject_infinitive_with_quote>the “old” harbour to be rebuilt</c>.",
    "<c rule=indirect.generated_passive_xcomp sp=none>The new fee is <cue>intended</cue> to fund the harbour</c>.",
    "<c rule=mixed.generated_passive_xcomp_with_quote sp=none>The new fee is <cue>intended</cue> to fund the “old” harbour</c>.",
    "<sp>The mayor</sp> <cue>learned</cue> <c rule=indirect.generated_wh_clause>how the harbour was built</c>.",
    "<sp>The mayor</sp> is still <cue>determining</cue> <c rule=mixed.generated_wh_clause_with_quote>whether the “old” harbour can open</c>.",
    "<sp>The mayor</sp> <cue>saw</cue> that <c rule=indirect.perception_ccomp>the harbour was empty</c>.",
    "<sp>The mayor</sp> <cue>saw</cue> that <c rule=mixed.perception_ccomp_with_quote>the harbour was “empty</c>”.",
    "[no indirect.perception_ccomp] The mayor saw the ferry leave.",  # an act seen, no claim
    "[no indirect.ccomp] The fishermen feel that the harbour is unsafe.",
    "<sp>Peru</sp> <cue>urged</cue> <c rule=indirect.object_xcomp>Chile to rebuild the harbour</c>.",
    "<sp>Peru</sp> <cue>called for</cue> <c rule=indirect.prep_complement>a new harbour</c>.",
    "<sp>The mayor</sp> <cue>railed against</cue> <c rule=indirect.prep_complement>the new harbour tax</c>.",
    "<sp>The council</sp> <cue>argued for</cue> <c rule=indirect.prep_complement>a new harbour</c>.",
    "<sp>The mayor</sp> <cue>referred to</cue> <c rule=indirect.prep_complement>the fishermen as heroes</c>.",
    "<sp>The fishermen</sp> <cue>complained about</cue> <c rule=indirect.topic_prep>the noise in the harbour</c>.",
    "[no indirect.topic_prep] The mayor asked about the harbour.",
    "<cue>Asked about</cue> <c rule=indirect.question_put>the harbour fee</c>, the mayor smiled.",
    "The mayor was <cue>asked about</cue> <c rule=indirect.question_put>the harbour fee</c> on Monday.",
    "<cue>Asked about</cue> <c rule=mixed.question_put_with_quote>the “harbour tax</c>,” the mayor smiled.",
    "<cue>Asked</cue> <c rule=indirect.question_put>if the fee was fair</c>, the mayor shrugged.",  # the parser's adverbial clause
    "<cue>Asked</cue> <c rule=indirect.question_put>if the ferry was late</c>, the mayor sighed.",
    "[no indirect.question_put] The questions asked at the meeting were about the harbour.",
    "[no indirect.question_put] The mayor was asked to leave the harbour.",
    "[no indirect.topic_prep] The mayor was told about the harbour.",
    "[no indirect.topic_prep] A fisherman accused of theft left the harbour.",
    "<sp>The mayor</sp> is <cue>calling for</cue> <c rule=indirect.particle_clause>the government to rebuild the harbour</c>.",
    "<sp>Peru</sp> <cue>announced</cue> <c rule=indirect.dobj>a new harbour</c>.",
    "<sp>The fishermen</sp> <cue>lamented</cue> <c rule=indirect.dobj pol=neg>the loss of the harbour</c>.",
    "<sp>The mayor</sp> <cue>trumpeted</cue> <c rule=indirect.dobj>the new harbour</c>.",
    "<sp>The mayor</sp> <cue>recalled</cue> <c rule=indirect.dobj>the storm of 1990</c>.",
    "<sp>The mayor</sp> <cue>predicted</cue> <c rule=indirect.dobj>a long winter</c>.",
    "<sp>The fishermen</sp> <cue>pushed for</cue> <c rule=indirect.prep_complement>a new harbour</c>.",
    "<sp>The council</sp> <cue>voted</cue> <c rule=indirect.xcomp>to keep the harbour open</c>.",
    "<sp>The mayor</sp> <cue>talked up</cue> <c rule=indirect.dobj>the new harbour</c>.",
    "<sp>The company</sp> <cue>reported</cue> <c rule=indirect.xcomp>earning five million dollars in March</c>.",
    "<sp>Peru</sp> <cue>called</cue> <c rule=indirect.object_predicate pol=neg>the harbour a disaster</c>.",
    "<sp>Peru</sp> <cue>accused</cue> <c rule=indirect.object_prep pol=neg>Chile of sabotage</c>.",
    "<sp>Peru</sp> <cue>accused</cue> <c rule=indirect.object_prep>the mayor of the port of neglect</c>.",  # "of" on the object
    "<sp>The mayor</sp> <cue>called</cue> <c rule=indirect.object_predicate>the plan reckless</c> and left the room.",  # her next act is no content
    "<sp>The union</sp> <cue>called</cue> <c rule=indirect.object_predicate>the mayor's plan racist</c>.",  # the parser hangs the object on the predicate
    "[no indirect.object_predicate] The fishermen founded a club called Harbour Watch.",  # a name given, no claim
    # a cue inside another claim's content reports part of that claim: no claim of its own
    "<sp>The mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>she believes the harbour is safe</c>.",
    "<sp>Peru</sp> <cue>said</cue> that <c rule=indirect.ccomp>Chile had claimed that the harbour was closed</c>.",
    # a fronted phrase that frames the sentence as a source's finding or someone's view
    "In <sp>a new poll</sp>, <c rule=indirect.framing_prep>most voters backed the mayor</c>.",
    "To <sp>her critics</sp>, <c rule=mixed.framing_prep_with_quote>the harbour plan is “a gamble</c>.”",
    "<c rule=indirect.poll_phrase>Lopez held a ten-point lead among older voters</c> in <sp>a new poll</sp>.",
    "<c rule=mixed.poll_phrase_with_quote>Lopez held a “solid” lead</c> in <sp>a survey of fishermen</sp>.",
    "[no indirect.poll_phrase] Lopez trails the mayor in the polls.",  # a standing, no one poll
    "[no indirect.framing_prep] In a statement, the mayor said the harbour is safe.",  # the cue's own
    "[no indirect.framing_prep] For the mayor, the harbour is the town's future.",
    "[no indirect.framing_prep] In March, the harbour was closed.",
    # an act not reported as done makes no claim of its own
    "[no indirect.dobj] The mayor refused to endorse the new harbour plan.",  # an infinitive
    "[no indirect.dobj] The court barred the mayor from criticizing the port.",  # kept from it: not done
    "[no indirect.ccomp] The agency barred firms from claiming that the water was clean.",  # not said
    "[no indirect.dobj] Peru said it would endorse the harbour plan.",  # a modal, embedded
    "<sp>The mayor</sp> will <cue>endorse</cue> <c rule=indirect.dobj>the harbour plan</c>.",  # a main clause's modal
    # attitudes: a predicate adjective with a clause or a phrase of what it is about
    "<sp>The mayor</sp> is <cue>confident</cue> that <c rule=indirect.attitude_clause>the harbour will reopen</c>.",
    "<sp>The council</sp> is <cue>eager</cue> <c rule=indirect.attitude_clause>to rebuild the harbour</c>.",
    "<sp>The mayor</sp> is <cue>angry about</cue> <c rule=indirect.attitude_prep>the new fee</c>.",
    "[no indirect.attitude_clause] The mayor is likely to win again.",  # a modality
    "[no indirect.attitude_clause] Lopez is able to rebuild the harbour.",
    # a share of those polled holds its answer
    "<sp>Forty percent of the fishermen</sp> would <cue>vote for</cue> <c rule=indirect.poll_answer>the mayor</c>.",
    "<sp>A majority of voters</sp> <cue>support</cue> <c rule=indirect.poll_answer>the new harbour fee</c>.",
    "<sp>Ten percent</sp> would <cue>vote for</cue> <c rule=mixed.poll_answer_with_quote>the “harbour party</c>.”",
    "[no indirect.poll_answer] Half of the boats in the harbour are white.",
    "[no indirect.poll_answer] Thirty percent of the boats carry fish to the market.",
    "[no indirect.attitude_prep] The mayor is popular with the fishermen.",  # no phrase of what it is about
    "[no indirect.attitude_clause] The harbour is ready to reopen.",  # no holder of an attitude
    "<sp>The mayor</sp> <cue>made</cue> it clear that <c rule=indirect.made_known>the harbour would stay open</c>.",
    "<sp>The mayor</sp> <cue>made clear</cue> that <c rule=mixed.made_known_with_quote>the harbour was “not for sale</c>.”",
    "<sp>The mayor</sp> <cue>made</cue> it abundantly clear that <c rule=indirect.made_known>the ferries would run</c>.",  # an adverb between
    "[no indirect.made_known] The storm made it clear that the harbour would close.",  # no one who holds it
    "[no indirect.made_known] The mayor made the harbour clean again.",  # no adjective of making known
    # the content runs on over the cue's phrases after its complement, to the clause's end
    "<sp>The mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>the harbour would reopen, and that the ferries would run again</c>.",
    "<sp>The mayor</sp> <cue>announced</cue> <c rule=indirect.dobj>a new harbour at a meeting with the fishermen</c>.",
    "<sp>The mayor</sp> <cue>announced</cue> <c rule=indirect.dobj>a new harbour</c> at a meeting on March 3, 2021.",  # when it was said: no content
    "<sp>The mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>the harbour was safe</c>, and the crowd cheered.",  # a clause of the author's
    "<c rule=indirect.ccomp>The ferries will run again</c>, <sp>the mayor</sp> <cue>told</cue> reporters at the harbour.",  # not over the cue
    "<cue>According to</cue> <sp>Peru</sp>, <c rule=indirect.according_to>the harbour is closed</c>.",
    "<c rule=indirect.evidential sp=none mod=hedged>The harbour <cue>seemed</cue> to be closed</c>.",
    "<c rule=indirect.evidential_predicate sp=none>The mayor <cue>seemed</cue> irritated</c>.",
    "The ferry left late and <cue>appeared</cue> <c rule=indirect.evidential_conjunct sp=none>likely to miss the tide</c>.",
    "Stocks fell early and <cue>seemed</cue> <c rule=mixed.evidential_conjunct_with_quote sp=none>to “recover” by noon</c>.",
    "<c rule=indirect.evidential_adverb sp=none>The company <cue>reportedly</cue> paid the fine in March</c>.",
    "[no indirect.evidential_adverb] The company apparently paid the fine in March.",
    "It <cue>seems</cue> likely that <c rule=indirect.evidential_predicate sp=none>the harbour will close</c>.",
    "<c rule=indirect.passive_predicate sp=none>The harbour is <cue>considered</cue> a symbol of the town</c>.",
    "[no indirect.passive_predicate] The harbour was closed as a precaution.",
    "<c rule=indirect.passive_predicate sp=none>The mayor was <cue>criticized</cue> for closing the harbour</c>.",
    "<sp>The mayor</sp> <cue>sees</cue> <c rule=indirect.object_predicate>the harbour as a burden</c>.",
    "[no indirect.object_predicate] The mayor saw that the harbour was empty.",
    "<c rule=indirect.as_clause>The harbour is closed</c>, as <sp>the mayor</sp> <cue>noted</cue>.",
    "<c rule=indirect.parenthetical>The harbour, <sp>Peru</sp> <cue>said</cue>, would stay closed</c>.",
    "<c rule=indirect.speech_tag>Couple a storm with a strike that never ends and the harbour gets nervous</c>, <cue>said</cue> <sp>Anna Lopez</sp>, the port director.",
    "<c rule=indirect.speech_tag>Because the boats needed repairs</c>, <sp>I</sp> <cue>think</cue>.",
    "The report, <sp>which</sp> <cue>concluded</cue> that <c rule=indirect.ccomp>the mayor broke the rules</c>, was leaked.",
    "[no indirect.ccomp] The forum, which lets officials meet, says nothing.",
    "<c rule=indirect.passive_xcomp sp=none>The harbour is <cue>expected</cue> to reopen soon</c>.",
    "It is <cue>expected</cue> <c rule=indirect.passive_xcomp sp=none>to reopen soon</c>.",  # no subject to take
    "<c rule=indirect.passive_agent>The plan was <cue>rejected</cue> by <sp>the council</sp> as unsafe</c>.",
    "[no indirect.passive_agent] The plan was rejected as unsafe.",
    "<sp>The mayor</sp> <cue>wondered</cue> <c rule=indirect.belief_wh_clause>whether the harbour would reopen</c>.",  # a question held
    "<sp>The mayor</sp> <cue>knows</cue> <c rule=mixed.belief_wh_clause_with_quote>how the “harbour vote” went</c>.",
    "<sp>The mayor</sp> <cue>knew</cue> <c rule=indirect.belief_wh_clause>what the fishermen wanted</c>.",  # a held belief, no ccomp claim
    "[no indirect.belief_wh_clause] The mayor said what the fishermen wanted.",  # a cue of saying: its own frames
    "<sp>The union</sp> <cue>endorsed</cue> <c rule=indirect.pronoun_object>her for the harbour board</c>.",  # a side taken on a person
    "<sp>The mayor</sp> <cue>criticized</cue> <c rule=mixed.pronoun_object_with_quote>them as “harbour pirates.</c>”",
    "[no indirect.pronoun_object] The new posters criticizing them were torn down.",  # no holder who takes a side
    "[no indirect.pronoun_object] The harbour revealed itself at dawn.",  # a reflexive object
    "<sp>Peru</sp> voiced <cue>concern</cue> that <c rule=indirect.noun_that pol=neg>the harbour would close</c>.",
    "<sp>His</sp> <cue>argument</cue> was that <c rule=indirect.noun_that>the harbour should close</c>.",
    "<sp>The mayor</sp> entered the debate with an <cue>argument</cue> that <c rule=indirect.noun_that>the harbour should close</c>.",
    "The <cue>claims</cue> by <sp>the fishermen</sp> that <c rule=indirect.noun_that>the harbour was unsafe</c> were heard in March.",
    "The storm came amid <cue>reports</cue> that <c rule=indirect.noun_that sp=none>the harbour was unsafe</c>.",
    "<sp>Her</sp> <cue>defence</cue> of <c rule=indirect.noun_prep>the harbour plan</c> was firm.",
    "<sp>His</sp> <cue>call</cue> <c rule=indirect.noun_infinitive>to close the harbour</c> was rejected.",
    "The storms only reinforced <sp>our</sp> <cue>commitment</cue> <c rule=indirect.noun_infinitive>to rebuild the harbour</c>.",  # not the subject that names no one
    "[no indirect.noun_prep] The support for the harbour plan grew.",
    "<sp>The mayor</sp> voiced <cue>criticism</cue> of <c rule=indirect.light_noun_prep>the new harbour plan</c>.",
    "<sp>The mayor</sp> made a <cue>call</cue> <c rule=indirect.light_noun_infinitive>to close the harbour</c>.",
    "[no indirect.light_noun_prep] The mayor read the criticism of the new harbour plan.",
    "<sp>The mayor</sp> made the <cue>case</cue> that <c rule=indirect.noun_that>the harbour should close</c>.",
    "<cue>In the words of</cue> <sp>the mayor</sp>, <c rule=indirect.words_of>the harbour is a disgrace</c>.",
    "<c rule=indirect.as_clause>The harbour is a disgrace</c>, as <sp>the mayor</sp> <cue>put</cue> it.",
    "[no indirect.as_clause] The mayor put it on the table.",
    # indirect: how far a complement runs, and who holds it
    "<cue>Asked</cue> <c rule=indirect.ccomp sp=none>whether the harbour would close</c>, <sp>the mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>she did not know</c>.",
    "<sp>The council</sp> issued a statement <cue>saying</cue> <c rule=indirect.ccomp>the harbour would close</c>.",
    "The report is long. <sp>It</sp> <cue>says</cue> that <c rule=indirect.ccomp>the harbour will close</c>.",
    "Speaking to some 40 fishermen on the quay, most of them angry about the new fee, the port director, <sp>Anna Lopez</sp>, bluntly <cue>suggested</cue> that <c rule=indirect.ccomp>the fee would soon be dropped</c>.",
    "“<c rule=direct.quote_cue_after>If the ferry had come, I would have been home for a long time</c>,” <sp>Mr. Lopez</sp>, now 81 and retired in Lima, Peru, <cue>said</cue> by telephone.",
    "<sp>The lawyer</sp> <cue>argued</cue> that <c rule=indirect.ccomp>his client was not serious: his words were the jokes of an entertainer</c>. The court met.",
    "<sp>Peru</sp> <cue>said</cue> <c rule=indirect.ccomp>the harbour was closed</c>, <cue>adding</cue> that <c rule=indirect.ccomp>the ferries would stop</c>.",
    "<sp>The mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>the harbour was closed because the storm had damaged the piers</c>.",
    "<sp>Peru</sp> <cue>mocked</cue> <c rule=indirect.dobj pol=neg>Chile as a nation of amateurs</c>.",
    "<sp>Peru</sp> <cue>denied</cue> <c rule=indirect.dobj>the claim that the harbour was closed</c>.",
    "<sp>Chile</sp> <cue>said</cue> <c rule=indirect.ccomp mod=hedged>Peru seemed to be losing patience</c>.",
    "<sp>Peru</sp> seemed to <cue>suggest</cue> that <c rule=indirect.ccomp>the harbour was closed</c>.",
    "<sp>Peru</sp> <cue>aims</cue> <c rule=indirect.xcomp>to improve trade</c>.",
    # indirect: a cue of the generated WordNet lexicon, with a propositional complement
    "<sp>Peru</sp> <cue>hinted</cue> that <c rule=indirect.generated_ccomp>the harbour would close</c>.",
    "[no indirect.generated_ccomp] Peru aspires to rebuild the harbour.",
    "[no indirect.generated_ccomp] Peru beseeched Chile to rebuild the harbour.",
    "<c rule=indirect.generated_tag>The harbour, <sp>the mayor</sp> <cue>quipped</cue>, is a museum now</c>.",
    "<c rule=indirect.generated_tag>The harbour will stay closed</c>, as <sp>the mayor</sp> <cue>speculated</cue>.",
    "<c rule=mixed.generated_tag_with_quote>The harbour, <sp>the mayor</sp> <cue>quipped</cue>, is “a museum” now</c>.",
    # indirect: no lexicon, a verb with a clause whose subject is an actor or a typed source
    "<sp>The mayor</sp> <cue>fumed</cue> that <c rule=indirect.open_ccomp>the harbour was closed</c>.",
    "<sp>The report</sp> <cue>hammers</cue> home that <c rule=indirect.source_ccomp>the harbour was closed</c>.",
    "[no indirect.open_ccomp] The mayor heard the ferries leave the harbour.",
    # no lexicon: a verb of saying, thinking or feeling (WordNet) with an actor and an object
    "<sp>The mayor</sp> <cue>derided</cue> <c rule=indirect.open_dobj>the harbour plan</c>.",
    "<sp>The mayor</sp> <cue>built</cue> <c rule=mixed.open_dobj_with_quote>a “new harbour” soon</c>.",
    "<sp>The mayor</sp> <cue>recited</cue> “<c rule=direct.open_dobj>the harbour poem</c>.”",
    "[no indirect.open_dobj] The mayor painted the harbour wall.",
    "<sp>The mayor</sp> marched to the harbour, <cue>waving</cue> <c rule=mixed.open_dobj_with_quote>the “no fee” banner</c>.",  # the clause's subject
    "[no indirect.open_dobj] The mayor marched to the harbour, praising the new pier.",  # inherited only with a quote
    # a cue noun with no possessor: only a phrase of what is argued for, against or about
    "<cue>Doubts</cue> about <c rule=indirect.bare_noun_prep sp=none>the harbour plan</c> grew.",
    "The <cue>case</cue> for <c rule=mixed.bare_noun_prep_with_quote sp=none>the “new” harbour plan</c> is weak.",
    "[no indirect.bare_noun_prep] The attack on the harbour plan failed.",
    # a noun derived from a cue verb ("decide" -> "decision"), not in the curated noun list
    "<sp>The council's</sp> <cue>decision</cue> <c rule=indirect.derived_noun_infinitive>to close the pool</c> angered swimmers.",
    "<sp>The council's</sp> <cue>decision</cue> <c rule=mixed.derived_noun_infinitive_with_quote>to close the “old” pool</c> stood.",
    "[no indirect.derived_noun_infinitive] The decision to close the pool angered swimmers.",  # no holder
    "<sp>The tests</sp> offered <cue>evidence</cue> that <c rule=indirect.derived_noun_that>the dam leaks</c>.",
    "<sp>The tests</sp> offered <cue>evidence</cue> that <c rule=mixed.derived_noun_that_with_quote>the “old” dam leaks</c>.",
    "[no indirect.derived_noun_that] The speech of the mayor ran long.",  # no prepositional frame
    "<sp>The mayor's</sp> <cue>claim</cue> <c rule=indirect.derived_noun_infinitive>to be the favourite</c> was disputed.",  # a frame the curated noun lacks
    # a verb coordinated in the reported clause's tense goes on with that clause
    "<sp>The mayor</sp> <cue>said</cue> that <c rule=indirect.ccomp>she backs the harbour plan but opposes the tax</c>.",
    "<sp>The mayor</sp> <cue>campaigned</cue> against <c rule=indirect.open_prep>the harbour plan</c>.",
    "<sp>The mayor</sp> <cue>responded</cue> to <c rule=indirect.open_prep>the harbour closure</c>.",
    "<sp>The mayor</sp> <cue>campaigned</cue> against <c rule=mixed.open_prep_with_quote>the “reckless” harbour plan</c>.",
    "<sp>The mayor</sp> <cue>campaigned</cue> against “<c rule=mixed.open_prep_with_quote>the harbour plan</c>.”",
    "[no indirect.open_prep] The mayor spoke in Lima on Monday.",
    "[no indirect.open_prep] The mayor walked to the harbour.",
    "<c rule=indirect.open_passive_agent>The new pier was <cue>derided</cue> by <sp>the mayor</sp> as a waste</c>.",
    "<c rule=mixed.open_passive_agent_with_quote>The pier was <cue>derided</cue> by <sp>the mayor</sp> as “a waste.</c>”",
    "[no indirect.open_passive_agent] The pier was derided by the storm.",  # no actor as agent
    "[no indirect.open_passive_agent] The pier was painted by the mayor.",  # no verb of saying or thinking
    "[no indirect.open_dobj] The plan, which the mayor derided, was dropped.",
    "[no indirect.generated_ccomp] The mayor learned who had closed the harbour.",
]

PARSED = [parse_case(line) for line in CASES]


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    seen, wanted = outcome(nlp, case)
    assert seen == wanted
