/* kg graph page, part 3 of 6: the cards of the tooltip and of the details panel (evidence, relations). */
const MAX_TOOLTIP_EVIDENCE = 3;
const panel = document.getElementById("kg-panel");
const panelBody = document.getElementById("kg-panel-body");

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

function typeLine(node) {
  const type = words(node.type) || "Unknown type";
  return node.subtype ? type + " \u00b7 " + words(node.subtype) : type;
}

function countryLabel(iri) {
  const i = nodeIndex.get(iri);
  if (i !== undefined) return pageNodes[i].label;
  const known = payload.countries.find(function (c) { return c[0] === iri; });
  return known ? known[1] : iri;
}

function button(text, onClick) {
  const b = el("button", "kg-linkish", text);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

function nodeCard(id, full) {
  const node = pageNodes[nodeIndex.get(id)];
  const card = el("div", "kg-card");
  card.appendChild(el("div", "kg-card-title", node.label));
  card.appendChild(el("div", "kg-card-type", typeLine(node)));
  if (node.aliases.length) row(card, "Also known as", node.aliases.join(", "));
  if (node.wikidata) {
    const wd = /^Q[0-9]+$/.test(node.wikidata) ? "https://www.wikidata.org/wiki/" + node.wikidata : null;
    row(card, "Wikidata", full ? link(wd, node.wikidata) : node.wikidata);
  }
  if (node.country && node.country !== node.id) row(card, "Country", countryLabel(node.country));
  row(card, "Relations", String(node.degree));
  if (!full) return card;
  row(card, "IRI", node.id);
  card.appendChild(relationList(nodeIndex.get(id)));
  return card;
}

// The relations of a node grouped by predicate; each opens the evidence of that edge.
function relationList(i) {
  const box = el("div", "kg-relations");
  const groups = new Map();
  for (const j of edgesOf[i]) {
    const e = pageEdges[j];
    if (!groups.has(e.predicate)) groups.set(e.predicate, []);
    groups.get(e.predicate).push(j);
  }
  const predicates = Array.from(groups.keys()).sort();
  for (const predicate of predicates) {
    const list = groups.get(predicate);
    const head = el("div", "kg-group", predicate + " (" + list.length + ")");
    head.style.borderColor = familyStyle(pageEdges[list[0]].family).colour;
    box.appendChild(head);
    const ul = el("ul", "kg-group-list");
    for (const j of list) {
      const e = pageEdges[j];
      const outgoing = e.from === i;
      const arrow = e.symmetric ? "\u2194 " : outgoing ? "\u2192 " : "\u2190 ";
      const other = pageNodes[outgoing ? e.to : e.from];
      const li = el("li");
      li.appendChild(button(arrow + other.label, function () { openEdge(e.id); }));
      const extra = [e.status === "planned" ? "planned" : null, e.when,
        e.sources + (e.sources === 1 ? " source" : " sources")].filter(Boolean).join(" \u00b7 ");
      li.appendChild(el("span", "kg-muted", " " + extra));
      if (edges.get(e.id).hidden) li.appendChild(el("span", "kg-muted", " (hidden by filters)"));
      ul.appendChild(li);
    }
    box.appendChild(ul);
  }
  return box;
}

function sentence(item) {
  const line = el("div", "kg-sentence", "\u201c" + item.sentence + "\u201d");
  if (item.rule) line.appendChild(el("span", "kg-muted kg-rule", " rule " + item.rule));
  return line;
}

function citation(doc, full) {
  const cite = el("div", "kg-cite");
  const name = doc.title || doc.doc_id || "unknown source";
  cite.appendChild(full ? link(doc.url, name) : el("span", null, name));
  const extra = [doc.source, doc.published, doc.title ? doc.doc_id : null].filter(Boolean).join(" \u00b7 ");
  if (extra) cite.appendChild(el("span", "kg-muted", " (" + extra + ")"));
  return cite;
}

function edgeCard(id, full) {
  const e = pageEdges[edgeIndex.get(id)];
  const card = el("div", "kg-card");
  const head = el("div", "kg-card-title");
  head.appendChild(el("span", null, pageNodes[e.from].label));
  const arrow = e.symmetric ? " \u2194 " : " \u2192 ";
  const predicate = el("span", "kg-predicate", arrow + e.predicate + arrow);
  predicate.style.color = familyStyle(e.family).colour;
  head.appendChild(predicate);
  head.appendChild(el("span", null, pageNodes[e.to].label));
  card.appendChild(head);
  row(card, "Status", e.status);
  row(card, "Family", e.family);
  if (e.topics.length) row(card, "Topics", e.topics.join(", "));
  row(card, "Date", e.date || (e.when ? e.when + " (first report)" : null));
  row(card, "Sources", e.outlets > e.sources  // syndicated copies: independent stories, and every outlet
    ? e.sources + (e.sources === 1 ? " story" : " stories") + " (" + e.outlets + " outlets)"
    : e.sources + (e.sources === 1 ? " document" : " documents"));
  if (e.confidence !== null) row(card, "Confidence", e.confidence.toFixed(2));
  if (!full) {
    for (const item of e.evidence.slice(0, MAX_TOOLTIP_EVIDENCE)) {
      const box = el("div", "kg-evidence");
      box.appendChild(sentence(item));
      box.appendChild(citation(payload.docs[item.doc], false));
      card.appendChild(box);
    }
    if (e.evidence.length > MAX_TOOLTIP_EVIDENCE) {
      card.appendChild(el("div", "kg-muted",
        "+ " + (e.evidence.length - MAX_TOOLTIP_EVIDENCE) + " more (click the edge)"));
    }
    return card;
  }
  // every sentence, grouped under the document it comes from (oldest report first)
  card.appendChild(el("div", "kg-group", "Evidence (" + e.evidence.length + ")"));
  const byDoc = new Map();
  for (const item of e.evidence) {
    if (!byDoc.has(item.doc)) byDoc.set(item.doc, []);
    byDoc.get(item.doc).push(item);
  }
  for (const [doc, items] of byDoc) {
    const box = el("div", "kg-evidence");
    box.appendChild(citation(payload.docs[doc], true));
    for (const item of items) box.appendChild(sentence(item));
    card.appendChild(box);
  }
  return card;
}

function showPanel(card) {
  panelBody.replaceChildren();
  if (card) panelBody.appendChild(card);
  panel.hidden = !card;
}

function openEdge(id) {
  selectEdge(id);
  showPanel(edgeCard(id, true));
}

document.getElementById("kg-panel-close").addEventListener("click", function () {
  showPanel(null);
  network.unselectAll();
  selectEdge(null);
});

network.on("click", function (params) {
  hideTip();
  if (FAST) selectEdge(null);
  // a big page's edges are not vis-network's: the page finds the one clicked
  const edge = params.edges.length ? params.edges[0]
    : FAST && !params.nodes.length && params.pointer ? edgeAt(params.pointer.DOM) : undefined;
  if (params.nodes.length) showPanel(nodeCard(params.nodes[0], true));
  else if (edge !== undefined) {
    if (FAST) selectEdge(edge);
    showPanel(edgeCard(edge, true));
  } else showPanel(null);
});

window.kgOpenEdge = openEdge;
