"""The graph page in headless Chromium: offline, error-free, hostile text stays text; filters, panel, search, PNG.

Skipped when Playwright or Chromium is missing, unless ``CI`` is set: there a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.viz import render_html

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
E = "https://example.org/kg/entity/"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=1</script>"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright for Python is not installed")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _missing(f"no Chromium at {CHROMIUM}")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Loaded:
    """A page opened from a file, with every request and every error it produced."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.resolve().as_uri())
        # functions, not expression strings: Playwright evals a string in the page, which the page's CSP forbids
        self.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30_000)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def point(self, position: dict[str, float]) -> tuple[float, float]:
        """Centre the view on a point of the graph and return where it is on the screen."""
        point = self.js("""p => {
            kgNetwork.moveTo({position: p, scale: 1, animation: false});
            kgNetwork.redraw();
            return kgNetwork.canvasToDOM(p);
        }""", position)
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + point["x"], box["y"] + point["y"]

    def hover(self, position: dict[str, float]) -> str:
        """Move the mouse onto a point of the graph and return the tooltip's text."""
        x, y = self.point(position)
        self.page.mouse.move(1, 1)
        self.page.mouse.move(x - 4, y - 4)
        self.page.mouse.move(x, y)
        self.page.wait_for_function("() => !document.getElementById('kg-tip').hidden", timeout=5_000)
        return self.js("document.getElementById('kg-tip').textContent")

    def click(self, position: dict[str, float]) -> str:
        """Click a point of the graph and return the text of the details panel."""
        x, y = self.point(position)
        self.page.mouse.click(x, y)
        self.page.wait_for_function("() => !document.getElementById('kg-panel').hidden", timeout=5_000)
        return self.page.locator("#kg-panel").text_content()

    def visible(self) -> tuple[int, int]:
        """Visible nodes and edges, as the page counts them and as vis-network holds them."""
        shown = self.js("""() => [kgData.nodes.get({filter: n => !n.hidden}).length,
                                  kgData.edges.get({filter: e => !e.hidden}).length]""")
        line = self.page.locator("#kg-visible")
        assert [int(line.get_attribute("data-nodes")), int(line.get_attribute("data-edges"))] == shown
        return shown[0], shown[1]


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    pages: list[Loaded] = []

    def opener(path: Path) -> Loaded:
        pages.append(Loaded(browser, path))
        return pages[-1]

    yield opener
    for loaded in pages:
        loaded.page.close()


def _evidence(sentence: str, doc_id: str, title: str | None = None, url: str | None = None) -> dict[str, Any]:
    return {"sentence": sentence, "doc_id": doc_id, "title": title, "url": url, "published": "2024-05-16",
            "rule": "svo"}


def sample_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(E + "Q159", label="Russia", type="Country", subtype=None, aliases=["Russian Federation"],
               wikidata="Q159", country=E + "Q159")
    G.add_node(E + "Q148", label="China", type="Country", subtype=None, aliases=["PRC"], wikidata="Q148",
               country=E + "Q148")
    G.add_node(E + "Q205012", label="Sberbank", type="Organization", subtype="bank", aliases=["Sber"],
               wikidata="Q205012", country=E + "Q159")
    G.add_node(E + "Q11660", label="artificial intelligence", type="Technology", subtype=None, aliases=["AI"],
               wikidata="Q11660")
    ev = _evidence("Russia and China agreed to cooperate on AI.", "doc1", "AI pact", "https://news.example.com/1")
    common = {"status": "asserted", "topics": [], "confidence": 0.8, "sources": 1, "date": None, "evidence": [ev]}
    G.add_edge(E + "Q159", E + "Q148", **common, predicate="cooperatesWith", family="cooperation", symmetric=True)
    G.add_edge(E + "Q159", E + "Q148", **common, predicate="signedAgreementWith", family="cooperation",
               symmetric=True)
    G.add_edge(E + "Q148", E + "Q159", **{**common, "status": "planned"}, predicate="plansJointProjectWith",
               family="cooperation", symmetric=False)
    based = _evidence("Sberbank, based in Moscow, is Russia's largest bank.", "doc2", "Bank profile",
                      "https://news.example.com/2")
    G.add_edge(E + "Q205012", E + "Q159", **{**common, "sources": 2, "evidence": [based, {**based, "doc_id": "doc3",
               "title": "Second report", "url": "https://news.example.com/3", "published": "2024-07-01"}]},
               predicate="basedIn", family="structure", symmetric=False)
    G.add_edge(E + "Q205012", E + "Q11660", **{**common, "date": "2023-02"}, predicate="develops", family="topic",
               symmetric=False)
    return G


