"""Score claim extraction against PolNeAR attributions (brat standoff, one file per annotator).

The corpus is described in shared/data/polnear/README.md. For every article of a split the
reference annotation is the first `.ann` file in sorted order. An attribution is an `E` line
tying an Attribution trigger to its Content, Cue and (optional) Source text-bound spans; a
`Content2` role is a second part of the same content and is merged into it, and a
discontinuous span (`284 292;325 405`) is the union of its fragments. An attribution without
a Content cannot be scored and is counted as skipped.

Metrics (after the GenderGapTracker evaluation, sfu-discourse-lab/GenderGapTracker,
`nlp/english/evaluation/src/evaluate_quotes.py`, which the PolNeAR README cites):

content    coverage(gold, pred) = |chars(gold content) ∩ chars(pred content)| / |chars(gold
           content)|: the share of the gold content's characters that the predicted content
           covers (asymmetric, the gold span is the reference, as in GGT). A pair matches when
           coverage >= threshold, reported at 0.3 and 0.8. One-to-one, greedy, highest coverage
           first (`metrics.greedy_match`; GGT instead walks the gold quotes in order and uses a
           strict `>`). P = matched / predicted claims, R = matched / gold attributions, F1.
           Every predicted claim counts, whatever its kind.
speaker    over the matched pairs: the predicted speaker span shares at least one character
           with the gold Source span (GGT's "overlap > 0"; a pronoun Source needs our speaker
           span on that pronoun). A null predicted speaker is wrong; a gold attribution without
           a Source is right only when the predicted speaker is null too. `speaker_given` is the
           same accuracy over the pairs where we predicted a speaker at all.
cue        over the matched pairs: the predicted cue span shares at least one character with
           the gold Cue span (GGT compares the verb strings instead); no gold Cue needs no
           predicted cue.

Counts are summed over the documents before dividing (micro average). Every gold attribution
missed at 0.3 gets a miss category (see `classify_miss`), so that the rule work can see which
kinds of attribution the system misses.
"""

from __future__ import annotations

import bisect
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import (
    Accuracy,
    Counts,
    accuracy_cell,
    greedy_match,
    markdown_table,
    prf_cells,
    score_cell,
)

THRESHOLDS = (0.3, 0.8)
MISS_SAMPLE = 60  # misses (and spurious predictions) kept in the report, in document order
SNIPPET = 160  # characters of a span's text kept in a sample row

System = Callable[[Any], list[dict[str, Any]]]  # a processed spaCy Doc -> claim dicts


class PolnearError(ValueError):
    """The PolNeAR split or an annotation file cannot be read (missing files, bad offsets)."""


# --- spans ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A possibly discontinuous character span: sorted, non-overlapping fragments."""

    fragments: tuple[tuple[int, int], ...]
    text: str

    @classmethod
    def build(cls, fragments: Iterable[tuple[int, int]], text: str) -> Span | None:
        """The span over `fragments` of the document `text` (merged); None when empty."""
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in fragments if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if not merged:
            return None
        parts = tuple((s, e) for s, e in merged)
        return cls(parts, " ".join(text[s:e] for s, e in parts))

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    def __len__(self) -> int:
        return sum(e - s for s, e in self.fragments)

    def overlap(self, other: Span | None) -> int:
        """Number of characters the two spans share."""
        if other is None:
            return 0
        return sum(
            max(0, min(e1, e2) - max(s1, s2))
            for s1, e1 in self.fragments
            for s2, e2 in other.fragments
        )

    def to_dict(self) -> dict[str, Any]:
        return {"text": _snip(self.text), "fragments": [list(f) for f in self.fragments]}


def coverage(gold: Span, pred: Span | None) -> float:
    """Share of the gold span's characters that the predicted span covers."""
    return gold.overlap(pred) / len(gold) if pred is not None else 0.0


def claim_span(part: dict[str, Any] | None, text: str) -> Span | None:
    """A claim part ({"start", "end", ...}) as a Span; None when absent or out of range.
    A part with `fragments` ([[start, end], ...], as `pipeline_claims` joins them) is the
    union of those fragments."""
    if not part:
        return None
    fragments = part.get("fragments")
    if fragments:
        spans = [claim_span({"start": s, "end": e}, text) for s, e in fragments]
        if any(span is None for span in spans):
            return None
        return Span.build([f for span in spans if span for f in span.fragments], text)
    start, end = part.get("start"), part.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start < end <= len(text):
        return None
    return Span.build([(start, end)], text)


