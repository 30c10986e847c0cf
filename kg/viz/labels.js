/* kg graph page, part 4 of 6: labels placed by the page, so that no label overlaps another label or any dot.
 * vis-network draws no label itself. After every frame the labels are placed greedily: the selected entity
 * first, then those Python chose for the first view (kg/viz/labels.py), then the rest by importance. Each
 * tries below, above, right, left and then diagonally off its dot and takes the first place inside the canvas
 * that meets no dot and no label already placed (a grid of boxes makes the test cheap). Labels keep one size
 * on the screen, so zooming in leaves room for more of them. When the view is close enough, relation names
 * are placed the same way at the middle of their (curved) edge. */
const LABEL_FONT = 12;
const LABEL_HEIGHT = 15;
const EDGE_FONT = 10;
const EDGE_HEIGHT = 13;
const LABEL_GAP = 2;
const MAX_LABELS = LARGE ? 250 : 500;
const MAX_EDGE_LABELS = 150;
// at most this many entities are offered a place per frame, the most important first
const MAX_TRIES = 1500;
const CELL = 48;
const labelFace = payload.options.nodes.font.face;
const measurer = document.createElement("canvas").getContext("2d");
const labelWidths = new Float64Array(pageNodes.length).fill(-1);
const edgeWidths = new Map();
// entities in the drawing (not the unconnected ones listed aside), most important first
const drawnByRank = pageNodes.map(function (n, i) { return i; })
  .filter(function (i) { return pageNodes[i].x !== undefined; })
  .sort(function (a, b) { return pageNodes[a].rank - pageNodes[b].rank; });
let labelBoxes = [];
let dotBoxes = { list: [], x: null, y: null, r: null };
const bodyOf = new Array(pageNodes.length);

let measuredFont = "";
function textWidth(text, size) {
  const font = size + "px " + labelFace;
  if (font !== measuredFont) {
    measurer.font = font;
    measuredFont = font;
  }
  return measurer.measureText(text).width;
}

function nodeLabelWidth(i) {
  if (labelWidths[i] < 0) labelWidths[i] = textWidth(pageNodes[i].label, LABEL_FONT) + 4;
  return labelWidths[i];
}

function edgeLabelText(e) {
  return e.predicate + (e.status === "planned" ? " (planned)" : "");
}

function edgeLabelWidth(text) {
  if (!edgeWidths.has(text)) edgeWidths.set(text, textWidth(text, EDGE_FONT) + 4);
  return edgeWidths.get(text);
}

// Boxes [x0, y0, x1, y1] (labels) or [x0, y0, x1, y1, cx, cy, r] (dots) in screen pixels, filed under every
// cell of a fixed grid over the canvas they touch.
function BoxGrid(width, height) {
  this.cols = Math.max(1, Math.ceil(width / CELL));
  this.rows = Math.max(1, Math.ceil(height / CELL));
  this.cells = new Array(this.cols * this.rows);
}
// the first and last column and row of the cells a box touches
BoxGrid.prototype.span = function (b) {
  return [Math.max(0, Math.floor(b[0] / CELL)), Math.min(this.cols - 1, Math.floor(b[2] / CELL)),
          Math.max(0, Math.floor(b[1] / CELL)), Math.min(this.rows - 1, Math.floor(b[3] / CELL))];
};
BoxGrid.prototype.add = function (b) {
  const [c0, c1, r0, r1] = this.span(b);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const k = r * this.cols + c;
      const list = this.cells[k];
      if (list) list.push(b); else this.cells[k] = [b];
    }
  }
};
BoxGrid.prototype.hits = function (b) {
  const [c0, c1, r0, r1] = this.span(b);
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const list = this.cells[r * this.cols + c];
      if (!list) continue;
      for (let n = 0; n < list.length; n++) {
        const o = list[n];
        if (!(b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3])) continue;
        if (o.length === 4) return true;
        // a dot [x0, y0, x1, y1, cx, cy, r]: the box meets it when its point nearest the centre is inside
        const nx = Math.min(Math.max(o[4], b[0]), b[2]) - o[4];
        const ny = Math.min(Math.max(o[5], b[1]), b[3]) - o[5];
        if (nx * nx + ny * ny < o[6] * o[6]) return true;
      }
    }
  }
  return false;
};

function selectedIds() {
  try { return network.getSelectedNodes(); } catch (err) { return []; }
}

