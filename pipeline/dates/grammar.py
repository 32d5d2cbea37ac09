"""The date grammar: the lexicons of `patterns/dates.json` and the rules of
`patterns/rules.json` (declared through the shared registry, `pipeline.rules`), compiled once
per process by `load_grammar()`.

A rule row's `function` names the resolver (`pipeline.dates.resolvers.RESOLVERS`) that turns
its regex groups into a TIMEX3 value; its `pattern` holds the regex, the TIMEX3 type and the
rule's options. `{NAME}` slots in a regex are alternations built from the lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.dates.prefilter import RulePrefilter, trie_alternation
from pipeline.rules import load_data, stage_rules

LEXICON_FILE = "dates.json"
LEXICON_VERSION = 2
PATTERN_KEYS = {
    "regex",
    "type",
    "needs_tense",
    "bare_month",
    "reject_in_entities",
    "entities_beyond_only",
    "require_position",
    "set_after_quantity",
    "reject_counts",
    "reject_noun_modifier",
    "reject_title_case",
    "reject_relative_clause",
    "own_verb_tense",
    "span_reference",
    "modal_before_verb",
    "reject_nouns",
}
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    type: str
    regex: re.Pattern[str]
    needs_tense: bool = False
    bare_month: bool = False
    reject_in_entities: frozenset[str] = frozenset()
    entities_beyond_only: bool = False  # 'Easter Monday' taken for a facility: still a holiday
    require_position: bool = False
    set_after_quantity: bool = False
    reject_counts: bool = False
    reject_noun_modifier: bool = False
    reject_title_case: bool = False  # 'Partners for the Future': a name, not a time
    reject_relative_clause: bool = False  # 'the night the storm hit': that event's night
    own_verb_tense: bool = False  # the tense only of a verb the date hangs from directly
    span_reference: bool = False  # 'the nine months': a span 'a year earlier' can compare with
    modal_before_verb: bool = False  # 'will one day win': a modal or 'to' before, a verb after
    reject_nouns: bool = False  # 'the business daily': a newspaper, not a frequency


class Grammar:
    """The loaded lexicons plus the compiled rules and context regexes."""

    def __init__(self, data: dict[str, Any], rule_rows: list[Any], kinds: set[str]) -> None:
        if data.get("version") != LEXICON_VERSION:
            raise ValueError(f"unsupported dates lexicon version: {data.get('version')!r}")
        lex = data["lexicon"]
        self._load_lexicons(lex)
        slots = self._slots(lex)
        self.rules: list[Rule] = [self._compile(row, slots, kinds) for row in rule_rows]
        self.prefilter = RulePrefilter([rule.regex for rule in self.rules])
        self._context_regexes()
        self.trigger_words = self._trigger_words(lex)
        self.trigger_finder = trigger_finder(self.trigger_words)

    def _load_lexicons(self, lex: dict[str, Any]) -> None:
        self.lex = lex
        self.months: dict[str, int] = {**lex["months"], **lex["month_abbreviations"]}
        self.ambiguous_months = frozenset(lex["ambiguous_months"])
        self.ambiguous_month_cues = frozenset(lex["ambiguous_month_cues"])
        self.weekdays: dict[str, int] = lex["weekdays"]
        self.seasons: dict[str, dict[str, Any]] = lex["seasons"]
        self.number_words: dict[str, int] = lex["number_words"]
        self.number_phrases: dict[str, int] = {
            norm_space(k): v for k, v in lex["number_phrases"].items()
        }
        self.vague_numbers = frozenset(norm_space(v) for v in lex["vague_numbers"])
        self.ordinals: dict[str, int] = {norm_space(k): v for k, v in lex["ordinals"].items()}
        self.units: dict[str, dict[str, Any]] = lex["units"]
        self.unit_forms: dict[str, str] = lex["unit_forms"]
        self.relative_words: dict[str, str] = {
            norm_space(k): v for k, v in lex["relative_words"].items()
        }
        # 'of last year', 'next year's', 'the year-ago (third quarter)': a year from the anchor's
        self.year_relative_words = {
            **self.relative_words,
            **{w: "last" for w in lex["year_ago_words"]},
        }
        self.relative_units: dict[str, dict[str, Any]] = lex["relative_units"]
        self.day_words: dict[str, dict[str, Any]] = {
            norm_space(k): v for k, v in lex["day_words"].items()
        }
        self.parts_of_day: dict[str, str] = lex["parts_of_day"]
        # the half of the day whose clock times a part of the day may give its day to
        self.part_of_day_halves: dict[str, str] = lex["part_of_day_halves"]
        self.spelled_year_heads: dict[str, int] = lex["spelled_year_heads"]  # 'two thousand'
        self.holidays: dict[str, dict[str, int]] = {
            norm_space(k): v for k, v in lex["holidays"].items()
        }
        self.decade_words: dict[str, int] = lex["decade_words"]
        self.named_decades: dict[str, str] = {
            norm_space(k): v for k, v in lex["named_decades"].items()
        }
        self.present_adjectives: dict[str, str] = lex["present_adjectives"]
        self.refs: dict[str, str] = {norm_space(k): v for k, v in lex["refs"].items()}
        self.narrative_refs = frozenset(norm_space(w) for w in lex["narrative_refs"])
        self.set_words: dict[str, str] = lex["set_words"]
        self.half_words: dict[str, int] = lex["half_words"]
        self.season_steps: dict[str, int] = lex["season_steps"]
        self.unit_fractions: dict[str, float] = lex["unit_fractions"]
        self.clock_words: dict[str, str] = lex["clock_words"]
        self.position_mods: dict[str, str] = {
            norm_space(k): v for k, v in lex["position_mods"].items()
        }
        self.approximate_suffixes: dict[str, str] = {
            norm_space(k): v for k, v in lex["approximate_suffixes"].items()
        }
        self.approximate_suffix_followers: list[str] = lex["approximate_suffix_followers"]
        self.day_steps: dict[str, int] = {norm_space(k): v for k, v in lex["day_steps"].items()}
        self.signals: dict[str, dict[str, Any]] = {
            norm_space(k): v for k, v in lex["signals"].items()
        }
        self._load_context_lexicons(lex)

    def _load_context_lexicons(self, lex: dict[str, Any]) -> None:
        """The word and tag sets the tense and context checks read."""
        self.future_auxiliaries = frozenset(lex["future_auxiliaries"])
        self.non_past_modals = frozenset(lex["non_past_modals"])
        self.future_lemmas = frozenset(lex["future_lemmas"])
        self.plan_lemmas = frozenset(lex["plan_lemmas"])
        self.same_form_pasts = frozenset(lex["same_form_pasts"])
        self.deferral_lemmas = frozenset(lex["deferral_lemmas"])
        self.future_cues = [norm_space(w) for w in lex["future_cues"]]
        self.open_end_cues = frozenset(lex["open_end_cues"])
        self.habitual_adverbs = frozenset(lex["habitual_adverbs"])
        self.habitual_rules = frozenset(lex["habitual_rules"])
        self.present_report_lemmas = frozenset(lex["present_report_lemmas"])
        self.clock_head_nouns = frozenset(lex["clock_head_nouns"])  # 'at 2 p.m. Tuesday'
        self.repeated_day_rules = frozenset(lex["repeated_day_rules"])
        self.count_noun_tags = frozenset(lex["count_noun_tags"])
        self.year_context_tags = frozenset(lex["year_context_tags"])
        self.entity_sets: dict[str, frozenset[str]] = {
            "year_reject_entities": frozenset(lex["year_reject_entities"]),
            "name_entities": frozenset(lex["name_entities"]),
        }

    def _slots(self, lex: dict[str, Any]) -> dict[str, str]:
        """The {NAME} slots of the rule regexes, built from the lexicons."""
        num_words = _alt(self.number_words)
        return {
            "YEAR": r"(?:1[89]\d\d|20\d\d)",
            "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
            "MONTH": _alt(lex["months"])
            + "|"
            + "|".join(rf"{re.escape(m)}\.?" for m in lex["month_abbreviations"]),
            "MONTH_FULL": _alt(lex["months"]),
            "WEEKDAY": _alt(self.weekdays),
            "SEASON": _alt(self.seasons),
            "ORD": _alt(self.ordinals) + r"|\d{1,2}(?:st|nd|rd|th)",
            "NUM": "(?:"
            + "|".join(
                [
                    _alt(self.vague_numbers),
                    _alt(k for k in self.number_phrases if " " in k),
                    r"\d+(?:\.\d+)?",
                    rf"(?:{num_words})(?:(?:\s+|-)(?:{num_words}))*",
                    _alt(k for k in self.number_phrases if " " not in k),
                ]
            )
            + f"){HALF_SUFFIX}?",
            "NUMWORD": num_words,  # a number word alone: 'the past two elections'
            "UNIT": _alt(self.unit_forms),
            "UNIT_SINGULAR": _alt(f for f, c in self.unit_forms.items() if f == c),
            "UNIT_PLURAL": _alt(f for f, c in self.unit_forms.items() if f == c + "s")
            + "|centuries",
            "REL": _alt(self.relative_words),
            "RELUNIT": _alt(self.relative_units),
            "THEUNIT": _alt(lex["the_units"]),
            "DAYWORD": _alt(self.day_words),
            "REF": _alt(self.refs),
            "SETWORD": _alt(self.set_words),
            "FREQADJ": _alt(lex["frequency_adjectives"]),
            "RECURRING": _alt(lex["recurring_event_nouns"]),
            "HALFWORD": _alt(self.half_words),
            "RESULTNOUN": _alt(lex["results_nouns"]),
            "FREQ": _alt(lex["frequency_words"]),
            "CLOCKWORD": _alt(self.clock_words),
            "HOLIDAY": _alt(self.holidays).replace("'", "['’]"),
            "DECADEWORD": _alt(self.decade_words),
            "NAMEDDECADE": _alt(self.named_decades),
            "PRESENTADJ": _alt(self.present_adjectives),
            "POD": _alt(self.parts_of_day),
            "APPROXSUFFIX": _alt(lex["approximate_suffixes"]),
            "FINAL": _alt(lex["final_words"]),
            "SPELLEDYEAR": self._spelled_year_slot(),
            "ORDWORD": _alt(self.ordinals),
        }

    def _spelled_year_slot(self) -> str:
        """'nineteen ninety-seven', 'twenty ten', 'two thousand and one': a century head, then
        tens (and units) or a teen; 'two thousand' alone or with a unit or a teen."""
        by_value: dict[int, str] = {}
        for word, value in self.number_words.items():
            by_value.setdefault(value, word)  # 'twelve', not 'dozen'
        tens = _alt(by_value[n] for n in range(20, 100, 10))
        units = _alt(by_value[n] for n in range(1, 10))
        teens = _alt(by_value[n] for n in range(10, 20))
        heads = [h for h, c in self.spelled_year_heads.items() if " " not in h]
        long_heads = _alt(h for h in self.spelled_year_heads if " " in h)
        return (
            rf"(?:{_alt(heads)})[\s-]+(?:(?:{tens})(?:[\s-]+(?:{units}))?|{teens})"
            rf"|(?:{long_heads})(?:\s+(?:and\s+)?(?:{teens}|{units}))?"
        )

    def _compile(self, row: Any, slots: dict[str, str], kinds: set[str]) -> Rule:
        """One declared rule row -> a compiled Rule (keys and resolver checked)."""
        pattern = row.pattern or {}
        unknown = set(pattern) - PATTERN_KEYS
        if unknown or pattern.get("type") not in TYPES or row.function not in kinds:
            raise ValueError(f"bad date rule {row.id!r}: {sorted(unknown)} {row.function!r}")
        regex = re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{slots[m.group(1)]})", pattern["regex"])
        return Rule(
            id=row.id,
            kind=row.function,
            type=pattern["type"],
            regex=re.compile(regex),
            needs_tense=pattern.get("needs_tense", False),
            bare_month=pattern.get("bare_month", False),
            reject_in_entities=self.entity_sets.get(
                pattern.get("reject_in_entities", ""), frozenset()
            ),
            entities_beyond_only=pattern.get("entities_beyond_only", False),
            require_position=pattern.get("require_position", False),
            set_after_quantity=pattern.get("set_after_quantity", False),
            reject_counts=pattern.get("reject_counts", False),
            reject_noun_modifier=pattern.get("reject_noun_modifier", False),
            reject_title_case=pattern.get("reject_title_case", False),
            reject_relative_clause=pattern.get("reject_relative_clause", False),
            own_verb_tense=pattern.get("own_verb_tense", False),
            span_reference=pattern.get("span_reference", False),
            modal_before_verb=pattern.get("modal_before_verb", False),
            reject_nouns=pattern.get("reject_nouns", False),
        )

    def _context_regexes(self) -> None:
        """Matched against the text just before / after a candidate."""
        # 'end' only before a hyphen ('end-2025'; 'talks end next week': a verb)
        self.hyphen_only_positions = frozenset(self.lex["hyphen_only_positions"])
        self.position_prefix = re.compile(
            rf"(?P<the>\bthe\s+)?(?<!-)\b(?P<pos>{_alt(self.position_mods)})"
            rf"(?:\s+|(?P<hyphen>\s*-\s*))$"
        )
        self.signal_prefix = re.compile(rf"\b(?P<sig>{_alt(self.signals)})\s+$")
        # 'the day after Christmas': the phrase right before a day
        self.day_step_prefix = re.compile(rf"\b(?P<step>{_alt(self.day_steps)})\s+$")
        # 'a week or so', 'an hour or so later': only before punctuation, the end of the text
        # or a word that goes on with the date (not 'or so-called', 'or so he says')
        self.approx_suffix = re.compile(
            rf"\s+(?P<sfx>{_alt(self.approximate_suffixes)})"
            r"(?=\s*[.,;:!?)\]\"”]|\s*$|\s+(?:--|—|–)\s"
            rf"|\s+(?:{_alt(self.approximate_suffix_followers)})\b(?![-'’]))"
        )
        # "payable Dec. 7", "effective Feb. 1", "until Nov. 20": not dated by the clause's tense
        # ... and 'until 9 a.m. Tuesday', 'expire at midnight Friday': a clock time between
        clock = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\.?|{_alt(self.clock_words)})"
        self.future_cue_prefix = re.compile(
            rf"\b(?:{_alt(self.future_cues)})\s+(?:at\s+{clock}(?:\s+[a-z]{{2,4}})?[\s,]+|"
            rf"{clock}(?:\s+[a-z]{{2,4}})?[\s,]+)?(?:on\s+|(?:early|mid|late)[\s-]+)?$"
        )
        # between a period and the day it ends on: "the quarter ended Sept. 30"
        ends = _alt(self.lex["period_end_words"])
        self.period_end_gap = re.compile(rf",?\s+(?:{ends})\s+")
        self.pod_suffix = re.compile(rf"\s+(?P<pod>{_alt(self.parts_of_day)})\b")
        self.cue_word = re.compile(r"(?P<w>[a-z]+)[\s-]+$")
        # between a clock time and its day: "2 p.m. Tuesday", "4 a.m. EDT Thursday"
        self.clock_day_gap = re.compile(r"[ \t]*(?:,[ \t]*)?(?:[A-Z]{2,4}[ \t]+)?")

    def _trigger_words(self, lex: dict[str, Any]) -> frozenset[str]:
        """Words of which every rule match contains at least one (or else a digit): the tagger
        runs the rules only on windows around them. Built from the lexicons, never by hand."""
        heads = [*self.refs, *self.day_words]
        words = {
            *self.months,
            *self.weekdays,
            *self.seasons,
            *self.unit_forms,
            *self.relative_units,
            *self.set_words,
            *self.clock_words,
            *self.parts_of_day,
            *lex["the_units"],
            *(phrase.split()[-1] for phrase in heads),
            *(phrase.split()[-1] for phrase in self.holidays),
            *self.decade_words,
            *(phrase.split()[-1] for phrase in self.named_decades),
            *(phrase.split()[-1] for phrase in lex["spelled_year_heads"]),
            *self.present_adjectives,
            *lex["period_trigger_words"],  # 'first-half profit', 'the latest period'
            *lex["era_trigger_words"],  # 'the eighteen hundreds'
        }
        return frozenset(w.lower() for w in words)

    # -- lexicon look-ups ----------------------------------------------------------------

    def number(self, text: str) -> float | None:
        """'two' -> 2, 'twenty-five' -> 25, '1.5' -> 1.5, 'a' -> 1, '2 1/2' and 'two and a
        half' -> 2.5; vague ('several') -> None."""
        t = norm_space(text)
        half = HALF.search(t)
        if half and half.start() > 0:
            whole = self.number(t[: half.start()])
            return None if whole is None else whole + 0.5
        if t in self.number_phrases:
            return self.number_phrases[t]
        if t in self.vague_numbers:
            return None
        try:
            value = float(t)
        except ValueError:
            pass
        else:
            return int(value) if value.is_integer() else value
        total = current = 0  # 'two thousand five hundred': 2000 closed, then 5 * 100
        for word in re.split(r"[\s-]+", t):
            n = self.number_words.get(word)
            if n is None:
                return None
            if n == 1000:
                total, current = total + max(current, 1) * 1000, 0
            elif n == 100 or word == "dozen":  # 'nineteen hundred', 'two dozen'
                current = max(current, 1) * n
            else:
                current += n
        return total + current

    def direction(self, rel: str | None, tense: str | None) -> str | None:
        """An explicit 'last'/'next'/'this' before the expression, else the clause's tense."""
        return self.relative_words.get(norm_space(rel)) if rel else tense

    def ordinal(self, text: str) -> int | None:
        t = norm_space(text).replace(" ", "-")
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
        if m:
            return int(m.group(1))
        return self.ordinals.get(t) or self.ordinals.get(t.replace("-", " "))

    def month(self, text: str) -> int | None:
        if text.isdigit():
            return int(text) if 1 <= int(text) <= 12 else None
        return self.months.get(text.lower().rstrip("."))

    def planned_for(self, verb: Any, auxes: list[Any]) -> bool:
        """A participle of planning without a present auxiliary ('a vote scheduled for May',
        'was planned for March', 'a summit set for April'): a time on either side."""
        if any(a.tag_ not in ("VBD", "VBN") for a in auxes):
            return False  # "is scheduled for": a future lemma with a present auxiliary
        lemma = verb.lemma_.lower()
        has_for = any(c.lower_ == "for" for c in verb.children)
        return lemma in self.plan_lemmas or (lemma in self.future_lemmas and has_for)

    def unit(self, text: str) -> tuple[str, dict[str, Any]]:
        name = self.unit_forms[text.lower()]
        return name, self.units[name]


