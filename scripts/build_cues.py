"""Build pipeline/claims/patterns/cues.generated.json: candidate cue verbs from WordNet 3.0.

A verb is a candidate when its most frequent sense, and the sense that gives the frame, are
in a lexicographer file of saying and thinking (verb.communication, verb.cognition, and
verb.social / verb.competition for the senses of demanding, promising, accusing and
conceding) AND that sense has a frame that takes a proposition: "Somebody ----s that
CLAUSE" (26) gives the cue the ccomp frame, "Somebody ----s to INFINITIVE" (28) and
"----s INFINITIVE" (32) xcomp, "Somebody ----s somebody to INFINITIVE" (24) dobj_xcomp.
A verb with none of these is no candidate, however it is filed: the frame, not a
hand-picked list, decides. At run time the parse filters again: a generated cue makes a
claim only with a that-clause that states something (the infinitive frames let it match,
and then make no claim: on PolNeAR train they were right less than half of the time).

Phrasal verbs whose second word is a particle ("point_out" + 26) become particle_ccomp
entries. The curated cues.json wins for every lemma it lists; the stop list
(patterns/cues.stoplist.json, chosen on PolNeAR train) removes lemmas whose claims are
mostly wrong there. The output carries WordNet's licence notice, as the licence asks.

    .venv/bin/python scripts/build_cues.py [--wordnet ../shared/data/wordnet]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

PATTERNS = Path(__file__).resolve().parents[1] / "pipeline/claims/patterns"
OUTPUT = PATTERNS / "cues.generated.json"
STOPLIST = PATTERNS / "cues.stoplist.json"
DEFAULT_WORDNET = Path(__file__).resolve().parents[2] / "shared/data/wordnet"

# lexicographer file -> the cue category its senses get
LEXFILES = {
    "verb.communication": "statement",
    "verb.cognition": "belief",
    "verb.social": "statement",
    "verb.competition": "statement",
}
# files whose senses count only with a that-clause: most social and competition verbs with
# an infinitive are actions ("try to", "fight to"), not claims
CLAUSE_ONLY = {"verb.social", "verb.competition"}
# lexicographer files whose verbs, taking an object, are an act PolNeAR attributes to their
# subject ("embraced the plan", "derided the bill"): the open object frame's verbs
OBJECT_LEXFILES = {"verb.communication", "verb.cognition", "verb.emotion"}
EMOTION = {"verb.emotion"}  # verbs of causing a feeling: no act of a source
# WordNet generic frame number -> cue frame
FRAME_MAP = {26: "ccomp", 28: "xcomp", 32: "xcomp", 24: "dobj_xcomp"}
PARTICLES = {"out", "up", "off", "down", "back", "over", "forth", "on", "in", "about"}
# cognition senses with an infinitive are intentions ("decide to", "plan to")
INTENTION_FRAMES = {"xcomp", "dobj_xcomp"}


def read_lexnames(wordnet: Path) -> dict[int, str]:
    out = {}
    for line in (wordnet / "lexnames").read_text().splitlines():
        num, name, _ = line.split("\t")
        out[int(num)] = name
    return out


def parse_synset(line: str) -> tuple[int, list[str], set[int]]:
    """(lex_filenum, words, frame numbers that apply to every word) of one data.verb line;
    a frame numbered for one word only is added to that word as "word#frame"."""
    fields = line.split(" | ")[0].split()
    lexnum = int(fields[1])
    n_words = int(fields[3], 16)
    words = [fields[4 + 2 * k].lower() for k in range(n_words)]
    k = 4 + 2 * n_words
    n_ptrs = int(fields[k])
    k += 1 + 4 * n_ptrs
    frames: set[int] = set()
    word_frames: dict[str, set[int]] = defaultdict(set)
    if k < len(fields):
        n_frames = int(fields[k])
        for f in range(n_frames):
            _, fnum, wnum = fields[k + 1 + 3 * f : k + 4 + 3 * f]
            w = int(wnum, 16)
            if w == 0:
                frames.add(int(fnum))
            elif w <= n_words:
                word_frames[words[w - 1]].add(int(fnum))
    return lexnum, words, frames | {-1}, word_frames  # type: ignore[return-value]


def first_senses(wordnet: Path) -> dict[str, str]:
    """lemma -> the synset offset of its most frequent sense (index.verb lists a lemma's
    synsets by frequency)."""
    out = {}
    for line in (wordnet / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split()
        out[fields[0].lower()] = fields[-int(fields[2])]
    return out


def synsets(wordnet: Path) -> dict[str, str]:
    """synset offset -> its data.verb line."""
    lines = (wordnet / "data.verb").read_text(encoding="utf-8").splitlines()
    return {line.split(" ", 1)[0]: line for line in lines if not line.startswith("  ")}


def candidates(wordnet: Path) -> dict[str, dict]:
    """lemma (or "verb particle") -> {"category", "frames"} from data.verb. A lemma counts
    only when its most frequent sense is itself one of saying or thinking: "reach", "pass"
    and "lead" have a rare sense of that kind, but are no cues."""
    lexnames = read_lexnames(wordnet)
    lines = synsets(wordnet)
    first = first_senses(wordnet)
    found: dict[str, dict] = {}
    for line in lines.values():
        lexnum, words, frames, word_frames = parse_synset(line)
        lexfile = lexnames.get(lexnum)
        if lexfile not in LEXFILES:
            continue
        for word in words:
            top = lines.get(first.get(word, ""))
            if top is None or lexnames.get(parse_synset(top)[0]) not in LEXFILES:
                continue
            cue_frames = {FRAME_MAP[f] for f in frames | word_frames[word] if f in FRAME_MAP}
            if lexfile in CLAUSE_ONLY:
                cue_frames &= {"ccomp"}
            if cue_frames:
                _add(found, word, cue_frames, lexfile)
    return found


def _add(found: dict[str, dict], word: str, frames: set[str], lexfile: str) -> None:
    parts = word.split("_")
    if len(parts) == 1:
        key, particle = parts[0], None
    elif len(parts) == 2 and parts[1] in PARTICLES:
        key, particle = f"{parts[0]} {parts[1]}", parts[1]
        frames = {"particle_ccomp"} if "ccomp" in frames else set()
    else:
        return
    if not frames or not key.replace(" ", "").isalpha():
        return
    category = LEXFILES[lexfile]
    if category == "belief" and frames <= INTENTION_FRAMES:
        category = "intention"
    row = found.setdefault(key, {"category": category, "frames": set(), "particle": particle})
    row["frames"] |= frames
    if category == "statement":
        row["category"] = "statement"  # a verb of saying in any sense is a speech cue


def object_verbs(
    wordnet: Path, stopped: set[str], lexfiles: set[str] = OBJECT_LEXFILES
) -> list[str]:
    """One-word lemmas whose most frequent sense is in one of `lexfiles` (by default:
    saying, thinking or feeling)."""
    lexnames = read_lexnames(wordnet)
    lines = synsets(wordnet)
    found = set()
    for word, offset in first_senses(wordnet).items():
        line = lines.get(offset)
        if line is None or "_" in word or word in stopped:
            continue
        if lexnames.get(parse_synset(line)[0]) in lexfiles:
            found.add(word)
    return sorted(found)


def build(wordnet: Path) -> dict:
    curated = json.loads((PATTERNS / "cues.json").read_text(encoding="utf-8"))
    curated_keys = {
        e["lemma"] if not e.get("particle") else f"{e['lemma']} {e['particle']}"
        for e in curated["cues"]
    }
    curated_lemmas = {e["lemma"] for e in curated["cues"]}
    stop = json.loads(STOPLIST.read_text(encoding="utf-8"))
    stopped = set(stop["lemmas"])
    cues = []
    for key, row in sorted(candidates(wordnet).items()):
        lemma = key.split()[0]
        if key in curated_keys or key in stopped or lemma in stopped:
            continue
        if row["particle"] is None and lemma in curated_lemmas:
            continue  # the curated entries of a lemma are its whole list
        entry = {"lemma": lemma, "category": row["category"], "polarity": 0.0}
        if row["particle"]:
            entry["particle"] = row["particle"]
        entry["frames"] = sorted(row["frames"])
        cues.append(entry)
    return {
        "version": 2,
        "description": (
            "GENERATED by scripts/build_cues.py from WordNet 3.0 (do not edit; edit the stop "
            "list or the script). Candidate cue verbs of verb.communication, verb.cognition, "
            "verb.social and verb.competition whose senses take a that-clause or an "
            "infinitive (WordNet verb frames 24, 26, 28, 32). Claims of these cues carry the "
            "rule ids indirect.generated_* (lower confidence than the curated cues). "
            "object_verbs: one-word verbs whose most frequent sense is in verb.communication, "
            "verb.cognition or verb.emotion, for the open object frame (indirect.open_dobj). "
            "emotion_verbs: those of them whose most frequent sense is in verb.emotion "
            "('anger', 'please'): with a source for subject ('the ruling angered ...') "
            "they cause a feeling and report nothing (indirect.source_dobj)."
        ),
        "notice": (wordnet / "LICENSE").read_text(encoding="utf-8").strip().splitlines(),
        "source": "WordNet 3.0, Princeton University, https://wordnet.princeton.edu/",
        "cues": cues,
        "object_verbs": object_verbs(wordnet, set(stop.get("object_verbs", []))),
        "emotion_verbs": object_verbs(wordnet, set(stop.get("object_verbs", [])), EMOTION),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET)
    args = ap.parse_args()
    data = build(args.wordnet)
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(data['cues'])} generated cues")


if __name__ == "__main__":
    main()
