"""Find actors by name and the shortest chains of relations between two of them, with the evidence of each hop."""

from __future__ import annotations

import difflib
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


def _names(G: nx.MultiDiGraph) -> dict[str, list[tuple[int, str]]]:
    """Case-folded name -> [(rank, node)]: rank 0 for a label, 1 for an alias, 2 for the IRI's last segment."""
    names: dict[str, list[tuple[int, str]]] = {}
    for node, attrs in G.nodes(data=True):
        candidates = [(0, attrs.get("label"))] + [(1, a) for a in attrs.get("aliases") or []]
        candidates.append((2, node.rstrip("/").rsplit("/", 1)[-1]))
        for rank, name in candidates:
            if name:
                names.setdefault(str(name).casefold(), []).append((rank, node))
    return names


def resolve_node(G: nx.MultiDiGraph, name: str) -> str:
    """The node a name stands for: its id, label or alias (case-insensitive), or the last segment of its IRI.

    A label wins over an alias; among equals the smallest node id wins.

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
    if name in G:
        return name
    names = _names(G)
    matches = names.get(name.strip().casefold())
    if matches:
        return min(matches)[1]
    labels = {str(attrs.get("label") or node).casefold(): str(attrs.get("label") or node)
              for node, attrs in G.nodes(data=True)}
    close = difflib.get_close_matches(name.strip().casefold(), sorted(labels), n=3, cutoff=0.6)
    hint = f" (did you mean: {', '.join(labels[c] for c in close)}?)" if close else " (no similar label)"
    raise AnalysisError(f"unknown actor {name!r}{hint}")


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
