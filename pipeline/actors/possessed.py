"""A person named by a body's noun and their own ("the group's commander", "the bank's
governor"): the possessor is resolved as a speaker phrase is ("the group" -> the armed
group named before), and a body it resolves to owns an unnamed person, as "the IAEA's chief
inspector" does (pipeline/actors/org_people.py): `desc:<body's actor_id>:<noun>`, with the
body's country and role (rule actor.speaker.possessed_person). Not a person named before
with that title: "the group's commander" is no general of another army introduced as one.
A spokesperson speaks for the body ("the group's spokesman said": the group), as "a
spokesperson for X" is X, and so does a body's own organ ("the commission's secretariat").
"Its" stands for the state or body named last as a subject, in the sentence or the one
before ("the IMO condemned ..., and its secretary-general said": the IMO's).
A possessor that is a person or a state is left to the other rules ("his office", "Kenya's
foreign minister")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pipeline.actors.describe import entry_for, possessive_owner_mention, title_noun
from pipeline.actors.framing import frame_words
from pipeline.actors.gazetteer import slug
from pipeline.actors.mention_index import mention_index
from pipeline.actors.speaker_docs import phrase_chars
from pipeline.rules import rule

RULE_ID = "actor.speaker.possessed_person"
BODY_IDS = ("org:",)  # a named body; a state's body (org:<ISO3>:...) too
Resolver = Callable[..., dict | None]
BODY_PRONOUNS = ("its",)  # "its secretary-general": the body "it" stands for


def possessed_person(doc: Doc, head: Token, depth: int, resolve: Resolver) -> dict | None:
    """The unnamed person of the body a common-noun possessor resolves to, else None."""
    kind = (entry_for(head) or {}).get("kind")
    if depth >= 2 or kind not in ("person", "org"):
        return None
    # "its secretary-general": the possessor may hang on the title's first word
    words = [head, *(c for c in head.lefts if c.dep_ == "compound")]
    poss = next((c for w in words for c in w.children if c.dep_ == "poss"), None)
    if poss is None or not (poss.pos_ == "NOUN" or poss.lower_ in BODY_PRONOUNS):
        return None  # "his", "Kenya's": other rules
    if poss.lower_ in BODY_PRONOUNS:
        owner = possessive_owner_mention(doc[poss.i : head.i + 1], mention_index(doc).ordered)
        fields = ("actor_id", "name", "country", "role")
        found = {k: owner.get(k) for k in fields} if owner else {}
        found["confidence"] = rule(RULE_ID).confidence
    else:
        found = resolve(doc, *phrase_chars(poss), depth=depth + 1) or {}
    body = str(found.get("actor_id") or "")
    if not body.startswith(BODY_IDS):
        return None
    confidence = min(found.get("confidence", 1.0), rule(RULE_ID).confidence)
    if kind == "org" or head.lower_ in frame_words()["speaking_nouns"]:
        # "the group's spokesman", "the commission's secretariat": the group, the commission
        return {**found, "resolved_from": "role_noun", "rule_id": RULE_ID, "confidence": confidence}
    noun = title_noun(head)  # "secretary-general", not "general"
    return {
        "actor_id": f"desc:{body}:{slug(noun)}",
        "name": f"{found['name']} {noun}",
        "country": found.get("country"),
        "role": found.get("role"),
        "resolved_from": "unnamed",
        "rule_id": RULE_ID,
        "confidence": confidence,
    }
