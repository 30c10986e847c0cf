/* kg graph page, part 2 of 6: drawing and filtering fast enough for thousands of entities. On a big page
 * vis-network gets the entities only: building its objects for thousands of edges takes longer than the rest of
 * the page together. The page draws the edges itself (one path per style, skipping what is out of view, dashes
 * only once zoomed in), finds the edge under the pointer itself, and fills the dots of one colour as one path
 * (the selected and hovered entities are still drawn by vis-network, highlighted). A filter on a big page sets
 * the hidden flags in place and redraws once, instead of an update event per item. */
const FAST = BIG_DRAWING;
let selectedEdge = -1;
const nodeBodies = new Array(pageNodes.length);

function viewBounds(margin) {
  const canvasEl = network.canvas.frame.canvas;
  const a = network.canvas.DOMtoCanvas({ x: -margin, y: -margin });
  const b = network.canvas.DOMtoCanvas({ x: canvasEl.clientWidth + margin, y: canvasEl.clientHeight + margin });
  return [a.x, a.y, b.x, b.y];
}

// vis-network's node of a page node (it follows the node when dragged)
function nodeBody(i) {
  const body = network.body.nodes[nodeIds[i]];
  nodeBodies[i] = body;
  return body;
}

// The control point of a bent edge, as vis-network computes it for curvedCW (bend > 0) and curvedCCW.
function viaPoint(a, b, bend) {
  const dx = b.x - a.x;
  const dy = a.y - b.y;
  const length = Math.sqrt(dx * dx + dy * dy);
  const r = Math.abs(bend);
  const angle = (Math.atan2(dy, dx) + (0.5 * (bend > 0 ? r : -r) + 0.5) * Math.PI) % (2 * Math.PI);
  return { x: a.x + (0.5 * r + 0.5) * length * Math.sin(angle), y: a.y + (0.5 * r + 0.5) * length * Math.cos(angle) };
}

// The middle of an edge as drawn (of its curve when bent), in canvas coordinates; null when it is hidden.
function edgeMidpoint(j) {
  const e = pageEdges[j];
  if (!FAST) {
    const body = network.body.edges[e.id];
    if (!body || body.options.hidden) return null;
    return e.bend ? body.edgeType.getPoint(0.5) : { x: (body.from.x + body.to.x) / 2, y: (body.from.y + body.to.y) / 2 };
  }
  if (!edgeShown[j]) return null;
  const a = nodeBody(e.from);
  const b = nodeBody(e.to);
  if (!e.bend) return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const v = viaPoint(a, b, e.bend);
  return { x: 0.25 * a.x + 0.5 * v.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * v.y + 0.25 * b.y };
}

function segmentDistance(p, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

// The id of the visible edge nearest a point of the canvas (DOM pixels), within a few pixels; else undefined.
function edgeAt(dom) {
  if (!FAST) return network.getEdgeAt(dom);
  const p = network.DOMtoCanvas(dom);
  let bestDistance = 6 / network.getScale();
  let best = -1;
  for (let j = 0; j < pageEdges.length; j++) {
    if (!edgeShown[j]) continue;
    const e = pageEdges[j];
    const a = nodeBodies[e.from] || nodeBody(e.from);
    const b = nodeBodies[e.to] || nodeBody(e.to);
    const reach = bestDistance + (e.bend ? Math.hypot(b.x - a.x, b.y - a.y) : 0) + (e.from === e.to ? 3 * a.options.size : 0);
    if (p.x < Math.min(a.x, b.x) - reach || p.x > Math.max(a.x, b.x) + reach ||
        p.y < Math.min(a.y, b.y) - reach || p.y > Math.max(a.y, b.y) + reach) continue;
    let d;
    if (e.from === e.to) {
      const r = a.options.size;
      d = Math.abs(Math.hypot(p.x - a.x - 0.7 * r, p.y - a.y + 0.7 * r) - r);
    } else if (e.bend) {
      const v = viaPoint(a, b, e.bend);
      let prev = a;
      d = Infinity;
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        const q = { x: (1 - t) * (1 - t) * a.x + 2 * t * (1 - t) * v.x + t * t * b.x,
          y: (1 - t) * (1 - t) * a.y + 2 * t * (1 - t) * v.y + t * t * b.y };
        d = Math.min(d, segmentDistance(p, prev, q));
        prev = q;
      }
    } else {
      d = segmentDistance(p, a, b);
    }
    if (d < bestDistance) {
      bestDistance = d;
      best = j;
    }
  }
  return best < 0 ? undefined : pageEdges[best].id;
}

