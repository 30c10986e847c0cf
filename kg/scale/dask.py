"""Extraction on a Dask cluster: workers load the pipeline once and send back small extraction records, in order.

``kg extract --dask tcp://scheduler:8786`` (or ``--dask local`` for a cluster of local processes) reads the articles
in the client, sends them to the workers in chunks and writes what comes back exactly as a local run does, so the
output (JSON Lines, RDF file or store) is the same bytes. Each worker process keeps one pipeline per model in memory
and runs one chunk at a time. Workers need kg and the spaCy model installed, like the client.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from kg.errors import KgError
from kg.records import Document, Extraction

#: model name -> the pipeline loaded in this worker process
_PIPELINES: dict[str, Any] = {}
_LOCK = threading.Lock()


class ClusterError(KgError):
    """The Dask cluster cannot be reached or started."""


def _pipeline(model: str) -> Any:
    if model not in _PIPELINES:
        from kg.nlp.pipeline import build_nlp

        _PIPELINES[model] = build_nlp(model)
    return _PIPELINES[model]


def extract_chunk(chunk: list[Document], model: str, batch_size: int) -> list[Extraction]:
    """Run on a worker: extract a chunk of documents with the worker's pipeline (loaded on its first chunk)."""
    from kg.extract import extract

    with _LOCK:  # one pipeline per process: chunks on several threads of one worker take turns
        return list(extract(chunk, _pipeline(model), batch_size=batch_size))


@contextmanager
def dask_client(address: str, workers: int = 2) -> Iterator[Any]:
    """A client of the scheduler at ``address``, or of a new local cluster of ``workers`` processes for ``local``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ClusterError("Dask is not installed: pip install 'kg[dask]'") from exc
    if address == "local":
        with LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()


def extract_on_dask(documents: Iterable[Document], client: Any, *, model: str, batch_size: int = 16,
                    chunk_size: int = 64) -> Iterator[Extraction]:
    """Extract ``documents`` on the cluster of ``client``; yield the records in input order.

    At most two chunks per worker thread are in flight, so the client never reads far ahead of the cluster.
    """
    threads = max(sum(client.nthreads().values()), 1)
    docs = iter(documents)
    pending: deque = deque()
    while True:
        chunk = list(islice(docs, chunk_size))
        if chunk:
            pending.append(client.submit(extract_chunk, chunk, model, batch_size, pure=False))
        if pending and (len(pending) > 2 * threads or not chunk):
            yield from pending.popleft().result()
        elif not chunk:
            return
