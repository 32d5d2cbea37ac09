"""A nationality word on the noun of an act: "a Norwegian proposal", "the Peruvian
ultimatum", "a Ghanaian ceasefire plan", "the amended Danish draft".

The act has an author, and the nationality word names it: the state's government, as an
event coder reads "turned down a Norwegian proposal" as a rejection of Norway (rule
actor.act_author). The nouns are lexicon data (patterns/act_nouns.json): things a
government puts forward, asks or decides, not things a people has or is ("Norwegian
food"), nor a company's or a market's ("a Dutch takeover offer": business_words).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from pipeline.actors.arrays import span_text
from pipeline.actors.gazetteer import STATE_KINDS, country_entry
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

ACT_NOUNS_VERSION = 2
MODIFIER_DEPS = ("amod", "compound", "nmod")


@cache
def act_nouns() -> frozenset[str]:
    """Lemmas of nouns of acts a state's government authors."""
    return frozenset(load_data("actors", "act_nouns.json", ACT_NOUNS_VERSION)["act_nouns"])


@cache
def business_words() -> frozenset[str]:
    """Words that make an act's noun a company's or a market's ("takeover offer")."""
    return frozenset(load_data("actors", "act_nouns.json", ACT_NOUNS_VERSION)["business_words"])


def act_authors(ctx: Context, covered: set[int]) -> list[Mention]:
    """The states whose nationality word or name modifies an act's noun, no mention there."""
    found = []
    for ent in ctx.ents:
        if covered.intersection(range(ent.start, ent.end)):
            continue
        country = _state_of(ctx, ent)
        state = country_entry(country) if country else None
        if state is None or not _modifies_act(ent):
            continue
        actor = (state.actor_id, state.name, country, "GOV")
        found.append(Mention(ent, "GPE", *actor, "actor.act_author", type="GPE"))
    return found


def _state_of(ctx: Context, ent: Span) -> str | None:
    entry = ctx.gaz.lookup(span_text(ent))
    if entry is None or entry.kind not in STATE_KINDS or entry.country in (None, "IGO"):
        return None
    return entry.country


def _modifies_act(ent: Span) -> bool:
    """ "a Norwegian proposal", "a Ghanaian ceasefire plan": the name is a modifier of a
    noun of an act (through a compound before it), right before that noun's phrase ends;
    no word of business on the way or in its "for" phrase ("a Dutch takeover offer")."""
    root = ent.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i < ent.end:
        return False
    head, passed = root.head, [root.head]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "ceasefire plan": the compound's own head
        passed.append(head)
    passed += [t for t in head.children if t.dep_ == "compound"]
    passed += [o for p in head.children if p.lower_ == "for" for o in p.children]
    if any(t.lemma_.lower() in business_words() for t in passed):
        return False
    return head.pos_ == "NOUN" and head.lemma_.lower() in act_nouns()
