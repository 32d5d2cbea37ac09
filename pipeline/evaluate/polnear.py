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

The parts live beside this module: `polnear_brat` reads the split, `polnear_spans` holds the
character spans, `polnear_scoring` the scores, `polnear_misses` the miss analysis and
`polnear_format` the markdown tables. Their public names are importable from here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import Counts
from pipeline.evaluate.polnear_brat import (
    Attribution,
    BratDocument,
    PolnearError,
    read_brat,
    split_files,
)
from pipeline.evaluate.polnear_format import format_polnear_comparison, format_polnear_report
from pipeline.evaluate.polnear_misses import classify_miss, cue_type, known_cue_lemmas
from pipeline.evaluate.polnear_scoring import (
    THRESHOLDS,
    LevelScore,
    PolnearReport,
    Prediction,
    score_document,
)
from pipeline.evaluate.polnear_scoring import predictions as _preds
from pipeline.evaluate.polnear_spans import SNIPPET, Span, claim_span, coverage, polnear_extent
from pipeline.evaluate.polnear_spans import snip as _snip
from pipeline.rules import stage_rules

__all__ = [
    "SNIPPET",
    "THRESHOLDS",
    "Attribution",
    "BratDocument",
    "LevelScore",
    "PolnearError",
    "PolnearReport",
    "Prediction",
    "Span",
    "System",
    "claim_span",
    "classify_miss",
    "coverage",
    "cue_type",
    "format_polnear_comparison",
    "format_polnear_report",
    "pipeline_claims",
    "polnear_extent",
    "read_brat",
    "score_document",
    "score_polnear",
    "score_polnear_systems",
    "split_files",
]

MISS_SAMPLE = 60  # misses (and spurious predictions) kept in the report, in document order

System = Callable[[Any], list[dict[str, Any]]]  # a processed spaCy Doc -> claim dicts


def _meeting(claim: dict[str, Any]) -> bool:
    return claim.get("kind") == "stance" and claim["cue"].get("category") == "consult"


def pipeline_claims(doc: Any) -> list[dict[str, Any]]:
    """Our system, in PolNeAR's unit: one attribution per cue.

    Our claims follow the project's gold convention, one claim per sentence of a quote;
    PolNeAR annotates one content per cue, spanning all of it ("X," he said. "Y."). Claims
    that share a cue are therefore joined here into one: `start`/`end` run from the first
    content's start to the last one's end, and `fragments` lists the joined contents, which
    is what is scored. The text between them (the speech tag, or another attribution in
    between) was no claim's content, as in PolNeAR's own discontinuous spans. Each content
    is taken in PolNeAR's extent (`polnear_extent`): with the quote marks around a quote and
    a clause's "that", which the project's contents leave out.

    Claims made by the event stage (an event inside another claim's content, or an act in a
    sentence no attribution covers; their rule ids are the events stage's) are event records,
    not attributions, and are left out of this unit; so are the stance claims whose cue is a
    meeting or a visit (cue category `consult`: "met with the mayor"), an event between two
    parties that ascribes no position to either, which PolNeAR does not annotate."""
    by_cue: dict[int, dict[str, Any]] = {}
    text = doc.text
    event_rules = set(stage_rules("events"))
    for claim in doc._.claims or []:
        if claim["rule_id"] in event_rules or _meeting(claim):
            continue
        key = claim["cue"]["start"]
        start, end = polnear_extent(text, claim["content"]["start"], claim["content"]["end"])
        part = {**claim["content"], "start": start, "end": end, "text": text[start:end]}
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
    known = known_cue_lemmas()
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
    _add_predictions(report, document, preds, matched_pred)
    _add_misses(report, document, doc, preds, matched_gold, matched_pred, known)


def _add_predictions(
    report: PolnearReport,
    document: BratDocument,
    preds: list[Prediction],
    matched_pred: set[int],
) -> None:
    """Count the predictions per kind, and keep a sample of the unmatched ones."""
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


def _add_misses(
    report: PolnearReport,
    document: BratDocument,
    doc: Any,
    preds: list[Prediction],
    matched_gold: set[int],
    matched_pred: set[int],
    known: frozenset[str],
) -> None:
    """Classify every unmatched gold attribution, and keep a sample of them."""
    for i, g in enumerate(document.attributions):
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
