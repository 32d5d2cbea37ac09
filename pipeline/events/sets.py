"""Targets named by what they are, not by their names.

A plural for actors of a kind, with "both", "the two" or "the", stands for the actors last
named together: "Saudi Arabia and Qatar pledged funds. ... The minister thanked both
governments" is aimed at Saudi Arabia and Qatar (target.named_set); so is the possessor of an
act ("criticised the two governments' plan"). A group named by its kind and no name ("urged
the international community to act", "accused foreign drugmakers of ...") is an unresolved
target (target.typed_group). The nouns are data: patterns/plural_actors.json.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.doctext import doc_text
from pipeline.events import arguments as args
from pipeline.events import bridging as br
from pipeline.events.persons import same_actor
from pipeline.rules import load_data

if TYPE_CHECKING:
    from pipeline.events.claims import DocState

CONJ = get_string_id("conj")  # as DocState.deps holds it
# what a referring plural may have besides its determiner and number: a lower-case adjective
# ("both warring sides"); a possessor, a name, a country word, a prepositional phrase ("both
# parties in Congress") or a clause that picks some out ("the countries that failed to ...")
# makes it no anaphor
FREE_DEPS = ("det", "predet", "nummod", "case", "punct", "advmod")
# what one member of a set may say of the set as a whole: "said the two countries would
# expand trade" is toward the other member; "said the two countries had defeated the rebels"
# is toward no one
COOPERATIVE = frozenset({"SUPPORT", "AGREE", "COOPERATE", "CONSULT"})

# the words of a group's name before its noun ("all other presidential candidates"), not a
# word that opens a clause around it ("how states ...")
GROUP_MODIFIERS = ("det", "predet", "amod", "compound", "nummod", "poss")

CONTENT_DEPS = ("nsubj", "nsubjpass", "dobj")
SOURCE_RULE = "event.set_source"  # a plural description as the source of an act
MEMBER_KEYS = ("text", "start", "end", "actor_id", "name", "country")


@dataclass(frozen=True)
class NamedSets:
    rule_id: str
    lookback: int  # sentences before the plural's own searched for the named set
    determiners: frozenset[str]
    numbers: dict[str, int]
    nouns: dict[str, str]  # noun lemma -> what its members are: "state", "group" or "any"


@dataclass(frozen=True)
class TypedGroups:
    rule_id: str
    plurals: frozenset[str]  # a group only in the plural ("suppliers", not "a supplier")
    collectives: frozenset[str]  # a group in the singular too ("the international community")


@cache
def named_sets() -> NamedSets:
    data = load_data("events", "plural_actors.json", 1)["named_set"]
    return NamedSets(
        rule_id=data["rule_id"],
        lookback=int(data["lookback_sentences"]),
        determiners=frozenset(data["determiners"]),
        numbers={k: int(v) for k, v in data["numbers"].items()},
        nouns=dict(data["nouns"]),
    )


@cache
def typed_groups() -> TypedGroups:
    data = load_data("events", "plural_actors.json", 1)["typed_group"]
    return TypedGroups(
        rule_id=data["rule_id"],
        plurals=frozenset(data["plurals"]),
        collectives=frozenset(data["collectives"]),
    )


def set_size(head: Token) -> int | None:
    """How many actors a plural description stands for: 2 for "both governments", n for
    "the n countries", 0 (two or more) for "the parties"; None for any other noun phrase."""
    table = named_sets()
    if head.tag_ != "NNS" or head.lemma_.lower() not in table.nouns:
        return None
    size, number = None, 0
    for child in kids(head):
        if child.dep_ in ("det", "predet") and child.lower_ in table.determiners:
            size = 2 if child.lower_ == "both" else (size or 0)
        elif child.dep_ == "nummod" and child.lower_ in table.numbers:
            number = table.numbers[child.lower_]
        elif child.dep_ == "prep" and child.lower_ == "of":
            return None  # "the leaders of X and Y" names them
        elif child.dep_ not in FREE_DEPS and not (child.dep_ == "amod" and child.is_lower):
            return None
    return None if size is None else (size or number)


def members(head: Token, st: DocState) -> list[dict] | None:
    """The actors a plural description stands for, each at the description's words; None for
    no such description, [] when no set, or two different ones, were named before."""
    size = set_size(head)
    if size is None:
        return None
    table = named_sets()
    kind = table.nouns[head.lemma_.lower()]
    first = head.doc[br.window_start(head, table.lookback)].idx
    found: dict[frozenset[str], list[dict]] = {}
    for group in named_groups(st):
        if not first <= group[0]["start"] or group[-1]["end"] > head.idx:
            continue
        if (size and len(group) != size) or not all(_fits(m, kind) for m in group):
            continue
        found[frozenset(m["actor_id"] for m in group)] = group
    if len(found) != 1:
        return []
    words = [c for c in kids(head) if c.i < head.i] + [head]
    start, end = words[0].idx, head.idx + len(head.text)
    text = doc_text(head.doc)[start:end]
    group = next(iter(found.values()))
    return [{**m, "text": text, "start": start, "end": end, "target_rule": table.rule_id}
            for m in group]  # fmt: skip


def _fits(m: dict, kind: str) -> bool:
    """Can the actor be one of a plural's kind: a state, a group (no person), any?"""
    actor = str(m.get("actor_id"))
    if kind == "state":
        return actor.startswith("gpe:")
    return kind != "group" or not actor.startswith("person:")


