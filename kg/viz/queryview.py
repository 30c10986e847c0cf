"""Draw the result of a SPARQL query: the edges a CONSTRUCT builds or a SELECT lists, taken from the full network."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.errors import QueryError
from kg.vocab import KG, PREDICATES

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.query import QueryResult

_BY_IRI = {str(p.iri): p.name for p in PREDICATES.values()}


def query_view(G: nx.MultiDiGraph, graph: Graph, sparql: str,
               params: Mapping[str, str] | None = None) -> nx.MultiDiGraph:
    """Run ``sparql`` on ``graph`` and return the part of ``G`` (its :func:`~kg.analysis.to_networkx`) it names.

    * A CONSTRUCT (or DESCRIBE) is drawn through the relation triples it builds: direct ones
      (``?a kg:sanctions ?b``) or statements (``?st rdf:subject ?a ; rdf:predicate kg:sanctions ; rdf:object ?b``).
    * A SELECT is drawn row by row: the first two cells naming an entity (by IRI, or a label or alias equal to
      one) are joined by their stored relations, narrowed to the predicate a cell names (an IRI like
      ``kg:sanctions`` or the plain name ``sanctions``) when there is one. A row naming one entity adds that node.

    Edges keep all their attributes (evidence, sources, status). A result edge the network lacks is drawn with
    its predicate only.

    Raises
    ------
    QueryError
        For a query that does not parse or run, an ASK query, and a result that names no entity of the graph.

    Examples
    --------
    >>> from kg.rdf.build import build_graph
    >>> from kg.analysis import to_networkx
    >>> from kg.records import Document, Entity, Extraction, Relation
    >>> ex = Extraction(Document("d1", "text"), [Entity("russia", "Russia", "Country"),
    ...     Entity("china", "China", "Country"), Entity("the-west", "the West", "Bloc")],
    ...     [Relation("russia", "cooperatesWith", "china"), Relation("the-west", "sanctions", "russia")])
    >>> g = build_graph([ex]); G = to_networkx(g)
    >>> H = query_view(G, g, "CONSTRUCT { ?a kg:sanctions ?b } WHERE { ?a kg:sanctions ?b }")
    >>> sorted(G.nodes[n]["label"] for n in H), list(H.edges(keys=True))[0][2]
    (['Russia', 'the West'], 'sanctions')
    >>> H = query_view(G, g, 'SELECT ?who WHERE { ?who rdfs:label "China" }')
    >>> [G.nodes[n]["label"] for n in H]
    ['China']
    """
    from kg.query import run_query

    result = run_query(graph, sparql, params)
    if result.kind == "ASK":
        raise QueryError("an ASK query answers yes or no: there is nothing to draw (use CONSTRUCT or SELECT)")
    H = nx.MultiDiGraph()
    if result.graph is not None:
        _add_constructed(H, G, result.graph)
    else:
        _add_rows(H, G, result)
    if H.number_of_nodes() == 0 and len(result):
        raise QueryError("the query's result names no entity of the graph: select entity IRIs (or their labels), "
                         "or CONSTRUCT relation triples")
    return H


def _add_constructed(H: nx.MultiDiGraph, G: nx.MultiDiGraph, built: Graph) -> None:
    triples = [(s, p, o) for s, p, o in built if str(p) in _BY_IRI]
    for st in set(built.subjects(RDF.type, RDF.Statement)) | set(built.subjects(RDF.subject, None)):
        s, p, o = built.value(st, RDF.subject), built.value(st, RDF.predicate), built.value(st, RDF.object)
        if s is not None and o is not None and str(p) in _BY_IRI:
            triples.append((s, p, o))
    for s, p, o in sorted(set(triples)):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            _add_edge(H, G, str(s), str(o), _BY_IRI[str(p)])
    # a CONSTRUCT of entity descriptions (labels, types) without relations still names nodes
    for node in sorted({str(s) for s in built.subjects(KG.entityType, None)} & set(G)):
        _add_node(H, G, node)


def _add_rows(H: nx.MultiDiGraph, G: nx.MultiDiGraph, result: QueryResult) -> None:
    names = _name_index(G)
    for row in result.rows:
        entities = [n for n in (_entity(cell, G, names) for cell in row) if n is not None]
        predicates = [p for p in (_predicate(cell) for cell in row) if p is not None]
        if len(entities) >= 2:
            _join(H, G, entities[0], entities[1], predicates[0] if predicates else None)
        elif entities:
            _add_node(H, G, entities[0])


def _join(H: nx.MultiDiGraph, G: nx.MultiDiGraph, a: str, b: str, predicate: str | None) -> None:
    found = False
    for u, v in ((a, b), (b, a)):
        for key, attrs in (G.get_edge_data(u, v) or {}).items():
            if predicate is None or attrs.get("predicate") == predicate:
                _add_edge(H, G, u, v, key)
                found = True
    if not found:
        _add_node(H, G, a)
        _add_node(H, G, b)
        if predicate is not None:
            _add_edge(H, G, a, b, predicate)


def _add_node(H: nx.MultiDiGraph, G: nx.MultiDiGraph, node: str) -> None:
    if node not in H:
        H.add_node(node, **(G.nodes[node] if node in G else {"label": None, "type": None}))


def _add_edge(H: nx.MultiDiGraph, G: nx.MultiDiGraph, u: str, v: str, key: str) -> None:
    _add_node(H, G, u)
    _add_node(H, G, v)
    attrs: dict[str, Any] = (G.get_edge_data(u, v) or {}).get(key) or _bare_edge(key)
    H.add_edge(u, v, key=key, **attrs)


def _bare_edge(name: str) -> dict[str, Any]:
    spec = PREDICATES[name]
    return {"predicate": name, "family": spec.family, "symmetric": spec.symmetric, "status": "asserted",
            "topics": [], "confidence": None, "sources": 0, "date": None, "evidence": []}


def _name_index(G: nx.MultiDiGraph) -> dict[str, str]:
    """Case-folded label or alias -> node; a label wins over an alias, then the smaller id."""
    index: dict[str, tuple[int, str]] = {}
    for node, attrs in G.nodes(data=True):
        names: Iterable[tuple[int, Any]] = [(0, attrs.get("label")), *((1, a) for a in attrs.get("aliases") or ())]
        for rank, name in names:
            if name:
                key = str(name).casefold()
                index[key] = min(index.get(key, (rank, node)), (rank, node))
    return {key: node for key, (_, node) in index.items()}


def _entity(cell: Any, G: nx.MultiDiGraph, names: dict[str, str]) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, URIRef):
        return str(cell) if str(cell) in G else None
    return names.get(str(cell).casefold())


def _predicate(cell: Any) -> str | None:
    if cell is None:
        return None
    text = str(cell)
    if isinstance(cell, URIRef):
        return _BY_IRI.get(text)
    return text if text in PREDICATES else None
