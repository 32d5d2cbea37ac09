"""`claims report`: the data it gathers and the page it writes, on small hand-made runs."""

from __future__ import annotations

import hashlib
import json
import re
import runpy
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT
from plotly.offline import get_plotlyjs

from pipeline.cli import cli
from pipeline.io.relations import (
    COLUMNS,
    claim_dyads,
    claim_month,
    claim_quad,
    relation_rows,
)
from pipeline.report import build_report, views, write_report
from pipeline.report.build import edges, overview, timeline, timex_start
from pipeline.report.reader import highlight
from pipeline.report.render import json_for_script, render_report, tabulator_asset
from pipeline.report.views import actor_profiles, relations_view

TEXT = "Japan said it would talk. Russia warned Japan on Monday."


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article(article_id: str, path: str = "", text: str = TEXT, **extra) -> dict:
    row = {
        "schema_version": 1,
        "article_id": article_id,
        "title": f"Title of {article_id}",
        "published": "2024-10-04",
        "source": "Test",
        "url": None,
        "path": path,
        "text_sha256": sha(text),
        "n_chars": len(text),
        "status": "ok",
        "error": None,
    }
    row.update(extra)
    return row


def actor(actor_id: str, name: str, start: int = 0, end: int = 0) -> dict:
    return {"text": name, "start": start, "end": end, "actor_id": actor_id, "name": name}


def claim(article_id: str, n: int, **fields) -> dict:
    row = {
        "schema_version": 1,
        "article_id": article_id,
        "claim_id": f"{article_id}#{n}",
        "kind": "indirect",
        "speaker": actor("gpe:JPN", "Japan", 0, 5),
        "cue": {"text": "said", "start": 6, "end": 10, "lemma": "say", "category": "statement"},
        "content": {"text": "it would talk", "start": 11, "end": 24},
        "targets": [],
        "stance": {"polarity": "neutral", "category": "statement", "score": 0.0},
        "negated": False,
        "modality": "asserted",
        "date": {"value": "2024-10-04", "text": None, "start": None, "end": None},
        "sentence": {"start": 0, "end": 25},
        "confidence": 0.8,
        "rule_id": "indirect.ccomp",
    }
    row.update(fields)
    return row


def stance(pol: str) -> dict:
    return {"polarity": pol, "category": "statement", "score": 0.5}


def write_run(out: Path, articles: list[dict], claims: list[dict], **tables: list[dict]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in {"articles": articles, "claims": claims, **tables}.items():
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row) + "\n" for row in rows)
    return out


# --- overview and edges -----------------------------------------------------------------

RUS = actor("gpe:RUS", "Russia", 26, 32)
JPN_TARGET = actor("gpe:JPN", "Japan", 40, 45)
USA = actor("gpe:USA", "United States")


def test_overview_counts_claims_by_kind_polarity_speaker_and_target():
    claims = [
        claim("a", 1, kind="direct", stance=stance("positive")),
        claim("a", 2, kind="stance", stance=stance("negative"), speaker=RUS),
        claim("a", 3, kind="stance", stance=stance("negative"), speaker=RUS),
        # Japan named twice as a target of one claim counts once.
        claim("b", 1, kind="mixed", speaker=RUS, targets=[JPN_TARGET, JPN_TARGET, USA]),
        claim("b", 2, speaker=None),
    ]
    articles = [article("a"), article("b"), article("c", status="error", error="empty")]
    ov = overview(articles, claims)
    assert (ov.n_articles, ov.n_failed, ov.n_claims) == (3, 1, 5)
    assert ov.by_kind == {"direct": 1, "mixed": 1, "indirect": 1, "stance": 2}
    assert ov.by_polarity == {"positive": 1, "negative": 2, "neutral": 2}
    assert ov.top_speakers == [("Russia", 3), ("Japan", 1)]
    assert ov.top_targets == [("Japan", 1), ("United States", 1)]


