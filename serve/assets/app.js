// diplograph's web page: one search box for questions and Gizmo, answer
// tables with their evidence, entity pages with a graph of the
// neighbourhood, and country-pair timelines.
//
// Every text that comes from the graph is put into the page as a text node
// (h() below never parses markup), so a name or a sentence holding <script>
// stays text. The server's Content-Security-Policy forbids inline scripts
// as a second line of defence.
"use strict";

(function () {
  const main = document.getElementById("main");
  const input = document.getElementById("q");
  const state = { info: null, countries: null, libraryLoading: null };

  // ---- DOM helpers -------------------------------------------------------

  // h builds an element; strings become text nodes, arrays are flattened,
  // null and false are skipped. attrs may hold class, href (internal "#/"
  // links or http(s) URLs only), title, id, data-* and event handlers (on*).
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") {
        el.addEventListener(k.slice(2), v);
      } else if (k === "class") {
        el.className = v;
      } else if (k === "href") {
        el.setAttribute("href", safeHref(v));
      } else if (k === "style") {
        Object.assign(el.style, v);
      } else {
        el.setAttribute(k, String(v));
      }
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) append(el, c);
      else if (c instanceof Node) el.appendChild(c);
      else el.appendChild(document.createTextNode(String(c)));
    }
  }

  function safeHref(v) {
    const s = String(v);
    if (s.startsWith("#/") || s.startsWith("/api/")) return s;
    if (/^https?:\/\//i.test(s)) return s;
    return "#/";
  }

  function show(...children) {
    main.replaceChildren();
    append(main, children);
  }

  function external(url, text) {
    if (!/^https?:\/\//i.test(url || "")) return text || url || "";
    return h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text || url);
  }

  // ---- API ---------------------------------------------------------------

  async function api(path) {
    let res;
    try {
      res = await fetch(path, { headers: { Accept: "application/json" } });
    } catch (e) {
      throw new Error("The server did not answer (" + e.message + "). Is diplograph serve still running?");
    }
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const msg = body && body.error ? body.error : res.status + " " + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  async function gizmo(text) {
    const res = await fetch("/api/v2/query?lang=gizmo", {
      method: "POST", body: text, headers: { Accept: "application/json", "Content-Type": "text/plain" },
    });
    const body = await res.json().catch(() => null);
    if (!res.ok || (body && body.error)) throw new Error(body && body.error ? body.error : res.status + " " + res.statusText);
    return body ? body.result : null;
  }

  // ---- links -------------------------------------------------------------

  const entityHref = (id) => "#/entity/" + encodeURIComponent(id);
  const askHref = (q) => "#/ask/" + encodeURIComponent(q);
  const timelineHref = (a, b) => "#/timeline/" + encodeURIComponent(a) + "/" + encodeURIComponent(b);

  const KIND_COLOURS = {
    Person: "#4e79a7", Country: "#f28e2b", City: "#76b7b2", Meeting: "#59a14f", Call: "#8cd17d",
    Commission: "#b07aa1", CoChair: "#d4a6c8", Office: "#9c755f", Claim: "#e15759",
    Commitment: "#c9a227", Partnership: "#ff9da7", Document: "#79706e", Sentence: "#bab0ac",
  };
  const colour = (kind) => KIND_COLOURS[kind] || "#8a8f98";

  function kindBadge(kind) {
    return h("span", { class: "kind", style: { backgroundColor: colour(kind) } }, kind || "node");
  }

  // sources names the documents a fact comes from, briefly.
  function sources(docs) {
    if (!docs || !docs.length) return null;
    const text = docs.length <= 2 ? docs.join(", ") : docs.length + " documents";
    return h("span", { class: "source", title: docs.join("\n") }, text);
  }

  function nodeLink(ref) {
    return h("a", { href: entityHref(ref.id), title: ref.kind ? ref.kind + ": " + ref.id : ref.id }, ref.name || ref.id);
  }

  // looksLikeGizmo tells a query from a question: Gizmo starts from g (or
  // graph) or is JavaScript.
  function looksLikeGizmo(text) {
    return /^\s*(var|let|const|function)\b|^\s*\/\/|\b(g|graph)\s*\.\s*(V|Vertex|M|Morphism|Emit|addDefaultNamespaces|addNamespace|loadNamespaces)\s*\(/.test(text);
  }

  // ---- pages -------------------------------------------------------------

  async function home() {
    document.title = "diplograph";
    const intro = h("div", null,
      h("h1", null, "Ask the graph"),
      h("p", { class: "lead" },
        "Type a question in plain English or a Gizmo query in the box above. ",
        "Answers come with the sentence each fact was read from and a link to its document; ",
        "names lead to pages with their facts and a graph of who met whom."));
    const examples = h("div", { class: "chips" });
    const questions = h("div");
    const lists = h("div", { class: "columns" });
    show(intro, h("h2", null, "Try"), examples, h("h2", null, "Named questions"), questions, lists);

    const ex = ["who co-chaired which commission", "meetings", "which countries are partners", "conflicts"];
    for (const q of ex) examples.appendChild(h("a", { class: "chip", href: askHref(q) }, q));
    const gz = 'g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()';
    examples.appendChild(h("a", { class: "chip mono", href: askHref(gz), title: "a Gizmo query" }, "Gizmo: people and their names"));

    try {
      const [qs, people, countries, commissions] = await Promise.all([
        api("/api/v1/questions"),
        api("/api/v1/search?kind=Person&limit=40"),
        api("/api/v1/search?kind=Country&limit=60"),
        api("/api/v1/search?kind=Commission&limit=40"),
      ]);
      const p0 = people.results[0];
      if (p0) {
        examples.insertBefore(h("a", { class: "chip", href: askHref("where was " + p0.name) }, "where was " + p0.name), examples.children[1]);
        examples.insertBefore(h("a", { class: "chip", href: askHref("what figures did " + p0.name + " claim") }, "what figures did " + p0.name + " claim"), examples.children[2]);
      }
      questions.appendChild(h("table", null,
        h("thead", null, h("tr", null, h("th", null, "Question"), h("th", null, "What it answers"))),
        h("tbody", null, qs.map((q) => h("tr", null,
          h("td", null, h("a", { href: askHref(q.name) }, q.name)), h("td", null, q.description))))));
      const list = (title, res) => h("div", null, h("h2", null, title),
        res.results.length ? h("ul", { class: "links" }, res.results.map((r) => h("li", null, nodeLink(r))))
          : h("p", { class: "muted" }, "none in the graph"));
      lists.replaceChildren(
        h("div", null, list("People", people)),
        h("div", null, list("Countries", countries), list("Commissions", commissions)));
    } catch (e) {
      questions.appendChild(errorBox(e));
    }
  }

  function errorBox(e) { return h("div", { class: "error", role: "alert" }, e.message || String(e)); }

  async function ask(text) {
    input.value = text;
    document.title = text + " — diplograph";
    if (looksLikeGizmo(text)) return runGizmo(text);
    show(h("p", { class: "busy" }, "Asking…"));
    let a;
    try {
      a = await api("/api/v1/ask?evidence=1&q=" + encodeURIComponent(text));
    } catch (e) {
      const box = h("div", null, errorBox(e));
      show(h("h1", null, text), box);
      if (e.status === 422) suggest(text, box);
      return;
    }
    show(answerView(a));
  }

  // suggest offers the entities a question that could not be routed names.
  async function suggest(text, box) {
    const words = text.replace(/[^\p{L}\p{N}' -]/gu, " ").trim();
    if (!words) return;
    try {
      const res = await api("/api/v1/search?limit=10&q=" + encodeURIComponent(words));
      if (res.results.length) {
        box.appendChild(h("h2", null, "Did you mean"));
        box.appendChild(h("ul", { class: "links" }, res.results.map((r) => h("li", null, kindBadge(r.kind), nodeLink(r)))));
      }
    } catch (e) { /* the error above says enough */ }
  }

  function describeQuery(q) {
    const parts = [];
    const p = q.params || {};
    if (p.people && p.people.length) parts.push("people: " + p.people.join(", "));
    if (p.country) parts.push("country: " + p.country);
    if (p.role) parts.push("role: " + p.role);
    if (p.status) parts.push("status: " + p.status);
    return parts.length ? " (" + parts.join("; ") + ")" : "";
  }

  // collectEvidence finds every evidence array in an answer (conflicts keep
  // theirs inside each claim).
  function collectEvidence(v, out) {
    if (Array.isArray(v)) { for (const x of v) collectEvidence(x, out); return out; }
    if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "evidence" && Array.isArray(x)) out.push(...x);
        else collectEvidence(x, out);
      }
    }
    return out;
  }

  function evidenceView(ev, documents) {
    const docID = ev.doc_id || (documents && documents[ev.doc]);
    return h("blockquote", null, "“", ev.sentence, "”",
      h("span", { class: "source" }, "— ",
        docID ? h("a", { href: entityHref(docID) }, ev.doc + (ev.line ? ":" + ev.line : "")) : (ev.doc || ""),
        ev.fact ? [" · ", h("a", { href: entityHref(ev.fact.id) }, ev.fact.kind)] : null));
  }

  // linkNames turns a table cell into links where its names are entities.
  function linkNames(cell, entities) {
    if (!cell) return "";
    if (entities[cell]) return nodeLink(entities[cell]);
    const parts = cell.split(", ");
    if (parts.length > 1 && parts.some((p) => entities[p])) {
      const out = [];
      parts.forEach((p, i) => { if (i) out.push(", "); out.push(entities[p] ? nodeLink(entities[p]) : p); });
      return out;
    }
    return cell;
  }

  function answerView(a) {
    const q = a.query;
    const head = h("div", null,
      h("h1", null, a.q),
      h("p", { class: "lead" },
        "Answered by the named question ", h("a", { href: askHref(q.question) }, q.question), describeQuery(q), ": ",
        a.total + (a.total === 1 ? " answer" : " answers"),
        a.truncated ? " (first " + a.answers.length + " shown)" : "",
        a.undated ? "; " + a.undated + " meetings without a known date left out" : "", "."),
      h("details", null, h("summary", null, "The Gizmo query behind it"), h("pre", { class: "gizmo" }, q.gizmo)));
    if (!a.answers.length) return h("div", null, head, h("p", { class: "muted", id: "no-answers" }, "Nothing in the graph answers this."));
    const cols = a.columns.length ? a.columns : Object.keys(a.answers[0] || {}).filter((k) => k !== "evidence");
    const tbody = h("tbody");
    a.answers.forEach((ans, i) => {
      const row = a.rows[i] || cols.map((c) => jsonCell(ans[c.toLowerCase()]));
      tbody.appendChild(h("tr", { class: "answer" }, row.map((c) => h("td", null, linkNames(c, a.entities)))));
      const ev = collectEvidence(ans, []);
      if (ev.length) {
        tbody.appendChild(h("tr", { class: "evidence" }, h("td", { colspan: cols.length }, ev.map((e) => evidenceView(e, a.documents)))));
      }
    });
    return h("div", null, head,
      h("table", { class: "answers" }, h("thead", null, h("tr", null, cols.map((c) => h("th", null, c)))), tbody));
  }

  function jsonCell(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.join(", ");
    return JSON.stringify(v);
  }

  // A Gizmo value is an IRI ("<urn:...>") or a JSON literal.
  function gizmoCell(v) {
    if (typeof v === "string" && /^<[^<>]+>$/.test(v)) {
      const iri = v.slice(1, -1);
      return h("a", { href: entityHref(iri), class: "mono" }, v);
    }
    return h("span", { class: typeof v === "string" ? "" : "mono" }, typeof v === "string" ? v : JSON.stringify(v));
  }

  async function runGizmo(text) {
    show(h("p", { class: "busy" }, "Running the Gizmo query…"));
    let res;
    try {
      res = await gizmo(text);
    } catch (e) {
      show(h("h1", null, "Gizmo query"), h("pre", { class: "gizmo" }, text), errorBox(e));
      return;
    }
    const rows = (res || []).filter((r) => r !== null);
    const limit = state.info ? state.info.limits.default_limit : 100;
    const head = [h("h1", null, "Gizmo query"), h("pre", { class: "gizmo" }, text),
      h("p", { class: "lead" }, rows.length + (rows.length === 1 ? " result" : " results"),
        rows.length >= limit ? " (the server's limit; add .Limit(n) or use the API with ?limit=)" : "", ".")];
    const objects = rows.filter((r) => r && typeof r === "object" && !Array.isArray(r));
    if (!rows.length) return show(head, h("p", { class: "muted", id: "no-answers" }, "No results."));
    if (objects.length === rows.length) {
      const cols = [];
      for (const r of objects) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
      cols.sort((x, y) => (x === "id" ? -1 : y === "id" ? 1 : x.localeCompare(y)));
      return show(head, h("table", { class: "answers gizmo-results" },
        h("thead", null, h("tr", null, cols.map((c) => h("th", null, c)))),
        h("tbody", null, objects.map((r) => h("tr", { class: "answer" }, cols.map((c) => h("td", null, r[c] === undefined ? "" : gizmoCell(r[c]))))))));
    }
    show(head, h("table", { class: "answers gizmo-results" }, h("tbody", null, rows.map((r) => h("tr", { class: "answer" }, h("td", { class: "cell-json" }, JSON.stringify(r)))))));
  }

  // Labels for edges, by direction, as a reader would name them.
  const OUT = {
    "dg:attended": "Attended", "dg:holds": "Offices", "dg:acts-for": "Acts for", "dg:claimed": "Claims",
    "dg:co-chaired": "Co-chairs", "dg:chairing": "Chair roles", "dg:held-in": "Held in", "dg:in-country": "In",
    "dg:of": "Of", "dg:side": "For the side of", "dg:commission": "Commission", "dg:party": "Parties",
    "dg:partner-of": "Partners", "dg:made-at": "Made at", "dg:conflicts-with": "Conflicts with",
  };
  const IN = {
    "dg:attended": "Participants", "dg:holds": "Held by", "dg:acts-for": "People acting for it", "dg:claimed": "Claimed by",
    "dg:co-chaired": "Co-chaired by", "dg:chairing": "Chair", "dg:held-in": "Meetings held here", "dg:in-country": "Places in it",
    "dg:of": "Offices", "dg:side": "Co-chairs for it", "dg:commission": "Co-chairs", "dg:party": "Party to",
    "dg:partner-of": "Partner of", "dg:made-at": "Commitments made here", "dg:conflicts-with": "Conflicts with",
  };
  const local = (p) => p.replace(/^.*[:#/]/, "");
  const propLabel = (p) => { const l = local(p).replace(/-/g, " "); return l.charAt(0).toUpperCase() + l.slice(1); };

  async function entityPage(id) {
    show(h("p", { class: "busy" }, "Loading…"));
    let e;
    try {
      e = await api("/api/v1/entity?id=" + encodeURIComponent(id));
    } catch (err) {
      show(h("h1", null, id), errorBox(err));
      return;
    }
    document.title = e.name + " — diplograph";
    const props = e.properties.filter((p) => p.predicate !== "dg:name");
    const groups = new Map();
    for (const l of e.links) {
      const key = l.direction + " " + l.predicate;
      if (!groups.has(key)) groups.set(key, { label: (l.direction === "out" ? OUT : IN)[l.predicate] || ((l.direction === "in" ? "← " : "") + propLabel(l.predicate)), links: [] });
      groups.get(key).links.push(l);
    }
    const left = h("div", null,
      props.length ? h("dl", { class: "facts" }, props.map((p) => [
        h("dt", null, propLabel(p.predicate)),
        h("dd", null, p.predicate === "dg:url" ? external(p.value) : p.value, sources(p.docs))])) : null,
      [...groups.values()].map((g) => [
        h("h3", null, g.label, h("span", { class: "muted" }, " " + g.links.length)),
        h("ul", { class: "links" }, g.links.map((l) => h("li", null, kindBadge(l.node.kind), nodeLink(l.node), sources(l.docs))))]),
      e.evidence.length ? [h("h2", null, e.kind === "Document" ? "Sentences with facts" : "Evidence"),
        h("div", { class: "evidence-list" }, e.evidence.map((ev) => evidenceView(ev)))] : null,
      e.documents.length ? [h("h2", null, "Reported in"), h("ul", { class: "links" }, e.documents.map((d) => h("li", null,
        h("a", { href: entityHref(d.id) }, d.title || d.file), d.title ? h("span", { class: "source" }, d.file) : null,
        d.published ? h("span", { class: "source" }, d.published) : null,
        d.url ? h("span", { class: "source" }, external(d.url, "source")) : null)))] : null);
    const right = h("div", null);
    const page = h("div", null,
      h("h1", null, kindBadge(e.kind), e.name),
      e.names.length > 1 ? h("p", { class: "lead" }, "Also: " + e.names.filter((n) => n !== e.name).join("; ")) : null,
      h("p", { class: "muted mono" }, e.id),
      e.truncated ? h("p", { class: "note" }, "This node has more facts than one page shows; the API's Gizmo query reaches them all.") : null,
      h("div", { class: "columns" }, left, right));
    show(page);
    if (e.kind === "Country") countryTools(e, right);
    graphView(e, right);
  }

  async function countryTools(e, box) {
    const partners = e.links.filter((l) => l.predicate === "dg:partner-of" && l.node.kind === "Country").map((l) => l.node);
    const section = h("div", null, h("h2", null, "Timeline with another country"));
    box.prepend(section);
    if (partners.length) {
      section.appendChild(h("div", { class: "chips" }, partners.map((p) => h("a", { class: "chip", href: timelineHref(e.id, p.id) }, e.name + " – " + p.name))));
    }
    try {
      if (!state.countries) state.countries = (await api("/api/v1/search?kind=Country&limit=500")).results;
      const select = h("select", { "aria-label": "other country" }, state.countries.filter((c) => c.id !== e.id).map((c) => h("option", { value: c.id }, c.name)));
      section.appendChild(h("form", { onsubmit: (ev) => { ev.preventDefault(); location.hash = timelineHref(e.id, select.value); } },
        select, " ", h("button", { type: "submit", class: "plain" }, "Show timeline")));
    } catch (err) { section.appendChild(errorBox(err)); }
  }

  // ---- graph view --------------------------------------------------------

  function loadLibrary() {
    if (window.cytoscape) return Promise.resolve(true);
    if (state.libraryLoading) return state.libraryLoading;
    state.libraryLoading = (async () => {
      const info = state.info || (state.info = await api("/api/v1/info"));
      const lib = info.graph_library;
      if (!lib) return false;
      await new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = lib.script;
        s.onload = resolve;
        s.onerror = () => reject(new Error("could not load " + lib.script));
        document.head.appendChild(s);
      });
      return !!window.cytoscape;
    })();
    return state.libraryLoading;
  }

  async function graphView(e, box) {
    const section = h("div", null, h("h2", null, "Neighbourhood"));
    box.appendChild(section);
    let ok = false;
    try { ok = await loadLibrary(); } catch (err) { section.appendChild(errorBox(err)); return; }
    if (!ok) {
      section.appendChild(h("p", { class: "note", id: "graph-missing" },
        "The graph view is missing: this build of diplograph does not include the graph library. ",
        "Run `make web` and rebuild (`make build`) to add it. Everything else on the page works without it."));
      return;
    }
    const container = h("div", { id: "graph", "data-nodes": "0", role: "img", "aria-label": "graph of " + e.name + " and its neighbours" });
    const kinds = new Set();
    const legend = h("div", { class: "legend" });
    section.append(h("p", { class: "muted" }, "Click a node to expand it; double-click to open its page."), container, legend);
    const cy = window.cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", label: "data(short)", "font-size": 10, color: "#1d2330",
          "text-valign": "bottom", "text-margin-y": 3, width: 18, height: 18, "text-wrap": "ellipsis", "text-max-width": 120 } },
        { selector: "node.center", style: { width: 28, height: 28, "border-width": 3, "border-color": "#1d2330" } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#5b6474" } },
        { selector: "edge", style: {
          width: 1.2, "line-color": "#c3cad5", "target-arrow-color": "#c3cad5", "target-arrow-shape": "triangle",
          "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#8a8f98", "text-rotation": "autorotate" } },
      ],
    });
    // Kept on the container so a test (or a curious reader in the console)
    // can reach the drawing.
    container.cy = cy;
    const expanded = new Set();
    async function expand(id, first) {
      if (expanded.has(id)) return;
      expanded.add(id);
      let g;
      try { g = await api("/api/v1/graph?id=" + encodeURIComponent(id)); } catch (err) { section.appendChild(errorBox(err)); return; }
      const add = [];
      for (const n of g.nodes) {
        if (cy.getElementById(n.id).length) continue;
        kinds.add(n.kind);
        add.push({ group: "nodes", data: { id: n.id, name: n.name, kind: n.kind, colour: colour(n.kind), short: n.name.length > 34 ? n.name.slice(0, 32) + "…" : n.name } });
      }
      for (const ed of g.edges) {
        const eid = ed.source + " " + ed.predicate + " " + ed.target;
        if (cy.getElementById(eid).length) continue;
        add.push({ group: "edges", data: { id: eid, source: ed.source, target: ed.target, label: local(ed.predicate) } });
      }
      cy.add(add);
      cy.getElementById(id).addClass(first ? "center" : "expanded");
      cy.layout({ name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 70, randomize: first, fit: true, padding: 20 }).run();
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.edges = String(cy.edges().length);
      legend.replaceChildren(...[...kinds].sort().map((k) => h("span", null, h("span", { class: "swatch", style: { backgroundColor: colour(k) } }), k)));
      if (g.truncated) section.appendChild(h("p", { class: "muted" }, "Some neighbours of " + g.center.name + " are left out of the picture."));
    }
    cy.on("tap", "node", (evt) => expand(evt.target.id(), false));
    cy.on("dbltap", "node", (evt) => { location.hash = entityHref(evt.target.id()); });
    await expand(e.id, true);
  }

  // ---- timeline ----------------------------------------------------------

  async function timelinePage(a, b) {
    show(h("p", { class: "busy" }, "Loading…"));
    let t;
    try {
      t = await api("/api/v1/timeline?a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b));
    } catch (err) {
      show(h("h1", null, "Timeline"), errorBox(err));
      return;
    }
    document.title = t.a.name + " – " + t.b.name + " — diplograph";
    const items = t.events.map((ev) => h("li", { class: "event" },
      h("span", { class: "date" }, ev.date || "undated"), kindBadge(ev.kind), nodeLink(ev.node),
      ev.place ? [" in ", nodeLink(ev.place)] : null,
      ev.people && ev.people.length ? h("div", null, ev.people.map((p, i) => [i ? ", " : "", nodeLink(p)])) : null,
      ev.evidence.slice(0, 2).map((x) => evidenceView(x)),
      ev.evidence.length > 2 ? h("p", { class: "muted" }, "and " + (ev.evidence.length - 2) + " more sentences on its page") : null));
    show(h("h1", null, "Timeline: ", nodeLink(t.a), " – ", nodeLink(t.b)),
      h("p", { class: "lead" }, "Meetings and calls with officials of both, commitments both are party to, and commissions with a co-chair for each side, by date."),
      items.length ? h("ol", { class: "timeline" }, items) : h("p", { class: "muted", id: "no-answers" }, "Nothing in the graph links these two countries."),
      t.truncated ? h("p", { class: "note" }, "The timeline is cut short: the countries have more facts than one page reads.") : null);
  }

  // ---- documents and help ------------------------------------------------

  async function documentsPage() {
    document.title = "Documents — diplograph";
    show(h("p", { class: "busy" }, "Loading…"));
    try {
      const d = await api("/api/v1/documents?limit=1000");
      show(h("h1", null, "Documents"), h("p", { class: "lead" }, d.total + " documents in the graph."),
        h("table", null, h("thead", null, h("tr", null, ["Title", "File", "Published", "Source"].map((c) => h("th", null, c)))),
          h("tbody", null, d.documents.map((x) => h("tr", null,
            h("td", null, h("a", { href: entityHref(x.id) }, x.title || x.file)), h("td", { class: "mono" }, x.file),
            h("td", null, x.published || ""), h("td", null, x.url ? external(x.url, x.source || "link") : (x.source || "")))))));
    } catch (err) { show(h("h1", null, "Documents"), errorBox(err)); }
  }

  function helpPage() {
    document.title = "Help — diplograph";
    const ex = (q) => h("li", null, h("a", { href: askHref(q), class: looksLikeGizmo(q) ? "mono" : "" }, q));
    show(h("h1", null, "How to ask"),
      h("p", null, "The box takes two kinds of input."),
      h("h2", null, "Questions in plain English"),
      h("p", null, "A question is routed to one of the named questions (listed on the start page) and the names in it are looked up in the graph."),
      h("ul", null, ex("who co-chaired which commission"), ex("meetings"), ex("which commitments were signed"), ex("conflicts")),
      h("h2", null, "Gizmo queries"),
      h("p", null, "Anything that starts from g.V(...) runs as Cayley's Gizmo. Predicates and classes are written short, in angle brackets."),
      h("ul", null, ex('g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()'),
        ex('g.V("<dg:Meeting>").In("<rdf:type>").Tag("meeting").Out("<dg:date>").Tag("date").All()')),
      h("h2", null, "The API"),
      h("p", null, "Everything on this page comes from the HTTP API, which also speaks Cayley's: ",
        h("a", { href: "/api/v1/openapi.json" }, "/api/v1/openapi.json"), " describes it."));
  }

  // ---- routing -----------------------------------------------------------

  async function route() {
    const hash = location.hash.replace(/^#\/?/, "");
    const [page, ...rest] = hash.split("/");
    const arg = (i) => decodeURIComponent(rest[i] || "");
    window.scrollTo(0, 0);
    if (page !== "ask") input.value = "";
    try {
      switch (page) {
        case "": return await home();
        case "ask": return await ask(decodeURIComponent(rest.join("/")));
        case "entity": return await entityPage(decodeURIComponent(rest.join("/")));
        case "timeline": return await timelinePage(arg(0), arg(1));
        case "documents": return await documentsPage();
        case "help": return helpPage();
        default: show(h("h1", null, "Not found"), h("p", null, h("a", { href: "#/" }, "Back to the start page")));
      }
    } catch (e) {
      show(errorBox(e));
    }
  }

  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const target = askHref(q);
    if (location.hash === target) route(); else location.hash = target;
  });
  window.addEventListener("hashchange", route);

  (async () => {
    try {
      state.info = await api("/api/v1/info");
      document.getElementById("footer").replaceChildren(
        "diplograph " + state.info.version + " · " + state.info.store + " store · " + state.info.nodes + " nodes, " + state.info.quads + " quads · " +
        (state.info.writable ? "writable" : "read-only") + " · ",
        h("a", { href: "/api/v1/openapi.json" }, "API"));
    } catch (e) { /* the page says so when it asks */ }
    route();
  })();
})();
