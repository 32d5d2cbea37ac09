"""A content that is the object of a preposition the cue governs takes the preposition in
("apologized for the delay" -> "for the delay"; "was angry about the vote" -> "about the
vote"): the phrase, not the bare noun, says what the claim is about, as PolNeAR marks it.
A preposition that is part of the cue ("pointed to", "called for") stays in the cue."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from pipeline.rules import load_data


@cache
def _rules() -> frozenset[str]:
    return frozenset(load_data("claims", "spans.json", 1)["preposition_content_rules"])


def with_opening_preposition(rows: list[dict], doc: Doc) -> list[dict]:
    """`rows`, each content of a rule in spans.json `preposition_content_rules` that starts
    right after a preposition (not in the cue, after it) whose object opens the content,
    widened to start at the preposition."""
    rules = _rules()
    for row in rows:
        if row["rule_id"] not in rules:
            continue
        content, cue = row["content"], row["cue"]
        span = doc.char_span(content["start"], content["end"], alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        prep = doc[span.start - 1]
        if (
            prep.dep_ == "prep"
            and prep.idx >= cue["end"]
            and any(t.head.i == prep.i and t.dep_ in ("pobj", "pcomp") for t in span)
        ):
            content["start"] = prep.idx
            content["text"] = doc.text[prep.idx : content["end"]]
    return rows
