"""People an organisation owns: "the IAEA's chief inspector", "Hamas's political leader",
"the union's lead negotiator", "a senior EU negotiator", "the Fed chair". A person noun
whose possessor is an organisation, or a singular one the organisation's name modifies,
names an unnamed person of that organisation (rule actor.org_person): `desc:<organisation's
actor_id>:<noun phrase>`, with the organisation's country and role (the IAEA's inspector
is IGO, not of a state guessed from the sentence; Hamas's leader is Hamas's, not any
Palestinian official's). The person is not the organisation: "a senior EU negotiator
said" is no word of the Union's. One named the text writes as the organisation's name and
a noun ("a senior State Department official") is named as written; a person the text
introduces with that organisation and noun ("European Council President Ana Ruiz ... The
European Council president said") is that person. A spokesperson of the organisation
speaks for it and stays it (pipeline/actors/framing.py); plural members ("EU officials")
are the body. A state's possessive ("Poland's grid operator") is the unnamed actors'
(pipeline/actors/unnamed.py).

Lexicon: actors/patterns/org_people.json, with the role nouns and the person titles.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.actors.compat import introductions
from pipeline.actors.describe import entry_for
from pipeline.actors.framing import frame_words
from pipeline.actors.gazetteer import slug
from pipeline.actors.mention import Context, Mention, mention_dict, one_line
from pipeline.actors.title_holder import phrase_appositives
from pipeline.actors.words import default_words
from pipeline.rules import load_data

RULE_ID = "actor.org_person"
PHRASE_DEPS = ("amod", "compound", "nmod")  # the words of the noun phrase after the possessor
MODIFIER_DEPS = ("compound", "nmod")  # "a senior EU negotiator": the name modifies the noun
LEADING_DEPS = ("det", "predet", "punct")  # not part of a name written as the text writes it


@cache
def person_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "org_people.json", 1)["person_nouns"])


def _person_noun(ctx: Context, head: Token) -> bool:
    # a title written in capitals is one too ("NATO's Secretary General"), not a name
    titled = head.pos_ == "PROPN" and head.tag_ in ("NNP", "NNPS") and head.ent_type_ != "PERSON"
    if not titled and (head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS")):
        return False
    entry = entry_for(head)
    if entry is not None:
        return entry.get("kind") == "person"
    return head.lower_ in ctx.gaz.person_title_lasts or head.lower_ in person_nouns()


def _modified_person(org: Mention, head: Token) -> bool:
    """ "a senior EU negotiator", "the Fed chair": one person the name of an organisation
    modifies, who heads its phrase (not "EU chief Ana Ruiz", where a name follows) and
    speaks for no one else (not "an EU spokesman": the Union speaks)."""
    if (
        org.span.root.dep_ not in MODIFIER_DEPS
        or head.tag_ not in ("NN", "NNP")
        or head.i < org.span.end
    ):
        return False
    if head.dep_ == "compound" or head.lower_ in frame_words()["speaking_nouns"]:
        return False
    if head.tag_ == "NNP" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.rights):
        return False  # "World Bank Vice President for Africa Ana Ruiz": her title
    return not any(c.ent_type_ == "PERSON" for c in phrase_appositives(head) if c.i > head.i)


def org_people(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The unnamed people of the organisations the text names as possessors or as the
    name before a person noun."""
    covered = {i for m in mentions for i in range(*m.bounds)}
    found, written = [], []
    for org in mentions:
        root = org.span.root
        if org.label != "ORG" or root.head.i in covered:
            continue
        head = root.head
        owned = root.dep_ == "poss"
        if not (owned or _modified_person(org, head)) or not _person_noun(ctx, head):
            continue
        if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
            continue  # "Ana Ruiz, the EBRD's head of ...": her title, no one else
        words = [t for t in head.lefts if t.dep_ in PHRASE_DEPS and t.i > org.span.end - 1]
        start = words[0].i if words else head.i
        span = ctx.doc[start : head.i + 1]
        core = " ".join(t.lower_ for t in span)
        name = f"{org.name} {core}" if owned else _written(head)
        mention = Mention(
            span, "PERSON", f"desc:{org.actor_id}:{slug(core)}", name,
            org.country, org.role, RULE_ID, "PERSON",
        )  # fmt: skip
        mention.extra["unnamed"] = True
        found.append(mention)
        if not owned:
            written.append(mention)
        covered.update(range(start, head.i + 1))
    if written:
        _link_introduced(ctx, written, [mention_dict(m) for m in mentions if m.label == "PERSON"])
    return found


def _written(head: Token) -> str:
    """The phrase as the text writes it, from its first word after the determiners to the
    noun: "senior State Department official"."""
    dets = [t.i + 1 for t in head.lefts if t.dep_ in LEADING_DEPS]  # not "18:40 A ..."
    first = max([head.left_edge.i, *dets])
    return one_line(head.doc[first : head.i + 1].text)


def _link_introduced(ctx: Context, found: list[Mention], people: list[dict]) -> None:
    """A person the text introduces with every word of the phrase but a word of seniority
    ("European Council President Ana Ruiz" for "the European Council president") is the
    one the phrase names, when only one person is."""
    intro = introductions(ctx.doc, people)
    seniority = default_words().seniority_words
    for mention in found:
        words = {w.lower() for w in mention.name.split()} - seniority
        fits = {p["actor_id"]: p for p in people if words <= intro.get(p["actor_id"], set())}
        if len(fits) == 1:
            (person,) = fits.values()
            mention.actor_id, mention.name = person["actor_id"], person["name"]
            mention.country = mention.country if person["country"] is None else person["country"]
            mention.extra.pop("unnamed", None)
