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
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.claims.component import ClaimExtractor
from pipeline.evaluate.polnear import pipeline_claims, score_document
from pipeline.evaluate.polnear_scoring import predictions
from pipeline.evaluate.polnear_spans import Span, coverage
from pipeline.nlp import DEFAULT_MODEL, load_pipeline

sys.path.insert(0, str(Path(__file__).parent))
from rule_precision import parsed_docs, sample_files


def load_pickle(path: Path, nlp: Language) -> tuple[list, list[Doc]]:
    """Docs pickled as (documents, [doc.to_bytes()]), parsed without the claim stage."""
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


def first_word(doc: Doc, chars: list[tuple[int, int]], text: str) -> Token | None:
    """The first word (no space or punctuation) of the chars our span leaves out."""
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


@dataclass
class Tally:
    """Counts over the documents: matched contents per threshold, boundary classes, first
    missing words, classes per rule, the cases shown and the rows dumped."""

    classes: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    totals: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    shown: int = 0
    rows: dict[str, dict] = field(default_factory=dict)  # gold id -> matched content (--dump)


def compare(
    documents: list,
    docs: list[Doc],
    show: str | None,
    limit: int,
    dump: Path | None = None,
    only: str = "",
) -> Counter:
    """Run the claim stage on the docs, count where the contents part from gold and print
    the counts; the classes are returned."""
    extractor = ClaimExtractor(None)
    tally = Tally()
    for document, doc in zip(documents, docs, strict=True):
        doc._.claims = extractor.extract(doc)
        tally_document(tally, document, doc, show, limit, only)
    if dump is not None:
        dump.write_text(json.dumps(tally.rows, indent=0, ensure_ascii=False))
    report(tally)
    return tally.classes


def tally_document(
    tally: Tally, document, doc: Doc, show: str | None, limit: int, only: str
) -> None:
    """Count one document's matches, and class each gold content matched at 30% only."""
    claims = pipeline_claims(doc)
    text, gold = document.text, document.attributions
    levels, pairs = score_document(gold, claims, text)
    for t, level in levels.items():
        tally.totals[t] += level.content.matched
        tally.totals["speaker"] += level.speaker.correct if t == 0.3 else 0
    tally.totals["pred"] += len(claims)
    tally.totals["gold"] += len(gold)
    preds = predictions(claims, text)
    at80 = {i for i, _, _ in pairs[0.8]}
    for t, matched in pairs.items():
        for i, j, _ in matched:
            row = tally.rows.setdefault(f"{document.doc_id}#{i}", {"gold": gold[i].content.text})
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
        tally.classes[cls] += 1
        tally.by_rule[(cls, rule)] += 1
        if word is not None:
            tally.words[(cls, word.dep_, word.head.dep_, word.lower_ if word.is_stop else "")] += 1
        key = f"{word.dep_}:{word.head.dep_}" if word is not None else ""
        if show and cls == show and tally.shown < limit and (not only or key == only):
            tally.shown += 1
            lo, hi = min(g.start, p.start), max(g.end, p.end)
            print(f"-- {document.doc_id} {rule} cue={preds[j].claim['cue']['text']!r}")
            print("  ", mark(text, g, p, max(0, lo - 40), min(len(text), hi + 40))[:900])


def report(tally: Tally) -> None:
    totals = tally.totals
    p, g = totals["pred"], totals["gold"]
    for t in (0.3, 0.8):
        m = totals[t]
        print(f"@{t}: P {100 * m / p:.1f} R {100 * m / g:.1f} F1 {200 * m / (p + g):.1f} ({m})")
    print(f"speaker {100 * totals['speaker'] / max(1, totals[0.3]):.1f}")
    print("classes:", dict(tally.classes.most_common()))
    print("by rule:", ", ".join(f"{c} {r} {n}" for (c, r), n in tally.by_rule.most_common(12)))
    print("first missing word (class, dep, head dep, stop word):")
    for key, n in tally.words.most_common(40):
        print(f"  {n:4d} {key}")


def refuse_dev(*paths: Path | None) -> None:
    """Rules are chosen on train only: a path into PolNeAR's dev split is refused."""
    for path in paths:
        if path is not None and "/dev" in str(path.resolve()):
            sys.exit(f"refused: {path} is dev data; this script is for train only")


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
    refuse_dev(args.split, args.pickle, args.cache)
    nlp = load_pipeline(DEFAULT_MODEL)
    if args.pickle:
        documents, docs = load_pickle(args.pickle, nlp)
    else:
        files = sample_files(args.split, args.sample)
        documents, docs = parsed_docs(args.split, files, args.cache, nlp)
    compare(documents, docs, args.show, args.limit, args.dump, args.word)


if __name__ == "__main__":
    main()