def _snip(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


# --- reading brat -----------------------------------------------------------------------------


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
    return BratDocument(txt_path.stem, text, attributions, skipped)


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


# --- scores -----------------------------------------------------------------------------------


@dataclass
class LevelScore:
    """Content P/R/F1 at one coverage threshold, and speaker/cue accuracy over its matches."""

    threshold: float
    content: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    speaker_given: Accuracy = field(default_factory=Accuracy)
    cue: Accuracy = field(default_factory=Accuracy)

    def __add__(self, other: LevelScore) -> LevelScore:
        return LevelScore(
            self.threshold,
            self.content + other.content,
            self.speaker + other.speaker,
            self.speaker_given + other.speaker_given,
            self.cue + other.cue,
        )

    @property
    def speaker_null(self) -> int:
        """Matched pairs where the predicted speaker is null."""
        return self.speaker.total - self.speaker_given.total

    def to_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            **self.content.to_dict(),
            "speaker": self.speaker.to_dict(),
            "speaker_given": self.speaker_given.to_dict(),
            "speaker_null": self.speaker_null,
            "cue": self.cue.to_dict(),
        }


@dataclass
class PolnearReport:
    split_dir: Path
    system: str
    n_documents: int = 0
    n_gold: int = 0
    n_skipped_gold: int = 0  # gold attributions without a Content
    levels: dict[float, LevelScore] = field(default_factory=dict)
    kinds: dict[str, Counts] = field(default_factory=dict)  # per predicted kind, at 0.3
    miss_categories: Counter = field(default_factory=Counter)
    miss_features: Counter = field(default_factory=Counter)
    missed_cues: Counter = field(default_factory=Counter)  # lower-cased gold cue text
    misses: list[dict[str, Any]] = field(default_factory=list)  # a sample
    spurious: list[dict[str, Any]] = field(default_factory=list)  # a sample
    failed: dict[str, str] = field(default_factory=dict)  # doc_id -> the system's error
    pipeline_seconds: float = 0.0  # nlp.pipe, shared by the systems scored in one run
    system_seconds: float = 0.0  # the system callable alone

    def level(self, threshold: float) -> LevelScore:
        return self.levels[threshold]

    def to_dict(self) -> dict[str, Any]:
        return {
            "split_dir": str(self.split_dir),
            "system": self.system,
            "n_documents": self.n_documents,
            "n_gold": self.n_gold,
            "n_skipped_gold": self.n_skipped_gold,
            "levels": {str(t): level.to_dict() for t, level in self.levels.items()},
            "kinds": {k: c.to_dict() for k, c in sorted(self.kinds.items())},
            "miss_categories": dict(self.miss_categories.most_common()),
            "miss_features": dict(self.miss_features.most_common()),
            "missed_cues": dict(self.missed_cues.most_common(25)),
            "misses": self.misses,
            "spurious": self.spurious,
            "failed": self.failed,
            "pipeline_seconds": round(self.pipeline_seconds, 2),
            "system_seconds": round(self.system_seconds, 2),
        }


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class _Pred:
    claim: dict[str, Any]
    content: Span | None
    speaker: Span | None
    cue: Span | None


def _preds(claims: Sequence[dict[str, Any]], text: str) -> list[_Pred]:
    return [
        _Pred(
            c,
            claim_span(c.get("content"), text),
            claim_span(c.get("speaker"), text),
            claim_span(c.get("cue"), text),
        )
        for c in claims
    ]


def _speaker_ok(gold: Attribution, pred: _Pred) -> bool:
    if gold.source is None:
        return pred.speaker is None
    return gold.source.overlap(pred.speaker) > 0


def _cue_ok(gold: Attribution, pred: _Pred) -> bool:
    if gold.cue is None:
        return pred.cue is None
    return gold.cue.overlap(pred.cue) > 0


