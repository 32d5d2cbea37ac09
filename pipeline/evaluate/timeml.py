"""Score the date stage against TimeML (TempEval-3 style `.tml`) documents.

TimeML texts are not in the corpus, so scoring runs the pipeline itself: each document's
plain TEXT is tagged with `published` set to its creation time (DCT), and the predicted
`doc._.dates` are compared with the gold TIMEX3 tags of the TEXT element (the DCT's own
TIMEX3 is context, not gold). Per document and micro-averaged (counts summed, then divided):

  strict    a gold and a predicted timex match when their offsets are identical.
            P = matched / predicted, R = matched / gold, F1.
  relaxed   they match when their spans share at least one character; one-to-one, greedy,
            largest overlap first. P/R/F1 as above.
  value     attribute F1 as in TempEval-3: a true positive is a relaxed match whose value
            strings are equal; P = correct / predicted, R = correct / gold, F1. (This equals
            value accuracy over relaxed matches times relaxed F1.)
  type      the same with type (DATE / TIME / DURATION / SET).

Gold timexes without text (TimeML's non-consuming TIMEX3s) have no span and are left out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import Counts, greedy_match, prf_cells, score_cell, titled_table

TML_SUFFIX = ".tml"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class TimeMLError(ValueError):
    """A TimeML file or folder cannot be read (not XML, no TEXT element, no .tml files)."""


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timex:
    """A gold TIMEX3 with character offsets into the document's plain text."""

    text: str
    start: int
    end: int
    type: str | None
    value: str | None
    mod: str | None = None
    tid: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TimeMLDoc:
    doc_id: str
    dct: str | None  # YYYY-MM-DD, or None when the file has no usable creation time
    text: str  # the TEXT element with its tags removed and entities unescaped
    timexes: list[Timex]
    path: Path | None = None


def _local(tag: Any) -> str:
    """Tag name without an XML namespace ("{ns}TEXT" -> "TEXT")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _find(root: ET.Element, name: str) -> ET.Element | None:
    return next((el for el in root.iter() if _local(el.tag) == name), None)


def _creation_time(root: ET.Element) -> str | None:
    """The DCT's value cut to YYYY-MM-DD: the TIMEX3 in <DCT>, else any CREATION_TIME one."""
    dct = _find(root, "DCT")
    timex = _find(dct, "TIMEX3") if dct is not None else None
    if timex is None:
        timex = next(
            (
                el
                for el in root.iter()
                if _local(el.tag) == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME"
            ),
            None,
        )
    value = (timex.get("value") or "")[:10] if timex is not None else ""
    return value if _ISO_DAY.fullmatch(value) else None


def _flatten(text_el: ET.Element) -> tuple[str, list[Timex]]:
    """Plain text of `text_el` (every tag removed, its text kept) and its TIMEX3 spans."""
    chunks: list[str] = []
    timexes: list[Timex] = []
    length = 0

    def add(piece: str | None) -> None:
        nonlocal length
        if piece:
            chunks.append(piece)
            length += len(piece)

    def visit(el: ET.Element) -> None:
        start = length
        add(el.text)
        for child in el:
            visit(child)
            add(child.tail)
        if _local(el.tag) == "TIMEX3" and length > start:
            timexes.append(
                Timex(
                    text="".join(chunks)[start:length],
                    start=start,
                    end=length,
                    type=el.get("type"),
                    value=el.get("value"),
                    mod=el.get("mod"),
                    tid=el.get("tid"),
                )
            )

    visit(text_el)
    timexes.sort(key=lambda t: (t.start, t.end))
    return "".join(chunks), timexes


