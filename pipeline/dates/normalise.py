"""TIMEX3 normalisation for the date stage: lexicons, compiled rules and value arithmetic.

Everything here works on plain strings and `datetime.date` anchors; nothing needs spaCy.
The lexicons and rule patterns live in `patterns/dates.json` (versioned data), loaded and
compiled once per process by `load_grammar()`. Calendar arithmetic is done with
`dateutil.relativedelta`.

A rule's *kind* names the function in `RESOLVERS` that turns its regex groups into a
`Resolved(type, value, mod, anchored)`; a resolver returns None when the groups do not make
a valid expression (e.g. "the fifth quarter"), and the caller then drops the candidate.
Without an anchor, anchor-relative expressions get unanchored values (`XXXX-09`,
`XXXX-WXX-1`, `PRESENT_REF`) instead of a guess.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as DU_WEEKDAYS

PATTERNS_FILE = "dates.json"
SUPPORTED_VERSION = 1
RULE_KEYS = {
    "id",
    "kind",
    "type",
    "pattern",
    "needs_tense",
    "bare_month",
    "reject_in_entities",
    "require_position",
    "set_after_quantity",
    "reject_counts",
}
TYPES = {"DATE", "TIME", "DURATION", "SET"}

# Direction of an anchor-relative expression: from the clause's tense ("past", "future") or
# from an explicit word ("last", "next", "this"); None when nothing tells.
Direction = str | None


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    type: str
    regex: re.Pattern[str]
    needs_tense: bool = False
    bare_month: bool = False
    reject_in_entities: frozenset[str] = frozenset()
    require_position: bool = False
    set_after_quantity: bool = False
    reject_counts: bool = False


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False


class Grammar:
    """The loaded lexicons plus the compiled rules and context regexes."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("version") != SUPPORTED_VERSION:
            raise ValueError(f"unsupported dates patterns version: {data.get('version')!r}")
        lex = data["lexicon"]
        self.lex = lex
        self.months: dict[str, int] = {**lex["months"], **lex["month_abbreviations"]}
        self.ambiguous_months = frozenset(lex["ambiguous_months"])
        self.ambiguous_month_cues = frozenset(lex["ambiguous_month_cues"])
        self.weekdays: dict[str, int] = lex["weekdays"]
        self.seasons: dict[str, dict[str, Any]] = lex["seasons"]
        self.number_words: dict[str, int] = lex["number_words"]
        self.number_phrases: dict[str, int] = {
            _norm_space(k): v for k, v in lex["number_phrases"].items()
        }
        self.vague_numbers = frozenset(_norm_space(v) for v in lex["vague_numbers"])
        self.ordinals: dict[str, int] = {_norm_space(k): v for k, v in lex["ordinals"].items()}
        self.units: dict[str, dict[str, Any]] = lex["units"]
        self.unit_forms: dict[str, str] = lex["unit_forms"]
        self.relative_words: dict[str, str] = {
            _norm_space(k): v for k, v in lex["relative_words"].items()
        }
        self.relative_units: dict[str, dict[str, Any]] = lex["relative_units"]
        self.day_words: dict[str, dict[str, Any]] = {
            _norm_space(k): v for k, v in lex["day_words"].items()
        }
        self.parts_of_day: dict[str, str] = lex["parts_of_day"]
        self.refs: dict[str, str] = {_norm_space(k): v for k, v in lex["refs"].items()}
        self.set_words: dict[str, str] = lex["set_words"]
        self.clock_words: dict[str, str] = lex["clock_words"]
        self.position_mods: dict[str, str] = {
            _norm_space(k): v for k, v in lex["position_mods"].items()
        }
        self.signals: dict[str, dict[str, Any]] = {
            _norm_space(k): v for k, v in lex["signals"].items()
        }
        self.future_auxiliaries = frozenset(lex["future_auxiliaries"])
        self.future_lemmas = frozenset(lex["future_lemmas"])
        self.count_noun_tags = frozenset(lex["count_noun_tags"])
        self.year_context_tags = frozenset(lex["year_context_tags"])
        self.entity_sets: dict[str, frozenset[str]] = {
            "year_reject_entities": frozenset(lex["year_reject_entities"]),
            "name_entities": frozenset(lex["name_entities"]),
        }

        num_words = _alt(self.number_words)
        slots = {
            "YEAR": r"(?:1[89]\d\d|20\d\d)",
            "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
            "MONTH": _alt(lex["months"])
            + "|"
            + "|".join(rf"{re.escape(m)}\.?" for m in lex["month_abbreviations"]),
            "MONTH_FULL": _alt(lex["months"]),
            "WEEKDAY": _alt(self.weekdays),
            "SEASON": _alt(self.seasons),
            "ORD": _alt(self.ordinals) + r"|\d{1,2}(?:st|nd|rd|th)",
            "NUM": "|".join(
                [
                    _alt(self.vague_numbers),
                    _alt(k for k in self.number_phrases if " " in k),
                    r"\d+(?:\.\d+)?",
                    rf"(?:{num_words})(?:(?:\s+|-)(?:{num_words}))*",
                    _alt(k for k in self.number_phrases if " " not in k),
                ]
            ),
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
            "FREQ": _alt(lex["frequency_words"]),
            "CLOCKWORD": _alt(self.clock_words),
        }

        def expand(pattern: str) -> str:
            return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{slots[m.group(1)]})", pattern)

        self.rules: list[Rule] = []
        for raw in data["rules"]:
            unknown = set(raw) - RULE_KEYS
            if unknown or raw["type"] not in TYPES or raw["kind"] not in RESOLVERS:
                raise ValueError(f"bad date rule {raw.get('id')!r}: {sorted(unknown)}")
            self.rules.append(
                Rule(
                    id=raw["id"],
                    kind=raw["kind"],
                    type=raw["type"],
                    regex=re.compile(expand(raw["pattern"])),
                    needs_tense=raw.get("needs_tense", False),
                    bare_month=raw.get("bare_month", False),
                    reject_in_entities=self.entity_sets.get(
                        raw.get("reject_in_entities", ""), frozenset()
                    ),
                    require_position=raw.get("require_position", False),
                    set_after_quantity=raw.get("set_after_quantity", False),
                    reject_counts=raw.get("reject_counts", False),
                )
            )
        # Context regexes, matched against the text just before / after a candidate.
        self.position_prefix = re.compile(
            rf"(?:\bthe\s+)?\b(?P<pos>{_alt(self.position_mods)})(?:\s+|\s*-\s*)$"
        )
        self.signal_prefix = re.compile(rf"\b(?P<sig>{_alt(self.signals)})\s+$")
        self.pod_suffix = re.compile(rf"\s+(?P<pod>{_alt(self.parts_of_day)})\b")
        self.cue_word = re.compile(r"(?P<w>[a-z]+)[\s-]+$")
        self.trigger_words = self._trigger_words(lex)

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
            "quarter",
            "century",
        }
        return frozenset(w.lower() for w in words)

    # -- lexicon look-ups ----------------------------------------------------------------

    def number(self, text: str) -> float | None:
        """'two' -> 2, 'twenty-five' -> 25, '1.5' -> 1.5, 'a' -> 1; vague ('several') -> None."""
        t = _norm_space(text)
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
        total = 0
        for word in re.split(r"[\s-]+", t):
            n = self.number_words.get(word)
            if n is None:
                return None
            if n == 100:
                total = max(total, 1) * 100
            else:
                total += n
        return total

    def ordinal(self, text: str) -> int | None:
        t = _norm_space(text).replace(" ", "-")
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
        if m:
            return int(m.group(1))
        return self.ordinals.get(t) or self.ordinals.get(t.replace("-", " "))

    def month(self, text: str) -> int | None:
        if text.isdigit():
            return int(text) if 1 <= int(text) <= 12 else None
        return self.months.get(text.lower().rstrip("."))

    def unit(self, text: str) -> tuple[str, dict[str, Any]]:
        name = self.unit_forms[text.lower()]
        return name, self.units[name]


WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")
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
    windows: list[list[int]] = []
    for m in WORD_OR_NUMBER.finditer(low):
        word = m.group()
        if not (
            word[0].isdigit() or word in triggers or (word.endswith("s") and word[:-1] in triggers)
        ):
            continue
        lo, hi = max(0, m.start() - WINDOW), min(len(low), m.end() + WINDOW)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """Load and compile `patterns/dates.json` once per process."""
    text = resources.files("pipeline.dates").joinpath("patterns", PATTERNS_FILE).read_text("utf-8")
    return Grammar(json.loads(text))


def _norm_space(text: str) -> str:
    return " ".join(text.lower().split())


def _alt(words) -> str:
    """An alternation of lexicon phrases, longest first, spaces matching any whitespace."""
    phrases = sorted({_norm_space(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in ph.split(" ")) for ph in phrases)


# -- anchors and formatting ------------------------------------------------------------------


def parse_anchor(published: Any) -> date | None:
    """An ISO 'YYYY-MM-DD' (a longer ISO timestamp is cut to its date) -> date, else None."""
    if isinstance(published, date):
        return published
    if not isinstance(published, str):
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


UNANCHORED = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "quarter": "XXXX-QX",
    "decade": "XXX",
    "century": "XX",
}


def fmt(d: date, granularity: str) -> str:
    """A date written at a TIMEX3 granularity."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity in ("week", "weekend"):
        iso_year, week, _ = d.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def is_day_value(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}|XXXX-XX-XX|XXXX-WXX-\d", value))


def _num_str(n: float) -> str:
    return f"{n:g}" if isinstance(n, float) else str(n)


def duration_value(n: float | None, unit: dict[str, Any]) -> str:
    prefix = "PT" if unit.get("time") else "P"
    if n is None:
        return f"{prefix}X{unit['vague']}"
    return f"{prefix}{_num_str(n * unit['mult'])}{unit['code']}"


# -- anchor-relative resolution --------------------------------------------------------------


def month_year(month: int, anchor: date, direction: Direction) -> int:
    """The year of a bare month seen from the anchor (same month as the anchor -> its year)."""
    y, m = anchor.year, anchor.month
    if direction == "past":
        return y if month <= m else y - 1
    if direction == "future":
        return y if month >= m else y + 1
    if direction == "last":
        return y if month < m else y - 1
    if direction == "next":
        return y if month > m else y + 1
    return y


def month_day_date(month: int, day: int, anchor: date, direction: Direction) -> date:
    """A month and day without a year, placed by the direction (ValueError if impossible)."""
    here = (anchor.month, anchor.day)
    y = anchor.year
    if direction in ("past", "last"):
        if (month, day) > here or (direction == "last" and (month, day) == here):
            y -= 1
    elif direction in ("future", "next") and (
        (month, day) < here or (direction == "next" and (month, day) == here)
    ):
        y += 1
    return date(y, month, day)


def weekday_date(weekday: int, anchor: date, direction: Direction) -> date:
    """A weekday (0 = Monday) relative to the anchor; the anchor's own weekday is the anchor
    day unless the direction is an explicit 'last'/'next'; with no direction, the nearest."""
    wd = DU_WEEKDAYS[weekday]
    if direction == "past":
        return anchor + relativedelta(weekday=wd(-1))
    if direction == "future":
        return anchor + relativedelta(weekday=wd(+1))
    if direction == "last":
        return anchor + relativedelta(days=-1, weekday=wd(-1))
    if direction == "next":
        return anchor + relativedelta(days=+1, weekday=wd(+1))
    back = anchor + relativedelta(weekday=wd(-1))
    ahead = anchor + relativedelta(weekday=wd(+1))
    return back if (anchor - back) <= (ahead - anchor) else ahead


def season_year(months: list[int], anchor: date, direction: Direction) -> int:
    """The year (of the season's first month) of a season named without a year."""
    start = months[0]
    if anchor.month in months:  # the anchor is inside this season
        current = anchor.year if anchor.month >= start else anchor.year - 1
        return {"last": current - 1, "next": current + 1}.get(direction or "", current)
    if direction in ("past", "last"):
        return anchor.year if start < anchor.month else anchor.year - 1
    if direction in ("future", "next"):
        return anchor.year if start > anchor.month else anchor.year + 1
    return anchor.year


# -- resolvers: (grammar, groups, anchor, direction) -> Resolved | None ----------------------

Groups = dict[str, str | None]
Resolver = Callable[[Grammar, Groups, date | None, Direction], Resolved | None]


def _year_of(g: Grammar, groups: Groups, anchor: date | None) -> tuple[int | None, bool]:
    """(year, anchored): an explicit year ('of 2024'); else the anchor's year, shifted by
    'of last/next year'; else (None, False) when there is no anchor."""
    if groups.get("year"):
        return int(groups["year"]), False
    if anchor is None:
        return None, False
    rel = g.relative_words.get(_norm_space(groups.get("yrel") or ""), "")
    return anchor.year + {"last": -1, "next": 1}.get(rel, 0), True


def _direction(g: Grammar, groups: Groups, tense: Direction) -> Direction:
    rel = groups.get("rel")
    if rel:
        word = g.relative_words.get(_norm_space(rel))
        return None if word == "this" else word
    return tense


def resolve_full_date(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    month = g.month(gr["month"] or "")
    day = int(re.match(r"\d+", gr["day"] or "").group())
    if month is None:
        return None
    if gr.get("year"):
        return Resolved("DATE", date(int(gr["year"]), month, day).isoformat())
    if anchor is None:
        date(2000, month, day)  # validates (2000 is a leap year)
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    return Resolved("DATE", month_day_date(month, day, anchor, tense).isoformat(), anchored=True)


def resolve_month(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    month = g.month(gr["month"] or "")
    if month is None:
        return None
    if gr.get("year"):
        return Resolved("DATE", f"{int(gr['year']):04d}-{month:02d}")
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}")
    year = month_year(month, anchor, _direction(g, gr, tense))
    return Resolved("DATE", f"{year:04d}-{month:02d}", anchored=True)


def resolve_weekday(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    wd = g.weekdays[(gr["weekday"] or "").lower()]
    if anchor is None:
        return Resolved("DATE", f"XXXX-WXX-{wd + 1}")
    d = weekday_date(wd, anchor, _direction(g, gr, tense))
    return Resolved("DATE", d.isoformat(), anchored=True)


def resolve_year(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    return Resolved("DATE", f"{int(gr['year']):04d}")


def resolve_decade(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    if gr.get("decade"):
        return Resolved("DATE", gr["decade"])
    short = int(gr["short"] or 0)
    century = 20 if short <= 2 else 19  # '00s, '10s, '20s -> 200, 201, 202; '90s -> 199
    return Resolved("DATE", f"{century}{short}")


def resolve_century(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    n = g.ordinal(gr["ord"] or "")
    if not n or n > 30:
        return None
    return Resolved("DATE", f"{n - 1:02d}")


def _part_of_year(
    g: Grammar, gr: Groups, anchor: date | None, number: int | None, limit: int, code: str
):
    if number is None or not 1 <= number <= limit:
        return None
    year, anchored = _year_of(g, gr, anchor)
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return Resolved("DATE", f"{prefix}-{code}{number}", anchored=anchored)


def resolve_quarter(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    if gr.get("q2"):
        gr = {**gr, "q": gr["q2"], "year": gr.get("year2")}
    n = int(gr["q"]) if gr.get("q") else g.ordinal(gr.get("ord") or "")
    return _part_of_year(g, gr, anchor, n, 4, "Q")


def resolve_half(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    n = int(gr["h"]) if gr.get("h") else g.ordinal(gr.get("ord") or "")
    return _part_of_year(g, gr, anchor, n, 2, "H")


def resolve_season(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    season = g.seasons[_norm_space(gr["season"] or "")]
    if gr.get("year"):
        return Resolved("DATE", f"{int(gr['year']):04d}-{season['code']}")
    if anchor is None:
        return Resolved("DATE", f"XXXX-{season['code']}")
    year = season_year(season["months"], anchor, _direction(g, gr, tense))
    return Resolved("DATE", f"{year:04d}-{season['code']}", anchored=True)


def resolve_day_word(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    spec = g.day_words[_norm_space(gr["dayword"] or "")]
    pod = spec.get("pod")
    kind = "TIME" if pod else "DATE"
    suffix = f"T{pod}" if pod else ""
    if anchor is None:
        if spec["days"] == 0 and not pod:
            return Resolved(kind, "PRESENT_REF")
        return Resolved(kind, "XXXX-XX-XX" + suffix)
    d = anchor + relativedelta(days=spec["days"])
    return Resolved(kind, d.isoformat() + suffix, anchored=True)


def resolve_relative_unit(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    spec = g.relative_units[(gr["unit"] or "").lower()]
    gran = spec["granularity"]
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran])
    step = {"last": -1, "next": 1}.get(g.relative_words[_norm_space(gr["rel"] or "")], 0)
    d = anchor + relativedelta(**{k: v * step for k, v in spec["shift"].items()})
    return Resolved("DATE", fmt(d, gran), anchored=True)


def resolve_the_unit(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    gran = (gr["unit"] or "").lower()
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran])
    return Resolved("DATE", fmt(anchor, gran), anchored=True)


def resolve_ago(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    _, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"] or "")
    sign = -1 if (gr["dir"] or "").lower() == "ago" else 1
    if n is None or not float(n).is_integer():
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    gran = unit["granularity"]
    if anchor is None:
        return Resolved("DATE", UNANCHORED[gran])
    amount = int(n) * unit["mult"] * sign
    field = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours"}[unit["code"]]
    if unit.get("time"):
        field = "hours" if unit["code"] == "H" else "minutes"
    d = anchor + relativedelta(**{field: amount})
    return Resolved("DATE", fmt(d, gran), anchored=True)


def resolve_ref(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    return Resolved("DATE", g.refs[_norm_space(gr["ref"] or "")])


def resolve_duration(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    name, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"]) if gr.get("num") else None
    if gr.get("num") is None and gr.get("t") is None:  # "the past week": one unit
        n = 1
    if n == 0 or (n is None and (gr["unit"] or "").lower() == name):
        return None  # "zero days"; "some day" (a vague number needs a plural unit)
    return Resolved("DURATION", duration_value(n, unit))


def resolve_set_word(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    return Resolved("SET", g.set_words[(gr["setword"] or "").lower()])


def resolve_set_every(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    _, unit = g.unit(gr["unit"] or "")
    n = g.number(gr["num"]) if gr.get("num") else 1
    if n == 0:
        return None
    return Resolved("SET", duration_value(n, unit))


def resolve_set_weekday(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    wd = g.weekdays[(gr.get("weekday") or gr.get("weekday2") or "").lower()]
    return Resolved("SET", f"XXXX-WXX-{wd + 1}")


def resolve_clock(g: Grammar, gr: Groups, anchor: date | None, tense: Direction):
    """A clock time; its day is filled in by the tagger from the sentence (see `clock_day`)."""
    if gr.get("clockword"):
        return Resolved("TIME", "XXXX-XX-XXT" + g.clock_words[gr["clockword"].lower()])
    hour = int(gr["hour"] or 0)
    minute = int(gr.get("minute") or 0)
    ampm = (gr.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return Resolved("TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}")


RESOLVERS: dict[str, Resolver] = {
    "full_date": resolve_full_date,
    "month": resolve_month,
    "weekday": resolve_weekday,
    "year": resolve_year,
    "decade": resolve_decade,
    "century": resolve_century,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "season": resolve_season,
    "day_word": resolve_day_word,
    "relative_unit": resolve_relative_unit,
    "the_unit": resolve_the_unit,
    "ago": resolve_ago,
    "ref": resolve_ref,
    "duration": resolve_duration,
    "set_word": resolve_set_word,
    "set_every": resolve_set_every,
    "set_weekday": resolve_set_weekday,
    "clock": resolve_clock,
}


def resolve(
    rule: Rule, groups: Groups, anchor: date | None, tense: Direction = None
) -> Resolved | None:
    """Resolve one rule match; None when the groups do not form a valid expression."""
    try:
        return RESOLVERS[rule.kind](load_grammar(), groups, anchor, tense)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError):
        return None


def with_part_of_day(value: str, pod: str) -> str:
    return f"{value}T{pod}"


def clock_day(time_value: str, day_value: str) -> str:
    """'XXXX-XX-XXT15:00' + '2024-10-04' -> '2024-10-04T15:00'."""
    return day_value + time_value[len("XXXX-XX-XX") :]


def dateutil_fallback(text: str) -> tuple[str, str] | None:
    """Parse an NER date that no rule matched with dateutil; (value, granularity) or None.

    Only expressions with a year and a month are accepted (bare numbers are left to the year
    rule, which knows about counts).

    The text is parsed twice with different default dates: a field that changes with the
    default was not in the text, which gives the expression's granularity.
    """
    from datetime import datetime

    from dateutil import parser

    if not re.search(r"\b(?:1[89]|20)\d\d\b", text) or len(text) > 40:
        return None
    try:
        a = parser.parse(text, default=datetime(2000, 1, 1))
        b = parser.parse(text, default=datetime(2001, 3, 3))
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year or a.month != b.month:
        return None  # bare years are the year rule's business
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}", "month"
    return a.date().isoformat(), "day"
