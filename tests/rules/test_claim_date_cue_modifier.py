"""claim_date.cue_modifier: the reporting verb's own date dates the speech act even where the
claim's content span runs over it; a date of a verb inside the content stays its content date.

Also claim_date.explicit for a date between the subject and the verb, and
claim_date.speaker_occasion for one of a relative clause on the speaker that tells the
occasion of the speech (cue_dates.py). One line
per case: [brackets] mark the content, <angles> the cue. Published 2024-10-04, a
Friday: Monday is 2024-09-30, Tuesday 10-01, Wednesday 10-02, Thursday 10-03. Expected: the
claim date's value and rule id, and the content date's value (None: none of its own).
"""

from __future__ import annotations

import re

import pytest

from pipeline.dates.date_tagger import claim_date

PUB = "2024-10-04"
MARK = re.compile(r"[\[\]<>]")

CASES = [
    # the verb's own date, though the content span holds it
    ("The ministry <accused> [Russia on Tuesday of breaking the truce].", "2024-10-01", "claim_date.cue_modifier", None),
    ("The union <accused> [the rail operator on Monday of ignoring the deal].", "2024-09-30", "claim_date.cue_modifier", None),
    ("The club <rejected> [the criticism on Wednesday].", "2024-10-02", "claim_date.cue_modifier", None),
    ("The regulator <fined> [the bank on Thursday for misleading savers].", "2024-10-03", "claim_date.cue_modifier", None),
    ("The tribunal <urged> [both parties on Monday to settle the dispute].", "2024-09-30", "claim_date.cue_modifier", None),
    ("The league <fined> [the club last week for crowd trouble].", "2024-W39", "claim_date.cue_modifier", None),
    ("The senator <accused> [the agency in September of hiding the report].", "2024-09", "claim_date.cue_modifier", None),
    # a day that opens the content right after the verb, no "that" between
    ("ROME (Wire) - Italian energy minister Carla Neri <said> [on Monday the government was ready to cap gas prices if suppliers did not cut their bills by the end of March].", "2024-09-30", "claim_date.cue_modifier", "2025-03"),  # parsed as the content verb's
    ("The envoy <told> reporters [on Tuesday the ceasefire held].", "2024-10-01", "claim_date.cue_modifier", None),
    ("The coach <said> [Monday's vote was rigged].", None, "claim_date.undated_past_report", "2024-09-30"),  # a day's possessive
    # a date outside the content is the verb's as before
    ("The court on Tuesday <ordered> [the ministry to release the files].", "2024-10-01", "claim_date.explicit", None),
    ("The coach <said> on Monday [that the team would appeal].", "2024-09-30", "claim_date.explicit", None),
    # between the subject and the verb, also where the parse hangs the date on the subject
    ("The Moroccan coach on Sunday <accused> [the referee of bias].", "2024-09-29", "claim_date.explicit", None),
    ("The foreign ministry on Tuesday also <said> [that the embassy would reopen].", "2024-10-01", "claim_date.explicit", None),
    ("The union on Monday did not <deny> [that the strike would go ahead].", "2024-09-30", "claim_date.explicit", None),
    # a date of another verb before the cue, or of the subject's own clause → not the verb's
    ("A law passed in May 2020 <says> [that the port is public].", PUB, "claim_date.published", None),
    ("The envoy, who arrived on Monday, <said> [the talks would go on].", None, "claim_date.undated_past_report", None),
    # a date of a verb inside the content dates what is reported → unchanged
    ("The ministry <said> [the talks would resume on Monday].", None, "claim_date.undated_past_report", "2024-10-07"),
    ("The board <said> [the plant closed on Tuesday].", None, "claim_date.undated_past_report", "2024-10-01"),
    ("The lawyer <accused> [the firm of hiding losses in 2019].", None, "claim_date.undated_past_report", "2019"),  # a year alone
    ("The mayor <said> [that on Monday the bridge would reopen].", None, "claim_date.undated_past_report", "2024-10-07"),
    ("The striker <denied> [that he pushed the referee on Saturday].", None, "claim_date.undated_past_report", "2024-09-28"),
    # a for/of/over/about/against phrase of the verb opened before the date: its noun's date → not dated
    ("The mayor <praised> [the crews for their work at the flood on Tuesday].", None, "claim_date.undated_past_report", "2024-10-01"),
    ("The president <thanked> [supporters for their votes in the runoff on Sunday].", None, "claim_date.undated_past_report", "2024-09-29"),
    ("The union <criticised> [the board over its handling of the strike on Monday].", None, "claim_date.undated_past_report", "2024-09-30"),
    ("The envoy <warned> [the rebels against a repeat of the raid on Wednesday].", None, "claim_date.undated_past_report", "2024-10-02"),
    ("The mayor <thanked> [lifeguards for their work at the crash on Wednesday].", None, "claim_date.undated_past_report", "2024-10-02"),
    ("The governor <praised> [firefighters for their response to the storm on Monday].", None, "claim_date.undated_past_report", "2024-09-30"),
    # the verb's own date before such a phrase still dates the act
    ("The coach <thanked> [the fans on Monday for their patience].", "2024-09-30", "claim_date.cue_modifier", None),
    ("The council <criticised> [Norway yesterday for delaying the vote].", "2024-10-03", "claim_date.cue_modifier", None),
    ("The union <accused> [the head of the agency on Tuesday of lying].", "2024-10-01", "claim_date.cue_modifier", None),
    ("The regulator <ordered> [the lender on Monday to halt new loans].", "2024-09-30", "claim_date.cue_modifier", None),
    # a relative clause on the speaker that tells the occasion of the speech dates the act
    ("Mayor Ines Vidal, who spoke at a rally on Saturday, <said> [the city would not raise fares].", "2024-09-28", "claim_date.speaker_occasion", None),
    ("Ines Vidal, the mayor, who addressed supporters on Monday, <said> [fares would not rise].", "2024-09-30", "claim_date.speaker_occasion", None),  # through the apposition
    ("The envoy, who briefed reporters in Oslo on Tuesday, <said> [the talks would go on].", "2024-10-01", "claim_date.speaker_occasion", None),
    ("The minister, who testified before the committee on Wednesday, <denied> [that funds were lost].", "2024-10-02", "claim_date.speaker_occasion", None),
    ("Senator Ada Pike, who visited the border last week, <said> [the fence had failed].", "2024-W39", "claim_date.speaker_occasion", None),
    # a clause of anything else the speaker did, or of someone else, dates no act
    ("Mayor Ines Vidal, who was elected on Saturday, <said> [the city would not raise fares].", None, "claim_date.undated_past_report", None),
    ("The envoy, who arrived in Oslo on Tuesday, <said> [the talks would go on].", None, "claim_date.undated_past_report", None),
    ("The coach praised the striker, who spoke to fans on Saturday, and <said> [the team would appeal].", None, "claim_date.undated_past_report", None),  # not the speaker's clause
    ("The envoy, who will speak in Oslo on Tuesday, <said> [the talks would go on].", None, "claim_date.undated_past_report", None),  # not a past occasion
]  # fmt: skip


def parse(text: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text and the content ("[") and cue ("<") spans of a marked-up case."""
    plain, spans, opened, removed = "", {}, {}, 0
    for m in MARK.finditer(text):
        plain += text[len(plain) + removed : m.start()]
        removed += 1
        if m.group() in "[<":
            opened[m.group()] = len(plain)
        else:
            key = "[" if m.group() == "]" else "<"
            spans[key] = (opened[key], len(plain))
    return plain + text[len(plain) + removed :], spans


@pytest.mark.parametrize("marked, value, rule_id, content", CASES)
def test_cue_modifier_dates_the_act(nlp, marked, value, rule_id, content):
    text, spans = parse(marked)
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    (start, end), (cue_start, cue_end) = spans["["], spans["<"]
    got = claim_date(doc, start, end, cue_start=cue_start, cue_end=cue_end, kind="indirect")
    got_content = (got["content_date"] or {}).get("value")
    assert (got["value"], got["rule_id"], got_content) == (value, rule_id, content)
