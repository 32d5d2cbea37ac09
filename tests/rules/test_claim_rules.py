"""The claim rules as a specification: one line per case, the expectation marked inline.

    <sp>Peru</sp> <cue>warned</cue> that <c rule=indirect.ccomp pol=neg>the harbour ...</c>.

`<c>` is a claim's content and names its rule; `<sp>` and `<cue>` are the speaker and cue
of every claim on the line, or, when a line marks as many of them as claims, of the claim
of the same rank (`sp=none`: no speaker is named). Optional attributes on `<c>`:
`pol` (pos, neg, neu), `mod` (asserted, future, hedged, ...), `neg` (yes/no). A line yields
exactly the claims marked on it. `\\n` in a line is a line break. Lines that start with
`[no RULE]` must yield no claim of RULE. The sentences are our own.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.claims.ruleset import packaged_rules

CASES = [
    # direct: a quote and its cue
    "“<c rule=direct.quote_cue_after mod=future>The harbour will reopen next week</c>,” <sp>the mayor</sp> <cue>said</cue>.",
    "<sp>The mayor</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>The harbour will reopen next week.</c>”",
    "<sp>The mayor</sp> left the room, <cue>saying</cue> “<c rule=direct.quote_participle>the harbour will reopen next week.</c>”",
    "<sp>The mayor</sp> <cue>said</cue> this to the council:\\n\\n“<c rule=direct.quote_cue_prev_sentence>The harbour will reopen next week.</c>”",
    "“<c rule=direct.quote_cue_next_sentence>The harbour will reopen next week.</c>” <sp>The mayor</sp> <cue>said</cue> so.",
    "<sp>She</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>The harbour will reopen next week.</c> <c rule=direct.quote_continuation>The ferries will run again.</c>”",
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_tag>The fishermen have been waiting for weeks now.</c>”",
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_tag>Not for long.</c>”",  # a short sentence goes on too
    "“<c rule=direct.quote_cue_after>The harbour is closed</c>,” <sp>the mayor</sp> <cue>said</cue> on the show “Port Talk.” “<c rule=direct.quote_after_tag>We wait for the spring.</c>”",  # past a quoted title
    "<c rule=mixed.ccomp_with_quote>The harbour is “a museum now</c>,” <sp>the mayor</sp> <cue>said</cue>. “<c rule=direct.quote_after_clause_tag>Nobody works there any more.</c>”",
    "[no direct.quote_after_clause_tag] The harbour is a museum now, the mayor said. “Nobody works there any more.”",  # the tag's clause has no quoted part
    "“<c rule=direct.quote_cue_after>The harbour will reopen next week</c>,” <sp>the mayor</sp> <cue>said</cue>. The crowd cheered loudly. “<c rule=direct.quote_prev_speaker>We have waited for this day for many years.</c>”",
    "<sp>The mayor</sp> <cue>wrote</cue> that “<c rule=direct.quote_complement>the harbour will reopen next week.</c>”",
    "<sp>Her</sp> <cue>claim</cue> that <c rule=direct.quote_complement>“the harbour will stay closed</c>” was denied.",
    "<cue>According to</cue> <sp>the mayor</sp>, <c rule=direct.quote_cue_before>“the harbour is open</c>.”",
    "<sp>The mayor</sp> <cue>shrugged</cue>: “<c rule=direct.quote_colon_verb>The harbour is closed.</c>”",
    "“<c rule=direct.quote_cue_after>Not even one</c>,” <sp>the mayor</sp> <cue>said</cue>.",  # short, but it opens the sentence, its tag right after
    "<sp>The port authority</sp> <cue>issued</cue> a short statement: “<c rule=direct.quote_colon_clause>The harbour will stay closed until further notice.</c>”",
    "<sp>The mayor</sp> <cue>fired</cue> back: “<c rule=direct.quote_colon_clause>Nobody asked the fishermen what they wanted.</c>”",
    "[no direct.quote_colon_clause] The list of harbour fees: “mooring, cranes and storage.”",
    "“<c rule=direct.quote_cue_after>On most days, as far as the harbour goes, [the mayor] can be far too cautious</c>,” <sp>Lopez</sp> <cue>said</cue>.",
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
    "<sp>The mayor</sp> is still <cue>determining</cue> whether <c rule=mixed.generated_wh_clause_with_quote>the “old” harbour can open</c>.",
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
    "<sp>The mayor</sp> <cue>wondered</cue> whether <c rule=indirect.belief_wh_clause>the harbour would reopen</c>.",  # a question held
    "<sp>The mayor</sp> <cue>knows</cue> <c rule=mixed.belief_wh_clause_with_quote>how the “harbour vote” went</c>.",
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
    "<cue>Asked</cue> whether <c rule=indirect.ccomp sp=none>the harbour would close</c>, <sp>the mayor</sp> <cue>said</cue> <c rule=indirect.ccomp>she did not know</c>.",
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
    "<sp>The engineers</sp> offered <cue>evidence</cue> that <c rule=indirect.derived_noun_that>the dam leaks</c>.",
    "<sp>The engineers</sp> offered <cue>evidence</cue> that <c rule=mixed.derived_noun_that_with_quote>the “old” dam leaks</c>.",
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
    "[no indirect.ccomp] The mayor knew what the fishermen wanted.",
    # a speaker's label and a colon: a transcript turn, a body paragraph opening with a name
    "<sp>LOPEZ</sp><cue>:</cue> <c rule=indirect.turn_label>The harbour will reopen next week.</c>\\n\\n<sp>DIAZ</sp><cue>:</cue> <c rule=indirect.turn_label>We will see about that.</c>",
    "<sp>LOPEZ</sp><cue>:</cue> “<c rule=direct.turn_label>The harbour will reopen next week.</c>”\\n\\n<sp>DIAZ</sp><cue>:</cue> <c rule=mixed.turn_label_with_quote>We will see about that “reopening.”</c>",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> <c rule=indirect.speaker_label>The harbour will reopen next week.</c>",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> “<c rule=direct.speaker_label>The harbour will reopen next week.</c>”",
    "The council met on Monday.\\n\\n<sp>Anna Lopez</sp><cue>:</cue> <c rule=mixed.speaker_label_with_quote>The harbour will reopen, a “historic” day.</c>",
    "In the evening <sp>the mayor</sp> <cue>issued</cue> the following statement:\\n\\n“<c rule=direct.colon_paragraph>The harbour will never close.</c> <c rule=direct.colon_paragraph>The fishermen can count on me.</c>”",
    "[no direct.colon_paragraph] The mayor listed three goals:\\n\\nA new pier, a new market and lower fees.",  # no quote: a list
    "[no indirect.speaker_label] The council met on Monday.\\n\\nNote: The harbour will reopen next week.",
    "[no indirect.speaker_label] The council met on Monday.\\n\\nAnna Lopez: A closing surge.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> ‘<c rule=direct.headline_label>The Harbour Will Reopen</c>’\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> <c rule=mixed.headline_label_with_quote>Harbour ‘Will Reopen’ Next Week</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Ana Lopez</sp><cue>:</cue> <c rule=indirect.headline_label>the harbour will reopen soon</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "[no indirect.headline_label] The Harbour Question: A Town Waits\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",
    "<sp>Mayor Lopez</sp> <cue>says</cue> <c rule=indirect.ccomp>the harbour will reopen soon</c>\\n\\nAna Lopez, the mayor of the town, spoke to reporters at the harbour on Monday.",  # a headline that reports a claim
    "[no indirect.speaker_label] The council met on Monday.\\n\\nAnna Lopez: 1,769.",
    # mixed: an indirect claim holding a quoted fragment
    "<sp>Peru</sp> <cue>warned</cue> that <c rule=mixed.ccomp_with_quote>the harbour would stay “closed for good.</c>”",
    "<sp>Peru</sp> <cue>pledged</cue> <c rule=mixed.xcomp_with_quote mod=future>to build a “world-class” harbour</c>.",
    "<sp>Peru</sp> <cue>urged</cue> <c rule=mixed.object_xcomp_with_quote>Chile to stop the “reckless” dredging</c>.",
    "<sp>Peru</sp> <cue>called for</cue> <c rule=mixed.prep_complement_with_quote>a “complete” overhaul of the harbour</c>.",
    "<sp>Peru</sp> <cue>announced</cue> <c rule=mixed.dobj_with_quote pol=pos>a “historic” deal</c>.",
    "<sp>Peru</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the harbour a “disaster.</c>”",
    "<sp>Peru</sp> <cue>accused</cue> <c rule=mixed.object_prep_with_quote>Chile of “reckless” dredging</c>.",
    "<sp>The mayor</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the voting system “rigged.</c>”",  # the quote is the predicate
    "<sp>Peru</sp> <cue>called</cue> <c rule=mixed.object_predicate_with_quote>the harbour fee “a scandal</c>” on Monday.",  # "on" is no particle of "call on"
    "“<c rule=direct.quote_cue_after>We will fight this plan” in every court of the land</c>, <sp>the mayor</sp> <cue>said</cue>.",  # the quote runs on to the tag
    "“<c rule=direct.quote_cue_after>The harbour is safe</c>” <sp>Ana Lopez</sp>, the mayor, <cue>said</cue>.",  # a name after it is no run-on
    "<c rule=direct.quote_cue_before>If the plan fails, <sp>the mayor</sp> <cue>said</cue>, “we will sue the council.</c>”",  # a tag set into the quote's sentence
    "<sp>The mayor</sp> <cue>dubbed</cue> <c rule=mixed.object_predicate_with_quote>the plan “Harbour First</c>” on Monday.",  # a term, no direct claim
    "<sp>The mayor</sp> <cue>said</cue>: “<c rule=direct.quote_cue_before>Harbour first.</c>”",  # a verbless quote standing alone
    "<sp>The mayor</sp> is <cue>sure</cue> that <c rule=mixed.attitude_clause_with_quote>the fee is “unfair.</c>”",
    "<sp>The mayor</sp> is <cue>critical of</cue> <c rule=mixed.attitude_prep_with_quote>the “harbour tax.</c>”",
    "<cue>According to</cue> <sp>Peru</sp>, <c rule=mixed.according_to_with_quote>the harbour is “closed for good</c>.”",
    "<c rule=mixed.evidential_with_quote sp=none>The harbour <cue>seemed</cue> to be “closed for good.</c>”",
    "As <sp>Peru</sp> <cue>noted</cue>, <c rule=mixed.as_clause_with_quote>the harbour is “closed for good.</c>”",
    "<c rule=mixed.parenthetical_with_quote>The harbour, <sp>Peru</sp> <cue>said</cue>, would stay “closed for good.</c>”",
    "<sp>The mayor</sp> has repeatedly <cue>called for</cue> <c rule=mixed.particle_clause_with_quote>the harbour to be “rebuilt at once</c>”.",
    "<c rule=mixed.passive_agent_with_quote>The plan was <cue>rejected</cue> by <sp>the council</sp> as “unsafe</c>”.",
    "<sp>The fishermen</sp> <cue>complained about</cue> <c rule=mixed.topic_prep_with_quote>the “endless noise” in the harbour</c>.",
    "<c rule=mixed.evidential_predicate_with_quote sp=none>The mayor <cue>seemed</cue> “deeply irritated</c>”.",
    "<c rule=mixed.passive_predicate_with_quote sp=none>The harbour is <cue>seen</cue> as “a burden</c>”.",
    "<c rule=mixed.evidential_adverb_with_quote sp=none>The company <cue>allegedly</cue> paid “a small fortune” in March</c>.",
    "<sp>The mayor</sp> voiced <cue>criticism</cue> of <c rule=mixed.light_noun_prep_with_quote>the “new harbour plan</c>”.",
    "<sp>The mayor</sp> renewed a <cue>call</cue> <c rule=mixed.light_noun_infinitive_with_quote>to close the “old harbour” at once</c>.",
    "<sp>Stone</sp> <cue>says</cue> <c rule=mixed.object_clause_with_quote>the harbour fee that the council defends also makes the port “far less busy</c>”.",
    "<c rule=mixed.speech_tag_with_quote>Couple a storm with a “strike that never ends” and the harbour gets nervous</c>, <cue>said</cue> <sp>Anna Lopez</sp>, the port director.",
    "<c rule=mixed.passive_xcomp_with_quote sp=none>The harbour is <cue>expected</cue> to stay “closed for good.</c>”",
    "<sp>Peru</sp> voiced <cue>concern</cue> that <c rule=mixed.noun_that_with_quote>the harbour would stay “closed for good</c>.”",
    "<sp>Peru</sp> <cue>hinted</cue> that <c rule=mixed.generated_ccomp_with_quote>the harbour would stay “closed for good.</c>”",
    "<sp>The mayor</sp> <cue>texted</cue> that <c rule=mixed.open_ccomp_with_quote>the harbour was “closed for good.</c>”",
    "<sp>The report</sp> <cue>hammers</cue> home that <c rule=mixed.source_ccomp_with_quote>the harbour was “closed for good.</c>”",
    "<sp>Her</sp> <cue>defence</cue> of <c rule=mixed.noun_prep_with_quote>the “reckless” harbour plan</c> was firm.",
    "<sp>His</sp> <cue>call</cue> <c rule=mixed.noun_infinitive_with_quote>to close the “useless” harbour</c> was rejected.",
    "<cue>In the words of</cue> <sp>the mayor</sp>, <c rule=mixed.words_of_with_quote>the harbour is a “disgrace</c>.”",
    "<cue>In the words of</cue> <sp>the mayor</sp>, <c rule=direct.quote_cue_before>“the harbour is open</c>.”",
    # stance: an actor acting on another, no speech cue
    "<sp>Germany</sp> <cue>imposed</cue> <c rule=stance.verb_object pol=neg>sanctions on Iran</c>.",
    "<sp>Germany</sp> <cue>cooperated</cue> with <c rule=stance.verb_prep pol=pos>France</c>.",
    "<c rule=stance.passive_agent pol=neg>Iran was <cue>sanctioned</cue> by <sp>Germany</sp></c>.",
    "<c rule=stance.participle_agent>the plan</c> <cue>presented</cue> by <sp>Germany</sp> to France was praised",
    "<sp>Germany</sp> <cue>took an aggressive posture toward</cue> <c rule=stance.light_verb pol=neg>Iran</c>.",
    "<sp>Germany</sp> <cue>lifted</cue> <c rule=stance.verb_object pol=pos>sanctions on Iran</c>.",
    "<sp>Germany</sp> did not <cue>impose</cue> <c rule=stance.verb_object neg=yes pol=neu>sanctions on Iran</c>.",
    # what is no claim
    "[no stance.verb_object] Germany took office in May.",
    "[no indirect.dobj] The mayor announced it.",
    "[no indirect.ccomp] “The harbour is closed,” the mayor said.",
    "[no indirect.xcomp] The new structure aims to improve trade.",
    "[no indirect.as_clause] The harbour was not as bad as she said.",
]

TAG = re.compile(r"<(/?)(sp|cue|c)((?:\s+[\w]+=[^\s>]+)*)\s*>")
NONE_CASE = re.compile(r"^\[no ([\w.]+)\] (.*)$")


@dataclass
class Case:
    text: str
    claims: list[dict] = field(default_factory=list)  # per <c>: start, end, attrs
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # sp / cue
    absent: str | None = None  # a rule that must not fire

    @property
    def rule_ids(self) -> list[str]:
        return [c["rule"] for c in self.claims] + ([self.absent] if self.absent else [])


def parse_case(line: str) -> Case:
    """The plain text of a marked-up line, and the expected spans with their attributes."""
    m = NONE_CASE.match(line)
    if m:
        return Case(m.group(2).replace("\\n", "\n"), absent=m.group(1))
    line = line.replace("\\n", "\n")
    case = Case("")
    text, pos, open_tags = [], 0, []
    for m in TAG.finditer(line):
        text.append(line[pos : m.start()])
        pos = m.end()
        offset = sum(len(t) for t in text)
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if not closing:
            pairs = dict(a.split("=", 1) for a in attrs.split())
            open_tags.append((name, offset, pairs))
            continue
        tag, start, pairs = open_tags.pop()
        assert tag == name, f"<{tag}> closed by </{name}> in {line!r}"
        if name == "c":
            case.claims.append({"start": start, "end": offset, **pairs})
        else:
            case.spans.setdefault(name, []).append((start, offset))
    text.append(line[pos:])
    assert not open_tags, f"unclosed tags in {line!r}"
    for name, spans in case.spans.items():
        assert len(spans) in (1, len(case.claims)), f"one <{name}> or one per claim: {line!r}"
    case.text = "".join(text)
    return case


PARSED = [parse_case(line) for line in CASES]
POLARITY = {"pos": "positive", "neg": "negative", "neu": "neutral"}


OPT_IN_RULES = ("open_ccomp", "source_ccomp")  # the "open" family is off by default


def run(nlp, text, *, all_families: bool = False):
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-10"
    doc = nlp(doc)
    if all_families:
        from pipeline.claims.component import FAMILIES, ClaimExtractor

        order = (
            "direct",
            "indirect",
            "nominal",
            "attitudes",
            "labels",
            "open",
            "stance",
            "open_objects",
            "open_preps",
        )
        assert set(order) == set(FAMILIES)
        return ClaimExtractor(nlp, families=order).extract(doc)
    return doc._.claims


def span_of(row: dict | None) -> tuple[int, int] | None:
    return None if row is None else (row["start"], row["end"])


def marked(case: Case, name: str, k: int) -> tuple[int, int] | None:
    """The k-th claim's <sp> or <cue> span: the line's only one, or the k-th."""
    spans = case.spans.get(name)
    if not spans:
        return None
    return spans[0] if len(spans) == 1 else spans[k]


def check_claim(case: Case, k: int, got: list[dict]) -> None:
    want = case.claims[k]
    hits = [c for c in got if span_of(c["content"]) == (want["start"], want["end"])]
    content = case.text[want["start"] : want["end"]]
    assert len(hits) == 1, f"one claim with content {content!r}, got {got}"
    claim = hits[0]
    assert claim["rule_id"] == want["rule"]
    if want.get("sp") == "none":
        assert claim["speaker"] is None
    elif "sp" in case.spans:
        assert span_of(claim["speaker"]) == marked(case, "sp", k)
    if "cue" in case.spans:
        assert span_of(claim["cue"]) == marked(case, "cue", k)
    if "pol" in want:
        assert claim["stance"]["polarity"] == POLARITY[want["pol"]]
    if "mod" in want:
        assert claim["modality"] == want["mod"]
    if "neg" in want:
        assert claim["negated"] is (want["neg"] == "yes")


@pytest.mark.parametrize("case", PARSED, ids=[c.text[:50] for c in PARSED])
def test_case(nlp, case):
    ids = [*case.rule_ids, case.absent or ""]
    got = run(nlp, case.text, all_families=any(x in r for r in ids for x in OPT_IN_RULES))
    if case.absent:
        assert [c for c in got if c["rule_id"] == case.absent] == []
        return
    assert len(got) == len(case.claims), got
    for k in range(len(case.claims)):
        check_claim(case, k, got)


def test_markup_parser():
    case = parse_case("<sp>Peru</sp> <cue>said</cue> that <c rule=indirect.ccomp pol=neg>A b</c>.")
    assert case.text == "Peru said that A b."
    assert case.spans == {"sp": [(0, 4)], "cue": [(5, 9)]}
    assert case.claims == [{"start": 15, "end": 18, "rule": "indirect.ccomp", "pol": "neg"}]


# ---------------------------------------------------------------- the rules as data


def test_every_declared_rule_has_a_case():
    named = {rule_id for case in PARSED for rule_id in case.rule_ids if not case.absent}
    assert set(packaged_rules().rules) - named == set()


def test_every_case_names_a_declared_rule():
    declared = set(packaged_rules().rules)
    for case in PARSED:
        assert case.rule_ids, f"a case names no rule: {case.text!r}"
        assert set(case.rule_ids) <= declared, case.text


CLAIMS_DIR = Path(importlib.import_module("pipeline.claims").__file__).parent
RULE_ID = re.compile(r"^(direct|indirect|mixed|stance)\.(?!json$)[a-z_]+$")  # not stance.json


def rule_id_literals(path: Path) -> set[str]:
    """Every string literal of a module that looks like a rule id."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and RULE_ID.match(node.value):
            found.add(node.value)
    return found


def test_rule_ids_in_code_are_the_ones_the_families_list():
    # the component checks the listed ids against rules.json; no id may hide elsewhere
    from pipeline.claims.component import FAMILY_MODULES

    listed = {path: set(m.RULE_IDS) for m in FAMILY_MODULES for path in [Path(m.__file__)]}
    for path in CLAIMS_DIR.rglob("*.py"):
        assert rule_id_literals(path) <= listed.get(path, set()), path


def test_ids_in_code_are_declared_and_declared_ids_are_used():
    from pipeline.claims.component import checked

    rules = packaged_rules()
    assert checked(rules) is rules
    with pytest.raises(ValueError, match="nothing uses"):
        rules.check_code(set(), set(rules.frame_rules))
    with pytest.raises(KeyError, match="undeclared"):
        rules.check_code({"direct.quote_upside_down"}, set(rules.frame_rules))
    with pytest.raises(ValueError, match="frame_rules"):
        rules.check_code(set(rules.rules), {"ccomp"})


def test_every_rule_names_a_function_that_exists():
    for rule in packaged_rules().rules.values():
        module, _, name = rule.function.rpartition(".")
        mod = importlib.import_module(f"pipeline.claims.{module}")
        assert callable(getattr(mod, name, None)), rule.id
