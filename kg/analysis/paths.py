"""Find actors by name and the shortest chains of relations between two of them, with the evidence of each hop."""

from __future__ import annotations

from itertools import islice
from typing import Any, NamedTuple

import networkx as nx

from kg.analysis.metrics import undirected
from kg.errors import AnalysisError


class Hop(NamedTuple):
    """One step of a path: ``source -[predicate]-> target`` (``direction`` ``"->"``) or the stored edge reversed
    (``"<-"``); symmetric relations always read ``"->"``. ``sentence`` and ``doc_id`` are its first evidence."""

    source: str
    target: str
    predicate: str
    direction: str
    sentence: str | None
    doc_id: str | None
    source_id: str
    target_id: str


def resolve_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node a name stands for: its id, label or alias (case-insensitive), or the last segment of its IRI
    (the rules of :mod:`kg.names`, as for ``kg query --param``).

    Raises
    ------
    AnalysisError
        When nothing matches, naming up to three close labels.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("https://w3id.org/kg-geotech/id/sberbank", label="Sberbank", aliases=["Sber"])
    >>> resolve_node(G, "sber")
    'https://w3id.org/kg-geotech/id/sberbank'
    >>> resolve_node(G, "Sberbnk")
    Traceback (most recent call last):
    ...
    kg.errors.AnalysisError: unknown actor 'Sberbnk' (did you mean: Sberbank?)
    """
    from kg.names import NameTable

    return NameTable.from_networkx(G).resolve(name, what="actor", error=AnalysisError)


def _edge_rank(attrs: dict[str, Any]) -> tuple[Any, ...]:
    return (attrs.get("status") != "asserted", -(attrs.get("sources") or 0), -(attrs.get("confidence") or 0.0),
            attrs.get("predicate") or "")


def _hop(G: nx.MultiDiGraph, u: str, v: str) -> Hop:
    """The best-attested edge between two adjacent nodes, read from ``u`` to ``v``."""
    options = [(_edge_rank(a), "->", a) for a in (G.get_edge_data(u, v) or {}).values()]
    options += [(_edge_rank(a), "->" if a.get("symmetric") else "<-", a)
                for a in (G.get_edge_data(v, u) or {}).values()]
    _, direction, attrs = min(options, key=lambda o: (o[0], o[1]))
    evidence = (attrs.get("evidence") or [{}])[0]
    return Hop(G.nodes[u].get("label") or u, G.nodes[v].get("label") or v, attrs.get("predicate") or "",
               direction, evidence.get("sentence"), evidence.get("doc_id"), u, v)


def shortest_paths(G: nx.MultiDiGraph, source: str, target: str, limit: int = 5) -> list[list[Hop]]:
    """Up to ``limit`` shortest paths between two actors, ignoring edge direction, as lists of hops.

    ``source`` and ``target`` are resolved by :func:`resolve_node`. Each hop uses the best-attested edge between
    its two nodes (asserted first, then most sources, then highest confidence). Paths are sorted by their labels.
    No path gives an empty list.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, label=n.upper())
    >>> _ = G.add_edge("a", "b", key="directs", predicate="directs", symmetric=False,
    ...                evidence=[{"sentence": "A orders B.", "doc_id": "d1"}])
    >>> _ = G.add_edge("c", "b", key="basedIn", predicate="basedIn", symmetric=False, evidence=[])
    >>> [(h.source, h.direction, h.predicate, h.target, h.doc_id) for h in shortest_paths(G, "a", "C")[0]]
    [('A', '->', 'directs', 'B', 'd1'), ('B', '<-', 'basedIn', 'C', None)]
    """
    if limit < 1:
        raise AnalysisError(f"limit must be at least 1, not {limit}")
    start, end = resolve_node(G, source), resolve_node(G, target)
    if start == end:
        raise AnalysisError(f"{source!r} and {target!r} are the same actor")
    try:
        found = list(islice(nx.all_shortest_paths(undirected(G), start, end), limit))
    except nx.NetworkXNoPath:
        return []
    paths = [[_hop(G, u, v) for u, v in zip(nodes, nodes[1:])] for nodes in found]
    return sorted(paths, key=lambda hops: [(h.source.casefold(), h.target.casefold()) for h in hops])
