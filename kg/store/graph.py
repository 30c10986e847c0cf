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

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph

from kg.rdf import engine
from kg.rdf.engine import KgOxigraphStore, Store, from_ox, oxigraph_dataset
from kg.store.store import document_graphs

__all__ = ["KgOxigraphStore", "from_ox", "open_dataset", "open_graph", "store_dataset", "store_graph"]


def store_graph(store: Store) -> Graph:
    """The merged graph of a store (its default graph) as an rdflib graph read in place.

    SPARQL given as text runs in Oxigraph; rdflib's own engine runs a parsed query over the same triples.
    """
    return engine.store_graph(store)


def store_dataset(store: Store, doc_ids: Iterable[str] | None = None) -> Dataset:
    """The document graphs of a store (all, or those of ``doc_ids``) in an in-memory dataset, as ``kg build`` makes.

    The merged default graph is left out: it is the union of these graphs, which the dataset's default graph is too.
    The copy is an in-memory Oxigraph store, so writing it out runs at Oxigraph's speed.
    """
    return oxigraph_dataset(document_graphs(store, doc_ids))


def open_graph(path: str | Path, parsed: Store | None = None) -> Graph:
    """An RDF file, or a store folder, as an rdflib graph (a store is read in place, not copied).

    ``parsed`` is the file already parsed by :func:`kg.rdf.parse.preparse`, when it was.
    Raises :class:`~kg.errors.GraphError` when the file or the store cannot be read.
    """
    from kg.rdf.io import load_graph
    from kg.store.store import open_store

    if parsed is not None:
        return oxigraph_dataset(parsed)
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
