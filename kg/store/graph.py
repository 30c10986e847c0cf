"""rdflib views of a store: the merged graph read in place through oxrdflib, or the document graphs in memory.

Examples
--------
>>> from kg.records import Document, Entity, Extraction, Relation
>>> from kg.store.store import open_store, put_document
>>> store = open_store(None)
>>> ex = Extraction(Document("d1", "Russia and China cooperate."),
...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")],
...     [Relation("russia", "cooperatesWith", "china")])
>>> _ = put_document(store, ex)
>>> g = store_graph(store)
>>> from kg.vocab import ENTITY, KG
>>> (ENTITY.china, KG.cooperatesWith, ENTITY.russia) in g
True
>>> [str(row[0]) for row in g.query("SELECT ?l WHERE { kge:china rdfs:label ?l }")]
['China']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import Result

from kg.store.store import document_quads
from kg.vocab import PREFIXES

_XSD_STRING = str(XSD.string)


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


def _plain(term: Any) -> Any:
    # RDF 1.1 makes "x" and "x"^^xsd:string one literal; rdflib keeps them apart, and files hold the plain one
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == _XSD_STRING:
        return Literal(str(term))
    return term


class KgOxigraphStore(OxigraphStore):
    """oxrdflib's store, reading plain literals back as rdflib writes them, so a store and a file compare equal."""

    #: :func:`kg.query.run_query` hands this store the query text rather than rdflib's parsed query
    runs_sparql_text = True

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:  # type: ignore[override]
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, _plain(o)), contexts

    def query(self, query: Any, initNs: Mapping[str, Any], initBindings: Mapping[str, Any],  # noqa: N803
              queryGraph: Any, **kwargs: Any) -> Result:
        # rdflib falls back to its own engine over this store's triples for what Oxigraph cannot take: a parsed
        # query, and bound variables (Oxigraph substitutes only variables the query projects; kg binds any)
        if not isinstance(query, str) or kwargs or initBindings:
            raise NotImplementedError("rdflib's engine runs this query")
        result = self._inner.query(
            query,
            use_default_graph_as_union=queryGraph == "__UNION__",
            default_graph=ox.DefaultGraph() if queryGraph in (DATASET_DEFAULT_GRAPH_ID, None)
            else ox.NamedNode(str(queryGraph)) if isinstance(queryGraph, URIRef) else None,
            prefixes={prefix: str(ns) for prefix, ns in dict(self.namespaces(), **initNs).items()},
        )
        if isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        elif isinstance(result, ox.QuerySolutions):
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in result.variables]
            out.bindings = [{v: from_ox(value) for v, value in zip(out.vars, row) if value is not None}
                            for row in result]
        else:
            out = Result("CONSTRUCT")
            out.graph = Graph()
            for triple in result:
                out.graph.add(from_ox(triple))
        return out


def store_graph(store: ox.Store) -> Graph:
    """The merged graph of a store (its default graph) as an rdflib graph read in place.

    SPARQL given as text runs in Oxigraph; rdflib's own engine runs a parsed query over the same triples.
    """
    g = Graph(store=KgOxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def store_dataset(store: ox.Store, doc_ids: Iterable[str] | None = None) -> Dataset:
    """The document graphs of a store (all, or those of ``doc_ids``) in an in-memory dataset, as ``kg build`` makes.

    The merged default graph is left out: it is the union of these graphs, which the dataset's default graph is too.
    """
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    graphs: dict[str, Graph] = {}
    for q in document_quads(store, doc_ids):
        name = q.graph_name.value
        if name not in graphs:
            graphs[name] = ds.graph(URIRef(name))
        graphs[name].add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def open_graph(path: str | Path) -> Graph:
    """An RDF file, or a store folder, as an rdflib graph (a store is read in place, not copied).

    Raises :class:`~kg.errors.GraphError` when the file or the store cannot be read.
    """
    from kg.rdf.io import load_graph
    from kg.store.store import open_store

    if Path(path).is_dir():
        return store_graph(open_store(path, read_only=True))
    return load_graph(path)


def open_dataset(path: str | Path) -> Dataset:
    """An RDF file, or a store folder, as an in-memory dataset with one named graph per document."""
    from kg.rdf.io import load_graph
    from kg.store.store import open_store

    if Path(path).is_dir():
        return store_dataset(open_store(path, read_only=True))
    return load_graph(path)
