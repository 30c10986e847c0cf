"""Focus views: cut the actor network (a MultiDiGraph from :func:`kg.analysis.to_networkx`) down to what is asked.

Every function is pure: it takes a graph and returns a new one (attributes shared, never modified).
Edge filters drop the nodes they leave without any edge; a type filter drops the nodes it leaves without an
edge but keeps those that never had one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import AnalysisError
from kg.viz import DEFAULT_MAX_NODES
from kg.vocab import ENTITY_TYPES, FAMILIES, PREDICATES

__all__ = ["DEFAULT_MAX_NODES", "Focus", "edge_date", "filter_edges", "filter_types", "neighbourhood", "top_nodes"]


def edge_date(attrs: dict[str, Any]) -> str | None:
    """The date an edge is filed under: its event date, else the earliest publication date of its evidence.

    >>> edge_date({"date": "2024-06", "evidence": [{"published": "2024-07-01"}]})
    '2024-06'
    >>> edge_date({"date": None, "evidence": [{"published": "2024-07-01"}, {"published": "2023-01-02"}]})
    '2023-01-02'
    >>> edge_date({}) is None
    True
    """
    if attrs.get("date"):
        return str(attrs["date"])
    published = [str(e["published"]) for e in attrs.get("evidence") or () if isinstance(e, dict) and e.get("published")]
    return min(published) if published else None


def parse_names(values: Iterable[str] | None, known: Iterable[str], what: str) -> list[str]:
    """Names from options like ``--type Country,Organization``, matched case-insensitively to ``known``.

    >>> parse_names(["country, organization"], ENTITY_TYPES, "entity type")
    ['Country', 'Organization']
    >>> parse_names(["Spaceship"], ["Country"], "entity type")
    Traceback (most recent call last):
    ...
    kg.errors.AnalysisError: unknown entity type 'Spaceship' (choose from Country)
    """
    table = {name.casefold(): name for name in known}
    out: list[str] = []
    for value in values or ():
        for part in str(value).split(","):
            if not part.strip():
                continue
            name = table.get(part.strip().casefold())
            if name is None:
                raise AnalysisError(f"unknown {what} {part.strip()!r} (choose from {', '.join(table.values())})")
            if name not in out:
                out.append(name)
    return out


def predicate_names(values: Iterable[str] | None) -> set[str]:
    """Predicate names from ``--predicate`` values; a family name (``conflict``) stands for all its predicates.

    >>> sorted(predicate_names(["sanctions", "structure"]))[:3]
    ['basedIn', 'directs', 'leaderOf']
    """
    names = parse_names(values, [*PREDICATES, *FAMILIES], "predicate or family")
    return {p.name for p in PREDICATES.values() if p.name in names or p.family in names}


def _without_stranded(G: nx.MultiDiGraph, before: nx.MultiDiGraph, *, keep_isolated: bool) -> nx.MultiDiGraph:
    """Drop the nodes of ``G`` that have no edge (those already edgeless in ``before`` only if asked)."""
    drop = [n for n in G if G.degree(n) == 0 and not (keep_isolated and before.degree(n) == 0)]
    G.remove_nodes_from(drop)
    return G


def filter_edges(G: nx.MultiDiGraph, *, predicates: Iterable[str] | None = None,
                 min_sources: int | None = None) -> nx.MultiDiGraph:
    """The edges of ``G`` with one of ``predicates`` seen in at least ``min_sources`` documents, with the nodes
    they join. With no filter at all, ``G`` is copied unchanged.

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", predicate="sanctions", sources=2)
    >>> _ = G.add_edge("a", "c", predicate="basedIn", sources=1)
    >>> sorted(filter_edges(G, min_sources=2).edges(keys=False))
    [('a', 'b')]
    >>> sorted(filter_edges(G, min_sources=2, predicates={"basedIn"}).nodes)
    []
    """
    wanted = set(predicates) if predicates is not None else None
    if wanted is None and not min_sources:
        return G.copy()

    def keep(attrs: dict[str, Any]) -> bool:
        if wanted is not None and attrs.get("predicate") not in wanted:
            return False
        return not min_sources or int(attrs.get("sources") or 0) >= min_sources

    H = G.edge_subgraph([(u, v, k) for u, v, k, attrs in G.edges(keys=True, data=True) if keep(attrs)]).copy()
    return _without_stranded(H, G, keep_isolated=False)


def filter_types(G: nx.MultiDiGraph, types: Iterable[str], *, keep: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The nodes of ``G`` whose type is in ``types`` (plus the nodes in ``keep``) and the edges among them.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ru", type="Country"); G.add_node("sber", type="Organization"); G.add_node("ai", type="Technology")
    >>> _ = G.add_edge("sber", "ai")
    >>> sorted(filter_types(G, ["Country", "Organization"]).nodes)
    ['ru']
    """
    wanted, pinned = set(types), set(keep)
    H = G.subgraph([n for n, t in G.nodes(data="type") if t in wanted or n in pinned]).copy()
    return _without_stranded(H, G, keep_isolated=True)