def named_groups(st: DocState) -> list[list[dict]]:
    """The sets of two or more actors the Doc names together ("X and Y", "between X, Y and
    Z"), in text order; read once per Doc, when a plural description first asks for them."""
    if st.named_groups is not None:
        return st.named_groups
    doc, mentions = st.doc, st.mentions
    joined: dict[int, list[dict]] = {}  # a mention's id -> its group (shared list)
    for i, dep in enumerate(st.deps):
        if dep != CONJ:
            continue
        pair = [mentions.covering(doc[st.heads[i]]), mentions.covering(doc[i])]
        if any(m is None or not m.get("actor_id") for m in pair) or pair[0] is pair[1]:
            continue
        left, right = joined.get(id(pair[0]), [pair[0]]), joined.get(id(pair[1]), [pair[1]])
        group = left if left is right else left + [m for m in right if m not in left]
        for m in group:
            joined[id(m)] = group
    groups, seen = [], set()
    for group in joined.values():
        ids = {m["actor_id"] for m in group}
        if id(group) not in seen and len(ids) > 1:
            seen.add(id(group))
            groups.append(_distinct(sorted(group, key=lambda m: m["start"])))
    st.named_groups = sorted(groups, key=lambda g: g[0]["start"])
    return st.named_groups


def _distinct(group: list[dict]) -> list[dict]:
    out: list[dict] = []
    for m in group:
        if m["actor_id"] not in {x["actor_id"] for x in out}:
            out.append(m)
    return out


def possessor_members(head: Token, st: DocState) -> list[dict] | None:
    """The actors a plural possessor of an act or its product stands for ("criticised the
    juntas' strategy", "the two governments' plan was reckless")."""
    table = br.act_nouns()
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or (lemma not in table.verbs and lemma not in table.products):
        return None
    owner = next((c for c in kids(head) if c.dep_ == "poss"), None)
    return members(owner, st) if owner is not None else None


def content_members(
    root: Token | None, st: DocState, keep: Callable[[dict], bool], category: str | None
) -> list[dict]:
    """The set a plural description stands for as the subject or object of a content's main
    predicate ("said both governments had shown restraint"); none under a negation ("said
    the firms had not passed on costs"), nor when the speaker is one of the set and the act
    is no cooperation (`keep` drops the speaker)."""
    if root is None or any(c.dep_ == "neg" for c in kids(root)):
        return []
    for child in kids(root):
        if child.dep_ in CONTENT_DEPS and (found := members(child, st)):
            own = not all(keep(m) for m in found)
            return [] if own and category not in COOPERATIVE else found
    return []


def typed_group(head: Token, st: DocState) -> list[dict]:
    """An unresolved target for a group named by its kind ("foreign drugmakers", "the
    international community"), when no actor was found in its phrase."""
    table = typed_groups()
    lemma = head.lemma_.lower()
    plural = head.tag_ == "NNS" and lemma in table.plurals
    modified = any(c.dep_ in ("amod", "compound") for c in kids(head))
    if head.pos_ != "NOUN" or not (plural or (lemma in table.collectives and modified)):
        return []
    if set_size(head) is not None:
        return []  # "both countries" stands for actors named before, or for none known
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head)):
        return []  # "its allies": whose, the pronoun says
    words = [t for c in kids(head) if c.i < head.i and c.dep_ in GROUP_MODIFIERS for t in c.subtree]
    found = args.unresolved(head, [*words, head])
    return [{**found, "target_rule": table.rule_id}] if found is not None else []


def source_mentions(heads: list[Token], st: DocState, speaker: dict | None = None) -> list[dict]:
    """The sources of an act: for a plural description ("the two countries exchanged fire",
    "both sides accused each other"), the actors last named together, one source each (none
    when the speaker reporting the act is one of them: "X said the two countries opposed
    sanctions" is X's own act, not one of Y's toward X); else the mentions of the heads."""
    out: list[dict] = []
    for head in heads:
        found = members(head, st)
        if found:
            own = speaker is not None and any(_speaks_for(speaker, m) for m in found)
            out += [] if own else [_as_source(m) for m in found]
        else:
            out += args.mentions_of([head], st.mentions, st.lex, source=True)
    return [m for n, m in enumerate(out) if m not in out[:n]]


def _coordinated(head: Token, st: DocState) -> list[dict]:
    """The actors of a coordinated speaker ("X and Y signed"), one per conjunct, also a name
    the linker left alone, when the speaker stage listed no members."""
    heads = args.conjuncts(head)
    found = args.mentions_of(heads, st.mentions, st.lex, source=True) if len(heads) > 1 else []
    return found if len({m.get("actor_id") or m["text"] for m in found}) == len(heads) else []


def _speaks_for(speaker: dict, m: dict) -> bool:
    """Is the speaker the member, or a body of the member state ("Russia's ministry")?"""
    state = f"gpe:{speaker['country']}" if speaker.get("country") else None
    return same_actor(m, speaker) or (state is not None and m.get("actor_id") == state)


def _as_source(m: dict) -> dict:
    return {k: v for k, v in m.items() if k != "target_rule"} | {"source_rule": SOURCE_RULE}


def joint_speaker(claim: dict, st: DocState) -> dict:
    """The claim with its members on a speaker named by a plural description ("Both sides
    later accused each other"), which the speaker stage resolved to one actor only."""
    speaker = claim.get("speaker") or {}
    if speaker.get("members") or speaker.get("start") is None:
        return claim
    span = st.span(speaker["start"], speaker["end"])
    if span is None or not len(span):
        return claim
    found = members(span.root, st) or _coordinated(span.root, st)
    if len(found) < 2:
        return claim
    joint = [{k: m.get(k) for k in MEMBER_KEYS} for m in found]
    return {**claim, "speaker": {**speaker, "members": joint}}
