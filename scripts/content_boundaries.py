"""Where our claim contents and PolNeAR's gold contents part: the boundary classes of the
attributions matched at 30% coverage but not at 80% (train only).

    .venv/bin/python scripts/content_boundaries.py ../shared/data/polnear/train --sample 0:200
    .venv/bin/python scripts/content_boundaries.py --pickle parsed.pkl --show short_end

Each such attribution gets one class from the prediction it was matched with at 30%:
`taken` (that prediction covers it at 80% but went to another gold content, one nested in
it or holding it), `short_start` / `short_end` (gold words before / after our span),
`gap` (gold words inside our span's gaps), or `short_both`; each prefixed `other_cue`
when our cue is not the gold one (our claim nested in the gold content, or holding it).
For the short classes the first missing word's relation to our content is counted (its
dependency and its head's), which is what a span rule can test. --show CLASS prints the
cases of one class with the gold span [in brackets] and ours {in braces}; --dump writes
every matched gold content with ours, to compare two runs.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from pipeline.claims.component import ClaimExtractor
from pipeline.evaluate.polnear import pipeline_claims, score_document
from pipeline.evaluate.polnear_scoring import predictions
from pipeline.evaluate.polnear_spans import Span, coverage
from pipeline.nlp import DEFAULT_MODEL, load_pipeline

sys.path.insert(0, str(Path(__file__).parent))
from rule_precision import parsed_docs, sample_files


def load_pickle(path: Path, nlp):
    """Docs pickled as (documents, [doc.to_bytes()]), parsed without the claim stage."""
    from spacy.tokens import Doc

    documents, blobs = pickle.loads(path.read_bytes())
    return documents, [Doc(nlp.vocab).from_bytes(b) for b in blobs]


def missing(gold: Span, pred: Span) -> tuple[list[tuple[int, int]], str]:
    """The gold fragments' chars our span leaves out, and the class of where they lie."""
    out = []
    for s, e in gold.fragments:
        cuts = [(s, e)]
        for ps, pe in pred.fragments:
            nxt = []
            for a, b in cuts:
                if pe <= a or ps >= b:
                    nxt.append((a, b))
                    continue
                if a < ps:
                    nxt.append((a, ps))
                if pe < b:
                    nxt.append((pe, b))
            cuts = nxt
        out.extend(cuts)
    before = any(b <= pred.start for a, b in out)
    after = any(a >= pred.end for a, b in out)
    if before and after:
        return out, "short_both"
    if before:
        return out, "short_start"
    if after:
        return out, "short_end"
    return out, "gap"


def first_word(doc, chars: list[tuple[int, int]], text: str):
    for a, b in chars:
        if text[a:b].strip():
            span = doc.char_span(a, b, alignment_mode="expand")
            for t in span or []:
                if not (t.is_space or t.is_punct):
                    return t
    return None


def mark(text: str, gold: Span, pred: Span, lo: int, hi: int) -> str:
    """text[lo:hi] with the gold fragments in [] and ours in {}."""
    marks: dict[int, str] = {}
    for s, e in gold.fragments:
        marks[s] = marks.get(s, "") + "["
        marks[e] = "]" + marks.get(e, "")
    for s, e in pred.fragments:
        marks[s] = marks.get(s, "") + "{"
        marks[e] = "}" + marks.get(e, "")
    out = []
    for k in range(lo, hi + 1):
        out.append(marks.get(k, ""))
        if k < hi:
            out.append(text[k])
    return " ".join("".join(out).split())


def compare(
    documents, docs, show: str | None, limit: int, dump: Path | None = None, only: str = ""
) -> Counter:
    extractor = ClaimExtractor(None)
    classes: Counter = Counter()
    words: Counter = Counter()
    totals: Counter = Counter()
    by_rule: Counter = Counter()
    shown = 0
    rows: dict[str, dict] = {}  # gold id -> its matched content at each threshold (--dump)
    for document, doc in zip(documents, docs, strict=True):
        doc._.claims = extractor.extract(doc)
        claims = pipeline_claims(doc)
        text = document.text
        gold = document.attributions
        levels, pairs = score_document(gold, claims, text)
        for t, level in levels.items():
            totals[t] += level.content.matched
            totals["speaker"] += level.speaker.correct if t == 0.3 else 0
        totals["pred"] += len(claims)
        totals["gold"] += len(gold)
        preds = predictions(claims, text)
        at80 = {i for i, _, _ in pairs[0.8]}
        for t, matched in pairs.items():
            for i, j, _ in matched:
                row = rows.setdefault(f"{document.doc_id}#{i}", {"gold": gold[i].content.text})
                row[str(t)] = preds[j].content.text
        for i, j, _ in pairs[0.3]:
            if i in at80:
                continue
            g, p = gold[i].content, preds[j].content
            rule = preds[j].claim["rule_id"]
            if coverage(g, p) >= 0.8:
                cls, word = "taken", None
            else:
                chars, cls = missing(g, p)
                word = first_word(doc, chars, text)
            if gold[i].cue is not None and gold[i].cue.overlap(preds[j].cue) == 0:
                cls = "other_cue " + cls  # our claim of another cue (nested or outer)
            classes[cls] += 1
            by_rule[(cls, rule)] += 1
            if word is not None:
                words[(cls, word.dep_, word.head.dep_, word.lower_ if word.is_stop else "")] += 1
            key = f"{word.dep_}:{word.head.dep_}" if word is not None else ""
            if show and cls == show and shown < limit and (not only or key == only):
                shown += 1
                lo, hi = min(g.start, p.start), max(g.end, p.end)
                print(f"-- {document.doc_id} {rule} cue={preds[j].claim['cue']['text']!r}")
                print("  ", mark(text, g, p, max(0, lo - 40), min(len(text), hi + 40))[:900])
    if dump is not None:
        dump.write_text(json.dumps(rows, indent=0, ensure_ascii=False))
    p, g = totals["pred"], totals["gold"]
    for t in (0.3, 0.8):
        m = totals[t]
        print(f"@{t}: P {100 * m / p:.1f} R {100 * m / g:.1f} F1 {200 * m / (p + g):.1f} ({m})")
    print(f"speaker {100 * totals['speaker'] / max(1, totals[0.3]):.1f}")
    print("classes:", dict(classes.most_common()))
    print("by rule:", ", ".join(f"{c} {r} {n}" for (c, r), n in by_rule.most_common(12)))
    print("first missing word (class, dep, head dep, stop word):")
    for key, n in words.most_common(40):
        print(f"  {n:4d} {key}")
    return classes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path, nargs="?")
    ap.add_argument("--sample", help="a:b, a slice of the shuffled articles")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/claims-polnear-cache"))
    ap.add_argument("--pickle", type=Path, help="Docs parsed and pickled beforehand")
    ap.add_argument("--show", help="print the cases of this class")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument(
        "--word",
        default="",
        help="with --show: only cases whose first missing word has this dep:head-dep",
    )
    ap.add_argument("--dump", type=Path, help="write the matched contents (to compare runs)")
    args = ap.parse_args()
    nlp = load_pipeline(DEFAULT_MODEL)
    if args.pickle:
        documents, docs = load_pickle(args.pickle, nlp)
    else:
        files = sample_files(args.split, args.sample)
        documents, docs = parsed_docs(args.split, files, args.cache, nlp)
    compare(documents, docs, args.show, args.limit, args.dump, args.word)


if __name__ == "__main__":
    main()
