"""Claims whose cue is a colon after a speaker's name: a transcript turn ("TAPPER: ...",
"Q: ...", found by the structure stage) and a body paragraph that opens with a known actor's
name and a colon ("Lopez: The harbour stays closed."). The content is the rest of the
paragraph. The family walks the layout's paragraphs and turns, not the tokens. Front matter
is left out, but for a headline that is a label itself ("Lopez: Harbour ‘Will Reopen’"):
its own rule, the only claim a headline can make (`layout_rules.apply_layout`); the
document's first line counts as its title though the layout found no headline block. And a
paragraph that ends with a colon before a paragraph that opens with a quote ("X issued the
following statement:"): the quote is the clause subject's (`find_colon_paragraphs`)."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.families import headlines as headline_reports
from pipeline.claims.frames import is_cue_verb
from pipeline.claims.spans import quote_pieces, trim_chars
from pipeline.claims.speakers import SOURCE_TYPES, actor_like, np_speaker, speaker_row
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView, quote_kind
from pipeline.structure.blocks import NON_BODY

RULE_IDS: tuple[str, ...] = ()  # the ids come from rules.json's frame_rules
TURN, LABEL, HEADLINE = "turn_label", "speaker_label", "headline_label"
COLON_PARAGRAPH = "colon_paragraph"
TEXT_SOURCES = {"document", "media"}  # sources.json types that quote someone's words
PATTERNS = (TURN, LABEL, HEADLINE, COLON_PARAGRAPH, *headline_reports.PATTERNS)
QUOTE_MARKS = "“”\"‘’'"
COLON = {"lemma": ":", "category": "statement", "polarity": 0.0}
FINITE_TAGS = ("VBD", "VBP", "VBZ", "MD")
MIN_TURN_WORDS = 4  # a sentence of a turn this long states something, verb or no tag
# a name of one to four capitalised words, then a colon and text
_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)")
# a title's label may go on in lower case: "Clinton camp: ...", "IG report: ..."
_TITLE_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [\w.’'-]+){0,3}):[ \t]+(?=\S)")


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
        headline = any(a <= start < b for a, b in headlines) or _title_line(view, start, end)
        m = _LABEL.match(view.text, start, end)
        if m is None and headline:
            m = _TITLE_LABEL.match(view.text, start, end)
            if m is not None and _has_verb(view, start, m.end(1)):
                continue  # "Lopez said: “...”": a lead's speech tag, no label
        if m is None:
            continue
        pattern = HEADLINE if headline else LABEL
        found = _claim(view, pattern, start, m.end(1), end)
        if found and not _holds(view, found[0].speaker, pattern):
            continue
        if found and found[0].kind == "indirect" and not _states(view, found[0].content):
            continue  # "Lopez: 1,204.", "Ruiz: A disaster.": a tally or a slogan
        claims.extend(found)
    for claim in claims:
        cue = claim.cue
        claimed = claimed.add_speech(claim.content["start"], claim.content["end"])
        claimed = claimed.use_cue(_token_at(view, cue["start"]).i)
    more, claimed = find_colon_paragraphs(view, claimed)
    reports, claimed = headline_reports.find_headline_reports(view, claimed)
    return claims + more + reports, claimed


def find_colon_paragraphs(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """ "At the harbour meeting, the mayor spoke:" / "The mayor issued this statement:" at
    the end of a paragraph, and a quote that opens the next one: the quote (over the
    paragraphs it runs on) is the claim of the clause's subject, one claim per sentence,
    unless a rule before attributed it, and when a speaker or a cue verb is there ("The
    tally was as follows:" has neither). On all of PolNeAR train 32 of 34 such quotes
    are annotated."""
    claims: list[Claim] = []
    text = view.text
    paragraphs = view.doc._.layout["paragraphs"] if view.doc._.layout else []
    for (_, p_end), (q_start, _) in itertools.pairwise(paragraphs):
        last = p_end  # the paragraph's last char that is not a space (no copy of the text)
        while last > 0 and text[last - 1].isspace():
            last -= 1
        if last == 0 or text[last - 1] != ":":
            continue
        group = _quote_group_at(view, q_start)
        if not group or claimed.inside_speech(group[0].start):
            continue
        colon = _token_at(view, last - 1)
        if colon is None or colon.text != ":":
            continue
        root = colon.sent.root
        cue = root if root.pos_ in ("VERB", "AUX") and root.i not in claimed.used_cues else colon
        subj = _colon_subject(root)
        speaker = np_speaker(view, subj) if subj is not None and subj.lower_ != "it" else None
        if not (_speaks(view, speaker) or is_cue_verb(view, root)):
            continue  # "The tally was as follows:": no one speaks
        rule_id = view.rules.rule_for(COLON_PARAGRAPH, "direct")
        for q in group:
            for a, b in quote_pieces(view, q):
                claim = make_claim(view, "direct", rule_id, cue, COLON, speaker, a, b)
                if claim is not None:
                    claims.append(claim)
            claimed = claimed.add_speech(q.open_start, q.close_end)
        claimed = claimed.use_cue(cue.i)
    return claims, claimed


def _speaks(view: DocView, speaker: dict | None) -> bool:
    """An actor, or a text that quotes one ("Hearing transcript below:"); not data
    or a poll ("The tally was as follows:")."""
    return actor_like(view, speaker) or (speaker or {}).get("type") in TEXT_SOURCES


def _colon_subject(root: Token) -> Token | None:
    """Who speaks in the colon's clause: its subject; a name after a verb with none
    ("Stated Lopez:"); the noun that heads a clause with no verb ("Hearing
    transcript below:")."""
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    subj = next((c for c in kids(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        subj = next((c for c in root.rights if c.pos_ == "PROPN"), None)
    return subj


def _quote_group_at(view: DocView, start: int) -> list:
    """The quote that opens the paragraph at `start` and the segments it runs on over."""
    first = next((i for i, q in enumerate(view.quotes) if q.open_start == start), None)
    if first is None or view.quotes[first].index_in_group != 0:
        return []
    group = [view.quotes[first]]
    for q in view.quotes[first + 1 :]:
        if q.index_in_group != group[-1].index_in_group + 1:
            break
        group.append(q)
    return group


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
    pieces = (_turn_sentences(view, cs, ce) if pattern == TURN else []) or [(cs, ce)]
    claims = []
    for a, b in pieces:
        kind = quote_kind(view, a, b)
        if pattern == TURN and kind == "indirect":  # a transcript's words are verbatim
            kind = "direct"
        elif kind == "direct":  # a direct claim's content is inside its quote marks
            a += text[a] in QUOTE_MARKS
            a, b = trim_chars(text, a, b, QUOTE_MARKS)
        rule_id = view.rules.rule_for(pattern, kind)
        claim = make_claim(view, kind, rule_id, cue, COLON, speaker, a, b)
        claims += [] if claim is None else [claim]
    return claims


def _turn_sentences(view: DocView, cs: int, ce: int) -> list[tuple[int, int]]:
    """A turn's words, one claim per sentence that states something (a finite verb, or four
    words: not "Good afternoon.", "Next question."), as a quote of several sentences is; none
    when no sentence does (the turn is one claim)."""
    pieces = []
    words = view.doc.char_span(cs, ce, alignment_mode="expand")
    if words is None or not len(words):
        return pieces
    for sent in view.sents[view.tok_sent[words[0].i] :]:  # from the turn's first sentence on
        if sent.start_char >= ce:
            break
        a, b = trim_chars(view.text, max(cs, sent.start_char), min(ce, sent.end_char))
        words = sum(not t.is_punct for t in sent)
        if b > a and (words >= MIN_TURN_WORDS or any(t.tag_ in FINITE_TAGS for t in sent)):
            pieces.append((a, b))
    return pieces


def _token_at(view: DocView, char: int) -> Token | None:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _holds(view: DocView, speaker: dict | None, pattern: str = LABEL) -> bool:
    """A body label names a speaker only when it is a known actor or a name the model
    takes for a person or group ("Note:", "Update:" are neither); a headline's label may
    also be a noun for people or a source that is no actor ("Insiders: ...", "Poll: ...",
    "Report: ...": sources.json `source_types`)."""
    if speaker is None:
        return False
    if speaker.get("actor_id") is not None:
        return True
    if pattern == HEADLINE and (speaker.get("type") in SOURCE_TYPES or actor_like(view, speaker)):
        return True
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or _surname(view, span)


def _surname(view: DocView, label) -> bool:
    """A one-word label that ends a person's name the document spells out in full ("Reid:
    ..." in a story on "Harry Reid"): the model often tags a lone surname at the head of a
    line as nothing, or joins it to the words after the colon."""
    if len(label) != 1 or not label[0].is_title:
        return False
    word = label[0].lower_
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == word and e.start != label.start
        for e in view.doc.ents
    )


def _has_verb(view: DocView, start: int, end: int) -> bool:
    span = view.doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") for t in span)


def _title_line(view: DocView, start: int, end: int) -> bool:
    """The document's first paragraph, one line: its title, though the layout found no
    headline block ("Poll: ... ." ends with a full stop, as some wire titles do)."""
    return not view.text[:start].strip() and "\n" not in view.text[start:end].strip()


def _states(view: DocView, content: dict) -> bool:
    """The content holds a clause: a verb with a subject of its own."""
    span = view.doc.char_span(content["start"], content["end"], alignment_mode="expand")
    return span is not None and any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.pos_ in ("VERB", "AUX") for t in span
    )
