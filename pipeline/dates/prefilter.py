"""Which date rules can match in a window of text, told by the literal words each rule's
regex needs: running all the rules over every window was most of the date stage's cost,
and most windows hold none of a given rule's words ('quarter', a month name, 'ago').

The words are read from the compiled regex, never written by hand: a rule's required
factors are strings of which every match contains at least one. A window holding none of
them cannot give a match, so skipping it changes no output. Each part of a rule's top-level
sequence needs its own factors, and a window must hold one of every part's (a clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # the parse tree `re.compile` itself works from
from re import _parser as sre_parse

Factors = frozenset[str] | None  # None: nothing required that we can tell (always run)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_factors(regex: re.Pattern[str]) -> Factors:
    """Strings of which every match of `regex` contains one, or None when we cannot tell."""
    if regex.flags & re.IGNORECASE:
        return None  # case folding would need every folded form of each literal
    return _sequence(sre_parse.parse(regex.pattern, regex.flags))


def required_clauses(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """The factors of each part of the regex's top-level sequence that needs some (a run of
    literals is one part): every match contains one factor of each. Empty when we cannot
    tell of any part."""
    if regex.flags & re.IGNORECASE:
        return []
    return [part for part in _parts(sre_parse.parse(regex.pattern, regex.flags)) if part]


MAX_SPELLINGS = 8  # a run with a class of literal chars in it: at most this many strings


def _parts(items) -> list[Factors]:
    """What each part of a sequence needs: a run of literals is one string, and a run with
    a small class of literal chars in it ("[ap]m", "0['’]s") is each of its spellings."""
    run: list[str] = [""]
    parts: list[Factors] = []
    for op, av in items:
        if op is sre.LITERAL:
            run = [r + chr(av) for r in run]
            continue
        chars = _literal_chars(op, av)
        if chars is not None and len(run) * len(chars) <= MAX_SPELLINGS:
            run = [r + c for r in run for c in chars]
            continue
        heads = _leading_runs(op, av) if run != [""] else None
        if heads is not None and len(run) * len(heads) <= MAX_SPELLINGS:
            # "[ap](?:\.m\.|m)": the run goes on into each alternative's leading literals
            run = [r + h for r in run for h in heads]
        if run != [""]:
            parts.append(frozenset(run))
            run = [""]
        parts.append(_node(op, av))
    if run != [""]:
        parts.append(frozenset(run))
    return parts


def _leading_runs(op, av) -> list[str] | None:
    """The literal strings the alternatives of a group of alternatives open with, each of
    them at least one char, else None."""
    if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE and len(av[3]) == 1:
        return _leading_runs(*av[3][0])
    if op is not sre.BRANCH:
        return None
    heads: set[str] = set()
    for branch in av[1]:
        run = ""
        for item_op, item_av in branch:
            if item_op is not sre.LITERAL:
                break
            run += chr(item_av)
        if not run:
            return None
        heads.add(run)
    return sorted(heads)


def _literal_chars(op, av) -> list[str] | None:
    """The chars of a class of literal chars ("[-–/]"), else None."""
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        return sorted({chr(a) for _, a in av})
    return None


def _sequence(items) -> Factors:
    """A sequence needs what any one of its parts needs: keep the most selective part (see
    `_selectivity`); a run of literals is one string."""
    best: Factors = None
    parts = _parts(items)
    for part in parts:
        if part and (best is None or _selectivity(part) > _selectivity(best)):
            best = part
    return best


def _selectivity(factors: frozenset[str]) -> tuple[int, bool, int]:
    """Longer strings are rarer; of the same length, strings with a digit or a mark in each
    ("0's") are rarer than words ("the"); then fewer strings are."""
    return min(map(len, factors)), not any(f.isalpha() for f in factors), -len(factors)


def _node(op, av) -> Factors:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return None if add_flags & re.IGNORECASE else _sequence(items)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:  # each alternative must need something
        out: set[str] = set()
        for branch in av[1]:
            factors = _sequence(branch)
            if factors is None:
                return None
            out |= factors
        return frozenset(out)
    if op in REPEATS:
        low, _high, item = av
        return _sequence(item) if low >= 1 else None
    chars = _literal_chars(op, av)  # [-–/]: one of these chars
    # else classes, categories, assertions (which may look outside the window)
    return None if chars is None else frozenset(chars)


class RulePrefilter:
    """For a window of text, the indices of the rules whose required factors it holds."""

    def __init__(self, regexes: Sequence[re.Pattern[str]]) -> None:
        self.always: set[int] = set()
        self.clauses: dict[int, list[frozenset[str]]] = {}  # rule -> its other clauses
        by_factor: dict[str, set[int]] = {}  # a factor of a rule's most selective clause
        factors: set[str] = set()
        for i, regex in enumerate(regexes):
            clauses = required_clauses(regex)
            if not clauses:
                self.always.add(i)
                continue
            first = max(clauses, key=_selectivity)
            self.clauses[i] = [c for c in clauses if c != first]
            factors.update(*clauses)
            for factor in first:
                by_factor.setdefault(factor, set()).add(i)
        # One scan of a window finds, at each position, the longest factor starting there;
        # the factors that are its prefixes start there too.
        self.starting = {
            factor: frozenset(
                factor[:k] for k in range(1, len(factor) + 1) if factor[:k] in factors
            )
            for factor in factors
        }
        self.by_factor = by_factor
        self.finder = re.compile(f"(?=({trie_alternation(factors)}))") if factors else None

    def possible(self, text: str, lo: int, hi: int) -> list[int]:
        """The rules that may match in `text[lo:hi]`, in rule order."""
        found = set(self.always)
        if self.finder is not None:
            found |= self._holding(set(self.finder.findall(text, lo, hi)))
        return sorted(found)

    def _holding(self, longest: set[str]) -> set[int]:
        """The rules with a factor of every clause among the factors that start with the
        strings in `longest`."""
        present = set().union(*[self.starting[f] for f in longest])
        candidates: set[int] = set()
        for factor in present & self.by_factor.keys():
            candidates |= self.by_factor[factor]
        holding = set()
        for i in candidates:
            for clause in self.clauses[i]:
                if clause.isdisjoint(present):
                    break
            else:  # a factor of every clause is in the window
                holding.add(i)
        return holding


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, their common prefixes factored out ('week', 'weekend'
    -> 'week(?:end)?'): a flat alternation tries every word at every position. Where several
    words start at a position, it matches the longest (each optional part is greedy)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body
