"""Targets bridged from an act noun to its agent.

A stance act's object often names an earlier act, not its doer: "Uganda accused Kenya of
... Kenya rejected the accusation", "The court ruled against the mine. Groups condemned the
decision". When such a definite noun names no actor, the act is aimed at the noun's agent:
its possessor or "by" phrase, else the subject of the nearest preceding clause (in the same
sentence or a few before) whose verb does the act the noun names ("accuse" -> "accusation")
or which introduced the noun as its object ("Uganda unveiled a plan"), never one that only
reacts to it ("Poland condemned the attack"). The noun-verb pairs and the introducing
verbs are data: patterns/act_nouns.json.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IS_ALPHA
from spacy.tokens import Token

from pipeline.actors.arrays import column, token_sentence_bounds, worded_sentences
from pipeline.claims.tree import kids
from pipeline.events import arguments as args
from pipeline.events.antecedents import agents_of
from pipeline.events.arguments import Mentions
from pipeline.events.coding import code_word
from pipeline.events.lexicon import EventLexicon
from pipeline.rules import load_data

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "obj")


@dataclass(frozen=True)
class ActNouns:
    rule_id: str
    lookback: int  # sentences before the act's own searched for the noun's clause
    determiners: frozenset[str]
    introducers: frozenset[str]  # verbs that bring the act into being ("unveiled a plan")
    verbs: dict[str, frozenset[str]]  # noun lemma -> the verbs of its act
    # what actors make or do that a naming verb judges ("called the deal naive") but that
    # names no act of its own to bridge to
    products: frozenset[str]
    generic: frozenset[str] = frozenset()  # "the move": whatever act was done last


@cache
def act_nouns() -> ActNouns:
    data = load_data("events", "act_nouns.json", 1)
    return ActNouns(
        rule_id=data["rule_id"],
        lookback=int(data["lookback_sentences"]),
        determiners=frozenset(data["determiners"]),
        introducers=frozenset(data["introducers"]),
        verbs={n: frozenset(vs) for n, vs in data["nouns"].items()},
        products=frozenset(data["products"]),
        generic=frozenset(data["generic"]),
    )


def act_noun(head: Token, mentions: Mentions) -> bool:
    """A definite noun ("the plan", "this decision") for an act, naming no actor itself."""
    table = act_nouns()
    if head.pos_ != "NOUN" or head.lemma_.lower() not in table.verbs:
        return False
    if any(mentions.covering(t) is not None for t in head.subtree if t.dep_ != "poss"):
        return False
    dets = [c for c in kids(head) if c.dep_ in ("det", "poss")]
    return any(d.lower_ in table.determiners or d.dep_ == "poss" for d in dets)


def bridged_agents(heads: list[Token], mentions: Mentions, lex: EventLexicon) -> list[dict]:
    """The agents of the first act noun among the heads: its possessor or "by" phrase, else
    the subject of the nearest earlier clause of its act."""
    for head in heads:
        if not act_noun(head, mentions):
            continue
        own = [m for m in agents_of(head, mentions, lex) if m.get("actor_id")]
        if own:
            return own
        for clause in earlier_clauses(head, mentions, lex):  # nearest first
            found = (
                noun_agents(clause, mentions, lex)  # "Israeli strikes killed ..."
                if clause.pos_ == "NOUN"
                else clause_agents(clause, mentions, lex)
            )
            if found:
                return found
        return []
    return []


def noun_agents(noun: Token, mentions: Mentions, lex: EventLexicon) -> list[dict]:
    """Who did the act a noun names: its possessor, "by" phrase or actor modifier, or a
    country word before it that the linker left ("Israeli strikes")."""
    found = [m for m in agents_of(noun, mentions, lex) if m.get("actor_id")]
    if found:
        return found
    before = [c for c in kids(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i]
    state = args.gazetteer_mention(before) if before else None
    return [state] if state is not None and state.get("actor_id") else []


def earlier_clauses(head: Token, mentions: Mentions, lex: EventLexicon) -> Iterator[Token]:
    """The verbs before the noun, nearest first, within its sentence and the few before it,
    that do the noun's act or introduce the same noun as their object; and the same noun
    with its agent (a reacting verb's object: "condemned Russia's attack")."""
    table = act_nouns()
    lemma = head.lemma_.lower()
    verbs = table.verbs[lemma]
    first = window_start(head, table.lookback)
    generic = lemma in table.generic
    reacting = {t.i for t in head.ancestors}  # "Estonia condemned the move": not Estonia's
    for i in range(head.i - 1, first - 1, -1):
        tok = head.doc[i]
        if i in reacting:  # "X said the remarks were reckless": X's reaction, not the remarks
            continue
        if (tok.pos_ == "VERB" and tok.lemma_.lower() in verbs) or (generic and last_act(tok, lex)):
            yield tok
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        if tok.dep_ in OBJECT_DEPS and introducing(tok.head, table):
            yield tok.head  # "Uganda unveiled a plan"; not "Poland condemned the attack"
        else:
            yield tok  # "Israeli strikes", "strikes by X", "X's proposal": its own agent


def last_act(tok: Token, lex: EventLexicon) -> bool:
    """Is the verb an act of the event lexicon, which a generic act noun ("the move") can
    stand for? Not a verb of speech."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in lex.speech_cues:
        return False
    coding = code_word(tok, lex, "event.cue_act")
    return coding is not None and coding.category is not None


def introducing(verb: Token, table: ActNouns) -> bool:
    """Does the verb bring its object's act into being ("unveiled", "put forward")?"""
    lemma = verb.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in kids(verb) if c.dep_ in ("prt", "advmod")]
    return verb.pos_ == "VERB" and (
        lemma in table.introducers or bool(set(particles) & table.introducers)
    )


