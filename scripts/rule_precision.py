"""Precision and recall of every claim rule on a PolNeAR split (or a sample of it).

    .venv/bin/python scripts/rule_precision.py ../shared/data/polnear/train --sample 0:200
    .venv/bin/python scripts/rule_precision.py ../shared/data/polnear/train --sample 200:400

The model and the stages before the claims run once per sample; the parsed Docs are kept
in a DocBin under --cache, so that a change to the claim rules is scored again in seconds.
A sample is a slice of the split's articles in a fixed shuffled order (seed 0), so that two
disjoint slices can be used to choose a rule on one and confirm it on the other.

Each row: the rule id of a predicted claim (claims that share a cue are joined, as in the
scorer, and keep the first one's rule), its matched/predicted count at coverage 0.3 and
0.8, and its precision; recall is matched / all gold attributions. Choose rules on train
only: on dev, print the totals and nothing else (--totals).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

from pipeline.claims.component import ClaimExtractor
from pipeline.evaluate.polnear import (
    THRESHOLDS,
    LevelScore,
    _preds,
    classify_miss,
    known_cue_lemmas,
    pipeline_claims,
    read_brat,
    score_document,
    split_files,
)
from pipeline.nlp import DEFAULT_MODEL, load_pipeline

CLAIMS = "claims_claim_extractor"


def sample_files(split: Path, sample: str | None):
    files = split_files(split)
    if not sample:
        return files
    order = list(files)
    random.Random(0).shuffle(order)
    a, b = (int(x) for x in sample.split(":"))
    return sorted(order[a:b])


def parsed_docs(split: Path, files, cache: Path, nlp):
    """The Docs of `files` run through every stage before the claims, cached on disk."""
    key = hashlib.sha1("|".join(f[0] for f in files).encode()).hexdigest()[:12]
    path = cache / f"{split.name}-{key}.spacy"
    documents = [read_brat(txt, ann) for _, txt, ann in files]
    if path.exists():
        return documents, list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = []
    with nlp.select_pipes(disable=[CLAIMS]):
        for doc in nlp.pipe((nlp.make_doc(d.text) for d in documents), batch_size=16):
            docs.append(doc)
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(path)
    return documents, docs


def score(documents, docs, extractor, details: bool):
    levels = {t: LevelScore(t) for t in THRESHOLDS}
    rules: dict[str, Counter] = {}
    misses: list[dict] = []
    known = known_cue_lemmas()
    for document, doc in zip(documents, docs, strict=True):
        doc._.claims = extractor.extract(doc)
        claims = pipeline_claims(doc)
        gold = document.attributions
        got, pairs_by = score_document(gold, claims, document.text)
        for t in THRESHOLDS:
            levels[t] = levels[t] + got[t]
        for t in THRESHOLDS:
            matched = {j for _, j, _ in pairs_by[t]}
            for j, c in enumerate(claims):
                row = rules.setdefault(c["rule_id"], Counter())
                row[f"n{t}"] += 1
                row[f"m{t}"] += j in matched
                if t == THRESHOLDS[0]:  # per cue word, for the stop list
                    cue = rules.setdefault(f"{c['rule_id']} {c['cue']['text'].lower()}", Counter())
                    cue["n"] += 1
                    cue["m"] += j in matched
                if t == THRESHOLDS[0] and j in matched:
                    i = next(i for i, jj, _ in pairs_by[t] if jj == j)
                    src = gold[i].source
                    sp = _preds([c], document.text)[0].speaker
                    row["spk"] += (src is None and sp is None) or (
                        src is not None and src.overlap(sp) > 0
                    )
        if details:
            matched_gold = {i for i, _, _ in pairs_by[THRESHOLDS[0]]}
            matched_pred = {j for _, j, _ in pairs_by[THRESHOLDS[0]]}
            preds = _preds(claims, document.text)
            for i, g in enumerate(gold):
                if i not in matched_gold:
                    cat, _ = classify_miss(doc, g, preds, matched_pred, known)
                    misses.append({"doc": document.doc_id, "cat": cat, **g.to_dict()})
            for j, c in enumerate(claims):
                if j not in matched_pred:
                    misses.append(
                        {
                            "doc": document.doc_id,
                            "cat": "SPURIOUS " + c["rule_id"],
                            "cue": c["cue"]["text"],
                            "speaker": (c.get("speaker") or {}).get("text"),
                            "content": c["content"]["text"][:200],
                        }
                    )
    return levels, rules, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--sample", help="a:b, a slice of the shuffled articles")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/claims-polnear-cache"))
    ap.add_argument("--families", help="comma-separated claim families (default: the default)")
    ap.add_argument("--totals", action="store_true", help="scores only (for dev)")
    ap.add_argument("--cues", help="per cue word precision of the rules with this prefix")
    ap.add_argument("--misses", type=Path, help="write misses and spurious claims (train)")
    args = ap.parse_args()
    nlp = load_pipeline(DEFAULT_MODEL)
    files = sample_files(args.split, args.sample)
    documents, docs = parsed_docs(args.split, files, args.cache, nlp)
    if args.families:
        extractor = ClaimExtractor(nlp, families=args.families.split(","))
    else:
        extractor = ClaimExtractor(nlp)
    levels, rules, misses = score(documents, docs, extractor, bool(args.misses))
    print(f"{args.split} {args.sample or 'all'}: {len(docs)} documents")
    for t, lv in levels.items():
        c = lv.content
        print(
            f"  >= {t}: P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} "
            f"({c.matched}/{c.n_pred}/{c.n_gold}) speaker {lv.speaker.value:.3f}"
        )
    if args.totals:
        return
    n_gold = levels[THRESHOLDS[0]].content.n_gold
    print(f"{'rule':45} {'m/n@.3':>10} {'P@.3':>6} {'P@.8':>6} {'R@.3':>6} {'spk':>6}")
    if args.cues is not None:
        for key, r in sorted(rules.items(), key=lambda kv: -kv[1]["n"]):
            if key.startswith(args.cues) and " " in key:
                print(f"  {key:50} {r['m']:>4}/{r['n']:<4}")
    for rid, r in sorted(rules.items(), key=lambda kv: -kv[1]["n0.3"]):
        if " " in rid:
            continue
        n, m, m8 = r["n0.3"], r["m0.3"], r["m0.8"]
        spk = r["spk"] / m if m else 0.0
        print(f"{rid:45} {m:>4}/{n:<5} {m / n:6.2f} {m8 / n:6.2f} {m / n_gold:6.3f} {spk:6.2f}")
    if args.misses:
        args.misses.write_text(json.dumps(misses, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
