"""A headline in title case that reports an act of saying or taking a side: "Senator Ruiz
Endorses Mayor Lopez", "Council Just Rejected Harbour Plan", "Ruiz Calls On Lopez To Resign".
The parser reads the capitalised verb as a name, so the frames of the other families
find nothing; here a capitalised word whose plain form is a cue verb (the curated cues
or the object verbs, by the model's lemmatizer; not an act such as "Signs", "Names",
"Meets": headlines.json `stop_verbs`), after a run of capitalised words and before more,
is the cue: the words before it name the speaker, the words after it (past a particle) to
the end of the headline are the content. A past form with no adverb before it is a
passive ("Smith Named Chief Executive"), and a word that makes a name with the one before
it, as the story's text spells it ("United States"), no verb. The labels
family calls `find_headline_reports`; the layout keeps a headline's claim when cue and
content are both in it (layout_rules.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.claims.build import Claim, reported_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.frames import lemma_entry
from pipeline.claims.speakers import actor_like, speaker_row
from pipeline.claims.view import DocView
from pipeline.nlp import DEFAULT_MODEL
from pipeline.rules import load_data

PATTERN = "headline_report"
PATTERNS = (PATTERN,)


# the tags of a word of a name or a noun phrase in a headline
NAME_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PUNCT", "CCONJ"}


@cache
def headline_words() -> dict[str, frozenset[str]]:
    """patterns/headlines.json, its lists as sets."""
    data = load_data("claims", "headlines.json", 1)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


def find_headline_reports(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    claims: list[Claim] = []
    layout = view.doc._.layout or {}
    for block in (b for b in layout.get("blocks", []) if b["kind"] == "headline"):
        if any(a < block["end"] and block["start"] < b for a, b in claimed.speech_ranges):
            continue  # a claim found in it already: the parse read it
        span = view.doc.char_span(block["start"], block["end"], alignment_mode="contract")
        if span is None or not _title_case(span):
            continue
        found = _report(view, span)
        if found is None:
            continue
        cue, lemma, speaker, particle, a, b = found
        entry = {**lemma_entry(view.lex, lemma), "lemma": lemma}  # the verb's, not the name's
        made = reported_claim(view, PATTERN, cue, entry, speaker, a, b, particle)
        if made is not None:
            claim, cs, ce = made
            claimed = claimed.use_cue(cue.i).add_speech(cs, ce)
            claims.append(claim)
    return claims, claimed


def _title_case(span: Span) -> bool:
    """Most words capitalised: a headline in title case (not "Mayor backs harbour plan")."""
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _report(view: DocView, span: Span) -> tuple[Token, str, dict, Token | None, int, int] | None:
    """(cue, its lemma, speaker, particle, first and last token of the content) of the
    headline's first clause, or None."""
    words = headline_words()
    lex = view.lex
    verbs = lex.cue_lemmas | lex.object_verbs
    start = span.start
    colon = next((t for t in span if t.text == ":"), None)
    if colon is not None:  # "Poll: Ruiz Backs Lopez": the words after the label
        start = colon.i + 1
    for tok in view.doc[start + 1 : span.end]:
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "VERB"):
            if tok.is_punct or tok.pos_ == "ADP":
                return None  # the subject's run ends: no cue right after a name
            continue
        if _stop_verb(tok, words["stop_verbs"]):
            return None  # "Fed Holds Rates Steady": the headline's verb is an act
        lemma = _cue_lemma(tok, verbs)
        if lemma is None or _inside_name(tok):
            continue
        subject = [t for t in view.doc[start : tok.i] if t.lower_ not in words["adverbs"]]
        if not subject or not all(_name_word(t) for t in subject):
            return None  # "If Ruiz Says It", "Ruiz Got More Votes": no name before the cue
        nxt = view.doc[tok.i + 1] if tok.i + 1 < span.end else None
        if _passive(view, tok, words):
            return None  # "Mayor Forced to Resign", "Smith Named Chief Executive"
        if _makes_name(view, span, view.doc[tok.i - 1], tok):
            continue  # "United States Agrees To Talks": a name, no verb
        speaker = speaker_row(view, subject[0].idx, subject[-1].idx + len(subject[-1]))
        if not _named_actor(view, speaker):
            return None
        particle = nxt if nxt is not None and nxt.lower_ in words["particles"] else None
        first = tok.i + 1 + (particle is not None)
        last = span.end - 1
        while last >= first and view.doc[last].is_punct:
            last -= 1
        return (tok, lemma, speaker, particle, first, last) if last >= first else None
    return None


