"""SPARQL on rdflib graphs, run by Oxigraph when it holds them: :func:`query` (rdflib terms), :func:`select_rows`
(plain strings) and :func:`pairs` (one predicate's pairs, for networkx).

>>> from rdflib import Literal, URIRef
>>> from kg.rdf.engine.datasets import oxigraph_dataset
>>> ds = oxigraph_dataset()
>>> _ = ds.add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
>>> query(ds, "SELECT ?o WHERE { ?s x:p ?o }", {"x": "http://x/"}).rows
((rdflib.term.Literal('A'),),)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier, Node

from kg.errors import GraphError
from kg.rdf.engine.plugin import Answer, KgOxigraphStore, run_sparql
from kg.rdf.engine.stores import Store
from kg.vocab import bind_prefixes


def _source_of(graph: Graph) -> tuple[Store, Any] | None:
    """The Oxigraph store and graph that hold an rdflib graph's triples (the merge for a dataset), if any."""
    store = graph.store
    if not isinstance(store, KgOxigraphStore):
        return None
    if isinstance(graph, Dataset) and graph.default_union:
        return store.source(None)
    return store.source(graph)


def query(graph: Graph, text: str, prefixes: Mapping[str, str], bindings: Mapping[str, Node] | None = None, *,
          own_dataset: bool = False) -> Answer:
    """Run a SPARQL query on an rdflib graph: in Oxigraph when it holds the graph (its union, for a dataset).

    ``bindings`` (variable name -> term) are substituted by Oxigraph; rdflib's engine binds them (``initBindings``,
    over the same triples) when Oxigraph cannot: for a variable the query does not select, and for a graph rdflib
    holds in memory. ``own_dataset``: the query's FROM clauses choose the graphs of the store underneath.
    Raises the ``SyntaxError`` Oxigraph raises for a query it cannot parse; rdflib's errors as rdflib raises them.

    >>> from kg.rdf.engine.datasets import oxigraph_dataset
    >>> ds = oxigraph_dataset()
    >>> _ = ds.add((URIRef("http://x/a"), URIRef("http://x/p"), URIRef("http://x/b")))
    >>> query(ds, "SELECT ?o WHERE { ?s x:p ?o }", {"x": "http://x/"}, {"s": URIRef("http://x/a")}).rows
    ((rdflib.term.URIRef('http://x/b'),),)
    """
    store = graph.store
    if isinstance(store, KgOxigraphStore):
        if own_dataset:  # FROM <g> names graphs of the store itself; a default_graph option would override them
            answer = run_sparql((store.oxigraph, None), text, prefixes, bindings, options={})
        else:
            source = _source_of(graph)
            assert source is not None
            answer = run_sparql(source, text, prefixes, bindings)
        if answer is not None:
            return answer
    initial: dict[str, Identifier] = {name: term for name, term in (bindings or {}).items()
                                      if isinstance(term, Identifier)}
    result = graph.query(text, initNs=dict(prefixes), initBindings=initial, use_store_provided=False)
    if result.type == "ASK":
        return Answer("ASK", boolean=bool(result.askAnswer))
    if result.type == "SELECT":
        variables = result.vars or []
        rows = tuple(tuple(row.get(v) for v in variables) for row in result.bindings if row)  # {}: no row, as rdflib
        return Answer("SELECT", vars=tuple(str(v) for v in variables), rows=rows)
    graph_out = Graph()
    bind_prefixes(graph_out)
    for triple in result.graph or ():
        graph_out.add(triple)
    return Answer("GRAPH", graph=graph_out)


def select_rows(source: Graph | Store, text: str) -> list[tuple[str | None, ...]]:
    """The rows of a SELECT as plain strings (``None`` where unbound), run by Oxigraph when it holds the graph (over
    the union of the named graphs for a dataset) and by rdflib otherwise.

    >>> from kg.rdf.engine.stores import new_store, update
    >>> st = new_store()
    >>> update(st, "INSERT DATA { <http://x/a> <http://x/p> 'A' }")
    >>> select_rows(st, "SELECT ?s ?o WHERE { ?s ?p ?o }")
    [('http://x/a', 'A')]
    """
    if isinstance(source, ox.Store):
        result = source.query(text)
    elif isinstance(source.store, KgOxigraphStore):
        store, graph, union = _union_or_graph(source)
        result = store.query(text, use_default_graph_as_union=True) if union else store.query(text, default_graph=graph)
    else:
        found = source.query(text)
        return [tuple(None if row.get(v) is None else str(row.get(v)) for v in found.vars or [])
                for row in found.bindings if row]
    if not isinstance(result, ox.QuerySolutions):
        raise GraphError("select_rows runs SELECT queries only")
    return [tuple(None if cell is None else cell.value for cell in row) for row in result]


def _union_or_graph(graph: Graph) -> tuple[Store, Any, bool]:
    """Where a held graph is read in place: store, graph (``None``: all) and whether the named graphs share triples
    (a dataset's union read without making the merge)."""
    store = graph.store
    assert isinstance(store, KgOxigraphStore)
    if isinstance(graph, Dataset) and graph.default_union:
        return store.union_source()
    return (*store.source(graph), False)


#: (subject, object, whether the subject is an IRI, whether the object is an IRI), terms as plain strings
Pair = tuple[str, str, bool, bool]


def pairs(graph: Graph, predicate: URIRef) -> Iterator[Pair]:
    """The (subject, object) pairs of one predicate as plain strings, read in place (for building networkx graphs).

    >>> from rdflib import Literal
    >>> from kg.rdf.engine.datasets import oxigraph_dataset
    >>> ds = oxigraph_dataset()
    >>> _ = ds.add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
    >>> list(pairs(ds, URIRef("http://x/p")))
    [('http://x/a', 'A', True, False)]
    """
    if not isinstance(graph.store, KgOxigraphStore):
        for s, o in graph.subject_objects(predicate):
            yield str(s), str(o), isinstance(s, URIRef), isinstance(o, URIRef)
        return
    store, name, dedupe = _union_or_graph(graph)
    named = ox.NamedNode
    found: Iterable[tuple[Any, Any]]
    if dedupe:  # the named graphs share triples: Oxigraph counts each once (hashing terms in Python is slow)
        pattern = f"?s <{predicate}> ?o"
        rows = store.query(f"SELECT DISTINCT ?s ?o WHERE {{ {{ {pattern} }} UNION {{ GRAPH ?g {{ {pattern} }} }} }}")
        assert isinstance(rows, ox.QuerySolutions)
        found = ((row[0], row[1]) for row in rows)
    else:
        found = ((q.subject, q.object) for q in store.quads_for_pattern(None, named(str(predicate)), None, name))
    for s, o in found:
        yield s.value, o.value, type(s) is named, type(o) is named


