/* kg graph page, part 2 of 6: drawing and filtering fast enough for thousands of entities. vis-network draws and
 * strokes every edge and every dot on its own; on a big page the edges are instead stroked as one path per
 * style and the dots filled as one path per colour, skipping what is outside the view (the selected and hovered
 * items are still drawn by vis-network, highlighted). A filter on a big page sets vis-network's hidden flags
 * directly and redraws once, instead of an update event per item. */
const FAST = BIG_DRAWING;

function viewBounds(margin) {
  const canvasEl = network.canvas.frame.canvas;
  const a = network.canvas.DOMtoCanvas({ x: -margin, y: -margin });
  const b = network.canvas.DOMtoCanvas({ x: canvasEl.clientWidth + margin, y: canvasEl.clientHeight + margin });
  return [a.x, a.y, b.x, b.y];
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
  for (const u of edgeUpdates) setHidden(edges, network.body.edges, u.id, u.hidden);
  for (const u of nodeUpdates) setHidden(nodes, network.body.nodes, u.id, u.hidden);
  // vis-network's lists of visible items, from the page's own flags (its own rebuild walks objects by key)
  const body = network.body;
  body.nodeIndices = visNodes.map(function (item) { return item.id; }).filter(function (id) {
    return !body.nodes[id].options.hidden;
  });
  body.edgeIndices = pageEdges.filter(function (e, j) { return edgeShown[j] && body.edges[e.id].connected; })
    .map(function (e) { return e.id; });
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
      styles.push({ colour: item.color.color, width: item.width, dashes: dashes,
        arrow: familyStyle(e.family).colour });
    }
    return styleOf.get(key);
  });

  renderer._drawEdges = function (ctx) {
    const body = network.body;
    const scale = body.view.scale;
    const box = viewBounds(30);
    const paths = styles.map(function () { return null; });
    const special = [];
    for (const id of body.edgeIndices) {
      const edge = body.edges[id];
      if (edge.connected !== true) continue;
      if (edge.selected || edge.hover) { special.push(edge); continue; }
      const a = edge.from;
      const b = edge.to;
      if ((a.x < box[0] && b.x < box[0]) || (a.x > box[2] && b.x > box[2]) ||
          (a.y < box[1] && b.y < box[1]) || (a.y > box[3] && b.y > box[3])) continue;
      const j = edgeIndex.get(id);
      const k = edgeStyle[j];
      const path = paths[k] || (paths[k] = new Path2D());
      if (a === b) {
        const r = a.options.size;
        path.moveTo(a.x + r * 1.7, a.y - r * 0.7);
        path.arc(a.x + r * 0.7, a.y - r * 0.7, r, 0, 2 * Math.PI);
      } else if (pageEdges[j].bend) {
        const via = edge.edgeType._getViaCoordinates();
        path.moveTo(a.x, a.y);
        path.quadraticCurveTo(via.x, via.y, b.x, b.y);
      } else {
        path.moveTo(a.x, a.y);
        path.lineTo(b.x, b.y);
      }
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
    for (const edge of special) edge.draw(ctx);
  };

  renderer._drawArrows = function (ctx) {
    const body = network.body;
    const scale = body.view.scale;
    const box = viewBounds(30);
    const heads = new Map();
    for (const id of body.edgeIndices) {
      const edge = body.edges[id];
      if (edge.connected !== true) continue;
      if (edge.selected || edge.hover) { edge.drawArrows(ctx); continue; }
      const j = edgeIndex.get(id);
      const e = pageEdges[j];
      // arrowheads are a few pixels: worth drawing only once they can be seen
      if (e.symmetric || e.from === e.to || scale < 0.4) continue;
      const b = edge.to;
      if (b.x < box[0] || b.x > box[2] || b.y < box[1] || b.y > box[3]) continue;
      const from = e.bend ? edge.edgeType._getViaCoordinates() : edge.from;
      const dx = b.x - from.x;
      const dy = b.y - from.y;
      const d = Math.hypot(dx, dy) || 1;
      const ux = dx / d;
      const uy = dy / d;
      const tipX = b.x - ux * (b.options.size + 1.5);
      const tipY = b.y - uy * (b.options.size + 1.5);
      const length = 6 + 2 * pageEdges[j].width;
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
