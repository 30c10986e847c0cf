"""Oxigraph stores: opening, loading, updating, dumping, and the SPARQL protocol. Needs pyoxigraph only (no rdflib):
the endpoint's query workers import this module and nothing else of kg.

>>> st = new_store()
>>> update(st, "INSERT DATA { <http://x/a> <http://x/p> 1 . GRAPH <http://x/g> { <http://x/a> <http://x/p> 2 } }")
>>> size(st), graph_names(st), ask(st, "ASK { ?s ?p 2 }")
(2, ['http://x/g'], False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

#: A store: the handle every function of the engine takes (an in-memory store, or a store folder opened by kg).
Store = ox.Store

#: The default graph, as Oxigraph names it.
DEFAULT_GRAPH = ox.DefaultGraph()

#: kg format name -> Oxigraph's format (the formats Oxigraph reads and writes; JSON-LD goes through rdflib)
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "xml": ox.RdfFormat.RDF_XML,
}
#: The kg format names Oxigraph reads and writes itself.
NATIVE_FORMATS: frozenset[str] = frozenset(RDF_FORMATS)

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
    store.load(path=str(path), format=RDF_FORMATS[fmt], base_iri=base_iri)
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
    return store.dump(format=RDF_FORMATS[fmt], from_graph=ox.NamedNode(iri)) or b""


def has_named_graphs(store: Store) -> bool:
    """Whether a store holds any named graph."""
    return next(iter(store.named_graphs()), None) is not None


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
