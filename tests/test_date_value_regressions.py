"""Regression table of the TIMEX3 value patterns of issue #17 and their fixes (invented sentences).

Each row is (sentence, expected), under its pattern's heading: `expected` lists every date
entry of the sentence as (text, value, type); an empty list means the rule must not fire.
Published 2024-05-15, a Wednesday in ISO week 2024-W20.
"""

# ruff: noqa: E501  (one line per case, as in tests/rules)

from __future__ import annotations

import pytest

PUB = "2024-05-15"

# fmt: off
CASES = [
    # 'the past year' is a span up to now, whatever precedes it (news uses 'in the past year' for the last twelve months)
    ("The team changed coaches twice in the past year.", [("the past year", "P1Y", "DURATION")]),
    ("In the past year, the city built four schools.", [("the past year", "P1Y", "DURATION")]),
    ("Bus fares doubled over the past year.", [("the past year", "P1Y", "DURATION")]),  # a span up to now
    ("The clinic has been shut for the past year.", [("the past year", "P1Y", "DURATION")]),
    ("Membership has grown within the past year.", [("the past year", "P1Y", "DURATION")]),
    ("Prices have risen in the past year or two.", [("the past year", "P1Y", "DURATION")]),
    ("In the past year and a half, rents doubled.", [("the past year", "P1Y", "DURATION")]),
    ("In the past year before the vote, the senator said little.", [("the past year", "P1Y", "DURATION")]),
    ("The past year has been hard for growers.", [("The past year", "P1Y", "DURATION")]),
    ("Rents rose by a fifth in the past month.", [("the past month", "P1M", "DURATION")]),  # a month: a span
    ("She has lived abroad for the past month.", [("the past month", "P1M", "DURATION")]),
    ("Water use fell during the last month.", [("the last month", "P1M", "DURATION")]),
    ("The mayor has travelled widely in the last year.", [("the last year", "P1Y", "DURATION")]),
    ("In the last year Jones coached the school team.", [("the last year", "P1Y", "DURATION")]),  # maybe his final one
    ("The ferry was idle for the past week.", [("the past week", "P1W", "DURATION")]),  # a week stays a span
    ("It was the last year he played for the club.", [("the last year", "P1Y", "DURATION")]),
    # 'the last <unit> of' a span is its final one; 'the next <unit> of' is still next week (year)
    ("He spent the last month of his life in Rome.", []),  # the final month, not April
    ("In the last year of the war, bread ran short.", []),  # the final year of a span
    ("The minister resigned last month.", [("last month", "2024-04", "DATE")]),  # without 'the ... of': unchanged
    ("Lawyers said the next week of the hearing would be about money.", [("next week", "2024-W21", "DATE")]),  # 'the next ... of': still next week
    ("Both sides agreed the next year of talks would decide the deal.", [("next year", "2025", "DATE")]),
    # 'the following weekend': a weekend stepped from the last DAY told; none after a week, month or year, none past in a future clause
    ("The fair opened on Friday, June 7. The following weekend the choir sang.", [("Friday, June 7", "2024-06-07", "DATE"), ("The following weekend", "2024-W23-WE", "DATE")]),
    ("The fair closed on Sunday, June 9. The following weekend it rained.", [("Sunday, June 9", "2024-06-09", "DATE"), ("The following weekend", "2024-W24-WE", "DATE")]),
    ("The trial opened on Monday, and the previous weekend the jury visited the site.", [("Monday", "2024-05-13", "DATE"), ("the previous weekend", "2024-W19-WE", "DATE")]),
    ("The fair opened in June. The following weekend the choir sang.", [("June", "2023-06", "DATE")]),  # no day: no weekend
    ("Turnout rose last week. The leader will hold a rally the following weekend.", [("last week", "2024-W19", "DATE")]),  # a week: no weekend
    ("The pact was due the weekend of May 25. Envoys would meet the following weekend.", [("the weekend of May 25", "2024-W21-WE", "DATE")]),  # a weekend: not that same one
    ("The mediator was ready to host talks the following weekend.", []),  # no date told
    ("The vote is on July 4. A poll last week put the party ahead. It will hold a rally the following weekend.", [("July 4", "2024-07-04", "DATE"), ("last week", "2024-W19", "DATE")]),  # the last date is a week: not July 4's weekend
    ("The talks ended on May 2. The leaders will meet again the following weekend.", [("May 2", "2024-05-02", "DATE")]),  # future: not a past weekend
    ("The talks opened on Monday. The leaders will meet again the following weekend.", [("Monday", "2024-05-13", "DATE"), ("the following weekend", "2024-W20-WE", "DATE")]),
    ("The fair opened on Saturday, June 8. The following weekend it rained.", [("Saturday, June 8", "2024-06-08", "DATE"), ("The following weekend", "2024-W24-WE", "DATE")]),  # a Saturday: the next weekend
    ("The fair opened on Saturday, June 8. The previous weekend it rained.", [("Saturday, June 8", "2024-06-08", "DATE"), ("The previous weekend", "2024-W22-WE", "DATE")]),
    ("The band played the following weekend-long festival.", []),
    ("Sales fell in 2023. The following weekend shoppers returned.", [("2023", "2023", "DATE")]),  # a year: no weekend
    ("The club lost on Saturday. The following weekend's fixture was postponed.", [("Saturday", "2024-05-11", "DATE"), ("The following weekend", "2024-W20-WE", "DATE")]),
    ("The fair opened in June. The following week the choir sang.", [("June", "2023-06", "DATE"), ("The following week", "2023-WXX", "DATE")]),  # nor a week
    ("The fair closed on Sunday, June 9. The previous weekend it rained.", [("Sunday, June 9", "2024-06-09", "DATE"), ("The previous weekend", "2024-W22-WE", "DATE")]),
    # a bare 'first / second half' names no half of a year: sport, films and farming share it
    ("Profit rose in the second half, the grocer said.", []),
    ("Despite weak sales, the side rallied in the second half.", []),
    ("The club's income rose, and in the first half the team won six games.", []),
    ("Smith scored twice in the second half to win the match.", []),
    ("The first half of the film is slow.", []),
    ("Attendance fell sharply in the second half of the season.", []),
    ("Sales will recover in the second half of the year.", [("the second half of the year", "2024-H2", "DATE")]),  # named
    ("First-half profit rose by a tenth.", [("First-half", "2023-H1", "DATE")]),  # the adjective keeps its results noun
    # a week named within a month; the week or weekend of a day (one resolver)
    ("The plant will close in the last week of October.", [("the last week of October", "2024-W44", "DATE")]),  # Oct 28 - Nov 3: mostly October
    ("Talks stalled in the first week of March 2021.", [("the first week of March 2021", "2021-W09", "DATE")]),
    ("The vote is set for the first week of March.", [("the first week of March", "2025-W10", "DATE")]),  # future: next March
    ("The council met on the weekend of June 10.", [("the weekend of June 10", "2023-W23-WE", "DATE")]),  # past: last June (a Saturday)
    ("The council met on the weekend of June 8.", [("the weekend of June 8", "2023-W23", "DATE")]),  # a Thursday: its weekend is unsure, the week stands
    ("The vote is set for the weekend of June 8, 2026.", [("the weekend of June 8, 2026", "2026-W24", "DATE")]),  # a Monday: not the weekend after
    ("The vote is set for the weekend of June 12, 2026.", [("the weekend of June 12, 2026", "2026-W24-WE", "DATE")]),  # a Friday
    ("The vote is set for the weekend of June 7, 2026.", [("the weekend of June 7, 2026", "2026-W23-WE", "DATE")]),  # a Sunday
    ("The race is on the weekend of Monday, June 3.", [("the weekend of Monday, June 3", "2024-W23", "DATE")]),  # a weekday named: still only the week
    ("The council met in the week of June 8.", [("the week of June 8", "2023-W23", "DATE")]),
    ("The vote is set for the week of June 8, 2025.", [("the week of June 8, 2025", "2025-W23", "DATE")]),
    ("The last week of the trial was tense.", []),  # a week of no month
    ("It was his first week of work.", []),
    # 'the year before' at the end of a phrase: a step from a date of its own sentence; 'the day before' from the last date mentioned, else publication
    ("Sales reached $4 million in 2021, up from $3 million the year before.", [("2021", "2021", "DATE"), ("the year before", "2020", "DATE")]),
    ("He was arrested on May 3; his brother had fled the day before.", [("May 3", "2024-05-03", "DATE"), ("the day before", "2024-05-02", "DATE")]),
    ("He met the minister the day before the vote.", []),  # the vote's date is not told
    ("The year before, profit fell.", []),  # no date mentioned to step from
    ("Acme was founded in 1998 by two sisters. It makes pumps. Profit was $3 million, down from $4 million the year before.", [("1998", "1998", "DATE")]),  # not 1997: a date of its own sentence only
    ("The day before yesterday was hot.", [("The day before yesterday", "2024-05-13", "DATE")]),
    ("Bond prices recovered after sliding 3 percent the day before, dealers said.", [("the day before", "2024-05-14", "DATE")]),  # no date told: from publication
    ("The index ended at 912, up from 897 the day before.", [("the day before", "2024-05-14", "DATE")]),
    ("The mayor resigned, and her deputy left the day after.", [("the day after", "2024-05-16", "DATE")]),
    # a bare quarter takes publication's year, not an earlier one told before it (a founding, a listing)
    ("Acme, founded in 1998, makes pumps. In the first quarter, its revenue rose.", [("1998", "1998", "DATE"), ("the first quarter", "2024-Q1", "DATE")]),
    ("The firm listed its shares in 2015. In the first quarter, sales rose.", [("2015", "2015", "DATE"), ("the first quarter", "2024-Q1", "DATE")]),
    ("The firm was sold in 2021. Its sales in the first quarter of last year fell.", [("2021", "2021", "DATE"), ("the first quarter of last year", "2023-Q1", "DATE")]),  # named
    ("The firm was sold in 2021. Last month it said first-half profit rose.", [("2021", "2021", "DATE"), ("Last month", "2024-04", "DATE"), ("first-half", "2023-H1", "DATE")]),
    ("In 2019 the firm grew fast. In March, its chief quit.", [("2019", "2019", "DATE"), ("March", "2019-03", "DATE")]),  # a bare month still does
    # a season, quarter or half 'of that year', 'of the following year': the part of the year stepped from the last date told; 'of last year': of publication's
    ("The mill opened in 2015. In the second half of that year, it closed.", [("2015", "2015", "DATE"), ("the second half of that year", "2015-H2", "DATE")]),
    ("The mill opened in 2015. In the third quarter of that year, it closed.", [("2015", "2015", "DATE"), ("the third quarter of that year", "2015-Q3", "DATE")]),  # not this year's quarter plus 'that year'
    ("The mill opened in 2015. In the summer of that year, it closed.", [("2015", "2015", "DATE"), ("the summer of that year", "2015-SU", "DATE")]),
    ("The mill opened in March 2015 and shut in the autumn of the following year.", [("March 2015", "2015-03", "DATE"), ("the autumn of the following year", "2016-FA", "DATE")]),  # a year step
    ("The mill opened in March 2015 and shut the following autumn.", [("March 2015", "2015-03", "DATE"), ("the following autumn", "2015-FA", "DATE")]),  # a season step
    ("The mill opened in 2015, and in the first half of the previous year it was built.", [("2015", "2015", "DATE"), ("the first half of the previous year", "2014-H1", "DATE")]),
    ("Elections are due in the autumn of next year.", [("the autumn of next year", "2025-FA", "DATE")]),
    ("He left the firm in the fall of last year.", [("the fall of last year", "2023-FA", "DATE")]),
    ("The summer of this year was dry.", [("The summer of this year", "2024-SU", "DATE")]),
    ("The town grew in the 1990s. In the summer of that year, a mill opened.", [("the 1990s", "199", "DATE")]),  # a decade names no year
    ("The fall of last year's prices hurt farmers.", [("last year", "2023", "DATE")]),  # a drop in prices, not autumn
    ("The sharp fall of last year shocked traders.", [("last year", "2023", "DATE")]),  # 'the' is not before 'fall'
    ("The club won in 2004 and lost the fifth quarter of that year.", [("2004", "2004", "DATE"), ("that year", "2004", "DATE")]),  # no fifth quarter
    ("It was the summer of that year-long drought.", [("year-long", "P1Y", "DURATION")]),
    ("The Summer Of Last Year is a novel.", []),  # a title
    ("Sales rose in 2019 and fell in the Autumn of last year.", [("2019", "2019", "DATE"), ("last year", "2023", "DATE")]),  # a capital after the first word: read as a title, only the year
    ("SALES ROSE IN 2019 AND FELL IN THE AUTUMN OF THE FOLLOWING YEAR.", [("2019", "2019", "DATE"), ("THE FOLLOWING YEAR", "2020", "DATE")]),  # an all-caps line likewise
    ("The band toured in 2003. The summer of\nthat year was dry.", [("2003", "2003", "DATE"), ("The summer of that year", "2003-SU", "DATE")]),  # a hard-wrapped line reads as one
    ("In the first half of the same year, exports fell.", [("the first half of the same year", "2024-H1", "DATE")]),  # no date told: publication's year
    # a season told is a reference as its year is: later steps count from it, not from publication
    ("The winter of last year was mild. A year later, the lake froze.", [("The winter of last year", "2023-WI", "DATE"), ("A year later", "2024", "DATE")]),  # not 2025
    ("The army held the pass in the summer of last year and gave it up two months later.", [("the summer of last year", "2023-SU", "DATE"), ("two months later", "2023-XX", "DATE")]),  # not 2024-07
    ("Rents fell in the autumn of last year. That year, wages rose.", [("the autumn of last year", "2023-FA", "DATE"), ("That year", "2023", "DATE")]),
    ("Rents fell in the autumn of last year. In the spring of that year, wages rose.", [("the autumn of last year", "2023-FA", "DATE"), ("the spring of that year", "2023-SP", "DATE")]),  # not 2024-SP
    ("Rents fell in the summer of 2019. In the winter of the following year, wages rose.", [("the summer of 2019", "2019-SU", "DATE"), ("the winter of the following year", "2020-WI", "DATE")]),
    ("Rents fell in the spring of last year. The following autumn, wages rose.", [("the spring of last year", "2023-SP", "DATE"), ("The following autumn", "2023-FA", "DATE")]),  # the next autumn to begin, not a year on
    ("Rents fell in the autumn of 2021. That winter, wages rose.", [("the autumn of 2021", "2021-FA", "DATE"), ("That winter", "2021-WI", "DATE")]),
    # 'today's' before a noun of people or of an age is the present age (TimeML's generic 'today'), not the day; before any other noun, the day
    ("Few of today's teenagers are on the phone.", [("today", "PRESENT_REF", "DATE")]),
    ("Tomorrow's children may not read them.", [("Tomorrow", "FUTURE_REF", "DATE")]),
    ("Polls say today's young people are priced out.", [("today", "PRESENT_REF", "DATE")]),
    ("Today's kids, the survey found, sleep less.", [("Today", "PRESENT_REF", "DATE")]),
    ("By today's standards the old ferry was slow.", [("today", "PRESENT_REF", "DATE")]),
    ("Rent was $90 in 1970, or $700 in today's terms.", [("1970", "1970", "DATE"), ("today", "PRESENT_REF", "DATE")]),
    ("Tomorrow's generation of ferries will run on batteries.", [("Tomorrow", "FUTURE_REF", "DATE")]),  # 'generation of': an age
    ("Today's world debut of the opera was postponed.", [("Today", "2024-05-15", "DATE")]),  # 'world' modifies a noun
    ("Today's chess final in Oslo was called off.", [("Today", "2024-05-15", "DATE")]),  # not a noun of people or an age
    ("Today's youth orchestra concert was called off.", [("Today", "2024-05-15", "DATE")]),  # 'youth' modifies a noun: the day's concert
    ("Yesterday's world title fight went twelve rounds.", [("Yesterday", "2024-05-14", "DATE")]),  # 'world' modifies a noun
    ("Tomorrow's World Trade Fair opens at noon.", [("Tomorrow", "2024-05-16", "DATE"), ("noon", "2024-05-16T12:00", "TIME")]),  # a name
    ("Yesterday's parents' evening at the college ran late.", [("Yesterday", "2024-05-14", "DATE")]),  # a possessive after the noun
    ("Today's children's choir sang twice.", [("Today", "2024-05-15", "DATE")]),
    ("Tomorrow's kids' triathlon starts at 8 a.m.", [("Tomorrow", "2024-05-16", "DATE"), ("8 a.m.", "2024-05-16T08:00", "TIME")]),  # the day, and the clock on it
    ("Yesterday's families picnic in the park drew crowds.", [("Yesterday", "2024-05-14", "DATE")]),
    ("Under today's terms of the merger, holders get two shares.", [("today", "2024-05-15", "DATE")]),  # the terms set today
    ("Under today's terms, holders get two shares.", [("today", "2024-05-15", "DATE")]),  # 'terms' is an age only after 'in'
    ("Today's Culture Hour airs at noon.", [("Today", "2024-05-15", "DATE"), ("noon", "2024-05-15T12:00", "TIME")]),  # a programme's name
    ("TODAY'S WORLD NEWS\nTroops left the port.", [("TODAY", "2024-05-15", "DATE")]),  # a heading, a noun after 'world'
    ("In today's world, news travels fast.", [("today", "PRESENT_REF", "DATE")]),
    ("The house would cost $2 million in today's dollars.", [("today", "PRESENT_REF", "DATE")]),
    ("Today's vote was delayed.", [("Today", "2024-05-15", "DATE")]),  # the day's vote
    ("Yesterday's meeting ran late.", [("Yesterday", "2024-05-14", "DATE")]),
    ("Today's prices rose 2%.", [("Today", "2024-05-15", "DATE")]),  # a market report's day
    ("Today's youthful crowd cheered.", [("Today", "2024-05-15", "DATE")]),  # 'youthful' is no age group
    # 'a week from today' is counted from publication, as 'from now'; 'five years ago today (this month)' is the anniversary's day (month)
    ("The results are due a week from today.", [("a week from today", "2024-05-22", "DATE")]),  # counted from a day: a day
    ("The results are due a week from now.", [("a week from now", "2024-W21", "DATE")]),  # from now: the week
    ("The lease ends two months from today.", [("two months from today", "2024-07-15", "DATE")]),
    ("Ten days from today, the law takes effect.", [("Ten days from today", "2024-05-25", "DATE")]),
    ("Prices fell two days from today's peak.", [("two days", "P2D", "DURATION"), ("today", "2024-05-15", "DATE")]),  # 'from today's': not counted from today
    ("Five years ago today, the bridge fell.", [("Five years ago today", "2019-05-15", "DATE")]),
    ("The treaty was signed 25 years ago this month.", [("25 years ago this month", "1999-05", "DATE")]),
    ("Two years ago this week, the dam burst.", [("Two years ago", "2022", "DATE"), ("this week", "2024-W20", "DATE")]),  # a week's anniversary is left as it was
    ("In the first quarter, output grew 6% on a year ago today.", [("the first quarter", "2024-Q1", "DATE"), ("a year ago today", "2023-05-15", "DATE")]),  # a day: no quarter compared
    ("In the first quarter, sales rose 4% from a year ago.", [("the first quarter", "2024-Q1", "DATE"), ("a year ago", "2023-Q1", "DATE")]),  # unchanged: the quarter compared
    ("He left two years ago. Today, he returned.", [("two years ago", "2022", "DATE"), ("Today", "2024-05-15", "DATE")]),  # two sentences
    ("Shares rose a year ago, and today they fell.", [("a year ago", "2023", "DATE"), ("today", "2024-05-15", "DATE")]),
    # '<amount> before/after' with what follows it is a duration (the event it counts from is no date); at the end of a phrase it moves the last date told
    ("Twelve years after the law passed, it was repealed.", [("Twelve years", "P12Y", "DURATION")]),  # not 12 years after publication
    ("Two months before rebels seized the town, aid stopped.", [("Two months", "P2M", "DURATION")]),
    ("A few weeks after the mayor spoke, the guards left.", [("A few weeks", "PXW", "DURATION")]),
    ("The court ruled ten working days after April 2.", [("ten working days", "P10D", "DURATION"), ("April 2", "2024-04-02", "DATE")]),  # a date after it: still the amount
    ("The mill shut on May 3; two days after, the workers left.", [("May 3", "2024-05-03", "DATE"), ("two days after", "2024-05-05", "DATE")]),  # end of a phrase: a shift
    ("The mill shut on May 3. Two weeks before, the owner had sold it.", [("May 3", "2024-05-03", "DATE"), ("Two weeks before", "2024-04-19", "DATE")]),
    ("He resigned six months before.", [("six months before", "2023-11", "DATE")]),
    ("The shop closed on May 3. Its owner had sold it a month before and moved away.", [("May 3", "2024-05-03", "DATE"), ("a month before", "2024-04-03", "DATE")]),  # a conjunction after: still a shift
    ("The shop closed on May 3. Its owner had sold it ten days before in secret, records show.", [("May 3", "2024-05-03", "DATE"), ("ten days before", "2024-04-23", "DATE")]),  # a prepositional phrase after
    ("The shop closed on May 3. Three days after — on a Monday — its owner fled.", [("May 3", "2024-05-03", "DATE"), ("Three days after", "2024-05-06", "DATE"), ("Monday", "2024-05-13", "DATE")]),  # a dash after
    ("The gale hit on Monday. Pilots had been warned two days before but few stayed home.", [("Monday", "2024-05-13", "DATE"), ("two days before", "2024-05-11", "DATE")]),
    ("The shop closed on May 3. A day before at the depot, drivers had protested.", [("May 3", "2024-05-03", "DATE"), ("A day before", "2024-05-02", "DATE")]),
    ("Police patrol the square two days before and after the match.", [("two days", "P2D", "DURATION")]),  # 'before and after' an event: a duration
    ("The pact was signed in 1990, and a year after Latvia broke away.", [("1990", "1990", "DATE"), ("a year", "P1Y", "DURATION")]),  # a clause after: a duration
    ("The mill shut in 2015, and three years later it reopened.", [("2015", "2015", "DATE"), ("three years later", "2018", "DATE")]),  # 'later' unchanged
    # a clock time takes its day from a day's part told with it ('Tuesday afternoon at 4 p.m.' is that Tuesday, not publication)
    ("The council met Tuesday afternoon at 4 p.m. to vote.", [("Tuesday afternoon", "2024-05-14TAF", "TIME"), ("4 p.m.", "2024-05-14T16:00", "TIME")]),
    ("The vote is set for Friday morning at 9 a.m.", [("Friday morning", "2024-05-17TMO", "TIME"), ("9 a.m.", "2024-05-17T09:00", "TIME")]),
    ("At 6 a.m. on Monday morning, the gates opened.", [("6 a.m.", "2024-05-13T06:00", "TIME"), ("Monday morning", "2024-05-13TMO", "TIME")]),
    ("The polls shut on Sunday evening. Counting began at 10 p.m.", [("Sunday evening", "2024-05-12TEV", "TIME"), ("10 p.m.", "2024-05-12T22:00", "TIME")]),  # a sentence back
    ("In the morning, at 6 a.m., the sirens sounded.", [("the morning", "2024-05-15TMO", "TIME"), ("6 a.m.", "2024-05-15T06:00", "TIME")]),  # no day told: publication's
    ("Thursday night at 11 p.m. the ferry docked.", [("Thursday night", "2024-05-09TNI", "TIME"), ("11 p.m.", "2024-05-09T23:00", "TIME")]),  # night with p.m.: that day
    ("Last night a pipe burst at 3 a.m. in the depot.", [("Last night", "2024-05-14TNI", "TIME"), ("3 a.m.", "2024-05-15T03:00", "TIME")]),  # a.m. after night: not that day
    ("Friday night at 2 a.m., the power failed.", [("Friday night", "2024-05-10TNI", "TIME"), ("2 a.m.", "2024-05-15T02:00", "TIME")]),  # a.m. after night: not Friday
    ("The market closed Monday evening and the report was due at 8 a.m.", [("Monday evening", "2024-05-13TEV", "TIME"), ("8 a.m.", "2024-05-15T08:00", "TIME")]),  # a.m. after evening: not Monday
    ("Tuesday morning at 4 p.m. the train left.", [("Tuesday morning", "2024-05-14TMO", "TIME"), ("4 p.m.", "2024-05-15T16:00", "TIME")]),  # p.m. after morning: not Tuesday
    # 'or so' after an amount or a date enters the span and makes it APPROX before punctuation, the end or a word that goes on (lexicon: approximate_suffix_followers); not 'or so-called', 'or so many', 'or so he says'
    ("The shed was painted three days or so ago.", [("three days or so ago", "2024-05-12", "DATE")]),
    ("The bridge will be shut for an hour or so.", [("an hour or so", "PT1H", "DURATION")]),
    ("The dough must rest a day or so before baking.", [("a day or so", "P1D", "DURATION")]),  # a word that goes on
    ("The kettle needs a minute or so to boil.", [("a minute or so", "PT1M", "DURATION")]),  # a word that goes on
    ("The chapel was built in 1890 or so, the deeds suggest.", [("1890 or so", "1890", "DATE")]),
    ("He has lived here ten years or so-called friends say.", [("ten years", "P10Y", "DURATION")]),  # a compound after
    ("It took two days or so many people claimed.", [("two days", "P2D", "DURATION")]),
    ("She waited two hours or so he says.", [("two hours", "PT2H", "DURATION")]),  # 'so' begins a clause
    ("Prices held for a year, or so the bank said.", [("a year", "P1Y", "DURATION")]),
    ("The fight lasted three rounds or so.", []),  # no time unit
    ("The pilgrims rested ten days or so their guide believed.", [("ten days", "P10D", "DURATION")]),  # a clause after: 'so' is its adverb
    ("The snow lay deep on Sunday or so the skiers insist.", [("Sunday", "2024-05-12", "DATE")]),
    ("The audit ran two months\nor so auditors told the board.", [("two months", "P2M", "DURATION")]),  # hard-wrapped
    # 'the day before / after' and 'the eve of' a day named right after: one day from it, one span; no day named: the phrase stays out
    ("The choir rehearsed the day before May 3.", [("the day before May 3", "2024-05-02", "DATE")]),
    ("The kiln was lit the day after Thursday's delivery of clay.", [("the day after Thursday", "2024-05-10", "DATE")]),  # a weekday's noun
    ("Skiers crowded the slopes the day after Christmas.", [("the day after Christmas", "2023-12-26", "DATE")]),
    ("The club voted the day before Sept. 12, 2023.", [("the day before Sept. 12, 2023", "2023-09-11", "DATE")]),
    ("The orchestra tuned up on the eve of Saturday, June 1.", [("the eve of Saturday, June 1", "2024-05-31", "DATE")]),
    ("He will fly out the day after June 20 at 9 a.m.", [("the day after June 20", "2024-06-21", "DATE"), ("9 a.m.", "2024-06-21T09:00", "TIME")]),  # the clock takes the moved day
    ("The day after 2019 began, the plant closed.", [("2019", "2019", "DATE")]),  # a year: no day to move
    ("The week before Christmas, shops were full.", [("Christmas", "2023-12-25", "DATE")]),  # a week: not a day step
    ("On the day before the vote, rebels struck.", []),  # no date named
    ("The results are due the day after tomorrow.", [("the day after tomorrow", "2024-05-17", "DATE")]),  # unchanged
    # 'high noon' is a showdown, not a clock time, unless after a clock preposition
    ("It was high noon for the party when the results came in.", []),
    ("The derby felt like high noon for both managers.", []),
    ("The parade sets off at high noon on Friday.", [("noon", "2024-05-17T12:00", "TIME"), ("Friday", "2024-05-17", "DATE")]),  # 'at': the hour
    ("Ballots must be in by high noon.", [("noon", "2024-05-15T12:00", "TIME")]),  # 'by': the hour
    ("Shares hit a high at noon.", [("noon", "2024-05-15T12:00", "TIME")]),  # 'high' not before it
    # a reported 'would' moves no date: the day of the saying stays past, a weekday or month of the reported clause stays the nearest
    ("The mayor said Monday the library would reopen in June.", [("Monday", "2024-05-13", "DATE"), ("June", "2024-06", "DATE")]),  # 'said Monday' is the saying's day
    ("On Friday, the guild said rehearsals would resume on Monday.", [("Friday", "2024-05-10", "DATE"), ("Monday", "2024-05-13", "DATE")]),
    ("The brewers said on Sunday that bottling would restart Tuesday.", [("Sunday", "2024-05-12", "DATE"), ("Tuesday", "2024-05-14", "DATE")]),
    ("In January, the bakery said its second shop would open in April.", [("January", "2024-01", "DATE"), ("April", "2024-04", "DATE")]),  # not next year's April
    ("He told the panel he would feed the horses on Sunday, as he did every week.", [("Sunday", "2024-05-12", "DATE"), ("every week", "P1W", "SET")]),  # a habit
    # 'the last / final quarter of <year>' is that year's fourth quarter; without 'of <year>' a game's or a life's
    ("The bank cut rates in the last quarter of 2022.", [("the last quarter of 2022", "2022-Q4", "DATE")]),
    ("Output fell in the final quarter of last year.", [("the final quarter of last year", "2023-Q4", "DATE")]),
    ("The firm opened in 2015. In the last quarter of that year, it hired staff.", [("2015", "2015", "DATE"), ("the last quarter of that year", "2015-Q4", "DATE")]),
    ("Orders for tractors climbed in the closing quarter of the year.", [("the closing quarter of the year", "2023-Q4", "DATE")]),  # a past clause: last year's, as 'the fourth quarter'
    ("Orders for tractors will climb in the closing quarter of the year.", [("the closing quarter of the year", "2024-Q4", "DATE")]),  # a future clause: this year's
    ("The home side led in the final quarter of the game.", []),
    ("The visitors scored 30 points in the final quarter.", []),
    ("He spent the last quarter of his life in Rome.", []),
    # a frequency word read as a noun is a publication (or a payment), not a SET; as an adverb it stays one
    ("The business daily Handelsblatt reported the deal.", []),
    ("The tabloid daily said the singer had left.", []),
    ("He writes for a financial daily in Tokyo.", []),
    ("According to the news weekly, talks failed.", []),
    ("The ferry runs daily.", [("daily", "P1D", "SET")]),
    ("Interest is paid annually.", [("annually", "P1Y", "SET")]),
    ("The carrier plans daily flights to Perth.", [("daily", "P1D", "SET")]),  # an adjective: unchanged
    # midnight is the end of its day (TIMEX3: T24:00), not its start
    ("The offer expires at midnight Friday.", [("midnight Friday", "2024-05-17T24:00", "TIME")]),
    ("The curfew ended at midnight on Sunday.", [("midnight", "2024-05-12T24:00", "TIME"), ("Sunday", "2024-05-12", "DATE")]),
    ("The polls close at midnight.", [("midnight", "2024-05-15T24:00", "TIME")]),
    # a past range of weekdays is over by publication: a week back when its end is still to come
    ("The talks lasted from Monday to Thursday.", [("Monday", "2024-05-06", "DATE"), ("Thursday", "2024-05-09", "DATE")]),
    ("The strike ran from Tuesday through Thursday.", [("Tuesday", "2024-05-07", "DATE"), ("Thursday", "2024-05-09", "DATE")]),
    ("The road was shut between Monday and Friday.", [("Monday", "2024-05-06", "DATE"), ("Friday", "2024-05-10", "DATE")]),
    # 'every quarter' repeats a quarter of the year, as 'quarterly' does (P3M); a quarter of a place or a quarter-point is no time
    ("The board meets every quarter.", [("every quarter", "P3M", "SET")]),
    ("The firm has paid a dividend each quarter since 2010.", [("each quarter", "P3M", "SET"), ("2010", "2010", "DATE")]),
    ("The fund reports quarterly.", [("quarterly", "P3M", "SET")]),  # unchanged
    ("Riots spread to each quarter of the city.", []),
    ("Criticism of the plan came from every quarter.", []),  # where it came from, no time
    ("The old town was split up; each quarter had its own market.", []),  # a part of a town
    ("The bank raised rates every quarter-point step.", []),
    # 'it is the third day of' an event: a present count of days into it names the day of writing; a past one says no day
    ("It is the third day of the strike.", [("the third day", "2024-05-15", "DATE")]),
    ("It's the second day of an offensive by the army.", [("the second day", "2024-05-15", "DATE")]),
    ("This is the 10th straight day of protests in the capital.", [("the 10th straight day", "2024-05-15", "DATE")]),
    ("Today is the eighth day of the blockade.", [("Today", "2024-05-15", "DATE"), ("the eighth day", "2024-05-15", "DATE")]),
    ("It was the second day of the talks.", []),  # past: which day is not said
    ("This is the first day of the rest of our lives, he said.", []),  # a count into a life, not an event
    # a holiday the entity tagger takes for a name ('Easter Monday' as a facility) is still a holiday; its week or weekend is the ISO week holding it, the weekend it falls in (a Monday's: the weekend before)
    ("Crowds gathered on Easter Monday.", [("Easter Monday", "2024-04-01", "DATE")]),
    ("Cards sold out before Valentine's Day.", [("Valentine's Day", "2024-02-14", "DATE")]),
    ("Pilgrims arrived during Holy Week.", [("Holy Week", "2024-W13", "DATE")]),
    ("Shops were shut over the Easter weekend.", [("Easter weekend", "2024-W13-WE", "DATE")]),
    ("Traffic will be heavy over the Labor Day weekend.", [("Labor Day weekend", "2024-W35-WE", "DATE")]),  # Monday, Sept. 2: the weekend before
    ("Sales slumped during Christmas week.", [("Christmas week", "2023-W52", "DATE")]),
    ("Sales will slump during Christmas week.", [("Christmas week", "2024-W52", "DATE")]),
    # a clock in four digits with its zone or 'hours' (wire copy, the military) is a time of its day; a clock with minutes before a part of day takes its half
    ("The blast was heard at 1430 GMT.", [("1430 GMT", "2024-05-15T14:30", "TIME")]),
    ("Troops crossed at 0600 local time on Monday.", [("0600 local time", "2024-05-13T06:00", "TIME"), ("Monday", "2024-05-13", "DATE")]),
    ("The curfew begins at 2300 hours.", [("2300 hours", "2024-05-15T23:00", "TIME")]),  # after a clock preposition: not a span of hours
    ("The shots were fired at 3:30 in the afternoon.", [("3:30 in the afternoon", "2024-05-15T15:30", "TIME")]),
    ("The bell rang at 9.45 in the evening.", [("9.45 in the evening", "2024-05-15T21:45", "TIME")]),
    # decades and centuries in every spelling: a century word before a decade word, a century spelled in hundreds, two of them joined, the era before Christ (BC prefix)
    ("The mill was built in the eighteen-nineties.", [("the eighteen-nineties", "189", "DATE")]),
    ("Jazz clubs thrived in the mid-nineties.", [("the mid-nineties", "199", "DATE")]),
    ("Jazz clubs thrived in the fifties and sixties.", [("the fifties", "195", "DATE"), ("sixties", "196", "DATE")]),
    ("The mill was built in the eighteen hundreds.", [("the eighteen hundreds", "18", "DATE")]),
    ("The rite dates back to the 12th and 13th centuries.", [("12th", "11", "DATE"), ("13th centuries", "12", "DATE")]),
    ("The port thrived in the fifth and fourth centuries BC.", [("fifth", "BC04", "DATE"), ("fourth centuries BC", "BC03", "DATE")]),  # counting down
    ("The city was founded in the 5th century BC.", [("the 5th century BC", "BC04", "DATE")]),  # not the 5th century of our era
    ("The temple was built in 500 BC.", [("500 BC", "BC0500", "DATE")]),
    ("The wall was finished around 120 BCE.", [("around 120 BCE", "BC0120", "DATE")]),
    # ranges of years with an en dash, which the tokenizer keeps as one number (a 'count' the bare-year rule rejects): two years; a year named after 'full year' or 'calendar year' is that year
    ("Costs soared during 2007–2008.", [("2007", "2007", "DATE"), ("2008", "2008", "DATE")]),
    ("The survey covered 2010–2015 in four towns.", [("2010", "2010", "DATE"), ("2015", "2015", "DATE")]),
    ("Profit rose for the full year 2023.", [("full year 2023", "2023", "DATE")]),  # not 'the full year' of publication and '2023' apart
    ("Output fell in calendar year 2022.", [("calendar year 2022", "2022", "DATE")]),
    # fiscal years, quarters and halves in the short codes of results news (a two-digit year), and a quarter named by its last month
    ("Revenue rose 8% in FY24.", [("FY24", "2024", "DATE")]),
    ("Revenue rose 8% in 3Q24.", [("3Q24", "2024-Q3", "DATE")]),
    ("Revenue rose 8% in Q3'24.", [("Q3'24", "2024-Q3", "DATE")]),  # was 'Q3' of publication's year, the '24 left out
    ("Revenue rose 8% in Q1 FY2024.", [("Q1 FY2024", "2024-Q1", "DATE")]),  # one quarter, not a quarter and a year
    ("Margins widened in 1H24.", [("1H24", "2024-H1", "DATE")]),
    ("Profit rose in the June quarter.", [("the June quarter", "2024-Q2", "DATE")]),  # April to June, placed as "the second quarter" is (begun by publication)
    ("Profit rose in the March quarter.", [("the March quarter", "2024-Q1", "DATE")]),
    ("Profit will rise in the September quarter.", [("the September quarter", "2024-Q3", "DATE")]),
    # a fraction of a unit counted back from publication ('half a century ago' was nothing; 'two and a half years ago' PAST_REF): the finest whole unit it reaches
    ("The bridge was built half a century ago.", [("half a century ago", "1974", "DATE")]),
    ("The club was founded a quarter-century ago.", [("a quarter-century ago", "1999", "DATE")]),
    ("The mine closed a decade and a half ago.", [("a decade and a half ago", "2009", "DATE")]),
    ("The pier opened a year and a half ago.", [("a year and a half ago", "2022-11", "DATE")]),
    ("The pier opened two and a half years ago.", [("two and a half years ago", "2021-11", "DATE")]),
    # tense.scheduled_present through a clock time: a day after 'at 2 p.m.' in a present clause is the next one, as 'the vote is Tuesday' is (the clock's noun is no thing the date belongs to)
    ("The vote is at 2 p.m. Tuesday.", [("2 p.m. Tuesday", "2024-05-21T14:00", "TIME")]),
    ("The talks resume at 9 a.m. Monday.", [("9 a.m. Monday", "2024-05-20T09:00", "TIME")]),
    ("The hearing is at 10 a.m. on Monday.", [("10 a.m.", "2024-05-20T10:00", "TIME"), ("Monday", "2024-05-20", "DATE")]),
    # a part of day a relative clause tells of is that event's, not the day of publication's
    ("Nobody slept during the night the storm hit.", []),
    ("Investigators released tapes from the night the ship went down.", []),
    # a weekday with 'late on' / 'early on' keeps the position word in the span (mod END / START), as 'late Thursday' does
    ("The ferry docked late on Thursday.", [("late on Thursday", "2024-05-09", "DATE")]),
    ("The strike began early on Friday morning.", [("early on Friday morning", "2024-05-10TMO", "TIME")]),
    # the early (small, wee) hours of a day: its morning, at its start
    ("The barn burned down in the early hours of Sunday.", [("the early hours of Sunday", "2024-05-12TMO", "TIME")]),
    ("Thieves struck in the small hours of March 3.", [("the small hours of March 3", "2024-03-03TMO", "TIME")]),
    ("The last guests left in the wee hours of Saturday morning.", [("the wee hours of Saturday morning", "2024-05-11TMO", "TIME")]),
    # a fraction written with hyphens is the same amount as with spaces
    ("The siege lasted two-and-a-half years.", [("two-and-a-half years", "P2Y6M", "DURATION")]),
    ("The striker signed a three-and-a-half-year deal.", [("three-and-a-half-year", "P3Y6M", "DURATION")]),
    ("The road works took four-and-a-half months.", [("four-and-a-half months", "P4.5M", "DURATION")]),
    # a fiscal year written as the two years it runs over is the year it ends in, one TIMEX3
    ("Revenue rose in the 2023-24 fiscal year.", [("the 2023-24 fiscal year", "2024", "DATE")]),
    ("The council expects a deficit in fiscal 2024-25.", [("fiscal 2024-25", "2025", "DATE")]),
    ("Exports grew in fiscal year 2022/23.", [("fiscal year 2022/23", "2023", "DATE")]),
    ("Spending fell in the 1999-2000 financial year.", [("the 1999-2000 financial year", "2000", "DATE")]),
    ("Losses narrowed in FY2021-22.", [("FY2021-22", "2022", "DATE")]),
    # 'The year before,' opening a sentence steps from the last date of the sentence before it
    ("The mill opened in March 2019. The year before, it was a barn.", [("March 2019", "2019-03", "DATE"), ("The year before", "2018", "DATE")]),
    ("Rents rose in June 2021. The month before, they had fallen.", [("June 2021", "2021-06", "DATE"), ("The month before", "2021-05", "DATE")]),
    ("The bridge shut in 2017. The year after, a ferry began.", [("2017", "2017", "DATE"), ("The year after", "2018", "DATE")]),
    # a weekday of a week named relative to publication is one day of that week, whatever the tense (was the weekday by the tense and the week apart)
    ("The envoys will meet on Thursday next week.", [("Thursday next week", "2024-05-23", "DATE")]),
    ("The envoys met on Tuesday last week.", [("Tuesday last week", "2024-05-07", "DATE")]),  # not yesterday
    ("The report is due on Friday of this week.", [("Friday of this week", "2024-05-17", "DATE")]),
    # a fiscal year named relative to publication is that year, as 'last year' is (was no date)
    ("Exports fell last fiscal year.", [("last fiscal year", "2023", "DATE")]),
    ("The ministry expects a surplus next fiscal year.", [("next fiscal year", "2025", "DATE")]),
    ("Tax receipts rose in the last financial year.", [("last financial year", "2023", "DATE")]),
    # tense.modal: a modal of possibility or duty without a perfect places a bare month ahead (was the nearest, here a past one)
    ("The mill may close in March.", [("March", "2025-03", "DATE")]),
    ("The new bridge should open in April.", [("April", "2025-04", "DATE")]),
    ("Talks on the treaty might resume in January.", [("January", "2025-01", "DATE")]),
    # tense.future_in_past: 'announced that ... would' reports as 'said that ... would' does
    ("The mayor announced that the city would open two clinics by March.", [("March", "2025-03", "DATE")]),
    ("The bank said on Friday it might ease the rules.", [("Friday", "2024-05-10", "DATE")]),  # a day between the saying and its clause's subject is the saying's, however parsed
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_value_regressions(nlp, text, expected):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    got = [(d["text"], d["value"], d["type"]) for d in nlp(doc)._.dates]
    assert got == expected


# the mod of the 'or so' rows (the table above compares text, value and type)
@pytest.mark.parametrize(
    ("text", "span", "mod"),
    [
        ("The shed was painted three days or so ago.", "three days or so ago", "APPROX"),
        ("The bridge will be shut for an hour or so.", "an hour or so", "APPROX"),
        ("The bridge will be shut for an hour.", "an hour", None),
    ],
)
def test_or_so_is_approx(nlp, text, span, mod):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    assert {d["text"]: d["mod"] for d in nlp(doc)._.dates}[span] == mod


# an anniversary has its own rule id, so that the claims stage can tell the event remembered
# from the time of the telling ('Ten years ago today, the pier fell. The mayor said ...')
@pytest.mark.parametrize(
    ("text", "span", "rule_id"),
    [
        ("Ten years ago today, the pier fell.", "Ten years ago today", "date.anniversary"),
        (
            "The treaty was signed 25 years ago this month.",
            "25 years ago this month",
            "date.anniversary",
        ),
        ("He left two years ago.", "two years ago", "date.ago"),
        ("A week from today, the law takes effect.", "A week from today", "date.ago"),
    ],
)
def test_anniversary_rule_id(nlp, text, span, rule_id):
    doc = nlp.make_doc(text)
    doc._.published = PUB
    assert {d["text"]: d["rule_id"] for d in nlp(doc)._.dates}[span] == rule_id
