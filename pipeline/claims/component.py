"""The claim extraction component: runs the rule families in a declared order over a
read-only view of the Doc and writes `doc._.claims`.

Families (`families/`, one free function each) take the view and the record of what the
earlier families claimed, and return their claims and the record with their own added; the
order is data (the factory's `families` setting). Every claim names its rule (`rule_id`,
declared in patterns/rules.json) and carries the trail of its confidence. The component
does not catch errors: the run's error handler records a failed article.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from pipeline.claims.build import Claim, date_by_speaker
from pipeline.claims.claimed import Claimed
from pipeline.claims.families import (
    DEFAULT_ORDER,
    attitudes,
    credits,
    cue_objects,
    direct,
    headlines,
    indirect,
    labels,
    light_verbs,
    nominal,
    open_frames,
    passives,
    stance,
)
from pipeline.claims.layout_rules import apply_layout
from pipeline.claims.lexicon import load_lexicon
from pipeline.claims.nested import drop_nested
from pipeline.claims.ruleset import ClaimRules, packaged_rules, parse_claim_rules
from pipeline.claims.view import DocView, build_view
from pipeline.dates.claim_repeats import date_repeats
from pipeline.dates.claim_scenes import date_scenes
from pipeline.doctext import doc_text

Family = Callable[[DocView, Claimed], tuple[list[Claim], Claimed]]
FAMILIES: dict[str, Family] = {
    "direct": direct.find_direct,
    "credits": credits.find_credits,
    "indirect": indirect.find_indirect,
    "nominal": nominal.find_nominal,
    "attitudes": attitudes.find_attitudes,
    "labels": labels.find_labels,
    "cue_objects": cue_objects.find_cue_objects,
    "light_verbs": light_verbs.find_light_sides,
    "passives": passives.find_passives,
    "open": open_frames.find_open,
    "open_objects": open_frames.find_open_objects,
    "open_preps": open_frames.find_open_preps,
    "stance": stance.find_stance,
}
# each family module lists the rule ids it writes and the frame_rules patterns it looks up
FAMILY_MODULES = (
    direct, credits, indirect, nominal, attitudes, labels, cue_objects, light_verbs, passives,
    open_frames, stance,
)  # fmt: skip
RULES_FILE = "rules.json"


class ClaimExtractor(Pipe):
    """Sets `doc._.claims` to a new list of plain claim rows, sorted by content and cue."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claims_claim_extractor",
        *,
        families: Iterable[str] = DEFAULT_ORDER,
        rules: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        unknown = [f for f in families if f not in FAMILIES]
        if unknown:
            raise ValueError(f"unknown claim families {unknown}; known: {sorted(FAMILIES)}")
        self.families = tuple(families)
        self.lex = load_lexicon()
        self.rules: ClaimRules = checked(parse_claim_rules(rules) if rules else packaged_rules())
        if nlp is not None:
            # the headline rules' lemmatizer reads its tables from the model's files: read
            # with the pipeline's other data, not while the first Doc with a headline waits
            headlines.model_lemmatizer(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[dict]:
        if len(doc) == 0 or not doc.has_annotation("DEP") or not doc_text(doc).strip():
            return []
        view = build_view(doc, self.lex, self.rules)
        claimed = Claimed()
        claims: list[Claim] = []
        for name in self.families:
            found, claimed = FAMILIES[name](view, claimed)
            claims.extend(found)
        rows = [c.to_row() for c in first_per_span(claims)]
        date_by_speaker(doc, rows)
        date_repeats(doc, rows)  # a statement quoted again keeps its day
        date_scenes(doc, rows)  # what the parties to a dated meeting said there, that day
        # the layout's part: front matter is no content; "I" in a transcript turn is its speaker
        headline_rules = frozenset(self.rules.frame_rules[labels.HEADLINE].values())
        rows = apply_layout(rows, doc._.layout, doc._.actors or [], doc_text(doc), headline_rules)
        return drop_nested(view, rows)  # a cue inside another claim's content: part of it

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.rules.data, ensure_ascii=False, indent=1)
        (path / RULES_FILE).write_text(text + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        data = json.loads((Path(path) / RULES_FILE).read_text(encoding="utf-8"))
        self.rules = checked(parse_claim_rules(data))
        return self


def checked(rules: ClaimRules) -> ClaimRules:
    """`rules`, once checked against the ids and patterns the family modules use."""
    code_ids = {rule_id for module in FAMILY_MODULES for rule_id in module.RULE_IDS}
    patterns = {p for module in FAMILY_MODULES for p in module.PATTERNS}
    rules.check_code(code_ids, patterns)
    return rules


def first_per_span(claims: list[Claim]) -> list[Claim]:
    """The claims sorted by content and cue, one per (content, cue): an earlier family's
    claim wins over a later one's for the same span."""
    seen = set()
    out = []
    for c in sorted(claims, key=Claim.sort_key):
        key = (c.content["start"], c.content["end"], c.cue["start"])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
