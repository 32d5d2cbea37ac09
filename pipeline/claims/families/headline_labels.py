"""A headline that names its source before a colon where the labels family's plain "Name:"
pattern does not reach: a kicker before the name ("EXCLUSIVE – Lopez: Harbour Will
Reopen"), an addressee, place or topic after it ("Lopez to Dock Workers: ...", "Ruiz at
Rally: ...", "Ruiz on Harbour Plan: ..."), or a poll ("Poll: Ruiz Leads Lopez"). The words
before the first lower-case word of the label name the source, which must be an actor the
actor stage found, a name the model tags as a person, group or place, or a poll
(sources.json); "Update:", "Weather:" name none, nor does a phrase that ends in a name
("Big Win For Lopez:"). The rest of the headline is the content, unless it asks.
A document with no headline block opens with one when its first paragraph is a short line
(`MAX_HEADLINE_TOKENS`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.spans import trim_chars
from pipeline.claims.speakers import speaker_row
from pipeline.claims.view import DocView, quote_kind

PATTERN = "headline_source_label"
QUOTE_MARKS = "“”\"‘’'"
COLON = {"lemma": ":", "category": "statement", "polarity": 0.0}
MAX_HEADLINE_TOKENS = 25
# an upper-case kicker and a dash, then the label: capitalised words, lower-case words of a
# phrase after the name, up to eight in all, and a colon before more text
_LABEL = re.compile(
    r"(?:[A-Z]{2,}(?: [A-Z]{2,})*\s*[–—-]\s*)?"
    r"(?P<label>[A-Z][\w.’'&-]*(?: [\w.’'&()-]+){0,7}?):[ \t]+(?=\S)"
)
NAME_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def find_headline_labels(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    for start, end in _headlines(view):
        if claimed.overlaps_speech(start, end):
            continue  # the labels family or a parse frame found its claim
        claim = _label_claim(view, start, end)
        if claim is not None:
            claims.append(claim)
            cue = view.doc.char_span(claim.cue["start"], claim.cue["end"])
            claimed = claimed.add_speech(claim.content["start"], claim.content["end"])
            if cue is not None and len(cue):
                claimed = claimed.use_cue(cue[0].i)
    return claims, claimed


def _headlines(view: DocView) -> list[tuple[int, int]]:
    """The headline blocks, else a short first paragraph."""
    layout = view.doc._.layout or {}
    blocks = [(b["start"], b["end"]) for b in layout.get("blocks", []) if b["kind"] == "headline"]
    if blocks or not layout.get("paragraphs"):
        return blocks
    start, end = layout["paragraphs"][0]
    span = view.doc.char_span(start, end, alignment_mode="contract")
    return [(start, end)] if span is not None and len(span) <= MAX_HEADLINE_TOKENS else []


def _label_claim(view: DocView, start: int, end: int) -> Claim | None:
    text = view.text
    m = _LABEL.match(text, start, end)
    if m is None:
        return None
    name_end = _name_end(view, m.start("label"), m.end("label"))
    speaker = speaker_row(view, m.start("label"), name_end)
    if not _names_source(view, speaker, end):
        return None
    colon = m.end("label")
    cue = view.doc.char_span(colon, colon + 1)
    cs, ce = trim_chars(text, colon + 1, end, ".")
    if cue is None or len(cue) != 1 or ce <= cs or text[ce - 1] == "?":
        return None  # "Ruiz: Hero or Traitor?" asks, states nothing
    kind = quote_kind(view, cs, ce)
    if kind == "direct":  # a direct claim's content is inside its quote marks
        cs, ce = trim_chars(text, cs + (text[cs] in QUOTE_MARKS), ce, QUOTE_MARKS)
    rule_id = view.rules.rule_for(PATTERN, kind)
    return make_claim(view, kind, rule_id, cue[0], COLON, speaker, cs, ce)


def _name_end(view: DocView, start: int, end: int) -> int:
    """The end of the label's name: before its first lower-case word or preposition
    ("Ruiz at Rally", "Ruiz To Dock Workers", "Big Win For Lopez")."""
    span = view.doc.char_span(start, end, alignment_mode="expand")
    pos = start
    for tok in span if span is not None else ():
        if tok.i > span.start and (tok.text[:1].islower() or tok.pos_ == "ADP"):
            break
        pos = tok.idx + len(tok.text)
    return pos


def _names_source(view: DocView, speaker: dict | None, end: int) -> bool:
    """An actor, a name the model tags as one, a name the story spells as one after the
    headline (`end`), or a poll."""
    if speaker is None:
        return False
    if speaker.get("actor_id") is not None or speaker.get("type") == "poll":
        return True
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None:
        return False
    if view.lex.source_types.get(span.root.lemma_.lower()) == "poll":
        return True
    last = span[-1]  # "Big Win For Lopez:" is a phrase that ends in a name, no source
    return last.ent_type_ in NAME_ENTS or _spelled_as_name(view, last, end)


def _spelled_as_name(view: DocView, last: Token, end: int) -> bool:
    """The label's last word written capitalised inside a sentence of the story ("... said
    Ana Ruiz"): a name, not a word that any headline capitalises ("Update", "Weather")."""
    if not last.text[:1].isupper():
        return False
    word = re.compile(r"(?<=[\w,] )" + re.escape(last.text) + r"\b")
    for m in word.finditer(view.text, end):
        tok = view.doc.char_span(m.start(), m.end())
        if tok is not None and len(tok) == 1 and tok[0].ent_type_ in NAME_ENTS:
            return True
    return False