def window_start(head: Token, lookback: int) -> int:
    """The first token of the sentence `lookback` sentences before the head's (a blank line
    between paragraphs or a stray quote mark, a "sentence" of its own, is not counted)."""
    # the sentences' bounds by bisection over the Doc's sentence starts: `.sent` walks the tokens
    doc, start, left = head.doc, token_sentence_bounds(head)[0], lookback
    worded = worded_sentences(doc) if start > 0 and left > 0 else None
    if worded is not None:  # each sentence's starts and words read once per Doc
        starts, has_word = worded
        k = bisect_left(starts, start)
        while k > 0 and left > 0:
            k -= 1
            left -= has_word[k]
        return starts[k]
    while start > 0 and left > 0:
        start, end = token_sentence_bounds(doc[start - 1])
        left -= bool(column(doc, IS_ALPHA)[start:end].any())  # a word, not marks alone
    return start


def clause_agents(verb: Token, mentions: Mentions, lex: EventLexicon) -> list[dict]:
    """The speaker of the claim the verb is the cue of (resolved by the claims stage), else
    the actors of the clause's subject or passive "by" phrase: named, or a body named by its
    kind ("the court"); never the dateline's place."""
    at = verb.idx
    for claim in verb.doc._.claims or []:
        speaker = claim.get("speaker")
        known = speaker and (speaker.get("actor_id") or speaker.get("role"))
        if known and claim["cue"]["start"] <= at < claim["cue"]["end"]:
            return [speaker]
    passive = any(c.dep_ == "nsubjpass" for c in kids(verb))
    if passive:
        heads = [g for c in kids(verb) if c.dep_ == "agent" for g in kids(c) if g.dep_ == "pobj"]
    else:
        heads = [c for c in kids(verb) if c.dep_ == "nsubj" and not args.in_dateline(c)]
    found = args.mentions_of(heads, mentions, lex, source=True)
    return [m for m in found if m.get("actor_id") or m.get("role")]  # "the court": a body
