"""Hard-wrapping an article (a space becomes a line break) must not change what is extracted:
the parser sees the same text, and the claims keep their kinds, speakers, cues, contents and
targets at the same offsets."""

from __future__ import annotations

import dataclasses
import random

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article, read_articles
from pipeline.structure.document import analyse


def hard_wrap(text: str, width: int) -> str:
    """Greedy wrapping at `width` columns that turns spaces into line breaks, nothing else:
    the wrapped text has the same length and the same characters elsewhere."""
    chars = list(text)
    line_start = 0
    for i, char in enumerate(text):
        if char == "\n":
            line_start = i + 1
        elif char == " " and i > line_start:
            word_end = _next_break(text, i + 1)
            if word_end - line_start > width:
                chars[i] = "\n"
                line_start = i + 1
    return "".join(chars)


def _next_break(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] not in " \n":
        end += 1
    return end


# Articles written with one line per paragraph. (The White House texts are hard-wrapped
# already: wrapping them again, narrower, leaves short lines that end a sentence inside a
# paragraph, which no wrapper would produce and no rule could tell from a paragraph's end.)
ARTICLES = [p for p in sorted(CORPUS.rglob("*.txt")) if not p.stem.startswith("wh_")]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:40])
@pytest.mark.parametrize("width", [30, 48, 72, 90])
def test_parser_text_survives_hard_wrapping(path, width):
    text = path.read_text(encoding="utf-8")
    wrapped = hard_wrap(text, width)
    assert len(wrapped) == len(text)
    assert analyse(wrapped).parser_text(wrapped) == analyse(text).parser_text(text)


@settings(max_examples=40, deadline=None)
@given(
    paragraphs=st.lists(
        # words of two letters or more: "a." at the start of a line would be a list item
        st.lists(st.from_regex(r"[A-Za-z][a-z]{1,11}[,.]?", fullmatch=True), min_size=1),
        min_size=1,
        max_size=4,
    ),
    width=st.integers(min_value=20, max_value=100),
)
def test_any_wrapped_paragraphs_read_as_written(paragraphs, width):
    text = "\n\n".join(" ".join(words) for words in paragraphs)
    wrapped = hard_wrap(text, width)
    assert analyse(wrapped).parser_text(wrapped) == text


def claim_keys(records: dict) -> list[tuple]:
    def span(part: dict | None) -> tuple | None:
        return None if part is None else (part["start"], part["end"], part.get("actor_id"))

    return [
        (
            c["kind"],
            span(c["speaker"]),
            span(c["cue"]),
            span(c["content"]),
            tuple(t.get("actor_id") for t in c["targets"]),
        )
        for c in records["claims"]
    ]


WRAP_SAMPLE = [p.stem for p in ARTICLES]


@pytest.mark.parametrize("article_id", WRAP_SAMPLE)
def test_claims_survive_hard_wrapping(nlp, article_id):
    (article,) = [a for a in read_articles([CORPUS]) if a.article_id == article_id]
    width = random.Random(article_id).randint(40, 90)
    wrapped = dataclasses.replace(article, text=hard_wrap(article.text, width), _sha256=None)
    plain = process_articles(nlp, [article]).records[article_id]
    rewrapped = process_articles(nlp, [wrapped]).records[article_id]
    assert claim_keys(rewrapped) == claim_keys(plain)
    assert len(plain["claims"]) > 0


# One short briefing of our own, in the layouts of press releases and transcripts: each
# layout must give the claims of the plain text (speaker, cue and content, spaces aside).
BRIEFING_PLAIN = (
    "Ministers Meet on Trade\n\n"
    "The trade minister said on Monday that the talks with Japan would resume in May.\n\n"
    "MS. RUIZ:  I believe the agreement will be signed before the summit in Geneva.\n\n"
    "Q  Will the Liberal Democratic Party support it?\n\n"
    "MS. RUIZ:  We expect that the party will support the agreement.\n"
)
BRIEFING_LAYOUTS = {
    "press release": (
        "For Immediate Release\nMay 4, 2025\n\n"
        "Ministers Meet on Trade\n\n"
        "The trade minister said on Monday that the talks with Japan would\nresume in May.\n\n"
        "MS. RUIZ:  I believe the agreement will be signed before the summit\nin Geneva.\n\n"
        "Q  Will the Liberal Democratic Party support it?\n\n"
        "MS. RUIZ:  We expect that the party will support the agreement.\n\n"
        "###\n\nContact: Jane Roe, (202) 555-0100\n"
    ),
    "indented, no blank lines": (
        "Ministers Meet on Trade\n\n"
        "    The trade minister said on Monday that the talks with Japan would\nresume in May.\n"
        "    MS. RUIZ:  I believe the agreement will be signed before the summit\nin Geneva.\n"
        "    Q  Will the Liberal Democratic Party support it?\n"
        "    MS. RUIZ:  We expect that the party will support the agreement.\n"
    ),
    "labels on their own lines": (
        "Ministers Meet on Trade\n\n"
        "The trade minister said on Monday that the talks with Japan would\nresume in May.\n\n"
        "MS. RUIZ:\nI believe the agreement will be signed before the summit in Geneva.\n\n"
        "Q\nWill the Liberal Democratic Party support it?\n\n"
        "MS. RUIZ:\nWe expect that the party will support the agreement.\n"
    ),
}


def loose_claims(nlp, text: str) -> list[tuple]:
    article = Article("b1", text, "b1.txt", published="2025-05-04")
    claims = process_articles(nlp, [article]).records["b1"]["claims"]
    return sorted(
        ((c["speaker"] or {}).get("name") or "", c["cue"]["text"],
         " ".join(c["content"]["text"].split()))
        for c in claims
    )  # fmt: skip


@pytest.mark.parametrize("layout", BRIEFING_LAYOUTS)
def test_claims_survive_press_and_transcript_layouts(nlp, layout):
    plain = loose_claims(nlp, BRIEFING_PLAIN)
    assert len(plain) >= 3
    assert loose_claims(nlp, BRIEFING_LAYOUTS[layout]) == plain
