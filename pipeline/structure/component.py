"""The structure stage on a spaCy pipeline: a tokenizer that hands the parser the text with
soft line breaks as spaces, and a component that turns paragraphs into sentence bounds."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from pipeline.doctext import remember_text
from pipeline.structure.document import analyse


class LayoutTokenizer:
    """Wraps a pipeline's tokenizer: the Doc's text is the layout's parser text (same length
    as the original, so offsets hold) and `doc._.layout` records the structure found."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        layout = analyse(text)
        parser_text = layout.parser_text(text)
        doc = self.tokenizer(parser_text)
        doc._.layout = layout.as_dict()
        remember_text(doc, parser_text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # to_disk, from_disk, vocab, rules...: the wrapped tokenizer's. Guard the attribute
        # itself so that unpickling (which has no `tokenizer` yet) does not recurse.
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def wrap_tokenizer(nlp: Language) -> None:
    """Give a pipeline the layout-aware tokenizer (once)."""
    if not isinstance(nlp.tokenizer, LayoutTokenizer):
        nlp.tokenizer = LayoutTokenizer(nlp.tokenizer)


class StructureMarker(Pipe):
    """Before the parser: every paragraph, bullet and turn body starts a sentence, and a
    dateline's dated year anchors an article that has no publication date."""

    def __init__(self, nlp: Language, name: str = "claims_structure") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.layout is None:  # a Doc made without the layout tokenizer
            doc._.layout = analyse(doc.text).as_dict()
        layout = doc._.layout
        starts = [start for start, _ in layout["paragraphs"]]
        starts += [turn["label_end"] for turn in layout["turns"]]
        mark_sentence_starts(doc, starts)
        bullets = [b["start"] for b in layout["blocks"] if b["kind"] == "bullet"]
        join_to_bullet_mark(doc, bullets)
        if doc._.published is None:
            dated = [b["date"] for b in layout["blocks"] if b["kind"] == "dateline"]
            if dated and dated[0]:
                doc._.published = dated[0]
        return doc


def mark_sentence_starts(doc: Doc, char_starts: Iterable[int]) -> None:
    """The first non-space token at or after each offset starts a sentence."""
    token_starts = [token.idx for token in doc]
    for char in char_starts:
        i = bisect_left(token_starts, char)
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            doc[i].is_sent_start = True


def join_to_bullet_mark(doc: Doc, char_starts: Iterable[int]) -> None:
    """A bullet's mark ("*", "2.") and its first word stay in one sentence."""
    token_starts = [token.idx for token in doc]
    for char in char_starts:
        i = bisect_left(token_starts, char)
        while i + 1 < len(doc) and (doc[i + 1].is_space or doc[i + 1].is_punct):
            i += 1  # a mark of several tokens ("2", ".") or spaces after it
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = False
