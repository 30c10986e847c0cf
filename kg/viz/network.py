"""networkx MultiDiGraph -> the compact data the page draws: nodes with positions, edges by node index, documents.

Styling (colours, dashes, widths) is looked up in the page from small tables, so a 15,000-edge page does not
repeat it 15,000 times; each document's title, link and date is stored once and cited by index.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kg.viz.focus import edge_date
from kg.viz.groups import importance
from kg.viz.style import FONT_FACE, edge_width, node_size, parallel_smooth

if TYPE_CHECKING:
    import networkx as nx

_DOC_KEYS = ("doc_id", "title", "url", "published", "source")
#: above this many edges, edges are not drawn while the view is dragged or zoomed, and hovering does not
#: highlight (a full redraw of a big graph takes a few hundred ms in software rendering): the page's own
#: hit test then shows the tooltips without redrawing
HIDE_EDGES_ON_MOVE = 6000
#: vis-network draws a label only above this size on screen: never (the page places the labels itself)
NO_LABELS = 1_000_000


def build_network(G: nx.MultiDiGraph, positions: dict[str, tuple[float, float]] | None = None,
                  groups: dict[Any, int] | None = None) -> dict[str, Any]:
    """``{"nodes", "edges", "docs", "countries"}``: the graph in the page's schema, in a fixed order.

    Nodes are sorted by id and carry their article data (label, type, aliases, Wikidata id, country) with a size,
    a ``rank`` (0: the most important, whose label the page places first), the ``community`` of ``groups`` when
    given and, when ``positions`` are given, ``x`` and ``y`` (an entity without relations has none). Edges name
    their ends by node index and carry predicate, family, status, topics, date, the ``dates`` of their statements
    (what a date window tests), sources, confidence, a ``bend`` that fans out edges joining the same two nodes,
    and their evidence sentences citing ``docs`` by index.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ex:ru", label="Russia", type="Country", country="ex:ru")
    >>> G.add_node("ex:cn", label="China", type="Country", country="ex:cn")
    >>> _ = G.add_edge("ex:ru", "ex:cn", predicate="cooperatesWith", family="cooperation", symmetric=True,
    ...                evidence=[{"sentence": "They agreed.", "doc_id": "d1", "title": "Deal"}])
    >>> data = build_network(G)
    >>> [n["label"] for n in data["nodes"]], data["edges"][0]["from"], data["edges"][0]["to"]
    (['China', 'Russia'], 1, 0)
    >>> data["edges"][0]["evidence"], data["docs"][0]["title"], data["countries"]
    ([{'sentence': 'They agreed.', 'doc': 0, 'rule': None}], 'Deal', [['ex:cn', 'China'], ['ex:ru', 'Russia']])
    """
    order = sorted(G.nodes, key=str)
    index = {node: i for i, node in enumerate(order)}
    nodes = [_node_info(str(node), G.nodes[node], G.degree(node)) for node in order]
    if positions is not None:
        place_nodes(nodes, positions)
    if groups is not None:
        for info, node in zip(nodes, order):
            info["community"] = groups.get(node)
    # the order in which labels are offered a place: most important first (PageRank, then degree, then label)
    score = importance(order, G)
    ranked = sorted(range(len(order)), key=lambda i: (-round(float(score[i]), 12), -nodes[i]["degree"],
                                                      nodes[i]["label"].casefold(), nodes[i]["id"]))
    for rank, i in enumerate(ranked):
        nodes[i]["rank"] = rank
    edges, docs = _edges(G, index)
    return {"nodes": nodes, "edges": edges, "docs": docs, "countries": _countries(nodes)}


def place_nodes(nodes: list[dict[str, Any]], positions: dict[str, tuple[float, float]]) -> None:
    """Give each node of the page's list its ``x`` and ``y`` from ``positions`` (keyed by node id).

    >>> nodes = [{"id": "ex:a"}]
    >>> place_nodes(nodes, {"ex:a": (1.5, -2.0)})
    >>> nodes
    [{'id': 'ex:a', 'x': 1.5, 'y': -2.0}]
    """
    by_id = {str(node): xy for node, xy in positions.items()}
    for info in nodes:
        if info["id"] in by_id:
            info["x"], info["y"] = by_id[info["id"]]


def vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """vis-network options: no physics (positions come from :mod:`kg.viz.layout`), hover, readable labels.

    >>> opts = vis_options(50, 80)
    >>> opts["physics"]["enabled"], opts["interaction"]["hover"], opts["interaction"]["hideEdgesOnZoom"]
    (False, True, False)
    >>> vis_options(5000, 15000)["interaction"]["hideEdgesOnZoom"], vis_options(5000, 15000)["interaction"]["hover"]
    (True, False)
    """
    busy = edge_count > HIDE_EDGES_ON_MOVE
    return {
        # the layout is computed once in Python; physics would only move nodes the analyst has placed
        "physics": {"enabled": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "interaction": {"hover": not busy, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False,
                        "multiselect": False, "hideEdgesOnDrag": busy, "hideEdgesOnZoom": busy,
                        "zoomSpeed": 0.8},
        "edges": {
            "smooth": {"enabled": False},
            "font": {"face": FONT_FACE, "size": 11, "color": "#333333", "strokeWidth": 4,
                     "strokeColor": "#ffffff", "align": "middle"},
            # the page places labels itself (labels.js), so that none overlaps another or a dot
            "scaling": {"label": {"enabled": True, "drawThreshold": NO_LABELS}},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "selectionWidth": 1.5,
            "hoverWidth": 1,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {"face": FONT_FACE, "size": 15, "color": "#1a1a1a", "strokeWidth": 4,
                     "strokeColor": "#ffffff"},
            "scaling": {"label": {"enabled": True, "drawThreshold": NO_LABELS}},
        },
    }


def _node_info(iri: str, attrs: dict[str, Any], degree: int) -> dict[str, Any]:
    label = _text(attrs.get("label")) or _local_name(iri)
    return {
        "id": iri,
        "label": label,
        "type": _text(attrs.get("type")),
        "subtype": _text(attrs.get("subtype")),
        "aliases": sorted({a for a in (_text(x) for x in attrs.get("aliases") or ()) if a and a != label}),
        "wikidata": _text(attrs.get("wikidata")),
        "country": _text(attrs.get("country")),
        "degree": int(degree),
        "size": node_size(int(degree)),
    }


def _edges(G: nx.MultiDiGraph, index: dict[Any, int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    edges = sorted(
        ((u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True)),
        key=lambda e: (index[e[0]], index[e[1]], _text(e[3].get("predicate")) or "", e[2]),
    )
    evidence_of = [_evidence_items(d) for _, _, _, d in edges]
    # one table of documents, in a fixed order, that evidence cites by position
    doc_keys = sorted({key for items in evidence_of for _, key in items}, key=lambda k: tuple(x or "" for x in k))
    doc_index = {key: i for i, key in enumerate(doc_keys)}
    docs = [dict(zip(_DOC_KEYS, key)) for key in doc_keys]

    # edges joining the same two nodes, in either direction, fan out as one bundle
    bundles: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (u, v, _, _) in enumerate(edges):
        bundles[(min(index[u], index[v]), max(index[u], index[v]))].append(i)
    place = {i: (rank, len(members)) for members in bundles.values() for rank, i in enumerate(members)}

    out = []
    for i, (u, v, _, attrs) in enumerate(edges):
        a, b = index[u], index[v]
        rank, count = place[i]
        smooth = parallel_smooth(rank, count, forward=a <= b) if a != b else {"enabled": False}
        bend = smooth.get("roundness", 0.0) * (1 if smooth.get("type") == "curvedCW" else -1)
        items = evidence_of[i]
        items.sort(key=lambda e: (e[1][3] is None, e[1][3] or "", e[1][0] or "", e[0]["sentence"]))
        evidence = [{"sentence": e["sentence"], "doc": doc_index[key], "rule": _text(e.get("rule"))}
                    for e, key in items]
        confidence, sources = attrs.get("confidence"), attrs.get("sources")
        out.append({
            "id": f"e{i}",
            "from": a,
            "to": b,
            "predicate": _text(attrs.get("predicate")) or "relatedTo",
            "family": _text(attrs.get("family")),
            "symmetric": bool(attrs.get("symmetric")),
            "status": _text(attrs.get("status")) or "asserted",
            "topics": sorted({t for t in (_text(x) for x in attrs.get("topics") or ()) if t}),
            "confidence": round(float(confidence), 3) if isinstance(confidence, (int, float)) else None,
            "sources": int(sources) if isinstance(sources, (int, float))
            else len({evidence_doc["doc"] for evidence_doc in evidence}),
            "outlets": int(attrs.get("outlets") or sources or 0),  # documents, syndicated copies each counted
            "date": _text(attrs.get("date")),
            "when": _text(edge_date(attrs)),
            "dates": statement_dates(attrs),
            "bend": bend,
            "loop": rank if a == b else None,
            "width": edge_width(int(sources) if isinstance(sources, (int, float)) else 1),
            "evidence": evidence,
        })
    return out, docs


def statement_dates(attrs: dict[str, Any]) -> list[str]:
    """The distinct dates of an edge's statements (event date, else publication), as ``kg view --since`` reads
    them: an edge is in a window when one of these is. An edge without statements has its own date only.

    >>> statement_dates({"date": "2024-06", "statements": [{"date": "2024-06"}, {"date": "2023-01-02"}, {}]})
    ['2023-01-02', '2024-06']
    >>> statement_dates({"date": "2024"}), statement_dates({})
    (['2024'], [])
    """
    statements = attrs.get("statements")
    if statements is None:
        return [d] if (d := _text(attrs.get("date"))) else []
    return sorted({d for d in (_text(st.get("date")) for st in statements if isinstance(st, dict)) if d})


def _evidence_items(attrs: dict[str, Any]) -> list[tuple[dict[str, Any], tuple[str | None, ...]]]:
    """The edge's evidence items that have a sentence, each with its document's key (:data:`_DOC_KEYS` values)."""
    out = []
    for item in attrs.get("evidence") or ():
        if isinstance(item, dict) and (sentence := _text(item.get("sentence"))):
            out.append(({**item, "sentence": sentence}, _doc_key(item)))
    return out


def _doc_key(item: dict[str, Any]) -> tuple[str | None, ...]:
    return tuple(_text(item.get(key)) for key in _DOC_KEYS)


def _countries(nodes: list[dict[str, Any]]) -> list[list[str]]:
    """``[iri, label]`` of every country some node belongs to, by label (the page's country filter)."""
    labels = {n["id"]: n["label"] for n in nodes}
    iris = {n["country"] for n in nodes if n["country"]}
    return sorted(([iri, labels.get(iri) or _local_name(iri)] for iri in iris), key=lambda c: (c[1].casefold(), c[0]))


def _text(value: Any) -> str | None:
    """A display string, or None for a missing value (dates and numbers from other steps become text)."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _local_name(iri: str) -> str:
    """The part of an IRI after the last ``/`` or ``#``: a readable label for a node that has none.

    >>> _local_name("https://example.org/kg/entity/Q159")
    'Q159'
    """
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri
