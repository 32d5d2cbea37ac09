"""Short names: "the European Union ... the Union said", "the Pacific Fishers' Alliance ...
the Alliance". A definite, capitalised one-word organisation name that is the head noun of
an organisation named earlier in the text is that organisation (rule
actor.alias_head_noun): news writes a body out in full once, then by its head alone; so
is such a word in a person's title ("Commission spokesman X").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from pipeline.actors.gazetteer import Entry
from pipeline.actors.mention import Context, Mention
from pipeline.doctext import doc_text
from pipeline.rules import load_data

RULE_ID = "actor.alias_head_noun"
HEAD_PREPOSITIONS = ("of", "for")  # the words that end a name's head: "Organization for ..."


def head_word(ctx: Context, m: Mention) -> str | None:
    """The head noun of a name of several words: the word before its first "of" or "for"
    ("Union of West African Ports", "International Organization for Migration"), else its
    last word ("European Commission")."""
    words = [t.text for t in ctx.tokens[m.span.start : m.span.end]]
    if len(words) < 2:
        return None
    cut = next((i for i, w in enumerate(words[1:], 1) if w in HEAD_PREPOSITIONS), None)
    words = words[:cut] if cut is not None else words
    if not words[-1][:1].isupper() or words[-1].lower() in ctx.gaz.person_titles:
        return None  # "Minister for Trade": a person's title, not a body's head noun
    return words[-1]


def _short_name(ctx: Context, m: Mention) -> str | None:
    """The word of a one-word organisation mention written "the X" ("the Union") or in a
    person's title ("Commission spokesman X"), else None."""
    if m.label != "ORG" or len(m.span) != 1 or m.span.start == 0:
        return None
    word = ctx.tokens[m.span.start]
    before = ctx.tokens[m.span.start - 1]
    if not word.is_title or word.pos_ not in ("PROPN", "NOUN"):
        return None
    return word.text if before.lower_ == "the" or _in_title(ctx, word) else None


def _in_title(ctx: Context, word: Token) -> bool:
    """ "Commission trade spokesman": a compound modifier of a person title."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
        if word.lemma_.lower() in ctx.gaz.person_titles:
            return True
    return False


def _in_unnamed_title(ctx: Context, word: Token) -> bool:
    """ "a Fund spokesperson": a word in a person's title that no name follows (a named
    one's, "Commission spokesman Pieter Jansen", is title_bodies.py's)."""
    if not _in_title(ctx, word):
        return False
    title = word
    while title.lemma_.lower() not in ctx.gaz.person_titles and title.head.i != title.i:
        title = title.head  # up to the title's noun
    after = ctx.tokens[title.i + 1] if title.i + 1 < len(ctx.tokens) else None
    return after is None or not (after.pos_ == "PROPN" and after.is_title)


def link_short_names(ctx: Context, mentions: list[Mention]) -> None:
    """Each short name links to the last organisation before it with that head noun, else,
    in a text that names a union of states, to that union's body of that name
    ("EU leaders met ... the Commission's proposal": rule actor.union_body). A short name
    the recogniser missed ("the International Monetary Fund ... the Fund said") is added."""
    mentions.extend(_unseen_short_names(ctx, mentions))
    mentions.sort(key=lambda m: m.bounds)
    heads: dict[str, Mention] = {}  # head noun -> the last full name with it so far
    bodies = _union_bodies(ctx, mentions)
    for m in sorted(mentions, key=lambda m: m.span.start):
        word = _short_name(ctx, m)
        full = heads.get(word) if word is not None else None
        if full is not None and full.actor_id != m.actor_id:
            m.actor_id, m.name, m.type = full.actor_id, full.name, full.type
            m.country, m.role = full.country, full.role
            m.set_rule(RULE_ID)
        elif full is None and (body := bodies.get(word or "")) is not None:
            m.actor_id, m.name, m.type = body.actor_id, body.name, body.type
            m.country, m.role = body.country, body.role
            m.set_rule(UNION_BODY)
        if m.label == "ORG" and (head := head_word(ctx, m)) is not None:
            heads[head] = m


def _unseen_short_names(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """ "the Fund" after "the International Monetary Fund", where no mention is, or "Fund"
    in a person's title ("a Fund spokesperson"): a mention of that organisation (linked by
    link_short_names with the rest). One pass over the text for all the heads."""
    heads = {h: m for m in mentions if m.label == "ORG" and (h := head_word(ctx, m)) is not None}
    if not heads:
        return []
    text, found, covered = doc_text(ctx.doc), [], None
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:([Tt]he) )?({words})\b(?![-\w])", text):
        full = heads[match.group(2)]
        span = ctx.doc.char_span(*match.span(2))
        if span is None or match.start() < full.span.end_char:
            continue
        if match.group(1) is None and not _in_unnamed_title(ctx, ctx.tokens[span.start]):
            continue  # "the Fund", or "a Fund spokesperson", not "Fund" alone
        covered = covered or {i for m in mentions for i in range(*m.bounds)}
        after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if span.start in covered or (
            after is not None and (after.is_title or after.lower_ == "of")
        ):
            continue  # a mention already, or "the Bank of Japan": another name
        found.append(Mention(span, "ORG", full.actor_id, full.name, full.country,
                             full.role, RULE_ID, full.type))  # fmt: skip
        covered.add(span.start)
    return found


UNION_BODY = "actor.union_body"


@cache
def _unions() -> tuple[tuple[str, dict[str, str]], ...]:
    data = load_data("actors", "union_bodies.json", 1)["unions"]
    return tuple((u["union"], u["bodies"]) for u in data)


def _union_bodies(ctx: Context, mentions: list[Mention]) -> dict[str, Entry]:
    """Short name -> the gazetteer entry of the body of a union the text names."""
    found: dict[str, Entry] = {}
    named = {m.actor_id for m in mentions}
    for union, bodies in _unions():
        entry = ctx.gaz.lookup(union)
        if entry is None or entry.actor_id not in named:
            continue
        for short, full in bodies.items():
            if (body := ctx.gaz.lookup(full)) is not None:
                found[short] = body
    return found