def neighbourhood(G: nx.MultiDiGraph, centres: Iterable[str], hops: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``hops`` relations of any of ``centres`` (in either direction) and the edges among them.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(neighbourhood(G, ["a"], 2).nodes)
    ['a', 'b', 'c']
    """
    if hops < 0:
        raise AnalysisError(f"--hops must be 0 or more, not {hops}")
    seen = {c for c in centres if c in G}
    frontier = set(seen)
    for _ in range(hops):
        frontier = {m for n in frontier for m in (*G.successors(n), *G.predecessors(n))} - seen
        if not frontier:
            break
        seen |= frontier
    return G.subgraph(seen).copy()


def top_nodes(G: nx.MultiDiGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The ``max_nodes`` nodes with the most relations (degree centrality) and the edges among them.

    Ties go to the smaller label, then id, so the cut is the same every time. ``None`` or 0 keeps every node.

    >>> G = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("x", "y")])
    >>> sorted(top_nodes(G, 3).nodes)
    ['a', 'b', 'hub']
    """
    if max_nodes is not None and max_nodes < 0:
        raise AnalysisError(f"--max-nodes must be 0 (all) or more, not {max_nodes}")
    if not max_nodes or G.number_of_nodes() <= max_nodes:
        return G
    ranked = sorted(G.nodes, key=lambda n: (-G.degree(n), str(G.nodes[n].get("label") or n).casefold(), str(n)))
    return G.subgraph(ranked[:max_nodes]).copy()


@dataclass(frozen=True)
class Focus:
    """What part of the graph to draw: the options of ``kg view``. The default draws everything.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("sber", label="Sberbank", type="Organization"); G.add_node("ru", label="Russia", type="Country")
    >>> G.add_node("west", label="the West", type="Bloc")
    >>> _ = G.add_edge("sber", "ru", "basedIn", predicate="basedIn", sources=1)
    >>> _ = G.add_edge("west", "ru", "sanctions", predicate="sanctions", sources=2)
    >>> focus = Focus(centres=("Sberbank",), hops=2, predicates=("structure",))
    >>> sorted(focus.apply(G).nodes), str(focus)
    (['ru', 'sber'], 'around Sberbank (2 hops) · predicates: structure')
    >>> Focus(centres=("Gazprom",)).apply(G)
    Traceback (most recent call last):
    ...
    kg.errors.AnalysisError: unknown actor 'Gazprom' (no similar label)
    """

    centres: tuple[str, ...] = ()
    hops: int = 1
    types: tuple[str, ...] = ()
    predicates: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_sources: int | None = None

    def apply(self, G: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """Edge filters first, then the type filter, then the neighbourhood of the centres (``G`` itself when the
        view has no filter at all).

        The date window is :func:`kg.analysis.period.filter_by_date`, as for the other commands: an edge stays
        when one of its statements is dated in it, and its sources and evidence are recounted from those.
        """
        from kg.analysis.paths import resolve_node
        from kg.analysis.period import filter_by_date

        if self == Focus():
            return G  # nothing to apply: a copy of a large graph costs a third of a second
        if self.min_sources is not None and self.min_sources < 0:
            raise AnalysisError(f"--min-sources must be 0 or more, not {self.min_sources}")
        if self.hops < 0:
            raise AnalysisError(f"--hops must be 0 or more, not {self.hops}")
        centres = [resolve_node(G, name) for name in self.centres]
        types = parse_names(self.types, ENTITY_TYPES, "entity type")
        H = filter_by_date(G, self.since, self.until)
        H = filter_edges(H, predicates=predicate_names(self.predicates) if self.predicates else None,
                         min_sources=self.min_sources)
        # a centre survives every filter: a view around Sberbank with no matching relation shows Sberbank alone
        for node in centres:
            if node not in H:
                H.add_node(node, **G.nodes[node])
        if types:
            H = filter_types(H, types, keep=centres)
        return neighbourhood(H, centres, self.hops) if centres else H

    def __str__(self) -> str:
        parts = []
        if self.centres:
            parts.append(f"around {', '.join(self.centres)} ({self.hops} hop{'s' if self.hops != 1 else ''})")
        if self.types:
            parts.append("types: " + ", ".join(self.types))
        if self.predicates:
            parts.append("predicates: " + ", ".join(self.predicates))
        if self.since or self.until:
            parts.append(f"dated {self.since or '…'} to {self.until or '…'}")
        if self.min_sources:
            parts.append(f"at least {self.min_sources} sources")
        return " \u00b7 ".join(parts)
