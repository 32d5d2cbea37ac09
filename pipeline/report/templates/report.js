// The report's behaviour: the claims table (filter, sort) and the reader (pick an
// article, show a claim's fields). Text from the data is only ever set as textContent.
// The relations and profiles views are in views.js.
(function () {
  "use strict";
  // The data comes as rows of fields (see CLAIM_FIELDS in render.py): make them objects.
  const DATA = JSON.parse(document.getElementById("report-data").textContent);
  const CLAIMS = DATA.claims.map((row) => {
    const c = {};
    DATA.fields.forEach((field, k) => { c[field] = row[k]; });
    [c.article_id, c.title, c.reader] = DATA.articles[c.article];
    c.claim_id = c.article_id + c.claim_no;
    return c;
  });
  const KINDS = ["direct", "mixed", "indirect", "stance"];
  const POLARITIES = ["positive", "negative", "neutral"];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function addOptions(select, values, label) {
    for (const value of values) {
      const option = el("option", null, label ? label(value) : value);
      option.value = value;
      select.appendChild(option);
    }
  }

  // --- claim fields (reader panel) ---------------------------------------------------
  const detail = document.getElementById("claim-detail");
  let pinned = null;

  function fieldList(c) {
    const dl = el("dl");
    const rows = [
      ["claim", c.claim_id],
      ["article", c.title],
      ["kind", c.kind],
      ["polarity", c.polarity + (c.stance_category ? " (" + c.stance_category + ", score " + c.score + ")" : "")],
      ["speaker", c.speaker + (c.speaker_text && c.speaker_text !== c.speaker ? " — written “" + c.speaker_text + "”" : "")],
      ["cue", c.cue + (c.cue_lemma ? " (" + c.cue_lemma + ")" : "")],
      ["content", c.content],
      ["targets", c.targets.join("; ") || "—"],
      ["negated", c.negated ? "yes" : "no"],
      ["modality", c.modality],
      ["date", c.date ? c.date + (c.date_text ? " from “" + c.date_text + "”" : "") + " (" + c.date_basis + ")" : "—"],
      ["confidence", c.confidence],
      ["rule_id", c.rule_id],
    ];
    for (const [name, value] of rows) {
      dl.appendChild(el("dt", null, name));
      dl.appendChild(el("dd", name === "rule_id" ? "rule" : null, value === null || value === undefined ? "—" : value));
    }
    return dl;
  }

  function showClaim(i) {
    document.querySelectorAll(".on").forEach((node) => node.classList.remove("on"));
    if (!detail) return;
    detail.replaceChildren();
    if (i === null) {
      detail.appendChild(el("p", "empty", "Hover over or click a claim to see its fields."));
      return;
    }
    const c = CLAIMS[i];
    const head = el("p");
    head.appendChild(el("span", "badge pol-" + c.polarity, c.polarity));
    head.appendChild(document.createTextNode(" " + c.kind + " claim" + (pinned === i ? " · pinned (click again to unpin)" : "")));
    detail.appendChild(head);
    detail.appendChild(fieldList(c));
    document.querySelectorAll('#docs [data-c~="' + i + '"]').forEach((node) => node.classList.add("on"));
  }

  // --- reader -------------------------------------------------------------------------
  const picker = document.getElementById("article-select");
  const docs = document.querySelectorAll("#docs .doc");

  function showDoc(n) {
    docs.forEach((doc) => { doc.hidden = doc.dataset.doc !== String(n); });
    if (picker) picker.value = String(n);
  }

  if (picker) {
    picker.addEventListener("change", () => { pinned = null; showDoc(picker.value); showClaim(null); });
    showDoc(0);
  }

  function claimOf(event) {
    const node = event.target.closest("[data-c]");
    return node ? Number(node.dataset.c.split(" ")[0]) : null;
  }

  const docsBox = document.getElementById("docs");
  if (docsBox) {
    docsBox.addEventListener("mouseover", (event) => {
      const i = claimOf(event);
      if (i !== null) showClaim(i);
    });
    docsBox.addEventListener("mouseleave", () => showClaim(pinned));
    docsBox.addEventListener("click", (event) => {
      const i = claimOf(event);
      if (i === null) return;
      pinned = pinned === i ? null : i;
      showClaim(i);
      // Picked from the list under the text: bring the claim into view in the text.
      if (event.target.closest(".doc-claims")) {
        const seg = document.querySelector('#docs .doc:not([hidden]) .text [data-c~="' + i + '"]');
        if (seg) seg.scrollIntoView({ block: "center" });
      }
    });
  }

  function openInReader(i) {
    const c = CLAIMS[i];
    if (c.reader >= 0) showDoc(c.reader);
    pinned = i;
    showClaim(i);
    const target = document.querySelector('#docs .doc:not([hidden]) .text [data-c~="' + i + '"]') || detail;
    if (target) target.scrollIntoView({ block: "center" });
  }

  // --- table: Tabulator, with virtual scrolling ----------------------------------------
  const filters = {
    actor: document.getElementById("f-actor"),
    kind: document.getElementById("f-kind"),
    polarity: document.getElementById("f-polarity"),
    text: document.getElementById("f-text"),
  };
  const count = document.getElementById("f-count");

  const actorCounts = new Map();
  for (const c of CLAIMS) {
    for (const name of new Set([c.speaker, ...c.targets])) {
      actorCounts.set(name, (actorCounts.get(name) || 0) + 1);
    }
  }
  const actors = [...actorCounts.keys()].sort((a, b) => actorCounts.get(b) - actorCounts.get(a) || a.localeCompare(b));
  addOptions(filters.actor, actors, (name) => name + " (" + actorCounts.get(name) + ")");
  const kinds = new Set(CLAIMS.map((c) => c.kind));
  addOptions(filters.kind, [...KINDS.filter((k) => kinds.has(k)), ...[...kinds].filter((k) => !KINDS.includes(k)).sort()]);
  addOptions(filters.polarity, POLARITIES);

  function matches(c) {
    const actor = filters.actor.value;
    if (actor && c.speaker !== actor && !c.targets.includes(actor)) return false;
    if (filters.kind.value && c.kind !== filters.kind.value) return false;
    if (filters.polarity.value && c.polarity !== filters.polarity.value) return false;
    const words = filters.text.value.trim().toLowerCase();
    if (words) {
      const haystack = [c.speaker, c.speaker_text, c.cue, c.content, c.title, c.targets.join(" ")].join(" ").toLowerCase();
      if (!haystack.includes(words)) return false;
    }
    return true;
  }

  // Cells are text: every formatter below returns a DOM node built with textContent.
  const text = (css) => (cell) => el("span", css, cell.getValue());
  const rows = CLAIMS.map((c, i) => ({
    i, title: c.title, speaker: c.speaker, cue: c.cue, content: c.content, targets: c.targets.join("; "),
    kind: c.kind, polarity: c.polarity, date: c.date, confidence: c.confidence, rule_id: c.rule_id,
  }));
  const table = new Tabulator("#claims-table", {
    data: rows,
    index: "i",
    height: "600px", // a fixed height turns on the virtual DOM: only visible rows are drawn
    layout: "fitColumns",
    columns: [
      { title: "Article", field: "title", formatter: text("c-title"), width: 130, tooltip: true },
      { title: "Speaker", field: "speaker", formatter: text("c-speaker"), width: 130, cssClass: "wrap" },
      { title: "Cue", field: "cue", formatter: text(), width: 90 },
      { title: "Content", field: "content", formatter: text("c-content"), minWidth: 260, widthGrow: 3, cssClass: "wrap" },
      { title: "Targets", field: "targets", formatter: text("c-targets"), width: 120, cssClass: "wrap" },
      { title: "Kind", field: "kind", formatter: text(), width: 75 },
      { title: "Polarity", field: "polarity", width: 95, formatter: (cell) => el("span", "badge pol-" + cell.getValue(), cell.getValue()) },
      { title: "Date", field: "date", formatter: text("c-date"), width: 95 },
      { title: "Conf.", field: "confidence", formatter: text(), width: 78, sorter: "number" },
      { title: "Rule", field: "rule_id", formatter: (cell) => el("code", null, cell.getValue()), width: 150, cssClass: "wrap" },
    ],
    columnDefaults: { formatterParams: {}, headerSortTristate: true },
  });

  function refilter() {
    table.setFilter((row) => matches(CLAIMS[row.i]));
  }
  table.on("dataFiltered", (_, shown) => {
    const n = (x) => x.toLocaleString("en");
    count.textContent = n(shown.length) + " of " + n(CLAIMS.length) + " claims";
  });
  table.on("tableBuilt", () => {
    const n = CLAIMS.length.toLocaleString("en");
    count.textContent = n + " of " + n + " claims";
    document.getElementById("claims-table").dataset.ready = "1";
  });
  table.on("rowClick", (_, row) => openInReader(row.getData().i));
  for (const input of Object.values(filters)) {
    input.addEventListener(input.tagName === "SELECT" ? "change" : "input", refilter);
  }

  // What the relations and profiles views (views.js) share with this script.
  window.REPORT = { DATA, CLAIMS, el, addOptions, openInReader, table };
})();
