"""Groups named by a faith or a sect ("Sunni militias", "Christian villagers in the
north"): no state's nationality, yet an actor. Such a group is of the one state its own
phrase places it in ("Shiite militias in Iraq") or the place of its own act names
("Sunni rebels seized a town in Chad"), else of none: the nationality of whoever reports
on it or acts on it is not the group's (rule actor.faith_group): `desc:<ISO3>:<words>`
or `group:<words>`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.acts import OBJECT_DEPS
from pipeline.actors.describe import entry_for
from pipeline.actors.ethnic import LOCATIVE_PREPS
from pipeline.actors.gazetteer import slug
from pipeline.actors.mention import Context, Mention
from pipeline.actors.placing import place_name
from pipeline.rules import load_data

RULE_ID = "actor.faith_group"
MODIFIER_DEPS = ("amod", "compound", "nmod")
GROUP_KINDS = ("group", "person")
SUBJECT_DEPS = ("nsubj",)
PLACE_KINDS = ("country", "capital")


@cache
def faith_data() -> dict:
    """patterns/faiths.json."""
    return load_data("actors", "faiths.json", 2)


@cache
def faith_words() -> frozenset[str]:
    """Words of a religious community or sect, lower-cased."""
    return frozenset(w.lower() for w in faith_data()["words"])


def faith_groups(ctx: Context, covered: set[int]) -> list[Mention]:
    """The groups a faith word names, no mention there."""
    found = []
    for ent in ctx.ents:
        if ent.label_ != "NORP" or ent.text.lower() not in faith_words():
            continue
        noun = _group_noun(ent.root)
        if noun is None or covered.intersection(range(ent.start, noun.i + 1)):
            continue
        found.append(_group(ctx, ctx.doc[ent.start : noun.i + 1], noun))
    return found


def _group_noun(word: Token) -> Token | None:
    """ "Sunni militias", "Islamist armed groups": the group noun the word is on, through
    the modifiers after it."""
    head = word
    while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if head is word or not head.is_lower:
        return None
    if head.lemma_.lower() in faith_data()["group_nouns"]:  # "Hindu fundamentalists"
        return head
    entry = entry_for(head)
    kind = entry and (entry.get("kind") if entry.get("role") != "MIL" else "group")
    return head if entry and kind in GROUP_KINDS and entry.get("unnamed") else None


def _group(ctx: Context, span: Span, noun: Token) -> Mention:
    country = _home(ctx, noun)
    words = slug(" ".join([*(t.text.lower() for t in span[:-1]), noun.lemma_.lower()]))
    actor_id = f"desc:{country}:{words}" if country else f"group:{words}"
    role = faith_data()["group_nouns"].get(noun.lemma_.lower()) or entry_for(noun).get("role")
    mention = Mention(span, "NORP", actor_id, span.text, country, role, RULE_ID, type="NORP")
    if country:
        mention.extra["country_from"] = "sentence"
    return mention


def _home(ctx: Context, noun: Token) -> str | None:
    """The one state named as a place in the group's own phrase ("militias in Iraq") or
    on its own verb and that verb's object ("rebels seized a town in Chad")."""
    hosts = [noun]
    if noun.dep_ in SUBJECT_DEPS:
        verb = noun.head
        hosts += [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    found = set()
    for host in hosts:
        for prep in (c for c in host.children if c.dep_ == "prep"):
            if prep.lower_ not in LOCATIVE_PREPS:
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in (place, *place.conjuncts):
                    found.add(_state_of_place(ctx, tok))
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _state_of_place(ctx: Context, tok: Token) -> str | None:
    """The state a place word names: a country or a capital, with its compound words
    ("South Sudan"), not a nationality."""
    named = place_name(ctx, [*(c for c in tok.lefts if c.dep_ == "compound"), tok])
    entry = ctx.gaz.lookup(ctx.doc[named[0].i : tok.i + 1].text)
    if entry is None or entry.kind not in PLACE_KINDS or entry.country in (None, "IGO"):
        return None
    return entry.country
