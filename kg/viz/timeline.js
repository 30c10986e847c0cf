/* kg graph page, part 6 of 6: the timeline under the drawing, the list of unconnected entities, the colour mode, and
 * the start (first view fitted to the canvas, ready flag). The timeline is a histogram of relations per month
 * (each relation counted once in every month one of its statements is dated in: event date, else publication).
 * Dragging across it chooses a period and filters the graph in place, exactly as the From and To dates (and
 * kg view --since/--until) do; dragging the chosen period moves it; Play steps it through the months. */
const SVG = "http://www.w3.org/2000/svg";
const timelineBox = document.getElementById("kg-timeline");
const histogram = document.getElementById("kg-histogram");
const playButton = document.getElementById("kg-play");
const periodLine = document.getElementById("kg-period");

function monthOf(date) {
  const d = periodBounds(date)[0];
  return Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
}
function monthName(m) {
  return String(Math.floor(m / 12)).padStart(4, "0") + "-" + String((m % 12) + 1).padStart(2, "0");
}
function lastDay(m) {
  const days = new Date(Date.UTC(Math.floor(m / 12), (m % 12) + 1, 0)).getUTCDate();
  return monthName(m) + "-" + String(days).padStart(2, "0");
}

const edgeMonths = pageEdges.map(function (e) {
  return Array.from(new Set(e.dates.map(monthOf))).sort(function (a, b) { return a - b; });
});
let firstMonth = Infinity;
let lastMonth = -Infinity;
for (const months of edgeMonths) {
  for (const m of months) {
    if (m < firstMonth) firstMonth = m;
    if (m > lastMonth) lastMonth = m;
  }
}
const hasTimeline = firstMonth <= lastMonth;
const monthCounts = hasTimeline ? new Array(lastMonth - firstMonth + 1).fill(0) : [];
for (const months of edgeMonths) for (const m of months) monthCounts[m - firstMonth] += 1;
const peak = Math.max.apply(null, monthCounts.concat([1]));
let brush = null;  // {lo, hi}: months, both included
let dragging = null;
let playing = null;

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const key of Object.keys(attrs)) node.setAttribute(key, String(attrs[key]));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function geometry() {
  const width = Math.max(histogram.clientWidth, 50);
  const height = Math.max(histogram.clientHeight, 30);
  // bars at most 60 px wide: a few months sit in the middle instead of as slabs across the page
  const step = Math.min((width - 8) / monthCounts.length, 60);
  return { width: width, height: height, step: step, base: height - 14,
    left: 4 + (width - 8 - step * monthCounts.length) / 2 };
}

function drawTimeline() {
  if (!hasTimeline) return;
  const g = geometry();
  const parts = [svgEl("rect", { x: 0, y: 0, width: g.width, height: g.height, fill: "#ffffff" })];
  let all = "";
  let inside = "";
  monthCounts.forEach(function (count, k) {
    if (!count) return;
    const h = Math.max(1.5, (g.base - 4) * count / peak);
    const x = g.left + k * g.step;
    const bar = "M" + (x + 0.5).toFixed(1) + "," + g.base + "v" + (-h).toFixed(1) + "h" +
      Math.max(g.step - 1, 1).toFixed(1) + "v" + h.toFixed(1) + "z";
    const m = firstMonth + k;
    if (brush && m >= brush.lo && m <= brush.hi) inside += bar; else all += bar;
  });
  parts.push(svgEl("path", { d: all || "M0,0", fill: brush ? "#c9cfd6" : "#7f97b2" }));
  parts.push(svgEl("path", { d: inside || "M0,0", fill: "#3f6e9f" }));
  parts.push(svgEl("line", { x1: 0, x2: g.width, y1: g.base + 0.5, y2: g.base + 0.5, stroke: "#bbbbbb" }));
  // a tick at each January (every few years when the range is long)
  const years = Math.floor(lastMonth / 12) - Math.floor(firstMonth / 12) + 1;
  const every = Math.max(1, Math.ceil(years / Math.max(1, Math.floor(g.width / 60))));
  for (let y = Math.floor(firstMonth / 12); y <= Math.floor(lastMonth / 12); y++) {
    if (y % every) continue;
    const x = g.left + Math.max(y * 12 - firstMonth, 0) * g.step;
    parts.push(svgEl("line", { x1: x, x2: x, y1: g.base, y2: g.base + 4, stroke: "#999999" }));
    parts.push(svgEl("text", { x: x + 2, y: g.height - 2, "font-size": 10, fill: "#666666" }, y));
  }
  if (brush) {
    const x0 = g.left + (brush.lo - firstMonth) * g.step;
    const x1 = g.left + (brush.hi - firstMonth + 1) * g.step;
    parts.push(svgEl("rect", { x: x0, y: 0.5, width: Math.max(x1 - x0, 2), height: g.base,
      fill: "rgba(63,110,159,0.12)",
      stroke: "#3f6e9f", "stroke-width": 1, class: "kg-brush" }));
  }
  histogram.replaceChildren.apply(histogram, parts);
}