def parse_timeml(source: str | bytes, doc_id: str | None = None) -> TimeMLDoc:
    """Parse the XML of a TimeML document (see `read_timeml`)."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        raise TimeMLError(f"not well-formed TimeML: {error}") from error
    text_el = _find(root, "TEXT")
    if text_el is None:
        raise TimeMLError("TimeML document has no <TEXT> element")
    docid_el = _find(root, "DOCID")
    if docid_el is not None and (docid_el.text or "").strip():
        doc_id = docid_el.text.strip()
    text, timexes = _flatten(text_el)
    return TimeMLDoc(doc_id or "", _creation_time(root), text, timexes)


def read_timeml(path: Path) -> TimeMLDoc:
    """A TempEval-3 style `.tml` file: DOCID (else the file stem), DCT, plain TEXT, gold timexes.

    Tags inside TEXT (EVENT, SIGNAL, ...) are removed keeping their text, at any depth;
    offsets of the gold timexes index that plain text, so `text[start:end] == timex.text`.
    """
    path = Path(path)
    try:
        doc = parse_timeml(path.read_bytes(), doc_id=path.stem)
    except TimeMLError as error:
        raise TimeMLError(f"{path}: {error}") from error
    doc.path = path
    return doc


# --- scores --------------------------------------------------------------------------------


def _overlap(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    if pred.get("start") is None or pred.get("end") is None:
        return 0
    return max(0, min(gold["end"], pred["end"]) - max(gold["start"], pred["start"]))


def _same_span(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float:
    return float(gold["start"] == pred.get("start") and gold["end"] == pred.get("end"))


@dataclass
class TimexScore:
    doc_id: str
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    type: Counts = field(default_factory=Counts)
    missed: list[str] = field(default_factory=list)  # gold texts without a relaxed match
    spurious: list[str] = field(default_factory=list)  # predicted texts without one
    wrong_value: list[str] = field(default_factory=list)  # "text: predicted != gold"
    wrong_type: list[str] = field(default_factory=list)
    # value errors and misses with offsets, for `format_timeml_errors` (kind, text, start,
    # end, predicted, gold); the context is cut from the document's text when listed
    errors: list[dict[str, Any]] = field(default_factory=list)
    dct: str | None = None

    def __add__(self, other: TimexScore) -> TimexScore:
        return TimexScore(
            "micro",
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "strict": self.strict.to_dict(),
            "relaxed": self.relaxed.to_dict(),
            "value": self.value.to_dict(),
            "type": self.type.to_dict(),
            "missed": self.missed,
            "spurious": self.spurious,
            "wrong_value": self.wrong_value,
            "wrong_type": self.wrong_type,
        }


def score_timexes(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]], doc_id: str = ""
) -> TimexScore:
    """Strict and relaxed span P/R/F1, value and type attribute F1 (module doc).

    Both sides are dicts with `start`, `end`, `text`, `type`, `value` (gold may be `Timex`
    dicts, pred `doc._.dates` rows).
    """
    n_pred, n_gold = len(pred), len(gold)
    strict = greedy_match(gold, pred, _same_span, 1)
    relaxed = greedy_match(gold, pred, _overlap, 1)
    score = TimexScore(
        doc_id,
        strict=Counts(len(strict), n_pred, n_gold),
        relaxed=Counts(len(relaxed), n_pred, n_gold),
    )
    value_ok = type_ok = 0
    for i, j, _ in relaxed:
        g, p = gold[i], pred[j]
        if g.get("value") == p.get("value"):
            value_ok += 1
        else:
            score.wrong_value.append(f"{p.get('text')}: {p.get('value')} != {g.get('value')}")
            score.errors.append(_error_row("value", g, p))
        if g.get("type") == p.get("type"):
            type_ok += 1
        else:
            score.wrong_type.append(f"{p.get('text')}: {p.get('type')} != {g.get('type')}")
    score.value = Counts(value_ok, n_pred, n_gold)
    score.type = Counts(type_ok, n_pred, n_gold)
    matched_gold = {i for i, _, _ in relaxed}
    matched_pred = {j for _, j, _ in relaxed}
    score.missed = [g.get("text") for i, g in enumerate(gold) if i not in matched_gold]
    score.errors += [
        _error_row("missed", g, None) for i, g in enumerate(gold) if i not in matched_gold
    ]
    score.errors += [
        _error_row("spurious", p, p) for j, p in enumerate(pred) if j not in matched_pred
    ]
    score.errors.sort(key=lambda row: -1 if row["start"] is None else row["start"])
    score.spurious = [p.get("text") for j, p in enumerate(pred) if j not in matched_pred]
    return score


def _error_row(
    kind: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None
) -> dict[str, Any]:
    """A value error (a relaxed match with another value) or a miss, at the gold's offsets;
    a spurious prediction (no gold overlaps it) at its own, given as both sides."""
    return {
        "kind": kind,
        "gold_text": gold.get("text"),
        "start": gold.get("start"),
        "end": gold.get("end"),
        "text": pred.get("text") if pred else None,
        "predicted": pred.get("value") if pred else None,
        "gold": gold.get("value") if kind != "spurious" else None,
        "rule_id": pred.get("rule_id") if pred else None,
    }


@dataclass
class TimeMLReport:
    tml_dir: Path
    documents: list[TimexScore]
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> plain text, for contexts

    @property
    def micro(self) -> TimexScore:
        """Counts summed over the documents (micro average); error lists are left empty."""
        total = TimexScore("micro")
        for document in self.documents:
            total = total + document
        return total

    def to_dict(self) -> dict[str, Any]:
        micro = self.micro.to_dict()
        for key in ("missed", "spurious", "wrong_value", "wrong_type"):
            micro.pop(key)
        return {
            "tml_dir": str(self.tml_dir),
            "documents": {d.doc_id: d.to_dict() for d in self.documents},
            "micro": micro,
        }


# --- scoring -------------------------------------------------------------------------------


def load_timeml(tml_dir: Path) -> list[TimeMLDoc]:
    """Every `*.tml` under `tml_dir` (sub-folders too, as in TempEval-3's TimeBank/ and
    AQUAINT/), in path order; a file name met twice (a copy in another folder) counts once."""
    tml_dir = Path(tml_dir)
    if not tml_dir.is_dir():
        raise TimeMLError(f"TimeML folder not found: {tml_dir}")
    seen: set[str] = set()
    docs = []
    for path in sorted(tml_dir.rglob(f"*{TML_SUFFIX}")):
        if path.name not in seen:
            seen.add(path.name)
            docs.append(read_timeml(path))
    if not docs:
        raise TimeMLError(f"no *{TML_SUFFIX} files in {tml_dir}")
    return docs


def predict_dates(doc: TimeMLDoc, nlp: Any) -> list[dict[str, Any]]:
    """`doc._.dates` for the document's plain text, anchored on its DCT."""
    spacy_doc = nlp.make_doc(doc.text)
    spacy_doc._.published = doc.dct
    return list(nlp(spacy_doc)._.dates)


