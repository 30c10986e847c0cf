"""Render analysis results (centrality, communities, paths) as plain text for the command line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from kg.analysis.paths import Hop
from kg.query.formats import text_table

#: Longest member list shown for one community before it is cut.
MAX_MEMBERS_TEXT = 100


def format_centrality(rows: Sequence[dict[str, Any]]) -> str:
    """A ranked table of :func:`kg.analysis.centrality` rows.

    Examples
    --------
    >>> print(format_centrality([{"label": "China", "type": "Country", "degree": 3, "pagerank": 0.31234,
    ...                           "betweenness": 0.5, "approximate": False}]))
    rank  actor  type     degree  pagerank  betweenness
    ----  -----  -------  ------  --------  -----------
    1     China  Country  3       0.3123    0.5000
    """
    if not rows:
        return "no actors"
    table = text_table(
        ["rank", "actor", "type", "degree", "pagerank", "betweenness"],
        [[i, r["label"], r.get("type") or "", r["degree"], f"{r['pagerank']:.4f}", f"{r['betweenness']:.4f}"]
         for i, r in enumerate(rows, 1)])
    if any(r.get("approximate") for r in rows):
        table += "\n(betweenness estimated from a sample of 500 nodes)"
    return table


def _members(G: nx.MultiDiGraph, community: Sequence[str]) -> str:
    text = ""
    for i, node in enumerate(community):
        label = G.nodes[node].get("label") or node if node in G else node
        candidate = f"{text}, {label}" if text else label
        if len(candidate) > MAX_MEMBERS_TEXT:
            return f"{text}, … (+{len(community) - i} more)"
        text = candidate
    return text


def format_communities(communities: Sequence[Sequence[str]], G: nx.MultiDiGraph) -> str:
    """A table of :func:`kg.analysis.communities`: number, size and member labels, then, once, the nodes of ``G``
    with no relation (:func:`kg.analysis.unconnected`) that are in no community.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> G.add_nodes_from([("a", {"label": "Alpha"}), ("b", {"label": "Beta"}), ("c", {"label": "Gamma"})])
    >>> print(format_communities([["a", "b"]], G))
    community  size  members
    ---------  ----  -----------
    1          2     Alpha, Beta
    unconnected (1): Gamma
    """
    from kg.analysis.metrics import unconnected

    grouped = {node for c in communities for node in c}
    alone = [node for node in unconnected(G) if node not in grouped]
    lines = [text_table(["community", "size", "members"],
                        [[i, len(c), _members(G, c)] for i, c in enumerate(communities, 1)])
             if communities else "no communities"]
    if alone:
        lines.append(f"unconnected ({len(alone)}): {_members(G, alone)}")
    return "\n".join(lines)


def format_hop(hop: Hop) -> str:
    """One hop as ``A -[predicate]-> B`` or ``A <-[predicate]- B``.

    >>> format_hop(Hop("A", "B", "basedIn", "<-", None, None, "a", "b"))
    'A <-[basedIn]- B'
    """
    if hop.direction == "<-":
        return f"{hop.source} <-[{hop.predicate}]- {hop.target}"
    return f"{hop.source} -[{hop.predicate}]-> {hop.target}"


def format_paths(paths: Sequence[Sequence[Hop]]) -> str:
    """Each path as numbered hops, each followed by its evidence sentence and document id.

    Examples
    --------
    >>> print(format_paths([[Hop("A", "B", "directs", "->", "A orders B.", "d1", "a", "b")]]))
    path 1 (1 hop)
      1. A -[directs]-> B
         "A orders B." (d1)
    >>> format_paths([])
    'no path found'
    """
    if not paths:
        return "no path found"
    lines: list[str] = []
    for n, path in enumerate(paths, 1):
        lines.append(f"path {n} ({len(path)} hop{'' if len(path) == 1 else 's'})")
        for i, hop in enumerate(path, 1):
            lines.append(f"  {i}. {format_hop(hop)}")
            if hop.sentence:
                lines.append(f'     "{hop.sentence}"' + (f" ({hop.doc_id})" if hop.doc_id else ""))
    return "\n".join(lines)


def analyze(G: nx.MultiDiGraph, *, top: int = 10, path: tuple[str, str] | None = None) -> str:
    """What ``kg analyze`` prints: the shortest paths between the two actors of ``path``; else the ``top`` most
    central actors and the communities.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A", type="Country"); G.add_node("b", label="B", type="Country")
    >>> _ = G.add_edge("a", "b", key="cooperatesWith", predicate="cooperatesWith")
    >>> print(analyze(G, path=("A", "B")))
    path 1 (1 hop)
      1. A -[cooperatesWith]-> B
    >>> analyze(G, top=1).splitlines()[0]
    'Most central actors'
    """
    from kg.analysis.metrics import centrality, communities
    from kg.analysis.paths import shortest_paths

    if path:
        return format_paths(shortest_paths(G, path[0], path[1]))
    return "\n".join(["Most central actors", format_centrality(centrality(G, top)), "", "Communities",
                      format_communities(communities(G), G)])
