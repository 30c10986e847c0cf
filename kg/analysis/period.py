"""The network of a time window: the edges with a statement dated in it, recounted from those statements alone."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.rdf.period import check_date, in_window


def filter_by_date(G: nx.MultiDiGraph, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """A copy of ``G`` holding what was stated in the window [since, until] (ISO dates; either end may be open).

    An edge stays when one of its statements is dated in the window (its event date, else its article's publication
    date; see :mod:`kg.rdf.period`), and its ``sources``, ``status``, ``confidence``, ``topics``, ``date`` and
    ``evidence`` are recomputed from those statements. An entity with no edge left is left out. Without ``since``
    and ``until`` the graph is returned unchanged (a copy). The same window on the RDF graph is
    :func:`kg.rdf.period.restrict_to_period`.

    Raises :class:`~kg.errors.GraphError` when a bound is not a date.

    Examples
    --------
    >>> from kg.analysis import to_networkx
    >>> from kg.rdf.build import build_graph
    >>> from kg.records import Document, Entity, Extraction, Relation
    >>> ents = [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")]
    >>> old = Extraction(Document("d1", "t", published="2023-03-01"), ents, [Relation("russia", "cooperatesWith", "china")])
    >>> new = Extraction(Document("d2", "t", published="2024-06-01"), ents, [Relation("russia", "cooperatesWith", "china")])
    >>> G = to_networkx(build_graph([old, new]))
    >>> [e["sources"] for _, _, e in G.edges(data=True)], [e["sources"] for _, _, e in filter_by_date(G, "2024").edges(data=True)]
    ([2], [1])
    >>> filter_by_date(G, since="2025").number_of_nodes()
    0
    """
    since, until = check_date(since, "since"), check_date(until, "until")
    if since is None and until is None:
        return G.copy()
    H = nx.MultiDiGraph(**G.graph)
    for u, v, key, attrs in G.edges(keys=True, data=True):
        kept = _edge_in_window(attrs, since, until)
        if kept is None:
            continue
        for node in (u, v):
            if node not in H:
                H.add_node(node, **G.nodes[node])
        H.add_edge(u, v, key=key, **kept)
    return H


def _edge_in_window(attrs: dict[str, Any], since: str | None, until: str | None) -> dict[str, Any] | None:
    statements = attrs.get("statements")
    if statements is None:  # a network from elsewhere: only the edge's own date can tell
        return dict(attrs) if in_window(attrs.get("date"), since, until) else None
    kept = [st for st in statements if in_window(st.get("date"), since, until)]
    if not kept:
        return None
    docs = {st["doc_id"] for st in kept}
    event_dates = [st["event_date"] for st in kept if st.get("event_date")]
    return {
        **attrs,
        "status": "asserted" if any(st.get("status", "asserted") == "asserted" for st in kept) else "planned",
        "topics": sorted({t for st in kept for t in st.get("topics", ())}),
        "confidence": max(st.get("confidence", 0.0) for st in kept),
        "sources": len({st.get("story") or st["doc_id"] for st in kept}),  # syndicated copies count once
        "outlets": len(docs),
        "date": min(event_dates) if event_dates else None,
        "evidence": [ev for ev in attrs.get("evidence", ()) if ev.get("doc_id") in docs],
        "statements": kept,
    }
