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

from pipeline.actors.affiliate import affiliate
from pipeline.actors.candidates import candidates
from pipeline.actors.classify import classify
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
from pipeline.actors.words import Words, parse_words, words_data

CONFIG_FILE, WORDS_FILE = "cfg.json", "words.json"


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
    ) -> None:
        self.name = name
        self.settings = Settings(title_window, affiliation_window)
        self.words_data = words or words_data()
        self.words: Words = parse_words(self.words_data)
        self.gazetteer = load_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # NER misses some gazetteer names ("the Kremlin", "Diet"); match them case-sensitively.
        forms = sorted(self.gazetteer.match_forms)
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        result = self.extract(doc)
        doc._.actor_mentions = [mention_dict(m) for m in result.mentions]
        doc._.actors = actor_rows(result.mentions)
        return doc

    def context(self, doc: Doc) -> Context:
        return Context(doc, self.gazetteer, self.words, self.settings)

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
        affiliate(ctx, mentions)
        return Result(mentions, rejected + dropped)

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        cfg = {
            "title_window": self.settings.title_window,
            "affiliation_window": self.settings.affiliation_window,
        }
        (path / CONFIG_FILE).write_text(json.dumps(cfg, indent=1), encoding="utf-8")
        data = json.dumps(self.words_data, ensure_ascii=False, indent=1)
        (path / WORDS_FILE).write_text(data, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> ActorLinker:
        path = ensure_path(path)
        cfg = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
        self.settings = Settings(**cfg)
        self.words_data = json.loads((path / WORDS_FILE).read_text(encoding="utf-8"))
        self.words = parse_words(self.words_data)
        return self
