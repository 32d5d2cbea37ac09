"""The structure stage inside the pipeline: sentence bounds, front matter, transcript turns."""

from __future__ import annotations

import pytest

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article

TRANSCRIPT = (
    "Remarks by President Biden and Prime Minister Kishida Before Their Meeting\n\n"
    "3:09 P.M. EDT\n\n"
    "PRESIDENT BIDEN:  Well, I believe the alliance has never been\n"
    "stronger, and I said we would stand with Japan.\n\n"
    "PRIME MINISTER KISHIDA:  I agree that our two countries must work\n"
    "together.\n\n"
    "Q    Mr. President, I think the talks failed.  Do you agree?\n\n"
    "MS. SMITH:  I said that we would not comment.\n"
)


def records(nlp, text: str, published: str | None = "2024-04-10") -> dict:
    article = Article("a1", text, "a1.txt", published=published)
    return process_articles(nlp, [article]).records["a1"]


def test_first_person_in_a_turn_is_the_turn_speaker(nlp):
    claims = records(nlp, TRANSCRIPT)["claims"]
    speakers = {
        (c["cue"]["text"], c["speaker"]["name"], c["speaker"]["resolved_from"]) for c in claims
    }
    assert ("believe", "Joe Biden", "turn") in speakers  # PRESIDENT BIDEN: I believe ...
    assert ("agree", "Fumio Kishida", "turn") in speakers  # the headline names him
    assert ("think", "the press (question)", "turn") in speakers  # Q: a reporter's view
    assert ("said", "Ms. Smith", "turn") in speakers  # named only by the label


def test_turn_is_recorded_on_the_claim(nlp):
    claims = records(nlp, TRANSCRIPT)["claims"]
    believe = next(c for c in claims if c["cue"]["text"] == "believe")
    assert believe["turn"]["label"] == "PRESIDENT BIDEN"  # analysts filter remarks by turn
    assert believe["turn"]["kind"] == "official"
    assert believe["content"]["text"].endswith("never been\nstronger")  # not cut at the wrap


def test_headline_and_date_line_are_never_content(nlp):
    rows = records(nlp, TRANSCRIPT)
    headline_end = TRANSCRIPT.index("\n\n")
    assert all(c["content"]["start"] > headline_end for c in rows["claims"])


def test_dateline_is_not_content_and_anchors_an_undated_article(nlp):
    text = "BEIJING, March 3, 2025 (Reuters) - China said on Monday that it would respond.\n"
    rows = records(nlp, text, published=None)
    (claim,) = rows["claims"]
    assert claim["content"]["text"] == "it would respond"  # the dateline is not part of it
    monday = next(d for d in rows["dates"] if d["text"] == "Monday")
    assert monday["value"] == "2025-03-03"  # anchored on the dateline's date


def test_paragraphs_bound_sentences_and_quotes(nlp):
    doc = nlp("Talks Collapse in Geneva\n\nThe minister said the talks had failed.")
    first, second = (s.text.strip() for s in doc.sents)
    assert first == "Talks Collapse in Geneva"  # the headline does not run into the body
    assert second.startswith("The minister said")


def test_each_bullet_is_a_sentence_without_its_mark(nlp):
    doc = nlp("The United States will:\n\n* provide aid to Ukraine\n* impose sanctions on banks\n")
    assert [s.text.strip() for s in doc.sents][-2:] == [
        "provide aid to Ukraine",  # the mark is a space to the parser
        "impose sanctions on banks",
    ]


def test_a_numbered_item_is_a_sentence_without_its_number(nlp):
    doc = nlp("The measures are:\n\n1. sanctions on ten banks\n2. aid to farmers\n")
    assert [s.text.strip() for s in doc.sents][-1] == "aid to farmers"  # "2." is a space too


def test_the_remembered_doc_text_is_the_parser_text(nlp):
    from pipeline.doctext import doc_text

    doc = nlp("The minister said the talks\nwould resume.\n\nShe left.")  # a soft wrap
    assert doc_text(doc) == doc.text  # what the tokenizer saw, not the original
    assert "talks would" in doc_text(doc)


