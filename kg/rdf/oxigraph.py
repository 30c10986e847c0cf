"""Graphs held in Oxigraph and read through rdflib's API: term conversion, the store adapter, fast dump and load.

Examples
--------
>>> st = ox.Store()
>>> a, p, g = ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/g1")
>>> st.extend([ox.Quad(a, p, ox.Literal("A"), g), ox.Quad(a, p, ox.Literal("A"), ox.NamedNode("http://x/g2"))])
>>> ds = oxigraph_dataset(st)
>>> [str(o) for o in ds.objects(URIRef("http://x/a"), URIRef("http://x/p"))]
['A']
>>> len(ds), len(ds.graph(URIRef("http://x/g1")))
(1, 1)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.parse import OX_FORMATS
from kg.vocab import PREFIX_IRIS, bind_prefixes

_XSD_STRING = str(XSD.string)
_DEFAULT = ox.DefaultGraph()


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


def native_query(graph: Graph, query: str, prefixes: Mapping[str, str], *, own_dataset: bool = False) -> Any:
    """The query run by Oxigraph itself on the store holding ``graph`` (its union, for a dataset): Oxigraph's
    ``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``; ``None`` when no Oxigraph store holds the graph.

    Raises the ``SyntaxError`` Oxigraph raises for a query it cannot parse (an UPDATE request among them).
    ``own_dataset``: the query's FROM clauses choose the graphs (of the store underneath) it reads.

    >>> ds = oxigraph_dataset()
    >>> ds.add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> [row[0].value for row in native_query(ds, "SELECT ?o WHERE { x:a x:p ?o }", {"x": "http://x/"})]
    ['A']
    >>> native_query(Graph(), "ASK {}", {}) is None
    True
    """
    source = oxigraph_of(graph)
    if source is None:
        return None
    store, default = source
    if own_dataset:  # FROM <g> names graphs of the store itself; a default_graph option would override them
        return graph.store.oxigraph.query(query, prefixes=dict(prefixes))  # type: ignore[attr-defined]
    return store.query(query, default_graph=default, prefixes=dict(prefixes))


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


def _has_named_graphs(store: ox.Store) -> bool:
    return next(iter(store.named_graphs()), None) is not None


class KgOxigraphStore(OxigraphStore):
    """oxrdflib's store, reading plain literals back as rdflib writes them, so a store and a file compare equal.

    rdflib's union of the graphs (what an rdflib dataset reads and queries by default) is the merge of the named
    graphs and the default graph: each triple once. Oxigraph's own union is a bag (a label stated by five documents
    would be joined five times), so the merge is made once, in a second in-memory store, when a union is first read
    or queried; a change to the store drops it. A store without named graphs is its own merge.
    """

    #: :func:`kg.query.run_query` hands this store the query text rather than rdflib's parsed query
    runs_sparql_text = True

    def __init__(self, *args: Any, merged: ox.Store | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._merged = merged

    @property
    def oxigraph(self) -> ox.Store:
        """The Oxigraph store underneath."""
        return self._inner

    def merged(self) -> ox.Store:
        """A store whose default graph is the merge of this one's graphs (itself when it has no named graphs)."""
        if not _has_named_graphs(self._inner):
            return self._inner
        if self._merged is None:
            merged = ox.Store()
            every = self._inner.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
            merged.load(every.serialize(format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
            self._merged = merged
        return self._merged

    def union_source(self) -> tuple[ox.Store, Any, bool]:
        """Where the union is read without making the merge: store, graph (``None``: all) and whether to dedupe."""
        if self._merged is not None or not _has_named_graphs(self._inner):
            return self.merged(), _DEFAULT, False
        return self._inner, None, True

    def _source(self, context: Any) -> tuple[ox.Store, Any]:
        """The Oxigraph store and graph that an rdflib context (``None``: the union) reads."""
        identifier = getattr(context, "identifier", context)
        if context is None:
            return self.merged(), _DEFAULT
        if identifier == DATASET_DEFAULT_GRAPH_ID:
            return self._inner, _DEFAULT
        if isinstance(identifier, BNode):
            return self._inner, ox.BlankNode(str(identifier))
        return self._inner, ox.NamedNode(str(identifier))

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:  # type: ignore[override]
        store, graph = self._source(context)
        try:
            s, p, o = (to_ox(t) if t is not None else None for t in triple_pattern)
        except GraphError:
            return
        if isinstance(s, ox.Literal) or not isinstance(p, (ox.NamedNode, type(None))):
            return
        for q in store.quads_for_pattern(s, p, o, graph):
            triple = (from_ox(q.subject), from_ox(q.predicate), _plain(from_ox(q.object)))
            yield triple, (iter((context,)) if context is not None else self._contexts_of(q))

    def _contexts_of(self, q: ox.Quad) -> Iterator[Graph]:
        """The graphs holding a triple of the union (looked up only when asked for, as ``Dataset.quads`` does)."""
        for found in self._inner.quads_for_pattern(q.subject, q.predicate, q.object, None):
            name = found.graph_name
            identifier = DATASET_DEFAULT_GRAPH_ID if isinstance(name, ox.DefaultGraph) else from_ox(name)
            yield Graph(store=self, identifier=identifier)

    def __len__(self, context: Any = None) -> int:  # type: ignore[override]
        store, graph = self._source(context)
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
        # rdflib falls back to its own engine over this store's triples for what Oxigraph cannot take: a parsed
        # query. Bound variables become a VALUES block (Oxigraph substitutes only variables the query projects)
        if not isinstance(query, str) or kwargs:
            raise NotImplementedError("rdflib's engine runs this query")
        if initBindings:
            query = bind_values(query, initBindings)
        store, graph = self._source(None if queryGraph == "__UNION__" else
                                    DATASET_DEFAULT_GRAPH_ID if queryGraph is None else queryGraph)
        try:
            result = store.query(query, default_graph=graph, prefixes={
                prefix: str(ns) for prefix, ns in dict(self.namespaces(), **initNs).items()})
        except SyntaxError as exc:
            if initBindings:  # the bindings could not be placed: let rdflib's engine bind them
                raise NotImplementedError("rdflib's engine runs this query") from exc
            raise
        if isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        elif isinstance(result, ox.QuerySolutions):
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in result.variables]
            term = TermCache()
            out.bindings = [{v: term(value) for v, value in zip(out.vars, row) if value is not None}
                            for row in result]
        else:
            out = Result(graph_query_form(query))
            out.graph = Graph()
            for triple in result:
                out.graph.add(from_ox(triple))
        return out


_SKIPPED = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*")


def bind_values(query: str, bindings: Mapping[Any, Any]) -> str:
    """The query with ``bindings`` as a VALUES block opening its WHERE clause (as rdflib's ``initBindings`` bind).

    >>> bind_values("SELECT ?l WHERE { ?x <http://x/label> ?l }", {"x": URIRef("http://x/a")})
    'SELECT ?l WHERE { VALUES (?x) { (<http://x/a>) } ?x <http://x/label> ?l }'
    """
    masked = _SKIPPED.sub(lambda m: " " * len(m.group(0)), query)  # IRIs, strings and comments cannot match
    where = re.search(r"\bWHERE\s*\{", masked, re.IGNORECASE)
    brace = where.end() if where else masked.find("{") + 1
    if brace <= 0:
        return query
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(to_ox(term)) for term in bindings.values())
    return f"{query[:brace]} VALUES ({names}) {{ ({values}) }}{query[brace:]}"


