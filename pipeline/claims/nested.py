"""filter.nested_cue: a claim whose cue lies inside another claim's content is part of what
that claim reports ("The senator wants to run again, aides say": the aides' claim), not a
claim of its own. The indirect rules already make none for a cue inside a content found
before it; this filter does the same for the rest, whatever the order the cues and the
families came in. Kept: a cue verb joined by a contrast ("said A, but planned B": the
speaker's next act, `spans.contrasted`), one in a clause set apart with a holder of its
own (`other_clauses.set_apart_cue`) or in an absolute clause ("..., with the mayor saying
...", `other_clauses.absolute_cue`), a cue that opens the other content (the parser's
reading of a speech tag's participle), and a cue inside a stance act or a transcript turn
(patterns/spans.json `nested_outer_kept_rules`: a turn's speaker says what they think in
it, "MINISTER: I believe the deal holds"); a joint act of two parties or more stays, an
event of its own ("Chile and Peru agreed ..., the UN said"). Two claims each inside the
other's content are both kept, and so is a quote's cue whose quote lies outside the other
content ("X was greeted by Y and joked, “...”": Y's content ran on over the cue; on PolNeAR
train 7 of 16 such quotes right), and a cue in another sentence than the other cue's (a
label's or a quote's content that runs on over sentences: "Analysis: ... . The minister
said ..."). On
PolNeAR train (840 articles) the claims it drops were right 19% of the time."""

from __future__ import annotations

from typing import Any

from pipeline.claims.other_clauses import absolute_cue, set_apart_cue
from pipeline.claims.spans import contrasted
from pipeline.claims.view import DocView, char_tokens

NESTED_CUE = "filter.nested_cue"


def drop_nested(view: DocView, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claim rows without those whose cue lies inside another cue's content."""
    kept_rules = view.lex.span_words["nested_outer_kept_rules"]
    contents: dict[int, list[tuple[int, int]]] = {}
    outers: list[tuple[int, int, int]] = []  # (content start, end, cue), by content start
    for row in rows:
        span = (row["content"]["start"], row["content"]["end"])
        contents.setdefault(row["cue"]["start"], []).append(span)
        if row["kind"] != "stance" and row["rule_id"] not in kept_rules:
            outers.append((*span, row["cue"]["start"]))
    outers.sort()
    sentences: dict[int, int] = {}  # a cue's char -> its sentence, found once
    quoted = {r["cue"]["start"] for r in rows if r["kind"] == "direct"}
    nested = {
        cue
        for cue, own in contents.items()
        if _inside(view, cue, own, outers, sentences, cue in quoted)
    }
    # a joint act reported stays an act ("Chile and Peru agreed ..., the UN said": an event)
    return [row for row in rows if row["cue"]["start"] not in nested or _joint(row)]


def _joint(row: dict[str, Any]) -> bool:
    """Is the claim's speaker two parties or more ("Chile and Peru")?"""
    return len((row.get("speaker") or {}).get("members") or ()) > 1


def _inside(
    view: DocView,
    cue: int,
    own: list,
    outers: list[tuple[int, int, int]],
    sentences: dict,
    quoted: bool,
) -> bool:
    """Does the cue at char `cue` (with its contents `own`) lie inside another cue's
    content, past its first character, that does not hold it in turn, and is it no
    kept cue? (`outers` sorted by content start: those starting at or after the cue end
    the search.)"""
    for a, b, other in outers:
        if a >= cue:
            break
        if cue >= b or other == cue:
            continue
        if any(x <= other < y for x, y in own):
            continue  # each inside the other's content: neither is the outer one
        if quoted and not any(x < b and a < y for x, y in own):
            continue  # a quote outside the other's content: its own claim
        if _cached_sentence(view, cue, sentences) != _cached_sentence(view, other, sentences):
            continue  # a sentence of its own after a label's or a quote's first
        return not _kept(view, cue)
    return False


def _cached_sentence(view: DocView, char: int, sentences: dict[int, int]) -> int:
    found = sentences.get(char)
    if found is None:
        found = sentences[char] = _sentence(view, char)
    return found


def _sentence(view: DocView, char: int) -> int:
    found = char_tokens(view, char, char + 1)
    if found is None or found[1] <= found[0]:
        return -1
    return view.tok_sent[found[0]]


def _kept(view: DocView, cue_char: int) -> bool:
    """Is the cue at char `cue_char` a contrasted act, a set-apart clause's cue or an
    absolute clause's ("..., with the mayor saying ...")?"""
    found = char_tokens(view, cue_char, cue_char + 1)
    if found is None or found[1] <= found[0]:
        return False
    tok = view.tokens[found[0]]
    return contrasted(view, tok) or set_apart_cue(view, tok) or absolute_cue(view, tok)
