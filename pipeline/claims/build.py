"""Building a claim: the `Claim` dataclass and `make_claim`, which turns a rule's match (cue,
speaker, content range) into a claim with its stance, negation, modality, date, sentence,
targets and explained confidence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from pipeline.actors import subjects
from pipeline.actors.arrays import token_sentence_bounds
from pipeline.claims import stance as st
from pipeline.claims.spans import token_range_chars, trim_chars
from pipeline.claims.view import DocView, char_tokens, reported_kind
from pipeline.dates.claim_context import DATED_BASES
from pipeline.dates.date_tagger import claim_date
from pipeline.rules import Explanation

TARGET_FIELDS = ("actor_id", "name", "country")  # a target's fields besides text and offsets
# per lexicon: (the lexicon, the words that can give content a modality); a content with
# none of them is scored without a Token attribute read
_MODAL_WORDS: dict[int, tuple[Any, frozenset[str]]] = {}


@dataclass
class Claim:
    """One claim; `to_row()` gives the contract's row (without the ids the run adds)."""

    kind: str
    speaker: dict | None
    cue: dict
    content: dict
    targets: list[dict]
    stance: dict
    negated: bool
    modality: str
    date: dict | None
    sentence: dict
    explanation: Explanation

    @property
    def rule_id(self) -> str:
        return self.explanation.rule_id

    def sort_key(self) -> tuple[int, int, int]:
        return self.content["start"], self.cue["start"], self.content["end"]

    def to_row(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "speaker": self.speaker,
            "cue": self.cue,
            "content": self.content,
            "targets": self.targets,
            "stance": self.stance,
            "negated": self.negated,
            "modality": self.modality,
            "date": self.date,
            "sentence": self.sentence,
            "confidence": self.explanation.confidence,
            "rule_id": self.rule_id,
            "confidence_trail": self.explanation.as_row(),
        }


def reported_claim(
    view: DocView,
    pattern: str,
    cue: Token,
    entry: dict,
    speaker: dict | None,
    a: int,
    b: int,
    particle: Token | None = None,
) -> tuple[Claim, int, int] | None:
    """A family's claim whose content runs from token `a` to token `b` and that no quote
    frames: its kind read from the content ("mixed" or "indirect"), its rule the one
    `pattern` has for that kind. With the content's chars, which the family marks as
    speech; None when the content is empty or `make_claim` makes nothing."""
    cs, ce = token_range_chars(view, a, b)
    if ce <= cs:
        return None
    kind = reported_kind(view, cs, ce)
    rule_id = view.rules.rule_for(pattern, kind)
    claim = make_claim(view, kind, rule_id, cue, entry, speaker, cs, ce, particle=particle)
    return None if claim is None else (claim, cs, ce)


def make_claim(
    view: DocView,
    kind: str,
    rule_id: str,
    cue: Token,
    entry: dict,
    speaker: dict | None,
    cs: int,
    ce: int,
    *,
    particle: Token | None = None,
    score: float | None = None,
    negated: bool | None = None,
    target_range: tuple[int, int] | None = None,
    cue_end: Token | None = None,
) -> Claim | None:
    """The claim of `rule_id` for cue `cue` and content chars [cs, ce), or None when the
    trimmed content is empty. `score`/`negated` come preset from the stance rules."""
    text = view.text
    explanation = view.rules.explain(rule_id)  # raises for an undeclared id
    if _asked(view, cue) and (
        entry.get("category") in subjects.ASKED_CATEGORIES or _in_press_turn(view, cue)
    ):
        return None  # "Does the President think the sanctions will work?" claims nothing
    cs, ce = trim_chars(text, cs, ce)
    if ce <= cs:
        return None
    if kind != "stance" and _speaker_in_content(speaker, cue, cs, ce):
        cs, ce, speaker = subjects.content_before_speaker(view.doc, text, cs, ce, cue.idx, speaker)
        if ce <= cs:
            return None
    q_start, q_end, lemma = cue_span(cue, entry, particle, cue_end)
    content = content_range(view, cs, ce)
    score, negated = _stance_score(view, cue, entry, content, cs, ce, score, negated)
    category = entry.get("category", "statement")
    return Claim(
        kind=kind,
        speaker=dict(speaker) if speaker else None,
        cue={
            "text": text[q_start:q_end],
            "start": q_start,
            "end": q_end,
            "lemma": lemma,
            "category": category,
        },
        content={"text": text[cs:ce], "start": cs, "end": ce},
        targets=targets(view, cs, ce, speaker, target_range),
        stance={"polarity": st.label(score), "category": category, "score": score},
        negated=bool(negated),
        modality=_modality(view, rule_id, entry, content, cue),
        date=_date(view, kind, (cs, ce), (q_start, q_end), speaker, cue),
        sentence=_sentence(view, cue, cs, ce),
        explanation=_adjust_for_speaker(view, explanation, speaker),
    )


