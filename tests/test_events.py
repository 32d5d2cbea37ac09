"""The event coder as a component, and the events table made from claim rows."""

from __future__ import annotations

import pytest

from pipeline.events.lexicon import event_rule, load_event_lexicon, load_vader_valence
from pipeline.events.table import EVENT_FIELDS, dyads, event_rows, resolve_parents
from pipeline.nlp import PROJECT_COMPONENTS
from pipeline.rules import UnknownRuleError, stage_rules

REPORTED = "Chile and Peru have agreed on a fisheries pact, a United Nations spokesman announced."


def test_event_coder_runs_last(nlp):
    assert PROJECT_COMPONENTS[-1] == "claims_event_coder"
    assert nlp.pipe_names[-1] == "claims_event_coder"


def test_every_claim_has_an_event_with_its_own_rule(nlp):
    for claim in nlp("Russia warned Japan. Japan said the weather was fine.")._.claims:
        assert set(claim["event"]) >= {"category", "quad", "mode", "rule_id"}
        assert not claim["rule_id"].startswith("event.") or claim["rule_id"] in stage_rules(
            "events"
        )


def test_speech_cue_takes_the_category_of_its_content(nlp):
    claims = nlp("Canada said it had imposed sanctions on Iran.")._.claims
    speech = next(c for c in claims if c["cue"]["text"] == "said")
    assert speech["event"]["category"] == "SANCTION"  # from "imposed sanctions"
    assert speech["event"]["rule_id"] == "event.light_verb"


def test_sanctions_to_come_are_a_threat(nlp):
    claims = nlp("Canada said it would impose sanctions on Iran.")._.claims
    speech = next(c for c in claims if c["cue"]["text"] == "said")
    assert speech["event"]["category"] == "THREATEN"  # a material conflict act to come
    assert speech["event"]["rule_id"] == "event.future_threat"


def test_stance_category_no_longer_copies_the_cue_category(nlp):
    claim = nlp("China urged Japan to stop provocations.")._.claims[0]
    assert claim["stance"]["category"] == "event"
    assert claim["stance"]["category"] != claim["cue"]["category"]


def test_reported_event_is_nested_under_the_reporting_claim(nlp):
    claims = nlp(REPORTED)._.claims
    reporter = next(c for c in claims if c["cue"]["text"] == "announced")
    nested = [c for c in claims if c.get("parent")]
    assert nested, "the agreement is its own claim"
    assert all(c["parent"]["cue"]["start"] == reporter["cue"]["start"] for c in nested)
    assert reporter["event"]["reported"] is True
    assert all(
        c["speaker"]["name"] != reporter["speaker"]["name"] for c in nested
    )  # the source, not the reporter


def test_no_self_dyads(nlp):
    text = "Biden said Biden would meet Putin. Germany criticized Germany's own rules."
    for claim in nlp(text)._.claims:
        speaker = (claim["speaker"] or {}).get("actor_id")
        members = (claim["speaker"] or {}).get("members")
        assert (
            members or speaker is None or speaker not in {t["actor_id"] for t in claim["targets"]}
        )


def test_modifier_actor_is_no_target(nlp):
    claim = nlp("Canada joined the sanctions against Iran over its attacks on Israel.")._.claims[0]
    assert [t["name"] for t in claim["targets"]] == ["Iran"]  # not Israel


def test_undeclared_rule_raises():
    with pytest.raises(UnknownRuleError):
        event_rule("event.no_such_rule")


def test_lexicon_categories_and_quads_are_plover():
    lex = load_event_lexicon()
    assert set(lex.quads) == {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
        "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "FIGHT",
        "COERCE", "ASSAULT",
    }  # fmt: skip
    assert {e.category for e in lex.verbs.values()} <= set(lex.quads)
    assert lex.quads["CONSULT"] == "verbal_cooperation" and lex.polarity["CONSULT"] == "neutral"


def test_vader_lexicon_comes_from_the_package():
    valence = load_vader_valence()
    assert valence["reckless"] < 0 < valence["praise"]


# -- the events table ---------------------------------------------------------------------