# "2 1/2", "two and a half", "two-and-a-half"
HALF_SUFFIX = r"(?:\s+1/2|\s*½|(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)"
HALF = re.compile(HALF_SUFFIX + "$")
WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")
DIGITS = re.compile(r"\d+")
LETTER = r"[^\W\d_]"
# Chars kept each side of a trigger. A rule match reaches at most ~30 chars before its first
# trigger and ~12 after its last ("the first half of 2024", "two years from now").
WINDOW = 48


def lower_same_length(text: str) -> str:
    """`text.lower()`, unless that changes its length ('İ'): then char by char, keeping any
    char whose lower case is longer, so that offsets into the copy are offsets into `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(lc if len(lc := ch.lower()) == 1 else ch for ch in text)


def trigger_windows(g: Grammar, low: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows of the lower-cased text around trigger words and digits."""
    triggers = g.trigger_words
    found = [m.span() for m in DIGITS.finditer(low)]
    for m in g.trigger_finder.finditer(" " + low):  # the space: a char before the first word
        word = m.group(1)
        if word[0].isdigit() or word in triggers or (word.endswith("s") and word[:-1] in triggers):
            found.append((m.start(1) - 1, m.end(1) - 1))
    found.sort()  # digit runs and words do not overlap: in text order
    windows: list[list[int]] = []
    for start, end in found:
        lo, hi = max(0, start - WINDOW), min(len(low), end + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def trigger_finder(triggers: frozenset[str]) -> re.Pattern[str]:
    """The words of `WORD_OR_NUMBER` that may be triggers, found by one regex instead of a
    Python test of every word: trigger words (and their plurals) and the rare words not
    starting with a-z ('²', 'é'), which `trigger_windows` still tests; group 1, after a char
    that is no letter. That char is matched, not looked behind at: a pattern whose first item
    is a class of chars lets the search skip every letter, where a look-behind first was
    tried at every char. Numbers are `DIGITS`, found apart (they may follow a letter)."""
    words = trie_alternation(triggers)
    return re.compile(rf"[\W\d_]((?:{words}s?|[^\W\d_a-z]{LETTER}*)(?!{LETTER}))")


def norm_space(text: str) -> str:
    return " ".join(text.lower().split())


def _alt(words) -> str:
    """An alternation of lexicon phrases, longest first, spaces matching any whitespace."""
    phrases = sorted({norm_space(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in ph.split(" ")) for ph in phrases)


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """Load the lexicons and the declared rules (by priority) and compile them, once."""
    from pipeline.dates.resolvers import RESOLVERS  # resolvers import this module

    rows = sorted(
        (r for r in stage_rules("dates").values() if r.pattern is not None),
        key=lambda r: r.priority,
    )
    return Grammar(load_data("dates", LEXICON_FILE), rows, set(RESOLVERS))