def graph_query_form(query: str) -> str:
    """``DESCRIBE`` or ``CONSTRUCT``: the form of a query that returned triples.

    >>> graph_query_form("PREFIX x: <http://x#> # DESCRIBE in a comment\\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    """
    text = re.sub(r"#[^\n]*", " ", re.sub(r"<[^<>\s]*>", "<>", query))
    found = re.search(r"\b(DESCRIBE|CONSTRUCT)\b", text, re.IGNORECASE)
    return found.group(1).upper() if found else "CONSTRUCT"


def oxigraph_dataset(store: ox.Store | None = None, merged: ox.Store | None = None) -> Dataset:
    """An rdflib dataset read in place from an Oxigraph store (a new one in memory when ``store`` is ``None``).

    Reading, querying and writing it (:func:`dump`) run at Oxigraph's speed; its union is the merge of its graphs,
    made when first needed unless ``merged`` holds it already (in its default graph).
    """
    ds = Dataset(store=KgOxigraphStore(store=store if store is not None else ox.Store(), merged=merged),
                 default_union=True)
    bind_prefixes(ds)
    return ds


def oxigraph_of(graph: Graph) -> tuple[ox.Store, Any] | None:
    """The Oxigraph store and graph that hold an rdflib graph's triples (the merge for a dataset), if any."""
    store = getattr(graph, "store", None)
    if not isinstance(store, KgOxigraphStore):
        return None
    if isinstance(graph, Dataset) and graph.default_union:
        return store._source(None)
    return store._source(graph)


def dump(graph: Graph, fmt: str, output: str | None = None) -> bytes | bool | None:
    """An Oxigraph-held graph in ``fmt`` (a key of :data:`OX_FORMATS`), written by Oxigraph; ``None`` otherwise.

    A dataset in a format with named graphs is written as it is held; any other graph or format gets the merge.
    The order is the store's, which the order of adding fixes: the same build gives the same bytes. With ``output``
    (a file path) Oxigraph writes the file itself and ``True`` is returned.
    """
    store = getattr(graph, "store", None)
    if not isinstance(store, KgOxigraphStore) or fmt not in OX_FORMATS:
        return None
    if fmt in ("nquads", "trig") and isinstance(graph, Dataset):
        data = store.oxigraph.dump(output, format=OX_FORMATS[fmt], prefixes=_prefixes(fmt))
    else:
        source = oxigraph_of(graph)
        assert source is not None
        data = source[0].dump(output, format=OX_FORMATS[fmt], from_graph=source[1], prefixes=_prefixes(fmt))
    return True if output is not None else data


def _prefixes(fmt: str) -> dict[str, str] | None:
    return dict(PREFIX_IRIS) if fmt in ("turtle", "trig", "xml") else None
