"""The seed article's report, opened as a user would: in headless Chromium, via Selenium.

Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them). Without them
the tests skip, except under CI (the CI variable set), where they fail. Selenium is given
both paths, so Selenium Manager never downloads a browser or a driver.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import read_jsonl

from pipeline.io.relations import claim_dyads, claim_month, published_dates, relation_rows
from pipeline.report import write_report
from pipeline.report.browser import headless_chromium, missing_browser


@pytest.fixture(scope="session")
def browser_check() -> None:
    """Skip (or, under CI, fail) before anything costly when the browser is missing."""
    missing = missing_browser()
    reason = ""
    if missing:
        reason = f"{' and '.join(missing)} missing (apt-get install chromium chromium-driver)"
    else:
        try:
            import selenium  # noqa: F401
        except ImportError:
            reason = "selenium is not installed (pip install -e '.[dev]')"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run under CI: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def driver(browser_check):
    browser = headless_chromium(log_console=True)
    browser.set_page_load_timeout(60)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def seed_report(browser_check, seed_run, tmp_path_factory):
    out, _ = seed_run
    page = tmp_path_factory.mktemp("report") / "report.html"
    write_report(out, page)
    return out, page


def open_page(driver, page: Path) -> list[dict]:
    """Load the page, wait for its table, and return the console messages so far."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # drop what an earlier page logged
    driver.get(page.resolve().as_uri())
    WebDriverWait(driver, 30).until(
        lambda d: (
            d.find_elements(By.CSS_SELECTOR, "#claims-table[data-ready] .tabulator-row")
            and d.find_elements(By.CSS_SELECTOR, "#network-plot svg.main-svg")
            and d.find_elements(By.CSS_SELECTOR, "#relations-plot svg.main-svg")
        )
    )
    return driver.get_log("browser")


def table_rows(driver) -> list[dict]:
    """The rows that pass the table's filters (the grid draws only those in view)."""
    return driver.execute_script("return Tabulator.findTable('#claims-table')[0].getData('active')")


def test_page_loads_without_console_errors_or_network(driver, seed_report):
    _, page = seed_report
    logs = open_page(driver, page)
    severe = [entry for entry in logs if entry["level"] == "SEVERE"]
    assert not severe, severe
    # Everything the page loaded came from the file itself.
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert not [name for name in resources if not name.startswith(("data:", "file:"))]


def test_claims_table_lists_the_seed_claims(driver, seed_report):
    from selenium.webdriver.common.by import By

    out, page = seed_report
    claims = read_jsonl(out / "claims.jsonl")
    assert claims, "the seed run should have claims"
    open_page(driver, page)
    rows = table_rows(driver)
    assert len(rows) == len(claims)
    shown = Counter((row["speaker"], row["cue"], row["content"]) for row in rows)
    expected = Counter(
        (
            c["speaker"]["name"] or c["speaker"]["text"],
            c["cue"]["text"],
            c["content"]["text"],
        )
        for c in claims
    )
    assert shown == expected
    count = driver.find_element(By.ID, "f-count").text
    assert count == f"{len(claims)} of {len(claims)} claims"


def test_network_draws_one_arrow_per_pair(driver, seed_report):
    from selenium.webdriver.common.by import By

    out, page = seed_report
    pairs = {  # the actor pairs of dyads.csv (their rules: test_report)
        (d.source_id, d.target_id)
        for c in read_jsonl(out / "claims.jsonl")
        if c["speaker"] and c["speaker"]["actor_id"]
        for d in claim_dyads(c)
        if d.dyad_type == "actor"
    }
    assert pairs
    open_page(driver, page)
    plot = driver.find_element(By.ID, "network-plot")
    n_edges = driver.execute_script(
        "return arguments[0].data.filter(t => t.meta === 'edge').length", plot
    )
    assert n_edges == len(pairs)
    # Drawn, not just declared: each edge is an SVG path with a shape.
    lines = plot.find_elements(By.CSS_SELECTOR, ".scatterlayer .trace path.js-line")
    drawn = [line for line in lines if len(line.get_attribute("d") or "") > 10]
    assert len(drawn) >= len(pairs)
    arrows = plot.find_elements(By.CSS_SELECTOR, ".annotation-arrow-g path")
    assert len(arrows) >= len(pairs)
    labels = {t.get_attribute("textContent") for t in plot.find_elements(By.CSS_SELECTOR, "text")}
    assert "Shigeru Ishiba" in labels


