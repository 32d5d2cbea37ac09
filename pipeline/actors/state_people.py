"""A state's officials as a speaker: "Chadian officials said", "officials in Moscow said",
"the officials said" after them. The actors table codes such a phrase as the state
(pipeline/actors/unnamed.py: "Brazilian officials" -> gpe:BRA, as event coding wants);
the speaker is the people who spoke, not the state: `desc:<ISO3>:<noun>`, named as the
text writes the phrase ("Chadian officials", "officials in Moscow"), else with the state's
adjective ("Peruvian officials" for "officials" framed in Lima), the state's own id kept in
`state_id`. The rule that found the state stays the speaker's rule: this only says whom
of the state the phrase names."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.actors.describe import describe
from pipeline.actors.gazetteer import state_adjective

PLURAL_TAGS = ("NNS", "NNPS")
LEADING_DEPS = ("det", "predet", "poss", "punct", "nummod")


def state_people(doc: Doc, start: int, end: int, found: dict | None) -> dict | None:
    """The people a plural person noun names where the speaker resolved to their state;
    else `found` as it is."""
    state_id = str((found or {}).get("actor_id") or "")
    if not state_id.startswith("gpe:") or not found.get("country"):
        return found
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.tag_ not in PLURAL_TAGS:
        return found
    desc = describe(span)
    if desc is None or desc.kind != "person":
        return found
    country = found["country"]
    name = _written(span) if desc.country == country else None
    return {
        **found,
        "actor_id": f"desc:{country}:{desc.slug}",
        "name": name or f"{state_adjective(country)} {desc.written_core}",
        "role": found.get("role") or "GOV",
        "state_id": state_id,
    }


def _written(span) -> str:
    """ "Chadian officials", "officials in Moscow": the phrase from its first word after
    the determiners, a sentence's capital dropped from a common noun."""
    words = [t for t in span if not (t.i < span.root.i and t.dep_ in LEADING_DEPS)]
    first = words[0] if words else span.root
    text = " ".join(span.doc[first.i : span.end].text.split())
    if first.is_sent_start and first.pos_ == "NOUN" and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    return text
