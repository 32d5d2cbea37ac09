"""Every spaCy factory of the project, in one module (as spaCy itself does since 3.8).

Importing this module only registers names; the components' own modules are
imported when a pipeline is built. The `spacy_factories` entry points in
pyproject.toml point here, so `spacy.load` finds the factories by name.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline import _extensions  # noqa: F401  (declares Doc._ attributes)


@Language.factory(
    "claims_structure",
    default_config={},
    assigns=["token.is_sent_start", "doc._.layout"],
)
def make_structure(nlp: Language, name: str):
    from pipeline.structure.component import StructureMarker

    return StructureMarker(nlp, name)


@Language.factory("claims_actor_linker", default_config={})
def make_actor_linker(nlp: Language, name: str):
    from pipeline.actors.actor_linker import ActorLinker

    return ActorLinker(nlp, name)


@Language.factory("claims_date_tagger", default_config={})
def make_date_tagger(nlp: Language, name: str):
    from pipeline.dates.date_tagger import DateTagger

    return DateTagger(nlp, name)


@Language.factory("claims_claim_extractor", default_config={})
def make_claim_extractor(nlp: Language, name: str):
    from pipeline.claims.claim_extractor import ClaimExtractor

    return ClaimExtractor(nlp, name)


@Language.factory("claims_event_coder", default_config={})
def make_event_coder(nlp: Language, name: str):
    from pipeline.events.component import EventCoder

    return EventCoder(nlp, name)