def hostile_graph() -> nx.MultiDiGraph:
    G = sample_graph()
    G.add_node(E + "evil", label=XSS_IMG + XSS_SCRIPT, type="Organization", subtype=XSS_IMG, aliases=[XSS_SCRIPT],
               wikidata=XSS_IMG)
    G.add_edge(E + "evil", E + "Q159", predicate="sanctions", family="conflict", symmetric=False,
               status="asserted", topics=[XSS_IMG], confidence=0.5, sources=1, date=XSS_SCRIPT,
               evidence=[_evidence(f"They said {XSS_IMG} and {XSS_SCRIPT}.", XSS_IMG, XSS_SCRIPT,
                                   "javascript:window.__xss=1")])
    return G


def _midpoint(loaded: Loaded, edge_id: str) -> dict[str, float]:
    return loaded.js("""id => {
        const e = kgData.edges.get(id), a = kgNetwork.getPosition(e.from), b = kgNetwork.getPosition(e.to);
        return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
    }""", edge_id)


def test_page_is_offline_and_error_free(open_page: Any, tmp_path: Path) -> None:
    G = sample_graph()
    loaded = open_page(render_html(G, tmp_path / "sample.html"))
    assert loaded.requests, "the page request itself should be recorded"
    for url in loaded.requests:
        assert url.startswith(("file://", "data:")) or url == "about:blank", url
    assert loaded.errors == []
    assert loaded.js("[kgData.nodes.length, kgData.edges.length]") == [G.number_of_nodes(), G.number_of_edges()]
    assert loaded.js("kgNetwork.physics.options.enabled") is False, "physics stays on after stabilisation"


def test_hostile_article_text_stays_text(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(hostile_graph(), tmp_path / "hostile.html"))
    evil_edge = loaded.js("kgData.edges.get({filter: e => e.label === 'sanctions'})[0].id")

    node_tip = loaded.hover(loaded.js("id => kgNetwork.getPosition(id)", E + "evil"))
    assert XSS_IMG + XSS_SCRIPT in node_tip
    edge_tip = loaded.hover(_midpoint(loaded, evil_edge))
    assert f"They said {XSS_IMG} and {XSS_SCRIPT}." in edge_tip
    # the details panel is the only place that makes links
    loaded.js("id => kgNetwork.body.emitter.emit('click', {nodes: [], edges: [id]})", evil_edge)
    panel = loaded.page.locator("#kg-panel")
    assert panel.is_visible() and XSS_SCRIPT in panel.text_content()
    loaded.page.mouse.move(1, 1)

    assert loaded.js("window.__xss") is None
    assert loaded.js("[document.images.length, document.scripts.length]") == [0, 3]
    assert loaded.js("[...document.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length") == 0
    assert loaded.errors == []
    for url in loaded.requests:
        assert url.startswith("file://"), url


def test_search_finds_by_label_and_alias(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "search.html"))
    assert loaded.js("kgSearch('Sberbank')") == E + "Q205012"
    assert loaded.js("kgNetwork.getSelectedNodes()") == [E + "Q205012"]
    assert loaded.page.locator("#kg-panel").is_visible()
    assert loaded.js("kgSearch('  russian   FEDERATION ')") == E + "Q159"
    assert loaded.js("kgSearch('AI')") == E + "Q11660"
    assert loaded.js("kgSearch('no such entity')") is None
    assert loaded.js("kgNetwork.getSelectedNodes()") == []
    search = loaded.page.locator("#kg-search")
    search.fill("Sber")
    search.press("Enter")
    assert loaded.js("kgNetwork.getSelectedNodes()") == [E + "Q205012"]
    assert loaded.errors == []


def test_empty_graph_page_gets_ready(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(nx.MultiDiGraph(), tmp_path / "empty.html"))
    assert loaded.js("kgData.nodes.length") == 0
    assert loaded.errors == []


def test_filters_change_the_visible_edges(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "filters.html"))
    page = loaded.page
    assert loaded.visible() == (4, 5)
    assert page.locator("#kg-visible").text_content() == "Showing 4 of 4 entities · 5 of 5 relations"

    # unticking a family hides its edges, and China, left with no visible edge, goes too
    page.locator("input[data-family=cooperation]").uncheck()
    assert loaded.visible() == (3, 2)
    assert loaded.js("id => kgData.nodes.get(id).hidden", E + "Q148") is True
    page.locator("input[name=predicate][value=basedIn]").uncheck()
    assert loaded.visible() == (2, 1)
    page.locator("#kg-reset").click()
    assert loaded.visible() == (4, 5)

    page.locator("input[name=status][value=planned]").uncheck()
    assert loaded.visible() == (4, 4)
    page.locator("input[name=type][value=Technology]").uncheck()
    assert loaded.visible() == (3, 3)
    page.locator("#kg-reset").click()

    page.locator("#kg-country").select_option(E + "Q148")  # relations touching an entity of China
    assert loaded.visible() == (2, 3)
    page.locator("#kg-reset").click()

    page.locator("#kg-sources").fill("2")  # only basedIn has two sources
    assert loaded.visible() == (2, 1)
    page.locator("#kg-reset").click()

    page.locator("#kg-from").fill("2023-01-01")
    page.locator("#kg-to").fill("2023-12-31")
    assert loaded.visible() == (2, 1)  # develops, dated 2023-02
    assert loaded.js("kgFilters.set({minConfidence: 0.9})") == {"nodes": 0, "edges": 0}
    assert loaded.js("kgFilters.set({predicates: ['cooperatesWith', 'basedIn']})") == {"nodes": 3, "edges": 2}
    assert loaded.errors == []


