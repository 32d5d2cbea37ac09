"""Cataphora: a speaker named after its cue ("..., said Anna Kovacs, a spokeswoman for the
ministry"; "..., said the foreign ministry"). For the claims stage, which finds the cue:
`speaker_after_cue(doc, cue_start, cue_end)` gives the characters of that speaker, to be
resolved by `resolve_speaker` like any other (rule actor.speaker.cataphora)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.actors.arrays import token_sentence_bounds
from pipeline.actors.describe import entry_for
from pipeline.actors.words import default_words
from pipeline.doctext import doc_text
from pipeline.rules import rule

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# after the cue the parser may take the inverted subject for an object
INVERTED_DEPS = (*SUBJECT_DEPS, "dobj", "npadvmod", "attr")
MAX_GAP = 2  # tokens between the cue and the speaker ("said on Monday X" is not one)
TOLD = ("tell",)  # verbs whose object after a quote is whom it is said to


def speaker_after_cue(doc: Doc, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """The char span of the speaker named right after the cue, or None."""
    cue = doc.char_span(cue_start, cue_end, alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    verb = cue.root
    if not _after_content(doc, cue.start):
        return None
    mention = _mention_after(doc, cue.end)
    if mention is not None:
        opens = _opens_clause(doc[cue.end], verb) and not _set_off(doc[cue.end])
        return None if opens else mention
    for child in verb.rights:
        if child.dep_ not in INVERTED_DEPS or child.i - cue.end >= MAX_GAP + 3:
            continue
        if child.dep_ == "npadvmod" and any(o.dep_ in ("dobj", "dative") for o in verb.rights):
            break  # "Thank you, Joe": a name beside the cue's object is whom it is told
        someone = child.pos_ == "PROPN" or entry_for(child) is not None
        if (someone or _quote_tag_noun(doc, cue.start, child)) and not _dated(child):
            first = child.left_edge
            if first.i - cue.end > MAX_GAP:
                return None
            last = doc[child.i]
            return first.idx, last.idx + len(last)
    return _phrase_set_off(doc, cue.end)


PHRASE_LEFTS = ("det", "amod", "compound", "poss", "nummod")


def _phrase_set_off(doc: Doc, end: int) -> tuple[int, int] | None:
    """'"...," said a dock worker, who gave no name', 'Pleaded Quist: "..."': someone
    named right after the cue and set off by a comma, a colon or the sentence's end, which
    the parser hung on the clause that follows it (or took for the cue's object or an
    adverb, or the cue for its modifier)."""
    k = end
    while k < len(doc) and k - end < MAX_GAP + 2 and doc[k].dep_ in PHRASE_LEFTS:
        k += 1
    if k >= len(doc) - 1 or doc[k + 1].text not in (",", ".", "?", "!", ":"):
        return None
    head = doc[k]
    return (doc[end].idx, head.idx + len(head)) if _someone(head) else None


def _dated(tok) -> bool:
    """'"...," said Tuesday.': a date is no speaker."""
    doc = tok.doc
    dates = getattr(doc._, "dates", None) if doc.has_extension("dates") else None
    return tok.ent_type_ in ("DATE", "TIME") or any(
        d["start"] <= tok.idx < d["end"] for d in dates or []
    )


def _someone(tok) -> bool:
    """A name, a person noun, a noun a "who" clause follows, a capitalised word the
    tagger took for something else ("said Skelly,"), or "one"/"another"."""
    doc = tok.doc
    if tok.lower_ in default_words().cataphoric_pronouns:
        return True
    if _dated(tok):
        return False
    if tok.pos_ == "PROPN" or (entry_for(tok) or {}).get("kind") == "person":
        return True
    who = tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "who"
    titled = (
        tok.is_title
        and not tok.ent_type_
        and tok.i > token_sentence_bounds(tok)[0]  # not the sentence's first word
        and not tok.is_stop
    )
    return (tok.pos_ == "NOUN" and who) or (titled and tok.pos_ in ("ADV", "NOUN", "ADJ"))


def _after_content(doc: Doc, first: int) -> bool:
    """A speaker named after the cue follows a cue set after its content ('"...," said X',
    '..., said X') or opening the sentence ('Said X: ...'); after any other cue the name is
    its object ('X accused Y of ...', 'X told Y that ...')."""
    k = first - 1
    start = token_sentence_bounds(doc[first])[0]  # by bisection: `.sent` walks the tokens
    while k >= start and doc[k].dep_ in ("advmod", "neg", "aux"):
        k -= 1
    return k < start or doc[k].is_punct


def _quote_tag_noun(doc: Doc, first: int, tok) -> bool:
    """'"...," tweeted a user from Lima': any noun right after a verb that follows a quote
    and its comma is the verb's inverted subject (not after "told": its object is whom
    it is told)."""
    start = token_sentence_bounds(doc[first])[0]  # by bisection: `.sent` walks the tokens
    k = first - 1
    while k > start and doc[k].dep_ in ("advmod", "neg", "aux"):
        k -= 1
    if k < start:
        return False
    quoted = doc[k].is_quote or (doc[k].text == "," and k > 0 and doc[k - 1].is_quote)
    return quoted and tok.pos_ == "NOUN" and doc[first].lemma_.lower() not in TOLD


def _opens_clause(tok, verb) -> bool:
    """ "..., X believes Ruiz has been ...": a name that opens the cue's clause object is
    the content's subject, not an inverted speaker."""
    return any(t.dep_ in ("ccomp", "xcomp") and t.head.i == verb.i for t in (tok, *tok.ancestors))


def _set_off(tok) -> bool:
    """ "The deal, said Ruiz and others, would be clear": a name closed off by a comma
    (with what is coordinated with it) is the inverted speaker, though the parser made it
    the subject of the clause after it."""
    conj = [t for t in tok.children if t.dep_ == "conj"]
    last = max([tok, *(c.right_edge for c in conj)], key=lambda t: t.i)
    doc = tok.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].text == ","


def _mention_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """An actor mention (person, organisation, state) starting right after token `end`."""
    if end >= len(doc):
        return None
    at = doc[end].idx
    mentions = getattr(doc._, "actor_mentions", None) or []
    for m in mentions:
        if m["start"] == at and m.get("label") in ("PERSON", "ORG", "GPE"):
            return m["start"], m["end"]
    return None


def cataphoric_speaker(doc: Doc, cue_start: int, cue_end: int) -> dict | None:
    """The speaker row (text, start, end and the resolved actor) of a speaker named right
    after the cue, marked as found by cataphora, or None."""
    from pipeline.actors.resolve import resolve_speaker

    found = speaker_after_cue(doc, cue_start, cue_end)
    if found is None:
        return None
    start, end = found
    res = resolve_speaker(doc, start, end) or {"actor_id": None, "name": doc_text(doc)[start:end]}
    rule_id = "actor.speaker.cataphora"
    conf = min(res.get("confidence", 1.0), rule(rule_id).confidence)
    return {
        "text": doc_text(doc)[start:end], "start": start, "end": end, **res,
        "found_by": rule_id, "confidence": conf,
    }  # fmt: skip
