"""The jobs the CLI runs, as plain functions: read inputs, extract, build, summarise."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.fsutil import atomic_open
from kg.records import Document, Extraction
from kg.resources import DEFAULT_MODEL
from kg.vocab import KG, PREDICATES


def run_extraction(inputs: Sequence[str], *, model: str = DEFAULT_MODEL,
                   on_error: Callable[[InputError], None] | None = None, stdin: TextIO | None = None,
                   batch_size: int = 16, n_process: int = 1,
                   keep: Callable[[Document], bool] | None = None, dask: str | None = None) -> Iterator[Extraction]:
    """Read articles from ``inputs`` and yield their extractions, loading the pipeline only once input exists.

    ``keep`` chooses the documents to extract (a store passes over those it holds unchanged); when it keeps none,
    the pipeline is not loaded at all. ``n_process`` runs the pipeline in that many processes; ``dask`` on the
    Dask cluster whose scheduler is at that address (``local``: a cluster of ``n_process`` local processes). The
    extractions come in input order whichever runs them.
    """
    from kg.ingest import iter_documents

    if dask is not None:
        from kg.scale.warc import extract_warcs_on_dask, warc_paths

        if (warcs := warc_paths(inputs)) is not None:  # WARC files: read on the cluster too
            yield from extract_warcs_on_dask(warcs, address=dask, workers=max(n_process, 2), model=model,
                                             batch_size=batch_size, keep=keep, on_error=on_error)
            return
    # errors before the first document are held back: with no document at all, the error itself is the message
    held: list[InputError] = []
    documents = iter_documents(inputs, on_error=held.append if on_error is not None else None, stdin=stdin)
    first = next(documents, None)
    if first is None:
        if not held and _nothing_new(inputs):
            return
        if len(held) == 1:
            raise held[0]
        reason = f" ({len(held)} inputs could not be read; first: {held[0]})" if held else ""
        raise InputError(" ".join(inputs) or "-", f"no documents to process{reason}")
    for err in held:
        on_error(err)  # type: ignore[misc]
    documents = iter_documents_rest(documents, held, on_error)

    def chain(head: Document, rest: Iterator[Document]) -> Iterator[Document]:
        yield head
        yield from rest

    chosen: Iterator[Document] = chain(first, documents)
    if keep is not None:
        chosen = (doc for doc in chosen if keep(doc))
        head = next(chosen, None)
        if head is None:
            return
        chosen = chain(head, chosen)
    if dask is not None:
        from kg.scale.dask import dask_client, extract_on_dask

        with dask_client(dask, workers=max(n_process, 2)) as client:
            yield from extract_on_dask(chosen, client, model=model, batch_size=batch_size)
        return
    from kg.extract import extract  # spaCy is imported only once there is something to extract
    from kg.nlp.pipeline import build_nlp

    nlp = build_nlp(model)
    yield from extract(chosen, nlp, batch_size=batch_size, n_process=n_process)


def _nothing_new(inputs: Sequence[str]) -> bool:
    """Whether every input is a feed or URL that the web session found unchanged since the last run."""
    from kg.ingest.web import active_session

    session = active_session()
    return session is not None and bool(inputs) and set(inputs) <= session.unchanged_inputs


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


def iter_documents_rest(documents: Iterator, held: list[InputError],
                        on_error: Callable[[InputError], None] | None) -> Iterator:
    """The remaining documents, passing errors met from now on straight to ``on_error``."""
    seen = len(held)
    for doc in documents:
        for err in held[seen:]:
            on_error(err)  # type: ignore[misc]
        seen = len(held)
        yield doc
    for err in held[seen:]:
        on_error(err)  # type: ignore[misc]


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
    from kg.rdf.oxigraph import in_oxigraph

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