function monthAt(clientX) {
  const g = geometry();
  const x = clientX - histogram.getBoundingClientRect().left;
  const k = Math.floor((x - g.left) / g.step);
  return firstMonth + Math.min(Math.max(k, 0), monthCounts.length - 1);
}

function describePeriod() {
  periodLine.textContent = brush ? (brush.lo === brush.hi ? monthName(brush.lo)
    : monthName(brush.lo) + " to " + monthName(brush.hi)) : "all dates";
}

// Filter the graph to the brushed months: the same window as kg view --since LO --until HI.
function applyBrush() {
  state = Object.assign({}, state, brush ? { from: monthName(brush.lo) + "-01", to: lastDay(brush.hi) }
    : { from: "", to: "" });
  writeControls();
  return applyFilters();
}

// While dragging: the bars at once, the graph in the same frame (pointer events come once a frame).
function moveBrush() {
  drawTimeline();
  describePeriod();
  applyBrush();
}

function setBrush(lo, hi) {
  if (!hasTimeline) return null;
  if (lo === null || lo === undefined) brush = null;
  else {
    const a = Math.max(Math.min(lo, hi), firstMonth);
    const b = Math.min(Math.max(lo, hi), lastMonth);
    brush = { lo: a, hi: Math.max(a, b) };
  }
  drawTimeline();
  describePeriod();
  return applyBrush();
}

// The brush follows the From and To dates when they are typed in.
afterFilter.push(function (s) {
  if (!hasTimeline || dragging) return;
  const wanted = s.from || s.to ? { lo: s.from ? monthOf(s.from) : firstMonth, hi: s.to ? monthOf(s.to) : lastMonth }
    : null;
  if (JSON.stringify(wanted) !== JSON.stringify(brush)) {
    brush = wanted;
    drawTimeline();
    describePeriod();
  }
});

histogram.addEventListener("pointerdown", function (event) {
  if (!hasTimeline) return;
  stopPlaying();
  histogram.setPointerCapture(event.pointerId);
  const m = monthAt(event.clientX);
  dragging = brush && m >= brush.lo && m <= brush.hi ? { move: true, from: m, lo: brush.lo, hi: brush.hi }
    : { move: false, from: m };
  if (!dragging.move) brush = { lo: m, hi: m };
  moveBrush();
});
histogram.addEventListener("pointermove", function (event) {
  if (!dragging) return;
  const m = monthAt(event.clientX);
  if (dragging.move) {
    const shift = Math.min(Math.max(m - dragging.from, firstMonth - dragging.lo), lastMonth - dragging.hi);
    brush = { lo: dragging.lo + shift, hi: dragging.hi + shift };
  } else {
    brush = { lo: Math.min(dragging.from, m), hi: Math.max(dragging.from, m) };
  }
  moveBrush();
});
function endDrag() {
  if (!dragging) return;
  dragging = null;
  moveBrush();
}
histogram.addEventListener("pointerup", endDrag);
histogram.addEventListener("pointercancel", endDrag);
document.getElementById("kg-period-clear").addEventListener("click", function () {
  stopPlaying();
  setBrush(null);
});

function stopPlaying() {
  if (playing === null) return;
  clearInterval(playing);
  playing = null;
  playButton.textContent = "\u25b6 Play";
}
function stepMonth() {
  if (!brush || brush.hi >= lastMonth) {
    stopPlaying();
    return false;
  }
  setBrush(brush.lo + 1, brush.hi + 1);
  return true;
}
playButton.addEventListener("click", function () {
  if (playing !== null) {
    stopPlaying();
    return;
  }
  // one month at a time, or the chosen period's width; from the start when the period is at the end
  const width = brush ? brush.hi - brush.lo : 0;
  if (!brush || brush.hi >= lastMonth || (brush.lo === firstMonth && brush.hi === lastMonth)) {
    setBrush(firstMonth, firstMonth + (brush && width < lastMonth - firstMonth ? width : 0));
  }
  playButton.textContent = "\u275a\u275a Pause";
  playing = setInterval(stepMonth, 900);
});

