/* kg graph page, part 1 of 6: draws the embedded graph with vis-network, coloured by entity type or community;
 * tooltips, search, PNG. The parts run in one function scope (html.py joins them). Every string from an
 * article reaches the
 * page through textContent only: never innerHTML. */
const payload = JSON.parse(document.getElementById("kg-data").textContent);
const pageNodes = payload.nodes;
const pageEdges = payload.edges;
const nodeIds = pageNodes.map(function (n) { return n.id; });
const nodeIndex = new Map(nodeIds.map(function (id, i) { return [id, i]; }));
const edgeIndex = new Map(pageEdges.map(function (e, i) { return [e.id, i]; }));
// edges of each node, for the node panel's relation list
const edgesOf = pageNodes.map(function () { return []; });
pageEdges.forEach(function (e, i) {
  edgesOf[e.from].push(i);
  if (e.to !== e.from) edgesOf[e.to].push(i);
});
const OTHER = "__other__";
const LARGE = pageNodes.length > 1000;
// drawn by the page's own fast path (fastdraw.js)
const BIG_DRAWING = pageEdges.length > 2000 || LARGE;
// functions run after every change of the filters (the timeline redraws its brush)
const afterFilter = [];
// entities without any relation are listed beside the drawing, not drawn
const unconnected = pageNodes.map(function (n, i) { return i; }).filter(function (i) {
  return pageNodes[i].x === undefined;
});

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function typeKey(node) {
  return Object.prototype.hasOwnProperty.call(payload.typeColours, node.type) ? node.type : OTHER;
}

function familyStyle(family) {
  return payload.familyStyles[family] || payload.familyStyles[OTHER];
}

function withAlpha(hex, alpha) {
  const v = parseInt(hex.slice(1), 16);
  return "rgba(" + (v >> 16) + "," + ((v >> 8) & 255) + "," + (v & 255) + "," + alpha + ")";
}

function darker(hex) {
  const v = parseInt(hex.slice(1), 16);
  const c = [v >> 16, (v >> 8) & 255, v & 255].map(function (x) { return Math.round(x * 0.72); });
  return "rgb(" + c.join(",") + ")";
}

// One colour object per type, family or community: vis-network copies what it needs, so they can be shared.
const COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
  "#ff9da7", "#9c755f", "#86bcb6", "#d37295", "#a0cbe8"];
const nodeColours = {};
function colourObject(fill) {
  if (!nodeColours[fill]) {
    nodeColours[fill] = { background: fill, border: darker(fill),
      highlight: { background: fill, border: "#222222" }, hover: { background: fill, border: "#222222" } };
  }
  return nodeColours[fill];
}
function communityColour(community) {
  return community !== null && community !== undefined && community < COMMUNITY_COLOURS.length
    ? COMMUNITY_COLOURS[community] : payload.otherColour;
}
let colourMode = "type";
function nodeFill(n) {
  return colourMode === "community" ? communityColour(n.community)
    : payload.typeColours[typeKey(n)] || payload.otherColour;
}
function nodeColour(n) { return colourObject(nodeFill(n)); }

// vis-network draws no label (labels.js does); a big page does not even hand them over, which saves measuring
const visNodes = pageNodes.filter(function (n) { return n.x !== undefined; }).map(function (n) {
  const item = { id: n.id, size: n.size, color: nodeColour(n), x: n.x, y: n.y };
  if (!BIG_DRAWING) item.label = n.label;
  return item;
});
const visEdges = pageEdges.map(function (e) {
  const style = familyStyle(e.family);
  const planned = e.status === "planned";
  const colour = withAlpha(style.colour, planned ? 0.4 : 0.85);
  // only what differs from the defaults in payload.options: vis-network merges every option of every item
  const item = {
    id: e.id, from: nodeIds[e.from], to: nodeIds[e.to],
    color: { color: colour, highlight: style.colour, hover: style.colour, inherit: false }, width: e.width,
  };
  // the page draws relation names itself (labels.js); vis-network keeps them for the tests on small pages
  if (!BIG_DRAWING) item.label = e.predicate + (planned ? " (planned)" : "");
  if (e.symmetric) item.arrows = { to: { enabled: false } };
  if (style.dashes) item.dashes = style.dashes;
  if (e.bend) item.smooth = { enabled: true, type: e.bend > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e.bend) };
  // several loops on one node would be drawn on top of each other
  if (e.loop !== null) item.selfReference = { size: 18 + 10 * e.loop, angle: 0.785 };
  return item;
});