def test_edges_count_by_polarity_and_have_a_net_polarity():
    claims = [
        claim("a", 1, speaker=RUS, targets=[JPN_TARGET], stance=stance("negative")),
        claim("a", 2, speaker=RUS, targets=[JPN_TARGET], stance=stance("negative")),
        claim("b", 1, speaker=RUS, targets=[JPN_TARGET], stance=stance("positive")),
        claim("b", 2, speaker=RUS, targets=[JPN_TARGET], stance=stance("neutral")),
        claim("b", 3, targets=[USA], stance=stance("positive")),
        claim("b", 4, targets=[RUS], stance=stance("positive")),
        claim("b", 5, targets=[RUS], stance=stance("negative")),
        claim("b", 6, speaker=None, targets=[USA]),  # no speaker actor: no edge
    ]
    by_pair = {(e.speaker_name, e.target_name): e for e in edges(claims)}
    assert set(by_pair) == {("Russia", "Japan"), ("Japan", "United States"), ("Japan", "Russia")}
    russia_japan = by_pair[("Russia", "Japan")]
    assert (russia_japan.n_positive, russia_japan.n_negative, russia_japan.n_neutral) == (1, 2, 1)
    assert (russia_japan.n_claims, russia_japan.net, russia_japan.n_articles) == (4, -1, 2)
    assert russia_japan.polarity == "negative"
    assert by_pair[("Japan", "United States")].polarity == "positive"
    assert by_pair[("Japan", "Russia")].polarity == "neutral"  # one each way: balanced


# --- reader: texts and the max-articles cut ----------------------------------------------


def test_reader_keeps_the_articles_with_most_claims(tmp_path):
    counts = {"a": 1, "b": 3, "c": 0, "d": 3, "e": 2}
    claims = [claim(aid, n) for aid, k in counts.items() for n in range(1, k + 1)]
    articles = [article(aid) for aid in counts]
    articles.append(article("f", status="error", error="empty article: no text"))
    out = write_run(tmp_path / "out", articles, claims)

    data = build_report(out, max_articles=2, search_dirs=[tmp_path])
    assert [item.row["article_id"] for item in data.reader] == ["b", "d"]  # ties by id
    assert [len(item.claims) for item in data.reader] == [3, 3]
    assert data.n_left_out == 3  # a, c, e; the failed article is not readable
    # Everything else still covers all articles.
    assert len(data.claims) == 9
    assert data.overview.n_articles == 6
    page = render_report(data)
    assert "The reader shows 2 of 5 articles" in page
    assert "3 are left out" in page
    assert page.count('class="doc"') == 2
    page_data = json.loads(_page_json(page))
    assert len(page_data["claims"]) == 9  # a small run: the page carries every claim
    assert [row[0] for row in page_data["articles"]] == ["a", "b", "d", "e"]  # those with claims
    assert [row[2] for row in page_data["articles"]] == [-1, 0, 1, -1]  # their reader places

    everything = build_report(out, max_articles=50, search_dirs=[tmp_path])
    assert (len(everything.reader), everything.n_left_out) == (5, 0)
    assert "left out" not in render_report(everything)