def score_timeml(tml_dir: Path, nlp: Any) -> TimeMLReport:
    """Run `nlp` over every `.tml` document's text and score its dates against the gold."""
    docs = load_timeml(tml_dir)
    scores = []
    for doc in docs:
        score = score_timexes(
            [t.to_dict() for t in doc.timexes], predict_dates(doc, nlp), doc.doc_id
        )
        score.dct = doc.dct
        scores.append(score)
    return TimeMLReport(Path(tml_dir), scores, {doc.doc_id: doc.text for doc in docs})


# --- report --------------------------------------------------------------------------------


def format_timeml_report(report: TimeMLReport, errors: bool = True) -> str:
    """A markdown table (a row per document and a micro row), then the errors per document.

    `m/p/g` = matched / predicted / gold (strict and relaxed matches; correct attributes).
    """
    rows = []
    for d in [*report.documents, report.micro]:
        rows.append(
            [
                d.doc_id,
                *(cell for c in (d.strict, d.relaxed, d.value, d.type) for cell in prf_cells(c)),
            ]
        )
    header = ["document"]
    for name in ("strict", "relaxed", "value", "type"):
        header += [f"{name} P", f"{name} R", f"{name} F1", "m/p/g"]
    table = titled_table("TimeML timexes", header, rows)
    micro = report.micro
    title = (
        f"TimeML: {report.tml_dir}  ({len(report.documents)} documents, {micro.relaxed.n_gold} "
        f"gold timexes)  relaxed F1 {score_cell(micro.relaxed.f1)}, "
        f"value F1 {score_cell(micro.value.f1)}"
    )
    parts = [title, table]
    if errors:
        lines = []
        for d in report.documents:
            for label, items in (
                ("missed", d.missed),
                ("spurious", d.spurious),
                ("value", d.wrong_value),
                ("type", d.wrong_type),
            ):
                if items:
                    lines.append(f"- {d.doc_id} {label}: " + "; ".join(map(str, items)))
        if lines:
            parts.append("### Errors\n\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"


def _context(text: str, start: int, end: int, width: int) -> str:
    """The text around [start, end) on one line, the timex in [brackets]."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def format_timeml_errors(report: TimeMLReport, width: int = 80) -> str:
    """Every value error, missed gold timex and spurious prediction, one line each, with the
    document's DCT and the text around it: a work list for grouping errors into families.

    `value` lines read `predicted text: predicted value != gold value`; `missed` lines give the
    gold text and value, `spurious` lines the predicted text and value. The rule that found a
    predicted timex ends its line.
    """
    lines = []
    for d in report.documents:
        text = report.texts.get(d.doc_id, "")
        for row in d.errors:
            placed = text and row["start"] is not None and row["end"] is not None
            context = _context(text, row["start"], row["end"], width) if placed else ""
            tail = f"  ({row['rule_id']})" if row["rule_id"] else ""
            if row["kind"] == "value":
                what = f"{row['text']}: {row['predicted']} != {row['gold']}"
            elif row["kind"] == "spurious":
                what = f"{row['text']}: {row['predicted']}"
            else:
                what, tail = f"{row['gold_text']}: {row['gold']}", ""
            lines.append(f"{d.doc_id}\t{d.dct}\t{row['kind']}\t{what}\t{context}{tail}")
    return "\n".join(lines) + ("\n" if lines else "")
