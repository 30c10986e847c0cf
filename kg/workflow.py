"""The jobs the CLI runs, as plain functions that return what they did: extract, build, update a store, summarise.

Nothing here prints or exits: each job returns a report object that the command prints (its notes, such as what
the web session fetched, first).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.errors import InputError, OutputError
from kg.streaming import run_extraction
from kg.fsutil import atomic_open
from kg.records import Document, Extraction
from kg.resources import DEFAULT_MODEL
from kg.vocab import KG, PREDICATES

if TYPE_CHECKING:
    from kg.ingest.web import WebSession
    from kg.store.ingest import IngestReport


def json_line(ex: Extraction) -> str:
    """One document's extraction as a line of JSON (the system format of the evaluation guidelines)."""
    return json.dumps(ex.to_json(), ensure_ascii=False, sort_keys=False) + "\n"


def write_jsonl(extractions: Iterable[Extraction], output: str | Path, *, stdout: TextIO | None = None) -> int:
    """Write extractions as JSON Lines as they come, in input order; return how many were written.

    ``output`` ``-`` writes to ``stdout``. A file is written through a temporary file and renamed when complete,
    so a reader never sees half of it and a failed run leaves none behind; memory stays flat whatever the corpus.
    """
    def write(out: TextIO) -> int:
        count = 0
        for ex in extractions:
            out.write(json_line(ex))
            count += 1
        return count

    if str(output) == "-":
        return write(stdout if stdout is not None else sys.stdout)
    with atomic_open(output) as fh:
        return write(fh)


def build_dataset(extractions: Iterable[Extraction], folder: str | None = None) -> Dataset:
    """The graph of extractions added as they come, in input order (the streaming form of ``build_graph``); held
    in store folders under ``folder`` (flat memory for any number of articles) when it is given."""
    from kg.rdf.build import GraphBuilder

    builder = GraphBuilder(folder)
    for ex in extractions:
        builder.add(ex)
    return builder.dataset()


def extract_gold(gold_docs: Iterable[dict], *, model: str = DEFAULT_MODEL) -> list[dict]:
    """Run the pipeline over the texts of gold documents and return system-format records."""
    from kg.extract import extract
    from kg.ingest import clean_text
    from kg.nlp.pipeline import build_nlp
    from kg.records import Document

    nlp = build_nlp(model)
    docs = []
    for g in gold_docs:
        cleaned = clean_text(g.get("text", ""))
        docs.append(Document(doc_id=str(g["doc_id"]), text=cleaned.text, dateline=cleaned.dateline,
                             headings=list(cleaned.headings), published=g.get("published")))
    return [ex.to_json() for ex in extract(docs, nlp)]


def score_files(gold: Sequence[Path], system: Path | None = None, *, model: str = DEFAULT_MODEL) -> dict:
    """The scores of ``system`` (an extraction file) against the gold files, or of kg's own extraction of the gold
    texts when no system file is given (see :func:`kg.evaluate.evaluate`)."""
    from kg.evaluate import evaluate
    from kg.learn.api import read_gold_files

    gold_docs = read_gold_files(gold)
    system_docs = read_gold_files([system]) if system is not None else extract_gold(gold_docs, model=model)
    return evaluate(gold_docs, system_docs)


@dataclass
class GraphSummary:
    """Counts that describe a graph in one line."""

    documents: int
    entities: int
    relations: int
    triples: int

    def __str__(self) -> str:
        return (f"{self.documents} documents, {self.entities} entities, {self.relations} relations, "
                f"{self.triples} triples")


def summarize(graph: Graph) -> GraphSummary:
    """Count documents, entities (typed nodes), distinct relation edges and triples of a graph."""
    from kg.rdf.engine import in_oxigraph

    if in_oxigraph(graph):
        return _summarize_oxigraph(graph)
    predicates = {p.iri for p in PREDICATES.values()}
    triples = set(graph.triples((None, None, None)))
    documents = {s for s, p, o in triples if p == RDF.type and o == KG.Document}
    entities = {s for s, p, o in triples if p == KG.entityType}
    relations = {(s, p, o) for s, p, o in triples if p in predicates}
    return GraphSummary(len(documents), len(entities), len(relations), len(triples))