def _asked(view: DocView, cue: Token) -> bool:
    """`subjects.asked`, ruled out first where no "?" follows the cue in its sentence."""
    end = token_sentence_bounds(cue)[1]
    end_char = view.tok_starts[end] if end < len(view.tok_starts) else len(view.text)
    return "?" in view.text[cue.idx : end_char] and subjects.asked(cue)


def _speaker_in_content(speaker: dict | None, cue: Token, cs: int, ce: int) -> bool:
    """Does the speaker overlap the content, the cue outside it? (A speech tag set inside
    its content keeps its speaker.)"""
    if speaker is None or not (speaker["start"] < ce and speaker["end"] > cs):
        return False
    return not cs <= cue.idx < ce


def _in_press_turn(view: DocView, cue: Token) -> bool:
    """Is the cue inside a transcript turn of the press (a reporter's question)?"""
    layout = getattr(view.doc._, "layout", None) if view.doc.has_extension("layout") else None
    turns = (layout or {}).get("turns") or []
    return any(t["kind"] == "press" and t["start"] <= cue.idx < t["end"] for t in turns)


def cue_span(
    cue: Token, entry: dict, particle: Token | None, cue_end: Token | None
) -> tuple[int, int, str]:
    """The cue's chars and lemma: the verb, plus an adjacent particle ("called for",
    "according to") or, for a light-verb cue, up to its preposition ("took a hard line on")."""
    q_start, q_end = cue.idx, cue.idx + len(cue.text)
    lemma = entry.get("lemma") or cue.lemma_.lower()
    if particle is not None and _next_word(cue, particle):
        q_end = particle.idx + len(particle.text)
        if " " not in lemma:
            lemma = f"{lemma} {particle.lower_}"
    if cue_end is not None:
        q_end = cue_end.idx + len(cue_end.text)
        lemma = f"{lemma} {cue_end.head.lemma_.lower()} {cue_end.lower_}"
    return q_start, q_end, lemma


def _next_word(cue: Token, word: Token) -> bool:
    """Is `word` the word right after `cue`? A wide line break between them (a CRLF, a
    hanging indent) is a whitespace token of its own."""
    return word.i > cue.i and all(t.is_space for t in cue.doc[cue.i + 1 : word.i])


def content_range(view: DocView, cs: int, ce: int) -> range:
    """The indices of the tokens of chars [cs, ce) (as `spans.tokens_in`); their Tokens are
    made only for the few contents that need them."""
    found = char_tokens(view, cs, ce)
    return range(*found) if found is not None else range(0)


def _stance_score(view, cue, entry, content: range, cs, ce, score, negated):
    """(score, negated) of a speech claim from its cue's prior and its content's words;
    a preset score or negation (stance rules) is kept."""
    lex = view.lex
    if negated is None:
        # `stance.is_negated` of the cue and of the content's roots, read from the view: only
        # a negated token of the content can be a negated root
        heads, starts, negs = view.tok_heads, view.tok_starts, view.negated_tokens
        cue_negated = bool(_within(negs, range(cue.i, cue.i + 1)))
        negated = cue_negated or any(
            heads[i] == i or not cs <= starts[heads[i]] < ce for i in _within(negs, content)
        )
    else:
        cue_negated = negated
    if score is None:
        # the content's words that can have a polarity, read from the view: no other word
        # changes the sum, and a content with none sums to 0.0
        marked = _within(view.polar_tokens, content)
        total = (
            st.marked_polarity([view.tokens[i] for i in marked], content, lex) if marked else 0.0
        )
        score = st.speech_score(float(entry.get("polarity") or 0.0), total, cue_negated)
    return score, negated