// Where each drawn, visible dot is on the screen; the labels are placed around them.
function placeLabels() {
  const view = network.body.view;
  const s = view.scale;
  const tx = view.translation.x;
  const ty = view.translation.y;
  const width = container.clientWidth;
  const height = container.clientHeight;
  const grid = new BoxGrid(width, height);
  const sx = new Float64Array(pageNodes.length);
  const sy = new Float64Array(pageNodes.length);
  const sr = new Float64Array(pageNodes.length);
  const on = new Uint8Array(pageNodes.length);
  const dots = [];
  const bodies = network.body.nodes;
  for (let k = 0; k < drawnByRank.length; k++) {
    const i = drawnByRank[k];
    const body = bodyOf[i] && bodyOf[i] === bodies[nodeIds[i]] ? bodyOf[i] : (bodyOf[i] = bodies[nodeIds[i]]);
    if (!body || body.options.hidden) continue;
    const x = body.x * s + tx;
    const y = body.y * s + ty;
    const r = body.options.size * s + 1;
    if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
    sx[i] = x; sy[i] = y; sr[i] = r; on[i] = 1;
    grid.add([x - r, y - r, x + r, y + r, x, y, r]);
    dots.push(i);
  }
  const placed = [];
  const pinned = selectedIds().map(function (id) { return nodeIndex.get(id); })
    .filter(function (i) { return i !== undefined && on[i]; });
  const order = pinned.concat(payload.firstLabels || [], drawnByRank);
  const done = new Uint8Array(pageNodes.length);
  let tries = 0;
  for (const i of order) {
    if (placed.length >= MAX_LABELS || tries >= MAX_TRIES) break;
    if (!on[i] || done[i]) continue;
    done[i] = 1;
    tries += 1;
    const w = nodeLabelWidth(i);
    const x = sx[i];
    const y = sy[i];
    const r = sr[i];
    const d = r * 0.71 + LABEL_GAP;  // the diagonal spots touch the dot's bounding square at a corner
    const spots = [
      [x - w / 2, y + r + LABEL_GAP], [x - w / 2, y - r - LABEL_GAP - LABEL_HEIGHT],
      [x + r + LABEL_GAP, y - LABEL_HEIGHT / 2], [x - r - LABEL_GAP - w, y - LABEL_HEIGHT / 2],
      [x + d, y + d], [x - d - w, y + d], [x + d, y - d - LABEL_HEIGHT], [x - d - w, y - d - LABEL_HEIGHT],
    ];
    let box = null;
    for (const spot of spots) {
      const b = [spot[0], spot[1], spot[0] + w, spot[1] + LABEL_HEIGHT];
      if (b[0] < 0 || b[1] < 0 || b[2] > width || b[3] > height || grid.hits(b)) continue;
      box = b;
      break;
    }
    // the selected entity is always named, even where its label has to touch something
    if (!box && pinned.includes(i)) box = [spots[0][0], spots[0][1], spots[0][0] + w, spots[0][1] + LABEL_HEIGHT];
    if (!box) continue;
    grid.add(box);
    placed.push({ kind: "node", id: nodeIds[i], text: pageNodes[i].label, size: LABEL_FONT, colour: "#1a1a1a",
      x: box[0], y: box[1], w: w, h: LABEL_HEIGHT });
  }
  if (s >= 0.75 && !(network.renderer.dragging || network.renderer.zooming)) {
    placeEdgeLabels(grid, placed, on, width, height);
  }
  labelBoxes = placed;
  dotBoxes = { list: dots, x: sx, y: sy, r: sr };
}

function placeEdgeLabels(grid, placed, on, width, height) {
  const view = network.body.view;
  const s = view.scale;
  const tx = view.translation.x;
  const ty = view.translation.y;
  let count = 0;
  let seen = 0;
  for (let j = 0; j < pageEdges.length && count < MAX_EDGE_LABELS && seen < 2000; j++) {
    const e = pageEdges[j];
    if (!on[e.from] || !on[e.to] || e.from === e.to) continue;
    const mid = edgeMidpoint(j);
    if (!mid) continue;
    seen += 1;
    const x = mid.x * s + tx;
    const y = mid.y * s + ty;
    const text = edgeLabelText(e);
    const w = edgeLabelWidth(text);
    const b = [x - w / 2, y - EDGE_HEIGHT / 2, x + w / 2, y + EDGE_HEIGHT / 2];
    if (b[0] < 0 || b[1] < 0 || b[2] > width || b[3] > height || grid.hits(b)) continue;
    grid.add(b);
    count += 1;
    placed.push({ kind: "edge", id: e.id, text: text, size: EDGE_FONT, colour: familyStyle(e.family).colour,
      x: b[0], y: b[1], w: w, h: EDGE_HEIGHT });
  }
}

function drawLabels(ctx) {
  placeLabels();
  const ratio = network.canvas.pixelRatio || 1;
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.92)";
  let font = "";
  for (const box of labelBoxes) {
    const wanted = box.size + "px " + labelFace;
    if (wanted !== font) { ctx.font = wanted; font = wanted; }
    const x = box.x + box.w / 2;
    const y = box.y + box.h / 2 + 0.5;
    ctx.strokeText(box.text, x, y);
    ctx.fillStyle = box.colour;
    ctx.fillText(box.text, x, y);
  }
  ctx.restore();
}
network.on("afterDrawing", drawLabels);

// For tests: every label drawn in the last frame and every dot on the screen, in pixels of the canvas.
window.kgLabelBoxes = function () {
  return labelBoxes.map(function (b) {
    return { kind: b.kind, id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h };
  });
};
window.kgDotBoxes = function () {
  return dotBoxes.list.map(function (i) {
    return { id: nodeIds[i], x: dotBoxes.x[i], y: dotBoxes.y[i], r: dotBoxes.r[i] - 1 };
  });
};
