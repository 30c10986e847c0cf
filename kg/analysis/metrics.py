"""Centrality and communities of the actor network (a MultiDiGraph made by :func:`kg.analysis.to_networkx`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import AnalysisError

#: Above this many nodes betweenness is estimated from a sample of pivots instead of computed exactly.
EXACT_BETWEENNESS_MAX = 2000
#: Node types left out of centrality rankings by default (technologies are topics, not actors).
DEFAULT_EXCLUDED_TYPES: frozenset[str] = frozenset({"Technology"})


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """The simple undirected projection: one edge per pair of related nodes, no self-loops.

    >>> G = nx.MultiDiGraph([("a", "b", "x"), ("b", "a", "y"), ("a", "a", "z")])
    >>> sorted(undirected(G).edges())
    [('a', 'b')]
    """
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes))
    H.add_edges_from(sorted((u, v) for u, v in G.edges() if u != v))
    return H


def directed(G: nx.MultiDiGraph) -> nx.DiGraph:
    """The simple directed projection; a symmetric relation becomes an edge each way.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="cooperatesWith", symmetric=True)
    >>> _ = G.add_edge("c", "a", key="sanctions", symmetric=False)
    >>> sorted(directed(G).edges())
    [('a', 'b'), ('b', 'a'), ('c', 'a')]
    """
    H = nx.DiGraph()
    H.add_nodes_from(sorted(G.nodes))
    for u, v, symmetric in sorted(G.edges(data="symmetric", default=False)):
        if u == v:
            continue
        H.add_edge(u, v)
        if symmetric:
            H.add_edge(v, u)
    return H


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("label") or node


def centrality(G: nx.MultiDiGraph, top: int | None = 10, *,
               types: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The most central nodes by PageRank, with their degree and betweenness.

    Metrics are computed on the whole graph; the rows are then limited to nodes whose ``type`` is in ``types``
    (default: every type but Technology) and cut to the ``top`` first (``None`` or 0: all).

    Each row has ``node``, ``label``, ``type``, ``degree`` (distinct neighbours), ``pagerank`` (on
    :func:`directed`), ``betweenness`` (normalised, on :func:`undirected`; estimated from ``k=min(500, n)``
    pivots with ``seed=0`` above :data:`EXACT_BETWEENNESS_MAX` nodes) and ``approximate`` (whether it was).
    Rows are sorted by PageRank (highest first), then label.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n, label in [("a", "Alpha"), ("b", "Beta"), ("c", "Gamma")]:
    ...     G.add_node(n, label=label, type="Country")
    >>> _ = G.add_edge("a", "b", key="sanctions", symmetric=False)
    >>> _ = G.add_edge("c", "b", key="sanctions", symmetric=False)
    >>> [(r["label"], r["degree"], round(r["betweenness"], 2)) for r in centrality(G)]
    [('Beta', 2, 1.0), ('Alpha', 1, 0.0), ('Gamma', 1, 0.0)]
    """
    if top is not None and top < 0:
        raise AnalysisError(f"top must be 0 or more, not {top}")
    if G.number_of_nodes() == 0:
        return []
    simple = undirected(G)
    n = simple.number_of_nodes()
    approximate = n > EXACT_BETWEENNESS_MAX
    try:
        pagerank = nx.pagerank(directed(G))
        if approximate:
            betweenness = nx.betweenness_centrality(simple, k=min(500, n), seed=0)
        else:
            betweenness = nx.betweenness_centrality(simple)
    except nx.NetworkXException as exc:  # e.g. PageRank failing to converge
        raise AnalysisError(f"centrality cannot be computed: {exc}") from exc
    wanted = set(types) if types is not None else None

    def keep(node: str) -> bool:
        kind = G.nodes[node].get("type")
        return kind in wanted if wanted is not None else kind not in DEFAULT_EXCLUDED_TYPES

    rows = [
        {"node": node, "label": _label(G, node), "type": G.nodes[node].get("type"),
         "degree": simple.degree(node), "pagerank": pagerank[node], "betweenness": betweenness[node],
         "approximate": approximate}
        for node in simple.nodes if keep(node)
    ]
    rows.sort(key=lambda r: (-r["pagerank"], r["label"].casefold(), r["node"]))
    return rows[:top] if top else rows


def unconnected(G: nx.MultiDiGraph) -> list[str]:
    """The nodes with no relation to another node (a relation to itself does not count), sorted by label.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "c")])
    >>> G.add_node("alone")
    >>> unconnected(G)
    ['alone', 'c']
    """
    simple = undirected(G)
    return sorted((node for node, degree in simple.degree() if degree == 0), key=lambda n: (_label(G, n).casefold(), n))


def communities(G: nx.MultiDiGraph) -> list[list[str]]:
    """Communities of the undirected projection by Louvain modularity (``seed=0``, so runs agree).

    Each community is a list of node ids sorted by label; communities are sorted by size (largest first),
    then by their first label. Nodes without any relation to another node belong to no community: they are
    :func:`unconnected`.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")])
    >>> G.add_node("alone")
    >>> communities(G)
    [['a', 'b', 'c'], ['d', 'e', 'f']]
    """
    simple = undirected(G)
    simple.remove_nodes_from([node for node, degree in simple.degree() if degree == 0])
    if simple.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(simple, seed=0)
    ordered = [sorted(group, key=lambda n: (_label(G, n).casefold(), n)) for group in groups]
    ordered.sort(key=lambda c: (-len(c), _label(G, c[0]).casefold(), c[0]))
    return ordered
