"""A nationality word on the noun of an act: "an Indian proposal", "the Australian
ultimatum", "a Senegalese peace plan", "proposed Israeli changes".

The act has an author, and the nationality word names it: the state's government, as an
event coder reads "rejected an Indian proposal" as a rejection of India (rule
actor.act_author). The nouns are lexicon data (patterns/act_nouns.json): things a
government puts forward, asks or decides, not things a people has or is ("Indian
food", "Palestinian homes").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from pipeline.actors.gazetteer import country_entry
from pipeline.actors.mention import Context, Mention
from pipeline.rules import load_data

ACT_NOUNS_VERSION = 1
COUNTRY_KINDS = ("demonym", "country")
MODIFIER_DEPS = ("amod", "compound", "nmod")


@cache
def act_nouns() -> frozenset[str]:
    """Lemmas of nouns of acts a state's government authors."""
    return frozenset(load_data("actors", "act_nouns.json", ACT_NOUNS_VERSION)["act_nouns"])


def act_authors(ctx: Context, covered: set[int]) -> list[Mention]:
    """The states whose nationality word or name modifies an act's noun, no mention there."""
    found = []
    for ent in ctx.doc.ents:
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
    entry = ctx.gaz.lookup(ent.text)
    if entry is None or entry.kind not in COUNTRY_KINDS or entry.country in (None, "IGO"):
        return None
    return entry.country


def _modifies_act(ent: Span) -> bool:
    """ "an Indian proposal", "a Senegalese peace plan": the name is a modifier of a noun
    of an act (through a compound before it), right before that noun's phrase ends."""
    root = ent.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i < ent.end:
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "peace plan": the compound's own head
    return head.pos_ == "NOUN" and head.lemma_.lower() in act_nouns()