const nodes = new vis.DataSet(visNodes);
const edges = new vis.DataSet(visEdges);
const container = document.getElementById("kg-network");
// a big page hands vis-network no edges: the page draws them and finds the one under the pointer (fastdraw.js)
if (BIG_DRAWING) payload.options.interaction.hover = false;
const network = new vis.Network(container, { nodes: nodes, edges: BIG_DRAWING ? new vis.DataSet() : edges },
  payload.options);
const statusLine = document.getElementById("kg-status");

// The canvas is transparent; paint it white so a saved PNG has a background.
network.on("beforeDrawing", function (ctx) {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.restore();
  if (colourMode === "community") drawGroupHalos(ctx);
});

// Coloured by community, each of the biggest communities gets a faint disc behind its members (where the layout
// put them: the disc covers nine in ten of its members around their centre).
const groupHalos = (function () {
  const members = new Map();
  pageNodes.forEach(function (n) {
    if (n.x === undefined || n.community === null || n.community === undefined) return;
    if (n.community >= COMMUNITY_COLOURS.length) return;
    if (!members.has(n.community)) members.set(n.community, []);
    members.get(n.community).push(n);
  });
  const halos = [];
  for (const [community, list] of members) {
    if (list.length < 3) continue;
    const cx = list.reduce(function (t, n) { return t + n.x; }, 0) / list.length;
    const cy = list.reduce(function (t, n) { return t + n.y; }, 0) / list.length;
    const reach = list.map(function (n) { return Math.hypot(n.x - cx, n.y - cy) + n.size; })
      .sort(function (a, b) { return a - b; });
    halos.push({ x: cx, y: cy, r: reach[Math.floor(0.9 * (reach.length - 1))] + 30,
      colour: withAlpha(COMMUNITY_COLOURS[community], 0.09) });
  }
  return halos;
})();
function drawGroupHalos(ctx) {
  for (const halo of groupHalos) {
    ctx.beginPath();
    ctx.arc(halo.x, halo.y, halo.r, 0, 2 * Math.PI);
    ctx.fillStyle = halo.colour;
    ctx.fill();
  }
}

// Our own tooltip, built only for the item under the pointer (vis-network's needs every tooltip made up front).
const tip = document.getElementById("kg-tip");
const pointer = { x: 0, y: 0 };
container.addEventListener("pointermove", function (event) {
  const box = container.getBoundingClientRect();
  pointer.x = event.clientX - box.left;
  pointer.y = event.clientY - box.top;
  if (!tip.hidden) placeTip();
});
function placeTip() {
  const box = container.getBoundingClientRect();
  const x = Math.min(pointer.x + 14, Math.max(box.width - tip.offsetWidth - 8, 0));
  const y = pointer.y + 14 + tip.offsetHeight > box.height ? Math.max(pointer.y - tip.offsetHeight - 10, 0)
    : pointer.y + 14;
  // the tip lives beside the network (vis-network empties its container), so offset it by the sidebar
  tip.style.left = container.offsetLeft + x + "px";
  tip.style.top = container.offsetTop + y + "px";
}
function showTip(card) {
  tip.replaceChildren(card);
  tip.hidden = false;
  placeTip();
}
function hideTip() { tip.hidden = true; }
network.on("hoverNode", function (params) { showTip(nodeCard(params.node, false)); });
network.on("hoverEdge", function (params) { showTip(edgeCard(params.edge, false)); });
network.on("blurNode", hideTip);
network.on("blurEdge", hideTip);
// A big graph turns vis-network's hover off (each hover would redraw everything): find the item ourselves,
// at most once a frame, and show its tooltip without redrawing the canvas.
let hovered = null;
let hoverQueued = false;
function hitTest() {
  hoverQueued = false;
  const at = { x: pointer.x, y: pointer.y };
  const node = network.getNodeAt(at);
  const edge = node === undefined ? edgeAt(at) : undefined;
  const key = node !== undefined ? "n" + node : edge !== undefined ? "e" + edge : null;
  if (key === hovered) return;
  hovered = key;
  if (node !== undefined) showTip(nodeCard(node, false));
  else if (edge !== undefined) showTip(edgeCard(edge, false));
  else hideTip();
}
if (!payload.options.interaction.hover) {
  container.addEventListener("pointermove", function () {
    if (!hoverQueued) {
      hoverQueued = true;
      requestAnimationFrame(hitTest);
    }
  });
  container.addEventListener("pointerleave", function () { hovered = null; hideTip(); });
}
network.on("dragStart", hideTip);
network.on("zoom", hideTip);

