"""A folder of WARC files on a Dask cluster: the workers read the files (trafilatura, the expensive part of
reading) in parallel, the client assigns the stories in file order, and the pipeline runs on the same workers.

``kg build crawl/ --dask local -j 4`` (or ``--dask tcp://scheduler:8786``) gives the same graph as without
``--dask``: documents come back in input order, and the stories are assigned where a local run assigns them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence

from kg.errors import InputError
from kg.records import Document, Extraction


def warc_paths(inputs: Sequence[str]) -> list[str] | None:
    """The files of ``inputs`` when every one is a WARC file (given, in a folder or by a glob), else None.

    >>> warc_paths(["a.txt"]) is None, warc_paths([])
    (True, None)
    """
    from kg.ingest.readers import expand_input
    from kg.ingest.warc import is_warc

    paths: list[str] = []
    for item in inputs:
        try:
            files = expand_input(item)
        except InputError:
            return None
        if not all(is_warc(path) for path in files):
            return None
        paths.extend(files)
    return paths or None


def read_warc_file(path: str) -> tuple[list[Document], list[InputError]]:
    """Run on a worker: the documents of one WARC file and the errors of its records."""
    from kg.ingest.warc import read_warc

    errors: list[InputError] = []
    try:
        docs = list(read_warc(path, on_error=errors.append))
    except InputError as err:
        return [], [err]
    return docs, errors


def warc_documents_on_dask(paths: Sequence[str], client, *,  # noqa: ANN001 (a distributed.Client)
                           on_error: Callable[[InputError], None] | None) -> Iterator[Document]:
    """The documents of the WARC files, read on the cluster (a few files ahead of the client), in file order."""
    ahead = max(2 * sum(client.nthreads().values()), 2)
    pending: deque = deque()
    todo = iter(paths)
    while True:
        while len(pending) < ahead and (path := next(todo, None)) is not None:
            pending.append(client.submit(read_warc_file, path, pure=False))
        if not pending:
            return
        docs, errors = pending.popleft().result()
        for err in errors:
            if on_error is None:
                raise err
            on_error(err)
        yield from docs


def extract_warcs_on_dask(paths: Sequence[str], *, address: str, workers: int, model: str, batch_size: int,
                          keep: Callable[[Document], bool] | None,
                          on_error: Callable[[InputError], None] | None) -> Iterator[Extraction]:
    """Read the WARC files and extract their documents on one Dask cluster; the extractions in input order."""
    from kg.ingest.web import WebSession, active_session, assign_stories
    from kg.scale.dask import dask_client, extract_on_dask

    session = active_session() or WebSession()
    with dask_client(address, workers=workers) as client:
        docs: Iterator[Document] = assign_stories(warc_documents_on_dask(paths, client, on_error=on_error),
                                                  session.stories)
        if keep is not None:
            docs = (doc for doc in docs if keep(doc))
        yield from extract_on_dask(docs, client, model=model, batch_size=batch_size)