def test_timeline_renders(driver, seed_report):
    from selenium.webdriver.common.by import By

    _, page = seed_report
    open_page(driver, page)
    points = driver.find_elements(By.CSS_SELECTOR, "#timeline-plot .scatterlayer .point")
    assert points


def test_filters_match_the_claims_file(driver, seed_report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out, page = seed_report
    claims = read_jsonl(out / "claims.jsonl")
    open_page(driver, page)
    polarity = Select(driver.find_element(By.ID, "f-polarity"))
    by_polarity = Counter(c["stance"]["polarity"] for c in claims)
    for value in ("positive", "negative", "neutral"):
        polarity.select_by_value(value)
        assert len(table_rows(driver)) == by_polarity[value], value
    polarity.select_by_value("")

    # The busiest speaker: its claims and the claims about it.
    name = Counter(c["speaker"]["name"] for c in claims if c["speaker"]).most_common(1)[0][0]
    about = [
        c
        for c in claims
        if (c["speaker"] and c["speaker"]["name"] == name)
        or name in [t["name"] for t in c["targets"]]
    ]
    Select(driver.find_element(By.ID, "f-actor")).select_by_value(name)
    assert len(table_rows(driver)) == len(about)
    Select(driver.find_element(By.ID, "f-kind")).select_by_value("indirect")
    assert len(table_rows(driver)) == sum(c["kind"] == "indirect" for c in about)


def test_clicking_a_claim_shows_its_fields(driver, seed_report):
    from selenium.webdriver.common.by import By

    out, page = seed_report
    claims = read_jsonl(out / "claims.jsonl")
    open_page(driver, page)
    cue = driver.find_element(By.CSS_SELECTOR, "#docs .text .cue[data-c]")
    claim = claims[int(cue.get_attribute("data-c").split()[0])]
    assert cue.text == claim["cue"]["text"]
    cue.click()
    panel = driver.find_element(By.ID, "claim-detail").text
    assert claim["rule_id"] in panel
    assert claim["content"]["text"] in panel


def test_hostile_text_stays_text_in_the_browser(driver, seed_report, tmp_path):
    """A run whose data carries markup: the page shows it, and runs none of it."""
    from selenium.webdriver.common.by import By

    out, _ = seed_report
    hostile = tmp_path / "hostile"
    shutil.copytree(out, hostile)
    claims = read_jsonl(hostile / "claims.jsonl")
    evil = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
    claims[0]["content"]["text"] = evil
    claims[0]["speaker"]["name"] = '<b onmouseover="window.pwned = 3">Evil</b>'
    with open(hostile / "claims.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(c) + "\n" for c in claims)
    page = hostile / "report.html"
    write_report(hostile, page)

    logs = open_page(driver, page)
    assert not [entry for entry in logs if entry["level"] == "SEVERE"]
    assert driver.execute_script("return window.pwned") is None
    cells = [
        cell.get_attribute("textContent")
        for cell in driver.find_elements(By.CSS_SELECTOR, "#claims-table .tabulator-cell")
    ]
    assert evil in cells
    assert '<b onmouseover="window.pwned = 3">Evil</b>' in cells


def dyad_totals(out: Path) -> tuple[dict[tuple[str, str], list[dict]], Counter]:
    """relations.csv's rows of the run by dyad, as the chart names it (type, "A → B"), and
    each dyad's total."""
    articles = read_jsonl(out / "articles.jsonl")
    rows = relation_rows(read_jsonl(out / "claims.jsonl"), dict(published_dates(articles)))
    by_dyad: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        key = (row["dyad_type"], f"{row['source_name']} → {row['target_name']}")
        by_dyad.setdefault(key, []).append(row)
    return by_dyad, Counter({k: sum(r["n_claims"] for r in v) for k, v in by_dyad.items()})


def relations_chart(driver) -> dict:
    return driver.execute_script(
        "const p = document.getElementById('relations-plot'), net = p.data.at(-1);"
        # The months with claims (those between them are drawn as zero).
        "return {dyad: p.layout.meta, net: net.y.filter((_, j) => net.customdata[j] !== null),"
        " bars: p.data.length - 1,"
        " drawn: p.querySelectorAll('.barlayer .point path').length}"
    )


def test_relations_chart_shows_the_busiest_dyad_and_follows_its_control(driver, seed_report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out, page = seed_report
    by_dyad, totals = dyad_totals(out)
    assert len(totals) >= 2, "the seed run should have several dyads"
    open_page(driver, page)
    chart = relations_chart(driver)
    dyad = tuple(chart["dyad"])
    assert totals[dyad] == max(totals.values())  # the busiest by default
    assert chart["net"] == [row["net"] for row in by_dyad[dyad]]
    assert chart["bars"] == 4 and chart["drawn"] > 0  # one trace per quad class, drawn

    picker = Select(driver.find_element(By.ID, "dyad-select"))
    shown = picker.first_selected_option.get_attribute("value")
    other = next(o for o in picker.options if o.get_attribute("value") != shown)
    picker.select_by_value(other.get_attribute("value"))
    changed = relations_chart(driver)
    assert tuple(changed["dyad"]) != dyad
    assert other.text.startswith(changed["dyad"][1] + " (")
    assert changed["net"] == [row["net"] for row in by_dyad[tuple(changed["dyad"])]]


def test_clicking_a_month_lists_its_claims(driver, seed_report):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    out, page = seed_report
    by_dyad, _ = dyad_totals(out)
    open_page(driver, page)
    dyad_type, label = relations_chart(driver)["dyad"]
    bars = driver.find_elements(By.CSS_SELECTOR, "#relations-plot .barlayer .point path")
    bar = next(b for b in bars if b.rect["height"] > 2)  # a quad with no claim is flat
    # Plotly picks the bar under the pointer on hover, then reports the click.
    ActionChains(driver).move_to_element(bar).pause(0.5).click().perform()
    heading = (
        WebDriverWait(driver, 5)
        .until(lambda d: d.find_element(By.CSS_SELECTOR, "#month-claims h3"))
        .text
    )
    month = next(r for r in by_dyad[(dyad_type, label)] if f"{label}, {r['month']}:" in heading)
    assert f"{month['n_claims']} claims" in heading
    listed = driver.find_elements(By.CSS_SELECTOR, "#month-claims li")
    assert len(listed) == min(month["n_claims"], 5)  # the most confident five at most
    articles = read_jsonl(out / "articles.jsonl")
    published = dict(published_dates(articles))
    of_month = [
        c["content"]["text"]
        for c in read_jsonl(out / "claims.jsonl")
        if claim_month(c, published[c["article_id"]]) == month["month"]
        and any(
            (d.dyad_type, d.source_id, d.target_id)
            == (month["dyad_type"], month["source_id"], month["target_id"])
            for d in claim_dyads(c)
        )
    ]
    for item in listed:
        assert any(content in item.text for content in of_month), item.text


def test_actor_profile_follows_its_control(driver, seed_report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    out, page = seed_report
    open_page(driver, page)
    picker = Select(driver.find_element(By.ID, "profile-select"))
    name = picker.options[1].text.rsplit(" (", 1)[0]
    picker.select_by_index(1)
    profile = driver.find_element(By.ID, "profile").text
    assert f"Stance received (claims about {name})" in profile
    made = sum(
        1
        for c in read_jsonl(out / "claims.jsonl")
        if c["speaker"] and c["speaker"]["actor_id"] and c["speaker"]["name"] == name
    )
    given = driver.find_elements(By.CSS_SELECTOR, "#profile .profile-grid > div:first-child td.n")
    assert sum(int(td.text.replace(",", "")) for td in given) == made
