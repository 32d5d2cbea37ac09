"""Document structure, one line per case.

Line breaks: (line before, line after, block width) -> the rule that decides the break.
Blocks: the text with the expected spans marked inline, `<headline>...</headline>`,
`<dateline place=...>...</dateline>`, `<turn name=... kind=...>LABEL:</turn>`, `<bullet>`.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from pipeline.rules import stage_rules
from pipeline.structure.document import analyse
from pipeline.structure.layout import break_rule, opens_plain, split_lines, wrap_width

BREAKS = [
    ("the U.S.-Japan Alliance has", "never been stronger, the leaders said.", 72, "structure.soft_wrap"),
    ("Prime Minister", "Ardern said the talks had failed.", 20, "structure.soft_wrap"),  # a name across a wrap
    ("invasion is", "available here.", 72, "structure.soft_wrap"),  # short, but the next line goes on in lower case
    ("ended the talks on Monday.", "The ministry said it would reply.", 72, "structure.short_line"),  # room left, new sentence
    ("He left.", "“We will reply,” she said.", 72, "structure.short_line"),  # a quote opens the next paragraph
    ("17:40", "Hungary's prime minister told reporters he would not sign.", 72, "structure.stamp_line"),  # a live blog's stamp: no word of the sentence
    ("10:30 a.m. CET", "The ministry said it would reply.", 72, "structure.stamp_line"),
    ("the talks resumed at 17:40", "and went on into the night.", 72, "structure.soft_wrap"),  # a clock inside a sentence
    ("SPOKESPERSON ANA RUIZ", "WASHINGTON, D.C.", 72, "structure.caps_line"),  # a transcript header's lines, each its own
    ("DEPARTMENT PRESS BRIEFING", "Spokesperson Ana Ruiz", 72, "structure.caps_line"),
    ("THE TALKS WILL GO ON, THE MINISTER SAID, AND THE", "talks resumed.", 72, "structure.soft_wrap"),  # capitals, but the sentence goes on
    ("MS. RUIZ:", "Good afternoon, everyone.", 72, "structure.short_line"),  # a label alone on its line: no header line (the label joins its text)
    ("the sanctions regime against Russia and its", "Allies in the region.", 44, "structure.soft_wrap"),  # capital, but it did not fit
    ("the meeting ended without a statement.", "    The next day the envoy left.", 72, "structure.indent"),  # indented
    ("The United States will:", "* provide $2 billion in aid;", 72, "structure.bullet"),  # a bullet
    ("The measures are:", "2. sanctions on ten banks;", 72, "structure.bullet"),  # a numbered item
    ("and the press asked about it.", "MS. PSAKI:  Well, let me say this.", 72, "structure.turn_label"),  # a speaker label
    ("on the border.", "Q    Thanks, Jen.  First off, a question.", 72, "structure.turn_question"),
    ("    and the press asked about it.", "    MS. PSAKI:  Well, let me say this.", 72, "structure.turn_label"),  # an indented label
    ("  the measures are as follows:", "  *  sanctions on ten banks;", 72, "structure.bullet"),  # an indented bullet mark
    ("MR. SMITH:  We will not comment", "            on that today.", 72, "structure.hanging_indent"),  # wrapped under the label's text
    ("  *  Imposing sanctions on banks.", "     Providing aid to farmers.", 72, "structure.hanging_indent"),  # under the bullet's text
    ("Q    Will you sign it?", "     And when?", 72, "structure.hanging_indent"),  # under a question's text
    ("the treaty was signed.", "     It takes effect in May.", 72, "structure.indent"),  # no mark or label above: an indent
    ("    Talks on Trade", "    The talks began on Monday in Geneva.", 72, "structure.indent"),  # a short indented heading
    ("    The talks began on Monday in Geneva, and the ministers of both", "    countries met.", 66, "structure.soft_wrap"),  # a full indented line
    ("For Immediate Release", "May 7, 2025", 72, "structure.release"),  # a release header above its date
    ("FOR IMMEDIATE RELEASE", "Ministry Opens Talks on Trade", 72, "structure.release"),
    ("Embargoed until noon", "the ministry said on Friday.", 72, "structure.release"),  # a plain line after a header
    ("the list of measures ends here.", "b) a ban on exports of steel;", 72, "structure.bullet"),  # a lettered item
    ("the talks went on into the", "a night of long speeches.", 72, "structure.soft_wrap"),  # "a" and a space: no item
]  # fmt: skip

# Does a line open with a word that can be no mark, item, label or indent? (a cheap first test)
PLAIN_STARTS = [
    ("the ministers met on Monday", True),
    ("Ministers met on Monday", True),
    ("éléments of the plan", True),  # a lowercase letter beyond ASCII
    ("a) the first item", False),  # a lettered item
    ("c. the third item", False),
    ("MS. LEE:  Thank you.", False),  # a speaker label
    ("Q    Thanks.", False),
    ("I", False),  # one capital alone: "I:" may be a label's start
    ("  indented text", False),
    ("* a bullet", False),
    ("12. May", False),
    ("“We will reply,” she said.", False),  # a quote mark: the full tests decide
]  # fmt: skip


@pytest.mark.parametrize(("before", "after", "width", "rule_id"), BREAKS)
def test_line_break_rule(before, after, width, rule_id):
    assert break_rule(before, after, width) == rule_id


@pytest.mark.parametrize(("line", "plain"), PLAIN_STARTS)
def test_a_plain_start_is_read_from_the_first_two_characters(line, plain):
    assert opens_plain(line) is plain


# a body hard-wrapped at 64 columns: enough lines to tell the text's wrap width
WRAPPED_BODY = textwrap.fill(
    "The two ministers met in Jakarta on Wednesday to discuss palm oil. " * 10, 64
)

BLOCKS = [
    ("<headline>Remarks by President Biden Before a Bilateral Meeting</headline>\n\nThe talks began.", "structure.headline"),
    ("<headline>Minister Warns of Grave Consequences in Talks</headline>\n\nThe minister spoke.", "structure.headline"),
    ("<headline>What Next for the Talks?</headline>\n\n<headline>What Next for the Talks?</headline>\n\nThe talks ended on Monday without a deal.", "structure.headline"),
    ("<headline>Floods hit the north</headline>\n\n<date_line>Friday, August 21, 2015</date_line>\n\nThe floods rose.", "structure.date_line"),
    ("<headline>Remarks</headline>\n\n<date_line>3:09 P.M. EDT</date_line>\n\nWell, thank you.", "structure.date_line"),
    ("<headline>Iran talks resume</headline>\n\n<dateline place=TEHRAN/VIENNA>TEHRAN/VIENNA —</dateline> Iran said on Monday it was ready.", "structure.dateline"),
    ("<dateline place=BEIJING date=2025-03-03>BEIJING, March 3, 2025 (Reuters) -</dateline> China said it would respond.", "structure.dateline"),
    ("<dateline place=LISBON date=2025-12-02>LISBON, December 2, 2025 /PRNewswire/ --</dateline> Kestrel Motors said it would build a plant.", "structure.dateline"),  # a release wire's credit in slashes
    ("<dateline place=Lisbon date=2025-12-02>Lisbon, 2 December 2025 /Kestrel Motors/ --</dateline> Kestrel Motors said it would build a plant.", "structure.dateline"),
    ("<dateline place=Kyiv>Kyiv (AP) —</dateline> Ukraine said the strikes hit power plants.", "structure.dateline"),
    ("<dateline place=WASHINGTON>WASHINGTON —</dateline> The president said he would sign the bill.", "structure.dateline"),
    ("<headline>Senate passes the bill</headline>\n\n<byline>By Jane Doe and John Roe</byline>\n\nThe Senate voted.", "structure.byline"),
    ("<headline>Storm nears the coast</headline>\n\n<credit>Photo: Jane Doe/Reuters</credit>\n\nThe storm grew.", "structure.credit"),
    ("The United States will:\n\n<bullet>* provide aid to Ukraine;</bullet>\n<bullet>* impose sanctions on banks.</bullet>", "structure.bullet"),
    ("The talks ended on Monday, and the minister said that the deal was dead.\n\nShe left.", None),
    ("<release>For Immediate Release</release>\n<date_line>May 7, 2025</date_line>\n\n<headline>Ministry Opens Talks on Trade</headline>\n\nThe talks began.", "structure.release"),
    ("<release>EMBARGOED UNTIL 10 A.M. ET, MAY 7</release>\n\n<headline>Ministry Opens Talks</headline>\n\nThe talks began.", "structure.release"),
    ("The talks began.\n\n<end_mark>###</end_mark>\n\n<end_mark>Contact: Jane Roe, (202) 555-0100</end_mark>", "structure.end_mark"),
    ("The talks began.\n\n<end_mark>-30-</end_mark>", "structure.end_mark"),
    ("The talks began.\n\n<end_mark>-- END --</end_mark>", "structure.end_mark"),
    ("The talks began.\n\n<contact>Media contact: Jane Roe, (202) 555-0100</contact>", "structure.contact"),
    ("The talks began.\n\nContact between the two sides was rare.", None),  # a sentence, not a contact
    ("<headline>Talks resume</headline>\n\n    <dateline place=WASHINGTON>WASHINGTON, Oct. 3 (Reuters) -</dateline> The talks began.", "structure.dateline"),  # indented
    ("The United States will:\n\n  <bullet>*  provide aid to Ukraine;</bullet>\n  <bullet>*  impose sanctions on banks.</bullet>", "structure.bullet"),  # indented marks
    ("<dateline place=ANTANANARIVO date=2025-08-27>ANTANANARIVO, 27 August 2025 —</dateline> The agency said it would deliver food.", "structure.dateline"),  # day before month
    ("<dateline place=Santiago date=2025-03-12>Santiago, 12 March 2025 —</dateline> The alliance welcomed the accord.", "structure.dateline"),  # a place not in capitals, with a full date
    ("<dateline place=Geneva date=2025-03-12>Geneva, March 12, 2025 (Alpine Wire) --</dateline> The federation appealed for funds.", "structure.dateline"),
    ("On Monday, 12 March 2025 — the ministry said it would reply.\n\nIt did.", None),  # a time, not a place
    ("Friday, 12 March 2025 — the day the talks ended.\n\nThey ended.", None),
    ("<release>PRESS RELEASE</release>\n\n<release>Ministry of Foreign Affairs of Estonia</release>\n<dateline place=Tallinn date=2025-05-21>Tallinn, 21 May 2025</dateline>\n\n<headline>Estonia summons Russian envoy</headline>\n\nThe ministry summoned the envoy.", "structure.place_date_line"),  # the issuer above its place and date
    ("<release>PRESS RELEASE</release>\n\n<dateline place=Wellington date=2025-09-19>Wellington, 19 September 2025</dateline>\n\n<headline>Prime Minister Opens Talks</headline>\n\nThe talks began.", "structure.place_date_line"),  # a line of its own
    ("The talks began in Paris.\n\nParis, 12 March 2025", None),  # the last paragraph is never front matter
    ("<headline>Live: talks in Doha</headline>\n\n<stamp>13:05 — </stamp>The ministry says it will attend.\n\n<stamp>12:40 a.m. GMT: </stamp>The talks resumed.", "structure.stamp_lead"),  # a live blog's entries, stamped on their first line
    ("The talks lasted until 13:05 — longer than planned.\n\n13:05 was the hour.", None),  # a clock inside a sentence, and one with no dash
    ("<headline>Remarks of the Swedish Minister for Foreign Trade and the\nIndonesian Minister of Trade after their talks with Trade Envoy\nAri Santoso, Jakarta, 11 June 2025</headline>\n\n" + WRAPPED_BODY, "structure.headline"),  # a hard-wrapped title's last line
]  # fmt: skip

TURNS = [
    ("<turn name='President Biden' kind=official>PRESIDENT BIDEN:</turn>  Well, I'm honored to be here.", "structure.turn_label"),
    ("<turn name='Ms. Jean-Pierre' kind=official>MS. JEAN-PIERRE:</turn>  Good afternoon, everyone.", "structure.turn_label"),
    ("<turn name='The President' kind=official>THE PRESIDENT:</turn> Thank you all.", "structure.turn_label"),
    ("<turn name=Moderator kind=host>MODERATOR:</turn> Our first question.", "structure.turn_label"),
    ("<turn name=Q kind=press>Q</turn>    Thanks.  Will you sign it?", "structure.turn_question"),
    ("<turn name='Audience Member' kind=press>AUDIENCE MEMBER:</turn> We love you!", "structure.turn_label"),
    ("FACT SHEET: The President Signs the Act\n\nThe act helps workers.", None),  # a title, no turn
    ("NOTE: The remarks were delayed.", None),  # not a speaker
    ("    <turn name='Mr. Smith' kind=official>MR. SMITH:</turn>  We will not comment.", "structure.turn_label"),  # indented
    ("<turn name=Q kind=press>Q</turn>    Will you sign it,\n     and when?", "structure.turn_question"),  # hanging
    ("CONTACT: Jane Roe, (202) 555-0100", None),  # a press contact, not a speaker
    ("<turn name=Reporter kind=press>REPORTER (Kompas):</turn> Will you go?", "structure.turn_label"),  # a note in brackets
    ("<turn name='Sen. Rowe' kind=official>SEN. ROWE (D-Ohio):</turn> The tax hurts farmers.", "structure.turn_label"),
]  # fmt: skip

TAG = re.compile(r"<(\w+)((?: [\w]+=(?:'[^']*'|\S+?))*)>(.*?)</\1>", re.S)
ATTR = re.compile(r"(\w+)=('[^']*'|\S+)")


def unmark(marked: str) -> tuple[str, list[dict]]:
    """The plain text of a marked case and its expected spans."""
    text, spans, pos = "", [], 0
    for match in TAG.finditer(marked):
        text += marked[pos : match.start()]
        attrs = {k: v.strip("'") for k, v in ATTR.findall(match.group(2))}
        spans.append({"kind": match.group(1), "start": len(text), **attrs})
        text += match.group(3)
        spans[-1]["end"] = len(text)
        pos = match.end()
    return text + marked[pos:], spans


@pytest.mark.parametrize(("marked", "rule_id"), BLOCKS)
def test_block(marked, rule_id):
    text, expected = unmark(marked)
    found = [
        {
            k: v
            for k, v in b.items()
            if k in ("kind", "start", "end", "place", "date") and v is not None
        }
        for b in analyse(text).as_dict()["blocks"]
    ]
    assert found == expected


@pytest.mark.parametrize(("marked", "rule_id"), TURNS)
def test_turn(marked, rule_id):
    text, expected = unmark(marked)
    turns = analyse(text).turns
    assert [(t.name, t.kind, t.label_start, t.rule_id) for t in turns] == [
        (e["name"], e["kind"], e["start"], rule_id) for e in expected
    ]
    for turn, span in zip(turns, expected, strict=True):
        assert text[turn.label_start : turn.label_end].strip() == text[span["start"] : span["end"]]


# Words of a text with a quote mark glued to the next word: (text, words expected in a row, rule)
GLUED_QUOTES = [
    ("“The plan will work,”Ana Ruiz said.", "work , ” Ana", "structure.glued_quote"),  # closing mark
    ("“We will not sign it.”After the vote, she left.", "it . ” After", "structure.glued_quote"),
    ('"The plan will work,"Ana Ruiz said.', 'work , " Ana', "structure.glued_quote"),  # a straight mark
    ("The mayor left.“We will reply,” she said.", "left . “ We", "structure.glued_quote"),  # opening mark
]  # fmt: skip


@pytest.mark.parametrize("case", GLUED_QUOTES, ids=[c[0][:40] for c in GLUED_QUOTES])
def test_glued_quote_marks(nlp, case):
    text, words, _ = case
    assert words in " ".join(t.text for t in nlp.make_doc(text))


def test_every_structure_rule_has_a_case():
    named = {case[-1] for case in BREAKS + BLOCKS + TURNS + GLUED_QUOTES}
    named |= {"structure.blank_line", "structure.label_line"}  # cases of their own below
    named |= {"structure.turn_answer"}  # cases in test_interview_answers.py
    named |= {"structure.turn_name"}  # cases in test_name_turns.py
    declared = set(stage_rules("structure"))
    assert declared - named == set()  # every declared rule is specified by a case
    assert named - {None} <= declared  # every case names a declared rule


def test_blank_lines_with_no_break_spaces_end_paragraphs():
    text = "He left.  \n\u00a0  \nShe stayed."
    assert analyse(text).paragraphs == [(0, 10), (15, 26)]  # structure.blank_line


def test_parser_text_keeps_length_and_turns_soft_breaks_into_spaces():
    text = "The ministry said the U.S.-Japan\r\nAlliance has never been stronger.\n\nNext."
    parsed = analyse(text).parser_text(text)
    assert len(parsed) == len(text)
    assert parsed == text.replace("\r\n", "  ", 1)


def test_hanging_indent_is_read_as_one_paragraph():
    text = "THE PRESIDENT:  We will sign it\n                when it comes.\n\nQ    When?\n"
    layout = analyse(text)
    assert len(layout.paragraphs) == 2  # structure.hanging_indent: no paragraph at the wrap
    assert "sign it  " in layout.parser_text(text)  # the wrap is a space, the indent stays


def test_wrap_width_is_not_set_by_a_lone_overhanging_word():
    text = "The ministry said on Monday that the\nreport is at\nhttps://example.org/a/very/long/link/to/the/report\nand online."
    assert wrap_width(split_lines(text)) == 36  # not the link's 50 columns


def test_a_label_alone_on_its_line_heads_the_paragraph_under_it():
    text = "THE PRESIDENT:\nThank you all.\n\nQ\n\nWhen will you sign it?\n"
    layout = analyse(text)
    assert layout.paragraphs == [(0, 29), (31, 56)]  # structure.label_line
    assert [(t.label, t.label_end) for t in layout.turns] == [("THE PRESIDENT", 14), ("Q", 32)]
