// The relations view (a dyad's claims per month, by quad class) and the actor profiles.
// Both draw from aggregates in the page's data (views.py); a month's claims are the
// most confident ones, which the page carries. Text is only ever set as textContent.
(function () {
  "use strict";
  const { DATA, CLAIMS, el, openInReader } = window.REPORT;
  const QUAD_STYLE = {
    verbal_cooperation: ["verbal cooperation", "#91cf60", 1],
    material_cooperation: ["material cooperation", "#1a9850", 1],
    verbal_conflict: ["verbal conflict", "#fc8d59", -1],
    material_conflict: ["material conflict", "#d73027", -1],
  };
  const n = (x) => x.toLocaleString("en");

  // --- relations over time --------------------------------------------------------------
  const dyads = DATA.relations;
  const picker = document.getElementById("dyad-select");
  const plot = document.getElementById("relations-plot");
  const listing = document.getElementById("month-claims");
  const label = (d) => d.source + " → " + d.target;

  function monthTotals(d, k) {
    const counts = Object.fromEntries(DATA.quads.map((q, j) => [q, d.counts[k][j]]));
    const coop = counts.verbal_cooperation + counts.material_cooperation;
    const conflict = counts.verbal_conflict + counts.material_conflict;
    return { counts, coop, conflict, all: coop + conflict + counts.neutral, net: coop - conflict };
  }

  // Every month from the dyad's first to its last, so that a month without claims reads
  // as zero rather than as a line drawn across it; k is the month's place in d.months.
  function calendar(d) {
    const [first, last] = [d.months[0], d.months[d.months.length - 1]].map((m) => {
      const [y, mo] = m.split("-").map(Number);
      return y * 12 + mo - 1;
    });
    if (last - first > 1200) return d.months.map((m, k) => [m, k]); // far-off dates: no filling
    const place = new Map(d.months.map((m, k) => [m, k]));
    const out = [];
    for (let t = first; t <= last; t++) {
      const m = String(Math.floor(t / 12)).padStart(4, "0") + "-" + String((t % 12) + 1).padStart(2, "0");
      out.push([m, place.has(m) ? place.get(m) : null]);
    }
    return out;
  }

  function draw(index) {
    const d = dyads[index];
    const cal = calendar(d);
    const months = cal.map(([m]) => m + "-01");
    const ks = cal.map(([, k]) => k);
    const zero = { counts: Object.fromEntries(DATA.quads.map((q) => [q, 0])), net: 0 };
    const at = (k) => (k === null ? zero : monthTotals(d, k));
    const traces = Object.entries(QUAD_STYLE).map(([quad, [name, colour, sign]]) => ({
      type: "bar", name, x: months, customdata: ks, marker: { color: colour },
      y: ks.map((k) => sign * at(k).counts[quad]),
      hovertemplate: "%{x|%b %Y}: %{y} " + name + "<extra></extra>",
    }));
    traces.push({
      type: "scatter", mode: "lines+markers", name: "net (cooperation − conflict)",
      x: months, customdata: ks, y: ks.map((k) => at(k).net),
      line: { color: "#1f2937", width: 2 }, marker: { size: 6 },
      text: ks.map((k) => n(at(k).counts.neutral)),
      hovertemplate: "%{x|%b %Y}: net %{y}, %{text} neutral<extra></extra>",
    });
    const layout = {
      barmode: "relative", height: 420, template: "simple_white",
      margin: { l: 50, r: 10, t: 30, b: 40 }, hovermode: "closest",
      xaxis: { type: "date", showgrid: true, gridcolor: "#eef0f3" },
      yaxis: { title: { text: "claims" }, zeroline: true, zerolinecolor: "#64748b" },
      legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
      meta: [d.type, label(d)], // for tests and tools: which dyad is drawn
    };
    Plotly.react(plot, traces, layout, { displaylogo: false, responsive: true });
    document.getElementById("dyad-count").textContent =
      n(d.n) + " claims in " + n(d.months.length) + " months (" + d.type + " dyad)";
    listing.replaceChildren(el("p", "empty", "Click a month to list its claims."));
  }

  function listMonth(index, k) {
    const d = dyads[index];
    const t = monthTotals(d, k);
    listing.replaceChildren();
    listing.appendChild(el("h3", null, label(d) + ", " + d.months[k] + ": " + n(t.all) + " claims, " +
      n(t.coop) + " cooperation, " + n(t.conflict) + " conflict, net " + (t.net > 0 ? "+" : "") + t.net));
    const shown = d.claims[k] || [];
    if (!shown.length) {
      listing.appendChild(el("p", "caption", "The page lists the claims of the busiest dyads only; these " +
        n(t.all) + " are in " + DATA.claims_file + " (and counted in relations.csv)."));
    } else if (shown.length < t.all) {
      listing.appendChild(el("p", "caption", "The " + shown.length + " most confident are listed; all " +
        n(t.all) + " are in " + DATA.claims_file + "."));
    }
    const ol = el("ol", "month-list");
    for (const i of shown) {
      const c = CLAIMS[i];
      const li = el("li");
      li.dataset.c = String(i);
      li.appendChild(el("span", "badge pol-" + c.polarity, c.polarity));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("b", null, c.speaker));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("i", null, c.cue));
      li.appendChild(document.createTextNode(" " + c.content + " — " + c.title + " (" + (c.date || "undated") + ")"));
      li.addEventListener("click", () => openInReader(i));
      ol.appendChild(li);
    }
    listing.appendChild(ol);
  }

  if (dyads.length) {
    for (const [type, heading] of [["state", "States"], ["actor", "Actors"]]) {
      const group = el("optgroup");
      group.label = heading;
      dyads.forEach((d, i) => {
        if (d.type !== type) return;
        const option = el("option", null, label(d) + " (" + n(d.n) + ")");
        option.value = String(i);
        group.appendChild(option);
      });
      if (group.children.length) picker.appendChild(group);
    }
    // The busiest dyad of either kind first.
    const busiest = dyads.reduce((best, d, i) => (d.n > dyads[best].n ? i : best), 0);
    picker.value = String(busiest);
    picker.addEventListener("change", () => draw(Number(picker.value)));
    draw(busiest);
    plot.on("plotly_click", (event) => {
      const k = event.points[0].customdata;
      if (k !== undefined && k !== null) listMonth(Number(picker.value), k);
    });
  } else {
    plot.replaceChildren(el("p", "empty", "No dated claim has both a speaker actor and a target actor."));
  }

  // --- actor profiles -----------------------------------------------------------------
  const profiles = DATA.profiles;
  const chooser = document.getElementById("profile-select");
  const box = document.getElementById("profile");

  function tableOf(title, rows, empty) {
    const panel = el("div");
    panel.appendChild(el("h3", null, title));
    if (!rows.length) {
      panel.appendChild(el("p", "empty", empty || "none"));
      return panel;
    }
    const table = el("table");
    for (const [name, value] of rows) {
      const tr = el("tr");
      tr.appendChild(el("td", null, name));
      tr.appendChild(el("td", "n", n(value)));
      table.appendChild(tr);
    }
    panel.appendChild(table);
    return panel;
  }

  function showProfile(p) {
    const pols = ["positive", "negative", "neutral"];
    const grid = el("div", "profile-grid");
    grid.appendChild(tableOf("Stance given (claims made)", pols.map((x, j) => [x, p.given[j]])));
    grid.appendChild(tableOf("Stance received (claims about " + p.name + ")", pols.map((x, j) => [x, p.received[j]])));
    grid.appendChild(tableOf("Quad classes of its claims", DATA.quads.map((q, j) => [q.replace("_", " "), p.quads[j]])));
    grid.appendChild(tableOf("Top targets of its claims", p.to, "It names no other actor."));
    grid.appendChild(tableOf("Top speakers about it", p.by, "No other actor speaks of it."));
    grid.appendChild(tableOf("Most frequent event categories", p.categories));
    box.replaceChildren(grid);
    box.appendChild(el("p", "caption", "Event categories are PLOVER's where the run has events; in parentheses, the stance category of claims without one."));
  }

  if (profiles.length) {
    profiles.forEach((p, i) => {
      const option = el("option", null, p.name + " (" + n(p.given.reduce((a, b) => a + b) + p.received.reduce((a, b) => a + b)) + ")");
      option.value = String(i);
      chooser.appendChild(option);
    });
    chooser.addEventListener("change", () => showProfile(profiles[Number(chooser.value)]));
    showProfile(profiles[0]);
  } else {
    box.replaceChildren(el("p", "empty", "No claim has a speaker actor or a target actor."));
  }
})();
