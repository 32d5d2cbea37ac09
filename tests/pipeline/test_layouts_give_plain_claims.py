"""One invented story, written plainly (one line per paragraph) and in the layouts that
press releases, mail archives and plain-text files come in: every layout must give the
claims of the plain text (speaker, cue and content, spaces aside), and every span must be
the layout's own characters at its offsets."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

HEADLINE = "Regional Water Board Approves Dam Repairs"
PARAGRAPHS = [
    "The chair of the Northern Valley Water Conservation and Irrigation Board, Helena Marsh, "
    "said on Wednesday that the repairs to the Ostrava Creek dam would begin before the spring "
    "floods and that the state had agreed to cover most of the cost.",
    "Marsh told a meeting of the Lakeside Farmers Cooperative Association that the board "
    "expected the work to last eighteen months, and she warned that water deliveries to the "
    "eastern districts could be cut during the summer.",
    "Officials of the Federal Emergency Infrastructure Reconstruction Fund confirmed that the "
    "agency had approved a grant of twelve million dollars, according to a statement released "
    "by the governor's office late on Tuesday.",
    "The engineers' union welcomed the decision but said its members feared that the "
    "contractor, Brightline Civil Works and Engineering Group, would hire temporary crews from "
    "outside the region to meet the deadline.",
    '"We have waited nine years for this money, and we will not let anyone delay it again," '
    "said Piotr Lenz, the mayor of Ostrava Creek, who accused the previous administration of "
    "ignoring repeated warnings from inspectors.",
    "A spokeswoman for the Department of Natural Resources and Environmental Protection "
    "declined to say whether the ministry would review the contract, but she noted that an "
    "independent audit of the board's spending was already under way.",
]
PLAIN = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def fill(text: str, width: int, first: str = "", rest: str = "") -> str:
    lines = textwrap.wrap(
        text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    )
    return "\n".join(lines)


def wrapped(width: int, line_end: str = "\n") -> str:
    text = HEADLINE + "\n\n" + "\n\n".join(fill(p, width) for p in PARAGRAPHS) + "\n"
    return text.replace("\n", line_end)


def indented(width: int, indent: str, line_end: str = "\n") -> str:
    """Every paragraph's first line indented, no blank lines between paragraphs."""
    body = "\n".join(fill(p, width, first=indent) for p in PARAGRAPHS)
    return (HEADLINE + "\n\n" + body + "\n").replace("\n", line_end)


def items(width: int, mark: str, hang: str) -> str:
    """The paragraphs after the first as list items whose wrapped lines hang under the text."""
    body = "\n".join(fill(p, width, first=mark, rest=hang) for p in PARAGRAPHS[1:])
    return HEADLINE + "\n\n" + PARAGRAPHS[0] + "\n\n" + body + "\n"


def numbered(width: int, mark: str, keys: str, hang: bool = True, gap: str = "\n") -> str:
    """The paragraphs after the first as list items marked "1.", "2." ... (`mark` "{}." and
    `keys` "12345"), their wrapped lines hanging under the text or flush left."""
    body = []
    for key, paragraph in zip(keys, PARAGRAPHS[1:], strict=True):
        first = mark.format(key) + " "
        body.append(fill(paragraph, width, first=first, rest=" " * len(first) if hang else ""))
    return HEADLINE + "\n\n" + PARAGRAPHS[0] + "\n\n" + gap.join(body) + "\n"


def quoted(width: int) -> str:
    """A mail's quoted block: every line opens with "> ", a lone ">" between paragraphs."""
    body = "\n>\n".join(fill(p, width, first="> ", rest="> ") for p in PARAGRAPHS)
    return HEADLINE + "\n\n" + body + "\n"


