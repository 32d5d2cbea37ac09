"""Reading a PolNeAR split: brat standoff files, one `.ann` per annotator.

For every article of a split the reference annotation is the first `.ann` file in sorted
order. An attribution is an `E` line tying an Attribution trigger to its Content, Cue and
(optional) Source text-bound spans; a `Content2` role is a second part of the same content and
is merged into it, and a discontinuous span (`284 292;325 405`) is the union of its fragments.
An attribution without a Content cannot be scored and is counted as skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluate.polnear_spans import Span


class PolnearError(ValueError):
    """The PolNeAR split or an annotation file cannot be read (missing files, bad offsets)."""


@dataclass
class Attribution:
    attribution_id: str  # the E line's id
    content: Span
    cue: Span | None
    source: Span | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.attribution_id,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
        }


@dataclass
class BratDocument:
    doc_id: str
    text: str
    attributions: list[Attribution]
    n_skipped: int = 0  # E lines without a Content


# A text-bound annotation; its text may run over several lines (spans can contain newlines),
# so it ends where the next annotation line starts.
_TEXTBOUND = re.compile(
    r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*?)(?=\n[TERAMN#*]\d*\t|\n*\Z)", re.M | re.S
)
_EVENT = re.compile(r"^(E\d+)\t(\S.*)$", re.M)
_ROLE_NUMBER = re.compile(r"\d+$")


def read_brat(txt_path: Path, ann_path: Path) -> BratDocument:
    """The text and the gold attributions of one article.

    Every text-bound span is checked against the text (brat writes the fragments' text joined
    by a space); a mismatch is a PolnearError, since the offsets would then be meaningless.
    """
    txt_path, ann_path = Path(txt_path), Path(ann_path)
    try:
        text = _read(txt_path)
        raw = _read(ann_path)
    except OSError as err:
        raise PolnearError(f"cannot read {err.filename}: {err.strerror}") from err
    spans = _textbound_spans(raw, text, ann_path)
    attributions, skipped = _attributions(raw, spans, text, ann_path)
    return BratDocument(txt_path.stem, text, attributions, skipped)


def _textbound_spans(raw: str, text: str, ann_path: Path) -> dict[str, Span]:
    """The T lines of an annotation file, by id, each checked against the article text."""
    spans: dict[str, Span] = {}
    for match in _TEXTBOUND.finditer(raw):
        tid, _label, offsets, span_text = match.groups()
        fragments = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
        if any(not 0 <= s <= e <= len(text) for s, e in fragments):
            raise PolnearError(f"{ann_path}: {tid} offsets {offsets} outside the text")
        expected = " ".join(text[s:e] for s, e in fragments)
        # brat writes a line break inside an annotation's text as a space
        if expected.replace("\n", " ") != span_text.replace("\n", " "):
            raise PolnearError(
                f"{ann_path}: {tid} text {span_text[:40]!r} does not match the article "
                f"at {offsets} ({expected[:40]!r})"
            )
        span = Span.build(fragments, text)
        if span is not None:
            spans[tid] = span
    return spans


def _attributions(
    raw: str, spans: dict[str, Span], text: str, ann_path: Path
) -> tuple[list[Attribution], int]:
    """The E lines with a Content, in content order, and the number without one."""
    attributions = []
    skipped = 0
    for match in _EVENT.finditer(raw):
        eid, args = match.groups()
        roles: dict[str, list[Span]] = {}
        for arg in args.split():
            role, _, tid = arg.partition(":")
            if tid not in spans:
                raise PolnearError(f"{ann_path}: {eid} refers to unknown span {tid}")
            roles.setdefault(_ROLE_NUMBER.sub("", role), []).append(spans[tid])
        content = _union(roles.get("Content"), text)
        if content is None:
            skipped += 1
            continue
        attributions.append(
            Attribution(
                eid, content, _union(roles.get("Cue"), text), _union(roles.get("Source"), text)
            )
        )
    attributions.sort(key=lambda a: (a.content.start, a.content.end))
    return attributions, skipped


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, as brat's offsets count them.
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _union(parts: list[Span] | None, text: str) -> Span | None:
    if not parts:
        return None
    return Span.build([f for p in parts for f in p.fragments], text)


def split_files(split_dir: Path) -> list[tuple[str, Path, Path]]:
    """(doc_id, txt, ann) for every article of a split, with the first annotator's file."""
    split_dir = Path(split_dir)
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise PolnearError(f"{split_dir} is not a PolNeAR split (needs text/ and attributions/)")
    annotations: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        annotations.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    files = []
    missing = []
    for txt in sorted(text_dir.glob("*.txt")):
        if txt.stem in annotations:
            files.append((txt.stem, txt, annotations[txt.stem]))
        else:
            missing.append(txt.name)
    if missing:
        raise PolnearError(f"{ann_dir}: no annotation for {', '.join(missing[:5])}")
    if not files:
        raise PolnearError(f"no articles in {text_dir}")
    return files