// The edge whose evidence is open is drawn thicker (vis-network selects it on a small page).
function selectEdge(id) {
  if (!FAST) {
    if (id === null) network.unselectAll(); else network.selectEdges([id]);
    return;
  }
  selectedEdge = id === null ? -1 : edgeIndex.get(id);
  network.renderer._requestRedraw();
}

// Hide or show items in place: vis-network's own flag, the dataset's copy kept the same without events.
function setHidden(dataset, bodyItems, id, hidden) {
  const item = bodyItems[id];
  if (item) item.options.hidden = hidden;
  const stored = dataset._data instanceof Map ? dataset._data.get(id) : null;
  if (stored) stored.hidden = hidden;
}

function applyVisibility(edgeUpdates, nodeUpdates) {
  if (!FAST) {
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    return;
  }
  if (!edgeUpdates.length && !nodeUpdates.length) return;
  for (const u of edgeUpdates) setHidden(edges, {}, u.id, u.hidden);
  for (const u of nodeUpdates) setHidden(nodes, network.body.nodes, u.id, u.hidden);
  // vis-network's list of visible nodes, from the page's own flags (its own rebuild walks objects by key)
  const body = network.body;
  body.nodeIndices = visNodes.map(function (item) { return item.id; }).filter(function (id) {
    return !body.nodes[id].options.hidden;
  });
  network.renderer._requestRedraw();
}

