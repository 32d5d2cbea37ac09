"""Every spaCy factory of the project, in one module (as spaCy itself does since 3.8).

Importing this module only registers names; the components' own modules are
imported when a pipeline is built. The `spacy_factories` entry points in
pyproject.toml point here, so `spacy.load` finds the factories by name.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from pipeline import _extensions  # noqa: F401  (declares Doc._ attributes)
from pipeline.claims.families import DEFAULT_ORDER  # a tuple: imports no family


@Language.factory(
    "claims_structure",
    default_config={},
    assigns=["token.is_sent_start", "doc._.layout", "doc.ents"],
)
def make_structure(nlp: Language, name: str):
    from pipeline.structure.component import StructureMarker

    return StructureMarker(nlp, name)


@Language.factory("claims_layout_restore", default_config={})
def make_layout_restore(nlp: Language, name: str):
    from pipeline.structure.component import LayoutRestorer

    return LayoutRestorer(nlp, name)


@Language.factory(
    "claims_actor_linker",
    assigns=["doc._.actor_mentions", "doc._.actors"],
    requires=[
        "doc.ents",
        "token.dep",
        "token.pos",
        "token.tag",
        "token.lemma",
        "token.is_sent_start",
    ],
    default_config={"title_window": 4, "affiliation_window": 14, "words": None, "rules": None},
)
def make_actor_linker(
    nlp: Language,
    name: str,
    title_window: int,
    affiliation_window: int,
    words: dict | None,
    rules: list[dict] | None,
):
    """Actor mentions and actors. `words` replaces the package's actors/patterns/words.json
    (same keys) and `rules` the rows of its rules.json (same ids: other priorities,
    patterns or confidences); the windows are in tokens."""
    from pipeline.actors.component import ActorLinker

    return ActorLinker(
        nlp,
        name,
        title_window=title_window,
        affiliation_window=affiliation_window,
        words=words,
        rules=rules,
    )


@Language.factory(
    "claims_date_tagger",
    default_config={"ner_fallback": True},
    assigns=["doc._.dates"],
    requires=["doc.ents", "token.dep", "token.tag", "doc.sents"],
)
def make_date_tagger(nlp: Language, name: str, ner_fallback: bool):
    """TIMEX3 dates from the rules of pipeline/dates/patterns; `ner_fallback` also reads
    spaCy DATE entities that no rule matched (with dateutil)."""
    from pipeline.dates.date_tagger import DateTagger

    return DateTagger(nlp, name, ner_fallback=ner_fallback)


@Language.factory(
    "claims_claim_extractor",
    assigns=["doc._.claims"],
    requires=["doc._.actor_mentions", "doc._.dates", "token.dep", "token.lemma"],
    default_config={
        "families": list(DEFAULT_ORDER),
        "rules": None,
    },
)
def make_claim_extractor(
    nlp: Language, name: str, families: list[str], rules: dict[str, Any] | None
):
    """The claim families in the order given; `rules` (the content of a claims rules.json,
    version 3) replaces the packaged patterns/rules.json."""
    from pipeline.claims.component import ClaimExtractor

    return ClaimExtractor(nlp, name, families=families, rules=rules)


@Language.factory("claims_event_coder", default_config={})
def make_event_coder(nlp: Language, name: str):
    from pipeline.events.component import EventCoder

    return EventCoder(nlp, name)