def test_text_is_used_only_when_found_and_unchanged(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "same.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "edited.txt").write_text(TEXT + " Edited later.", encoding="utf-8")
    articles = [
        article("edited", "corpus/edited.txt"),
        article("gone", "corpus/gone.txt"),
        article("same", "corpus/same.txt"),
    ]
    claims = [claim(a["article_id"], 1) for a in articles]
    out = write_run(tmp_path / "out", articles, claims)

    # Paths are relative to the run's working folder: by default, OUT_DIR's parent.
    data = build_report(out)
    reader = {item.row["article_id"]: item for item in data.reader}
    assert reader["same"].text == TEXT
    assert reader["same"].note is None
    assert reader["edited"].text is None
    assert "has changed since the run" in reader["edited"].note
    assert reader["gone"].text is None
    assert "corpus/gone.txt was not found" in reader["gone"].note

    page = render_report(data)
    assert "has changed since the run" in page
    # The claims of an article without its text are still listed in the reader.
    gone = page[page.index('id="doc-1"') : page.index('id="doc-2"')]
    assert "was not found" in gone
    assert "it would talk" in gone
    assert 'class="text"' not in gone


def test_text_of_a_jsonl_article_is_found_by_its_line(tmp_path):
    rows = [{"id": "x", "text": "Another text."}, {"id": "y", "text": TEXT}]
    source = tmp_path / "batch.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = write_run(tmp_path / "out", [article("y", f"{source}:2")], [claim("y", 1)])
    [item] = build_report(out).reader
    assert item.text == TEXT


# --- escaping ------------------------------------------------------------------------------

HOSTILE = '</script><script>alert("pwned")</script><img src=x onerror=alert(1)> {{ data }}'


def test_untrusted_text_is_escaped_everywhere(tmp_path):
    text = f"Japan said {HOSTILE}."
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    start = text.index("<")
    content = {"text": HOSTILE, "start": start, "end": start + len(HOSTILE)}
    speaker = actor("gpe:JPN", '<b onmouseover="alert(2)">Japan</b>', 0, 5)
    target = actor("org:evil", "<img src=y onerror=alert(5)>")
    claims = [
        claim(
            "evil",
            1,
            content=content,
            speaker=speaker,
            targets=[target],
            rule_id="<script>alert(3)</script>",
        )
    ]
    row = article("evil", "evil.txt", text=text, title="<script>alert(4)</script>")
    out = write_run(tmp_path / "out", [row], claims)
    page = render_report(build_report(out, search_dirs=[tmp_path]))

    assert "alert(" in page  # the text is there...
    for raw in ("<script>alert", "<img src=", '<b onmouseover="alert', "</script><script>"):
        assert raw not in page  # ...but never as markup
    assert "&lt;script&gt;alert(&quot;pwned&quot;)" in page  # in the reader
    assert "\\u003cscript\\u003ealert(4)" in page  # in the table's JSON
    # The page's scripts: plotly.js, Tabulator, the two figures, the data and our code.
    assert len(re.findall(r"<script\b", page)) == 6
    assert "{{ data }}" in page  # a template marker in the data stays text


def test_json_for_script_cannot_close_the_script():
    text = json_for_script({"a": "</script><!-- & \u2028"})
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_highlight_marks_spans_by_character_offset():
    c = claim("a", 1, stance=stance("negative"))
    mentions = [{"start": 0, "end": 5, "text": "Japan", "name": "Japan", "label": "GPE"}]
    dates = [{"start": 49, "end": 55, "text": "Monday", "type": "DATE", "value": "2024-09-30"}]
    marked = highlight(TEXT, [(7, c)], mentions, dates)
    assert re.sub(r"<[^>]+>", "", marked) == TEXT  # nothing added, nothing lost
    assert '<span class="act spk" data-c="7" title="Japan (GPE, -)">Japan</span>' in marked
    assert '<span class="cue" data-c="7">said</span>' in marked
    assert '<span class="content pol-negative" data-c="7">it would talk</span>' in marked
    assert '<span class="date" title="DATE 2024-09-30">Monday</span>' in marked


# --- timeline --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-04", date(2024, 10, 4)),
        ("2024-10-04T10:00", date(2024, 10, 4)),
        ("2024-W39", date(2024, 9, 23)),
        ("2024-09", date(2024, 9, 1)),
        ("2024-Q3", date(2024, 7, 1)),
        ("2024", date(2024, 1, 1)),
        ("2024-SU", date(2024, 1, 1)),
        ("XXXX-09", None),
        ("201", None),
        ("PRESENT_REF", None),
        ("2024-13", None),
        (None, None),
    ],
)
def test_timex_start(value, expected):
    assert timex_start(value) == expected


def test_timeline_groups_claims_by_actor_day_and_polarity():
    claims = [
        claim("a", 1, stance=stance("negative")),
        claim("a", 2, stance=stance("negative")),
        claim("a", 3, date={"value": "2024-W39"}),
        claim("a", 4, speaker=RUS, date={"value": "XXXX-09"}),
        claim("a", 5, speaker=RUS, date=None),
    ]
    points, n_undated = timeline(claims)
    assert n_undated == 2
    assert [(p.actor, p.day, p.polarity, p.n_claims) for p in points] == [
        ("Japan", date(2024, 9, 23), "neutral", 1),
        ("Japan", date(2024, 10, 4), "negative", 2),
    ]


# --- the page and the command ------------------------------------------------------------