def score_document(
    gold: Sequence[Attribution],
    claims: Sequence[dict[str, Any]],
    text: str,
    thresholds: Sequence[float] = THRESHOLDS,
) -> tuple[dict[float, LevelScore], dict[float, list[tuple[int, int, float]]]]:
    """Per-threshold scores of one document's claims, and the matched (gold, pred) pairs."""
    preds = _preds(claims, text)
    levels, pairs_by = {}, {}
    for threshold in thresholds:
        pairs = greedy_match(gold, preds, lambda g, p: coverage(g.content, p.content), threshold)
        level = LevelScore(threshold, Counts(len(pairs), len(preds), len(gold)))
        for i, j, _ in pairs:
            level.speaker.add(_speaker_ok(gold[i], preds[j]))
            if preds[j].speaker is not None:
                level.speaker_given.add(_speaker_ok(gold[i], preds[j]))
            level.cue.add(_cue_ok(gold[i], preds[j]))
        levels[threshold] = level
        pairs_by[threshold] = pairs
    return levels, pairs_by


# --- miss analysis ----------------------------------------------------------------------------

_VERBAL = {"VERB", "AUX"}
_NOMINAL = {"NOUN", "PROPN"}


def _known_cue_lemmas() -> frozenset[str]:
    """Lemmas our rules treat as cues (speech cues and stance verbs); empty if unavailable."""
    try:
        from pipeline.claims.lexicon import load_lexicon

        lexicon = load_lexicon()
    except Exception:  # the miss analysis must not break the score
        return frozenset()
    return frozenset(lexicon.cues) | frozenset(lexicon.stance_verbs)


def _tokens(doc: Any, span: Span) -> list[Any]:
    tokens = []
    for start, end in span.fragments:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is not None:
            tokens.extend(chars)
    return tokens


def cue_type(doc: Any, cue: Span | None, known: frozenset[str]) -> tuple[str, str | None]:
    """(type, lemma) of a gold cue from the model's tags: according_to, verb_known,
    verb_unknown (lemma not in our lexicon), nominal, punct (a colon or dash alone), other,
    none."""
    if cue is None:
        return "none", None
    if cue.text.lower().startswith("according"):
        return "according_to", "according to"
    tokens = _tokens(doc, cue)
    if tokens and all(t.is_punct for t in tokens):  # the model tags a dash "―" as a verb
        return "punct", tokens[-1].text
    verbs = [t for t in tokens if t.pos_ in _VERBAL]
    if verbs:
        main = next((t for t in verbs if t.pos_ == "VERB"), verbs[-1])
        lemma = main.lemma_.lower()
        return ("verb_known" if lemma in known else "verb_unknown"), lemma
    nouns = [t for t in tokens if t.pos_ in _NOMINAL]
    if nouns:
        return "nominal", nouns[-1].lemma_.lower()
    return "other", tokens[-1].lower_ if tokens else None


