"""The spaCy component: code every claim's event after the claim extractor."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from pipeline.actors.datelines import at_dateline
from pipeline.events.arguments import Mentions
from pipeline.events.build import EventWords, nested_claims, parent_ref, sentence_events
from pipeline.events.claims import DocState, code_claim
from pipeline.events.lexicon import load_event_lexicon
from pipeline.events.namings import naming_events

logger = logging.getLogger(__name__)


class EventCoder(Pipe):
    """Reads doc._.claims, rewrites each claim's targets, stance and event, and appends the
    claims of nested events and of events that no claim codes."""

    def __init__(self, nlp: Language, name: str, strict: bool = False) -> None:
        self.name = name
        self.strict = strict
        self.lex = load_event_lexicon()
        self.event_words = EventWords(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        try:
            doc._.claims = code_events(doc, self)
        except Exception:
            if self.strict:
                raise
            logger.exception("event coding failed; claims left as extracted")
        return doc


def _off_dateline(doc: Doc, mentions: list[dict]) -> list[dict]:
    """The mentions outside the dateline: where a story was filed ("BANGKOK, Thailand --")
    neither acts in its events nor suffers them."""
    return [m for m in mentions if not at_dateline(doc, m["start"])]


def code_events(doc: Doc, coder: EventCoder) -> list[dict]:
    """The doc's claims, coded, with the new event claims, in the extractor's order."""
    st = DocState(doc, coder.lex, Mentions(doc, _off_dateline(doc, doc._.actor_mentions or [])))
    coded: list[dict] = []
    nested: list[dict] = []
    for claim in doc._.claims or []:
        claim, coding, sources = code_claim(claim, st)
        coded.append(claim)
        reported = _claim_with_cue([*coded, *doc._.claims], claim, coding) if sources else None
        if reported is not None:  # the extractor already made the reported event a claim
            reported["parent"] = parent_ref(claim)
        else:
            nested.extend(nested_claims(claim, coding, sources, st))
    nested.extend(sentence_events(st, coder.event_words, coded))
    nested.extend(naming_events(st, coder.event_words, coded))
    seen = {_key(c) for c in coded}
    for claim in nested:
        if _key(claim) not in seen:
            seen.add(_key(claim))
            coded.append(claim)
    coded.sort(key=lambda c: (c["content"]["start"], c["cue"]["start"], c["content"]["end"]))
    return coded


def _claim_with_cue(claims: list[dict], parent: dict, coding) -> dict | None:
    """The extracted claim (coded ones first) whose cue is the reported event's word."""
    at = coding.pred.idx
    for claim in claims:
        if claim["cue"]["start"] != parent["cue"]["start"] and (
            claim["cue"]["start"] <= at < claim["cue"]["end"]
        ):
            return claim
    return None


def _key(claim: dict) -> tuple:
    speaker = claim.get("speaker") or {}
    return (
        claim["content"]["start"],
        claim["content"]["end"],
        claim["cue"]["start"],
        speaker.get("start"),
        speaker.get("actor_id"),  # the members of "the two countries" share its words
    )