def _within(indices: tuple[int, ...], content: range) -> tuple[int, ...]:
    """The sorted token `indices` that lie in `content`."""
    lo = bisect.bisect_left(indices, content.start)
    return indices[lo : bisect.bisect_left(indices, content.stop, lo)]


def _modality(view: DocView, rule_id: str, entry: dict, content: range, cue: Token) -> str:
    # a content with no marker word adds nothing to what the cue's modifiers say
    words = _modal_words(view.lex)
    toks = _modal_tokens(view, content, words) if _has_word(view, content, words) else []
    mod = st.modality(toks, cue, view.lex)
    rules = view.rules
    if (
        mod == "asserted"
        and entry.get("category") in rules.future_categories
        and rule_id in rules.future_rules
    ):
        return "future"  # "X pledged to ...": a commitment is about the future
    return mod


def _modal_words(lex: Any) -> frozenset[str]:
    """The words (lower forms or lemmas) without which the content's tokens change nothing
    in `stance.modality`."""
    known = _MODAL_WORDS.get(id(lex))
    if known is None or known[0] is not lex:
        modal = lex.conditional_markers | lex.hedges | lex.future_markers | {"going"}
        known = _MODAL_WORDS[id(lex)] = (lex, frozenset(modal))
    return known[1]


def _modal_tokens(view: DocView, content: range, words: frozenset[str]) -> list[Token]:
    """The content's tokens that `stance.modality` reads, in order: its words in `words`
    and the two after a "going" ("going to say"); no other token changes its answer."""
    lowers, lemmas = view.lowers, view.lemmas
    keep = [i for i in content if lowers[i] in words or lemmas[i].lower() in words]
    going = [j for i in keep if lowers[i] == "going" for j in (i + 1, i + 2) if j in content]
    return [view.tokens[i] for i in sorted({*keep, *going})]


def _has_word(view: DocView, content: range, words: frozenset[str]) -> bool:
    """Is a token's lower form or lower-case lemma one of `words` (read from the view)?"""
    a, b = content.start, content.stop
    lemmas = view.lemmas[a:b]
    return not words.isdisjoint(view.lowers[a:b]) or not words.isdisjoint(map(str.lower, lemmas))


def _sentence(view: DocView, cue: Token, cs: int, ce: int) -> dict:
    """The sentences that hold the cue and the content."""
    cue_sent = view.sent_of(cue)
    s_start = min(cue_sent.start_char, _sent_at(view, cs).start_char)
    s_end = max(cue_sent.end_char, _sent_at(view, ce - 1).end_char)
    s_start, s_end = trim_chars(view.text, s_start, s_end)
    return {"start": s_start, "end": s_end}


def _sent_at(view: DocView, c: int) -> Span:
    """`spans.sent_of_char`: the sentence of the token at char `c`, the first sentence for
    the space right after a token (where the expanded char span is empty)."""
    found = char_tokens(view, c, c + 1)
    if found is None or found[1] <= found[0]:
        return view.sents[0]
    return view.sents[view.tok_sent[found[0]]]


def _date(
    view: DocView,
    kind: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    speaker: dict | None,
    cue_token: Token,
) -> dict | None:
    """The claim's date from its clause and the discourse (pipeline.dates.claim_dates): the
    content's offsets keep what is reported from dating a speech, the cue gives the tense,
    the speaker links it to their earlier dated claims. (The Doc's attributes are read once
    per view; a cue of one token is handed over rather than found again by its chars.)"""
    one_token = cue == (cue_token.idx, cue_token.idx + len(cue_token.text))
    res = claim_date(
        view.doc,
        *content,
        cue_start=cue[0],
        cue_end=cue[1],
        kind=kind,
        speaker_id=(speaker or {}).get("actor_id"),
        attrs=view.date_attrs,
        cue_token=cue_token if one_token else None,
    )
    return dict(res) if res is not None else None