def test_a_turn_label_as_speaker_is_the_turn_speaker(nlp):
    claims = records(nlp, TRANSCRIPT)["claims"]
    labels = {c["speaker"]["text"]: c["speaker"] for c in claims if c["cue"]["text"] == ":"}
    assert labels["PRESIDENT BIDEN"]["name"] == "Joe Biden"  # not the label's capitals
    assert labels["PRESIDENT BIDEN"]["resolved_from"] == "turn"
    assert labels["MS. SMITH"]["name"] == "Ms. Smith"  # no actor of that name: the label, cased


PRESS_RELEASE = (
    "For Immediate Release\n"
    "May 7, 2025\n\n"
    "Ministry Opens Talks on Trade\n\n"
    "WASHINGTON, May 7 (Reuters) - The minister said the talks would begin\n"
    "on Monday.\n\n"
    "###\n\n"
    "Contact: Jane Roe, Office of Communications\n"
    "(202) 555-0100\n"
)


def test_a_press_release_header_and_contact_name_no_actor(nlp):
    names = {a["name"] for a in records(nlp, PRESS_RELEASE)["actors"]}
    assert "Jane Roe" not in names  # the contact after the end mark
    assert not {"Immediate Release", "Office of Communications"} & names  # header, contact


def test_the_headline_under_a_release_header_is_no_body(nlp):
    rows = records(nlp, PRESS_RELEASE)
    (claim,) = rows["claims"]
    assert claim["content"]["text"] == "the talks would begin\non Monday"
    blocks = {b["kind"] for b in nlp(PRESS_RELEASE)._.layout["blocks"]}
    assert {"release", "date_line", "headline", "dateline", "end_mark"} <= blocks


def test_a_wide_soft_break_does_not_split_a_sentence(nlp):
    crlf = nlp("The minister said on Monday that the\r\ntalks would resume in May.")
    hanging = nlp("*  The minister said on Monday that the\n   talks would resume in May.")
    assert len(list(crlf.sents)) == 1  # a CRLF wrap leaves two spaces
    assert len(list(hanging.sents)) == 1  # a hanging wrap leaves the indentation


# "text | the speaker's name | its country": a lead written after a dateline has its own
# subject; parsed with the dateline, the subject would hang on the place name
DATELINE_LEADS = [
    "NAIROBI, Kenya (Lake Wire) — Kenya's minister, Amina Wekesa, accused Tanzania. | Amina Wekesa | KEN",  # noqa: E501 region, agency
    "NAIROBI, Kenya (AP) — Kenya's trade minister, Joel Rotich, accused Uganda. | Joel Rotich | KEN",  # noqa: E501 appositive name
    "PHNOM PENH, Cambodia (Asia Wire) — Cambodia's minister, Sokha Rith, on Monday accused Laos. | Sokha Rith | KHM",  # noqa: E501 two-word place
    "LIMA, Peru (AP) - Peru's minister, Rosa Quintanilla, said that Chile broke the accord. | Rosa Quintanilla | PER",  # noqa: E501 hyphen, said-that
    "ACCRA - Ghana's finance minister, Kofi Mensah, warned that the deficit would widen. | Kofi Mensah | GHA",  # noqa: E501 bare place
    "OSLO, Norway, May 4 (Nordic Press) — Norway's minister, Ola Berg, rejected the quota. | Ola Berg | NOR",  # noqa: E501 date in the dateline
]


@pytest.mark.parametrize("case", DATELINE_LEADS)
def test_a_lead_after_a_dateline_keeps_its_own_speaker(nlp, case):
    text, name, country = (part.strip() for part in case.split("|"))
    (claim,) = records(nlp, text + "\n")["claims"]
    assert (claim["speaker"]["name"], claim["speaker"]["country"]) == (name, country)


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    doc = nlp("QUITO, Ecuador (AP) — The minister said the talks had failed.\n")
    first, second = (s.text.strip() for s in doc.sents)
    assert first == "QUITO, Ecuador (AP) —"  # the place and the agency only
    assert second == "The minister said the talks had failed."
