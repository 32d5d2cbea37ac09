"""Dash credits, as press releases and pull quotes set them: a quote, then a line that opens
with a dash and a name ("— Jane Doe, Minister of Fisheries", "-- Jane Doe"). The name is
the speaker of the quote (and of the paragraphs it runs on over); the dash is the cue. Only
quotes no earlier rule attributed, and only a credit line that is a name, with at most a
description after a comma or a bracket: "— and then the vote" is no credit."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.spans import quote_pieces
from pipeline.claims.speakers import speaker_row
from pipeline.claims.view import DocView

DASH_CREDIT = "direct.dash_credit"
RULE_IDS = (DASH_CREDIT,)
PATTERNS: tuple[str, ...] = ()
DASH = {"lemma": "—", "category": "statement", "polarity": 0.0}
# after the quote's close: the rest of its line or one line break (a blank line at most),
# a dash (or a bullet's mark, which the structure stage blanks for the parser), then a
# name of one to five capitalised words that ends the line or is followed by a comma or a
# bracket
_CREDIT = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}(—|–|―|--?)?[ \t]*"
    r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4})[ \t]*(?=$|[,(]|\.?[ \t]*$)",
    re.MULTILINE,
)
# a name's words may be titles and initials the model tags otherwise
NAME_TAGS = {"NNP", "NNPS"}


def find_credits(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """The claims of the quotes that a dash credit right after them names a speaker for,
    with the quotes right before them (paragraphs of nothing but a quote) that no rule
    attributed."""
    claims: list[Claim] = []
    groups: dict[int, list] = {}
    for q in view.quotes:
        groups.setdefault(q.group, []).append(q)
    ordered = list(groups.values())
    for k, group in enumerate(ordered):
        if not group[-1].closed or _claimed(claimed, group):
            continue
        credit = _credit(view, group[-1].close_end)
        if credit is None:
            continue
        dash, speaker, (ds, de) = credit
        for q in _run_before(view, claimed, ordered, k):
            for a, b in quote_pieces(view, q):
                claim = make_claim(view, "direct", DASH_CREDIT, dash, DASH, speaker, a, b)
                if claim is not None:
                    # the dash alone: the structure stage may have made it part of a space
                    claim.cue.update(text=view.text[ds:de], start=ds, end=de)
                    claims.append(claim)
            claimed = claimed.add_speech(q.open_start, q.close_end)
        claimed = claimed.use_cue(dash.i)
    return claims, claimed


def _claimed(claimed: Claimed, group: list) -> bool:
    return any(claimed.overlaps_speech(q.start, q.end) for q in group)


def _run_before(view: DocView, claimed: Claimed, ordered: list[list], k: int) -> list:
    """The segments of quote group `k` and of the unattributed groups right before it,
    with nothing but space between one and the next."""
    first = k
    while first > 0 and not _claimed(claimed, ordered[first - 1]):
        gap = view.text[ordered[first - 1][-1].close_end : ordered[first][0].open_start]
        if gap.strip() or not ordered[first - 1][-1].closed:
            break
        first -= 1
    return [q for group in ordered[first : k + 1] for q in group]


def _credit(view: DocView, end: int) -> tuple[Token, dict, tuple[int, int]] | None:
    """The dash's token, the speaker and the dash's chars of a credit line that starts
    right after char `end`."""
    m = _CREDIT.match(view.text, end)
    if m is None:
        return None
    ds, de = m.span(1) if m.group(1) else _bullet_mark(view, end, m.start(2))
    if de <= ds:
        return None
    dash = view.doc.char_span(ds, de, alignment_mode="expand")
    name = view.doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if dash is None or name is None or len(dash) == 0 or len(name) == 0:
        return None
    if not all(t.tag_ in NAME_TAGS or t.is_punct for t in name):
        return None  # "— Ready to quiz Trump": a heading, no name
    line_end = view.text.find("\n", m.end(2))
    rest = view.doc.char_span(m.end(2), len(view.text) if line_end < 0 else line_end, "expand")
    if rest is not None and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # "* Ana Lopez, the mayor, said ...": a clause of its own, no credit
    speaker = speaker_row(view, m.start(2), m.end(2))
    return (dash[0], speaker, (ds, de)) if speaker is not None else None


def _bullet_mark(view: DocView, start: int, end: int) -> tuple[int, int]:
    """The char of a bullet's mark that the layout puts between `start` and `end`, as
    (its start, its end), or (0, 0). A list item's number ("2.") credits no one."""
    layout = view.doc._.layout or {}
    for block in layout.get("blocks", ()):
        if block["kind"] == "bullet" and start <= block["start"] < end:
            if len(block.get("mark", "")) != 1:
                return 0, 0
            return block["start"], block["start"] + 1
    return 0, 0
