"""What the actor stage works on: a per-call context, a candidate being classified, and a
mention with its rule trail; and the plain rows they become."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import column, span_text
from pipeline.actors.gazetteer import Gazetteer
from pipeline.actors.span_patterns import SpanPatterns
from pipeline.actors.words import Words
from pipeline.rules import UnknownRuleError, stage_rules

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def declared(rule_id: str) -> str:
    """`rule_id`, which must be declared in actors/patterns/rules.json."""
    if rule_id not in stage_rules("actors"):
        raise UnknownRuleError(f"actor rule id {rule_id!r} is declared in no rules.json")
    return rule_id


@dataclass(frozen=True)
class Settings:
    title_window: int = 4  # tokens before a name searched for a title
    affiliation_window: int = 14  # tokens before a person searched for a country


@dataclass
class Context:
    """Everything one call of the component needs; the component itself keeps no Doc state."""

    doc: Doc
    gaz: Gazetteer
    words: Words
    settings: Settings
    patterns: SpanPatterns
    steps: tuple[Callable[..., Any], ...] = ()  # the classification rules, in order
    hints: dict[tuple[int, int], str] = field(default_factory=dict)  # bounds -> rule id
    # bounds -> the rule that found a candidate NER did not give as it is
    sources: dict[tuple[int, int], str] = field(default_factory=dict)
    # the Doc's tokens, each made once: each `doc[i]` or walk over the Doc builds new objects
    tokens: DocTokens = field(init=False)
    # token -> its lower form with straight apostrophes, None for a space token (titles)
    title_words: tuple[str | None, ...] = field(init=False)
    # each token's LOWER hash, read once: the words of a list are found among them
    lower_keys: np.ndarray = field(init=False)
    # the Doc's entities, made once: each `doc.ents` builds a new Span for every entity
    ents: tuple[Span, ...] = field(init=False)
    # what a step works out once and asks again for many mentions, by the step's key
    memo: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tokens = DocTokens(self.doc)
        self.lower_keys = column(self.doc, LOWER) if len(self.doc) else np.zeros(0, np.uint64)
        self.title_words = _title_words(self.doc, self.lower_keys)
        self.ents = self.doc.ents


class DocTokens:
    """The Doc's Token objects as a read-only sequence (an index or a slice, as a tuple
    gives them), each built on first use and kept: the steps read about a third of a
    Doc's tokens, and `tuple(doc)` built every one."""

    __slots__ = ("_doc", "_made")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._made: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._made)

    def __getitem__(self, i: int | slice) -> Any:
        made = self._made
        token = made[i]  # an IndexError, or a negative index, as a tuple's; a slice's list
        if token is None:
            token = made[i] = self._doc[i]
        elif token.__class__ is list:  # a slice (the common index is tested first)
            for k in range(*i.indices(len(made))):
                if made[k] is None:
                    made[k] = self._doc[k]
            return tuple(made[i])
        return token

    def __iter__(self) -> Iterator[Token]:
        return iter(self[:])


def _title_words(doc: Doc, lower_keys: np.ndarray) -> tuple[str | None, ...]:
    """Each token's lower form with straight apostrophes, None for a space token: read from
    the Doc's arrays, each distinct word made once per process (`_TITLE_WORDS`), with no
    Token attribute read per token."""
    if not len(doc):
        return ()
    keys = lower_keys.tolist()
    if len(_TITLE_WORDS) > MAX_TITLE_WORDS:
        _TITLE_WORDS.clear()
    strings = doc.vocab.strings
    for key in set(keys).difference(_TITLE_WORDS):
        word = strings[key]  # spaCy's IS_SPACE is `isspace()` of the text, as of its lower form
        _TITLE_WORDS[key] = None if word.isspace() else word.replace("’", "'")
    return tuple(map(_TITLE_WORDS.__getitem__, keys))


# a lower form's hash -> its title word: a hash names one string, so this holds across Docs
_TITLE_WORDS: dict[int, str | None] = {}
MAX_TITLE_WORDS = 1 << 18  # a long run meets ever more words: start afresh past this many


@dataclass
class Mention:
    span: Span
    label: str
    actor_id: str
    name: str
    country: str | None
    role: str | None
    rule_id: str
    type: str = ""
    extra: dict = field(default_factory=dict)
    rule_trail: list[str] = field(default_factory=list)  # every rule that decided it, in order

    def __post_init__(self) -> None:
        declared(self.rule_id)
        if not self.rule_trail or self.rule_trail[-1] != self.rule_id:
            self.rule_trail.append(self.rule_id)

    def set_rule(self, rule_id: str) -> None:
        """A later pass decided again: the rule id changes, the trail keeps the earlier."""
        self.rule_id = declared(rule_id)
        self.rule_trail.append(rule_id)

    def note(self, rule_id: str) -> None:
        """A rule added to the mention (its country) without deciding it: in the trail,
        before the rule that decided it."""
        self.rule_trail.insert(len(self.rule_trail) - 1, declared(rule_id))

    @property
    def bounds(self) -> tuple[int, int]:
        return self.span.start, self.span.end


@dataclass
class Rejected:
    """A candidate span that a rule found to be no actor."""

    span: Span
    rule_id: str

    def __post_init__(self) -> None:
        declared(self.rule_id)


def one_line(name: str) -> str:
    """A name as one line: "Ann\n   Lee" in hard-wrapped text is the actor Ann Lee."""
    return " ".join(name.split())


def mention_dict(m: Mention) -> dict:
    return {
        "text": span_text(m.span),
        "start": m.span.start_char,
        "end": m.span.end_char,
        "label": m.label,
        "actor_id": m.actor_id,
        "name": one_line(m.name),
        "country": m.country,
        "role": m.role,
        "rule_id": m.rule_id,
        "rule_trail": list(m.rule_trail),
    }


def actor_rows(mentions: list[Mention]) -> list[dict]:
    rows: dict[str, dict] = {}
    for m in mentions:
        row = rows.setdefault(
            m.actor_id,
            {
                "actor_id": m.actor_id,
                "name": one_line(m.name),
                "type": m.type or m.label,
                "country": m.country,
                "role": m.role,
                "aliases": [],
                "n_mentions": 0,
                "first_start": m.span.start_char,
                "rule_id": m.rule_id,
                # where the country came from: "mention" (the text around the actor or
                # the gazetteer) or "article" (the state the article is about; a guess)
                "country_from": m.extra.get("country_from", "mention") if m.country else None,
            },
        )
        row["n_mentions"] += 1
        for alias in map(one_line, [span_text(m.span), *m.extra.get("aliases", [])]):
            if alias not in row["aliases"]:
                row["aliases"].append(alias)
    for row in rows.values():
        row["aliases"] = sorted(row["aliases"])
    return list(rows.values())
