"""Regression table of TIMEX3 value families found on the development set (TimeBank and
AQUAINT errors grouped into families), written as invented sentences.

Each row is (sentence, expected): `expected` lists every date entry of the sentence as
(text, value, type); an empty list means no date. Published 2024-05-15, a Wednesday.
"""

# ruff: noqa: E501  (one line per case, as in tests/rules)

from __future__ import annotations

import pytest

PUB = "2024-05-15"

# fmt: off
CASES = [
    # tense.open_end: an end point after 'until', 'through' or 'expires' in a present or future clause is still ahead (the next one, not the nearest)
    ("The lease runs until Dec. 31.", [("Dec. 31", "2024-12-31", "DATE")]),
    ("The exhibition stays open through Jan. 12.", [("Jan. 12", "2025-01-12", "DATE")]),
    ("The ban remains in force until March 1.", [("March 1", "2025-03-01", "DATE")]),
    ("The museum is closed until January.", [("January", "2025-01", "DATE")]),
    ("The pool is closed until Monday.", [("Monday", "2024-05-20", "DATE")]),
    ("The voucher expires on Jan. 20.", [("Jan. 20", "2025-01-20", "DATE")]),
    ("The hearings are scheduled to last until Dec. 15.", [("Dec. 15", "2024-12-15", "DATE")]),
    ("The curfew will last until Jan. 5.", [("Jan. 5", "2025-01-05", "DATE")]),
    # a spelled number before a unit of time or a counted noun is an amount, not a year ('two thousand' as a year only alone or after 'the year')
    ("The temple has stood for two thousand years.", [("two thousand years", "P2000Y", "DURATION")]),
    ("The dynasty ruled for one thousand years.", [("one thousand years", "P1000Y", "DURATION")]),
    ("About two thousand people marched to the square.", []),
    ("Nearly two thousand farmers signed the letter.", []),
    ("The strike lasted two dozen days.", [("two dozen days", "P24D", "DURATION")]),  # 'dozen' multiplies
    # tense.scheduled_present: a date of a verb in the present tells a scheduled event or a state that holds: the next such date, not the nearest
    ("The fair opens on Dec. 2.", [("Dec. 2", "2024-12-02", "DATE")]),
    ("The president visits Paris on Monday.", [("Monday", "2024-05-20", "DATE")]),
    ("The library is closed on Monday for repairs.", [("Monday", "2024-05-20", "DATE")]),
    ("The new fares take effect on Nov. 30.", [("Nov. 30", "2024-11-30", "DATE")]),
    # a vague amount counted from another event is a duration, as 'days later' is ('a few days later', not a FUTURE_REF date)
    ("The mayor resigned in March. A few days later, the council met.", [("March", "2024-03", "DATE"), ("A few days later", "PXD", "DURATION")]),
    ("Several weeks earlier, the plant had closed.", [("Several weeks earlier", "PXW", "DURATION")]),
    ("The strike ended on May 2. Some months later, talks resumed.", [("May 2", "2024-05-02", "DATE"), ("Some months later", "PXM", "DURATION")]),
    # anchor.repeated_day: a month and day named again is the day of its first mention, which decides the year
    ("The court said the boy must go home by May 24. The judge gave no reason for the May 24 deadline.", [("May 24", "2024-05-24", "DATE"), ("May 24", "2024-05-24", "DATE")]),
    ("Voting ends on June 2, the board said. Critics called the June 2 cutoff too early.", [("June 2", "2024-06-02", "DATE"), ("June 2", "2024-06-02", "DATE")]),
    # two quarters or seasons joined by 'and'/'or' are two TIMEX3s ('the second and third quarters': 'second', 'third quarters'), the quarters of one year
    ("Sales rose in the second and third quarters.", [("second", "2023-Q2", "DATE"), ("third quarters", "2023-Q3", "DATE")]),
    ("Profit fell in the third and fourth quarters of 2022.", [("third", "2022-Q3", "DATE"), ("fourth quarters of 2022", "2022-Q4", "DATE")]),
    ("Rain fell through the spring and summer.", [("the spring", "2024-SP", "DATE"), ("summer", "2024-SU", "DATE")]),
    # tense.habitual: a part of a year on a verb with a habitual adverb is of every year (XXXX)
    ("Most sales are usually made in the second and fourth quarters.", [("second", "XXXX-Q2", "DATE"), ("fourth quarters", "XXXX-Q4", "DATE")]),
    ("Tourists usually arrive in July.", [("July", "XXXX-07", "DATE")]),
    ("The river typically floods in the spring.", [("the spring", "XXXX-SP", "DATE")]),
    # a half of a fiscal year is written as a half of that year ('the first half of fiscal 2025')
    ("The loan is due in the first half of fiscal 2025.", [("the first half of fiscal 2025", "2025-H1", "DATE")]),
    ("Growth slowed in the second half of last fiscal year.", [("the second half of last fiscal year", "2023-H2", "DATE")]),
    # 'the past' before a count is an adjective of the noun counted, no PAST_REF ('the past two elections')
    ("Turnout fell in the past two elections.", []),
    ("The coach lost the past 4 finals.", []),
    ("The rains failed in the past few seasons.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_value_families(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    got = [(d["text"], d["value"], d["type"]) for d in nlp(doc)._.dates]
    assert got == expected
