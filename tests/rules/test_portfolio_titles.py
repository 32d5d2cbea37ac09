"""actor.split.portfolio: a title's portfolio ("Minister of Health", "Commissioner for Crisis
Management") is part of the title, not of the name after it, whether NER runs the portfolio
into the name or finds no name at all; the name starts at a known given name or where the
parser closed the portfolio's phrase, and a title that
takes no portfolio ("spokesman for") keeps the name whole. One line per case: the text, the
speaker's name.
"""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

CASES = [
    ("Commissioner for Crisis Management Helena Lindqvist said aid would arrive.", "Helena Lindqvist"),
    ("The Commissioner for\nCrisis Management Helena Lindqvist said aid would arrive soon.", "Helena Lindqvist"),  # hard-wrapped
    ("Commissioner for Energy Laura Simson said prices would ease.", "Laura Simson"),
    ("The Minister of Health Ana Ruiz said beds were short.", "Ana Ruiz"),
    ("Minister for Foreign Trade Peter Olsen said tariffs would fall.", "Peter Olsen"),  # not "Trade Peter Olsen"
    ("The Secretary of State for Defence Mark Hale said the fleet was ready.", "Mark Hale"),
    ("Minister of Health Oyelaran Adebisi said the clinics would reopen.", "Oyelaran Adebisi"),  # no given name known: the parser closed the portfolio
    ("The Ministry of Health said beds were short.", "Ministry of Health"),  # a body, no person
    ("The Secretary of State for Foreign Affairs said the talks were useful.", "Secretary of State for Foreign Affairs"),  # no name: no person "Foreign Affairs"; a name has no article
    ("The Minister of Public Health Services said hospitals were full.", "Minister of Public Health Services"),
    ("A spokesman for Juan Carlos Perez said the charges were false.", "Juan Carlos Perez"),  # a person's name, whole
    ("The spokeswoman for Mary Ann Smith said the case was closed.", "Mary Ann Smith"),
]  # fmt: skip


@pytest.mark.parametrize("text, name", CASES)
def test_a_portfolio_is_part_of_the_title(nlp, text, name):
    records = process_articles(nlp, [Article("a1", text, "a1.txt", published="2025-03-04")])
    assert records.records["a1"]["claims"][0]["speaker"]["name"] == name
