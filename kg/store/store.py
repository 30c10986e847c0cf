"""The knowledge base on disk: an Oxigraph store holding one named graph per document, changed one document at a time.

Layout of a store:

* each document's named graph ``kgd:<doc_id>`` holds what :func:`kg.rdf.build.add_extraction` writes for it (the
  document, its entities, direct triples and ``rdf:Statement`` provenance) plus ``kgd:<doc_id> kg:contentHash "…"``;
* the default graph is the merge (set union) of the document graphs, kept up to date by every change. Queries read
  it directly, so a triple stated by five documents is one triple, and an edge or an entity leaves the default graph
  together with the last document that states it.

Every change of a document (replace or remove) is one SPARQL Update, and Oxigraph applies an update in one
transaction: a crash leaves each document either as it was before the change or as it is after it.

Examples
--------
>>> from kg.records import Document, Entity, Extraction, Relation
>>> store = open_store(None)  # in memory; a path gives a store on disk
>>> ex = Extraction(Document("d1", "Russia and China cooperate."),
...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")],
...     [Relation("russia", "cooperatesWith", "china")])
>>> put_document(store, ex) > 0
True
>>> sorted(document_hashes(store)) == ["d1"]
True
>>> remove_documents(store, ["d1"]); len(store)
['d1']
0
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import Literal as RdfLiteral

from kg.errors import GraphError
from kg.rdf import engine
from kg.rdf.build import add_extraction, doc_iri, new_dataset
from kg.rdf.engine import Store, term_text
from kg.records import Document, Extraction
from kg.vocab import DOC, KG

#: A file RocksDB keeps in every store folder: a folder with it is a store.
_STORE_MARKER = "CURRENT"
_DOCS_QUERY = """
SELECT ?id ?hash WHERE {
  GRAPH ?g { ?g a <%s> ; <%s> ?id . OPTIONAL { ?g <%s> ?hash } }
}""" % (KG.Document, KG.docId, KG.contentHash)


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a store folder (rather than an RDF file).

    >>> is_store("data/ontology.ttl"), is_store("no/such/folder")
    (False, False)
    """
    path = Path(path)
    return path.is_dir() and (path / _STORE_MARKER).is_file()


def open_store(path: str | Path | None, *, create: bool = False, read_only: bool = False) -> Store:
    """Open the store at ``path`` (``None``: a new one in memory).

    ``create`` makes a new store when the folder is missing or empty; without it a missing store is an error, so a
    mistyped path does not quietly start an empty knowledge base. ``read_only`` opens it without taking the lock,
    for commands that only read (several may run at once, also beside ``kg serve``).

    Raises :class:`GraphError` when the folder is not a store, or another process holds it open for writing.
    """
    if path is None:
        return engine.new_store()
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise GraphError(f"{path}: is a file, not a store folder")
    if not is_store(path):
        if not create:
            raise GraphError(f"{path}: no kg store here (create one with: kg build INPUT --store {path})")
        if path.exists() and any(path.iterdir()):
            raise GraphError(f"{path}: folder is not empty and holds no store; choose a new or empty folder")
    try:
        return _read_only(path) if read_only else engine.new_store(path)
    except (OSError, RuntimeError) as exc:
        message = " ".join(str(exc).split())
        if "lock" in message.lower():
            raise GraphError(f"{path}: the store is in use by another process (a running kg serve or kg add?)") \
                from exc
        # a reader that opens the store while a writer rewrites its files sees them half-changed; retrying helps
        hint = " (is a kg add or kg build writing it right now?)" if read_only else ""
        raise GraphError(f"{path}: cannot open the store{hint}: {message[:300]}") from exc


class WritableStore:
    """A store folder opened for writing, which :meth:`reopen` closes and opens again.

    RocksDB, under Oxigraph, keeps in memory the index and filter blocks of the table files it has read and its
    write buffers; over a long ingest they grow with the data written (about 50 MB over 10,000 articles), and
    only closing the database gives them back. The holder keeps the only reference to the Oxigraph store, so that
    dropping it closes the database (and releases its lock) before it is opened again.

    >>> import tempfile
    >>> kb = WritableStore(Path(tempfile.mkdtemp()) / "kb", create=True)
    >>> engine.update(kb.store, "INSERT DATA { <http://x/a> <http://x/p> 'A' }")
    >>> kb.reopen()
    >>> engine.size(kb.store)
    1
    """

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        self.store: Store = open_store(self.path, create=create)

    def reopen(self) -> None:
        """Flush, close and open the store again (the same data, RocksDB's memory given back)."""
        engine.flush(self.store)
        del self.store  # the last reference: the database closes here
        self.store = open_store(self.path)


