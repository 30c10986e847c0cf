"""The graph page read at first sight, in headless Chromium: labels that never overlap each other or a dot (on the
quick-start sample page and a 1,000-entity page, at the first view and after zooming in), the timeline's brush
filtering exactly as ``kg view --since/--until``, communities as a colour mode, unconnected entities listed aside.

Skipped when Playwright or Chromium is missing, unless ``CI`` is set (see test_viz_browser).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.viz import render_html
from test_viz_browser import E, Loaded, browser, sample_graph  # noqa: F401  (the shared Chromium fixture)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The quick start: ``kg build data/articles -o graph.ttl --html graph.html``."""
    folder = tmp_path_factory.mktemp("sample")
    result = CliRunner().invoke(app, ["build", str(ROOT / "data" / "articles"), "-o", str(folder / "graph.ttl"),
                                      "--html", str(folder / "graph.html"), "-q"])
    assert result.exit_code == 0, result.output
    return folder


def thousand_node_graph() -> nx.MultiDiGraph:
    """1,000 entities with a few hubs (as news has), 3,000 relations, labels of news-like length."""
    rnd = random.Random(5)
    words = ["Ministry", "Agency", "Fund", "Semiconductor", "Institute", "Space", "Bank", "Defence", "Council"]
    G = nx.MultiDiGraph()
    for i in range(1000):
        G.add_node(f"{E}n{i}", label=f"{rnd.choice(words)} {rnd.choice(words)} {i}", type="Organization")
    while G.number_of_edges() < 3000:
        u, v = int(rnd.paretovariate(1.2)) % 1000, rnd.randrange(1000)
        if u != v:
            G.add_edge(f"{E}n{u}", f"{E}n{v}", predicate="cooperatesWith", family="cooperation", symmetric=True,
                       sources=1, date=f"2024-{rnd.randint(1, 12):02d}", evidence=[])
    return G


def drawn_labels(loaded: Loaded) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, float]]:
    """The label boxes and the dots of the last frame, and the canvas size."""
    loaded.page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")
    boxes = loaded.js("() => kgLabelBoxes()")
    dots = loaded.js("() => kgDotBoxes()")
    size = loaded.js("() => { const c = document.querySelector('#kg-network'); "
                     "return {w: c.clientWidth, h: c.clientHeight}; }")
    return boxes, dots, size


def assert_readable(boxes: list[dict[str, Any]], dots: list[dict[str, Any]], size: dict[str, float]) -> None:
    """No two label boxes overlap, none covers (part of) a dot, all are inside the canvas."""
    assert boxes, "no label drawn"
    for b in boxes:
        assert b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["w"] <= size["w"] and b["y"] + b["h"] <= size["h"], b
    ordered = sorted(boxes, key=lambda b: b["x"])
    for k, a in enumerate(ordered):
        for b in ordered[k + 1:]:
            if b["x"] >= a["x"] + a["w"]:
                break
            overlap = a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]
            assert not overlap, f"labels overlap: {a['text']!r} {a} and {b['text']!r} {b}"
    for b in boxes:
        for d in dots:
            # the point of the box nearest the dot's centre must lie outside the dot
            nx_ = min(max(d["x"], b["x"]), b["x"] + b["w"])
            ny_ = min(max(d["y"], b["y"]), b["y"] + b["h"])
            assert (nx_ - d["x"]) ** 2 + (ny_ - d["y"]) ** 2 >= d["r"] ** 2 - 1e-6, \
                f"label {b['text']!r} covers the dot of {d['id']}"


def zoom_in(loaded: Loaded) -> None:
    """One wheel step towards the middle of the drawing, as a user zooms."""
    box = loaded.page.locator("#kg-network").bounding_box()
    loaded.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    before = loaded.js("() => kgNetwork.getScale()")
    loaded.page.mouse.wheel(0, -300)
    loaded.page.wait_for_function("s => kgNetwork.getScale() > s", arg=before)
    loaded.page.wait_for_timeout(400)  # the view settles (edges come back after a zoom on a big page)


def check_labels_while_zooming(loaded: Loaded, min_first: int) -> list[int]:
    counts = []
    for step in range(3):
        if step:
            zoom_in(loaded)
        boxes, dots, size = drawn_labels(loaded)
        assert_readable(boxes, dots, size)
        counts.append(len(boxes))
        # more of the dots on the screen get a label as the view closes in
        if step == 0:
            assert len(boxes) >= min_first
    return counts