if (hasTimeline) {
  timelineBox.hidden = false;
  window.addEventListener("resize", drawTimeline);
  drawTimeline();
  describePeriod();
}

// The entities without a relation, by name: a click shows their card.
const unconnectedBox = document.getElementById("kg-unconnected-box");
const unconnectedList = document.getElementById("kg-unconnected");
if (unconnected.length) {
  unconnectedBox.hidden = false;
  document.getElementById("kg-unconnected-count").textContent = String(unconnected.length);
  const sorted = unconnected.slice().sort(function (a, b) {
    return pageNodes[a].label.localeCompare(pageNodes[b].label);
  });
  for (const i of sorted) {
    const li = el("li");
    const swatch = el("span", "kg-swatch");
    swatch.style.background = payload.typeColours[typeKey(pageNodes[i])] || payload.otherColour;
    li.appendChild(swatch);
    li.appendChild(button(pageNodes[i].label, function () { showPanel(nodeCard(nodeIds[i], true)); }));
    li.dataset.type = typeKey(pageNodes[i]);
    unconnectedList.appendChild(li);
  }
  afterFilter.push(function (s) {
    const types = new Set(s.types);
    for (const li of unconnectedList.children) li.hidden = !types.has(li.dataset.type);
  });
}

// Colour by community: a legend of the biggest communities, each named after its most important member.
const colourSelect = document.getElementById("kg-colour");
const communityLegend = document.getElementById("kg-communities");
(function () {
  const best = new Map();
  const size = new Map();
  pageNodes.forEach(function (n) {
    if (n.community === null || n.community === undefined) return;
    size.set(n.community, (size.get(n.community) || 0) + 1);
    if (!best.has(n.community) || n.rank < best.get(n.community).rank) best.set(n.community, n);
  });
  const ids = Array.from(size.keys()).sort(function (a, b) { return a - b; });
  for (const c of ids.slice(0, COMMUNITY_COLOURS.length)) {
    const li = el("li");
    const swatch = el("span", "kg-swatch");
    swatch.style.background = communityColour(c);
    li.appendChild(swatch);
    li.appendChild(el("span", null, best.get(c).label + (size.get(c) > 1 ? " and others" : "")));
    li.appendChild(el("span", "kg-count", size.get(c)));
    communityLegend.appendChild(li);
  }
  if (ids.length > COMMUNITY_COLOURS.length) {
    communityLegend.appendChild(el("li", "kg-muted", (ids.length - COMMUNITY_COLOURS.length) + " smaller, in grey"));
  }
  if (!ids.length) colourSelect.disabled = true;
})();
colourSelect.addEventListener("change", function () {
  setColourMode(colourSelect.value);
  communityLegend.hidden = colourMode !== "community";
});

function markReady() {
  if (document.body.dataset.ready === "1") return;
  document.body.dataset.ready = "1";
  // milliseconds since navigation began: what the benchmark reports as "drawn and interactive"
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.classList.remove("kg-loading");
}
// Positions come from Python and physics is off: the page is ready as soon as it is drawn once, fitted.
network.fit({ animation: false });
network.once("afterDrawing", markReady);
network.redraw();

window.kgNetwork = network;
window.kgData = { nodes: nodes, edges: edges };
window.kgSearch = kgSearch;
window.kgSavePng = savePng;
window.kgColourBy = function (mode) {
  colourSelect.value = setColourMode(mode);
  communityLegend.hidden = colourMode !== "community";
  return colourMode;
};
// For tests and the console: the brushed months, or set them (null: all dates).
window.kgTimeline = {
  range: function () { return brush ? { since: monthName(brush.lo), until: monthName(brush.hi) } : null; },
  months: function () { return hasTimeline ? { first: monthName(firstMonth), last: monthName(lastMonth),
    counts: monthCounts.slice() } : null; },
  // where the middle of a month ("2024-05") is, in the window's pixels: for tests that drag the brush
  monthX: function (month) {
    const g = geometry();
    return histogram.getBoundingClientRect().left + g.left + (monthOf(month) - firstMonth + 0.5) * g.step;
  },
  set: function (since, until) {
    return since ? setBrush(monthOf(since), monthOf(until || since)) : setBrush(null);
  },
  step: stepMonth,
};
