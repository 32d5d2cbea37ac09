"""Groups named by a faith or a sect ("Sunni militias", "Muslim rebels in the south"):
no state's nationality, yet an actor. Such a group is of the state where its sentence
places it ("in X"), else of the state of the police acting on it ("Kenyan police
dispersed Muslim protesters"), else, when the group is no act's target, of the one state
the sentence names that no act is aimed at, else of none (rule actor.faith_group):
`desc:<ISO3>:<words>` or `group:<words>`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.acts import acted_upon, states_in_sentence
from pipeline.actors.arrays import sentence_of
from pipeline.actors.describe import entry_for
from pipeline.actors.ethnic import residence
from pipeline.actors.gazetteer import STATE_KINDS, slug
from pipeline.actors.mention import Context, Mention
from pipeline.actors.sentence_states import is_country_word
from pipeline.rules import load_data

RULE_ID = "actor.faith_group"
MODIFIER_DEPS = ("amod", "compound", "nmod")
GROUP_KINDS = ("group", "person")


@cache
def faith_words() -> frozenset[str]:
    """Words of a religious community or sect (patterns/faiths.json), lower-cased."""
    return frozenset(w.lower() for w in load_data("actors", "faiths.json", 1)["words"])


@cache
def domestic_forces() -> frozenset[str]:
    """Lemmas of bodies that act at home (patterns/faiths.json): police, gendarmes."""
    return frozenset(load_data("actors", "faiths.json", 1)["domestic_forces"])


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
    """ "Sunni militias", "Muslim fundamentalist students": the group noun the word is on,
    through the modifiers after it."""
    head = word
    while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    entry = entry_for(head) if head is not word else None
    kind = entry and (entry.get("kind") if entry.get("role") != "MIL" else "group")
    fits = entry and kind in GROUP_KINDS and entry.get("unnamed")
    return head if fits and head.is_lower else None


def _group(ctx: Context, span: Span, noun: Token) -> Mention:
    country = residence(ctx, span, [], exclude=None) or _policed_by(ctx, noun)
    if country is None and not acted_upon(ctx, noun):  # not "US troops killed Sunni rebels"
        sent = sentence_of(span)
        words = [t for t in sent if is_country_word(ctx, t) and not acted_upon(ctx, t)]
        named = states_in_sentence(ctx, words) - {"IGO"}  # not "condemned Kenya"
        country = next(iter(named)) if len(named) == 1 else None
    words = slug(" ".join([*(t.text.lower() for t in span[:-1]), noun.lemma_.lower()]))
    actor_id = f"desc:{country}:{words}" if country else f"group:{words}"
    role = entry_for(noun).get("role")
    mention = Mention(span, "NORP", actor_id, span.text, country, role, RULE_ID, type="NORP")
    if country:
        mention.extra["country_from"] = "sentence"
    return mention


def _policed_by(ctx: Context, noun: Token) -> str | None:
    """ "Kenyan police dispersed Muslim protesters", "... opened fire to disperse Muslim
    protesters": the state of the police whose verb's object the group is."""
    if noun.dep_ not in ("dobj", "obj"):
        return None
    verb = noun.head
    while verb.dep_ in ("xcomp", "advcl") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "opened fire to disperse X": the subject of "opened"
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() not in domestic_forces():
            continue
        for word in (c for c in subject.children if c.dep_ in MODIFIER_DEPS):
            entry = ctx.gaz.lookup(word.text)
            if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
                return entry.country
    return None
