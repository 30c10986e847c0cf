"""The RDF engine: the one package that talks to Oxigraph (pyoxigraph, and rdflib's store plugin for it, oxrdflib).

Everything else in kg sees rdflib graphs (an rdflib ``Graph`` or ``Dataset`` read in place from an Oxigraph store)
and the small API re-exported here: stores (:func:`new_store`, :func:`open_read_only`, :func:`load_file`,
:func:`update`, :func:`flush`), SPARQL (:func:`query`, :func:`select_rows`, :func:`ask`), writing
(:class:`DatasetWriter`, :func:`dump`, :func:`dump_graph`), reading pairs for networkx (:func:`pairs`) and the SPARQL
protocol (:func:`protocol_query`). A store is an opaque :data:`Store` handle.

The parts:

* :mod:`~kg.rdf.engine.stores`: stores and the SPARQL protocol, with pyoxigraph alone (no rdflib: the endpoint's
  query workers start in a tenth of a second);
* :mod:`~kg.rdf.engine.terms`: Oxigraph terms <-> rdflib terms;
* :mod:`~kg.rdf.engine.plugin`: :class:`KgOxigraphStore`, rdflib's view of a store, and a query run on it;
* :mod:`~kg.rdf.engine.datasets`: rdflib datasets held in Oxigraph, written and filled in bulk;
* :mod:`~kg.rdf.engine.sparql`: SPARQL on rdflib graphs (:func:`query`, :func:`select_rows`, :func:`pairs`).

The store functions are imported with the package; the rdflib-facing names on first use (they import rdflib).

>>> from kg.rdf import engine
>>> st = engine.new_store()
>>> engine.update(st, "INSERT DATA { <http://x/a> <http://x/p> 'A' }")
>>> engine.select_rows(st, "SELECT ?o WHERE { ?s ?p ?o }")
[('A',)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.perf import lazy_names
from kg.rdf.engine.stores import (
    GRAPH_MEDIA_TYPES, NATIVE_FORMATS, RESULT_MEDIA_TYPES, Store, ask, copy_graphs, dump_graph, flush, graph_names,
    has_graph, is_iri, load_file, new_store, open_read_only, protocol_query, size, update,
)

if TYPE_CHECKING:
    from kg.rdf.engine.datasets import DatasetWriter, dump, in_oxigraph, oxigraph_dataset, store_graph, write_store
    from kg.rdf.engine.plugin import Answer, KgOxigraphStore
    from kg.rdf.engine.sparql import Pair, pairs, query, select_rows
    from kg.rdf.engine.terms import OxTerms, TermCache, from_ox, term_text, to_ox

_LAZY = {
    **dict.fromkeys(("DatasetWriter", "dump", "in_oxigraph", "oxigraph_dataset", "store_graph", "write_store"),
                    "kg.rdf.engine.datasets"),
    **dict.fromkeys(("Answer", "KgOxigraphStore"), "kg.rdf.engine.plugin"),
    **dict.fromkeys(("Pair", "pairs", "query", "select_rows"), "kg.rdf.engine.sparql"),
    **dict.fromkeys(("OxTerms", "TermCache", "from_ox", "term_text", "to_ox"), "kg.rdf.engine.terms"),
}
__all__ = [
    "GRAPH_MEDIA_TYPES", "NATIVE_FORMATS", "RESULT_MEDIA_TYPES", "Store", "ask", "copy_graphs", "dump_graph", "flush",
    "graph_names", "has_graph", "is_iri", "load_file", "new_store", "open_read_only", "protocol_query", "size",
    "update", "DatasetWriter", "dump", "in_oxigraph", "oxigraph_dataset", "store_graph", "write_store", "Answer",
    "KgOxigraphStore", "Pair", "pairs", "query", "select_rows", "OxTerms", "TermCache", "from_ox", "term_text", "to_ox",
]
__getattr__ = lazy_names(__name__, _LAZY)
