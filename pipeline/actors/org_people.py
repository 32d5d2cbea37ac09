"""People an organisation owns: "the IAEA's chief inspector", "Hamas's political leader",
"the union's lead negotiator". A person noun whose possessor is an organisation names an
unnamed person of that organisation (rule actor.org_person): `desc:<organisation's
actor_id>:<noun phrase>`, with the organisation's country and role (the IAEA's inspector
is IGO, not of a state guessed from the sentence; Hamas's leader is Hamas's, not any
Palestinian official's). A state's possessive ("Poland's grid operator") is the unnamed
actors' (pipeline/actors/unnamed.py).

Lexicon: actors/patterns/org_people.json, with the role nouns and the person titles.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.describe import entry_for
from pipeline.actors.gazetteer import slug
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

RULE_ID = "actor.org_person"
PHRASE_DEPS = ("amod", "compound", "nmod")  # the words of the noun phrase after the possessor


@cache
def person_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "org_people.json", 1)["person_nouns"])


def _person_noun(ctx: Context, head: Token) -> bool:
    if head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS"):
        return False
    entry = entry_for(head)
    if entry is not None:
        return entry.get("kind") == "person"
    return head.lower_ in ctx.gaz.person_title_lasts or head.lower_ in person_nouns()


def org_people(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The unnamed people of the organisations the text names as possessors."""
    covered = {i for m in mentions for i in range(*m.bounds)}
    found = []
    for org in mentions:
        root = org.span.root
        if org.label != "ORG" or root.dep_ != "poss" or root.head.i in covered:
            continue
        head = root.head
        if not _person_noun(ctx, head):
            continue
        words = [t for t in head.lefts if t.dep_ in PHRASE_DEPS and t.i > org.span.end - 1]
        start = words[0].i if words else head.i
        span = ctx.doc[start : head.i + 1]
        core = " ".join(t.lower_ for t in span)
        mention = Mention(
            span, "PERSON", f"desc:{org.actor_id}:{slug(core)}", f"{org.name} {core}",
            org.country, org.role, RULE_ID, "PERSON",
        )  # fmt: skip
        mention.extra["unnamed"] = True
        found.append(mention)
        covered.update(range(start, head.i + 1))
    return found
