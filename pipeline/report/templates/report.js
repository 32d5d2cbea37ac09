// The report's behaviour: the claims table (filter, sort) and the reader (pick an
// article, show a claim's fields). Text from the data is only ever set as textContent.
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
  const MAX_ROWS = 1000; // more rows than this make the page slow; filters narrow them
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

  // --- table --------------------------------------------------------------------------
  const tbody = document.querySelector("#claims-table tbody");
  const filters = {
    actor: document.getElementById("f-actor"),
    kind: document.getElementById("f-kind"),
    polarity: document.getElementById("f-polarity"),
    text: document.getElementById("f-text"),
  };
  const count = document.getElementById("f-count");
  const more = document.getElementById("table-more");
  let sortKey = null;
  let sortDir = 1;

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

  function cellValue(c, key) {
    const value = key === "targets" ? c.targets.join("; ") : c[key];
    return value === null || value === undefined ? "" : String(value);
  }

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

  function renderTable() {
    let rows = [];
    CLAIMS.forEach((c, i) => { if (matches(c)) rows.push(i); });
    if (sortKey) {
      rows.sort((a, b) => sortDir * cellValue(CLAIMS[a], sortKey).localeCompare(cellValue(CLAIMS[b], sortKey), undefined, { numeric: true }) || a - b);
    }
    const shown = rows.slice(0, MAX_ROWS);
    const fragment = document.createDocumentFragment();
    for (const i of shown) {
      const c = CLAIMS[i];
      const tr = el("tr");
      tr.dataset.c = String(i);
      tr.title = c.reader >= 0 ? "Click to open this claim in the reader" : "Click to see this claim's fields";
      const title = el("td", "c-title", c.title);
      title.title = c.title;
      tr.appendChild(title);
      tr.appendChild(el("td", "c-speaker", c.speaker));
      tr.appendChild(el("td", null, c.cue));
      tr.appendChild(el("td", "c-content", c.content));
      tr.appendChild(el("td", "c-targets", c.targets.join("; ")));
      tr.appendChild(el("td", null, c.kind));
      const pol = el("td", "c-polarity");
      pol.appendChild(el("span", "badge pol-" + c.polarity, c.polarity));
      tr.appendChild(pol);
      tr.appendChild(el("td", "c-date", c.date));
      tr.appendChild(el("td", "c-rule")).appendChild(el("code", null, c.rule_id));
      fragment.appendChild(tr);
    }
    tbody.replaceChildren(fragment);
    const n = (x) => x.toLocaleString("en");
    count.textContent = n(rows.length) + " of " + n(CLAIMS.length) + " claims";
    more.hidden = rows.length <= MAX_ROWS;
    more.textContent = "Showing the first " + n(MAX_ROWS) + " of " + n(rows.length) + " matching claims: narrow the filters to see the others.";
  }

  for (const input of Object.values(filters)) {
    input.addEventListener(input.tagName === "SELECT" ? "change" : "input", renderTable);
  }
  document.querySelectorAll("#claims-table th[data-key]").forEach((th) => {
    th.addEventListener("click", () => {
      sortDir = sortKey === th.dataset.key ? -sortDir : 1;
      sortKey = th.dataset.key;
      document.querySelectorAll("#claims-table th").forEach((other) => other.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      renderTable();
    });
  });
  tbody.addEventListener("click", (event) => {
    const tr = event.target.closest("tr[data-c]");
    if (tr) openInReader(Number(tr.dataset.c));
  });
  renderTable();
})();
