"""Date stage: find temporal expressions and normalise them to TIMEX3 values.

Candidates come from the rules in `patterns/dates.json` (regexes over `doc.text`, built from
its lexicons), plus spaCy's DATE entities that no rule matched (parsed with dateutil). The
Doc supplies the context the rules cannot see: the clause's tense (for "in April", "on
Monday"), the named entities (a "2000" inside a CARDINAL is not a year, a "May" inside a
PERSON is not a month) and sentence bounds.

The anchor is the day the story's dateline names ("WASHINGTON, Sept. 30, 2024 /PRNewswire/
--", placed on or before publication), else `doc._.published`.

Overlaps are settled longest-first, then by rule order. Signal words before a date ("since",
"before", "after", "around") set `mod` without entering the span; position words ("early",
"mid-", "late", "the end of") enter the span and set START/MID/END.

`claim_date(doc, start, end, ...)` (from `claim_dates`, re-exported here for the claims
stage) dates a claim from its discourse.

`doc._.dates` is a new list of plain dicts sorted by (start, end):
`{text, start, end, type, value, mod, anchor, rule_id}` with `doc.text[start:end] == text`.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from pipeline.dates.anchors import ISO_DAY, is_day_value, parse_anchor, with_part_of_day
from pipeline.dates.claim_dates import claim_date
from pipeline.dates.clock_days import fill_clock_days, merge_clock_days
from pipeline.dates.dateline import dateline_date_span
from pipeline.dates.day_steps import step_days_from_dates
from pipeline.dates.discourse import anchor_on_references
from pipeline.dates.grammar import Grammar, load_grammar, lower_same_length, trigger_windows
from pipeline.dates.habitual import unanchor_habitual
from pipeline.dates.repeated_days import anchor_repeated_days
from pipeline.dates.resolvers import Resolved, dateutil_fallback, resolve
from pipeline.dates.story_year import anchor_months_on_story_year
from pipeline.dates.tense import clause_tense, deferred_to, present_clause
from pipeline.dates.vague import modal_before_verb
from pipeline.doctext import doc_text

__all__ = ["DateTagger", "claim_date", "tag_dates"]

REF_VALUES = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}
QUANTITY_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
DATE_LABELS = {"DATE", "TIME"}
CUE_REACH = 40  # chars before a date that a cue may stand ('open until 4 p.m. CET, Nov. 12')
DECADE = re.compile(r"\d{3}")
TRIM_CHARS = " \t\r\n\u00a0.,;:!?\"'“”‘’()[]{}"


class DateTagger(Pipe):
    """Sets `doc._.dates`; anchored on `doc._.published` (ISO date string or None)."""

    def __init__(
        self, nlp: Language, name: str = "claims_date_tagger", *, ner_fallback: bool = True
    ) -> None:
        self.name = name
        self.ner_fallback = ner_fallback
        self.grammar = load_grammar()  # compiled once per process

    def __call__(self, doc: Doc) -> Doc:
        # No safety net here: a failure is the run's to record for this article.
        doc._.dates = tag_dates(doc, self.grammar, ner_fallback=self.ner_fallback)
        return doc


# -- Doc context -------------------------------------------------------------------------


class _DocContext:
    """Per-doc look-ups the rules need, computed lazily."""

    def __init__(self, doc: Doc, grammar: Grammar, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # doc.text is rebuilt on each access
        self.low = lower_same_length(self.text)  # what the (lower-case) rules match
        self.g = grammar
        self._tense: dict[tuple[int, int], str | None] = {}
        self._arrays: np.ndarray | None = None
        self._ents: list[tuple[int, int, str]] | None = None
        self._ent_bounds: tuple[list[int], list[int]] | None = None
        self.dateline: tuple[int, int] | None = None  # the date of the story's dateline
        self._sent_starts: np.ndarray | None = None

    @property
    def arrays(self) -> np.ndarray:
        """Per token: char offset, length, entity IOB and entity type (one C call)."""
        if self._arrays is None:
            self._arrays = self.doc.to_array([IDX, LENGTH, ENT_IOB, ENT_TYPE]).reshape(-1, 4)
        return self._arrays

    @property
    def ents(self) -> list[tuple[int, int, str]]:
        """(start_char, end_char, label) of the named entities, without building Spans
        (`doc.ents` walks every token in Python, which is most of this stage's cost)."""
        if self._ents is None:
            self._ents = []
            arr = self.arrays
            if len(arr) and self.doc.has_annotation("ENT_IOB"):
                iob = arr[:, 2]
                outside = np.nonzero(iob != 1)[0]  # tokens that do not continue an entity
                strings = self.doc.vocab.strings
                begins = np.nonzero(iob == 3)[0]  # entity beginnings
                k = np.searchsorted(outside, begins, side="right")  # the next non-continuing
                padded = np.append(outside, len(arr))
                last = padded[k] - 1
                starts = arr[begins, 0].tolist()
                ends = (arr[last, 0] + arr[last, 1]).tolist()
                labels = arr[begins, 3].tolist()
                self._ents = [
                    (s, e, strings[label]) for s, e, label in zip(starts, ends, labels, strict=True)
                ]
        return self._ents

    def overlaps_entity(self, start: int, end: int, labels, beyond: bool = False) -> bool:
        """Does an entity of `labels` overlap the chars (with `beyond`, and reach past them)?"""
        if self._ent_bounds is None:  # the entities do not overlap: ends rise with starts
            self._ent_bounds = ([s for s, _, _ in self.ents], [e for _, e, _ in self.ents])
        starts, ends = self._ent_bounds
        first = bisect.bisect_right(ends, start)  # the first entity ending after `start`
        last = bisect.bisect_left(starts, end)  # and those starting before `end`
        # beyond: a name reaching past the match but for a 'the' ('the Easter weekend')
        return any(
            lab in labels
            and (not beyond or e > end or self.low[s:start].strip() not in ("", "the"))
            for s, e, lab in self.ents[first:last]
        )

    def quantity_before(self, start: int) -> bool:
        """Is the text before `start` a number or a money/percent/quantity entity?"""
        p = start
        while p > 0 and self.text[p - 1].isspace():
            p -= 1
        if p == 0:
            return False
        if self.text[p - 1].isdigit():
            return True
        return any(e == p and lab in QUANTITY_LABELS for _, e, lab in self.ents)

    def cue_before(self, start: int) -> bool:
        m = self.g.cue_word.search(self.low, max(0, start - 20), start)
        return bool(m) and m.group("w") in self.g.ambiguous_month_cues

    def _tokens(self, start: int, end: int):
        if len(self.doc) == 0:
            return None
        return self.doc.char_span(start, end, alignment_mode="expand")

    def is_count(self, start: int, end: int) -> bool:
        """'2000 troops', 'arrested 2001 people', 'about two thousand people': a number
        counting a plural noun, unless a determiner or preposition precedes it ('the 2024
        elections', 'in 2019 polls')."""
        span = self._tokens(start, end)
        if span is None or len(span) == 0 or not self.doc.has_annotation("TAG"):
            return False
        i, j = span.start, span.end
        nxt = self.doc[j] if j < len(self.doc) else None
        if nxt is None or nxt.tag_ not in self.g.count_noun_tags:
            return False
        prev = self.doc[i - 1] if i > 0 else None
        return prev is None or prev.tag_ not in self.g.year_context_tags

    def is_noun(self, start: int, end: int) -> bool:
        """'the business daily', 'a monthly': one word the tagger reads as a noun."""
        span = self._tokens(start, end)
        if span is None or len(span) != 1 or not self.doc.has_annotation("TAG"):
            return False
        return span[0].tag_ in self.g.count_noun_tags or span[0].tag_ == "NN"

    def modifies_noun(self, start: int, end: int) -> bool:
        """'quarterly earnings', 'that summer camp': an adjective or a noun before its noun."""
        span = self._tokens(start, end)
        if span is None or len(span) == 0 or not self.doc.has_annotation("DEP"):
            return False
        tok = span[-1]
        noun_before_noun = tok.dep_ == "compound" and tok.pos_ == "NOUN"  # not 'daily' (ADJ)
        return (tok.dep_ == "amod" or noun_before_noun) and tok.head.i > tok.i

    def tense(self, start: int, end: int, own_verb: bool = False) -> str | None:
        key = (start, end, own_verb)
        if key not in self._tense:
            self._tense[key] = self._compute_tense(start, end, own_verb)
        return self._tense[key]

    def _compute_tense(self, start: int, end: int, own_verb: bool = False) -> str | None:
        if not self.doc.has_annotation("DEP"):
            return None
        span = self._tokens(start, end)
        if span is None or len(span) == 0:
            return None
        return clause_tense(span, self.g, own_verb)

    def has_relative_clause(self, start: int, end: int) -> bool:
        """Does a relative clause tell which one the span's noun is ('the night the storm hit')?"""
        span = self._tokens(start, end) if self.doc.has_annotation("DEP") else None
        return bool(span) and any(c.dep_ == "relcl" for t in span for c in t.children)

    def deferred(self, start: int, end: int) -> bool:
        span = self._tokens(start, end) if self.doc.has_annotation("DEP") else None
        return bool(span) and deferred_to(span, self.g)

    def present(self, start: int, end: int, scheduled: bool = False) -> bool:
        span = self._tokens(start, end) if self.doc.has_annotation("DEP") else None
        return bool(span) and present_clause(span, self.g, scheduled)

    def sentence_distance(self, a: int, b: int) -> int:
        """Sentence breaks between chars a <= b (0: the same sentence)."""
        doc = self.doc
        if len(doc) == 0 or not doc.has_annotation("SENT_START"):
            return 0
        idx = self.arrays[:, 0]
        i = max(0, int(np.searchsorted(idx, a, side="right")) - 1)
        j = max(0, int(np.searchsorted(idx, b, side="right")) - 1)
        if self._sent_starts is None:  # one C call, not a Python walk over the tokens
            self._sent_starts = doc.to_array(SENT_START)
        return int(np.count_nonzero(self._sent_starts[i + 1 : j + 1] == 1))

    def sentence_bounds(self, char: int) -> tuple[int, int]:
        doc = self.doc
        if len(doc) == 0 or not doc.has_annotation("SENT_START"):
            return 0, len(self.text)
        i = max(0, int(np.searchsorted(self.arrays[:, 0], char, side="right")) - 1)
        sent = doc[i].sent
        return sent.start_char, sent.end_char


# -- tagging ---------------------------------------------------------------------------------


def tag_dates(
    doc: Doc, grammar: Grammar | None = None, *, ner_fallback: bool = True
) -> list[dict[str, Any]]:
    """The date entries of a doc (see module docstring)."""
    g = grammar or load_grammar()
    text = doc_text(doc)
    if not text or text.isspace():
        return []
    published = doc._.published if Doc.has_extension("published") else None
    anchor = parse_anchor(published)
    ctx = _DocContext(doc, g, text)
    ctx.dateline = dateline_date_span(text, published)  # a bare date line is checked on it
    anchor = _dateline_anchor(ctx, anchor)

    candidates: list[dict[str, Any]] = []
    for lo, hi in trigger_windows(g, ctx.low):
        for priority in g.prefilter.possible(ctx.low, lo, hi):  # the rules that can match there
            rule = g.rules[priority]
            for m in rule.regex.finditer(ctx.low, lo, hi):
                candidates.extend(_candidates(ctx, rule, priority, m, anchor))

    taken = bytearray(len(text))
    chosen: list[dict[str, Any]] = []
    for cand in sorted(candidates, key=lambda c: (c["start"] - c["end"], c["prio"], c["start"])):
        if not any(taken[cand["start"] : cand["end"]]):
            taken[cand["start"] : cand["end"]] = b"\x01" * (cand["end"] - cand["start"])
            chosen.append(cand)

    if ner_fallback:
        chosen.extend(_ner_fallback(ctx, taken))
    for cand in chosen:
        _extend_part_of_day(ctx, cand, taken)
    step_days_from_dates(ctx, chosen)  # before the clock times take their days
    merge_clock_days(ctx, chosen)
    fill_clock_days(ctx, chosen, anchor)
    anchor_months_on_story_year(chosen, ctx, anchor)  # first: "A month later" builds on it
    unanchor_habitual(chosen, ctx)  # 'usually in the second quarter': of no one year
    anchor_repeated_days(chosen, ctx, anchor)  # 'by Jan. 14 ... the Jan. 14 deadline': one day
    ends_period = ctx.g.period_end_gap.fullmatch
    anchor_on_references(
        chosen, ctx.sentence_distance, lambda a, b: bool(ends_period(ctx.low, a, b))
    )
    _add_parts_of_day(chosen)

    chosen.sort(key=lambda c: (c["start"], c["end"]))
    return [
        {
            "text": text[c["start"] : c["end"]],
            "start": c["start"],
            "end": c["end"],
            "type": c["type"],
            "value": c["value"],
            "mod": c["mod"],
            "anchor": c["anchor"],
            "rule_id": c["rule_id"],
        }
        for c in chosen
    ]


def _dateline_anchor(ctx: _DocContext, anchor: date | None) -> date | None:
    """anchor.dateline: the day the story's dateline names anchors its relative dates ("today"
    in a release dated Sept. 30 is Sept. 30, whenever published); else the publication."""
    if ctx.dateline is None:
        return anchor
    lo, hi = ctx.dateline
    days = [
        cand
        # only the rules that can match there, in rule order, as the main pass runs them
        for priority in ctx.g.prefilter.possible(ctx.low, lo, hi)
        for m in ctx.g.rules[priority].regex.finditer(ctx.low, lo, hi)
        for cand in _candidates(ctx, ctx.g.rules[priority], priority, m, anchor)
        if ISO_DAY.fullmatch(cand["value"])
    ]
    best = max(days, key=lambda c: c["end"] - c["start"], default=None)
    return date.fromisoformat(best["value"]) if best is not None else anchor


def _candidates(ctx: _DocContext, rule, priority: int, m, anchor: date | None) -> list[dict]:
    """The candidate(s) of one rule match: none, one, or two for a range ("March 23-25")."""
    text = ctx.text
    # groups as written in the text (the match ran on the lower-cased copy)
    groups = {
        k: None if v is None else text[m.start(k) : m.end(k)] for k, v in m.groupdict().items()
    }
    tagged = "a" if groups.get("a") is not None else "t"
    start, end = m.span(tagged) if groups.get(tagged) is not None else m.span()
    if start >= end or not _acceptable(ctx, rule, groups, m, start, end):
        return []
    tense = _direction(ctx, rule, start, end) if rule.needs_tense and anchor else None
    res = resolve(rule, groups, anchor, tense)
    if res is None:
        return []
    start, mod = _modifier(ctx, res, start)
    end, mod = _approx_suffix(ctx, res, end, mod)
    if rule.require_position and mod is None:
        return []
    one = (groups.get("num") or "").lower() in ("a", "an")
    if rule.set_after_quantity and one and ctx.quantity_before(start):  # "$5bn a year"
        res = Resolved("SET", res.value)
    first = {
        "start": start,
        "end": end,
        "type": res.type,
        "value": res.value,
        "mod": mod,
        "anchor": anchor.isoformat() if res.anchored and anchor else None,
        "rule_id": rule.id,
        "prio": priority,
        "ref": res.ref,
        "pod": res.part_of_day,
        "span": rule.span_reference,
    }
    if res.second is None:
        return [first]
    second = {**first, "start": m.start("b"), "end": m.end("b"), "value": res.second, "mod": None}
    return [first, second]


def _direction(ctx: _DocContext, rule, start: int, end: int) -> str | None:
    """The clause's tense, unless a cue before the date ('payable Dec. 7', 'effective
    Sept. 1', 'until Nov. 20') frees it from the report's tense: then the nearest date, but
    the next one after an end point in a present clause ('is closed until Monday')."""
    cue = ctx.g.future_cue_prefix.search(ctx.low, max(0, start - CUE_REACH), start)
    if cue:
        if ctx.deferred(start, end):
            return "future"
        # tense.open_end: 'the lease runs until Dec. 31' is ahead; 'was open until' either side
        open_end = cue.group(0).split()[0] in ctx.g.open_end_cues
        return "future" if open_end and ctx.present(start, end) else None
    if ctx.dateline is not None and ctx.dateline[0] <= start < ctx.dateline[1]:
        return "past"  # a dateline dates the story: not after its publication
    tense = ctx.tense(start, end, own_verb=rule.own_verb_tense)
    if tense is None and ctx.present(start, end, scheduled=True):
        return "future"  # tense.scheduled_present: 'the fair opens on Dec. 2'
    return tense


def _acceptable(ctx: _DocContext, rule, groups, m, start: int, end: int) -> bool:
    """The context checks of a match: entities, counts, 'may'/'march' as words."""
    labels = rule.reject_in_entities
    if labels and ctx.overlaps_entity(start, end, labels, rule.entities_beyond_only):
        return False
    if rule.reject_counts and ctx.is_count(start, end):
        return False
    if rule.reject_noun_modifier and ctx.modifies_noun(start, end):
        return False
    if rule.reject_nouns and ctx.is_noun(start, end):
        return False
    if rule.modal_before_verb and not modal_before_verb(ctx._tokens(start, end)):
        return False
    if rule.reject_title_case and any(w[:1].isupper() for w in ctx.text[start:end].split()[1:]):
        return False
    if rule.reject_relative_clause and ctx.has_relative_clause(start, end):
        return False
    month = groups.get("month")
    if month and month.lower() in ctx.g.ambiguous_months:
        if not month[0].isupper():  # "may", "march" as verbs
            return False
        word = ctx._tokens(m.start("month"), m.end("month"))
        if word is not None and len(word) == 1 and word[0].tag_ == "MD":  # 'Gates 7 and 8 May open'
            return False
        if rule.bare_month and not (
            groups.get("rel")
            or ctx.cue_before(m.start("month"))
            or ctx.overlaps_entity(start, end, DATE_LABELS)
        ):
            return False
    return True


def _modifier(ctx: _DocContext, res: Resolved, start: int) -> tuple[int, str | None]:
    """(start, mod): a position word before the date enters the span and sets START/MID/END;
    a signal word ('since', 'before') sets the mod and stays out."""
    g, low = ctx.g, ctx.low
    if res.type in ("DATE", "TIME") and res.value not in REF_VALUES:
        pm = g.position_prefix.search(low, max(0, start - 25), start)
        if pm and (pm.group("hyphen") or pm.group("pos") not in g.hyphen_only_positions):
            mod = g.position_mods[" ".join(pm.group("pos").split())]
            # 'the late-November meeting': 'the' is the noun's; 'the mid-1990s': the decade's
            adjective = pm.group("the") and pm.group("hyphen") and not DECADE.fullmatch(res.value)
            return (pm.start("pos") if adjective else pm.start()), mod
    sm = g.signal_prefix.search(low, max(0, start - 20), start)
    if sm:
        signal = g.signals[" ".join(sm.group("sig").split())]
        if res.type in signal["types"]:  # 'nearly', 'at least' enter the span; 'since' not
            return (sm.start() if signal.get("in_span") else start), signal["mod"]
    return start, res.mod


def _approx_suffix(
    ctx: _DocContext, res: Resolved, end: int, mod: str | None
) -> tuple[int, str | None]:
    """(end, mod): 'a month or so' enters the span and is APPROX (span.approx_suffix)."""
    if res.type not in ("DATE", "DURATION") or res.value in REF_VALUES:
        return end, mod
    m = ctx.g.approx_suffix.match(ctx.low, end)
    if m is None:
        return end, mod
    return m.end(), ctx.g.approximate_suffixes[" ".join(m.group("sfx").split())]


def _ner_fallback(ctx: _DocContext, taken: bytearray) -> list[dict[str, Any]]:
    """spaCy DATE entities that no rule matched, if dateutil can read them."""
    out = []
    for s, e, label in ctx.ents:
        if label != "DATE" or any(taken[s:e]):
            continue
        raw = ctx.text[s:e]
        stripped = raw.strip(TRIM_CHARS)
        if not stripped:
            continue
        s2 = s + raw.index(stripped)
        e2 = s2 + len(stripped)
        parsed = dateutil_fallback(stripped)
        if parsed is None:
            continue
        taken[s2:e2] = b"\x01" * (e2 - s2)
        out.append(
            {
                "start": s2,
                "end": e2,
                "type": "DATE",
                "value": parsed[0],
                "mod": None,
                "anchor": None,
                "rule_id": "date.ner_dateutil",
                "prio": len(ctx.g.rules),
            }
        )
    return out


def _extend_part_of_day(ctx: _DocContext, cand: dict[str, Any], taken: bytearray) -> None:
    """'Monday' + ' morning' -> TIME '2024-09-30TMO'."""
    if cand["type"] != "DATE" or not is_day_value(cand["value"]):
        return
    m = ctx.g.pod_suffix.match(ctx.low, cand["end"])
    if not m or any(taken[m.start() : m.end()]):
        return
    taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    cand["end"] = m.end()
    cand["type"] = "TIME"
    cand["value"] = with_part_of_day(cand["value"], ctx.g.parts_of_day[m.group("pod")])


def _add_parts_of_day(chosen: list[dict[str, Any]]) -> None:
    """'the next morning' -> TIME '2020-03-04TMO', once its day is resolved."""
    for c in chosen:
        if c.get("pod") and is_day_value(c["value"]):
            c["type"], c["value"] = "TIME", with_part_of_day(c["value"], c["pod"])