def _summarize_oxigraph(graph: Graph) -> GraphSummary:
    # one aggregate query in Oxigraph over the merge, instead of reading every triple into Python
    query = """SELECT
      (COUNT(DISTINCT IF(?p = rdf:type && ?o = kg:Document, ?s, ?none)) AS ?documents)
      (COUNT(DISTINCT IF(?p = kg:entityType, ?s, ?none)) AS ?entities)
      (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"""
    row = next(iter(graph.query(query)))
    relations = graph.query("SELECT (COUNT(*) AS ?n) WHERE { VALUES ?p { %s } ?s ?p ?o }"
                            % " ".join(f"<{p.iri}>" for p in PREDICATES.values()))
    return GraphSummary(int(row[0]), int(row[1]), int(next(iter(relations))[0]), int(row[2]))


@dataclass(frozen=True)
class Settings:
    """How a job reads and extracts: the pipeline and its batching, processes or Dask cluster, the pace of web
    requests and the WARC folder, where input errors go (``None``: the first one raises) and what wraps the
    stream of extractions (a progress bar)."""

    model: str = DEFAULT_MODEL
    batch_size: int = 16
    n_process: int = 1
    dask: str | None = None
    delay: float = 1.0
    archive: Path | None = None
    on_error: Callable[[InputError], None] | None = None
    stdin: TextIO | None = None
    progress: Callable[[Iterable[Extraction]], Iterable[Extraction]] | None = None

    def extractions(self, inputs: Sequence[str], keep: Callable[[Document], bool] | None = None
                    ) -> Iterable[Extraction]:
        """:func:`run_extraction` of ``inputs`` with these settings, wrapped in :attr:`progress`."""
        stream = run_extraction(inputs, model=self.model, on_error=self.on_error, stdin=self.stdin,
                                batch_size=self.batch_size, n_process=self.n_process, keep=keep, dask=self.dask)
        return self.progress(stream) if self.progress is not None else stream


@contextmanager
def web_run(store: Path | None, settings: Settings, notes: list[str]) -> Iterator[WebSession]:
    """Run the block in a web session; with a store, its fetch state is loaded first and saved after success;
    with ``settings.archive``, fetched pages are written to a WARC file in that folder. What the session fetched
    is appended to ``notes`` (nothing when it made no request)."""
    from kg.ingest.dedup import StoryIndex
    from kg.ingest.fetch import Fetcher, FetchSettings
    from kg.ingest.web import WebSession, web_session
    from kg.store.state import FetchState

    state = FetchState.load(store)
    session = WebSession(fetcher=Fetcher(FetchSettings(delay=settings.delay)), state=state,
                         stories=StoryIndex.from_json(state.stories))
    if settings.archive is not None:
        from kg.ingest.archive import WarcArchive

        session.archive = WarcArchive(settings.archive)
    try:
        with web_session(session):
            yield session
    finally:
        if session.archive is not None:
            session.archive.close()
    if store is not None and Path(store).is_dir():
        state.stories = session.stories.to_json()
        state.save(store)
    if session.fetcher.requests:
        kept = f"; kept in {session.archive.path}" if session.archive is not None and session.archive.records else ""
        notes.append(f"Web: {session.summary()}{kept}")


@dataclass
class ExtractReport:
    """What :func:`extract_file` wrote.

    >>> print(ExtractReport(Path("out.jsonl"), 3))
    Wrote out.jsonl: 3 documents
    """

    output: Path | str
    documents: int
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"Wrote {self.output}: {self.documents} documents"


def extract_file(inputs: Sequence[str], output: str | Path, settings: Settings = Settings(), *,
                 stdout: TextIO | None = None) -> ExtractReport:
    """Extract every article of ``inputs`` into the JSON Lines file ``output`` (``-``: ``stdout``), streamed."""
    notes: list[str] = []
    with web_run(None, settings, notes):
        count = write_jsonl(settings.extractions(inputs), output, stdout=stdout)
    return ExtractReport(output, count, notes)


@dataclass
class BuildReport:
    """What :func:`build` wrote and the graph it holds.

    >>> print(BuildReport([Path("g.ttl"), Path("g.html")], GraphSummary(1, 2, 3, 40)))
    Wrote g.ttl and g.html: 1 documents, 2 entities, 3 relations, 40 triples
    """

    written: list[Path]
    summary: GraphSummary
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"Wrote {' and '.join(str(p) for p in self.written)}: {self.summary}"