def test_sample_page_labels_never_overlap(browser: Any, sample_site: Path) -> None:  # noqa: F811
    loaded = Loaded(browser, sample_site / "graph.html")
    try:
        # the first view draws the labels Python placed for it (kg/viz/labels.py), checked against the real canvas
        first, drawn = loaded.js("""() => {
            const d = JSON.parse(document.getElementById('kg-data').textContent);
            const ids = new Set(kgLabelBoxes().map(b => b.id));
            const first = d.firstLabels.map(i => d.nodes[i].id);
            return [first.length, first.filter(id => ids.has(id)).length]; }""")
        assert first >= 25 and drawn >= 0.8 * first
        counts = check_labels_while_zooming(loaded, min_first=25)
        assert counts[2] >= counts[0] * 0.5
        # the drawing fills the canvas: its dots reach near two opposite sides
        dots = loaded.js("() => { kgNetwork.fit({animation: false}); kgNetwork.redraw(); return kgDotBoxes(); }")
        size = loaded.js("() => [document.querySelector('#kg-network').clientWidth, "
                         "document.querySelector('#kg-network').clientHeight]")
        xs, ys = [d["x"] for d in dots], [d["y"] for d in dots]
        assert (max(xs) - min(xs)) / size[0] > 0.6 or (max(ys) - min(ys)) / size[1] > 0.8
        assert loaded.errors == []
    finally:
        loaded.page.close()


def test_thousand_node_page_labels_never_overlap(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    loaded = Loaded(browser, render_html(thousand_node_graph(), tmp_path / "big.html", max_nodes=0))
    try:
        check_labels_while_zooming(loaded, min_first=20)
        # the most important entity on the screen is named first: a searched entity is always named
        hub = loaded.js("() => kgSearch('Agency Fund 17') || kgSearch('Fund')")
        loaded.page.wait_for_timeout(700)
        boxes, dots, size = drawn_labels(loaded)
        assert hub in [b["id"] for b in boxes]
        assert loaded.errors == []
    finally:
        loaded.page.close()


def _payload(html: str) -> dict[str, Any]:
    return json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1))


