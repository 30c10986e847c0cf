/* kg graph page: draws the embedded graph with vis-network, builds tooltips, the details panel and search.
 * Every string from an article reaches the page through textContent only: never innerHTML. */
"use strict";
(function () {
  const payload = JSON.parse(document.getElementById("kg-data").textContent);
  const nodeInfo = new Map();
  const edgeInfo = new Map();
  const MAX_TOOLTIP_EVIDENCE = 3;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isWebUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
  }

  // A link only for http(s) URLs, so a "javascript:" URL from an article stays inert text.
  function link(url, text) {
    if (!isWebUrl(url)) return el("span", null, text);
    const a = el("a", null, text);
    a.href = url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function words(camel) {
    return camel ? String(camel).replace(/([a-z])([A-Z])/g, "$1 $2") : "";
  }

  function row(parent, name, value) {
    if (value === null || value === undefined || value === "") return;
    const line = el("div", "kg-row");
    line.appendChild(el("span", "kg-key", name + ": "));
    if (value instanceof Element) line.appendChild(value);
    else line.appendChild(el("span", null, value));
    parent.appendChild(line);
  }

  function typeLine(info) {
    const type = words(info.type) || "Unknown type";
    return info.subtype ? type + " \u00b7 " + words(info.subtype) : type;
  }

  function nodeCard(id, withLinks) {
    const info = nodeInfo.get(id);
    const card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-title", info.label));
    card.appendChild(el("div", "kg-card-type", typeLine(info)));
    if (info.aliases.length) row(card, "Also", info.aliases.join(", "));
    if (info.wikidata) {
      const wd = /^Q[0-9]+$/.test(info.wikidata)
        ? "https://www.wikidata.org/wiki/" + info.wikidata : null;
      row(card, "Wikidata", withLinks ? link(wd, info.wikidata) : info.wikidata);
    }
    row(card, "Relations", String(info.degree));
    if (withLinks) row(card, "IRI", info.iri);
    return card;
  }

  function evidenceItem(item, withLinks) {
    const box = el("div", "kg-evidence");
    box.appendChild(el("div", "kg-sentence", "\u201c" + item.sentence + "\u201d"));
    const cite = el("div", "kg-cite");
    const name = item.title || item.doc_id;
    cite.appendChild(withLinks ? link(item.url, name) : el("span", null, name));
    const extra = [item.title ? item.doc_id : null, item.published, item.rule ? "rule " + item.rule : null]
      .filter(Boolean).join(" \u00b7 ");
    if (extra) cite.appendChild(el("span", "kg-muted", " (" + extra + ")"));
    box.appendChild(cite);
    return box;
  }

  function edgeCard(id, withLinks) {
    const info = edgeInfo.get(id);
    const card = el("div", "kg-card");
    const head = el("div", "kg-card-title");
    head.appendChild(el("span", null, nodeInfo.get(info.from).label));
    const arrow = info.symmetric ? " \u2194 " : " \u2192 ";
    const predicate = el("span", "kg-predicate", arrow + info.predicate + arrow);
    predicate.style.color = payload.familyColours[info.family] || "#555";
    head.appendChild(predicate);
    head.appendChild(el("span", null, nodeInfo.get(info.to).label));
    card.appendChild(head);
    row(card, "Status", info.status);
    row(card, "Family", info.family);
    if (info.topics.length) row(card, "Topics", info.topics.join(", "));
    row(card, "Date", info.date);
    row(card, "Sources", info.sources + (info.sources === 1 ? " document" : " documents"));
    if (info.confidence !== null) row(card, "Confidence", info.confidence.toFixed(2));
    const shown = withLinks ? info.evidence : info.evidence.slice(0, MAX_TOOLTIP_EVIDENCE);
    for (const item of shown) card.appendChild(evidenceItem(item, withLinks));
    if (shown.length < info.evidence.length) {
      card.appendChild(el("div", "kg-muted",
        "+ " + (info.evidence.length - shown.length) + " more (click the edge)"));
    }
    return card;
  }

  // vis-network gets the article data as DOM elements for its tooltips, never as markup.
  const visNodes = payload.nodes.map(function (n) {
    const { kg, ...item } = n;
    nodeInfo.set(n.id, kg);
    item.title = nodeCard(n.id, false);
    return item;
  });
  const visEdges = payload.edges.map(function (e) {
    const { kg, ...item } = e;
    edgeInfo.set(e.id, Object.assign({ from: e.from, to: e.to }, kg));
    item.title = edgeCard(e.id, false);
    return item;
  });

  const nodes = new vis.DataSet(visNodes);
  const edges = new vis.DataSet(visEdges);
  const container = document.getElementById("kg-network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);

  const panel = document.getElementById("kg-panel");
  const panelBody = document.getElementById("kg-panel-body");
  const status = document.getElementById("kg-status");

  function showPanel(card) {
    panelBody.replaceChildren();
    if (card) panelBody.appendChild(card);
    panel.hidden = !card;
  }
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    showPanel(null);
    network.unselectAll();
  });

  network.on("click", function (params) {
    if (params.nodes.length) showPanel(nodeCard(params.nodes[0], true));
    else if (params.edges.length) showPanel(edgeCard(params.edges[0], true));
    else showPanel(null);
  });

  function normalise(text) {
    return String(text || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  // Lower is better: exact label, exact alias, label prefix, label substring, alias substring.
  function matchRank(info, query) {
    const label = normalise(info.label);
    const aliases = info.aliases.map(normalise);
    if (label === query) return 0;
    if (aliases.includes(query)) return 1;
    if (label.startsWith(query)) return 2;
    if (label.includes(query)) return 3;
    if (aliases.some(function (a) { return a.includes(query); })) return 4;
    return Infinity;
  }

  function kgSearch(text) {
    const query = normalise(text);
    let best = null;
    let bestRank = Infinity;
    if (query) {
      for (const [id, info] of nodeInfo) {
        const rank = matchRank(info, query);
        if (rank < bestRank || (rank === bestRank && rank < Infinity && info.degree > nodeInfo.get(best).degree)) {
          best = id;
          bestRank = rank;
        }
      }
    }
    if (best === null) {
      network.unselectAll();
      status.textContent = query ? "No entity matches" : "";
      return null;
    }
    status.textContent = "";
    network.selectNodes([best]);
    network.focus(best, { scale: 1.2, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showPanel(nodeCard(best, true));
    return best;
  }

  const names = document.getElementById("kg-names");
  const seen = new Set();
  const choices = [];
  for (const info of nodeInfo.values()) {
    for (const name of [info.label].concat(info.aliases)) {
      if (!seen.has(name)) {
        seen.add(name);
        choices.push(name);
      }
    }
  }
  choices.sort(function (a, b) { return a.localeCompare(b); });
  for (const name of choices) {
    const option = document.createElement("option");
    option.value = name;
    names.appendChild(option);
  }
  const search = document.getElementById("kg-search");
  search.addEventListener("change", function () { kgSearch(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") kgSearch(search.value);
  });

  function markReady() {
    if (document.body.dataset.ready === "1") return;
    document.body.dataset.ready = "1";
    document.body.classList.remove("kg-loading");
  }
  // Physics only lays the graph out; once it has settled, nodes stay where they are (and where users drag them).
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit();
    markReady();
  });
  if (visNodes.length === 0) network.once("afterDrawing", markReady);

  window.kgNetwork = network;
  window.kgData = { nodes: nodes, edges: edges };
  window.kgSearch = kgSearch;
})();
