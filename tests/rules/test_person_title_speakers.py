"""A speaker's phrase headed by a noun for a person who holds a title, as a specification:
one line per case, in the markup of test_speaker_rules.py (`<s ...>` the span that names a
speaker and what `resolve_speaker` gives for it; `country=-`: none).

The person named in apposition to the title noun, or ending its title after a portfolio,
speaks, not the body the title names; the person takes the body's country when the text
gives the person none. The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_speaker_rules import check_speaker_case

CASES = [
    # -- a name ending the title, the parser's object of the portfolio's "for"
    "<s rule=actor.speaker.title_holder name='Maria Lopes' country=IGO from=title>UNICEF Regional Director for West Africa Maria Lopes</s> said on Monday that the cuts would hurt children.",  # not UNICEF
    "<s rule=actor.speaker.title_holder name='Ana Ruiz' country=IGO from=title>IMF Director for Asia Ana Ruiz</s> said growth would slow.",
    # -- a person in apposition to the title noun, after the phrase
    "<s rule=actor.speaker.apposition name='Pedro Alves' country=IGO from=apposition>The head of the International Organization for Migration</s>, Pedro Alves, said the agency needed more funds.",  # not the IOM
    "<s rule=actor.speaker.apposition name='Moussa Diallo' country=IGO from=apposition>The chairperson of the African Union Commission</s>, Moussa Diallo, said the summit would go ahead.",
    "<s rule=actor.speaker.mention name='Pedro Alves' country=IGO from=mention>The IOM's head of mission Pedro Alves</s> said the boats kept coming.",  # the name on the title, not the IOM's unnamed head
    # -- a name NER missed: the apposition's proper names, the body's country
    "<s rule=actor.speaker.apposition name='Ana Ruiz' country=USA from=apposition>The chair of the Federal Reserve</s>, Ana Ruiz, said rates would rise.",
    "<s rule=actor.speaker.apposition name='Ana Ruiz' country=IGO from=apposition>The chief of the UN refugee agency</s>, Ana Ruiz, told reporters the camps were full.",  # an international body's
    "<s rule=actor.speaker.apposition id=person:ana-ruiz name='Ana Ruiz' country=IGO>World Bank Vice President for Africa Ana Ruiz</s> said the loans would be approved.",  # the name from its given name on, not "Africa Ana Ruiz"
    # -- a title after the name
    "<s rule=actor.speaker.apposition id=person:ana-ruiz name='Ana Ruiz' country=- from=apposition>Ana Ruiz</s>, the head of the agency, said the camps were full.",  # no body named: no country
    "<s rule=actor.speaker.apposition name='Ana Ruiz' country=IGO>Ana Ruiz</s>, the head of the IOM, said the camps were full.",
]


@pytest.mark.parametrize("case", CASES)
def test_person_title_speaker(nlp, case):
    check_speaker_case(nlp, case)
