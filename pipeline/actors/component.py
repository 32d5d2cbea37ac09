"""The actor linker: NER plus gazetteers, titles and alias links -> canonical actors.

For every mention of a person, organisation or state it records the canonical actor
(`actor_id`, `name`), the actor's country (ISO alpha-3, `IGO` for international
organisations) and role, the `rule_id` of the rule that decided it and the `rule_trail`
of every rule that did. Results are plain dicts in `doc._.actor_mentions` and
`doc._.actors`. The stage runs candidates -> classify -> link -> affiliate; the
component keeps no per-Doc state (each call has its own `Context`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import ensure_path

from pipeline.actors.affiliate import affiliate, affiliate_with_unnamed
from pipeline.actors.candidates import candidates
from pipeline.actors.classify import classify, step_order
from pipeline.actors.ethnic import ethnic_groups
from pipeline.actors.gazetteer import load_gazetteer
from pipeline.actors.link import link_all, without_acronyms_of_things
from pipeline.actors.mention import (
    Context,
    Mention,
    Rejected,
    Settings,
    actor_rows,
    mention_dict,
)
from pipeline.actors.opposition import opposition_roles
from pipeline.actors.seat_people import seat_people
from pipeline.actors.seats import seat_metonymy
from pipeline.actors.span_patterns import SpanPatterns
from pipeline.actors.unnamed import unnamed_mentions
from pipeline.actors.words import Words, parse_words, words_data
from pipeline.rules import RULE_FILE_VERSION, load_data, parse_rules, stage_rules

CONFIG_FILE, WORDS_FILE, RULES_FILE = "cfg.json", "words.json", "rules.json"


@dataclass
class Result:
    mentions: list[Mention]
    rejected: list[Rejected] = field(default_factory=list)  # why a candidate is no actor


class ActorLinker(Pipe):
    """Finds actor mentions and resolves each to one canonical actor per document."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claims_actor_linker",
        *,
        title_window: int = 4,
        affiliation_window: int = 14,
        words: dict[str, Any] | None = None,
        rules: list[dict[str, Any]] | None = None,
    ) -> None:
        self.name = name
        self.settings = Settings(title_window, affiliation_window)
        self.gazetteer = load_gazetteer()
        self.vocab = nlp.vocab
        self.set_words(words or words_data())
        self.set_rules(rules or load_data("actors", RULES_FILE)["rules"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # NER misses some gazetteer names ("the Kremlin", "Diet"); match them case-sensitively.
        forms = sorted(self.gazetteer.match_forms)
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        result = self.extract(doc)
        doc._.actor_mentions = [mention_dict(m) for m in result.mentions]
        doc._.actors = actor_rows(result.mentions)
        doc._.not_actors = [  # things, not places: a place may still be an act's target
            [r.span.start_char, r.span.end_char]
            for r in result.rejected
            if "place" not in r.rule_id and "demonym" not in r.rule_id
        ]
        return doc

    def context(self, doc: Doc) -> Context:
        return Context(doc, self.gazetteer, self.words, self.settings, self.patterns, self.steps)

    def set_words(self, data: dict[str, Any]) -> None:
        """Word lists in the form of patterns/words.json, checked."""
        self.words_data = data
        self.words: Words = parse_words(data)

    def set_rules(self, rows: list[dict[str, Any]]) -> None:
        """Rule rows in the form of patterns/rules.json: their patterns and the order of
        the classification rules, checked."""
        self.rule_rows = rows
        rules = parse_rules("actors", {"version": RULE_FILE_VERSION, "rules": rows})
        odd = set(rules) ^ set(stage_rules("actors"))
        if odd:  # ids are declared by the package: rows may re-order or re-pattern them only
            raise ValueError(f"actor rules differ from the declared ids: {sorted(odd)}")
        self.patterns = SpanPatterns(self.vocab, rules)
        self.steps = step_order(rules)

    def extract(self, doc: Doc) -> Result:
        """The stage's steps on one Doc: mentions, and the candidates found to be none."""
        ctx = self.context(doc)
        verdicts = [(span, classify(ctx, span)) for span in candidates(ctx, self.matcher)]
        mentions = [v for _, v in verdicts if isinstance(v, Mention)]
        rejected = [v for _, v in verdicts if isinstance(v, Rejected)]
        things = [
            s for s, v in verdicts if isinstance(v, Rejected) and s.label_ in ("ORG", "PERSON")
        ]
        mentions, dropped = without_acronyms_of_things(ctx, mentions, things)
        link_all(ctx, mentions)
        seat_metonymy(ctx, mentions)
        home = affiliate(ctx, mentions)
        opposition_roles(ctx, mentions)
        mentions = sorted([*mentions, *unnamed_mentions(ctx, mentions)], key=lambda m: m.bounds)
        seat_people(ctx, mentions)
        affiliate_with_unnamed(ctx, mentions, home)
        ethnic_groups(ctx, mentions)
        return Result(mentions, rejected + dropped)

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        cfg = {
            "title_window": self.settings.title_window,
            "affiliation_window": self.settings.affiliation_window,
        }
        _write_json(path / CONFIG_FILE, cfg)
        _write_json(path / WORDS_FILE, self.words_data)
        _write_json(path / RULES_FILE, {"version": RULE_FILE_VERSION, "rules": self.rule_rows})

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> ActorLinker:
        path = ensure_path(path)
        self.settings = Settings(**_read_json(path / CONFIG_FILE))
        self.set_words(_read_json(path / WORDS_FILE))
        self.set_rules(_read_json(path / RULES_FILE)["rules"])
        return self


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