@pytest.mark.parametrize(
    "layout, text",
    [
        ("CRLF line ends, wrapped at 60", wrapped(60, "\r\n")),  # expect: the plain claims
        ("CRLF line ends, wrapped at 72", wrapped(72, "\r\n")),  # expect: the plain claims
        ("a line break, then CRLF at 60", "\r\n" + wrapped(60, "\r\n")),  # expect: plain's
        ("two spaces, then CRLF at 72", "  " + wrapped(72, "\r\n")),  # expect: the plain claims
        (
            "a line break, then '*' items at 48",
            "\n" + items(48, "  *  ", "     "),
        ),  # expect: plain's
        ("CR line ends only, wrapped at 48", wrapped(48, "\r")),  # expect: the plain claims
        ("CR line ends only, wrapped at 72", wrapped(72, "\r")),  # expect: the plain claims
        ("indented paragraphs, CRLF, at 60", indented(60, "    ", "\r\n")),  # expect: plain's
        ("indented paragraphs, CRLF, at 72", indented(72, "    ", "\r\n")),  # expect: plain's
        ("'*' items, hanging indent, at 48", items(48, "  *  ", "     ")),  # expect: plain's
        ("'*' items, hanging indent, at 60", items(60, "  *  ", "     ")),  # expect: plain's
        ("'*' items, hanging indent, at 72", items(72, "  *  ", "     ")),  # expect: plain's
        ("'-' items, hanging indent, at 60", items(60, "- ", "  ")),  # expect: the plain claims
        ("'-' items, hanging indent, at 72", items(72, "- ", "  ")),  # expect: the plain claims
        ("tab-indented '-' items, at 48", items(48, "\t- ", "\t  ")),  # expect: plain's
        ("tab-indented '-' items, at 60", items(60, "\t- ", "\t  ")),  # expect: plain's
        ("tab-indented '-' items, at 72", items(72, "\t- ", "\t  ")),  # expect: plain's
        ("mail quoting '> ', at 60", quoted(60)),  # expect: the plain claims, marks aside
        ("mail quoting '> ', at 72", quoted(72)),  # expect: the plain claims, marks aside
        ("'1.' items, hanging, at 72", numbered(72, "{}.", "12345")),  # expect: plain's
        ("'1)' items, hanging, at 60", numbered(60, "{})", "12345")),  # expect: plain's
        ("'(1)' items, flush, at 72", numbered(72, "({})", "12345", hang=False)),  # expect: same
        ("'1.' items, blank lines", numbered(72, "{}.", "12345", gap="\n\n")),  # expect: same
        ("'a)' items, hanging, at 72", numbered(72, "{})", "abcde")),  # expect: plain's
        ("'(a)' items, hanging, at 48", numbered(48, "({})", "abcde")),  # expect: plain's
    ],
)
def test_claims_do_not_change_with_the_layout(nlp, layout, text):
    plain = claims(nlp, PLAIN)
    assert len(plain) >= 8
    assert claims(nlp, text) == plain


def claims(nlp, text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of each claim, spaces and a mail's quote marks aside, after
    checking that each span is the text's own characters at its offsets."""
    article = Article("story", text, "story.txt", published="2025-03-12")
    rows = process_articles(nlp, [article]).records["story"]["claims"]
    out = []
    for claim in rows:
        for part in (claim["speaker"], claim["cue"], claim["content"]):
            if part and part.get("start") is not None:
                assert text[part["start"] : part["end"]] == part["text"], part
        speaker = claim["speaker"] or {}
        who = speaker.get("name") or speaker.get("text") or ""
        parts = (who, claim["cue"]["text"], claim["content"]["text"])
        out.append(tuple(" ".join(w for w in s.split() if w != ">") for s in parts))
    return sorted(out)


@pytest.mark.parametrize(
    "item, expected",
    [
        (
            "1. Rebels attacked a convoy near the northern town of Dalsk.",
            ("Rebels", "attacked", "Rebels attacked a convoy near the northern town of Dalsk"),
        ),  # expect: an event's claim, no "1." in its content
        (
            "3) Police arrested twelve protesters outside the parliament.",
            ("Police", "arrested", "Police arrested twelve protesters outside the parliament"),
        ),  # expect: no "3)" in the speaker nor the content
        (
            "(c) Police arrested four farmers near the southern dam.",
            ("Police", "arrested", "Police arrested four farmers near the southern dam"),
        ),  # expect: a lettered item as a numbered one
    ],
)
def test_a_list_items_mark_is_no_word_of_its_claim(nlp, item, expected):
    text = "Week in Review\n\nThe main events of the week:\n\n" + item + "\n"
    assert expected in claims(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The harbour will close for a week, according\r\nto the port authority.\r\n",
            ("the port authority", "according to", "The harbour will close for a week"),
        ),  # expect: the phrase's two words on two lines of a CRLF text
        (
            "Prices will fall, in the\r\nwords of the central bank governor.\r\n",
            ("the central bank governor", "in the words of", "Prices will fall"),
        ),  # expect: "in the" and "words of" on two lines
    ],
)
def test_a_cue_phrase_goes_on_across_a_wide_line_break(nlp, text, expected):
    assert expected in claims(nlp, text)