def _claim(n, speaker, targets, category="SANCTION", **event):
    return {
        "article_id": "a",
        "claim_id": f"a#{n}",
        "speaker": speaker,
        "targets": targets,
        "cue": {"text": "cut", "start": 10 * n, "end": 10 * n + 3},
        "content": {"text": "x", "start": 10 * n + 4, "end": 10 * n + 5},
        "event": {"category": category, "quad": None, "mode": None, "rule_id": "event.cue_act",
                  "reciprocal": False, **event},
        "date": {"value": "2024-10-04"},
        "negated": False,
        "modality": "asserted",
        "confidence": 0.8,
    }  # fmt: skip


JPN = {"text": "Japan", "actor_id": "gpe:JPN", "name": "Japan", "country": "JPN", "role": "GOV"}
RUS = {"text": "Russia", "actor_id": "gpe:RUS", "name": "Russia", "country": "RUS"}
USA = {"text": "US", "actor_id": "gpe:USA", "name": "United States", "country": "USA"}


def test_event_row_has_plover_fields():
    (row,) = event_rows([_claim(1, JPN, [RUS])], [{"actor_id": "gpe:RUS", "role": "GOV"}])
    assert tuple(row) == tuple(sorted(row, key=EVENT_FIELDS.index))
    assert set(row) == set(EVENT_FIELDS)
    assert row["event_type"] == "SANCTION" and row["quad_class"] == "material_conflict"
    assert row["quad_code"] == 4
    assert (row["actor_name"], row["recipient_name"]) == ("Japan", "Russia")
    assert (row["actor_sector"], row["recipient_sector"]) == ("GOV", "GOV")  # sector from actors
    assert (row["claim_id"], row["article_id"], row["event_date"]) == ("a#1", "a", "2024-10-04")


def test_compound_source_gives_one_dyad_per_member():
    joint = {**USA, "members": [USA, JPN]}
    pairs = dyads(_claim(1, joint, [USA, JPN], "AGREE", reciprocal=True))
    names = [(a["name"], b["name"]) for a, b, _ in pairs]
    assert names == [("United States", "Japan"), ("Japan", "United States")]  # no self-dyads


def test_a_joint_speakers_members_are_not_toward_their_own_states():
    biden = {"actor_id": "person:joe-biden", "name": "Joe Biden", "country": "USA"}
    suga = {"actor_id": "person:yoshihide-suga", "name": "Yoshihide Suga", "country": "JPN"}
    joint = {"actor_id": None, "name": "The leaders", "members": [biden, suga]}
    pairs = dyads(_claim(1, joint, [biden, suga, USA, JPN], "CONSULT"))
    names = {(a["name"], b["name"]) for a, b, _ in pairs}
    assert ("Joe Biden", "Japan") in names and ("Yoshihide Suga", "United States") in names
    assert ("Joe Biden", "United States") not in names  # "the leaders discussed the U.S. and Japan"
    assert ("Yoshihide Suga", "Japan") not in names


def test_reciprocal_event_is_coded_both_ways_and_flagged():
    rows = event_rows([_claim(1, JPN, [RUS], "CONSULT", reciprocal=True)])
    assert [(r["actor_name"], r["recipient_name"], r["reciprocal"]) for r in rows] == [
        ("Japan", "Russia", True),
        ("Russia", "Japan", True),
    ]


def test_claims_without_event_or_reported_events_give_no_rows():
    assert event_rows([_claim(1, JPN, [RUS], None)]) == []
    assert event_rows([_claim(1, JPN, [RUS], reported=True)]) == []


def test_event_text_is_cut_from_the_restored_content():
    claim = _claim(1, JPN, [RUS])
    claim["content"] = {"text": "cut\nties", "start": 10, "end": 18}  # the article's line break
    claim["event"]["trigger"] = {"text": "cut ties", "start": 10, "end": 18}  # the parser's
    (row,) = event_rows([claim])
    assert row["event_text"] == "cut\nties"


def test_event_without_target_keeps_an_empty_recipient():
    (row,) = event_rows([_claim(1, JPN, [])])
    assert row["recipient_name"] is None