function normalise(text) {
  return String(text || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

// Lower is better: exact label, exact alias, label prefix, label substring, alias substring.
function matchRank(node, query) {
  const label = normalise(node.label);
  const aliases = node.aliases.map(normalise);
  if (label === query) return 0;
  if (aliases.includes(query)) return 1;
  if (label.startsWith(query)) return 2;
  if (label.includes(query)) return 3;
  if (aliases.some(function (a) { return a.includes(query); })) return 4;
  return Infinity;
}

function kgSearch(text) {
  const query = normalise(text);
  let best = -1;
  let bestRank = Infinity;
  if (query) {
    pageNodes.forEach(function (node, i) {
      const rank = matchRank(node, query);
      if (rank < bestRank || (rank === bestRank && rank < Infinity && node.degree > pageNodes[best].degree)) {
        best = i;
        bestRank = rank;
      }
    });
  }
  if (best < 0) {
    network.unselectAll();
    selectEdge(null);
    statusLine.textContent = query ? "No entity matches" : "";
    return null;
  }
  const id = nodeIds[best];
  showPanel(nodeCard(id, true));
  if (pageNodes[best].x === undefined) {
    network.unselectAll();
    selectEdge(null);
    statusLine.textContent = pageNodes[best].label + " has no relation: listed under Unconnected";
    return id;
  }
  if (nodes.get(id).hidden) {
    network.unselectAll();
    selectEdge(null);
    statusLine.textContent = pageNodes[best].label + " is hidden by the filters";
    return id;
  }
  statusLine.textContent = "";
  network.selectNodes([id]);
  network.focus(id, { scale: Math.max(network.getScale(), 1.0),
    animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  return id;
}

const names = document.getElementById("kg-names");
const seen = new Set();
const choices = [];
for (const node of pageNodes) {
  for (const name of [node.label].concat(node.aliases)) {
    if (!seen.has(name)) {
      seen.add(name);
      choices.push(name);
    }
  }
}
choices.sort(function (a, b) { return a.localeCompare(b); });
// a datalist of thousands of options slows typing down more than it helps
for (const name of choices.slice(0, 3000)) {
  const option = document.createElement("option");
  option.value = name;
  names.appendChild(option);
}
const search = document.getElementById("kg-search");
search.addEventListener("change", function () { kgSearch(search.value); });
search.addEventListener("keydown", function (event) {
  if (event.key === "Enter") kgSearch(search.value);
});

function savePng() {
  const canvas = container.querySelector("canvas");
  const a = document.createElement("a");
  a.download = (document.title || "kg graph").replace(/[^\w.-]+/g, "-") + ".png";
  a.href = canvas.toDataURL("image/png");
  document.body.appendChild(a);
  a.click();
  a.remove();
}
document.getElementById("kg-png").addEventListener("click", savePng);

function setColourMode(mode) {
  colourMode = mode === "community" ? "community" : "type";
  const updates = visNodes.map(function (item) {
    return { id: item.id, color: nodeColour(pageNodes[nodeIndex.get(item.id)]) };
  });
  if (LARGE) {
    // thousands of update events would take seconds: set the colours in place and draw once
    for (const u of updates) {
      network.body.nodes[u.id].options.color = u.color;
      const stored = nodes._data instanceof Map ? nodes._data.get(u.id) : null;
      if (stored) stored.color = u.color;
    }
    network.redraw();
  } else {
    nodes.update(updates);
  }
  document.body.dataset.colour = colourMode;
  return colourMode;
}
