"""The country of a person from the phrase that introduces the name: the nearest state,
nationality or body with a country before it ("Japan's chief cabinet secretary, X",
"Norway's NATO envoy X"), passing over the state a title holder is sent to ("Ambassador
to the United States X") or stationed in ("the UNHCR representative in Lebanon, X",
"the IOM Chief of Mission in Peru, X": the body's, IGO; with no body before it, "the
government spokesman in Kabul, X" is of the state stationed in).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.datelines import dateline_end
from pipeline.actors.gazetteer import STATE_KINDS, STATE_OR_CAPITAL_KINDS, Entry
from pipeline.actors.mention import Context, Mention
from pipeline.actors.title_holder import apposition_head, person_noun
from pipeline.actors.titles import title_ending_at


def country_before(
    ctx: Context,
    m: Mention,
    window_start: int,
    by_start: dict[int, Mention],
    person_at: dict[int, Mention],
) -> None:
    """The nearest state, nationality or body with a country before a person, within the
    phrase that introduces them; sets `m.country` (and a role from a body). An
    international body with no state before it makes the person its own ("NATO
    Secretary-General X": IGO; "Norway's NATO envoy X": NOR)."""
    doc, igo, stationed = ctx.doc, False, None
    filed_at = dateline_end(doc)  # "LONDON - Mark Dunn, ...": where filed, not whose
    filed_at = filed_at if m.span.start_char >= filed_at else 0  # a name in the headline
    for i in range(m.span.start - 1, window_start - 1, -1):
        if doc[i].idx < filed_at:
            break
        other_person = person_at.get(i)
        if other_person is not None and other_person is not m:
            end = other_person.span.end
            if end >= len(doc) or doc[end].lower_ not in ctx.words.possessive_marks:
                break  # "Minister A of Japan, Minister B": Japan is A's
        if posted_to(ctx, i):
            continue  # "Afghan Ambassador to the United States X": X is Afghan
        if stationed_in(ctx, i):  # "the EU envoy in Kyiv, X": the EU's, else Ukraine's
            stationed = stationed or _state_at(ctx, i, by_start)
            continue
        other = by_start.get(i)
        if other is not None and other is not m and other.country and other.label != "PERSON":
            igo = igo or other.country == "IGO"
            m.country = other.country if other.country != "IGO" else m.country
            m.role = m.role or (other.role if other.role in ("GOV", "MIL", "IGO") else None)
            if m.country:
                return
        entry = _state_word(ctx, i, window_start)
        if entry is not None:
            m.country = entry.country
            return
    if igo:
        m.country = "IGO"
    elif stationed:
        m.country = stationed


def _state_word(ctx: Context, i: int, floor: int) -> Entry | None:
    """The state or nationality word ending at token i, of one word or two ("South
    Korean", where "Korean" alone names no state)."""
    doc = ctx.doc
    entry = ctx.gaz.lookup(doc[i].text)
    if entry is None and i > floor and doc[i - 1].whitespace_:
        if posted_to(ctx, i - 1) or stationed_in(ctx, i - 1):
            return None  # "Ambassador to the United States": where the holder is sent
        entry = ctx.gaz.lookup(f"{doc[i - 1].text} {doc[i].text}")
    return entry if entry is not None and entry.kind in STATE_KINDS else None


def affiliation_window_start(ctx: Context, span: Span) -> int:
    """Where the noun phrase that introduces a person starts: through an apposition
    ("Japan's prime minister, X") or a title's prepositional phrase ("Norwegian envoy
    to Japan X", which the parser reads as "envoy to [Japan X]")."""
    root = span.root
    left = root.left_edge.i
    if root.dep_ == "appos":
        left = min(left, apposition_head(root).left_edge.i)
    title = root.head.head if root.dep_ == "pobj" else None
    if title is not None and title.lower_ in ctx.gaz.person_titles:
        left = min(left, title.left_edge.i)
    first = sentence_bounds(span)[0]
    # "ECOWAS Commission President X": a name the parser split off the phrase runs into it
    while left > first and _runs_into(ctx.doc[left - 1], left) and span.start - left < SPLIT_MAX:
        left -= 1
    return max(left, first, span.start - ctx.settings.affiliation_window)


SPLIT_MAX = 6  # words between a split-off name and the person's name ("X Commission President")


def _runs_into(word: Token, left: int) -> bool:
    """Is the word a name right before token `left` that hangs on a word from there on?"""
    return word.pos_ == "PROPN" and word.head.i >= left and word.whitespace_ == " "


def posted_to(ctx: Context, i: int) -> bool:
    """Is token i the country a title holder is sent to ("Ambassador to [the] X",
    "envoy to X")? Not after other uses of "to" ("according to the Afghan coach")."""
    doc, j = ctx.doc, i - 1
    while j >= 0 and doc[j].lower_ in ctx.words.definite_articles:
        j -= 1
    return (
        j >= 1
        and doc[j].lower_ in ctx.words.posting_prepositions
        and title_ending_at(ctx, j) is not None
    )


def stationed_in(ctx: Context, i: int) -> bool:
    """Is token i the place a title holder is stationed in ("the EU envoy in [the] X",
    "Chief of Mission in X")? The "in" follows a person noun or title."""
    doc, j = ctx.doc, i - 1
    while j >= 0 and doc[j].lower_ in ctx.words.definite_articles:
        j -= 1
    if j < 1 or doc[j].lower_ not in ctx.words.stationed_prepositions:
        return False
    return title_ending_at(ctx, j) is not None or person_noun(doc[j - 1])


def _state_at(ctx: Context, i: int, by_start: dict[int, Mention]) -> str | None:
    other = by_start.get(i)
    if other is not None and other.label != "PERSON" and other.country != "IGO":
        return other.country
    entry = ctx.gaz.lookup(ctx.doc[i].text)  # a capital too: "the spokesman in Kabul"
    return entry.country if entry is not None and entry.kind in STATE_OR_CAPITAL_KINDS else None