def _read_only(path: Path, attempts: int = 5) -> Store:
    # a reader opening while a writer swaps its files can find one gone; the swap takes milliseconds, so retry
    for attempt in range(attempts):
        try:
            return engine.open_read_only(path)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def content_hash(doc: Document) -> str:
    """SHA-1 of a document's id, text and metadata (not its path: a moved file is the same document).

    >>> content_hash(Document("d1", "text")) == content_hash(Document("d1", "text", path="elsewhere.txt"))
    True
    >>> content_hash(Document("d1", "text")) == content_hash(Document("d1", "new text"))
    False
    """
    fields = [doc.doc_id, doc.text, doc.title, doc.url, doc.published, doc.source, doc.dateline]
    extra = [doc.author, doc.final_url if doc.final_url != doc.url else None, doc.story]
    if any(extra):  # only then: the hashes of documents without them stay what they were
        fields.extend(extra)
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def document_hashes(store: Store) -> dict[str, str | None]:
    """The documents of a store: doc_id -> content hash (``None`` for a graph written without one)."""
    return {doc_id: content for doc_id, content in engine.select_rows(store, _DOCS_QUERY) if doc_id is not None}


def _retract(graph: str) -> str:
    """Update operations that drop a document graph and the merged triples no other document states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }} ;\n"
            f"DROP SILENT GRAPH {graph} ;\n")


def _legacy_graph(store: Store, doc_id: str) -> str | None:
    """The graph a store made before doc IRIs were percent-encoded holds for ``doc_id`` (its characters other than
    letters, digits and ``-_.`` were ``_``), when it differs from today's and holds that very document."""
    legacy = str(DOC) + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc_id)
    if legacy == str(doc_iri(doc_id)):
        return None
    node = f"<{legacy}>"
    states_id = f"{node} {term_text(KG.docId)} {term_text(RdfLiteral(doc_id))}"
    return legacy if engine.ask(store, f"ASK {{ GRAPH {node} {{ {states_id} }} }}") else None


def put_document(store: Store, ex: Extraction) -> int:
    """Write one document's graph, replacing the one it had, in one transaction; return its number of triples."""
    ds = new_dataset()
    add_extraction(ds, ex)
    name = doc_iri(ex.doc.doc_id)
    triples = sorted(ds.graph(name))
    triples.append((name, KG.contentHash, RdfLiteral(content_hash(ex.doc))))
    graph = term_text(name)
    legacy = _legacy_graph(store, ex.doc.doc_id)
    data = " .\n".join(f"{term_text(s)} {term_text(p)} {term_text(o)}" for s, p, o in triples)
    engine.update(store, f"{_retract(f'<{legacy}>') if legacy is not None else ''}"
                 f"{_retract(graph)}INSERT DATA {{ GRAPH {graph} {{\n{data} .\n}} }} ;\n"
                 f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    return len(triples)


def remove_documents(store: Store, doc_ids: Sequence[str]) -> list[str]:
    """Retract documents (all in one transaction) and return their ids.

    A direct triple or an entity description stays while another document states it. An id the store does not
    hold raises :class:`GraphError` and nothing is removed.
    """
    names = {doc_id: str(doc_iri(doc_id)) for doc_id in dict.fromkeys(doc_ids)}
    for doc_id, name in names.items():
        if not engine.has_graph(store, name):
            names[doc_id] = _legacy_graph(store, doc_id) or name
    unknown = [doc_id for doc_id, name in names.items() if not engine.has_graph(store, name)]
    if unknown:
        raise GraphError(f"no such document in the store: {', '.join(unknown)}")
    if names:
        engine.update(store, "".join(_retract(f"<{name}>") for name in names.values()).rstrip(" ;\n"))
    return list(names)


def document_graphs(store: Store, doc_ids: Iterable[str] | None = None) -> Store:
    """A copy in memory of the document graphs (all, or those of ``doc_ids``), without the merged default graph."""
    return engine.copy_graphs(store, None if doc_ids is None else [str(doc_iri(doc_id)) for doc_id in doc_ids])
