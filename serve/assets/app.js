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
      err.body = body;
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

  // withDrawings indexes the registry's drawings by kind name.
  function withDrawings(info) {
    info.drawingsByName = {};
    for (const d of info.drawings || []) info.drawingsByName[d.name] = d;
    return info;
  }

  // ---- links -------------------------------------------------------------

  const entityHref = (id) => "#/entity/" + encodeURIComponent(id);
  const askHref = (q) => "#/ask/" + encodeURIComponent(q);
  const timelineHref = (a, b) => "#/timeline/" + encodeURIComponent(a) + "/" + encodeURIComponent(b);

  // How each class is drawn comes from the registry's drawings, which
  // /api/v1/info serves (a new kind brings its own); a class it does not
  // draw is grey.
  const FALLBACK = { fill: "#e8eaee", shape: "ellipse", border: "solid" };
  const drawingOf = (kind) => (state.info && state.info.drawingsByName && state.info.drawingsByName[kind]) || FALLBACK;
  const colour = (kind) => drawingOf(kind).fill;

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

    const chip = (q) => h("a", { class: "chip", href: askHref(q) }, q);
    examples.appendChild(chip("who co-chaired which commission"));
    const gz = 'g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()';
    const gizmoChip = h("a", { class: "chip mono", href: askHref(gz), title: "a Gizmo query" }, "Gizmo: people and their names");
    examples.appendChild(gizmoChip);

    try {
      const [qs, people, countries, commissions, ex] = await Promise.all([
        api("/api/v1/questions"),
        api("/api/v1/search?kind=Person&limit=40"),
        api("/api/v1/search?kind=Country&limit=60"),
        api("/api/v1/search?kind=Commission&limit=40"),
        api("/api/v1/examples"),
      ]);
      for (const q of ex.examples) examples.insertBefore(chip(q), gizmoChip);
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
      show(h("h1", null, text), e.body && e.body.decline ? declineView(text, e.body.decline) : errorBox(e));
      if (e.body && e.body.decline) suggestPages(e.body.decline);
      return;
    }
    show(answerView(a));
  }

  // declineView says why a question was not answered and offers what would
  // help: the question with a near name instead ("did you mean"), with each
  // candidate of an ambiguous name, and questions it can answer.
  function declineView(text, d) {
    const instead = (name) => d.name && text.includes(d.name) ? text.split(d.name).join(name) : name;
    const box = h("div", { class: "decline", id: "decline" },
      h("div", { class: "error", role: "alert" }, "Not answered: " + d.reason + "."),
      d.suggestions.length ? [h("h2", null, "Did you mean"),
        h("ul", { class: "links suggestions" }, d.suggestions.map((n) => h("li", null, h("a", { href: askHref(instead(n)) }, instead(n)))))] : null,
      d.candidates.length ? [h("h2", null, "Which one?"),
        h("ul", { class: "links candidates" }, d.candidates.map((n) => h("li", null, h("a", { href: askHref(instead(n)) }, instead(n)))))] : null,
      h("div", { id: "decline-pages" }),
      d.examples.length ? [h("h2", null, "Questions it can answer"),
        h("div", { class: "chips examples" }, d.examples.map((q) => h("a", { class: "chip", href: askHref(q) }, q)))] : null);
    return box;
  }

  // suggestPages offers the pages of entities whose names hold the words of
  // a name the question used that the graph does not hold as such.
  async function suggestPages(d) {
    const words = (d.name || "").replace(/[^\p{L}\p{N}' -]/gu, " ").trim();
    const box = document.getElementById("decline-pages");
    if (!words || !box || d.suggestions.length || d.candidates.length) return;
    try {
      const res = await api("/api/v1/search?limit=10&q=" + encodeURIComponent(words));
      if (res.results.length) {
        box.append(h("h2", null, "Pages with that name"),
          h("ul", { class: "links" }, res.results.map((r) => h("li", null, kindBadge(r.kind), nodeLink(r)))));
      }
    } catch (e) { /* the decline says enough */ }
  }

  // describeQuery says in a line how the question was read.
  function describeQuery(q) {
    const refs = (rs) => (rs || []).map((r) => r.name);
    const parts = [];
    const parties = refs(q.parties);
    if (parties.length) parts.push((parties.length > 1 ? (q.match === "any" ? "any of " : "all of ") : "") + parties.join(", "));
    if (q.places && q.places.length) parts.push("in " + refs(q.places).join(" or "));
    if (q.roles && q.roles.length) parts.push("role " + refs(q.roles).join(", "));
    if (q.commissions && q.commissions.length) parts.push(refs(q.commissions).join(", "));
    if (q.events && q.events.length) parts.push("at " + refs(q.events).join(", "));
    if (q.periods && q.periods.length) parts.push("period " + q.periods.map((p) => (p.from || "…") + " to " + (p.to || "…")).join(" or "));
    if (q.status && q.status.length) parts.push(q.status.join(" or "));
    if (q.terms && q.terms.length) parts.push("with the words " + q.terms.join(", "));
    if (q.search) parts.push("text " + q.search);
    return parts;
  }

  const SHAPES = { count: "how many", yesno: "yes or no", latest: "the latest", first: "the first", newest: "newest first" };

  // collectEvidence finds every evidence array in a JSON answer (conflicts
  // keep theirs inside each claim).
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
    const label = ev.title || ev.doc || "";
    return h("blockquote", null, "“", ev.sentence, "”",
      h("span", { class: "source" }, "— ",
        docID ? h("a", { href: entityHref(docID), title: ev.doc || "" }, label + (ev.line ? ":" + ev.line : "")) : label,
        ev.fact ? [" · ", h("a", { href: entityHref(ev.fact.id) }, ev.fact.kind)] : null));
  }

  // linkNames turns the names of entities in a text into links, the
  // longest name first where names overlap.
  function linkNames(text, entities) {
    if (!text) return "";
    if (entities[text]) return nodeLink(entities[text]);
    const names = Object.keys(entities).filter((n) => n.length >= 3 && text.includes(n)).sort((x, y) => y.length - x.length);
    if (!names.length) return text;
    const out = [];
    let rest = text;
    while (rest) {
      let best = -1, name = "";
      for (const n of names) {
        const k = rest.indexOf(n);
        if (k >= 0 && (best < 0 || k < best || (k === best && n.length > name.length))) { best = k; name = n; }
      }
      if (best < 0) { out.push(rest); break; }
      if (best > 0) out.push(rest.slice(0, best));
      out.push(nodeLink(entities[name]));
      rest = rest.slice(best + name.length);
    }
    return out;
  }

  // docsCell links the documents of a row by their files.
  function docLinks(files, documents) {
    return files.map((f, i) => [i ? "; " : "", documents[f] ? h("a", { href: entityHref(documents[f]), class: "mono" }, f) : f]);
  }

  function answerView(a) {
    const q = a.query;
    const read = describeQuery(q);
    const several = a.sections.length > 1;
    const head = h("div", null,
      h("h1", null, a.q),
      h("p", { class: "lead", id: "read-as" },
        "Read as ", h("strong", null, q.topic), SHAPES[q.shape] ? " (" + SHAPES[q.shape] + ")" : "",
        read.length ? ": " + read.join("; ") : "", ". ",
        q.topic === "search" ? "" : a.total + (a.total === 1 ? " fact fits" : " facts fit") + (a.truncated ? " (the first of each list shown)" : "") + "."),
      a.left.map((l) => h("p", { class: "note left" }, l)),
      h("details", null, h("summary", null, "How the question was read"), h("pre", { class: "gizmo explain" }, q.explain)),
      q.gizmo.length ? h("details", null, h("summary", null, "The Gizmo " + (q.gizmo.length === 1 ? "query" : "queries") + " behind it"),
        q.gizmo.map((g) => [h("h3", { class: "mono" }, g.question), h("pre", { class: "gizmo" }, g.script)])) : null);
    const parts = [head];
    if (a.answer) {
      parts.push(h("p", { class: "verdict " + a.answer, id: "verdict" }, a.answer === "yes" ? "Yes" : "No",
        h("span", { class: "muted" }, a.answer === "yes" ? " — " + counted(a) + " in the graph say so:" : " — nothing in the graph fits.")));
    } else if (q.shape === "count") {
      parts.push(h("p", { class: "verdict count", id: "verdict" }, counted(a)));
    }
    if (q.topic === "profile" && q.parties && q.parties.length === 1) {
      const p = q.parties[0];
      parts.push(h("h2", { class: "profile-of" }, kindBadge(p.kind === "person" ? "Person" : "Country"),
        a.entities[p.name] ? nodeLink(a.entities[p.name]) : p.name));
    }
    if (q.topic === "search") {
      parts.push(hitsView(a));
      return h("div", null, parts);
    }
    const empty = [];
    for (const sec of a.sections) {
      if (!sec.rows.length) { empty.push(sec.name); continue; }
      const title = several || q.topic === "profile" ? h("h2", { class: "section" }, capital(sec.name), h("span", { class: "muted" }, " " + sec.total)) : null;
      const view = sec.name === "timeline" ? timelineView(sec, a) : sectionTable(sec, a);
      parts.push(h("section", { class: "answer-section", "data-section": sec.name }, title, view,
        sec.truncated ? h("p", { class: "muted" }, "The first " + sec.rows.length + " of " + sec.total + " shown.") : null));
    }
    if (empty.length === a.sections.length && !a.answer) {
      parts.push(h("p", { class: "muted", id: "no-answers" }, "Nothing in the graph answers this."));
    } else if (empty.length && several) {
      parts.push(h("p", { class: "muted empty-sections" }, "No " + empty.join(", ") + "."));
    }
    return h("div", null, parts);
  }

  const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  function counted(a) {
    const s = a.sections.length === 1 ? a.sections[0] : null;
    const noun = s && s.item ? (a.count === 1 ? s.item : s.name) : (a.count === 1 ? "fact" : "facts");
    return a.count + " " + noun;
  }

  // sectionTable is a section as the table `ask` prints, names linked, the
  // evidence of each row below it.
  function sectionTable(sec, a) {
    const docCol = sec.columns.findIndex((c) => c === "DOCS" || c === "DOC" || c === "FILE");
    const tbody = h("tbody");
    const cell = (c, k, i) => {
      const docs = sec.docs && sec.docs[i];
      if (k === docCol && docs && docs.length) {
        return docs.map((d, j) => [j ? "; " : "", a.documents[d.doc] ? h("a", { href: entityHref(a.documents[d.doc]), title: d.doc }, d.label) : d.label]);
      }
      if (k === docCol && a.documents[c]) return h("a", { href: entityHref(a.documents[c]), class: "mono" }, c);
      return linkNames(c, a.entities);
    };
    sec.rows.forEach((row, i) => {
      tbody.appendChild(h("tr", { class: "answer" }, row.map((c, k) => h("td", { class: k === docCol ? "docs" : null }, cell(c, k, i)))));
      const ev = (sec.evidence && sec.evidence[i]) || [];
      if (ev.length) {
        tbody.appendChild(h("tr", { class: "evidence" }, h("td", { colspan: sec.columns.length }, ev.map((e) => evidenceView(e, a.documents)))));
      }
    });
    return h("table", { class: "answers" }, h("thead", null, h("tr", null, sec.columns.map((c) => h("th", null, c)))), tbody);
  }

  // timelineView lays a timeline out by date: what happened, its kind, the
  // documents that report it and their sentences.
  function timelineView(sec, a) {
    const col = (name) => sec.columns.indexOf(name);
    const [di, ki, wi] = [col("DATE"), col("KIND"), col("WHAT")];
    const rows = Array.isArray(a.answers) ? a.answers : [];
    return h("ol", { class: "timeline" }, sec.rows.map((row, i) => {
      const ev = (sec.evidence && sec.evidence[i]) || [];
      const docs = rows[i] && rows[i].docs ? rows[i].docs : [];
      return h("li", { class: "event", "data-kind": row[ki] },
        h("span", { class: "date" }, row[di] || "undated"), kindBadge(capital(row[ki] || "")), " ", linkNames(row[wi], a.entities),
        docs.length ? h("span", { class: "source" }, "— ", docLinks(docs, a.documents)) : null,
        ev.slice(0, 2).map((x) => evidenceView(x, a.documents)),
        ev.length > 2 ? h("p", { class: "muted" }, "and " + (ev.length - 2) + " more sentences") : null);
    }));
  }

  // hitsView shows the sentences a search found, best first, the matched
  // words marked, with the facts read from each.
  function hitsView(a) {
    if (!a.hits.length) return h("p", { class: "muted", id: "no-answers" }, "No sentence in the documents mentions this.");
    return h("div", null,
      h("ol", { class: "hits" }, a.hits.map((x) => h("li", { class: "hit" },
        h("blockquote", null, "“", x.parts.map((p) => p.match ? h("mark", null, p.text) : p.text), "”",
          h("span", { class: "source" }, "— ", x.doc_id ? h("a", { href: entityHref(x.doc_id) }, x.doc + (x.line ? ":" + x.line : "")) : x.doc)),
        x.facts.length ? h("div", { class: "facts-of" }, x.facts.map((f, i) => [i ? ", " : "", kindBadge(f.kind), h("a", { href: entityHref(f.id) }, f.name)])) : null))),
      a.truncated ? h("p", { class: "muted" }, "The best " + a.hits.length + " of " + a.total + " sentences shown.") : null);
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
      const info = state.info || (state.info = withDrawings(await api("/api/v1/info")));
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
          "background-color": "data(colour)", shape: "data(shape)", "border-width": 1, "border-color": "#6b7280", "border-style": "data(border)",
          label: "data(short)", "font-size": 10, color: "#1d2330",
          "text-valign": "bottom", "text-margin-y": 3, width: 20, height: 20, "text-wrap": "ellipsis", "text-max-width": 120 } },
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
        const d = drawingOf(n.kind);
        add.push({ group: "nodes", data: { id: n.id, name: n.name, kind: n.kind, colour: d.fill, shape: d.shape, border: d.border, short: n.name.length > 34 ? n.name.slice(0, 32) + "…" : n.name } });
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
      legend.replaceChildren(...[...kinds].sort().map((k) => h("span", null,
        h("span", { class: "swatch", "data-shape": drawingOf(k).shape, style: { backgroundColor: colour(k), borderStyle: drawingOf(k).border } }), k)));
      if (g.truncated) section.appendChild(h("p", { class: "muted" }, "Some neighbours of " + g.center.name + " are left out of the picture."));
    }
    cy.on("tap", "node", (evt) => expand(evt.target.id(), false));
    cy.on("dbltap", "node", (evt) => { location.hash = entityHref(evt.target.id()); });
    await expand(e.id, true);
  }

  // ---- timeline ----------------------------------------------------------

  // timelinePage is the timeline of a pair (or of one party): the answer
  // to "timeline A B", as the box would give it.
  async function timelinePage(a, b) {
    show(h("p", { class: "busy" }, "Loading…"));
    let t;
    try {
      t = await api("/api/v1/timeline?evidence=1&a=" + encodeURIComponent(a) + (b ? "&b=" + encodeURIComponent(b) : ""));
    } catch (err) {
      show(h("h1", null, "Timeline"), err.body && err.body.decline ? declineView(err.body.decline.question, err.body.decline) : errorBox(err));
      return;
    }
    document.title = t.q + " — diplograph";
    input.value = t.q;
    show(answerView(t));
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

  async function helpPage() {
    document.title = "Help — diplograph";
    const ex = (q) => h("li", null, h("a", { href: askHref(q), class: looksLikeGizmo(q) ? "mono" : "" }, q));
    const examples = h("ul", { id: "help-examples" });
    show(h("h1", null, "How to ask"),
      h("p", null, "The box takes two kinds of input: questions in plain English and Gizmo queries."),
      h("h2", null, "Questions in plain English"),
      h("p", null, "A question is read into its parts — what it asks about (meetings, calls, visits, offices, figures, co-chairs, partners, commitments), " +
        "the people, countries, cities, commissions and occasions it names, the period (in 2023, since 2022, between 2020 and 2022, last year), " +
        "the statuses of commitments (signed, agreed, proposed, pledged) and the shape of the answer — and answered exactly from the graph, " +
        "with the sentences each fact was read from. The page says how it read the question and shows the Gizmo behind the answer."),
      h("ul", null,
        ex("meetings in 2023"), ex("who co-chaired which commission"), ex("which commitments were signed"), ex("conflicts")),
      h("p", null, "Two names mean both (\u201cwhen did A meet B\u201d, \u201cwhat did A and B agree\u201d); \u201cA or B\u201d means either. " +
        "\u201cdid A meet B in 2023\u201d answers yes or no, \u201chow many meetings did A attend\u201d counts, \u201cwhen did A last meet B\u201d gives the latest. " +
        "\u201ctimeline A B\u201d lists what two did together by date, \u201cperson A\u201d and \u201ccountry B\u201d give a profile, " +
        "and search \u201cwords\u201d finds the sentences that mention them."),
      h("p", null, "A name the graph does not hold gets the nearest names it does (\u201cdid you mean\u201d), an ambiguous one its candidates, " +
        "and a question outside the graph (why, predictions, opinions) a reason: never a guess. With names from this graph:"),
      examples,
      h("h2", null, "Gizmo queries"),
      h("p", null, "Anything that starts from g.V(...) runs as Cayley's Gizmo. Predicates and classes are written short, in angle brackets."),
      h("ul", null, ex('g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()'),
        ex('g.V("<dg:Meeting>").In("<rdf:type>").Tag("meeting").Out("<dg:date>").Tag("date").All()')),
      h("h2", null, "The API"),
      h("p", null, "Everything on this page comes from the HTTP API, which also speaks Cayley's: ",
        h("a", { href: "/api/v1/openapi.json" }, "/api/v1/openapi.json"), " describes it."));
    try {
      const res = await api("/api/v1/examples");
      examples.replaceChildren(...res.examples.map(ex));
    } catch (e) { examples.replaceChildren(h("li", null, errorBox(e))); }
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
        case "help": return await helpPage();
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
      state.info = withDrawings(await api("/api/v1/info"));
      document.getElementById("footer").replaceChildren(
        "diplograph " + state.info.version + " · " + state.info.store + " store · " + state.info.nodes + " nodes, " + state.info.quads + " quads · " +
        (state.info.writable ? "writable" : "read-only") + " · ",
        h("a", { href: "/api/v1/openapi.json" }, "API"));
    } catch (e) { /* the page says so when it asks */ }
    route();
  })();
})();
