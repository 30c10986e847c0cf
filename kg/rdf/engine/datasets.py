"""rdflib datasets and graphs held in Oxigraph: made (:func:`oxigraph_dataset`, :func:`store_graph`), written
(:func:`dump`, :func:`write_store`) and filled in bulk (:class:`DatasetWriter`).

>>> from rdflib import Literal, URIRef
>>> ds = oxigraph_dataset()
>>> _ = ds.graph(URIRef("http://x/g1")).add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
>>> _ = ds.graph(URIRef("http://x/g2")).add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("A")))
>>> [str(o) for o in ds.objects(URIRef("http://x/a"), URIRef("http://x/p"))]
['A']
>>> len(ds), len(ds.graph(URIRef("http://x/g1")))
(1, 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.rdf.engine.plugin import KgOxigraphStore
from kg.rdf.engine.stores import RDF_FORMATS, Store
from kg.rdf.engine.terms import OxTerms
from kg.vocab import PREFIX_IRIS, bind_prefixes


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


def dump(graph: Graph, fmt: str, output: str | None = None) -> bytes | bool | None:
    """An Oxigraph-held graph in ``fmt`` (one of :data:`NATIVE_FORMATS`), written by Oxigraph; ``None`` otherwise.

    A dataset in a format with named graphs is written as it is held; any other graph or format gets the merge.
    The order is the store's, which the order of adding fixes: the same build gives the same bytes. With ``output``
    (a file path) Oxigraph writes the file itself and ``True`` is returned.
    """
    store = graph.store
    if not isinstance(store, KgOxigraphStore) or fmt not in RDF_FORMATS:
        return None
    prefixes = dict(PREFIX_IRIS) if fmt in ("turtle", "trig", "xml") else None
    if fmt in ("nquads", "trig") and isinstance(graph, Dataset):
        data = store.oxigraph.dump(output, format=RDF_FORMATS[fmt], prefixes=prefixes)
    else:
        source, name = store.source(None if isinstance(graph, Dataset) and graph.default_union else graph)
        data = source.dump(output, format=RDF_FORMATS[fmt], from_graph=name, prefixes=prefixes)
    return True if output is not None else data


def write_store(folder: str | Path, dataset: Dataset) -> Store:
    """A new store folder holding a dataset's graphs, its default graph made the merge of them (as kg's stores are)."""
    store, terms = ox.Store(str(folder)), OxTerms()
    store.extend(terms.quad((s, p, o), g if g is not None and not str(g).startswith("urn:x-rdflib:default") else None)
                 for s, p, o, g in dataset.quads((None, None, None, None)))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    return store


# -- writing a dataset --------------------------------------------------------------------------------------------

class DatasetWriter:
    """Writes quads (rdflib terms) into Oxigraph: the named graphs in one store and their merge in a second, in
    memory or in store folders under ``folder`` (loaded in bulk every :attr:`FLUSH_EVERY` calls of :meth:`add`, so
    memory stays flat however many documents come).

    >>> from rdflib import Literal, URIRef
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


