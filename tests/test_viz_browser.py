"""The graph page in headless Chromium: loads nothing from the network, runs cleanly, resists hostile text.

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

    def hover(self, position: dict[str, float]) -> str:
        """Centre the view on a point of the graph, move the mouse there and return the tooltip's text."""
        point = self.js("""p => {
            kgNetwork.moveTo({position: p, scale: 1, animation: false});
            return kgNetwork.canvasToDOM(p);
        }""", position)
        box = self.page.locator("#kg-network").bounding_box()
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        self.page.mouse.move(1, 1)
        self.page.mouse.move(x - 4, y - 4)
        self.page.mouse.move(x, y)
        self.page.wait_for_function("() => (document.querySelector('div.vis-tooltip') || {style: {}})"
                                    ".style.visibility === 'visible'", timeout=5_000)
        return self.js("document.querySelector('div.vis-tooltip').textContent")


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
               wikidata="Q159")
    G.add_node(E + "Q148", label="China", type="Country", subtype=None, aliases=["PRC"], wikidata="Q148")
    G.add_node(E + "Q205012", label="Sberbank", type="Organization", subtype="bank", aliases=["Sber"],
               wikidata="Q205012")
    G.add_node(E + "Q11660", label="artificial intelligence", type="Technology", subtype=None, aliases=["AI"],
               wikidata="Q11660")
    ev = _evidence("Russia and China agreed to cooperate on AI.", "doc1", "AI pact", "https://news.example.com/1")
    common = {"status": "asserted", "topics": [], "confidence": 0.8, "sources": 1, "date": None, "evidence": [ev]}
    G.add_edge(E + "Q159", E + "Q148", **common, predicate="cooperatesWith", family="cooperation", symmetric=True)
    G.add_edge(E + "Q159", E + "Q148", **common, predicate="signedAgreementWith", family="cooperation",
               symmetric=True)
    G.add_edge(E + "Q148", E + "Q159", **{**common, "status": "planned"}, predicate="plansJointProjectWith",
               family="cooperation", symmetric=False)
    G.add_edge(E + "Q205012", E + "Q159", **common, predicate="basedIn", family="structure", symmetric=False)
    G.add_edge(E + "Q205012", E + "Q11660", **common, predicate="develops", family="topic", symmetric=False)
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
