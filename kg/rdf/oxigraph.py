"""The RDF engine: the one module that talks to Oxigraph (pyoxigraph, and rdflib's store plugin for it, oxrdflib).

Everything else in kg sees rdflib graphs (an rdflib ``Graph`` or ``Dataset`` read in place from an Oxigraph store)
and the small API below: stores (:func:`new_store`, :func:`open_read_only`, :func:`load_file`, :func:`update`,
:func:`flush`), SPARQL (:func:`query`, :func:`select_rows`, :func:`ask`), writing (:class:`DatasetWriter`,
:func:`dump`, :func:`dump_graph`), reading pairs for networkx (:func:`pairs`) and the SPARQL protocol
(:func:`protocol_query`). A store is an opaque :data:`Store` handle.

Examples
--------
>>> from rdflib import URIRef
>>> ds = oxigraph_dataset()
>>> _ = ds.graph(URIRef("http://x/g1")).add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
>>> _ = ds.graph(URIRef("http://x/g2")).add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
>>> [str(o) for o in ds.objects(URIRef("http://x/a"), URIRef("http://x/p"))]
['A']
>>> len(ds), len(ds.graph(URIRef("http://x/g1")))
(1, 1)
>>> query(ds, "SELECT ?o WHERE { ?s x:p ?o }", {"x": "http://x/"}).rows
((rdflib.term.Literal('A'),),)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import GraphError
from kg.vocab import PREFIX_IRIS, bind_prefixes

#: A store: the handle every function here takes (an in-memory store, or a store folder opened by kg).
Store = ox.Store

_XSD_STRING = str(XSD.string)
_DEFAULT = ox.DefaultGraph()

#: kg format name -> Oxigraph's format (the formats Oxigraph reads and writes; JSON-LD goes through rdflib)
_RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML,
}
#: The kg format names Oxigraph reads and writes itself.
NATIVE_FORMATS: frozenset[str] = frozenset(_RDF_FORMATS)

#: media type -> Oxigraph's format, for SELECT and ASK results and for CONSTRUCT and DESCRIBE graphs
_RESULT_MEDIA: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML, "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_MEDIA: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
}
#: The media types a SELECT or ASK result is written in, and those of a CONSTRUCT or DESCRIBE graph (in order).
RESULT_MEDIA_TYPES: tuple[str, ...] = tuple(_RESULT_MEDIA)
GRAPH_MEDIA_TYPES: tuple[str, ...] = tuple(_GRAPH_MEDIA)


# -- terms --------------------------------------------------------------------------------------------------------

def from_ox(term: Any) -> Any:
    """The rdflib term of an Oxigraph term; a plain string literal stays plain (not ``^^xsd:string``).

    >>> from_ox(ox.Literal("China")) == Literal("China")
    True
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.Triple):
        return from_ox(term.subject), from_ox(term.predicate), from_ox(term.object)
    raise ValueError(f"unexpected Oxigraph term {term!r}")


class TermCache:
    """:func:`from_ox` for the cells of one result, converting each distinct term once (results repeat labels,
    predicates and entities); ``None`` (an unbound cell) stays ``None``.

    >>> term = TermCache()
    >>> a, b = term(ox.NamedNode("http://x/a")), term(ox.NamedNode("http://x/a"))
    >>> a is b, a, term(None)
    (True, rdflib.term.URIRef('http://x/a'), None)
    """

    def __init__(self) -> None:
        self._terms: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        found = self._terms.get(value)
        if found is None:
            found = self._terms[value] = from_ox(value)
        return found


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The Oxigraph term of an rdflib term.

    >>> str(to_ox(Literal("a\\nb")))
    '"a\\\\nb"'
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise GraphError(f"cannot store the RDF term {term!r}")


def term_text(term: Node) -> str:
    """An rdflib term written as in N-Triples (and in SPARQL).

    >>> term_text(URIRef("http://x/a")), term_text(Literal(3))
    ('<http://x/a>', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    return str(to_ox(term))


def is_iri(value: str) -> bool:
    """Whether ``value`` is a valid absolute IRI.

    >>> is_iri("http://x/a"), is_iri("a b")
    (True, False)
    """
    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


class OxTerms:
    """Converts rdflib terms to Oxigraph terms, each distinct IRI and datatype once (they repeat a lot).

    >>> conv = OxTerms()
    >>> conv.quad((URIRef("http://x/a"), URIRef("http://x/p"), Literal(3)), URIRef("http://x/g"))
    <Quad subject=<NamedNode value=http://x/a> predicate=<NamedNode value=http://x/p> object=<Literal value=3 \
datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>> graph_name=<NamedNode value=http://x/g>>
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, term: Node) -> Any:
        if type(term) is URIRef:
            return self.iri(str(term))  # str() keys: rdflib's own term hash is several times slower
        if type(term) is Literal and not term.language:
            datatype = term.datatype
            return ox.Literal(str(term), datatype=self.iri(str(datatype)) if datatype is not None else None)
        return to_ox(term)

    def quad(self, triple: tuple[Node, Node, Node], graph: Node | None = None) -> ox.Quad:
        s, p, o = triple
        return ox.Quad(self.term(s), self.term(p), self.term(o), self.term(graph) if graph is not None else None)


def _plain(term: Any) -> Any:
    # RDF 1.1 makes "x" and "x"^^xsd:string one literal; rdflib keeps them apart, and files hold the plain one
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == _XSD_STRING:
        return Literal(str(term))
    return term


# -- stores -------------------------------------------------------------------------------------------------------

def new_store(path: str | Path | None = None) -> Store:
    """A new store in memory, or the store folder at ``path`` opened for writing (made when missing).

    Raises ``OSError`` or ``RuntimeError`` as Oxigraph does (e.g. another process holds the folder's lock).
    """
    return ox.Store(str(path)) if path is not None else ox.Store()


def open_read_only(path: str | Path) -> Store:
    """The store folder at ``path`` opened for reading, without its lock (``RuntimeError`` when it cannot be)."""
    return ox.Store.read_only(str(path))


def flush(store: Store) -> None:
    """Write a store's buffers to disk (nothing to do for a store in memory)."""
    try:
        store.flush()
    except (OSError, RuntimeError, AttributeError):
        pass


def load_file(path: str | Path, fmt: str, base_iri: str | None = None) -> Store:
    """A new in-memory store holding an RDF file (``fmt`` one of :data:`NATIVE_FORMATS`), parsed by Oxigraph.

    Raises ``SyntaxError`` or ``ValueError`` for invalid content and ``OSError`` for a file that cannot be read.
    """
    store = ox.Store()
    store.load(path=str(path), format=_RDF_FORMATS[fmt], base_iri=base_iri)
    return store


def update(store: Store, text: str) -> None:
    """Run a SPARQL Update on a store (in one transaction)."""
    store.update(text)


def ask(store: Store, text: str) -> bool:
    """The answer of an ASK query on a store."""
    return bool(store.query(text))


def has_graph(store: Store, iri: str) -> bool:
    """Whether the store holds a named graph called ``iri``."""
    return bool(store.contains_named_graph(ox.NamedNode(iri)))