if (FAST) {
  const renderer = network.renderer;
  const plainDrawNodes = renderer._drawNodes.bind(renderer);
  let boxesReady = false;
  const styles = [];
  const styleOf = new Map();
  const edgeStyle = visEdges.map(function (item, j) {
    const e = pageEdges[j];
    const dashes = item.dashes || null;
    const key = item.color.color + "|" + item.width + "|" + (dashes ? dashes.join(",") : "");
    if (!styleOf.has(key)) {
      styleOf.set(key, styles.length);
      styles.push({ colour: item.color.color, width: item.width, dashes: dashes, arrow: familyStyle(e.family).colour });
    }
    return styleOf.get(key);
  });

  const addEdge = function (path, j) {
    const e = pageEdges[j];
    const a = nodeBody(e.from);
    const b = nodeBody(e.to);
    if (e.from === e.to) {
      const r = a.options.size;
      path.moveTo(a.x + r * 1.7, a.y - r * 0.7);
      path.arc(a.x + r * 0.7, a.y - r * 0.7, r, 0, 2 * Math.PI);
    } else if (e.bend) {
      const via = viaPoint(a, b, e.bend);
      path.moveTo(a.x, a.y);
      path.quadraticCurveTo(via.x, via.y, b.x, b.y);
    } else {
      path.moveTo(a.x, a.y);
      path.lineTo(b.x, b.y);
    }
  };

  renderer._drawEdges = function (ctx) {
    const scale = network.body.view.scale;
    const box = viewBounds(30);
    const paths = styles.map(function () { return null; });
    for (let j = 0; j < pageEdges.length; j++) {
      if (!edgeShown[j] || j === selectedEdge) continue;
      const e = pageEdges[j];
      const a = nodeBody(e.from);
      const b = nodeBody(e.to);
      if ((a.x < box[0] && b.x < box[0]) || (a.x > box[2] && b.x > box[2]) ||
          (a.y < box[1] && b.y < box[1]) || (a.y > box[3] && b.y > box[3])) continue;
      const k = edgeStyle[j];
      addEdge(paths[k] || (paths[k] = new Path2D()), j);
    }
    paths.forEach(function (path, k) {
      if (!path) return;
      ctx.strokeStyle = styles[k].colour;
      ctx.lineWidth = Math.max(styles[k].width, 0.3 / scale);
      // dashes cost much more to stroke and cannot be told apart when the graph is seen whole
      ctx.setLineDash(scale >= 0.5 && styles[k].dashes ? styles[k].dashes : []);
      ctx.stroke(path);
    });
    ctx.setLineDash([]);
    if (selectedEdge >= 0 && edgeShown[selectedEdge]) {
      const path = new Path2D();
      addEdge(path, selectedEdge);
      ctx.strokeStyle = styles[edgeStyle[selectedEdge]].arrow;
      ctx.lineWidth = Math.max(pageEdges[selectedEdge].width + 2, 3 / scale);
      ctx.stroke(path);
    }
  };

  renderer._drawArrows = function (ctx) {
    const scale = network.body.view.scale;
    // arrowheads are a few pixels: worth drawing only once they can be seen
    if (scale < 0.4) return;
    const box = viewBounds(30);
    const heads = new Map();
    for (let j = 0; j < pageEdges.length; j++) {
      if (!edgeShown[j]) continue;
      const e = pageEdges[j];
      if (e.symmetric || e.from === e.to) continue;
      const b = nodeBody(e.to);
      if (b.x < box[0] || b.x > box[2] || b.y < box[1] || b.y > box[3]) continue;
      const a = nodeBody(e.from);
      const from = e.bend ? viaPoint(a, b, e.bend) : a;
      const dx = b.x - from.x;
      const dy = b.y - from.y;
      const d = Math.hypot(dx, dy) || 1;
      const ux = dx / d;
      const uy = dy / d;
      const tipX = b.x - ux * (b.options.size + 1.5);
      const tipY = b.y - uy * (b.options.size + 1.5);
      const length = 6 + 2 * e.width;
      const half = length * 0.42;
      const colour = styles[edgeStyle[j]].arrow;
      const path = heads.get(colour) || heads.set(colour, new Path2D()).get(colour);
      path.moveTo(tipX, tipY);
      path.lineTo(tipX - ux * length - uy * half, tipY - uy * length + ux * half);
      path.lineTo(tipX - ux * length + uy * half, tipY - uy * length - ux * half);
      path.closePath();
    }
    for (const [colour, path] of heads) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  };

  renderer._drawNodes = function (ctx, alwaysShow) {
    // the first drawing is vis-network's own: it gives every node the bounding box its hit test uses
    if (!boxesReady) {
      boxesReady = true;
      return plainDrawNodes(ctx, alwaysShow);
    }
    const body = network.body;
    const box = viewBounds(30);
    const fills = new Map();
    const special = [];
    for (const id of body.nodeIndices) {
      const node = body.nodes[id];
      if (node.hover || node.selected) { special.push(node); continue; }
      const r = node.options.size;
      if (node.x + r < box[0] || node.x - r > box[2] || node.y + r < box[1] || node.y - r > box[3]) continue;
      const colour = node.options.color;
      let group = fills.get(colour.background);
      if (!group) {
        group = { border: colour.border, path: new Path2D() };
        fills.set(colour.background, group);
      }
      group.path.moveTo(node.x + r, node.y);
      group.path.arc(node.x, node.y, r, 0, 2 * Math.PI);
    }
    ctx.lineWidth = payload.options.nodes.borderWidth;
    for (const [fill, group] of fills) {
      ctx.fillStyle = fill;
      ctx.fill(group.path);
      ctx.strokeStyle = group.border;
      ctx.stroke(group.path);
    }
    for (const node of special) node.draw(ctx);
    return { drawExternalLabels: null };
  };
}