def date_by_speaker(doc: Doc, rows: list[dict]) -> None:
    """A claim dated only by the publication takes its speaker's last dated claim's date
    (pipeline.dates.claim_dates decides, given the earlier claims in text order). A speaker
    is an actor, or the same definite description ('the minister' ... 'The minister also
    said'): one referent in a story (claim_date.speaker_context)."""
    ordered = sorted(rows, key=lambda r: r["cue"]["start"])
    # Speakers of an earlier claim with a date from the text: a claim whose speaker has
    # none would be dated again as it was (its date came from the same call, without the
    # earlier claims), so only the others are.
    dated: set[str] = set()
    keyed = [{**row, "speaker_id": _speaker_key(row)} for row in ordered]
    for k, row in enumerate(ordered):
        key = _speaker_key(row, any_date=True)
        basis = (row.get("date") or {}).get("basis") or "published"  # undated: as published
        if basis in DATED_BASES and keyed[k]["speaker_id"]:
            dated.add(key)
        if key not in dated or basis != "published":
            continue
        res = claim_date(
            doc,
            row["content"]["start"],
            row["content"]["end"],
            cue_start=row["cue"]["start"],
            cue_end=row["cue"]["end"],
            kind=row.get("kind"),
            speaker_id=key,
            previous_claims=keyed[:k],
        )
        if res is not None:
            row["date"] = keyed[k]["date"] = dict(res)
            if res.get("basis") in DATED_BASES:
                dated.add(key)


def _speaker_key(row: dict, any_date: bool = False) -> str | None:
    """The actor, else a definite description's words ('the minister' -> '~minister'); a
    description passes on only a date its own verb governs (basis explicit), unless
    `any_date` (the key of a claim that may take one)."""
    speaker = row.get("speaker") or {}
    if speaker.get("actor_id"):
        return speaker["actor_id"]
    words = (speaker.get("text") or "").lower().split()
    if len(words) < 2 or words[0] != "the":
        return None
    basis = (row.get("date") or {}).get("basis")
    return "~" + " ".join(words[1:]) if any_date or basis == "explicit" else None


def _adjust_for_speaker(
    view: DocView, explanation: Explanation, speaker: dict | None
) -> Explanation:
    """Less confidence for a claim with no speaker, or one that is no known actor."""
    adjustments = view.rules.adjustments
    if speaker is None:
        name = "speaker_missing"
    elif speaker.get("actor_id") is None:
        name = "speaker_unresolved"
    elif speaker.get("resolved_from") in ("pronoun", "role_noun", "unnamed", "document"):
        name = "speaker_pronoun_or_role"
    else:
        return explanation
    return explanation.adjust(name, adjustments[name])


def targets(
    view: DocView,
    cs: int,
    ce: int,
    speaker: dict | None,
    extra: tuple[int, int] | None = None,
) -> list[dict]:
    """The actors the claim is about: mentions inside the content (and `extra`), but not
    the speaker, nor a state official's own state; a joint speaker's members come first."""
    ranges = [(cs, ce)] + ([extra] if extra else [])
    lo, hi = min(a for a, _ in ranges), max(b for _, b in ranges)
    sp_id = speaker.get("actor_id") if speaker else None
    sp_range = (speaker["start"], speaker["end"]) if speaker else (-1, -1)
    # Joint speakers' claims are about their relation: the members are the targets.
    members = (speaker or {}).get("members") or []
    out = [dict(m) for m in members]
    seen = {m.get("actor_id") or m["text"].lower() for m in members}
    # A state official's claim is not "about" their own state.
    own_state = f"gpe:{speaker['country']}" if speaker and speaker.get("country") else None
    first = bisect.bisect_left(view.mention_starts, lo)  # mentions are in text order
    for m in view.mentions[first:]:
        if m["start"] >= hi:
            break
        if m["end"] > hi or not any(m["start"] < b and m["end"] > a for a, b in ranges):
            continue
        if m["start"] < sp_range[1] and m["end"] > sp_range[0]:
            continue
        key = m.get("actor_id") or m["text"].lower()
        if (sp_id is not None and key == sp_id) or key in seen:
            continue
        if key == own_state and not members:
            continue
        seen.add(key)
        keep = ("text", "start", "end")
        out.append({**{k: m[k] for k in keep}, **{k: m.get(k) for k in TARGET_FIELDS}})
    return out