def test_clicking_an_edge_shows_all_its_evidence(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "edge.html"))
    edge = loaded.js("kgData.edges.get({filter: e => e.label === 'basedIn'})[0].id")
    text = loaded.click(_midpoint(loaded, edge))
    assert "Sberbank → basedIn → Russia" in text
    assert text.count("Sberbank, based in Moscow, is Russia's largest bank.") == 2  # one per document
    assert "Status: asserted" in text and "Sources: 2 documents" in text
    assert "Second report" in text and "2024-07-01" in text
    links = loaded.js("[...document.querySelectorAll('#kg-panel a')].map(a => [a.textContent, a.href])")
    assert links == [["Bank profile", "https://news.example.com/2"], ["Second report", "https://news.example.com/3"]]
    assert loaded.errors == []


def test_clicking_a_node_lists_its_relations_by_predicate(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "node.html"))
    text = loaded.click(loaded.js("id => kgNetwork.getPosition(id)", E + "Q159"))
    assert "Russia" in text and "Also known as: Russian Federation" in text and "Country" in text
    for group in ("basedIn (1)", "cooperatesWith (1)", "plansJointProjectWith (1)", "signedAgreementWith (1)"):
        assert group in text
    assert "← Sberbank" in text and "↔ China" in text
    wikidata = loaded.js("[...document.querySelectorAll('#kg-panel a')].map(a => a.href)")
    assert wikidata == ["https://www.wikidata.org/wiki/Q159"]
    # a relation in the list opens that edge's evidence
    loaded.page.locator("#kg-panel button.kg-linkish", has_text="Sberbank").click()
    assert "Bank profile" in loaded.page.locator("#kg-panel").text_content()
    assert loaded.errors == []


def test_search_box_selects_and_reports_hidden_entities(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "search2.html"))
    search = loaded.page.locator("#kg-search")
    search.fill("PRC")
    search.press("Enter")
    assert loaded.js("kgNetwork.getSelectedNodes()") == [E + "Q148"]
    assert "China" in loaded.page.locator("#kg-panel").text_content()
    loaded.js("kgFilters.set({types: ['Organization', 'Technology']})")
    assert loaded.js("kgSearch('China')") == E + "Q148"
    assert loaded.page.locator("#kg-status").text_content() == "China is hidden by the filters"
    assert loaded.errors == []


def test_save_png_downloads_the_view(open_page: Any, tmp_path: Path) -> None:
    loaded = open_page(render_html(sample_graph(), tmp_path / "png.html", title="Demo graph"))
    with loaded.page.expect_download() as info:
        loaded.page.locator("#kg-png").click()
    target = tmp_path / "view.png"
    info.value.save_as(target)
    assert info.value.suggested_filename == "Demo-graph.png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and target.stat().st_size > 2000
    assert loaded.errors == []


def test_large_graph_is_drawn_without_physics(open_page: Any, tmp_path: Path) -> None:
    G = nx.gnm_random_graph(1200, 7000, seed=3, directed=True)
    H = nx.MultiDiGraph()
    for n in G:
        H.add_node(f"{E}n{n}", label=f"Entity {n}", type="Organization")
    for u, v in G.edges():
        H.add_edge(f"{E}n{u}", f"{E}n{v}", predicate="cooperatesWith", family="cooperation", symmetric=True,
                   sources=1, evidence=[])
    loaded = open_page(render_html(H, tmp_path / "large.html", max_nodes=1150))
    assert loaded.js("kgData.nodes.length") == 1150 and loaded.js("kgData.edges.length") > 6000
    assert loaded.js("kgNetwork.physics.options.enabled") is False
    assert "Showing the 1,150 most connected of 1,200 entities" in loaded.page.locator("#kg-note").text_content()
    # vis-network's hover is off for big graphs; the page's own hit test still shows tooltips
    assert loaded.js("kgNetwork.interactionHandler.options.hover") is False
    hub = loaded.js("() => kgData.nodes.getIds()[0]")
    tip = loaded.hover(loaded.js("id => kgNetwork.getPosition(id)", hub))
    assert tip.startswith("Entity ") and "Relations: " in tip  # dense: another node may lie on top of it
    assert loaded.errors == []
