"""The jobs the CLI runs, as plain functions: read inputs, extract, build, summarise."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from rdflib import Graph
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.records import Document, Extraction
from kg.resources import DEFAULT_MODEL
from kg.vocab import KG, PREDICATES


def run_extraction(inputs: Sequence[str], *, model: str = DEFAULT_MODEL,
                   on_error: Callable[[InputError], None] | None = None, stdin: TextIO | None = None,
                   batch_size: int = 16, n_process: int = 1,
                   keep: Callable[[Document], bool] | None = None) -> Iterator[Extraction]:
    """Read articles from ``inputs`` and yield their extractions, loading the pipeline only once input exists.

    ``keep`` chooses the documents to extract (a store passes over those it holds unchanged); when it keeps none,
    the pipeline is not loaded at all.
    """
    from kg.ingest import iter_documents

    # errors before the first document are held back: with no document at all, the error itself is the message
    held: list[InputError] = []
    documents = iter_documents(inputs, on_error=held.append if on_error is not None else None, stdin=stdin)
    first = next(documents, None)
    if first is None:
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
    from kg.extract import extract  # spaCy is imported only once there is something to extract
    from kg.nlp.pipeline import build_nlp

    nlp = build_nlp(model)
    yield from extract(chosen, nlp, batch_size=batch_size, n_process=n_process)


def extractions_jsonl(extractions: Iterable[Extraction]) -> str:
    """JSON Lines in the system format of the evaluation guidelines, one document a line, sorted by doc_id."""
    return "".join(json.dumps(ex.to_json(), ensure_ascii=False, sort_keys=False) + "\n"
                   for ex in sorted(extractions, key=lambda e: e.doc.doc_id))


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
    predicates = {p.iri for p in PREDICATES.values()}
    triples = set(graph.triples((None, None, None)))
    documents = {s for s, p, o in triples if p == RDF.type and o == KG.Document}
    entities = {s for s, p, o in triples if p == KG.entityType}
    relations = {(s, p, o) for s, p, o in triples if p in predicates}
    return GraphSummary(len(documents), len(entities), len(relations), len(triples))
