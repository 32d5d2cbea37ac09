"""The structure stage on a spaCy pipeline: a tokenizer that hands the parser the text with
soft line breaks as spaces, and a component that turns paragraphs into sentence bounds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from pipeline.doctext import doc_text, remember_text
from pipeline.rules import load_data
from pipeline.structure.blocks import no_entity_spans
from pipeline.structure.document import analyse
from pipeline.structure.layout import LAYOUT_DATA_VERSION
from pipeline.structure.reading import reading_doc, restore


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


# emoticons of the tokenizer's exceptions that in news are a bracket and a colon: a label's
# note ("SEN. ROWE (D-Ohio): ...") ends with one, and its colon must be a token of its own
NOT_EMOTICONS = ("):",)


def wrap_tokenizer(nlp: Language) -> None:
    """Give a pipeline the layout-aware tokenizer (once)."""
    if not isinstance(nlp.tokenizer, LayoutTokenizer):
        rules = nlp.tokenizer.rules or {}
        if any(mark in rules for mark in NOT_EMOTICONS):
            nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in NOT_EMOTICONS}
        split_glued_quotes(nlp.tokenizer)
        nlp.tokenizer = LayoutTokenizer(nlp.tokenizer)


def split_glued_quotes(tokenizer: Any) -> None:
    """Rule structure.glued_quote: a quote mark glued to the next word after a comma or a
    sentence's end ('“A,”Ana Ruiz said', 'said.“B') is cut from both, as is the comma or
    stop; the model's infixes keep 'town,”Ana' one word, and the speaker's name is lost."""
    glued = load_data("structure", "layout.json", LAYOUT_DATA_VERSION)["glued_quote_infixes"]
    current = getattr(tokenizer.infix_finditer, "__self__", None)
    patterns = [*([current.pattern] if current is not None else []), *glued]
    tokenizer.infix_finditer = re.compile("|".join(patterns)).finditer


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
        # the lead after a dateline is a sentence of its own: parsed with the dateline, its
        # subject hangs on the place name ("NAIROBI, Kenya (AP) — Kenya's minister said")
        leads = [b["end"] for b in layout["blocks"] if _long_dateline(doc, b)]
        starts += [b["end"] for b in layout["blocks"] if b["kind"] == "stamp"]  # "13:05 — X"
        mark_sentence_starts(doc, starts + leads, layout.get("joins", []))
        join_lead_word(doc, leads)
        questions = [t for t in layout["turns"] if t["rule_id"] == "structure.turn_question"]
        block_entities(doc, layout["blocks"], questions)
        bullets = [b["start"] for b in layout["blocks"] if b["kind"] == "bullet"]
        join_to_bullet_mark(doc, bullets)
        if doc._.published is None:
            dated = [b["date"] for b in layout["blocks"] if b["kind"] == "dateline"]
            if dated and dated[0]:
                doc._.published = dated[0]
        joined = sentence_start_tokens(doc, layout.get("joins", []))
        return reading_doc(doc, layout.get("soft_breaks", []), joined)


class LayoutRestorer(Pipe):
    """After the model: the Doc of the original layout, with the annotations the model gave
    the plain reading of its words (`structure.reading`)."""

    def __init__(self, nlp: Language, name: str = "claims_layout_restore") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return restore(doc)


def block_entities(doc: Doc, blocks: list[dict], questions: list[dict]) -> None:
    """Tell the entity recognizer that no entity lies in the blocks that are never body,
    nor on a question's "Q" label ("Q    Nakakuki of Kyodo News" is no person "Q Nakakuki")."""
    spans = no_entity_spans(blocks)
    spans += [(t["label_start"], t["label_end"]) for t in questions]
    blocked = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    if blocked:
        blocked = [span for span in blocked if span is not None]
        doc.set_ents([], blocked=blocked, default="unmodified")  # other tokens stay unset


def mark_sentence_starts(doc: Doc, char_starts: Iterable[int], joins: Iterable[int] = ()) -> None:
    """The first non-space token at or after each start offset starts a sentence; the one
    at each join goes on with the sentence before (the parser splits at the whitespace token
    that a wide soft break leaves)."""
    values = {i: -1 for i in sentence_start_tokens(doc, joins)}
    values.update({i: 1 for i in sentence_start_tokens(doc, char_starts)})
    set_sentence_starts(doc, values)


def sentence_start_tokens(doc: Doc, char_starts: Iterable[int]) -> list[int]:
    out = []
    for i in _token_indices(doc, char_starts):
        while i < len(doc) and doc[i].is_space:
            i += 1
        if 0 < i < len(doc):
            out.append(i)
    return out


def _long_dateline(doc: Doc, block: dict) -> bool:
    """A dateline with more than its place ("NAIROBI, Kenya (AP) —", "LIMA, June 2 —"):
    the parser hangs the lead's subject on it. After a bare place ("WARSAW - The Interior
    Ministry") the entity recognizer needs the two together, and the actor stage trims the
    place off the name it finds."""
    if block["kind"] != "dateline":
        return False
    written = doc_text(doc)[block["start"] : block["end"]]
    return "," in written or "(" in written


def join_lead_word(doc: Doc, char_starts: Iterable[int]) -> None:
    """A lead's first word and the next one stay in one sentence: the parser, told that the
    lead starts a sentence, may split a name there ("OSLO - Lars | Holm said")."""
    firsts = sentence_start_tokens(doc, char_starts)
    set_sentence_starts(doc, {i + 1: -1 for i in firsts if i + 1 < len(doc)})


def join_to_bullet_mark(doc: Doc, char_starts: Iterable[int]) -> None:
    """A bullet's mark ("*", "2.") and its first word stay in one sentence."""
    set_sentence_starts(doc, {i: -1 for i in bullet_word_tokens(doc, char_starts)})


def bullet_word_tokens(doc: Doc, char_starts: Iterable[int]) -> list[int]:
    out = []
    for i in _token_indices(doc, char_starts):
        while i + 1 < len(doc) and (doc[i + 1].is_space or doc[i + 1].is_punct):
            i += 1  # a mark of several tokens ("2", ".") or spaces after it
        if i + 1 < len(doc):
            out.append(i + 1)
    return out


def _token_indices(doc: Doc, char_starts: Iterable[int]) -> list[int]:
    """The first token at or after each character offset."""
    chars = numpy.fromiter(char_starts, dtype="int64")
    return numpy.searchsorted(doc.to_array(IDX), chars).tolist() if len(chars) else []


def set_sentence_starts(doc: Doc, values: dict[int, int]) -> None:
    """Set several tokens' sentence-start flags (1 starts, -1 continues) in one write: the
    Token setter scans the whole Doc on every call."""
    if not values:
        return
    if doc.has_annotation("DEP"):  # as the Token setter: a parse fixes the sentences
        raise ValueError("sentence starts can only be set before the parser")
    flags = doc.to_array(SENT_START).astype("int32")
    for i, value in values.items():
        flags[i] = value
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