def test_timeline_brush_filters_as_kg_view_since_until(browser: Any, sample_site: Path,  # noqa: F811
                                                       tmp_path: Path) -> None:
    loaded = Loaded(browser, sample_site / "graph.html")
    page = loaded.page
    try:
        months = loaded.js("() => kgTimeline.months()")
        counts = months["counts"]
        used = [k for k, c in enumerate(counts) if c]
        assert len(used) >= 3, "the sample articles span several months"
        lo, hi = used[len(used) // 3], used[-2]
        box = page.locator("#kg-histogram").bounding_box()
        first = int(months["first"][:4]) * 12 + int(months["first"][5:7]) - 1

        def x(month: int) -> float:
            m = first + month
            return loaded.js("m => kgTimeline.monthX(m)", f"{m // 12:04d}-{m % 12 + 1:02d}")

        step = x(1) - x(0)

        y = box["y"] + box["height"] / 2
        page.mouse.move(x(lo), y)
        page.mouse.down()
        page.mouse.move((x(lo) + x(hi)) / 2, y)
        page.mouse.move(x(hi), y)
        page.mouse.up()
        window = loaded.js("() => kgTimeline.range()")
        assert window is not None
        shown_nodes, shown_edges = loaded.visible()
        total = loaded.js("() => kgData.edges.length")
        assert 0 < shown_edges < total, "the window keeps some relations, not all"
        assert page.locator("#kg-from").input_value().startswith(window["since"])

        out = tmp_path / "window.html"
        result = CliRunner().invoke(app, ["view", str(sample_site / "graph.ttl"), "-o", str(out),
                                          "--since", window["since"], "--until", window["until"]])
        assert result.exit_code == 0, result.output
        expected = _payload(out.read_text(encoding="utf-8"))
        assert shown_edges == len(expected["edges"])
        assert shown_nodes == sum(1 for n in expected["nodes"] if n["degree"] > 0)

        # dragging the chosen period moves it, and the graph follows
        page.mouse.move(x(hi), y)
        page.mouse.down()
        page.mouse.move(x(hi) - step * 2, y)
        page.mouse.up()
        moved = loaded.js("() => kgTimeline.range()")
        assert moved != window and moved["until"] < window["until"]
        loaded.visible()
        page.locator("#kg-period-clear").click()
        assert loaded.js("() => kgTimeline.range()") is None
        assert loaded.visible()[1] == total
        assert loaded.errors == []
    finally:
        page.close()


def test_play_steps_through_the_months(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    G = sample_graph()
    for i, month in enumerate(["2024-01", "2024-02", "2024-03"]):
        G.add_edge(E + "Q159", E + "Q11660", predicate="develops", family="topic", symmetric=False,
                   status="asserted", topics=[], confidence=0.8, sources=1, date=month, evidence=[])
    loaded = Loaded(browser, render_html(G, tmp_path / "play.html"))
    try:
        loaded.js("() => kgTimeline.set('2023-02', '2023-02')")
        assert loaded.visible()[1] == 1
        loaded.page.locator("#kg-play").click()
        loaded.page.wait_for_function("() => kgTimeline.range().since === '2023-03'", timeout=5_000)
        loaded.page.locator("#kg-play").click()  # pause
        assert loaded.js("() => kgTimeline.range()") == {"since": "2023-03", "until": "2023-03"}
        assert loaded.js("() => kgTimeline.set('2024-02', '2024-03')") == {"nodes": 2, "edges": 2}
        assert loaded.errors == []
    finally:
        loaded.page.close()


def test_unconnected_listed_aside_and_community_colours(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    G = sample_graph()
    G.add_node(E + "lonely", label="Lonely <b>Agency</b>", type="Organization")
    loaded = Loaded(browser, render_html(G, tmp_path / "aside.html"))
    page = loaded.page
    try:
        assert loaded.js("id => kgData.nodes.get(id)", E + "lonely") is None
        assert page.locator("#kg-unconnected-box").is_visible()
        item = page.locator("#kg-unconnected button")
        assert item.text_content() == "Lonely <b>Agency</b>"
        item.click()
        assert "Lonely <b>Agency</b>" in page.locator("#kg-panel").text_content()
        assert loaded.js("() => kgSearch('Lonely')") == E + "lonely"
        assert "Unconnected" in page.locator("#kg-status").text_content()

        by_type = loaded.js("() => kgData.nodes.get().map(n => n.color.background)")
        assert loaded.js("() => kgColourBy('community')") == "community"
        by_group = loaded.js("() => kgData.nodes.get().map(n => n.color.background)")
        assert by_group != by_type
        assert page.locator("#kg-communities").is_visible()
        assert page.locator("#kg-communities li").count() >= 1
        page.locator("#kg-colour").select_option("type")
        assert loaded.js("() => kgData.nodes.get().map(n => n.color.background)") == by_type
        assert loaded.errors == []
    finally:
        page.close()


def test_date_window_on_the_page_is_kg_views(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """Statements dated by event (a year, a month, a day) or only by publication, one relation stated twice:
    for each window, the page keeps exactly the relations kg view --since/--until keeps."""
    from kg.analysis import to_networkx
    from kg.analysis.period import filter_by_date
    from kg.rdf.build import build_graph
    from kg.records import Document, Entity, Extraction, Relation

    ents = [Entity("ru", "Russia", "Country"), Entity("cn", "China", "Country"), Entity("in", "India", "Country"),
            Entity("sb", "Sberbank", "Organization")]
    extractions = [
        Extraction(Document("d1", "t", published="2023-11-20"), ents,
                   [Relation("ru", "cooperatesWith", "cn", date="2023"), Relation("sb", "basedIn", "ru")]),
        Extraction(Document("d2", "t", published="2024-06-03"), ents,
                   [Relation("ru", "cooperatesWith", "cn", date="2024-05"), Relation("in", "sanctions", "sb")]),
        Extraction(Document("d3", "t", published="2024-09-09"), ents,
                   [Relation("cn", "suppliesTo", "in", date="2024-08-30")]),
    ]
    G = to_networkx(build_graph(extractions))
    loaded = Loaded(browser, render_html(G, tmp_path / "dates.html"))
    try:
        windows = [("2023-01-01", "2023-12-31"), ("2024-05-31", "2024-06-30"), ("2024-06-04", "2024-08-29"),
                   ("2024-08-30", ""), ("", "2023-11-19"), ("2022-01-01", "2022-12-31")]
        for since, until in windows:
            counts = loaded.js("w => kgFilters.set({from: w[0], to: w[1]})", [since, until])
            expected = filter_by_date(G, since or None, until or None)
            assert counts["edges"] == expected.number_of_edges(), (since, until)
            assert counts["nodes"] == expected.number_of_nodes(), (since, until)
        assert loaded.errors == []
    finally:
        loaded.page.close()


def test_big_page_finds_edges_itself(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """A big page gives vis-network no edges (they would take seconds to build): hovering and clicking an edge,
    and the evidence panel's highlight, are the page's own."""
    from test_viz_browser import _midpoint

    G = nx.MultiDiGraph()
    for i in range(600):  # 1,200 entities in pairs, each pair's edge far from the others
        a, b = f"{E}a{i}", f"{E}b{i}"
        G.add_node(a, label=f"Agency {i}", type="Organization")
        G.add_node(b, label=f"Bank {i}", type="Organization")
        G.add_edge(a, b, predicate="investsIn", family="cooperation", symmetric=False, status="asserted",
                   sources=1, date="2024-03", evidence=[{"sentence": f"Agency {i} invested in Bank {i}.",
                                                         "doc_id": f"d{i}", "title": f"Report {i}"}])
    loaded = Loaded(browser, render_html(G, tmp_path / "pairs.html", max_nodes=0))
    try:
        assert loaded.js("() => [kgData.edges.length, Object.keys(kgNetwork.body.edges).length]") == [600, 0]
        edge = loaded.js("() => kgData.edges.getIds()[0]")
        ends = loaded.js("id => { const e = kgData.edges.get(id); return [e.from, e.to]; }", edge)
        label = loaded.js("id => kgData.nodes.get(id) ? kgData.nodes.get(id).id : null", ends[0])
        assert label == ends[0]
        tip = loaded.hover(_midpoint(loaded, edge))
        assert "investsIn" in tip and "invested in" in tip
        text = loaded.click(_midpoint(loaded, edge))
        assert "investsIn" in text and "Report" in text
        assert loaded.errors == []
    finally:
        loaded.page.close()
