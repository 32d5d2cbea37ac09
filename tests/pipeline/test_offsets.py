"""Property: every span the pipeline emits satisfies text[start:end] == span text."""

from __future__ import annotations

from pathlib import Path

from conftest import read_jsonl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "Russia", "Japan's prime minister, Taro Yamada,", "said", "warned that", "“We will not",
    "yield,” he said.", "''Never again,''", "the Kremlin", "Moscow", "in Madrid", "last week",
    "on Monday", "since 2022", "NATO", "U.S.", "(LDP)", "Liberal Democratic Party", "\n\n",
    "‘", "’s", "\"", "—", "according to officials", "pledged to continue", "sanctions against",
    "Mr. Yamada", "The ministry", "called for talks", "the late 2010s", "🇺🇦", "\u200b", "שלום",
]  # fmt: skip

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=40
).map(" ".join)


def spans_of(doc) -> list[dict]:
    spans = list(doc._.actor_mentions) + list(doc._.dates)
    for claim in doc._.claims:
        spans += [s for s in (claim["speaker"], claim["cue"], claim["content"], claim["date"])
                  if s and s.get("start") is not None]  # fmt: skip
        spans += claim["targets"]
    return spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.sampled_from([None, "2024-10-04", "1999-12-31"]))
def test_offsets_are_exact_for_any_text(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    # the parser saw soft line breaks as spaces, in a text of the same length; the records
    # take each span's text back from the original (test_offsets_are_exact_across_the_corpus_run)
    seen = doc.text
    assert len(seen) == len(text)
    for span in spans_of(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert seen[span["start"] : span["end"]] == span["text"], span
    for claim in doc._.claims:
        assert claim["content"]["text"].strip()


def test_offsets_are_exact_across_the_corpus_run(corpus_run):
    out, _ = corpus_run
    texts = {
        a["article_id"]: Path(a["path"]).read_text(encoding="utf-8")
        for a in read_jsonl(out / "articles.jsonl")
    }
    n_checked = 0
    for table in ("mentions", "dates"):
        for row in read_jsonl(out / f"{table}.jsonl"):
            assert texts[row["article_id"]][row["start"] : row["end"]] == row["text"]
            assert row["text"] == row["text"].strip(), row  # no line break at an edge
            n_checked += 1
    for actor in read_jsonl(out / "actors.jsonl"):
        assert actor["name"] == actor["name"].strip(), actor
    for claim in read_jsonl(out / "claims.jsonl"):
        text = texts[claim["article_id"]]
        for span in [claim["cue"], claim["content"], *claim["targets"]]:
            assert text[span["start"] : span["end"]] == span["text"]
            n_checked += 1
    assert n_checked > 1000


def test_a_span_over_a_soft_wrap_and_a_paragraph_break_keeps_its_original_text():
    from pipeline.io.records import _restore_span_text

    original = "the past\nseveral\n\ndays"  # a wrapped line, then a paragraph break
    span = {"start": 0, "end": len(original), "text": "the past several\n\ndays"}  # as parsed
    assert _restore_span_text(original, span)
    assert span["text"] == original  # the table holds the article's own characters


def test_a_span_over_a_hidden_bullet_mark_keeps_its_original_text():
    from pipeline.io.records import _restore_span_text

    original = "with the YMCA\n  • Zearn"  # the parser saw the mark as a space
    span = {"start": 0, "end": len(original), "text": "with the YMCA     Zearn"}
    assert _restore_span_text(original, span)
    assert span["text"] == original
    other = {"start": 0, "end": len(original), "text": "with the YMCA  x  Zearn"}
    assert not _restore_span_text(original, other)  # another word is no layout