def classify_miss(
    doc: Any,
    gold: Attribution,
    preds: Sequence[_Pred],
    taken: set[int],
    known: frozenset[str],
) -> tuple[str, list[str]]:
    """The primary category of a gold attribution left unmatched, and secondary features.

    Categories, first that applies:
      content_merged      a predicted content covers it enough but was matched to another gold
                          attribution (our span swallowed two of theirs)
      content_partial     a predicted content overlaps it, covering less than the threshold
      cue_found_content_elsewhere  a prediction has the gold cue but a content not touching it
      missed_<cue type>   nothing touches it; by the gold cue's type (`cue_type`)
    Features: no_source, source_other_sentence, content_other_sentence (content does not
    start in the cue's sentence), content_multi_sentence, quoted (content opens with a quote).
    """
    sents = (
        [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    )
    starts = [s for s, _ in sents]

    def sentence(char: int) -> int:
        return bisect.bisect_right(starts, char) - 1

    features = []
    if gold.source is None:
        features.append("no_source")
    if sents and gold.cue is not None:
        cue_sent = sentence(gold.cue.start)
        if gold.source is not None and sentence(gold.source.start) != cue_sent:
            features.append("source_other_sentence")
        if sentence(gold.content.start) != cue_sent:
            features.append("content_other_sentence")
    if sents and sentence(gold.content.start) != sentence(gold.content.end - 1):
        features.append("content_multi_sentence")
    if gold.content.text[:1] in "\"“‘'":
        features.append("quoted")

    overlapping = [j for j, p in enumerate(preds) if gold.content.overlap(p.content) > 0]
    enough = [j for j in overlapping if coverage(gold.content, preds[j].content) >= THRESHOLDS[0]]
    if any(j in taken for j in enough):
        return "content_merged", features
    if overlapping:
        return "content_partial", features
    if gold.cue is not None and any(gold.cue.overlap(p.cue) > 0 for p in preds):
        return "cue_found_content_elsewhere", features
    kind, _ = cue_type(doc, gold.cue, known)
    return f"missed_{kind}", features


# --- running ----------------------------------------------------------------------------------


def pipeline_claims(doc: Any) -> list[dict[str, Any]]:
    """Our system, in PolNeAR's unit: one attribution per cue.

    Our claims follow the project's gold convention, one claim per sentence of a quote;
    PolNeAR annotates one content per cue, spanning all of it ("X," he said. "Y."). Claims
    that share a cue are therefore joined here into one: `start`/`end` run from the first
    content's start to the last one's end, and `fragments` lists the joined contents, which
    is what is scored. The text between them (the speech tag, or another attribution in
    between) was no claim's content, as in PolNeAR's own discontinuous spans."""
    by_cue: dict[int, dict[str, Any]] = {}
    text = doc.text
    for claim in doc._.claims or []:
        key = claim["cue"]["start"]
        part = claim["content"]
        if key not in by_cue:
            by_cue[key] = {
                **claim,
                "content": {**part, "fragments": [[part["start"], part["end"]]]},
            }
            continue
        content = by_cue[key]["content"]
        content["start"] = min(content["start"], part["start"])
        content["end"] = max(content["end"], part["end"])
        content["text"] = text[content["start"] : content["end"]]
        content["fragments"] = sorted([*content["fragments"], [part["start"], part["end"]]])
    for claim in by_cue.values():
        if len(claim["content"]["fragments"]) == 1:
            del claim["content"]["fragments"]
    return list(by_cue.values())


def score_polnear(
    split_dir: Path,
    nlp: Any,
    limit: int | None = None,
    system: System | None = None,
    name: str | None = None,
    batch_size: int = 16,
) -> PolnearReport:
    """Run `nlp` over a PolNeAR split and score `system`'s claims (default: our pipeline's)."""
    system = system or pipeline_claims
    name = name or getattr(system, "__name__", "system")
    return score_polnear_systems(split_dir, nlp, {name: system}, limit, batch_size)[name]


def score_polnear_systems(
    split_dir: Path,
    nlp: Any,
    systems: Mapping[str, System],
    limit: int | None = None,
    batch_size: int = 16,
) -> dict[str, PolnearReport]:
    """Score several systems in one pass of `nlp` over the split (the Docs are shared).

    A system raising on a document is recorded in `failed` and scored as predicting nothing
    there. The model's own errors propagate.
    """
    files = split_files(split_dir)[:limit] if limit is not None else split_files(split_dir)
    documents = [read_brat(txt, ann) for _, txt, ann in files]
    known = _known_cue_lemmas()
    reports = {
        n: PolnearReport(
            Path(split_dir),
            n,
            levels={t: LevelScore(t) for t in THRESHOLDS},
        )
        for n in systems
    }

    docs = []
    for document in documents:
        doc = nlp.make_doc(document.text)
        if doc.has_extension("published"):
            doc._.published = None
        docs.append(doc)

    started = time.perf_counter()
    pipeline_seconds = 0.0
    system_seconds = dict.fromkeys(systems, 0.0)
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=batch_size), strict=True):
        pipeline_seconds += time.perf_counter() - started
        for n, run in systems.items():
            tick = time.perf_counter()
            try:
                claims = run(doc)
            except Exception as err:
                reports[n].failed[document.doc_id] = f"{type(err).__name__}: {err}"
                claims = []
            system_seconds[n] += time.perf_counter() - tick
            _add_document(reports[n], document, doc, claims, known)
        started = time.perf_counter()
    for n, report in reports.items():
        report.pipeline_seconds = pipeline_seconds
        report.system_seconds = system_seconds[n]
    return reports


