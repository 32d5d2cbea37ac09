"""actor.speaker.pronoun_subject: a he/she in a later sentence speaks for the subject of the
antecedent's sentence, not for a person named after it as an object; a subject the text gives
the other sex, or of unknown sex against an object of the pronoun's, is not preferred.

One line per case: a text, the cue of the pronoun's claim, the speaker's name expected.
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_with_cue

CASES = [
    ("President Jonas Petras met Chancellor Karl Weber in Vilnius on Monday. He said Lithuania would buy tanks.", "said", "Jonas Petras"),  # object named last
    ("Prime Minister Arno Kask called President Emil Varga on Tuesday. \"We agreed to cooperate,\" he told reporters.", "told", "Arno Kask"),
    ("Coach Ivan Horvat praised striker Luka Mandic after the match. He said the team had played well.", "said", "Ivan Horvat"),
    ("Senator Ada Pike criticised Governor Lena Stone over the budget. She said the cuts were reckless.", "said", "Ada Pike"),  # both women
    ("The minister, Tomas Berg, thanked Judge Paulo Costa for his work. He added that the court would move.", "added", "Tomas Berg"),  # a name in apposition to the subject
    ("Mayor Ines Vidal attacked the plan of Governor Rui Alves. She said it would fail.", "said", "Ines Vidal"),  # the object's possessor
    ("Police arrested Tomas Berg on Monday. He said he was innocent.", "said", "Tomas Berg"),  # no person subject: the object
    ("Tomas Berg was arrested by Inspector Karl Lind on Monday. He said he was innocent.", "said", "Tomas Berg"),  # a passive's subject
    ("Senator Ada Pike met Governor Rui Alves on Monday. He said the talks went well.", "said", "Rui Alves"),  # the subject is a woman
    ("Mr. Berg met Mrs. Lind on Monday. She said the talks went well.", "said", "Lind"),  # the subject is a man
    ("President Jonas Petras met Chancellor Karl Weber, and he said the talks went well.", "said", "Karl Weber"),  # the same sentence: nearest
    ("Minister Thandeka Zulu told MPs that the relief was final and that Themba Nkosi would resign. She said the grid was stable.", "said", "Thandeka Zulu"),  # a reported clause's subject is not the sentence's
    ("Minister Anna Zulu told MPs that the relief was final and that Themba Nkosi would resign. He said the grid was stable.", "said", "Themba Nkosi"),  # the main subject is a woman
    ("\"Projects matter,\" said Giulia Ferrante, the EBRD's head of Central Asia. She noted that the bank had invested more.", "noted", "Giulia Ferrante"),  # her title is no other person
    ("A spokeswoman, Katarzyna Nowak, told reporters the bloc was committed. Opposition leader Nino Beridze called the ceremony a stunt. Speaking outside parliament, she said the vote was rigged.", "said", "Nino Beridze"),  # a woman's name in Georgia, a man's in Italy: no evidence against her
    ("A spokeswoman, Katarzyna Nowak, told reporters the bloc was committed. Senator Andrea Conti called the ceremony a stunt. Speaking outside parliament, he said the vote was rigged.", "said", "Andrea Conti"),  # a man's name in Italy
]  # fmt: skip


@pytest.mark.parametrize("text, cue, speaker", CASES)
def test_pronoun_speaks_for_the_subject(nlp, text, cue, speaker):
    claim = claim_with_cue(nlp, text, cue)
    assert (claim["speaker"] or {}).get("name") == speaker
