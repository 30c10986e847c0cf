"""rdflib's view of an Oxigraph store: :class:`KgOxigraphStore` (oxrdflib's store plugin, kg's way), and running a
SPARQL query on it in Oxigraph (:func:`run_sparql`, its result an :class:`Answer` in rdflib terms).

>>> from rdflib import Dataset, URIRef
>>> ds = Dataset(store=KgOxigraphStore(ox.Store()), default_union=True)
>>> _ = ds.add((URIRef("http://x/a"), URIRef("http://x/p"), URIRef("http://x/b")))
>>> run_sparql(ds.store.source(None), "SELECT ?o WHERE { ?s ?p ?o }", {}, None).rows
((rdflib.term.URIRef('http://x/b'),),)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Graph, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import GraphError
from kg.rdf.engine.stores import DEFAULT_GRAPH, Store, has_named_graphs
from kg.rdf.engine.terms import TermCache, from_ox, plain_literal, to_ox
from kg.vocab import bind_prefixes


class KgOxigraphStore(OxigraphStore):
    """oxrdflib's store, reading plain literals back as rdflib writes them, so a store and a file compare equal.

    rdflib's union of the graphs (what an rdflib dataset reads and queries by default) is the merge of the named
    graphs and the default graph: each triple once. Oxigraph's own union is a bag (a label stated by five documents
    would be joined five times), so the merge is made once, in a second in-memory store, when a union is first read
    or queried; a change to the store drops it. A store without named graphs is its own merge.
    """

    def __init__(self, store: Store, merged: Store | None = None) -> None:
        super().__init__(store=store)
        self._store_held = store
        self._merged = merged

    @property
    def oxigraph(self) -> Store:
        """The Oxigraph store underneath."""
        return self._store_held

    def merged(self) -> Store:
        """A store whose default graph is the merge of this one's graphs (itself when it has no named graphs)."""
        if not has_named_graphs(self._store_held):
            return self._store_held
        if self._merged is None:
            merged = ox.Store()
            every = self._store_held.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
            assert isinstance(every, ox.QueryTriples)
            merged.load(every.serialize(format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
            self._merged = merged
        return self._merged

    def union_source(self) -> tuple[Store, Any, bool]:
        """Where the union is read without making the merge: store, graph (``None``: all) and whether to dedupe."""
        if self._merged is not None or not has_named_graphs(self._store_held):
            return self.merged(), DEFAULT_GRAPH, False
        return self._store_held, None, True

    def source(self, context: Graph | Identifier | None) -> tuple[Store, Any]:
        """The Oxigraph store and graph that an rdflib context (``None``: the union) reads."""
        identifier = context.identifier if isinstance(context, Graph) else context
        if context is None:
            return self.merged(), DEFAULT_GRAPH
        if identifier == DATASET_DEFAULT_GRAPH_ID:
            return self._store_held, DEFAULT_GRAPH
        if isinstance(identifier, BNode):
            return self._store_held, ox.BlankNode(str(identifier))
        return self._store_held, ox.NamedNode(str(identifier))

    def triples(self, triple_pattern: tuple[Node | None, Node | None, Node | None],
                context: Graph | None = None) -> Iterator[tuple[tuple[Node, Node, Node], Iterator[Graph | None]]]:
        store, graph = self.source(context)
        try:
            s, p, o = (to_ox(t) if t is not None else None for t in triple_pattern)
        except GraphError:
            return
        if isinstance(s, ox.Literal) or not isinstance(p, (ox.NamedNode, type(None))):
            return
        for q in store.quads_for_pattern(s, p, o, graph):
            triple = (from_ox(q.subject), from_ox(q.predicate), plain_literal(from_ox(q.object)))
            yield triple, (iter((context,)) if context is not None else self._contexts_of(q))

    def _contexts_of(self, q: ox.Quad) -> Iterator[Graph | None]:
        """The graphs holding a triple of the union (looked up only when asked for, as ``Dataset.quads`` does)."""
        for found in self._store_held.quads_for_pattern(q.subject, q.predicate, q.object, None):
            name = found.graph_name
            identifier = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else from_ox(name)
            yield Graph(store=self, identifier=identifier)

    def __len__(self, context: Graph | None = None) -> int:
        store, graph = self.source(context)
        if not has_named_graphs(store):
            return len(store)  # Oxigraph's own count, not oxrdflib's COUNT(DISTINCT) query
        return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        self._merged = None
        super().add(triple, context, quoted)

    def addN(self, quads: Iterable[Any]) -> None:  # noqa: N802
        self._merged = None
        super().addN(quads)

    def remove(self, triple: Any, context: Any = None) -> None:
        self._merged = None
        super().remove(triple, context)

    def query(self, query: Any, initNs: Mapping[str, Any], initBindings: Mapping[str, Any],  # noqa: N803
              queryGraph: Any, **kwargs: Any) -> Result:
        # rdflib runs in its own engine, over this store's triples, what Oxigraph cannot take: a parsed query, or
        # bindings of variables the query does not select (Oxigraph substitutes only selected ones)
        if not isinstance(query, str) or kwargs:
            raise NotImplementedError("rdflib's engine runs this query")
        context = None if queryGraph == "__UNION__" else DATASET_DEFAULT_GRAPH_ID if queryGraph is None else queryGraph
        prefixes = {prefix: str(ns) for prefix, ns in dict(self.namespaces(), **initNs).items()}
        answer = run_sparql(self.source(context), query, prefixes, initBindings)
        if answer is None:
            raise NotImplementedError("rdflib's engine binds these variables")
        out = Result(answer.kind)
        if answer.kind == "ASK":
            out.askAnswer = bool(answer.boolean)
        elif answer.kind == "SELECT":
            out.vars = [Variable(v) for v in answer.vars]
            out.bindings = [{v: value for v, value in zip(out.vars, row) if value is not None} for row in answer.rows]
        else:
            out.graph = answer.graph
        return out


class Answer(NamedTuple):
    """A query's result in rdflib terms: ``kind`` ``"SELECT"`` (``vars``, ``rows``), ``"ASK"`` (``boolean``) or
    ``"GRAPH"`` (a CONSTRUCT or DESCRIBE: ``graph``)."""

    kind: str
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


def answer_of(result: Any) -> Answer:
    if isinstance(result, ox.QueryBoolean):
        return Answer("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        term = TermCache()
        names = tuple(v.value for v in result.variables)
        return Answer("SELECT", vars=names, rows=tuple(tuple(map(term, row)) for row in result))
    graph = Graph()
    bind_prefixes(graph)
    for triple in result:
        graph.add(from_ox(triple))
    return Answer("GRAPH", graph=graph)


def run_sparql(source: tuple[Store, Any], text: str, prefixes: Mapping[str, str],
               bindings: Mapping[str, Node] | None, options: Mapping[str, Any] | None = None) -> Answer | None:
    """The query run by Oxigraph; ``None`` when Oxigraph does not take the bindings (a variable not selected)."""
    store, graph = source
    kwargs = dict(options) if options is not None else {"default_graph": graph}
    if bindings:
        kwargs["substitutions"] = {ox.Variable(name): to_ox(term) for name, term in bindings.items()}
    try:
        result = store.query(text, prefixes=dict(prefixes), **kwargs)
    except RuntimeError:
        if bindings:
            return None
        raise
    return answer_of(result)

