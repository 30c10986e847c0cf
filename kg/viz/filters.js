/* kg graph page, part 5 of 6: filters that hide edges and nodes in place, without reloading the page.
 * An edge shows when it passes every filter and both its ends pass the entity filters; a drawn node shows when
 * it passes the entity filters and keeps a visible edge. A date range keeps an edge when one of its statements
 * is dated in it (event date, else publication; a partial date spans its month or year), as kg view --since and
 * --until do. Entities without relations are not drawn: the list beside the drawing names them. */
const filterBox = document.getElementById("kg-filters");
const visibleLine = document.getElementById("kg-visible");
const allPredicates = Array.from(new Set(pageEdges.map(function (e) { return e.predicate; })));
const allTypes = Array.from(filterBox.querySelectorAll("input[name=type]")).map(function (i) { return i.value; });
const controls = {
  country: document.getElementById("kg-country"),
  from: document.getElementById("kg-from"),
  to: document.getElementById("kg-to"),
  sources: document.getElementById("kg-sources"),
  confidence: document.getElementById("kg-confidence"),
};
const nodeShown = pageNodes.map(function () { return true; });
const edgeShown = pageEdges.map(function () { return true; });

function defaults() {
  return { predicates: allPredicates.slice(), types: allTypes.slice(), statuses: ["asserted", "planned"],
    country: "", from: "", to: "", minSources: 1, minConfidence: 0 };
}
let state = defaults();

function checked(name) {
  return Array.from(filterBox.querySelectorAll("input[name=" + name + "]:checked"))
    .map(function (i) { return i.value; });
}

function readControls() {
  // predicates absent from the checkboxes (none today) stay on
  const listed = new Set(Array.from(filterBox.querySelectorAll("input[name=predicate]")).map(function (i) {
    return i.value;
  }));
  state = {
    predicates: checked("predicate").concat(allPredicates.filter(function (p) { return !listed.has(p); })),
    types: checked("type"), statuses: checked("status"), country: controls.country.value,
    from: controls.from.value, to: controls.to.value, minSources: Number(controls.sources.value) || 1,
    minConfidence: Number(controls.confidence.value) || 0,
  };
}

function writeControls() {
  for (const [name, values] of [["predicate", state.predicates], ["type", state.types],
    ["status", state.statuses]]) {
    for (const input of filterBox.querySelectorAll("input[name=" + name + "]")) {
      input.checked = values.includes(input.value);
    }
  }
  controls.country.value = state.country;
  controls.from.value = state.from;
  controls.to.value = state.to;
  controls.sources.value = String(state.minSources);
  controls.confidence.value = String(state.minConfidence);
  syncFamilies();
  syncOutputs();
}

function syncFamilies() {
  for (const box of filterBox.querySelectorAll("input[data-family]")) {
    const members = Array.from(filterBox.querySelectorAll("input[data-in=\"" + box.dataset.family + "\"]"));
    const on = members.filter(function (m) { return m.checked; }).length;
    box.checked = members.length ? on === members.length : true;
    box.indeterminate = on > 0 && on < members.length;
  }
}

function syncOutputs() {
  document.getElementById("kg-sources-out").textContent = String(state.minSources);
  document.getElementById("kg-confidence-out").textContent = Number(state.minConfidence).toFixed(2);
}

// The first and last day a (partial) ISO date names, as comparable strings (kg.rdf.period.period_bounds).
function periodBounds(date) {
  const d = String(date).trim().slice(0, 10);
  if (d.length === 4) return [d + "-01-01", d + "-12-31"];
  if (d.length === 7) return [d + "-01", d + "-31"];
  return [d, d];
}

// Whether one of the dates falls in the window [from, to] (either end open): kg.rdf.period.in_window.
function datesOk(dates, from, to) {
  if (!from && !to) return true;
  const lo = from ? periodBounds(from)[0] : null;
  const hi = to ? periodBounds(to)[1] : null;
  for (const d of dates) {
    const b = periodBounds(d);
    if ((lo === null || b[1] >= lo) && (hi === null || b[0] <= hi)) return true;
  }
  return false;
}

function applyFilters() {
  const s = state;
  const predicates = new Set(s.predicates);
  const types = new Set(s.types);
  const statuses = new Set(s.statuses);
  const nodeOk = pageNodes.map(function (n) { return types.has(typeKey(n)); });
  const kept = pageNodes.map(function () { return 0; });
  const edgeUpdates = [];
  let edgeCount = 0;
  pageEdges.forEach(function (e, j) {
    const a = pageNodes[e.from];
    const b = pageNodes[e.to];
    const show = nodeOk[e.from] && nodeOk[e.to] && predicates.has(e.predicate) && statuses.has(e.status) &&
      e.sources >= s.minSources && (e.confidence === null || e.confidence >= s.minConfidence - 1e-9) &&
      datesOk(e.dates, s.from, s.to) && (!s.country || a.country === s.country || b.country === s.country);
    if (show) {
      edgeCount += 1;
      kept[e.from] += 1;
      kept[e.to] += 1;
    }
    if (show !== edgeShown[j]) {
      edgeShown[j] = show;
      edgeUpdates.push({ id: e.id, hidden: !show });
    }
  });
  const nodeUpdates = [];
  let nodeCount = 0;
  pageNodes.forEach(function (n, i) {
    if (n.x === undefined) return;  // listed aside, not drawn
    const show = nodeOk[i] && kept[i] > 0;
    if (show) nodeCount += 1;
    if (show !== nodeShown[i]) {
      nodeShown[i] = show;
      nodeUpdates.push({ id: n.id, hidden: !show });
    }
  });
  applyVisibility(edgeUpdates, nodeUpdates);
  visibleLine.textContent = "Showing " + nodeCount.toLocaleString("en") + " of " +
    (pageNodes.length - unconnected.length).toLocaleString("en") + " entities \u00b7 " +
    edgeCount.toLocaleString("en") + " of " + pageEdges.length.toLocaleString("en") + " relations" +
    (unconnected.length ? " \u00b7 " + unconnected.length.toLocaleString("en") + " unconnected, listed below" : "");
  visibleLine.dataset.nodes = String(nodeCount);
  visibleLine.dataset.edges = String(edgeCount);
  for (const hook of afterFilter) hook(s);
  return { nodes: nodeCount, edges: edgeCount };
}

filterBox.addEventListener("change", function (event) {
  const target = event.target;
  if (target.dataset && target.dataset.family) {
    for (const m of filterBox.querySelectorAll("input[data-in=\"" + target.dataset.family + "\"]")) {
      m.checked = target.checked;
    }
  }
  syncFamilies();
  readControls();
  syncOutputs();
  applyFilters();
});
// sliders filter while they move, but a big graph only when they are let go ("change" above)
for (const slider of [controls.sources, controls.confidence]) {
  slider.addEventListener("input", function () {
    readControls();
    syncOutputs();
    if (!LARGE) applyFilters();
  });
}
document.getElementById("kg-reset").addEventListener("click", function () {
  state = defaults();
  writeControls();
  applyFilters();
});

applyFilters();

// For tests and for the console: kgFilters.set({predicates: ["sanctions"]}) filters as the controls would.
window.kgFilters = {
  set: function (partial) {
    state = Object.assign(defaults(), partial || {});
    writeControls();
    readControls();
    return applyFilters();
  },
  reset: function () { return window.kgFilters.set({}); },
  state: function () { return JSON.parse(JSON.stringify(state)); },
};
