"""The graph page as text: offline, escaped, deterministic, written atomically (no browser needed)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyvis
import pytest

from kg.errors import OutputError
from kg.viz import page_html, render_html

E = "https://example.org/kg/entity/"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "Breaking </script><script>alert(1)</script> news & more"


def _evidence(sentence: str, doc_id: str, **extra: str | None) -> dict[str, str | None]:
    return {"sentence": sentence, "doc_id": doc_id, "title": extra.get("title"), "url": extra.get("url"),
            "published": extra.get("published"), "rule": extra.get("rule")}


def sample_graph(reverse: bool = False) -> nx.MultiDiGraph:
    """Russia, China, Sberbank and AI, with two parallel Russia-China edges and one back the other way."""
    nodes = [
        (E + "Q159", {"label": "Russia", "type": "Country", "subtype": None, "aliases": ["Russian Federation"],
                      "wikidata": "Q159"}),
        (E + "Q148", {"label": "China", "type": "Country", "subtype": None, "aliases": ["PRC"], "wikidata": "Q148"}),
        (E + "Q205012", {"label": "Sberbank", "type": "Organization", "subtype": "bank", "aliases": ["Sber"],
                         "wikidata": "Q205012"}),
        (E + "Q11660", {"label": "artificial intelligence", "type": "Technology", "subtype": None,
                        "aliases": ["AI"], "wikidata": "Q11660"}),
    ]
    ev = _evidence("Russia and China agreed to cooperate on AI.", "doc1", title="AI pact",
                   url="https://news.example.com/a1", published="2024-05-16", rule="svo")
    edges = [
        (E + "Q159", E + "Q148", {"predicate": "cooperatesWith", "family": "cooperation", "symmetric": True,
                                  "status": "asserted", "topics": ["artificial intelligence"], "confidence": 0.8,
                                  "sources": 1, "date": "2024-05-16", "evidence": [ev]}),
        (E + "Q159", E + "Q148", {"predicate": "signedAgreementWith", "family": "cooperation", "symmetric": True,
                                  "status": "asserted", "topics": [], "confidence": 0.7, "sources": 1,
                                  "date": None, "evidence": [ev]}),
        (E + "Q148", E + "Q159", {"predicate": "plansJointProjectWith", "family": "cooperation",
                                  "symmetric": False, "status": "planned", "topics": [], "confidence": 0.5,
                                  "sources": 1, "date": None, "evidence": [ev]}),
        (E + "Q205012", E + "Q159", {"predicate": "basedIn", "family": "structure", "symmetric": False,
                                     "status": "asserted", "topics": [], "confidence": 0.9, "sources": 2,
                                     "date": None, "evidence": [ev]}),
        (E + "Q205012", E + "Q11660", {"predicate": "develops", "family": "topic", "symmetric": False,
                                       "status": "asserted", "topics": ["artificial intelligence"],
                                       "confidence": 0.6, "sources": 1, "date": None, "evidence": [ev]}),
    ]
    G = nx.MultiDiGraph()
    G.add_nodes_from(reversed(nodes) if reverse else nodes)
    G.add_edges_from(reversed(edges) if reverse else edges)
    return G


def hostile_graph() -> nx.MultiDiGraph:
    G = sample_graph()
    G.add_node(E + "evil", label=XSS_LABEL, type="Organization", aliases=["</script>"], wikidata="Q1\"><x")
    G.add_edge(E + "evil", E + "Q159", predicate="sanctions", family="conflict", symmetric=False,
               status="asserted", topics=["<b>x</b>"], confidence=0.5, sources=1, date=None,
               evidence=[_evidence(XSS_SENTENCE, "doc<2>", title="<i>T</i>", url="javascript:alert(1)")])
    return G


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def _payload(html: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.DOTALL)
    assert match, "graph data block missing"
    return json.loads(match.group(1))


def test_page_loads_nothing_from_the_network(tmp_path: Path) -> None:
    html = render_html(sample_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    tags = _parse(html).tags
    for tag, attrs in tags:
        for name in ("src", "href", "srcset", "data", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), f"<{tag} {name}={value}>"
    assert not [a for t, a in tags if t == "script" and "src" in a], "scripts must be inlined"
    assert not [a for t, a in tags if t == "link"], "stylesheets must be inlined"
    assert not re.search(r"<script[^>]*cdn", html, re.IGNORECASE)
    assert "@import" not in html and "@font-face" not in html


def test_vis_network_is_inlined() -> None:
    folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    html = page_html(sample_graph())
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    assert js[:2000] in html and js[-2000:] in html
    assert (folder / "vis-network.css").read_text(encoding="utf-8")[:500] in html


def test_content_security_policy_hashes_every_inline_script() -> None:
    html = page_html(sample_graph())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "default-src 'none'" in policy
    parsed = _parse(html)
    runnable = [s for (t, a), s in zip([x for x in parsed.tags if x[0] == "script"], parsed.scripts)
                if a.get("type") != "application/json"]
    assert len(runnable) == 2  # vis-network and our own page script
    for script in runnable:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_article_text_is_escaped() -> None:
    html = page_html(hostile_graph(), title="<script>alert(1)</script>", subtitle="a <b>bold</b> claim")
    assert XSS_LABEL not in html
    assert "<img" not in html
    assert html.count("</script>") == 3  # the data block, vis-network and our own script
    assert "<b>bold</b>" not in html and "a &lt;b&gt;bold&lt;/b&gt; claim" in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    data = _payload(html)
    labels = {n["label"] for n in data["nodes"]}
    assert XSS_LABEL in labels
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert XSS_SENTENCE in sentences
    assert "<i>T</i>" in {d["title"] for d in data["docs"]}
    assert "&lt;i&gt;T&lt;/i&gt;" not in html, "data is JSON-escaped, not HTML-escaped"


def test_same_graph_gives_same_bytes(tmp_path: Path) -> None:
    first = render_html(sample_graph(), tmp_path / "a.html").read_bytes()
    second = render_html(sample_graph(), tmp_path / "b.html").read_bytes()
    reordered = render_html(sample_graph(reverse=True), tmp_path / "c.html").read_bytes()
    assert first == second == reordered


def test_parent_folders_are_created_and_no_temp_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "graph.html"
    result = render_html(sample_graph(), str(target))
    assert result == target and target.is_file()
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def test_unwritable_path_raises_graph_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        render_html(sample_graph(), blocker / "graph.html")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(OutputError):
        render_html(sample_graph(), folder)
    assert list(folder.iterdir()) == []


def test_nodes_and_edges_carry_the_style() -> None:
    data = _payload(page_html(sample_graph()))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[E + "Q159"]["type"] == nodes[E + "Q148"]["type"] == "Country"
    assert nodes[E + "Q159"]["size"] > nodes[E + "Q11660"]["size"]  # Russia has more relations than AI
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes.values())
    edges = {e["predicate"]: e for e in data["edges"]}
    assert set(edges) == {"cooperatesWith", "signedAgreementWith", "plansJointProjectWith", "basedIn", "develops"}
    assert edges["cooperatesWith"]["symmetric"] is True and edges["basedIn"]["symmetric"] is False
    assert edges["plansJointProjectWith"]["status"] == "planned"
    bundle = [edges[k] for k in ("cooperatesWith", "signedAgreementWith", "plansJointProjectWith")]
    assert len({_bend(e) for e in bundle}) == 3, "parallel edges must not overlap"
    styles = data["familyStyles"]
    assert styles["topic"]["dashes"] and styles["conflict"]["dashes"] and not styles["cooperation"]["dashes"]
    assert len({styles[f]["colour"] for f in ("cooperation", "conflict", "structure")}) == 3
    assert data["options"]["physics"]["enabled"] is False, "positions come from Python"
    assert data["typeColours"]["Country"] != data["typeColours"]["Organization"]


def test_documents_are_stored_once_and_cited_by_index() -> None:
    data = _payload(page_html(sample_graph()))
    assert data["docs"] == [{"doc_id": "doc1", "title": "AI pact", "url": "https://news.example.com/a1",
                             "published": "2024-05-16", "source": None}]
    assert {ev["doc"] for e in data["edges"] for ev in e["evidence"]} == {0}
    assert {e["when"] for e in data["edges"]} == {"2024-05-16"}  # undated edges fall back to the report date


def _bend(edge: dict) -> float:
    """Signed bend of an edge seen from its lower-index end: curvedCW bends the other way when drawn backwards."""
    forward = 1 if edge["from"] <= edge["to"] else -1
    return forward * edge["bend"]


def test_summary_line_and_subtitle(tmp_path: Path) -> None:
    html = page_html(sample_graph(), subtitle="around Russia (1 hop)")
    assert "1 document · 4 entities · 5 relations · 2024-05-16" in html
    assert "around Russia (1 hop)" in html
    html = render_html(nx.MultiDiGraph(), tmp_path / "empty.html", subtitle="nothing yet").read_text("utf-8")
    assert "nothing yet" in html and "0 documents · 0 entities · 0 relations" in html
    assert _payload(html)["nodes"] == []


def test_legend_lists_families_predicates_and_types() -> None:
    html = page_html(sample_graph())
    for family in ("cooperation", "conflict", "structure", "topic"):
        assert f'data-family="{family}"' in html
    assert 'name="predicate" value="basedIn" data-in="structure"' in html
    assert 'name="type" value="Technology"' in html
    assert 'stroke-dasharray="7 4"' in html  # conflict is dashed in the legend as on the canvas
    assert 'id="kg-png"' in html and 'id="kg-country"' in html


def test_country_filter_lists_the_countries_of_entities() -> None:
    G = sample_graph()
    G.nodes[E + "Q205012"]["country"] = E + "Q159"
    G.nodes[E + "Q159"]["country"] = E + "Q159"
    html = page_html(G)
    assert _payload(html)["countries"] == [[E + "Q159", "Russia"]]
    assert f'<option value="{E}Q159">Russia</option>' in html


def test_large_graph_is_cut_to_the_most_connected_nodes_with_a_note() -> None:
    G = sample_graph()
    html = page_html(G, max_nodes=2)
    data = _payload(html)
    assert sorted(n["label"] for n in data["nodes"]) == ["China", "Russia"]
    assert "Showing the 2 most connected of 4 entities: 2 hidden with their 2 relations" in html
    assert "4 entities" in html  # the summary still describes the whole graph
    assert len(_payload(page_html(G, max_nodes=0))["nodes"]) == 4
    assert 'id="kg-note"' not in page_html(G, max_nodes=10)


def test_big_graph_turns_off_edges_while_moving() -> None:
    from kg.viz.network import vis_options

    assert vis_options(5000, 15000)["interaction"]["hideEdgesOnDrag"] is True
    assert vis_options(10, 10)["interaction"]["hideEdgesOnDrag"] is False


def test_first_view_labels_are_placed_without_collisions() -> None:
    from kg.viz.labels import CANVAS, GAP, HEIGHT, first_view_labels, text_box_width

    data = _payload(page_html(sample_graph()))
    chosen = data["firstLabels"]
    assert chosen == first_view_labels(data["nodes"])
    ranks = [data["nodes"][i]["rank"] for i in chosen]
    assert ranks == sorted(ranks), "placed most important first"
    assert len(chosen) == len(data["nodes"]), "four well spread entities: every label fits"
    # a crowd on one spot: the most important is named, the others would cover its dot or label
    crowd = [{"label": f"Entity {i}", "x": float(i), "y": 0.0, "size": 20.0, "rank": i} for i in range(30)]
    crowd.append({"label": "far away", "x": 5000.0, "y": 3000.0, "size": 12.0, "rank": 30})
    named = first_view_labels(crowd)
    assert named[0] == 0 and 30 in named and len(named) < 10
    assert GAP > 0 and HEIGHT > 0 and text_box_width("ab") < text_box_width("abcd") and CANVAS[0] > CANVAS[1]