def graph_names(store: Store) -> list[str]:
    """The IRIs of a store's named graphs, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def size(store: Store) -> int:
    """The number of quads a store holds."""
    return len(store)


def copy_graphs(store: Store, iris: Iterable[str] | None = None) -> Store:
    """A new in-memory store holding the named graphs of ``store`` (all, or those of ``iris``), not its default one.

    >>> st = new_store()
    >>> update(st, "INSERT DATA { <http://x/a> <http://x/p> 1 . GRAPH <http://x/g> { <http://x/a> <http://x/p> 2 } }")
    >>> size(copy_graphs(st)), size(copy_graphs(st, ["http://x/none"]))
    (1, 0)
    """
    copy = ox.Store()
    if iris is None:
        copy.extend(q for q in store.quads_for_pattern(None, None, None, None)
                    if not isinstance(q.graph_name, ox.DefaultGraph))
    else:
        for iri in iris:
            copy.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
    return copy


def dump_graph(store: Store, iri: str, fmt: str = "nt") -> bytes:
    """One named graph of a store in ``fmt`` (one of :data:`NATIVE_FORMATS` without named graphs)."""
    return store.dump(format=_RDF_FORMATS[fmt], from_graph=ox.NamedNode(iri)) or b""


def write_store(folder: str | Path, dataset: Dataset) -> Store:
    """A new store folder holding a dataset's graphs, its default graph made the merge of them (as kg's stores are)."""
    store, terms = ox.Store(str(folder)), OxTerms()
    store.extend(terms.quad((s, p, o), g if g is not None and not str(g).startswith("urn:x-rdflib:default") else None)
                 for s, p, o, g in dataset.quads((None, None, None, None)))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    return store


def _has_named_graphs(store: Store) -> bool:
    return next(iter(store.named_graphs()), None) is not None


# -- rdflib's view of a store -------------------------------------------------------------------------------------

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
        if not _has_named_graphs(self._store_held):
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
        if self._merged is not None or not _has_named_graphs(self._store_held):
            return self.merged(), _DEFAULT, False
        return self._store_held, None, True

    def source(self, context: Graph | Identifier | None) -> tuple[Store, Any]:
        """The Oxigraph store and graph that an rdflib context (``None``: the union) reads."""
        identifier = context.identifier if isinstance(context, Graph) else context
        if context is None:
            return self.merged(), _DEFAULT
        if identifier == DATASET_DEFAULT_GRAPH_ID:
            return self._store_held, _DEFAULT
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
            triple = (from_ox(q.subject), from_ox(q.predicate), _plain(from_ox(q.object)))
            yield triple, (iter((context,)) if context is not None else self._contexts_of(q))

    def _contexts_of(self, q: ox.Quad) -> Iterator[Graph | None]:
        """The graphs holding a triple of the union (looked up only when asked for, as ``Dataset.quads`` does)."""
        for found in self._store_held.quads_for_pattern(q.subject, q.predicate, q.object, None):
            name = found.graph_name
            identifier = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else from_ox(name)
            yield Graph(store=self, identifier=identifier)

    def __len__(self, context: Graph | None = None) -> int:
        store, graph = self.source(context)
        if not _has_named_graphs(store):
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
        answer = _run(self.source(context), query, prefixes, initBindings)
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


def oxigraph_dataset(store: Store | None = None, merged: Store | None = None) -> Dataset:
    """An rdflib dataset read in place from an Oxigraph store (a new one in memory when ``store`` is ``None``).

    Reading, querying and writing it (:func:`dump`) run at Oxigraph's speed; its union is the merge of its graphs,
    made when first needed unless ``merged`` holds it already (in its default graph).
    """
    ds = Dataset(store=KgOxigraphStore(store if store is not None else ox.Store(), merged=merged),
                 default_union=True)
    bind_prefixes(ds)
    return ds


def store_graph(store: Store) -> Graph:
    """The default graph of a store as an rdflib graph read in place (a kg store: the merge of its documents)."""
    g = Graph(store=KgOxigraphStore(store), identifier=DATASET_DEFAULT_GRAPH_ID)
    bind_prefixes(g)
    return g


def in_oxigraph(graph: Graph) -> bool:
    """Whether an rdflib graph is held in an Oxigraph store (rather than in rdflib's memory).

    >>> in_oxigraph(oxigraph_dataset()), in_oxigraph(Graph())
    (True, False)
    """
    return isinstance(graph.store, KgOxigraphStore)


def _source_of(graph: Graph) -> tuple[Store, Any] | None:
    """The Oxigraph store and graph that hold an rdflib graph's triples (the merge for a dataset), if any."""
    store = graph.store
    if not isinstance(store, KgOxigraphStore):
        return None
    if isinstance(graph, Dataset) and graph.default_union:
        return store.source(None)
    return store.source(graph)


def dump(graph: Graph, fmt: str, output: str | None = None) -> bytes | bool | None:
    """An Oxigraph-held graph in ``fmt`` (one of :data:`NATIVE_FORMATS`), written by Oxigraph; ``None`` otherwise.

    A dataset in a format with named graphs is written as it is held; any other graph or format gets the merge.
    The order is the store's, which the order of adding fixes: the same build gives the same bytes. With ``output``
    (a file path) Oxigraph writes the file itself and ``True`` is returned.
    """
    store = graph.store
    if not isinstance(store, KgOxigraphStore) or fmt not in _RDF_FORMATS:
        return None
    prefixes = dict(PREFIX_IRIS) if fmt in ("turtle", "trig", "xml") else None
    if fmt in ("nquads", "trig") and isinstance(graph, Dataset):
        data = store.oxigraph.dump(output, format=_RDF_FORMATS[fmt], prefixes=prefixes)
    else:
        source, name = store.source(None if isinstance(graph, Dataset) and graph.default_union else graph)
        data = source.dump(output, format=_RDF_FORMATS[fmt], from_graph=name, prefixes=prefixes)
    return True if output is not None else data


# -- SPARQL -------------------------------------------------------------------------------------------------------

class Answer(NamedTuple):
    """A query's result in rdflib terms: ``kind`` ``"SELECT"`` (``vars``, ``rows``), ``"ASK"`` (``boolean``) or
    ``"GRAPH"`` (a CONSTRUCT or DESCRIBE: ``graph``)."""

    kind: str
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


def _answer(result: Any) -> Answer:
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


def _run(source: tuple[Store, Any], text: str, prefixes: Mapping[str, str], bindings: Mapping[str, Node] | None,
         options: Mapping[str, Any] | None = None) -> Answer | None:
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
    return _answer(result)


def query(graph: Graph, text: str, prefixes: Mapping[str, str], bindings: Mapping[str, Node] | None = None, *,
          own_dataset: bool = False) -> Answer:
    """Run a SPARQL query on an rdflib graph: in Oxigraph when it holds the graph (its union, for a dataset).

    ``bindings`` (variable name -> term) are substituted by Oxigraph; rdflib's engine binds them (``initBindings``,
    over the same triples) when Oxigraph cannot: for a variable the query does not select, and for a graph rdflib
    holds in memory. ``own_dataset``: the query's FROM clauses choose the graphs of the store underneath.
    Raises the ``SyntaxError`` Oxigraph raises for a query it cannot parse; rdflib's errors as rdflib raises them.

    >>> ds = oxigraph_dataset()
    >>> _ = ds.add((URIRef("http://x/a"), URIRef("http://x/p"), URIRef("http://x/b")))
    >>> query(ds, "SELECT ?o WHERE { ?s x:p ?o }", {"x": "http://x/"}, {"s": URIRef("http://x/a")}).rows
    ((rdflib.term.URIRef('http://x/b'),),)
    """
    store = graph.store
    if isinstance(store, KgOxigraphStore):
        if own_dataset:  # FROM <g> names graphs of the store itself; a default_graph option would override them
            answer = _run((store.oxigraph, None), text, prefixes, bindings, options={})
        else:
            source = _source_of(graph)
            assert source is not None
            answer = _run(source, text, prefixes, bindings)
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


# -- writing a dataset --------------------------------------------------------------------------------------------

class DatasetWriter:
    """Writes quads (rdflib terms) into Oxigraph: the named graphs in one store and their merge in a second, in
    memory or in store folders under ``folder`` (loaded in bulk every :attr:`FLUSH_EVERY` calls of :meth:`add`, so
    memory stays flat however many documents come).

    >>> writer = DatasetWriter()
    >>> writer.add([(URIRef("http://x/a"), URIRef("http://x/p"), Literal("A"), URIRef("http://x/g"))])
    1
    >>> len(writer.dataset())
    1
    """

    #: calls of :meth:`add` held in memory by a writer on disk before they are loaded (and the term cache cleared)
    FLUSH_EVERY = 200

    def __init__(self, folder: str | Path | None = None) -> None:
        self.on_disk = folder is not None
        self.store = ox.Store(f"{folder}/graphs") if folder is not None else ox.Store()
        self.merged = ox.Store(f"{folder}/merged") if folder is not None else ox.Store()
        self._terms = OxTerms()
        self._added = 0
        self._pending: tuple[list[ox.Quad], list[ox.Quad]] = ([], [])  # on disk: quads and triples not yet loaded

    def add(self, quads: Iterable[tuple[Node, Node, Node, Node]]) -> int:
        """Add quads (one document's graph, say); return how many."""
        term, quad_of = self._terms.term, ox.Quad
        named, merged = self._pending if self.on_disk else ([], [])
        before = len(named)
        for s, p, o, g in quads:
            s_, p_, o_ = term(s), term(p), term(o)
            named.append(quad_of(s_, p_, o_, term(g)))
            merged.append(quad_of(s_, p_, o_))
        self._added += 1
        if not self.on_disk:
            self.store.extend(named)
            self.merged.extend(merged)
        elif self._added % self.FLUSH_EVERY == 0:
            self._load_pending()
        return len(named) - before

    def _load_pending(self) -> None:
        """Write the quads held back to the stores on disk, with Oxigraph's bulk loader (a transaction per document
        costs four times as much), and drop the cache of terms (statement IRIs are one per edge: it would grow)."""
        named, merged = self._pending
        if named:
            self.store.bulk_extend(named)
            self.merged.bulk_extend(merged)
        self._pending = ([], [])
        self._terms = OxTerms()

    def dataset(self) -> Dataset:
        """What was written so far, as an rdflib dataset read in place."""
        if self.on_disk:
            self._load_pending()
            self.store.flush()
            self.merged.flush()
        return oxigraph_dataset(self.store, merged=self.merged)


# -- the SPARQL protocol ------------------------------------------------------------------------------------------

def protocol_query(store: Store, text: str, prefixes: Mapping[str, str], default_graphs: Iterable[str] = (),
                   named_graphs: Iterable[str] = ()) -> tuple[bool, Callable[[str], bytes]]:
    """Run a query for the SPARQL protocol: whether it returned a graph, and a function writing the result in one
    of :data:`GRAPH_MEDIA_TYPES` (a graph) or :data:`RESULT_MEDIA_TYPES` (solutions or a boolean).

    Raises ``SyntaxError`` for an invalid query; ``OSError``, ``ValueError`` or ``RuntimeError`` when it fails.

    >>> is_graph, write = protocol_query(new_store(), "ASK {}", {})
    >>> is_graph, write("text/csv")
    (False, b'true')
    """
    options: dict[str, Any] = {"prefixes": dict(prefixes)}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    result = store.query(text, **options)
    if isinstance(result, ox.QueryTriples):
        return True, lambda media: result.serialize(format=_GRAPH_MEDIA[media]) or b""
    return False, lambda media: result.serialize(format=_RESULT_MEDIA[media]) or b""
