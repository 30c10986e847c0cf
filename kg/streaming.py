"""The extraction stream: articles read from their inputs and extracted in input order, in this process, in
several processes or on a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from kg.errors import InputError
from kg.records import Document, Extraction
from kg.resources import DEFAULT_MODEL


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
