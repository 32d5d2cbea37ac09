"""Turn ReportData into one self-contained HTML page.

Everything the page needs is inlined: the CSS and JS from templates/, plotly.js (once),
and the claims as JSON. Article text is untrusted input: every piece of it goes through
`html.escape` here, through `json_for_script` into the page's data, or through plotly's
own JSON escaping; the page's JS only ever sets `textContent`.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from datetime import date, timedelta
from importlib import resources
from typing import Any

import networkx as nx
import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from pipeline import __version__
from pipeline.report.build import (
    NOT_AN_ACTOR,
    OTHER_ACTORS,
    Edge,
    ReportData,
    TimelinePoint,
    polarity,
    speaker_label,
    timeline,
)
from pipeline.report.reader import empty_html, reader_html
from pipeline.report.views import page_views

POLARITY_COLOURS = {"positive": "#1a9850", "negative": "#d73027", "neutral": "#8c8c8c"}
NET_POLARITY_LABELS = {
    "positive": "net positive",
    "negative": "net negative",
    "neutral": "balanced or neutral",
}
MAX_EDGES = 60  # more arrows than this make the network unreadable
MAX_TIMELINE_ACTORS = 15
_PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def render_report(data: ReportData) -> str:
    """The report page for `data`, as one HTML string."""
    reader_index = {item.row["article_id"]: n for n, item in enumerate(data.reader)}
    # Only some claims go into the page (see views.py); it refers to them by number.
    shown, views = page_views(data)
    claim_index = {claim.get("claim_id"): n for n, claim in enumerate(shown)}
    parts = {
        "title": html.escape(f"Claims report: {data.out_dir.name or data.out_dir}"),
        "version": html.escape(__version__),
        "style": _template("report.css") + tabulator_asset("css/tabulator_simple.min.css"),
        "script": _template("report.js") + "\n" + _template("views.js"),
        "plotlyjs": get_plotlyjs(),
        "tabulatorjs": tabulator_asset("js/tabulator.min.js"),
        "overview": overview_html(data),
        "network": network_html(data.edges),
        "timeline": timeline_html(data.claims),
        "reader": reader_html(data, claim_index),
        "left_out": left_out_html(len(shown), views),
        "data": json_for_script({**_page_data(data, shown, reader_index), **views}),
    }
    # One pass over the template only, so that a "{{ name }}" inside the data stays text.
    return re.sub(r"\{\{ (\w+) \}\}", lambda m: parts[m[1]], _template("report.html"))


def tabulator_asset(name: str) -> str:
    """A file of Tabulator (MIT), as the django-js-lib-tabulator package ships it."""
    path = resources.files("js_lib_tabulator") / "static" / "tabulator" / name
    # The source-map comment would make the browser look for a file that is not there.
    return re.sub(r"/[*/][#@] sourceMappingURL=\S+( \*/)?", "", path.read_text(encoding="utf-8"))


def left_out_html(n_shown: int, views: dict[str, Any]) -> str:
    n_total = views["n_claims_total"]
    if n_shown >= n_total:
        return ""
    return (
        f'<p class="note" id="left-out">This page carries {n_shown:,} of the run\'s '
        f"{n_total:,} claims: the {views['table_top']:,} most confident, those of the "
        "articles in the reader, and the most confident of each month in the relations "
        f"view. The other {n_total - n_shown:,} are left out; they are all in "
        f"<code>{html.escape(views['claims_file'])}</code> of the output folder. The "
        "overview, network, timeline, relations and profiles count every claim.</p>"
    )


def _template(name: str) -> str:
    return (resources.files("pipeline.report") / "templates" / name).read_text(encoding="utf-8")


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, `<!--` or `&` can
    appear in it (the same escaping as Django's json_script)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


# The fields of a claim in the page's data. Claims are sent as lists in this order, and
# articles once each, so that a corpus of thousands of articles keeps a modest page.
CLAIM_FIELDS = (
    "article",  # index into the page data's articles: [article_id, title, reader index]
    "claim_no",  # claim_id without its article id ("#3")
    "speaker",
    "speaker_text",
    "cue",
    "cue_lemma",
    "content",
    "targets",
    "kind",
    "polarity",
    "stance_category",
    "score",
    "negated",
    "modality",
    "date",
    "date_text",
    "date_basis",
    "confidence",
    "rule_id",
)


def _page_data(
    data: ReportData, claims: list[dict[str, Any]], reader_index: dict[str, int]
) -> dict[str, Any]:
    """What the table and the claim panel need: the articles of the page's claims, then
    one row per claim."""
    titles = {a["article_id"]: a.get("title") or a["article_id"] for a in data.articles}
    article_no: dict[str, int] = {}
    articles: list[list[Any]] = []
    rows = []
    for claim in claims:
        article_id = claim["article_id"]
        if article_id not in article_no:
            article_no[article_id] = len(articles)
            title = titles.get(article_id, article_id)
            articles.append([article_id, title, reader_index.get(article_id, -1)])
        claim_id = claim.get("claim_id") or ""
        speaker = claim.get("speaker") or {}
        cue = claim.get("cue") or {}
        stance = claim.get("stance") or {}
        when = claim.get("date") or {}
        rows.append(
            [
                article_no[article_id],
                claim_id.removeprefix(article_id),
                speaker_label(claim),
                speaker.get("text"),
                cue.get("text"),
                cue.get("lemma"),
                (claim.get("content") or {}).get("text"),
                [t.get("name") or t.get("text") for t in claim.get("targets") or []],
                claim.get("kind"),
                polarity(claim),
                stance.get("category"),
                stance.get("score"),
                claim.get("negated"),
                claim.get("modality"),
                when.get("value"),
                when.get("text"),
                when.get("basis"),
                claim.get("confidence"),
                claim.get("rule_id"),
            ]
        )
    return {"fields": CLAIM_FIELDS, "articles": articles, "claims": rows}


# --- overview -------------------------------------------------------------------------


def overview_html(data: ReportData) -> str:
    ov = data.overview
    n_speakers = len({(c.get("speaker") or {}).get("actor_id") for c in data.claims} - {None, ""})
    cards = [
        ("articles", f"{ov.n_articles:,}", f"{ov.n_failed:,} failed" if ov.n_failed else ""),
        ("claims", f"{ov.n_claims:,}", ""),
        ("speaking actors", f"{n_speakers:,}", ""),
        ("speaker → target pairs", f"{len(data.edges):,}", ""),
    ]
    card_html = "".join(
        f'<div class="card"><div class="big">{value}</div><div>{html.escape(label)}</div>'
        f'<div class="sub">{html.escape(sub)}</div></div>'
        for label, value, sub in cards
    )
    polarity_rows = [(p, n, f"pol-{p}") for p, n in ov.by_polarity.items()]
    kind_rows = [(k, n, "kind") for k, n in ov.by_kind.items()]
    blocks = [
        _bars("Claims by kind", kind_rows),
        _bars("Claims by polarity", polarity_rows),
        _bars("Top speakers", [(name, n, "actor") for name, n in ov.top_speakers]),
        _bars("Top targets", [(name, n, "actor") for name, n in ov.top_targets]),
    ]
    return f'<div class="cards">{card_html}</div><div class="bar-grid">{"".join(blocks)}</div>'


def _bars(title: str, rows: list[tuple[str, int, str]]) -> str:
    """A small horizontal bar chart in plain HTML: no script needed for the overview."""
    top = max((n for _, n, _ in rows), default=0) or 1
    items = "".join(
        f'<div class="bar-row"><span class="bar-label" title="{html.escape(label)}">'
        f"{html.escape(label)}</span>"
        f'<span class="bar-track"><span class="bar {css}" style="width:{100 * n / top:.1f}%">'
        f'</span></span><span class="bar-n">{n:,}</span></div>'
        for label, n, css in rows
    )
    return f'<div class="bars"><h3>{html.escape(title)}</h3>{items or empty_html("none")}</div>'


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


# --- network --------------------------------------------------------------------------


def network_html(edges: list[Edge], max_edges: int = MAX_EDGES) -> str:
    drawn = sorted(
        (e for e in edges if e.speaker_id != e.target_id),
        key=lambda e: (-e.n_claims, e.speaker_name, e.target_name),
    )
    if not drawn:
        return empty_html("No claim has both a speaker actor and a target actor.")
    shown = drawn[:max_edges]
    fig = network_figure(shown)
    n_self = len(edges) - len(drawn)
    caption = (
        f"The {len(shown):,} of {_plural(len(drawn), 'speaker → target pair')} with the most "
        "claims."
        if len(shown) < len(drawn)
        else f"All {_plural(len(drawn), 'speaker → target pair')}."
    )
    if n_self:
        caption += f" Not drawn: claims of an actor about itself ({_plural(n_self, 'actor')})."
    caption += (
        " Arrows point from speaker to target; width is the number of claims, colour "
        "the net polarity (positive minus negative claims). Hover over an arrow's middle "
        "for its counts."
    )
    return _figure_html(fig, "network-plot") + f'<p class="caption">{html.escape(caption)}</p>'


def network_figure(edges: list[Edge]) -> go.Figure:
    """Speaker → target arrows on a force-directed layout (computed here, so that the
    page needs nothing but plotly.js)."""
    names: dict[str, str] = {}
    weight: Counter[str] = Counter()
    for e in edges:
        names[e.speaker_id], names[e.target_id] = e.speaker_name, e.target_name
        weight[e.speaker_id] += e.n_claims
        weight[e.target_id] += e.n_claims
    nodes = sorted(names, key=lambda n: (-weight[n], n))
    index = {node: i for i, node in enumerate(nodes)}
    pos = spring_layout(len(nodes), [(index[e.speaker_id], index[e.target_id]) for e in edges])

    fig = go.Figure()
    top = max(e.n_claims for e in edges)
    curves = [_curve(pos[index[e.speaker_id]], pos[index[e.target_id]]) for e in edges]
    for e, curve in zip(edges, curves, strict=True):
        _add_edge(fig, curve, POLARITY_COLOURS[e.polarity], 1.2 + 4.8 * math.sqrt(e.n_claims / top))
    fig.add_trace(_edge_hover_trace(edges, curves))
    fig.add_trace(_node_trace(nodes, names, weight, pos))
    for pol, label in NET_POLARITY_LABELS.items():  # legend only: one entry per edge colour
        line = {"color": POLARITY_COLOURS[pol], "width": 4}
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", line=line, name=label))
    _network_layout(fig)
    return fig


def _add_edge(fig: go.Figure, curve: np.ndarray, colour: str, width: float) -> None:
    """One edge: a line along the curve, and an arrowhead at its end."""
    fig.add_trace(
        go.Scatter(
            x=curve[:-1, 0],
            y=curve[:-1, 1],
            mode="lines",
            line={"color": colour, "width": width},
            opacity=0.75,
            hoverinfo="skip",
            showlegend=False,
            meta="edge",
        )
    )
    # The arrowhead: an annotation on the curve's last stretch (a very short arrow loses its head).
    fig.add_annotation(
        x=curve[-1, 0],
        y=curve[-1, 1],
        ax=curve[-4, 0],
        ay=curve[-4, 1],
        xref="x",
        yref="y",
        axref="x",
        ayref="y",
        showarrow=True,
        arrowhead=2,
        arrowsize=1,
        arrowwidth=max(1.0, width * 0.7),
        arrowcolor=colour,
        opacity=0.9,
        text="",
    )


def _edge_hover_trace(edges: list[Edge], curves: list[np.ndarray]) -> go.Scatter:
    """Invisible markers at the edges' middles that carry their counts on hover."""
    return go.Scatter(
        x=[curve[len(curve) // 2][0] for curve in curves],
        y=[curve[len(curve) // 2][1] for curve in curves],
        mode="markers",
        marker={"size": 12, "opacity": 0},
        hovertext=[
            f"{_plotly_text(e.speaker_name)} → {_plotly_text(e.target_name)}<br>"
            f"{_plural(e.n_claims, 'claim')}: {e.n_positive} positive, {e.n_negative} "
            f"negative, {e.n_neutral} neutral<br>in {_plural(e.n_articles, 'article')}"
            for e in edges
        ],
        hoverinfo="text",
        showlegend=False,
    )


def _node_trace(
    nodes: list[str], names: dict[str, str], weight: Counter[str], pos: np.ndarray
) -> go.Scatter:
    """The actors: labelled markers sized by their weight."""
    return go.Scatter(
        x=pos[:, 0],
        y=pos[:, 1],
        mode="markers+text",
        text=[_plotly_text(names[n]) for n in nodes],
        textposition="top center",
        textfont={"size": 12, "color": "#1f2937"},
        marker={
            "size": [9 + 3 * math.sqrt(weight[n]) for n in nodes],
            "color": "#334155",
            "line": {"color": "white", "width": 1.5},
        },
        hovertext=[f"{_plotly_text(names[n])}<br>{weight[n]} claim link(s)" for n in nodes],
        hoverinfo="text",
        showlegend=False,
    )


def _network_layout(fig: go.Figure) -> None:
    # Room on the sides for the labels of the outermost nodes.
    axis = {"visible": False, "range": [-1.45, 1.45]}
    fig.update_layout(
        height=640,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis=axis,
        yaxis={**axis, "range": [-1.15, 1.2]},
        plot_bgcolor="white",
        paper_bgcolor="white",
        hovermode="closest",
        legend={"orientation": "h", "x": 0, "y": 1.0, "bgcolor": "rgba(255,255,255,0.8)"},
        template="simple_white",
    )


def spring_layout(n: int, pairs: list[tuple[int, int]]) -> np.ndarray:
    """Node positions in [-1, 1]², from networkx's ForceAtlas2 layout, seeded so that a
    report is the same from run to run."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(pairs)
    if n == 1:
        return np.zeros((1, 2))
    # Strong gravity keeps unconnected pairs near the rest, so that they do not squeeze the
    # main cluster into a corner; distributed action pushes the hubs apart.
    layout = nx.forceatlas2_layout(
        graph, max_iter=500, seed=0, strong_gravity=True, distributed_action=True, scaling_ratio=4.0
    )
    pos = np.array([layout[i] for i in range(n)], dtype=float)
    pos -= pos.mean(axis=0)
    return pos / max(np.abs(pos).max(), 1e-9)


def _curve(start: np.ndarray, end: np.ndarray, points: int = 16) -> np.ndarray:
    """A gently bent line from start to end, stopping short of the end node so that the
    arrowhead shows; A→B and B→A bend to opposite sides."""
    direction = end - start
    normal = np.array([-direction[1], direction[0]])
    control = (start + end) / 2 + 0.15 * normal
    t = np.linspace(0.0, 0.9, points)[:, None]
    return (1 - t) ** 2 * start + 2 * (1 - t) * t * control + t**2 * end


def _plotly_text(text: str) -> str:
    # Plotly reads a few HTML tags in its labels; escaped, a name shows as it is written.
    return html.escape(text, quote=False)


def _figure_html(fig: go.Figure, div_id: str) -> str:
    # plotly.js is inlined once in the page's head; a fixed div id keeps output stable.
    return pio.to_html(
        fig,
        include_plotlyjs=False,
        full_html=False,
        div_id=div_id,
        config=_PLOTLY_CONFIG,
        default_height=f"{fig.layout.height}px",
    )


# --- timeline -------------------------------------------------------------------------


def timeline_html(claims: list[dict[str, Any]]) -> str:
    points, n_undated = timeline(claims, MAX_TIMELINE_ACTORS)
    if not points:
        return empty_html("No claim has a date with a calendar year.")
    fig = timeline_figure(points)
    caption = (
        "Each dot is an actor's claims on a date (the start of the period the date names: "
        "2024-W39 is placed on that week's Monday); size is the number of claims. "
        f"The {MAX_TIMELINE_ACTORS} actors with the most dated claims have a row each."
    )
    window = busy_window([p.day for p in points for _ in range(p.n_claims)])
    if window:
        fig.update_xaxes(range=[window[0].isoformat(), window[1].isoformat()])
        first, last = min(p.day for p in points), max(p.day for p in points)
        caption += (
            f" The chart opens on the dates of most claims; double-click it to see them all "
            f"({first.year} to {last.year})."
        )
    if n_undated:
        caption += f" Left out: {_plural(n_undated, 'claim')} undated or dated without a year."
    return _figure_html(fig, "timeline-plot") + f'<p class="caption">{html.escape(caption)}</p>'


def busy_window(days: list[date]) -> tuple[date, date] | None:
    """The span of the middle 95% of the claims' dates, padded, when a few far-off dates
    ("by 2050") would otherwise squeeze the rest into a corner; else None."""
    days = sorted(days)
    low, high = days[len(days) // 40], days[-1 - len(days) // 40]
    if (high - low) * 3 > days[-1] - days[0]:
        return None
    pad = max((high - low) / 10, timedelta(days=30))
    return low - pad, high + pad


def timeline_figure(points: list[TimelinePoint]) -> go.Figure:
    per_actor: Counter[str] = Counter()
    for p in points:
        per_actor[p.actor] += p.n_claims
    # The busiest actor on top; the catch-all rows at the bottom.
    catch_all = (OTHER_ACTORS, NOT_AN_ACTOR)
    order = sorted(per_actor, key=lambda a: (a in catch_all, -per_actor[a], a))
    fig = go.Figure()
    for pol in ("positive", "negative", "neutral"):
        mine = [p for p in points if p.polarity == pol]
        if not mine:
            continue
        fig.add_trace(
            go.Scatter(
                x=[p.day.isoformat() for p in mine],
                y=[_plotly_text(p.actor) for p in mine],
                mode="markers",
                name=pol,
                marker={
                    "color": POLARITY_COLOURS[pol],
                    "size": [8 + 5 * math.sqrt(p.n_claims - 1) for p in mine],
                    "opacity": 0.75,
                    "line": {"color": "white", "width": 1},
                },
                hovertext=[
                    f"<b>{_plotly_text(p.actor)}</b>, {p.day.isoformat()}: "
                    f"{_plural(p.n_claims, pol + ' claim')}<br>"
                    + "<br>".join(_plotly_text(example) for example in p.examples)
                    for p in mine
                ],
                hoverinfo="text",
            )
        )
    fig.update_layout(
        height=140 + 30 * len(order),
        margin={"l": 10, "r": 10, "t": 30, "b": 40},
        yaxis={
            "categoryorder": "array",
            "categoryarray": [_plotly_text(a) for a in reversed(order)],
            "automargin": True,
        },
        xaxis={"type": "date", "showgrid": True, "gridcolor": "#eef0f3"},
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        hovermode="closest",
        template="simple_white",
    )
    return fig
