"""Extraction step: documents -> spaCy ``Doc`` -> :class:`~kg.records.Extraction` records, streamed.

With ``n_process`` above 1 the documents go to worker processes in chunks; each worker runs the pipeline and turns
its docs into extraction records itself, so only small records travel back. Records come back in input order.
spaCy's own ``nlp.pipe(n_process=...)`` works with kg's pipeline too (its Doc attributes are plain data) and gives
the same records, but sends every ``Doc`` back whole (about 80 kB of bytes each, two thirds of it the tensor) and
rebuilds it in the parent: measured slower (``benchmarks/scale.py --only 1``, 200 articles: 713 against 851 words/s,
and 723 against 1,031 in a second run), so kg keeps its pool.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import extensions
from kg.nlp.event_dates import resolve_date
from kg.records import Document, Extraction, Relation

#: the pipeline of a worker process (inherited from the parent when it forks)
_WORKER_NLP: Language | None = None


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """The entities and relations a processed ``Doc`` carries, as a record for ``document``."""
    entities = extensions.entities(doc)
    # Doc.text joins every token each time it is read: the document's own text is the same when the doc was made
    # from it (the tokenizer keeps every character), as the pipeline's docs are
    last = doc[-1] if len(doc) else None
    text = document.text if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(document.text) \
        else doc.text
    found = extensions.relations(doc)
    used = {r.subject for r in found} | {r.object for r in found}
    relations: list[Relation] = []
    for rel in found:
        if rel.subject in entities and rel.object in entities:
            rel.date = resolve_date(rel.date, document.published) if rel.date else None
            relations.append(rel)
    # a country named only inside another name ("Government of Russia") still counts when a relation uses it
    ents = [e for eid, e in entities.items() if e.aliases or eid in used or e.label in text]
    return Extraction(doc=document, entities=sorted(ents, key=lambda e: e.id), relations=relations)


def extract(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16,
            n_process: int = 1) -> Iterator[Extraction]:
    """Run ``nlp`` over documents in batches and yield one extraction per document, in input order.

    Documents are read as they are needed, so memory stays flat whatever the number of documents. BLAS runs one
    thread per process meanwhile: the model's matrices are small, and OpenBLAS's spinning helper threads cost more
    than they give (measured: 5,900 against 5,200 words/s in one process, and 1.8x rather than 1.4x with two).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1), frozen_heap():
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from _extract_parallel(documents, nlp, batch_size, n_process)
            return
        pairs = ((d.text, d) for d in documents)
        for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield doc_to_extraction(doc, document)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave the objects alive now (the loaded pipeline, its gazetteer and lexicons: some 160,000) out of garbage
    collection until the block ends (:func:`gc.freeze`). Extraction makes and drops many small objects, and every
    collection of the oldest generation would walk the pipeline's objects again (0.14 s of CPU per 200 articles,
    0.05 s frozen); forked workers then also share those objects' memory pages instead of copying them.

    A block inside a frozen one leaves the freezing to the outer one.

    >>> with frozen_heap():
    ...     gc.get_freeze_count() > 0
    True
    >>> gc.get_freeze_count()
    0
    """
    outer = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not outer:
            gc.unfreeze()


def _worker_init() -> None:
    # one BLAS thread per worker: with a pool of them per process, N workers on N cores fight for the cores
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _extract_chunk(chunk: list[Document], batch_size: int) -> list[Extraction]:
    assert _WORKER_NLP is not None
    pairs = ((d.text, d) for d in chunk)
    return [doc_to_extraction(doc, document)
            for doc, document in _WORKER_NLP.pipe(pairs, as_tuples=True, batch_size=batch_size)]


def _extract_parallel(documents: Iterable[Document], nlp: Language, batch_size: int,
                      n_process: int) -> Iterator[Extraction]:
    global _WORKER_NLP
    _WORKER_NLP = nlp  # the forked workers share the loaded pipeline's memory: nothing is loaded or sent again
    docs = iter(documents)
    pending: deque = deque()
    try:
        with multiprocessing.get_context("fork").Pool(n_process, initializer=_worker_init) as pool:
            # a bounded window of chunks in flight keeps every worker busy without reading the corpus ahead
            while True:
                chunk = list(islice(docs, batch_size))
                if chunk:
                    pending.append(pool.apply_async(_extract_chunk, (chunk, batch_size)))
                if pending and (len(pending) > 2 * n_process or not chunk):
                    yield from pending.popleft().get()
                elif not chunk:
                    break
    finally:
        _WORKER_NLP = None
