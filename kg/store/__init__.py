"""The knowledge base on disk: an embedded Oxigraph store, one named graph per document, updated incrementally.

Examples
--------
>>> from kg.records import Document, Entity, Extraction, Relation
>>> store = open_store(None)
>>> ex = Extraction(Document("d1", "Russia and China cooperate."),
...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")],
...     [Relation("russia", "cooperatesWith", "china")])
>>> _ = put_document(store, ex)
>>> len(store_dataset(store).graph(doc_iri("d1"))) > 0
True
"""

from kg.rdf.build import doc_iri
from kg.store.graph import KgOxigraphStore, open_dataset, open_graph, store_dataset, store_graph
from kg.store.ingest import IngestReport, ingest
from kg.store.store import (WritableStore, content_hash, document_hashes, document_graphs, is_store, open_store,
                            put_document, remove_documents)

__all__ = [
    "IngestReport", "KgOxigraphStore", "WritableStore", "content_hash", "doc_iri", "document_hashes",
    "document_graphs", "ingest",
    "is_store", "open_dataset", "open_graph", "open_store", "put_document", "remove_documents", "store_dataset",
    "store_graph",
]
