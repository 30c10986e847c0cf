"""networkx MultiDiGraph -> pyvis Network whose node and edge option lists the page hands to vis-network."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from kg.viz.style import FONT_FACE, edge_colour, edge_width, family_style, node_colour, node_size, parallel_smooth

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

_EVIDENCE_KEYS = ("sentence", "doc_id", "title", "url", "published", "rule")
_IMPROVED_LAYOUT_MAX_NODES = 150


def build_network(G: nx.MultiDiGraph) -> Network:
    """A pyvis Network holding the nodes and edges of ``G`` in a fixed order, with kg's styling.

    Each node and edge option dict carries a ``kg`` entry with the article data the page shows in tooltips;
    the page strips it before handing the items to vis-network.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ex:ru", label="Russia", type="Country")
    >>> G.add_node("ex:cn", label="China", type="Country")
    >>> _ = G.add_edge("ex:ru", "ex:cn", predicate="cooperatesWith", family="cooperation", symmetric=True)
    >>> net = build_network(G)
    >>> [n["label"] for n in net.nodes], net.edges[0]["label"], net.edges[0]["arrows"]
    (['China', 'Russia'], 'cooperatesWith', {'to': {'enabled': False}})
    """
    from pyvis.network import Network  # pyvis imports IPython: only pay for it when a page is drawn

    net = Network(directed=True)
    for node in sorted(G.nodes, key=str):
        attrs = G.nodes[node]
        info = _node_info(str(node), attrs, G.degree(node))
        net.add_node(
            str(node),
            label=info["label"],
            shape="dot",
            color=node_colour(info["type"]),
            size=node_size(info["degree"]),
            kg=info,
        )
    net.edges = _edge_options(G)
    return net


def vis_options(net: Network) -> dict[str, Any]:
    """vis-network options: pyvis's barnesHut physics plus hover tooltips, readable labels and a fixed seed.

    >>> from pyvis.network import Network
    >>> opts = vis_options(Network(directed=True))
    >>> opts["physics"]["solver"], opts["layout"]["randomSeed"]
    ('barnesHut', 7)
    """
    net.barnes_hut(gravity=-9000, central_gravity=0.25, spring_length=190, spring_strength=0.035, damping=0.12,
                   overlap=0.3)
    options: dict[str, Any] = json.loads(net.options.to_json())
    physics = options["physics"]
    physics["solver"] = "barnesHut"
    physics["minVelocity"] = 0.75
    # fewer iterations than pyvis's 1000: the page switches physics off once they are done anyway
    physics["stabilization"].update({"iterations": 500, "updateInterval": 25, "fit": True})
    options["interaction"].update({"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                                   "keyboard": False, "multiselect": False})
    options["edges"] = {
        "smooth": {"enabled": False},
        "font": {"face": FONT_FACE, "size": 11, "color": "#333333", "strokeWidth": 4,
                 "strokeColor": "#ffffff", "align": "middle"},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "selectionWidth": 1.5,
        "hoverWidth": 1,
    }
    options["nodes"] = {
        "shape": "dot",
        "borderWidth": 1.5,
        "font": {"face": FONT_FACE, "size": 15, "color": "#1a1a1a", "strokeWidth": 4, "strokeColor": "#ffffff"},
    }
    # a fixed seed: the same graph lays out the same way every time the page is opened; vis-network's
    # improved (Kamada-Kawai) start gives up on large graphs after spending seconds on them
    options["layout"] = {"randomSeed": 7, "improvedLayout": len(net.nodes) <= _IMPROVED_LAYOUT_MAX_NODES}
    return options


def _node_info(iri: str, attrs: dict[str, Any], degree: int) -> dict[str, Any]:
    label = _text(attrs.get("label")) or _local_name(iri)
    return {
        "iri": iri,
        "label": label,
        "type": _text(attrs.get("type")),
        "subtype": _text(attrs.get("subtype")),
        "aliases": sorted({a for a in (_text(x) for x in attrs.get("aliases") or ()) if a and a != label}),
        "wikidata": _text(attrs.get("wikidata")),
        "degree": int(degree),
    }


def _edge_options(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    from pyvis.edge import Edge

    edges = sorted(
        ((str(u), str(v), str(k), d) for u, v, k, d in G.edges(keys=True, data=True)),
        key=lambda e: (e[0], e[1], _text(e[3].get("predicate")) or "", e[2]),
    )
    # edges joining the same two nodes, in either direction, fan out as one bundle
    bundles: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (u, v, _, _) in enumerate(edges):
        bundles[(min(u, v), max(u, v))].append(i)
    place = {i: (rank, len(members)) for members in bundles.values() for rank, i in enumerate(members)}

    options = []
    for i, (u, v, _, attrs) in enumerate(edges):
        info = _edge_info(attrs)
        rank, count = place[i]
        planned = info["status"] == "planned"
        smooth: dict[str, Any] = parallel_smooth(rank, count, forward=u <= v)
        if u == v:
            smooth = {"enabled": False}
        style = family_style(info["family"])
        edge = Edge(
            u, v, directed=True,
            id=f"e{i}",
            label=info["predicate"] + (" (planned)" if planned else ""),
            arrows={"to": {"enabled": not info["symmetric"]}},
            color=edge_colour(info["family"], planned),
            dashes=style.dashes,
            width=edge_width(info["sources"]),
            smooth=smooth,
            kg=info,
        )
        if u == v:
            # several loops on one node would be drawn on top of each other
            edge.options["selfReference"] = {"size": 18 + 10 * rank, "angle": 0.785}
        options.append(edge.options)
    return options


def _edge_info(attrs: dict[str, Any]) -> dict[str, Any]:
    evidence = [
        {key: _text(item.get(key)) for key in _EVIDENCE_KEYS}
        for item in attrs.get("evidence") or ()
        if isinstance(item, dict) and _text(item.get("sentence"))
    ]
    # oldest report first, undated last: the input order of evidence is not guaranteed to be stable
    evidence.sort(key=lambda e: (e["published"] is None, e["published"] or "", e["doc_id"] or "", e["sentence"]))
    confidence = attrs.get("confidence")
    sources = attrs.get("sources")
    return {
        "predicate": _text(attrs.get("predicate")) or "relatedTo",
        "family": _text(attrs.get("family")),
        "symmetric": bool(attrs.get("symmetric")),
        "status": _text(attrs.get("status")) or "asserted",
        "topics": sorted({t for t in (_text(x) for x in attrs.get("topics") or ()) if t}),
        "confidence": round(float(confidence), 3) if isinstance(confidence, (int, float)) else None,
        "sources": int(sources) if isinstance(sources, (int, float)) else len({e["doc_id"] for e in evidence}),
        "date": _text(attrs.get("date")),
        "evidence": evidence,
    }


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
