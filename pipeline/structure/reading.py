"""The text the model reads: the words of the Doc with its layout's white space made plain.

The Doc keeps the length of the original text, so a wide soft break (a CRLF, a hanging
indent, a hidden bullet mark) and an indented or CRLF paragraph break stay in it as
whitespace tokens, and each such token changes what the tagger, parser and entity
recognizer see around it. `reading_doc` builds a second Doc of the same words in which a
soft break is one space and a paragraph break is plain line breaks, as the same article
written plainly has them; the model annotates that Doc, and `restore` copies its tags,
lemmas, tree and entities back onto the Doc of the original layout, word for word. White
space inside a line (two spaces after a speaker label) is left as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_SPACE,
    LEMMA,
    LENGTH,
    MORPH,
    NORM,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.parts_of_speech import SPACE
from spacy.tokens import Doc, Span

from pipeline.doctext import PerDoc, doc_text

# the Doc of the original layout and, per word of the reading Doc, its token there
_READINGS: PerDoc[tuple[Doc, list[int]]] = PerDoc()
SPACE_TAG, SPACE_DEP = "_SP", "dep"
WRAP = 2**64  # HEAD arrays hold relative offsets as unsigned integers


def plain_gap(gap: str, soft_at: int) -> str:
    """The white space between two words as a plainly written text has it. A soft break
    (at `soft_at` in the gap, else -1), with the indentation after it, is one space; a
    paragraph break keeps its line breaks, a CRLF or a lone CR as one line feed, and an
    indented line after it (or a bullet mark) opens a paragraph after a blank line."""
    if soft_at >= 0:
        return gap[:soft_at] + " "
    if "\n" not in gap and "\r" not in gap:
        return gap  # inside a line: as written
    lf = gap.replace("\r\n", "\n").replace("\r", "\n")
    head, _, tail = lf.rpartition("\n")
    if not tail:
        return lf
    return head + ("\n" if "\n" in head else "\n\n")


def reading_words(doc: Doc, soft_starts: set[int]) -> tuple[list[str], list[bool], list[int]]:
    """The words, trailing spaces and source tokens of the reading Doc (-1: a whitespace
    token of its own), or empty lists when the Doc's white space is plain already."""
    text = doc_text(doc)
    found = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY]).astype("int64")
    kept = numpy.flatnonzero(found[:, 2] == 0)
    if not len(kept):
        return [], [], []  # (white space before the first word stays out of the reading)
    starts = found[kept, 0]
    ends = starts + found[kept, 1]
    gap_ends = numpy.append(starts[1:], len(text))
    plains = _changed_gaps(text, ends, gap_ends, soft_starts)
    if not plains:
        return [], [], []
    # (a word's characters are the original's: marks are spaces)
    words = [text[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    spaces = (found[kept, 3] != 0).tolist()
    source = kept.tolist()
    # Most gaps are the word's own trailing space, or none, and stay as they are: only a
    # gap with whitespace tokens in it, or one that changes, is read as text.
    apart = numpy.flatnonzero(numpy.append(kept[1:], len(doc)) != kept + 1).tolist()
    extras = []  # (gap number, the reading's own whitespace token after that word)
    for k in sorted(plains.keys() | set(apart)):
        plain = plains.get(k, text[int(ends[k]) : int(gap_ends[k])])
        spaces[k] = plain.startswith(" ")
        if spaces[k]:
            plain = plain[1:]
        if plain:
            extras.append((k, plain))
    return _with_extras(words, spaces, source, extras)


def _with_extras(words: list, spaces: list, source: list, extras: list) -> tuple[list, list, list]:
    """The words with a whitespace token of the reading's own after each word of `extras`."""
    if not extras:
        return words, spaces, source
    out_words, out_spaces, out_source = [], [], []
    done = 0
    for k, plain in extras:
        out_words += words[done : k + 1]
        out_spaces += spaces[done : k + 1]
        out_source += source[done : k + 1]
        out_words.append(plain)
        out_spaces.append(False)
        out_source.append(-1)
        done = k + 1
    return out_words + words[done:], out_spaces + spaces[done:], out_source + source[done:]


LINE_BREAK = re.compile(r"[\r\n]")


def _changed_gaps(text: str, ends: numpy.ndarray, gap_ends: numpy.ndarray, soft: set[int]) -> dict:
    """Gap number -> its plain white space, for the gaps between words that `plain_gap`
    changes: only a gap with a line break or a soft break in it can change, so only those
    are looked at (found by bisection over the words' ends)."""
    breaks = sorted({m.start() for m in LINE_BREAK.finditer(text)} | soft)
    gaps = numpy.searchsorted(ends, numpy.array(breaks, dtype="int64"), side="right") - 1
    gaps = numpy.unique(gaps[gaps >= 0])
    softs = sorted(soft)
    plains = {}
    for k, a, b in zip(gaps.tolist(), ends[gaps].tolist(), gap_ends[gaps].tolist(), strict=True):
        gap = text[a:b]
        plain = plain_gap(gap, _first_soft(softs, a, b) - a if softs else -1)
        if plain != gap:
            plains[k] = plain
    return plains


def _first_soft(softs: list[int], a: int, b: int) -> int:
    """The first soft break in [a, b) of the sorted `softs`, else a - 1."""
    at = bisect_left(softs, a)
    return softs[at] if at < len(softs) and softs[at] < b else a - 1


def reading_doc(doc: Doc, soft_breaks: list, joined: list[int]) -> Doc:
    """The Doc the model should annotate: `doc` itself when its white space is plain, else
    a Doc of its words with plain white space, carrying its sentence starts, its blocked
    entities and its extension values (`restore` goes back). The `joined` tokens went on
    with a sentence across a wide break: in the reading the break is one space, and they
    are left to the parser as in a plain text."""
    words, spaces, source = reading_words(doc, {start for start, _ in soft_breaks})
    if not words:
        return doc
    reading = Doc(doc.vocab, words=words, spaces=spaces)
    rows = numpy.array([max(i, 0) for i in source], dtype="int64")
    # the norms too: the tokenizer's exceptions give "n’t" the norm "not", which the
    # model reads
    attrs = [NORM, SENT_START, ENT_IOB, ENT_TYPE]
    flags = doc.to_array(attrs)
    flags[joined, 1] = 0
    values = flags[rows]
    own = numpy.array(source) < 0  # the reading's own whitespace: left to the model
    values[own] = 0
    values[own, 0] = reading.to_array(NORM)[own]
    reading.from_array(attrs, values)
    reading.user_data.update({k: v for k, v in doc.user_data.items() if k[2:] == (None, None)})
    _READINGS.set(reading, (doc, source))
    return reading


def restore(reading: Doc) -> Doc:
    """The Doc of the original layout with the annotations the model gave its reading Doc;
    any other Doc as it is."""
    found = _READINGS.get(reading)
    if found is None:
        return reading
    doc, source = found
    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    read = reading.to_array([*attrs, HEAD])
    values = numpy.zeros((len(doc), len(attrs) + 1), dtype="uint64")
    strings = doc.vocab.strings
    # a whitespace token hangs on the token before it, as the parser's do
    space_tag, space_dep = strings.add(SPACE_TAG), strings.add(SPACE_DEP)
    first = source[0]  # the first word: white space before it hangs on it
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        head = first - i if i < first else WRAP - 1
        values[i] = (space_tag, SPACE, 0, strings.add(doc[i].text), space_dep, head)
    src = numpy.array(source, dtype="int64")
    words = numpy.flatnonzero(src >= 0)  # the reading's words, at their tokens in `doc`
    heads = (numpy.arange(len(reading)) + read[:, 5].astype("int64")) % len(reading)
    target = _target_tokens(src, heads)
    heads = heads[words]
    values[src[words], :5] = read[words, :5]
    # relative, as to_array writes it: a negative offset wraps round as an unsigned integer
    values[src[words], 5] = (target[heads] - src[words]).astype("uint64")
    doc.from_array([*attrs, HEAD], values)
    doc.set_ents(_entities(doc, reading, source), default="outside")
    return doc


def _target_tokens(source: numpy.ndarray, heads: numpy.ndarray) -> numpy.ndarray:
    """Per token of the reading Doc, its token in the original Doc: a whitespace token of
    the reading's own stands for the word it hangs on (or, hung on another such token, for
    the word before it)."""
    target = source.copy()
    for k in numpy.flatnonzero(source < 0).tolist():
        head = heads[k]
        target[k] = source[head] if source[head] >= 0 else source[k - 1]
    return target


def _entities(doc: Doc, reading: Doc, source: list[int]) -> list[Span]:
    """The reading's entities on the original Doc, without a whitespace token of the
    reading's own at an edge."""
    spans = []
    for ent in reading.ents:
        words = [source[k] for k in range(ent.start, ent.end) if source[k] >= 0]
        if words:
            spans.append(Span(doc, words[0], words[-1] + 1, label=ent.label))
    return spans