def _inside_name(tok: Token) -> bool:
    """A word joined to the next one by a hyphen ("United States-Peru Accord"): part of a
    name, no verb. (The entity tags do not tell: in a title-case headline the tagger runs
    a name on over the verb.)"""
    return not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.nbor().text in "-–—"


def _named_actor(view: DocView, speaker: dict | None) -> bool:
    """An actor the actor stage found, or an acronym ("FDIC"): in a title-case headline
    every word looks like a name ("Storm Threatens Coastal Towns")."""
    if speaker is None or not actor_like(view, speaker):
        return False
    return speaker.get("actor_id") is not None or speaker["text"].isupper()


def _name_word(tok: Token) -> bool:
    """A word of a name or a noun phrase in a headline: capitalised, or a mark."""
    return tok.pos_ in NAME_POS and (tok.text[:1].isupper() or tok.is_punct or tok.pos_ == "PART")


def _passive(view: DocView, tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """A past form with no adverb before it: a headline's past is a passive ("Smith Named
    Chief Executive", "Mayor Forced To Resign"); "Council Just Rejected Plan" reports."""
    if not tok.lower_.endswith(("ed", "en")) and tok.tag_ != "VBN":
        return False
    return view.doc[tok.i - 1].lower_ not in words["adverbs"]


def _makes_name(view: DocView, span: Span, prev: Token, tok: Token) -> bool:
    """The word and the one before it, as the story's text outside the headline spells
    them ("United States"): a name."""
    name = f"{prev.text} {tok.text}"
    text = view.text
    return name in text[: span.start_char] or name in text[span.end_char :]


@cache
def model_lemmatizer(vocab: Vocab) -> EnglishLemmatizer | None:
    """The model's rule lemmatizer, its tables read from the installed model."""
    try:
        root = Path(spacy.util.get_package_path(DEFAULT_MODEL))
    except (ImportError, OSError):
        return None
    tables = next(root.glob("*/lemmatizer/lookups"), None)
    if tables is None:
        return None
    lemmatizer = EnglishLemmatizer(vocab, None, mode="rule")
    lemmatizer.lookups = Lookups().from_disk(tables)
    return lemmatizer


def _verb_lemmas(tok: Token) -> list[str]:
    """The lemmas of a capitalised word read as an inflected verb ("Endorses" -> endorse,
    "Rejected" -> reject); none for a plain form or a gerund, a noun in a headline
    ("Backing Of Dock Workers")."""
    lemmatizer = model_lemmatizer(tok.doc.vocab)
    if lemmatizer is None or tok.lower_.endswith("ing"):
        return []
    word = Doc(tok.doc.vocab, words=[tok.lower_], pos=["VERB"])[0]
    return [lemma for lemma in lemmatizer.rule_lemmatize(word) if lemma != tok.lower_]


def _stop_verb(tok: Token, stop: frozenset[str]) -> bool:
    return any(lemma in stop for lemma in _verb_lemmas(tok))


def _cue_lemma(tok: Token, verbs: frozenset[str]) -> str | None:
    """The verb lemma of a capitalised word when it is one of `verbs`, else None."""
    return next((lemma for lemma in _verb_lemmas(tok) if lemma in verbs), None)