def build(inputs: Sequence[str], output: Path, settings: Settings = Settings(), *, html: Path | None = None,
          fmt: str | None = None) -> BuildReport:
    """Extract every article of ``inputs`` and write the RDF graph to ``output`` (and the page to ``html``).

    The graph is streamed through store folders in a scratch folder beside ``output``, so memory stays flat for
    any number of articles; the file is written only once the whole graph is built.
    """
    import tempfile

    from kg.rdf import guess_format, save_graph

    guess_format(output, fmt)  # fail before the work on an unknown format
    try:
        scratch_dir = tempfile.TemporaryDirectory(prefix=".kg-build-", dir=output.parent if output.parent.is_dir()
                                                  else None, ignore_cleanup_errors=True)
    except OSError as exc:
        raise OutputError(f"{output.parent}: cannot make a scratch folder for the build: "
                          f"{exc.strerror or exc}") from exc
    notes: list[str] = []
    with scratch_dir as scratch:
        with web_run(None, settings, notes):
            ds = build_dataset(settings.extractions(inputs), folder=scratch)
        written = [save_graph(ds, output, fmt)]
        if html is not None:
            written.append(write_page(ds, html))
        summary = summarize(ds)
        del ds
        _close_stores()  # the stores close (RocksDB stops writing) before their folders are removed
    return BuildReport(written, summary, notes)


def write_page(graph: Graph, html: Path) -> Path:
    """The interactive page of ``graph`` written to ``html``."""
    from kg.analysis import to_networkx
    from kg.viz import render_html

    render_html(to_networkx(graph), html, title="kg graph")
    return html


@dataclass
class StoreReport:
    """What :func:`update_store` did and what the store holds after it."""

    written: list[Path]
    ingest: IngestReport
    summary: GraphSummary
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"Updated {' and '.join(str(p) for p in self.written)}: {self.ingest}; "
                f"the store holds {self.summary}")


def update_store(store: Path, inputs: Sequence[str], settings: Settings = Settings(), *, create: bool = False,
                 force: bool = False, output: Path | None = None, html: Path | None = None,
                 fmt: str | None = None) -> StoreReport:
    """Ingest articles into the store folder ``store`` (made when ``create``), then write its whole graph to
    ``output`` and its page to ``html`` when asked. Only new or changed articles are extracted (all with
    ``force``); each is committed on its own."""
    from kg.rdf import guess_format, save_graph
    from kg.store import WritableStore, ingest, store_dataset, store_graph

    if output is not None:
        guess_format(output, fmt)  # fail before the work on an unknown format
    held = WritableStore(store, create=create)
    notes: list[str] = []
    with web_run(store, settings, notes):  # the store remembers validators, fetched entries and stories
        report = ingest(held, inputs, model=settings.model, on_error=settings.on_error, stdin=settings.stdin,
                        batch_size=settings.batch_size, n_process=settings.n_process, force=force,
                        dask=settings.dask, progress=settings.progress)
    kb = held.store
    graph = store_graph(kb)
    written = [store]
    if output is not None:
        written.append(save_graph(store_dataset(kb), output, fmt))
    if html is not None:
        written.append(write_page(graph, html))
    summary = summarize(graph)
    del graph, kb, held
    _close_stores()
    return StoreReport(written, report, summary, notes)


def _close_stores() -> None:
    """Collect the rdflib objects that still reference a store (they hold it in reference cycles), so that the
    database closes and its lock is released before the job returns: the folder can be opened again at once."""
    import gc

    gc.collect()


@dataclass
class RemoveReport:
    """What :func:`remove_from_store` retracted and what the store holds after it.

    >>> print(RemoveReport(Path("kb"), ["d1"], GraphSummary(6, 90, 80, 2000)))
    Removed 1 document(s) from kb; the store holds 6 documents, 90 entities, 80 relations, 2000 triples
    """

    store: Path
    removed: list[str]
    summary: GraphSummary

    def __str__(self) -> str:
        return f"Removed {len(self.removed)} document(s) from {self.store}; the store holds {self.summary}"


def remove_from_store(store: Path, doc_ids: Sequence[str]) -> RemoveReport:
    """Retract the documents ``doc_ids`` from the store folder ``store``, with every edge and entity only they
    supported."""
    from kg.store import open_store, remove_documents, store_graph

    kb = open_store(store)
    removed = remove_documents(kb, list(doc_ids))
    summary = summarize(store_graph(kb))
    del kb
    _close_stores()
    return RemoveReport(store, list(removed), summary)