def test_page_is_self_contained(tmp_path):
    out = write_run(tmp_path / "out", [article("a")], [claim("a", 1, targets=[RUS])])
    page = render_report(build_report(out))
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=\"?(https?:)?//", page)
    assert page.count("plotly.js v") == 1  # the library is inlined once for both figures
    assert page.count("Tabulator v") == 1
    assert "sourceMappingURL" not in page  # no map file for the browser to look for
    # Besides the libraries (plotly's map tiles and SVG namespaces), no address at all.
    ours = page.replace(get_plotlyjs(), "").replace(tabulator_asset("js/tabulator.min.js"), "")
    assert not re.search(r"https?://", ours)
    assert 'id="network-plot"' in page and 'id="timeline-plot"' in page
    assert render_report(build_report(out)) == page  # no random ids: runs compare equal


def test_cli_writes_the_report(tmp_path):
    out = write_run(tmp_path / "out", [article("a")], [claim("a", 1)])
    result = CliRunner().invoke(cli, ["report", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").stat().st_size > 1_000_000  # plotly.js is in it
    assert "1 article(s), 1 claim(s)" in result.output

    target = tmp_path / "elsewhere" / "r.html"
    result = CliRunner().invoke(cli, ["report", str(out), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "output folder not found"),
        ("empty folder", "has no articles.jsonl"),
        ("empty table", "articles.jsonl lists no articles"),
        ("broken table", "cannot read the tables"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, setup, message):
    out = tmp_path / "out"
    if setup != "missing":
        out.mkdir()
    if setup == "empty table":
        (out / "articles.jsonl").write_text("", encoding="utf-8")
    if setup == "broken table":
        (out / "articles.jsonl").write_text('{"article_id": "a", "sta', encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(out)])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (out / "report.html").exists()


def test_write_report_returns_its_data(tmp_path):
    out = write_run(tmp_path / "out", [article("a"), article("b")], [claim("b", 1)])
    data = write_report(out, tmp_path / "r.html", max_articles=1)
    assert [item.row["article_id"] for item in data.reader] == ["b"]


def _page_json(page: str) -> str:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page)
    assert match
    return match[1]


# --- relations over time -----------------------------------------------------------------


def person(actor_id: str, country: str | None) -> dict:
    return {**actor(actor_id, actor_id.split(":")[1].title()), "country": country}


ABE, PUTIN, BIDEN = person("p:abe", "JPN"), person("p:putin", "RUS"), person("p:biden", "USA")
KISHIDA, UN = person("p:kishida", "JPN"), person("igo:un", "IGO")


@pytest.mark.parametrize(
    ("date_value", "published", "month"),
    [
        ("2024-09-23", "2024-10-04", "2024-09"),  # the claim's own day
        ("2024-09", None, "2024-09"),  # a month
        ("2024-09-23T10:00", None, "2024-09"),  # a time
        ("2024-W39", "2024-10-04", "2024-10"),  # a week names no month: the article's
        ("2024-Q3", "2024-10-04", "2024-10"),  # a quarter neither
        ("XXXX-09", "2024-10-04", "2024-10"),  # no year
        ("2024-13-01", "2024-10-04", "2024-10"),  # no such month
        (None, "2024-10-04", "2024-10"),  # undated claim of a dated article
        (None, None, None),  # undated: left out
    ],
)
def test_claim_month(date_value, published, month):
    assert claim_month(claim("a", 1, date={"value": date_value}), published) == month


@pytest.mark.parametrize(
    ("event", "polarity", "expected"),
    [
        ({"quad": "material_conflict"}, "positive", ("material_conflict", "event")),
        ({"quad": "verbal_cooperation"}, "negative", ("verbal_cooperation", "event")),
        ({"quad": None}, "negative", ("verbal_conflict", "stance")),  # no event: the stance
        (None, "positive", ("verbal_cooperation", "stance")),
        (None, "negative", ("verbal_conflict", "stance")),
        (None, "neutral", ("neutral", "stance")),
    ],
)
def test_claim_quad_uses_the_event_else_the_stance(event, polarity, expected):
    assert claim_quad(claim("a", 1, event=event, stance=stance(polarity))) == expected


def test_claim_dyads_pair_actors_and_their_states():
    one = claim("a", 1, speaker=ABE, targets=[PUTIN, PUTIN, KISHIDA, UN, BIDEN])
    assert [(d.dyad_type, d.source_id, d.target_id) for d in claim_dyads(one)] == [
        ("actor", "p:abe", "p:putin"),  # Putin named twice: once
        ("actor", "p:abe", "p:kishida"),
        ("actor", "p:abe", "igo:un"),
        ("actor", "p:abe", "p:biden"),
        ("state", "JPN", "RUS"),  # no JPN -> JPN, and the UN is no state
        ("state", "JPN", "USA"),
    ]
    assert claim_dyads(claim("a", 2, speaker=ABE, targets=[ABE])) == []  # no self-dyad
    assert claim_dyads(claim("a", 3, speaker=None, targets=[PUTIN])) == []


def test_joint_speakers_count_toward_targets_not_each_other():
    joint = {**ABE, "members": [ABE, BIDEN]}
    said = claim("a", 4, speaker=joint, targets=[ABE, BIDEN, PUTIN])
    assert [(d.source_id, d.target_id) for d in claim_dyads(said) if d.dyad_type == "actor"] == [
        ("p:abe", "p:putin"),  # "Abe and Biden condemned Putin": each member toward Putin
        ("p:biden", "p:putin"),
    ]
    agreed = claim("a", 5, speaker=joint, targets=[ABE, BIDEN], event={"reciprocal": True})
    assert [(d.source_id, d.target_id) for d in claim_dyads(agreed) if d.dyad_type == "actor"] == [
        ("p:abe", "p:biden"),  # "Abe and Biden agreed": toward each other
        ("p:biden", "p:abe"),
    ]


def test_relation_rows_count_quads_per_dyad_and_month():
    claims = [
        claim("a", 1, speaker=ABE, targets=[PUTIN], stance=stance("negative")),
        claim("a", 2, speaker=ABE, targets=[PUTIN], event={"quad": "material_conflict"}),
        claim("a", 3, speaker=ABE, targets=[PUTIN], stance=stance("positive")),
        claim("b", 1, speaker=KISHIDA, targets=[PUTIN], stance=stance("neutral"), date=None),
        claim("c", 1, speaker=ABE, targets=[PUTIN], date=None),  # undated article: left out
    ]
    published = {"a": "2024-10-04", "b": "2024-11-30", "c": None}
    rows = relation_rows(claims, published)
    assert [(r["dyad_type"], r["source_id"], r["target_id"], r["month"]) for r in rows] == [
        ("actor", "p:abe", "p:putin", "2024-10"),
        ("actor", "p:kishida", "p:putin", "2024-11"),
        ("state", "JPN", "RUS", "2024-10"),
        ("state", "JPN", "RUS", "2024-11"),
    ]
    abe_putin = rows[0]
    assert tuple(abe_putin) == COLUMNS
    assert (abe_putin["source_name"], abe_putin["target_name"]) == ("Abe", "Putin")
    assert abe_putin["n_claims"] == 3
    assert (abe_putin["verbal_cooperation"], abe_putin["verbal_conflict"]) == (1, 1)
    assert (abe_putin["material_conflict"], abe_putin["neutral"]) == (1, 0)
    assert abe_putin["net"] == -1  # one cooperation, two conflict
    assert (abe_putin["n_event_basis"], abe_putin["n_stance_basis"]) == (1, 2)
    assert abe_putin["basis"] == "mixed"
    assert rows[1]["basis"] == "stance" and rows[1]["neutral"] == 1 and rows[1]["net"] == 0
    assert (rows[2]["source_name"], rows[2]["target_name"]) == ("Japan", "Russia")
    assert rows[2]["n_claims"] == 3  # both officials count for their states


def test_relations_view_keeps_the_busiest_dyads_and_the_most_confident_claims_of_a_month():
    claims = [
        claim("a", n, speaker=ABE, targets=[PUTIN], confidence=n / 10, stance=stance("negative"))
        for n in range(1, 5)
    ] + [
        claim("b", 1, speaker=BIDEN, targets=[KISHIDA], date={"value": "2024-08-02"}),
        claim("b", 2, speaker=BIDEN, targets=[UN], stance=stance("positive")),
    ]
    view = relations_view(claims, {"a": "2024-10-04", "b": "2024-10-04"}, 1, 2)
    assert [(d["type"], d["source"], d["target"], d["n"]) for d in view.dyads] == [
        ("state", "Japan", "Russia", 4),  # one dyad of each type: the busiest
        ("actor", "Abe", "Putin", 4),
    ]
    abe_putin = view.dyads[1]
    assert abe_putin["months"] == ["2024-10"]
    assert abe_putin["counts"] == [[0, 0, 4, 0, 0]]  # four verbal conflicts
    assert view.claims[1] == [[3, 2]]  # the two most confident: a#4 (0.4), a#3 (0.3)

    more = relations_view(claims, {"a": "2024-10-04", "b": "2024-10-04"}, 2, 2, 1)
    assert [(d["source"], d["target"]) for d in more.dyads] == [
        ("Japan", "Russia"),
        ("United States", "Japan"),
        ("Abe", "Putin"),
        ("Biden", "Un"),  # one claim each: ties by id, igo:un before p:kishida
    ]
    assert sorted(more.claims) == [0, 2]  # only the busiest dyad of each type lists claims


def test_actor_profiles_count_stance_partners_and_categories():
    claims = [
        claim("a", 1, speaker=ABE, targets=[PUTIN], stance=stance("negative")),
        claim("a", 2, speaker=ABE, targets=[PUTIN, BIDEN], event={"category": "CONSULT"}),
        claim("a", 3, speaker=PUTIN, targets=[ABE], stance=stance("positive")),
        claim("a", 4, speaker=BIDEN, targets=[ABE], stance=stance("positive")),
    ]
    abe = next(p for p in actor_profiles(claims) if p["name"] == "Abe")
    assert abe["given"] == [0, 1, 1]  # positive, negative, neutral claims made
    assert abe["received"] == [2, 0, 0]
    assert abe["to"] == [("Putin", 2), ("Biden", 1)]
    assert abe["by"] == [("Biden", 1), ("Putin", 1)]  # ties by name
    assert abe["categories"] == [("(statement)", 1), ("CONSULT", 1)]  # the stance's, else


def test_a_large_run_carries_only_the_claims_its_views_show(tmp_path, monkeypatch):
    monkeypatch.setattr(views, "TABLE_CLAIMS", 2)
    monkeypatch.setattr(views, "CLAIMS_PER_MONTH", 3)
    reader = [claim("a", n, confidence=0.2) for n in range(1, 13)]
    dyad = [claim("b", n, speaker=ABE, targets=[PUTIN], confidence=n / 10) for n in range(1, 7)]
    table = [claim("c", n, confidence=c) for n, c in enumerate((0.9, 0.8, 0.7, 0.3), 1)]
    articles = [article("a"), article("b"), article("c")]
    out = write_run(tmp_path / "out", articles, reader + dyad + table)
    page = render_report(build_report(out, max_articles=1, search_dirs=[tmp_path]))
    page_data = json.loads(_page_json(page))
    carried = {f"{page_data['articles'][row[0]][0]}{row[1]}" for row in page_data["claims"]}
    assert carried == {
        *(f"a#{n}" for n in range(1, 13)),  # the reader's article: every claim
        "b#6",  # the month's three most confident claims of the Abe -> Putin dyad
        "b#5",
        "b#4",
        "c#1",  # the two most confident of the run
        "c#2",
    }
    assert "This page carries 17 of the run's 22 claims" in page
    assert "The other 5 are left out" in page
    assert "<code>claims.jsonl</code>" in page  # where they are (no parquet in this run)


# --- the corpus-scale benchmark's helpers -------------------------------------------------

BENCH = runpy.run_path(str(ROOT / "scripts" / "bench_report.py"))


@pytest.mark.parametrize(
    ("value", "months", "expected"),
    [
        ("2024-10-04", 3, "2025-01-04"),  # across a year
        ("2024-W39", 1, "2024-W39"),  # a week has no YYYY-MM: kept
        ("XXXX-09", 5, "XXXX-09"),  # no year: kept
        (None, 5, None),
    ],
)
def test_bench_shift_months(value, months, expected):
    assert BENCH["shift_months"](value, months) == expected


def test_bench_rewrites_only_its_own_section(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Speed\n\nfast\n\n## Other\n\nkept\n", encoding="utf-8")
    BENCH["write_section"](doc, "## Report at corpus scale\n\nfirst\n")
    BENCH["write_section"](doc, "## Report at corpus scale\n\nsecond\n")
    text = doc.read_text(encoding="utf-8")
    assert text.count("## Report at corpus scale") == 1 and "second" in text  # replaced
    assert "first" not in text
    assert "## Speed\n\nfast" in text and "## Other\n\nkept" in text  # the others kept
