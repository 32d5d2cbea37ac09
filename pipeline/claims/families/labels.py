"""Claims whose cue is a colon after a speaker's name: a transcript turn ("TAPPER: ...",
"Q: ...", found by the structure stage) and a body paragraph that opens with a known actor's
name and a colon ("Lopez: The harbour stays closed."). The content is the rest of the
paragraph. The family walks the layout's paragraphs and turns, not the tokens. Front matter
is left out, but for a headline that is a label itself ("Lopez: Harbour ‘Will Reopen’"):
its own rule, the only claim a headline can make (`layout_rules.apply_layout`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.spans import trim_chars
from pipeline.claims.speakers import speaker_row
from pipeline.claims.view import DocView, quote_kind
from pipeline.structure.blocks import NON_BODY

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
TURN, LABEL, HEADLINE = "turn_label", "speaker_label", "headline_label"
PATTERNS = (TURN, LABEL, HEADLINE)
QUOTE_MARKS = "“”\"‘’'"
COLON = {"lemma": ":", "category": "statement", "polarity": 0.0}
# a name of one to four capitalised words, then a colon and text
_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)")


def find_labels(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    layout = view.doc._.layout
    if not layout:
        return [], claimed
    blocks = [b for b in layout["blocks"] if b["kind"] in NON_BODY]
    front = [(b["start"], b["end"]) for b in blocks if b["kind"] != "headline"]
    headlines = [(b["start"], b["end"]) for b in blocks if b["kind"] == "headline"]
    claims: list[Claim] = []
    turn_starts = set()
    paragraph_end = {start: end for start, end in layout["paragraphs"]}
    for turn in layout["turns"]:
        start = turn["label_start"]
        turn_starts.add(start)
        # the turn's first paragraph: a turn can run on over a question and its answer
        end = min(turn["end"], paragraph_end.get(start, turn["end"]))
        claims.extend(_claim(view, TURN, start, turn["label_end"], end))
    for start, end in layout["paragraphs"]:
        if start in turn_starts or any(a <= start < b for a, b in front):
            continue
        m = _LABEL.match(view.text, start, end)
        if m is None:
            continue
        pattern = HEADLINE if any(a <= start < b for a, b in headlines) else LABEL
        found = _claim(view, pattern, start, m.end(1), end)
        if found and not _holds(view, found[0].speaker):
            continue
        if found and found[0].kind == "indirect" and not _states(view, found[0].content):
            continue  # "Lopez: 1,204.", "Ruiz: A disaster.": a tally or a slogan
        claims.extend(found)
    for claim in claims:
        cue = claim.cue
        claimed = claimed.add_speech(claim.content["start"], claim.content["end"])
        claimed = claimed.use_cue(_token_at(view, cue["start"]).i)
    return claims, claimed


def _claim(view: DocView, pattern: str, ss: int, se: int, end: int) -> list[Claim]:
    """The claim of the label [ss, se) whose text runs to `end`; the colon is its cue."""
    text = view.text
    label = text[ss:se].rstrip()
    if label.endswith(":"):  # a turn's label ends with its colon
        se = ss + len(label) - 1
    colon = text.find(":", se, end)
    if colon < 0 or text[se:colon].strip():
        return []
    cs, ce = trim_chars(text, colon + 1, end)
    cue = _token_at(view, colon)
    if ce <= cs or cue is None or cue.text != ":":
        return []
    speaker = speaker_row(view, ss, se)
    kind = quote_kind(view, cs, ce)
    if kind == "direct":  # a direct claim's content is inside its quote marks
        cs += text[cs] in QUOTE_MARKS
        cs, ce = trim_chars(text, cs, ce, QUOTE_MARKS)
    rule_id = view.rules.rule_for(pattern, kind)
    claim = make_claim(view, kind, rule_id, cue, COLON, speaker, cs, ce)
    return [] if claim is None else [claim]


def _token_at(view: DocView, char: int) -> Token | None:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _holds(view: DocView, speaker: dict | None) -> bool:
    """A body label names a speaker only when it is a known actor or a name the model
    takes for a person or group ("Note:", "Update:" are neither)."""
    if speaker is None:
        return False
    if speaker.get("actor_id") is not None:
        return True
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span)


def _states(view: DocView, content: dict) -> bool:
    """The content holds a clause: a verb with a subject of its own."""
    span = view.doc.char_span(content["start"], content["end"], alignment_mode="expand")
    return span is not None and any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.pos_ in ("VERB", "AUX") for t in span
    )