def _add_document(
    report: PolnearReport,
    document: BratDocument,
    doc: Any,
    claims: list[dict[str, Any]],
    known: frozenset[str],
) -> None:
    gold = document.attributions
    report.n_documents += 1
    report.n_gold += len(gold)
    report.n_skipped_gold += document.n_skipped
    levels, pairs_by = score_document(gold, claims, document.text)
    for threshold, level in levels.items():
        report.levels[threshold] = report.levels[threshold] + level

    pairs = pairs_by[THRESHOLDS[0]]
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    preds = _preds(claims, document.text)
    for j, p in enumerate(preds):
        kind = str(p.claim.get("kind"))
        counts = report.kinds.setdefault(kind, Counts())
        counts.n_pred += 1
        counts.matched += j in matched_pred
        if j not in matched_pred and len(report.spurious) < MISS_SAMPLE:
            report.spurious.append(
                {
                    "doc_id": document.doc_id,
                    "kind": kind,
                    "cue": _snip((p.claim.get("cue") or {}).get("text")),
                    "speaker": _snip((p.claim.get("speaker") or {}).get("text")),
                    "content": _snip((p.claim.get("content") or {}).get("text")),
                }
            )
    for i, g in enumerate(gold):
        if i in matched_gold:
            continue
        category, features = classify_miss(doc, g, preds, matched_pred, known)
        report.miss_categories[category] += 1
        report.miss_features.update(features)
        if g.cue is not None:
            report.missed_cues[" ".join(g.cue.text.lower().split())] += 1
        if len(report.misses) < MISS_SAMPLE:
            report.misses.append(
                {
                    "doc_id": document.doc_id,
                    "category": category,
                    "features": features,
                    **g.to_dict(),
                }
            )


# --- report -----------------------------------------------------------------------------------


_LEVEL_HEADER = ["P", "R", "F1", "m/p/g", "speaker", "speaker (non-null)", "cue"]


def _level_cells(level: LevelScore) -> list[str]:
    return [
        *prf_cells(level.content, percent=True),
        *(
            accuracy_cell(acc, percent=True)
            for acc in (level.speaker, level.speaker_given, level.cue)
        ),
    ]


def format_polnear_report(report: PolnearReport) -> str:
    """Markdown: scores per threshold, then the predicted kinds and the misses at 0.3.

    Percentages; `m/p/g` = matched / predicted / gold; accuracies show (correct/total).
    """
    header = (
        f"PolNeAR {report.split_dir} — system: {report.system} — {report.n_documents} "
        f"documents, {report.n_gold} gold attributions ({report.n_skipped_gold} without "
        f"content skipped); nlp {report.pipeline_seconds:.1f}s, system "
        f"{report.system_seconds:.1f}s"
    )
    scores = markdown_table(
        ["coverage", *_LEVEL_HEADER],
        [[f">= {t:g}", *_level_cells(level)] for t, level in sorted(report.levels.items())],
    )
    kinds = markdown_table(
        ["predicted kind", "matched/predicted", "precision"],
        [
            [k, f"{c.matched}/{c.n_pred}", score_cell(c.precision, percent=True)]
            for k, c in sorted(report.kinds.items())
        ],
    )
    misses = markdown_table(
        ["miss category (at 0.3)", "n"],
        [[k, str(v)] for k, v in report.miss_categories.most_common()],
    )
    features = markdown_table(
        ["miss feature", "n"], [[k, str(v)] for k, v in report.miss_features.most_common()]
    )
    cues = ", ".join(f"{k} ({v})" for k, v in report.missed_cues.most_common(15))
    parts = [header, "### Content, speaker, cue", scores, "### Predicted kinds", kinds]
    parts += ["### Misses", misses, features, f"Most missed cues: {cues or '–'}"]
    if report.failed:
        parts.append(f"The system failed on {len(report.failed)} documents (scored as empty).")
    return "\n\n".join(parts) + "\n"


def format_polnear_comparison(reports: Iterable[PolnearReport]) -> str:
    """One markdown row per system and threshold."""
    rows = []
    for report in reports:
        for t, level in sorted(report.levels.items()):
            rows.append([report.system, f">= {t:g}", *_level_cells(level)])
    return markdown_table(["system", "coverage", *_LEVEL_HEADER], rows) + "\n"