def test_parent_reference_resolves_to_claim_id():
    parent = _claim(1, USA, [JPN])
    child = {**_claim(2, JPN, [RUS]), "parent": {"cue": dict(parent["cue"]),
                                                "content": dict(parent["content"])}}  # fmt: skip
    rows = resolve_parents([parent, child])
    assert [r["parent_claim_id"] for r in rows] == [None, "a#1"]
    assert "parent" not in rows[1]


def test_nested_claims_resolve_on_a_real_doc(nlp):
    claims = sorted(nlp(REPORTED)._.claims, key=lambda c: c["content"]["start"])
    rows = [{**c, "article_id": "a", "claim_id": f"a#{n}"} for n, c in enumerate(claims, 1)]
    rows = resolve_parents(rows)
    reporter = next(r for r in rows if r["cue"]["text"] == "announced")
    assert {r["parent_claim_id"] for r in rows if r is not reporter} == {reporter["claim_id"]}
    events = event_rows(rows)
    assert ("Chile", "Peru") in {(e["actor_name"], e["recipient_name"]) for e in events}
    assert all(e["actor_name"] != reporter["speaker"]["name"] for e in events)


def test_a_name_the_actor_stage_found_to_be_a_thing_is_no_target(nlp):
    claims = nlp("Chile said it agreed to expand trade under the Andean Partnership Programme.")
    targets = [t["text"] for c in claims._.claims for t in c["targets"]]
    assert not any("Programme" in t for t in targets)  # a programme is no actor


@pytest.mark.parametrize(
    ("text", "reciprocal"),
    [
        ("Chile held talks with Peru on Monday.", True),  # talks go both ways
        ("Chile met Peru's president in Lima.", True),  # so does a meeting
        ("Chile clashed with Peru at the border.", True),  # a fight "with" someone
        ("Chile praised Peru for the deal.", False),  # praise goes one way
        ("Chile attacked Peru at the border.", False),  # an attack too
    ],
)
def test_symmetric_acts_are_reciprocal(nlp, text, reciprocal):
    claim = next(c for c in nlp(text)._.claims if c["event"]["category"])
    assert claim["event"]["reciprocal"] is reciprocal


def test_entity_at_reads_the_entity_of_any_of_its_tokens(nlp):
    from pipeline.events.arguments import entity_at

    doc = nlp("The United Nations and the World Food Program met in New York City on Monday.")
    for tok in doc:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        found = entity_at(tok)
        spans = [(e.start, e.end, e.label_) for e in (ent, found) if e is not None]
        assert len(spans) != 1 and len(set(spans)) <= 1  # both none, or the same entity


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        (
            "Rebels attacked Gao on Sunday, officials said on Tuesday.",
            "2024-03-03",
            "explicit",
        ),  # its own day
        ("Russia shelled Ukraine on March 3.", "2024-03-03", "explicit"),  # an event no one reports
        ("Russia shelled Ukraine.", None, None),  # nothing dates it: publication is its bound
    ],
)
def test_event_claims_have_their_own_date(nlp, text, value, basis):
    from pipeline.engines.shard import process_articles
    from pipeline.io.readers import Article

    article = Article("a", text, "a.txt", published="2024-03-08")
    claims = process_articles(nlp, [article]).records["a"]["claims"]
    event = next(c for c in claims if c["kind"] == "stance")
    assert (event["date"]["value"], event["date"]["basis"]) == (value, basis)


def test_an_undated_reported_event_is_bound_by_its_report(nlp):
    from pipeline.engines.shard import process_articles
    from pipeline.io.readers import Article

    text = "The summit opened on Monday.\n\nAt the summit, the envoy said Russia had shelled Kyiv."
    article = Article("a", text, "a.txt", published="2024-03-08")
    claims = process_articles(nlp, [article]).records["a"]["claims"]
    event = next(c for c in claims if c["kind"] == "stance")
    # no day of its own: undated, not after the Monday its report was made on
    assert (event["date"]["value"], event["date"]["not_after"]) == (None, "2024-03-04")
