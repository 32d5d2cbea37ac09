"""The date rules' prefilter: a window is skipped for a rule only when no match can be in it,
so the matches found are exactly those of running every rule on every window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates.grammar import (
    WINDOW,
    WORD_OR_NUMBER,
    load_grammar,
    lower_same_length,
    trie_alternation,
    trigger_windows,
)
from pipeline.dates.prefilter import RulePrefilter, required_clauses, required_factors


@pytest.mark.parametrize(
    "regex, expected",
    [
        (r"\bthe\s+weekend\b", {"weekend"}),  # the longest literal of the sequence
        (r"(?:monday|friday),?\s+(?:jan|feb)", {"monday", "friday"}),  # longer beats fewer
        (r"\bper\s+(?:day|week)\b", {"per"}),  # one string beats two of the same length
        (r"\d+\s*[-–/]\s*\d+", {"-", "–", "/"}),  # a class of literal chars
        (r"(?:the\s+)?quarter", {"quarter"}),  # an optional part needs nothing
        (r"(?:ago|\d+)", None),  # an alternative without a literal: nothing required
        (r"(?<=next )week", {"week"}),  # a lookbehind may see outside the window: not used
        (r"(?=monday)\w+", None),  # nor a lookahead
        (r"[^a]x?", None),  # a negated class
        (r"(?i)weekend", None),  # case folding: always run
        (r"a(?i:b)", {"a"}),  # a case-folded group is skipped, the rest is used
        (r"\d0['’]s", {"0's", "0’s"}),  # a class of literal chars inside a run: each spelling
        (r"\d\s*(?:[ap]\.m\.|[ap]m\b)", {"a.m.", "p.m.", "am", "pm"}),  # into alternatives
        (r"\bthe\s+\d0['’]s", {"0's", "0’s"}),  # a mark in each string beats a word as long
        (r"ab[a-z]cde", {"cde"}),  # a range is no class of literal chars: the run ends
    ],
)
def test_required_factors(regex, expected):
    found = required_factors(re.compile(regex))
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(
    "regex, expected",
    [
        (r"\bthe\s+weekend\b", [{"the"}, {"weekend"}]),  # each part of the sequence
        (
            r"(?:monday|friday),?\s+(?:jan|feb)",
            [{"monday", "friday"}, {"jan", "feb"}],
        ),  # not the optional comma
        (r"(?<=next )week", [{"week"}]),  # not the lookbehind
        (r"(?i)weekend", []),  # case folding: nothing we can tell
    ],
)
def test_required_clauses(regex, expected):
    assert [set(c) for c in required_clauses(re.compile(regex))] == expected


def test_a_window_needs_a_factor_of_every_part():
    prefilter = RulePrefilter([re.compile(r"\bsince\s+the\s+\d+(?:st|nd|rd|th)\b")])
    assert prefilter.possible("ever since the 5th", 0, 18) == [0]  # every part's factor
    assert prefilter.possible("ever since 5 may", 0, 16) == []  # 'since' alone
    assert prefilter.possible("on the 5th", 0, 10) == []  # no 'since'


def test_window_without_a_factor_skips_the_rule():
    prefilter = RulePrefilter([re.compile(r"\bquarter\b"), re.compile(r"\d+")])
    assert prefilter.possible("the first quarter", 0, 17) == [0, 1]  # 'quarter' in the window
    assert prefilter.possible("the first quarter", 0, 9) == [1]  # outside it: only the always
    assert prefilter.possible("quarter", 1, 7) == [1]  # a factor cut by the window's start


def test_a_factor_that_starts_a_longer_one_is_found_with_it():
    prefilter = RulePrefilter([re.compile(r"weekend"), re.compile(r"week"), re.compile(r"end")])
    assert prefilter.possible("one weekend", 0, 11) == [0, 1, 2]  # 'week' and 'end' inside
    assert prefilter.possible("one weekend", 0, 8) == [1]  # 'weekend' cut by the window's end
    assert prefilter.possible("one weekday", 0, 11) == [1]  # 'week' without its longer word


WORDS = [
    "the", "first", "quarter", "of", "2024", "last", "week", "monday", "may", "5", "p.m.",
    "years", "ago", "every", "day", "mid-", "1990s", "next", "summer", "-long", "12:30",
    "fiscal", "q3", "h1", "today", "twice", "a", "year", "century", "decades", "'90s",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=30))
def test_prefiltered_matches_equal_the_full_run(words):
    g = load_grammar()
    low = lower_same_length(" ".join(words))
    for lo, hi in trigger_windows(g, low):
        full = [(p, m.span()) for p, r in enumerate(g.rules) for m in r.regex.finditer(low, lo, hi)]
        fast = [
            (p, m.span())
            for p in g.prefilter.possible(low, lo, hi)
            for m in g.rules[p].regex.finditer(low, lo, hi)
        ]
        assert fast == full


@pytest.mark.parametrize(
    "words, text, expected",
    [
        (["week", "weekend", "day"], "weekend", True),  # a word that extends another
        (["week", "weekend", "day"], "week", True),  # and the shorter one
        (["week", "weekend", "day"], "weeke", False),  # a prefix is no word
        (["a.m."], "a.m.", True),  # special chars escaped
        (["a.m."], "axmx", False),
    ],
)
def test_trie_alternation_matches_exactly_the_words(words, text, expected):
    assert bool(re.fullmatch(trie_alternation(words), text)) is expected


def reference_windows(low: str) -> list[tuple[int, int]]:
    """Windows around every word or number that is a digit run, a trigger or its plural."""
    triggers = load_grammar().trigger_words
    windows: list[list[int]] = []
    for m in WORD_OR_NUMBER.finditer(low):
        w = m.group()
        if w[0].isdigit() or w in triggers or (w.endswith("s") and w[:-1] in triggers):
            lo, hi = max(0, m.start() - WINDOW), min(len(low), m.end() + WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed in March.",  # a trigger word
        "It took weeks.",  # a plural
        "the weekend-long weeknight",  # a trigger inside a longer word: not one
        "x² ²nd",  # a digit that is no decimal digit ('²'.isdigit())
        "q3 and h1 2024",  # numbers glued to letters
        "",  # nothing
    ],
)
def test_trigger_windows_equal_the_word_by_word_reference(text):
    low = lower_same_length(text)
    assert trigger_windows(load_grammar(), low) == reference_windows(low)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=5), max_size=40))
def test_trigger_windows_property(words):
    low = lower_same_length(" ".join(words))
    assert trigger_windows(load_grammar(), low) == reference_windows(low)
