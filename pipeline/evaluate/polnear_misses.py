"""Why a gold PolNeAR attribution was missed: a primary category and secondary features.

Every gold attribution left unmatched at the lowest coverage threshold gets one category
(`classify_miss`), so that the rule work can see which kinds of attribution the system misses.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from pipeline.evaluate.polnear_brat import Attribution
from pipeline.evaluate.polnear_scoring import THRESHOLDS, Prediction
from pipeline.evaluate.polnear_spans import Span, coverage

_VERBAL = {"VERB", "AUX"}
_NOMINAL = {"NOUN", "PROPN"}


def known_cue_lemmas() -> frozenset[str]:
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
    preds: Sequence[Prediction],
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
    Features: see `miss_features`.
    """
    features = miss_features(doc, gold)
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


def miss_features(doc: Any, gold: Attribution) -> list[str]:
    """Secondary features of a gold attribution: no_source, source_other_sentence,
    content_other_sentence (content does not start in the cue's sentence),
    content_multi_sentence, quoted (content opens with a quote)."""
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
    return features
