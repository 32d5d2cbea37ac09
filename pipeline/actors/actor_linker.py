"""Actor linker (placeholder, replaced below in this session)."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class ActorLinker(Pipe):
    def __init__(self, nlp: Language, name: str = "claims_actor_linker") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS:
                actor_id = f"{ent.label_.lower()}:{ent.text.lower().replace(' ', '-')}"
                mentions.append({"text": ent.text, "start": ent.start_char, "end": ent.end_char,
                                 "label": ent.label_, "actor_id": actor_id, "name": ent.text,
                                 "country": None, "role": None, "rule_id": "ner"})
        doc._.actor_mentions = mentions
        doc._.actors = []
        return doc
