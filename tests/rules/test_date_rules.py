"""Regression table of the TIMEX3 gaps closed on the development set (TimeBank + AQUAINT):
ranges, clock times with days, expressions anchored on the last date mentioned, positions
and vague durations, fiscal periods, holidays, decades and centuries.

Each row: (text, expected), expected listing every date entry as (text, value, type, mod).
Published 2024-10-04, a Friday in ISO week 2024-W40. The rule ids must all be declared in
pipeline/dates/patterns/rules.json.
"""

from __future__ import annotations

import pytest

from pipeline.rules import stage_rules

PUB = "2024-10-04"

CASES = [
    # ranges: two TIMEX3, the year shared
    ("The conference runs March 23-25, 2025, in Vienna.", [("March 23", "2025-03-23", "DATE", None), ("25, 2025", "2025-03-25", "DATE", None)]),
    ("Voting took place on April 24 and 25.", [("April 24", "2024-04-24", "DATE", None), ("25", "2024-04-25", "DATE", None)]),
    ("The fair ran from March 30 to April 2, 2025.", [("March 30", "2025-03-30", "DATE", None), ("April 2, 2025", "2025-04-02", "DATE", None)]),
    ("Prices rose from 2014 to 2016.", [("2014", "2014", "DATE", None), ("2016", "2016", "DATE", None)]),
    ("The fair ran from 30 May to 2 June 2025.", [("30 May", "2025-05-30", "DATE", None), ("2 June 2025", "2025-06-02", "DATE", None)]),  # day first
    ("The talks are set for 12 and 13 June.", [("12", "2025-06-12", "DATE", None), ("13 June", "2025-06-13", "DATE", None)]),
    ("The drought lasted from March to May 2025.", [("March", "2025-03", "DATE", None), ("May 2025", "2025-05", "DATE", None)]),
    ("The 2014-16 downturn hurt exports.", [("2014", "2014", "DATE", None), ("16", "2016", "DATE", None)]),
    ("They met between Monday and Wednesday.", [("Monday", "2024-09-30", "DATE", None), ("Wednesday", "2024-10-02", "DATE", None)]),
    ("They meet between Monday and Wednesday.", [("Monday", "2024-10-07", "DATE", None), ("Wednesday", "2024-10-09", "DATE", None)]),  # the second after the first
    ("The fair runs from Friday to Sunday.", [("Friday", "2024-10-04", "DATE", None), ("Sunday", "2024-10-06", "DATE", None)]),
    ("He came on Wednesday and Monday.", [("Wednesday", "2024-10-02", "DATE", None), ("Monday", "2024-09-30", "DATE", None)]),  # two days, no range
    # clock times: with their day one TIME; alone, the publication day
    ("The vote is at 2 p.m. Tuesday.", [("2 p.m. Tuesday", "2024-10-08T14:00", "TIME", None)]),  # scheduled present: the next Tuesday
    ("The blast came at 4 a.m. EDT Thursday.", [("4 a.m. EDT Thursday", "2024-10-03T04:00", "TIME", None)]),
    ("Trading opened at 9:15 a.m.", [("9:15 a.m.", "2024-10-04T09:15", "TIME", None)]),
    # anchored on the last date mentioned, not on publication
    ("In 2019 the firm moved. A year earlier, it had lost money.", [("2019", "2019", "DATE", None), ("A year earlier", "2018", "DATE", None)]),
    ("The plant opened on March 3, 2020. Two days later it closed.", [("March 3, 2020", "2020-03-03", "DATE", None), ("Two days later", "2020-03-05", "DATE", None),]),
    ("The strike began in June 2021. The previous month, wages fell.", [("June 2021", "2021-06", "DATE", None), ("The previous month", "2021-05", "DATE", None)]),
    ("The law passed in 2010. The following year, prices rose.", [("2010", "2010", "DATE", None), ("The following year", "2011", "DATE", None)]),
    ("A hearing is set for the week of Nov. 18.", [("the week of Nov. 18", "2024-W47", "DATE", None)]),  # the week holding that day
    ("The talks resumed the week of Sept. 9.", [("the week of Sept. 9", "2024-W37", "DATE", None)]),
    ("Talks open the week beginning Monday, Jan. 6, 2025.", [("the week beginning Monday, Jan. 6, 2025", "2025-W02", "DATE", None)]),
    ("The plant closed on March 3, 2021. The previous Friday, workers had protested.", [("March 3, 2021", "2021-03-03", "DATE", None), ("The previous Friday", "2021-02-26", "DATE", None)]),
    ("The summit opened on June 9, 2022. The following Monday, talks resumed.", [("June 9, 2022", "2022-06-09", "DATE", None), ("The following Monday", "2022-06-13", "DATE", None)]),
    ("The plant closed on March 3, 2021. Workers had protested the Friday before.", [("March 3, 2021", "2021-03-03", "DATE", None), ("the Friday before", "2021-02-26", "DATE", None)]),
    ("The summit opened on June 9, 2022; talks resumed the Monday after, officials said.", [("June 9, 2022", "2022-06-09", "DATE", None), ("the Monday after", "2022-06-13", "DATE", None)]),
    ("The bill passed on Thursday, May 4, 2023. It was signed the next Thursday.", [("Thursday, May 4, 2023", "2023-05-04", "DATE", None), ("the next Thursday", "2023-05-11", "DATE", None)]),  # a week on, not the same day
    ("Net income for the third quarter rose 5% from a year ago.", [("the third quarter", "2024-Q3", "DATE", None), ("a year ago", "2023-Q3", "DATE", None)]),
    ("Third-quarter profit rose. The bank earned $2 million a year ago.", [("Third-quarter", "2024-Q3", "DATE", None), ("a year ago", "2023-Q3", "DATE", None)]),
    ("Third-quarter profit was $5 million, up from $3 million last year.", [("Third-quarter", "2024-Q3", "DATE", None), ("last year", "2023", "DATE", None)]),  # 'last year' names the year (measured: reading it as the quarter lost more than it won)
    ("Profit rose last year.", [("last year", "2023", "DATE", None)]),
    ("Third-quarter results came out. The firm cut jobs. Profit in the quarter was $5 million, against $3 million a year ago.", [("Third-quarter", "2024-Q3", "DATE", None), ("the quarter", "2024-Q3", "DATE", None), ("a year ago", "2023-Q3", "DATE", None)]),  # 'the quarter' names the period compared
    ("Sales rose in the third quarter. The agency proposed it two years ago.", [("the third quarter", "2024-Q3", "DATE", None), ("two years ago", "2022", "DATE", None)]),  # only 'a year ago' compares periods
    ("The bank had 500 staff a year ago.", [("a year ago", "2023", "DATE", None)]),  # no period to compare with
    ("Third-quarter sales rose. Sales in the quarter beat forecasts.", [("Third-quarter", "2024-Q3", "DATE", None), ("the quarter", "2024-Q3", "DATE", None)]),
    ("Profit in the third quarter rose from the year-earlier quarter.", [("the third quarter", "2024-Q3", "DATE", None), ("the year-earlier quarter", "2023-Q3", "DATE", None),]),
    ("Sales fell in 2020. That year, the plant closed.", [("2020", "2020", "DATE", None), ("That year", "2020", "DATE", None)]),
    ("Exports fell in 2021. The quarter was weak.", [("2021", "2021", "DATE", None), ("The quarter", "2021-QX", "DATE", None)]),
    ("Two years later the firm failed.", [("Two years later", "2026", "DATE", None)]),  # no earlier date: publication
    ("The blast came at noon. Ten minutes later the police arrived.", [("noon", "2024-10-04T12:00", "TIME", None), ("Ten minutes", "PT10M", "DURATION", None)]),  # a clock shift is no date
    ("Two years after the war the firm failed.", [("Two years", "P2Y", "DURATION", None)]),  # 'after the war': a duration
    # after a cue ('payable', 'until') the clause's tense does not place a date: the nearest
    ("The board declared a dividend payable Jan. 5.", [("Jan. 5", "2025-01-05", "DATE", None)]),
    ("The rule, effective Sept. 1, was ignored.", [("Sept. 1", "2024-09-01", "DATE", None)]),  # a cue gives the nearest, not always the next
    ("The offer was extended until Oct. 20.", [("Oct. 20", "2024-10-20", "DATE", None)]),
    ("They gave him until mid-November to reply.", [("mid-November", "2024-11", "DATE", "MID")]),
    ("The fund rose 2% this year through Sept. 27.", [("this year", "2024", "DATE", None), ("Sept. 27", "2024-09-27", "DATE", None)]),  # 'through' looks back
    ("Trading is to resume on Tuesday.", [("Tuesday", "2024-10-08", "DATE", None)]),  # 'is to': planned
    ("The Jan. 14 deadline is near.", [("Jan. 14", "2025-01-14", "DATE", None)]),
    ("The vote is this September.", [("this September", "2024-09", "DATE", None)]),
    # a month or quarter of a year named before or after it
    ("Profit rose in June last year.", [("June last year", "2023-06", "DATE", None)]),
    ("The deal closed in January this year.", [("January this year", "2024-01", "DATE", None)]),
    ("Sales fell in the 2023 third quarter.", [("the 2023 third quarter", "2023-Q3", "DATE", None)]),
    ("It takes effect in next year's first quarter.", [("next year's first quarter", "2025-Q1", "DATE", None)]),
    # 'current' is the publication's period, not the last one mentioned
    ("Sales fell in 2019. They should rise in the current quarter.", [("2019", "2019", "DATE", None), ("the current quarter", "2024-Q4", "DATE", None)]),
    ("Profit fell in 2019. The current fiscal year looks better.", [("2019", "2019", "DATE", None), ("The current fiscal year", "2024", "DATE", None)]),
    # the future, the past: the preposition stays out; year-end; the latest period of results
    ("Risks remain in the near future.", [("the near future", "FUTURE_REF", "DATE", None)]),
    ("In the past, exports grew.", [("the past", "PAST_REF", "DATE", None)]),
    ("The future of the alliance is unclear.", [("The future", "FUTURE_REF", "DATE", None)]),
    ("They signed the Partnership for the Future.", []),  # a title, not a time
    ("The minister spoke on ABC's This Week program.", []),  # a title, not a time
    ("Costs should fall in the short term.", [("the short term", "FUTURE_REF", "DATE", None)]),
    ("The deal should close by year-end.", [("year-end", "2024", "DATE", "END")]),
    ("The rules must be in place by year's end.", [("year's end", "2024", "DATE", "END")]),
    ("Third-quarter profit rose. Revenue in the latest period grew 5%.", [("Third-quarter", "2024-Q3", "DATE", None), ("the latest period", "2024-Q3", "DATE", None)]),
    ("The daily Herald reported the talks.", []),  # a newspaper, not a frequency
    # halves of a unit, written in the next smaller unit
    ("They lived in the camps for 2 1/2 years.", [("2 1/2 years", "P2Y6M", "DURATION", None)]),
    ("The meeting lasted five and a half hours.", [("five and a half hours", "PT5H30M", "DURATION", None)]),
    ("It took a year and a half.", [("a year and a half", "P1Y6M", "DURATION", None)]),
    ("The strike lasted 2.5 days.", [("2.5 days", "P2DT12H", "DURATION", None)]),
    # durations: 'more', '-long' adjectives; clock times with a part of day; Election Day
    ("Troops will stay for two more weeks.", [("two more weeks", "P2W", "DURATION", None)]),
    ("The loan may be extended for an additional year.", [("an additional year", "P1Y", "DURATION", None)]),
    ("After a day-long meeting, talks ended.", [("day-long", "P1D", "DURATION", None)]),
    ("It is a decades-long dispute.", [("decades-long", "PXDE", "DURATION", None)]),
    ("He will leave at 4 in the morning.", [("4 in the morning", "2024-10-04T04:00", "TIME", None)]),
    ("The rally starts at nine in the evening.", [("nine in the evening", "2024-10-04T21:00", "TIME", None)]),
    ("Polls open on Election Day.", [("Election Day", "2024-11-05", "DATE", None)]),
    ("He arrived last Thanksgiving.", [("last Thanksgiving", "2023-11-23", "DATE", None)]),
    # halves of a year in other words
    ("Profit should rise in the last half of 2025.", [("the last half of 2025", "2025-H2", "DATE", None)]),
    ("Growth slowed in the first two quarters of 2023.", [("the first two quarters of 2023", "2023-H1", "DATE", None)]),
    # more periods of the last date mentioned; 'couple of'; 'into the summer'
    ("Sales fell in the second quarter of 2023. Results for that quarter included a charge.", [("the second quarter of 2023", "2023-Q2", "DATE", None), ("that quarter", "2023-Q2", "DATE", None)]),
    ("Third-quarter profit rose. The latest quarter's results beat forecasts.", [("Third-quarter", "2024-Q3", "DATE", None), ("The latest quarter", "2024-Q3", "DATE", None)]),
    ("Over the next couple of years, demand will grow.", [("the next couple of years", "P2Y", "DURATION", None)]),
    ("Delays lasted well into the summer.", [("the summer", "2024-SU", "DATE", None)]),
    ("Net income for the fiscal year ended March 31 rose.", [("the fiscal year", "P1Y", "DURATION", None), ("March 31", "2024-03-31", "DATE", None)]),  # a span of results
    # positions and vague durations
    ("The deal should close by the end of the summer.", [("the end of the summer", "2025-SU", "DATE", "END")]),  # tense.modal: told in October, next summer
    ("Growth should pick up early next year.", [("early next year", "2025", "DATE", "START")]),
    ("Inflation peaked in mid-2023.", [("mid-2023", "2023", "DATE", "MID")]),
    ("Talks will continue in the coming days.", [("coming days", "PXD", "DURATION", None)]),
    ("In recent weeks prices fell.", [("recent weeks", "PXW", "DURATION", None)]),
    ("Business has been tough in recent quarters.", [("recent quarters", "PXQ", "DURATION", None)]),  # as recent weeks
    ("Margins should improve in coming quarters.", [("coming quarters", "PXQ", "DURATION", None)]),
    ("It turned a profit after several quarters of losses.", [("several quarters", "PXQ", "DURATION", None)]),  # not a fraction
    ("Three quarters of the votes were counted.", []),
    ("While there were no gains in the latest period, costs rose.", [("the latest period", "2024-Q3", "DATE", None)]),  # 'period' alone opens a window
    ("The weeks ahead will be hard.", [("The weeks ahead", "PXW", "DURATION", None)]),
    ("The storm hit over the weekend.", [("the weekend", "2024-W39-WE", "DATE", None)]),
    # fiscal periods
    ("Fiscal 2024 results were strong.", [("Fiscal 2024", "2024", "DATE", None)]),
    ("Results for the fiscal third quarter disappointed.", [("the fiscal third quarter", "2024-Q3", "DATE", None)]),
    ("Revenue rose in the third quarter of fiscal 2023.", [("the third quarter of fiscal 2023", "2023-Q3", "DATE", None)]),
    # holidays fixed in the calendar; Ramadan is not
    ("Shops were busy before Christmas.", [("Christmas", "2023-12-25", "DATE", "BEFORE")]),
    ("Families gathered on Thanksgiving Day.", [("Thanksgiving Day", "2023-11-23", "DATE", None)]),
    ("Easter 2025 was a quiet holiday.", [("Easter 2025", "2025-04-20", "DATE", None)]),
    ("Ramadan began.", []),
    # decades and centuries in every spelling
    ("In the nineties prices were low.", [("the nineties", "199", "DATE", None)]),
    ("The 1990s were calm.", [("The 1990s", "199", "DATE", None)]),
    ("Trade grew in the 1800s.", [("the 1800s", "18", "DATE", None)]),  # hundreds: a century
    ("Trade grew in the 1990's.", [("the 1990's", "199", "DATE", None)]),  # with an apostrophe
    ("In 1990's budget, cuts were made.", [("1990", "1990", "DATE", None)]),  # a year's
    ("Phones spread in the 2000s.", [("the 2000s", "200", "DATE", None)]),  # the decade, as used
    ("Music of the 90s.", [("the 90s", "199", "DATE", None)]),
    ("A nineteen-eighties style.", [("nineteen-eighties", "198", "DATE", None)]),
    ("The twentieth century ended.", [("The twentieth century", "19", "DATE", None)]),
    ("It was a record this century.", [("this century", "20", "DATE", None)]),
    ("Workers in their forties.", []),  # an age, not a decade
    ("Growth came in the twenty-tens.", [("the twenty-tens", "201", "DATE", None)]),
    ("Cars spread in the nineteen-teens.", [("the nineteen-teens", "191", "DATE", None)]),
    ("Twenty tens of crates came.", []),  # a count, not a decade
    ("Tens of thousands marched.", []),
    ("Phones spread in the noughties.", [("the noughties", "200", "DATE", None)]),
    ("Mills closed in the aughts.", [("the aughts", "200", "DATE", None)]),
    ("The turn of the century saw a boom.", [("The turn of the century", "2000", "DATE", "APPROX")]),  # the turn nearest publication
    ("The city grew at the turn of the 20th century.", [("the turn of the 20th century", "1900", "DATE", "APPROX")]),
    ("Clerks feared the turn of the millennium.", [("the turn of the millennium", "2000", "DATE", "APPROX")]),
    ("He was born in nineteen ninety-six.", [("nineteen ninety-six", "1996", "DATE", None)]),
    ("In the year two thousand we met.", [("the year two thousand", "2000", "DATE", None)]),
    ("Twenty one people died.", []),  # a count, not a year
    # sets: adverbs, not adjectives; 'previously' is no TIMEX3
    ("The paper is published daily.", [("daily", "P1D", "SET", None)]),
    ("Quarterly earnings rose.", []),
    ("It was previously banned.", []),
    # a weekday named with the month and day picks the year; a perfect looks back; a plan either way
    ("The paper ran an editorial on Monday, Oct. 7.", [("Monday, Oct. 7", "2024-10-07", "DATE", None)]),  # 2023-10-07 was a Saturday
    ("Police have been searching for him since Oct. 23.", [("Oct. 23", "2023-10-23", "DATE", "ON_OR_AFTER")]),
    ("They discussed a vote scheduled for Nov. 12.", [("Nov. 12", "2024-11-12", "DATE", None)]),
    ("The bank lent it $9 million through January.", [("January", "2025-01", "DATE", None)]),  # 'through' frees it from the tense: the nearest
    # 'the year-ago quarter' names a quarter, even after a day; after 'the quarter' resolved on 2022-Q2
    ("The plant closed on Sept. 30, 2023. Sales fell from the year-ago quarter.", [("Sept. 30, 2023", "2023-09-30", "DATE", None), ("the year-ago quarter", "2022-Q3", "DATE", None)]),
    ("Sales fell in the second quarter of 2022. In 2023, revenue in the quarter rose from the year-earlier quarter.", [("the second quarter of 2022", "2022-Q2", "DATE", None), ("2023", "2023", "DATE", None), ("the quarter", "2022-Q2", "DATE", None), ("the year-earlier quarter", "2021-Q2", "DATE", None)]),
    # approximators enter the span and set the mod ('since', 'about' stay out); so do 'earlier', 'later'
    ("The strike lasted nearly three weeks.", [("nearly three weeks", "P3W", "DURATION", "APPROX")]),
    # 'would' in what a past verb of saying reports is after the saying; elsewhere the nearest (tense.future_in_past)
    ("The minister told reporters that talks would begin on Thursday.", [("Thursday", "2024-10-10", "DATE", None)]),
    ("It would be a mistake to meet on Thursday.", [("Thursday", "2024-10-03", "DATE", None)]),
    ("Rescuers worked for more than 40 hours.", [("more than 40 hours", "PT40H", "DURATION", "MORE_THAN")]),  # TimeML's mods of a duration
    ("The ban runs for up to 180 days.", [("up to 180 days", "P180D", "DURATION", "EQUAL_OR_LESS")]),
    ("It took at least two weeks.", [("at least two weeks", "P2W", "DURATION", "EQUAL_OR_MORE")]),
    ("The vote took less than an hour.", [("less than an hour", "PT1H", "DURATION", "LESS_THAN")]),
    ("Talks resumed around March 3.", [("around March 3", "2024-03-03", "DATE", "APPROX")]),
    ("The firm cut jobs earlier this year.", [("earlier this year", "2024", "DATE", None)]),
    ("Later Tuesday, the council voted.", [("Later Tuesday", "2024-10-01", "DATE", None)]),
    # 'the year-earlier third quarter'; 'the' of an adjective stays out ('the third-quarter results'), a decade's enters
    ("Profit fell from the year-earlier third quarter.", [("the year-earlier third quarter", "2023-Q3", "DATE", None)]),
    ("Analysts await the third-quarter results.", [("third-quarter", "2024-Q3", "DATE", None)]),
    ("He chaired the late-November meeting.", [("late-November", "2023-11", "DATE", "END")]),
    ("Prices soared in the mid-1990s.", [("the mid-1990s", "199", "DATE", "MID")]),
    # a dateline's day is on or before publication, and anchors the story's relative dates
    ("WASHINGTON, March 3 (Reuters) - Talks ended.", [("March 3", "2024-03-03", "DATE", None)]),
    ("WASHINGTON, Sept. 30, 2024 /PRNewswire/ -- The firm said today it cut jobs.", [("Sept. 30, 2024", "2024-09-30", "DATE", None), ("today", "2024-09-30", "DATE", None)]),
    ("Bids stay open until 4 p.m. CET Nov. 12.", [("4 p.m. CET Nov. 12", "2024-11-12T16:00", "TIME", None)]),  # a clock time between cue and day
    # 'the 2023 quarter': the quarter of the last date mentioned, in 2023; 'the 2023 period': the year
    ("Third-quarter profit fell last year. It earned $3 million in the 2023 quarter.", [("Third-quarter", "2024-Q3", "DATE", None), ("last year", "2023", "DATE", None), ("the 2023 quarter", "2023-Q3", "DATE", None)]),
    ("Profit fell in the 2023 period.", [("the 2023 period", "2023", "DATE", None)]),
    # the next day, the day before: a day from the last date mentioned ('the day before police came': a conjunction)
    ("The plant opened on March 3, 2020. The next day, it closed.", [("March 3, 2020", "2020-03-03", "DATE", None), ("The next day", "2020-03-04", "DATE", None)]),
    ("The plant opened on March 3, 2020. The day before, workers protested.", [("March 3, 2020", "2020-03-03", "DATE", None), ("The day before", "2020-03-02", "DATE", None)]),
    ("The plant opened on March 3, 2020, the day before police came.", [("March 3, 2020", "2020-03-03", "DATE", None)]),
    # a day of the month alone: this month or the one around it, by the tense; not 'the 5th floor'
    ("Talks will start on the 9th and 10th in Geneva.", [("the 9th", "2024-10-09", "DATE", None), ("10th", "2024-10-10", "DATE", None)]),
    ("He was elected on the 28th.", [("the 28th", "2024-09-28", "DATE", None)]),
    ("The fire broke out on the 5th floor.", []),
    ("The leaders agreed to an OSCE meeting on the 13th.", [("the 13th", "2024-10-13", "DATE", None)]),  # the meeting's tense is not told: the nearest
    # a clock time without a day in its sentence: the last day just mentioned, never a date still unresolved
    ("The vote was held on Sunday. Polls closed at 10 p.m.", [("Sunday", "2024-09-29", "DATE", None), ("10 p.m.", "2024-09-29T22:00", "TIME", None)]),
    ("Polls closed at 22:30 and the last vote was cast the next day.", [("22:30", "2024-10-04T22:30", "TIME", None), ("the next day", "2024-10-05", "DATE", None)]),
    # a clock time alone on its line stamps what follows: no day said before it (anchor.clock_stamp)
    ("Talks resume on Monday.\n\n15:30\nDelegates left.", [("Monday", "2024-10-07", "DATE", None), ("15:30", "2024-10-04T15:30", "TIME", None)]),
    ("Talks resume on Monday.\n\n15:30 CET\nDelegates left.", [("Monday", "2024-10-07", "DATE", None), ("15:30", "2024-10-04T15:30", "TIME", None)]),
    ("Talks resume on Monday.\n\n15:30 — Diplomats in Geneva tell us that the delegation will not sign anything.", [("Monday", "2024-10-07", "DATE", None), ("15:30", "2024-10-04T15:30", "TIME", None)]),  # a stamp on the entry's first line (structure.stamp_lead)
    ("Talks resume on Monday.\n\n15:30 CET - Kenya: \"No deal yet\"\n\nDelegates left.", [("Monday", "2024-10-07", "DATE", None), ("15:30", "2024-10-04T15:30", "TIME", None)]),  # a stamp before its entry's headline
    # 'soon' in a past clause, 'soon after': relative to the story, not to publication
    ("Talks will resume soon.", [("soon", "FUTURE_REF", "DATE", None)]),
    ("The hostage was soon released.", []),
    ("He died soon after the crash.", []),
    ("He accepted an invitation to visit Japan in the near future.", [("the near future", "FUTURE_REF", "DATE", None)]),
    # 'the' of a counted span of time enters it
    ("Profit rose 5% in the nine months.", [("the nine months", "P9M", "DURATION", None)]),
    ("Sales in the latest six months fell.", [("the latest six months", "P6M", "DURATION", None)]),
    # a bare 'the year': the year of the last date mentioned
    ("Sales rose in the third quarter of 2021. For the year, profit fell.", [("the third quarter of 2021", "2021-Q3", "DATE", None), ("the year", "2021", "DATE", None)]),
    ("The year before, profit fell.", []),  # 'the year before' is no period of its own
    # fiscal reports: 'the quarter ended <month>' is that quarter; 'the latest quarter' has ended by publication
    ("For the quarter ended June 30, the bank earned $5 million.", [("the quarter", "2024-Q2", "DATE", None), ("June 30", "2024-06-30", "DATE", None)]),
    ("Net rose in the quarter ended Jan. 31. In the quarter, sales fell.", [("the quarter", "2023-Q4", "DATE", None), ("Jan. 31", "2024-01-31", "DATE", None), ("the quarter", "2023-Q4", "DATE", None)]),  # November to January: mostly the fourth
    ("Losses widened in the latest quarter.", [("the latest quarter", "2024-Q3", "DATE", None)]),
    ("Margins fell in the third quarter. In the latest quarter, costs rose.", [("the third quarter", "2024-Q3", "DATE", None), ("the latest quarter", "2024-Q3", "DATE", None)]),  # a reference wins
    ("Third-quarter profit rose. The firm expects fourth-quarter gains. In the latest quarter, costs rose.", [("Third-quarter", "2024-Q3", "DATE", None), ("fourth-quarter", "2024-Q4", "DATE", None), ("the latest quarter", "2024-Q3", "DATE", None)]),  # not one still running
    ("Third-quarter profit rose. It expects fourth-quarter gains. In the latest quarter, costs rose from a year ago.", [("Third-quarter", "2024-Q3", "DATE", None), ("fourth-quarter", "2024-Q4", "DATE", None), ("the latest quarter", "2024-Q3", "DATE", None), ("a year ago", "2023-Q3", "DATE", None)]),  # the quarter it names, not the coming one
    ("Profit rose in the third quarter. For the nine months, net rose 8% from a year earlier.", [("the third quarter", "2024-Q3", "DATE", None), ("the nine months", "P9M", "DURATION", None), ("a year earlier", "2023", "DATE", None)]),  # nine months back: only the year is told
    ("Sales rose in the third quarter. In the first nine months, they rose from a year ago.", [("the third quarter", "2024-Q3", "DATE", None), ("the first nine months", "P9M", "DURATION", None), ("a year ago", "2023", "DATE", None)]),
    ("Sales in the quarter ended Sept. 27 rose 4% from a year earlier.", [("the quarter", "2024-Q3", "DATE", None), ("Sept. 27", "2024-09-27", "DATE", None), ("a year earlier", "2023-Q3", "DATE", None)]),  # the quarter, not its last day
    ("Profit rose in the quarter ended June 30. A year earlier, it fell.", [("the quarter", "2024-Q2", "DATE", None), ("June 30", "2024-06-30", "DATE", None), ("A year earlier", "2023-Q2", "DATE", None)]),
    ("The mill opened on May 2, 2019. In the past three years, rents rose. Two days later, its owner quit.", [("May 2, 2019", "2019-05-02", "DATE", None), ("the past three years", "P3Y", "DURATION", None), ("Two days later", "2019-05-04", "DATE", None)]),  # a span is no day to count from
    ("The plant opened on April 8, 2020. In the first six months, it hired staff. Two weeks later it closed.", [("April 8, 2020", "2020-04-08", "DATE", None), ("the first six months", "P6M", "DURATION", None), ("Two weeks later", "2020-04-22", "DATE", None)]),
    ("The plant opened on April 8, 2020. In the first six months, it hired staff. A year later it closed.", [("April 8, 2020", "2020-04-08", "DATE", None), ("the first six months", "P6M", "DURATION", None), ("A year later", "2021-04-08", "DATE", None)]),  # forward: the day, not the span
    ("The quarter ended June 28. The next day, the treasurer quit.", [("The quarter", "2024-Q2", "DATE", None), ("June 28", "2024-06-28", "DATE", None), ("The next day", "2024-06-29", "DATE", None)]),  # the period's last day counts for a day
    ("The quarter ended June 28. A year earlier, profit fell.", [("The quarter", "2024-Q2", "DATE", None), ("June 28", "2024-06-28", "DATE", None), ("A year earlier", "2023-Q2", "DATE", None)]),  # but not for a year
    ("Sales rose in the week of April 10. They fell in the same week last year.", [("the week of April 10", "2024-W15", "DATE", None), ("the same week last year", "2023-W15", "DATE", None)]),  # the ISO week number kept
    ("Sales rose in the week of April 10. They fell in the same week of 2021.", [("the week of April 10", "2024-W15", "DATE", None), ("the same week of 2021", "2021-W15", "DATE", None)]),
    ("Sales rose in the week of April 10. A year earlier they fell.", [("the week of April 10", "2024-W15", "DATE", None), ("A year earlier", "2023-W15", "DATE", None)]),
    ("Profit rose in the third quarter from the same period last year.", [("the third quarter", "2024-Q3", "DATE", None), ("the same period last year", "2023-Q3", "DATE", None)]),  # one TIMEX3, the reference's period
    ("Sales rose in June from the same month a year earlier.", [("June", "2024-06", "DATE", None), ("the same month a year earlier", "2023-06", "DATE", None)]),
    ("Profit rose in the third quarter from the same period in 2007.", [("the third quarter", "2024-Q3", "DATE", None), ("the same period in 2007", "2007-Q3", "DATE", None)]),  # the reference's period, in the year named
    ("Sales fell in March, compared with the same month of 2019.", [("March", "2024-03", "DATE", None), ("the same month of 2019", "2019-03", "DATE", None)]),
    ("Exports rose 4% from the corresponding quarter of 2019.", [("the corresponding quarter of 2019", "2019-QX", "DATE", None)]),  # no quarter mentioned: which one is not told
    ("Profit rose in the third quarter. Last year it fell. Sales for last year's quarter were flat.", [("the third quarter", "2024-Q3", "DATE", None), ("Last year", "2023", "DATE", None), ("last year's quarter", "2023-Q3", "DATE", None)]),  # a year is no quarter
    ("Costs rose in the first quarter but fell in the quarter a year ago.", [("the first quarter", "2024-Q1", "DATE", None), ("the quarter a year ago", "2023-Q1", "DATE", None)]),
    ("Costs rose in March. In the month a year ago, they fell.", [("March", "2024-03", "DATE", None), ("the month a year ago", "2023-03", "DATE", None)]),
    ("Exports rose, the ministry said Tuesday, from the same period last year.", [("Tuesday", "2024-10-01", "DATE", None), ("the same period last year", "2023", "DATE", None)]),  # a day is no period: publication's year back
    ("Third-quarter sales rose, the firm said Tuesday. In the latest quarter, costs rose 5% from a year earlier.", [("Third-quarter", "2024-Q3", "DATE", None), ("Tuesday", "2024-10-01", "DATE", None), ("the latest quarter", "2024-Q3", "DATE", None), ("a year earlier", "2023-Q3", "DATE", None)]),  # the period named last, not the day
    ("The firm lost money in the past two quarters.", [("the past two quarters", "P2Q", "DURATION", None)]),
    ("Sales rose for three consecutive quarters.", [("three consecutive quarters", "P3Q", "DURATION", None)]),
    ("Profit fell two quarters ago.", []),  # no quarter arithmetic for 'ago': nothing rather than a duration
    # 'year-ago' compares with the current period: a reference already a year back is that period
    ("It lost $5 million in the 2023 period. The year-ago results included a charge.", [("the 2023 period", "2023", "DATE", None), ("The year-ago", "2023", "DATE", None)]),
    ("It lost $5 million in the third quarter. The year-ago results included a charge.", [("the third quarter", "2024-Q3", "DATE", None), ("The year-ago", "2023-Q3", "DATE", None)]),
    # a plan made in the past places its date on either side: the nearest
    ("The official said the vote was planned for early November.", [("early November", "2024-11", "DATE", "START")]),
    ("The meeting was scheduled for January.", [("January", "2025-01", "DATE", None)]),
    ("Officials met at a summit set for Rome in December.", [("December", "2024-12", "DATE", None)]),
    ("The summit was held in December.", [("December", "2023-12", "DATE", None)]),  # no plan: the past tense
    # 'current' as a time adjective
    ("The current market is weak.", [("current", "PRESENT_REF", "DATE", None)]),
    ("The current account deficit grew.", []),
    # tense: morphology over a wrong tag; a verbless sentence takes its paragraph's past
    ("In March, its chief quit.", [("March", "2024-03", "DATE", None)]),  # not 'quits': the past
    ("In November, its chief quit.", [("November", "2023-11", "DATE", None)]),  # the November before
    ("In November the chief quit.", [("November", "2023-11", "DATE", None)]),
    ("In November, the chief will quit.", [("November", "2024-11", "DATE", None)]),  # 'will': the next
    ("Profits fell. In November, a new chief.", [("November", "2023-11", "DATE", None)]),  # no verb: the story's past
    ("Profits will fall. In November, a new chief.", [("November", "2024-11", "DATE", None)]),  # no past before it: the nearest
    ("The vote was postponed to Tuesday.", [("Tuesday", "2024-10-08", "DATE", None)]),  # deferred: after the act
    ("Judges adjourned the trial until Monday.", [("Monday", "2024-10-07", "DATE", None)]),
    ("The vote was postponed on Tuesday.", [("Tuesday", "2024-10-01", "DATE", None)]),  # the day of the act
    ("Farmers planned a march on Saturday.", [("Saturday", "2024-10-05", "DATE", None)]),  # a past plan: the nearest
    ("Farmers held a march on Saturday.", [("Saturday", "2024-09-28", "DATE", None)]),
    # a bare past month takes the year the story told just before it in its paragraph
    ("In 2019 the mill grew. In March, its owner quit.", [("2019", "2019", "DATE", None), ("March", "2019-03", "DATE", None)]),
    ("In 2019 the mill grew. In March, it quit. A month later it shut.", [("2019", "2019", "DATE", None), ("March", "2019-03", "DATE", None), ("A month later", "2019-04", "DATE", None)]),  # a reference for what follows
    ("The mill was sold in 2021. In November, the buyer closed it.", [("2021", "2021", "DATE", None), ("November", "2021-11", "DATE", None)]),
    ("In 2019 the mill grew. In November, it will close.", [("2019", "2019", "DATE", None), ("November", "2024-11", "DATE", None)]),  # a future month: publication's
    ("The mill has grown since 2019. In March, its owner quit.", [("2019", "2019", "DATE", "ON_OR_AFTER"), ("March", "2024-03", "DATE", None)]),  # 'since' reaches to now
    ("They recalled the May 3, 2019, flood. In March, the owner quit.", [("May 3, 2019", "2019-05-03", "DATE", None), ("March", "2024-03", "DATE", None)]),  # a noun's date
    ("In 2019 the mill grew. Last week it shut. In March, its owner quit.", [("2019", "2019", "DATE", None), ("Last week", "2024-W39", "DATE", None), ("March", "2024-03", "DATE", None)]),  # back to now
    ("In 2019 the mill grew.\n\nIn March, its owner quit.", [("2019", "2019", "DATE", None), ("March", "2024-03", "DATE", None)]),  # another paragraph
    # a season with its position word; a part of the day alone takes the day of its sentence
    ("Orders recovered from the lows of the early summer.", [("the early summer", "2024-SU", "DATE", "START")]),
    ("Harvests began in late autumn.", [("late autumn", "2024-FA", "DATE", "END")]),
    ("Rebels shelled the port in the morning.", [("the morning", "2024-10-04TMO", "TIME", None)]),
    ("The polls closed on Sunday. In the evening, crowds gathered.", [("Sunday", "2024-09-29", "DATE", None), ("the evening", "2024-09-29TEV", "TIME", None)]),
    ("By mid afternoon the roads were shut.", [("mid afternoon", "2024-10-04TAF", "TIME", "MID")]),
    ("He reads the morning papers.", []),  # a kind of paper, not a time
    # days counted in business days; a later date; frequency adjectives
    ("Trades settle in three business days.", [("three business days", "P3D", "DURATION", None)]),
    ("Details will follow at a later date.", [("a later date", "FUTURE_REF", "DATE", None)]),
    ("Supporters hold a daily vigil outside the court.", [("daily", "P1D", "SET", None)]),
    ("The mayor gave her weekly address.", [("weekly", "P1W", "SET", None)]),
    ("Average daily volume fell.", []),  # a measure averaged over the day
    ("Daily life in the town is hard.", []),  # no repeated event
    ("It publishes a weekly newspaper.", []),  # a publication
    ("The firm issued its monthly report.", []),  # a report
    ("The team holds monthly meetings.", [("monthly", "P1M", "SET", None)]),  # a recurring event
    ("There are two daily flights to the island.", [("daily", "P1D", "SET", None)]),
    ("Guards make nightly patrols.", [("nightly", "P1D", "SET", None)]),
    ("Guards make nightly police patrols.", [("nightly", "P1D", "SET", None)]),  # one modifier between
    ("Prices are set on a weekly basis.", [("weekly", "P1W", "SET", None)]),
    ("The bank raised its quarterly dividend.", []),  # a kind of payment
    # sets named by a month, a season or a part of a weekday
    ("Pilgrims gather each August at the shrine.", [("each August", "XXXX-08", "SET", None)]),
    ("Floods return every spring.", [("every spring", "XXXX-SP", "SET", None)]),
    ("The market opens on Sunday mornings.", [("Sunday mornings", "XXXX-WXX-7TMO", "SET", None)]),
    ("Buses run on Friday and Saturday nights.", [("Friday", "XXXX-WXX-5TNI", "SET", None), ("Saturday nights", "XXXX-WXX-6TNI", "SET", None)]),  # the part applies to both
    # 'this' with a weekday: the tense says which side; days around yesterday and tomorrow
    ("The vote will be held this Thursday.", [("this Thursday", "2024-10-10", "DATE", None)]),
    ("The vote was held this Tuesday.", [("this Tuesday", "2024-10-01", "DATE", None)]),
    ("He flew in the day before yesterday.", [("the day before yesterday", "2024-10-02", "DATE", None)]),
    ("She leaves the day after tomorrow.", [("the day after tomorrow", "2024-10-06", "DATE", None)]),
    ("Over the years, the village shrank.", [("the years", "PXY", "DURATION", None)]),
    ("Shares were sold at the then-current price.", [("then-current", "PAST_REF", "DATE", None)]),
    # a part of the day after, of or before the last day mentioned
    ("The dam broke on May 2, 2021. The next morning, crews arrived.", [("May 2, 2021", "2021-05-02", "DATE", None), ("The next morning", "2021-05-03TMO", "TIME", None)]),
    ("The dam broke on May 2, 2021. That night, crews arrived.", [("May 2, 2021", "2021-05-02", "DATE", None), ("That night", "2021-05-02TNI", "TIME", None)]),
    ("The dam broke on May 2, 2021. It had rained the night before.", [("May 2, 2021", "2021-05-02", "DATE", None), ("the night before", "2021-05-01TNI", "TIME", None)]),
    ("The measure passed earlier in the week.", [("earlier in the week", "2024-W40", "DATE", None)]),
    ("Prices fell in 2019. Earlier in the year, they had risen.", [("2019", "2019", "DATE", None), ("Earlier in the year", "2019", "DATE", None)]),  # the year told before
    ("Growth slowed in the July-September quarter.", [("the July-September quarter", "2024-Q3", "DATE", None)]),
    ("Profit rose in the April to June quarter of 2023.", [("the April to June quarter of 2023", "2023-Q2", "DATE", None)]),
    ("The economy grew 0.5% in the July-September period.", [("the July-September period", "2024-Q3", "DATE", None)]),
    ("Sales rose in the January-June period.", [("the January-June period", "2024-H1", "DATE", None)]),  # six months: a half
    # dates spelled out, as transcripts print them
    ("The plant closed in January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01", "DATE", None)]),
    ("It froze in the winter of nineteen eighty-two.", [("the winter of nineteen eighty-two", "1982-WI", "DATE", None)]),
    ("The fair opened on the ninth of March, two thousand and three.", [("the ninth of March, two thousand and three", "2003-03-09", "DATE", None)]),
    ("The vote is on March twenty-third.", [("March twenty-third", "2025-03-23", "DATE", None)]),
    ("The third quarter was weak.", [("The third quarter", "2024-Q3", "DATE", None)]),  # an ordinal without its month
    ("The mill opened in 2010. It hired. It grew. In March, its owner quit.", [("2010", "2010", "DATE", None), ("March", "2024-03", "DATE", None)]),  # three sentences back: too far
    # a month in a noun's phrase: the act's past does not place the event it names; a future does
    ("The ministers discussed plans for a summit in November.", [("November", "2024-11", "DATE", None)]),  # the nearest
    ("A summit in November was discussed.", [("November", "2024-11", "DATE", None)]),
    ("The summit was held in November.", [("November", "2023-11", "DATE", None)]),  # the verb's own date
    ("The weekend in November was calm.", [("The weekend", "2024-W39-WE", "DATE", None), ("November", "2023-11", "DATE", None)]),  # told of the subject: the verb's
    # a season from the last date mentioned: that year's, the next to begin, the last to end
    ("The war ended in 1995. The following spring, refugees returned.", [("1995", "1995", "DATE", None), ("The following spring", "1996-SP", "DATE", None)]),
    ("He was elected in 2016. That summer, he resigned.", [("2016", "2016", "DATE", None), ("That summer", "2016-SU", "DATE", None)]),
    ("The dam burst in July 2016. The previous spring had been wet.", [("July 2016", "2016-07", "DATE", None), ("The previous spring", "2016-SP", "DATE", None)]),  # ended in May
    ("The dam burst in July 2016. The following spring, it was rebuilt.", [("July 2016", "2016-07", "DATE", None), ("The following spring", "2017-SP", "DATE", None)]),
    ("The plant closed in 2019. Early the next year, it reopened.", [("2019", "2019", "DATE", None), ("Early the next year", "2020", "DATE", "START")]),  # a step, not a span
    ("The firm will cut 500 jobs over the next year.", [("the next year", "P1Y", "DURATION", None)]),  # 'over': a span to come
    # counted spans in a row; every second unit; 'in as many days' counts events, not time
    ("The firm made losses for two straight years.", [("two straight years", "P2Y", "DURATION", None)]),
    ("Inflation has risen for 18 consecutive months.", [("18 consecutive months", "P18M", "DURATION", None)]),
    ("He visits his mother every other week.", [("every other week", "P2W", "SET", None)]),
    ("It was the third blast in as many days.", []),
    # 'the quarter' with no period before it: in a past clause the last one ended, else the current one
    ("The firm earned $5 million in the quarter.", [("the quarter", "2024-Q3", "DATE", None)]),
    ("The firm expects to earn $5 million in the quarter.", [("the quarter", "2024-Q4", "DATE", None)]),
    # no season stepped from a noun's modifier, from a decade, or from no date at all
    ("The lodge opened in 2018. That winter coat sold out.", [("2018", "2018", "DATE", None)]),  # a coat
    ("The guild was founded in the 1880s. That autumn, it met twice.", [("the 1880s", "188", "DATE", None)]),  # no year
    ("The next winter could be mild.", [("The next winter", "2024-WI", "DATE", None)]),  # no date before: from publication
    # 'for the week', 'the month's': the period summed up, of the last date mentioned; none without one
    ("The lake froze on Monday. Over the week, ice reached the harbour.", [("Monday", "2024-09-30", "DATE", None), ("the week", "2024-W40", "DATE", None)]),
    ("The bakery opened on June 2. It sold 400 loaves for the day.", [("June 2", "2024-06-02", "DATE", None), ("the day", "2024-06-02", "DATE", None)]),
    ("Exports rose in August. It was the month's best result.", [("August", "2024-08", "DATE", None), ("the month", "2024-08", "DATE", None)]),
    ("During the week, he works in the city.", []),  # weekdays, no period
    ("Fresh trout was the special of the day.", []),  # any day
    ("She was voted rookie of the month.", []),
    ("Our recipe of the week: plum cake.", []),
    ("Rents slid. For the month, they dropped 1%.", []),  # no date before it
    # a vague amount counted from another event or from now: a duration
    ("Days later, he resigned.", [("Days later", "PXD", "DURATION", None)]),
    ("Weeks earlier, he had warned of attacks.", [("Weeks earlier", "PXW", "DURATION", None)]),
    ("Only weeks ago, the orchard was bare.", [("weeks ago", "PXW", "DURATION", None)]),
    ("The body was found days after he vanished.", []),  # 'after' a clause: no span of its own
    # 'early in', 'late in' set the position as 'early', 'late' do
    ("The museum plans to reopen early in 2027.", [("early in 2027", "2027", "DATE", "START")]),
    ("The plant closed late in 2019.", [("late in 2019", "2019", "DATE", "END")]),
    # a clock time of two-digit hours; a one-digit hour says no half of the day, or is no time
    ("The ferry docks at 17:40.", [("17:40", "2024-10-04T17:40", "TIME", None)]),
    ("The ferry docked at 7:40 and sailed at 8:05.", []),  # morning or evening: unknown
    ("The plan is printed at 1:20 scale.", []),  # a scale
    ("The chart was drawn at 1:10,000.", []),
    ("She scored at 2:14 of the second period.", []),  # a game clock
    ("The team won 2:1.", []),  # a score
    ("Protesters gather every night outside the palace.", [("every night", "XXXX-XX-XXTNI", "SET", None)]),  # a part of every day
    # a fraction of one unit, in a smaller unit (not the whole unit); not counted from an event
    ("She waited half an hour.", [("half an hour", "PT30M", "DURATION", None)]),
    ("He ruled for almost a quarter of a century.", [("almost a quarter of a century", "P25Y", "DURATION", "APPROX")]),
    ("The pact has held for a half-century.", [("a half-century", "P50Y", "DURATION", None)]),
    ("The lake is half an hour's walk away.", [("half an hour", "PT30M", "DURATION", None)]),
    ("The firm is a half-century old.", []),  # an age
    ("Half a century ago the valley had no road.", [("Half a century ago", "1974", "DATE", None)]),  # counted back from publication (date.fraction_ago), not as "a century ago"
    ("The orchard bloomed again a half-century later.", []),
    # 'one day' between a modal or 'to' and a verb is an unplaced future
    ("He hopes to one day lead the party.", [("one day", "FUTURE_REF", "DATE", None)]),
    ("Rivers may one day flood the plain.", [("one day", "FUTURE_REF", "DATE", None)]),
    ("Tourists may one day return.", [("one day", "FUTURE_REF", "DATE", None)]),  # 'return' tagged as a noun
    ("The quarrel ended a quarter of an hour later.", []),  # counted from an event
    ("The strike lasted one day.", [("one day", "P1D", "DURATION", None)]),
    ("The judge reduced his term to one day in custody.", [("one day", "P1D", "DURATION", None)]),  # 'to' a length
    # results: halves and full years as adjectives; a quarter code alone; a quarter ending in a month
    ("First-half profit rose 10%.", [("First-half", "2024-H1", "DATE", None)]),
    ("The brewer said second-half sales fell.", [("second-half", "2023-H2", "DATE", None)]),  # H2 2024 not ended
    ("The brewer expects second-half sales to climb.", [("second-half", "2024-H2", "DATE", None)]),
    ("The club conceded a second-half penalty.", []),  # a half of a game
    ("A first-half rally lifted the team.", []),
    ("The company raised its full-year forecast.", [("full-year", "2024", "DATE", None)]),
    ("Sales in Q2 rose.", [("Q2", "2024-Q2", "DATE", None)]),  # the space after it stays out
    ("In the quarter ending in June, losses widened.", [("the quarter", "2024-Q2", "DATE", None), ("June", "2024-06", "DATE", None)]),
    ("Inflation will stay high until end-2025.", [("end-2025", "2025", "DATE", "END")]),  # 'end-' as 'the end of'
    ("The repair may need as long as a week.", [("a week", "P1W", "DURATION", None)]),
    # two dates written day first; not numbers before the verb 'may'
    ("The fair runs 12 and 13 June 2025.", [("12", "2025-06-12", "DATE", None), ("13 June 2025", "2025-06-13", "DATE", None)]),
    ("Gates 7 and 8 May reopen for trade.", []),
]  # fmt: skip


def rows(doc):
    return [(d["text"], d["value"], d["type"], d["mod"]) for d in doc._.dates]


@pytest.mark.parametrize("text, expected", CASES)
def test_date_rules_table(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    assert rows(doc) == expected
    declared = stage_rules("dates")
    assert all(d["rule_id"] in declared for d in doc._.dates)


def test_a_month_named_may_is_no_modal(nlp):
    doc = nlp.make_doc("In May one day, the well ran dry.")
    doc._.published = PUB
    assert "date.one_day" not in [d["rule_id"] for d in nlp(doc)._.dates]  # 'May' the month
