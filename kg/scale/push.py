"""Upload a store's document graphs to any SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT, one per graph).

A graph is replaced as a whole, so pushing again after ``kg add`` brings the endpoint up to date. With the Oxigraph
server (``oxigraph serve``) the endpoint is ``http://host:7878/store``; Fuseki's is ``http://host:3030/DATASET/data``.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.errors import KgError
from kg.rdf.engine import Store, dump_graph, graph_names


class PushError(KgError):
    """The endpoint refused a graph or could not be reached."""


@dataclass
class PushReport:
    """What a push sent.

    >>> print(PushReport(graphs=3, triples=120, endpoint="http://localhost:7878/store"))
    3 graphs (120 triples) to http://localhost:7878/store
    """

    graphs: int
    triples: int
    endpoint: str

    def __str__(self) -> str:
        return f"{self.graphs} graphs ({self.triples} triples) to {self.endpoint}"


def graph_url(endpoint: str, graph: str) -> str:
    """The Graph Store Protocol URL of a named graph (indirect identification, ``?graph=``).

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/kg-geotech/doc/d1")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg-geotech%2Fdoc%2Fd1'
    """
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def push_store(store: Store, endpoint: str, *, graphs: Iterable[str] | None = None, user: str | None = None,
               password: str | None = None, timeout: float = 60.0,
               progress: Callable[[Iterable[str]], Iterable[str]] | None = None) -> PushReport:
    """PUT every named graph of ``store`` (or those named in ``graphs``) to ``endpoint``; return what was sent.

    Raises :class:`PushError` on the first graph the endpoint does not accept (with its HTTP status and message).
    """
    names = list(graphs) if graphs is not None else graph_names(store)
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    count = triples = 0
    for name in progress(names) if progress is not None else names:
        body = dump_graph(store, name, "nt")
        request = urllib.request.Request(graph_url(endpoint, name), data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:200]
            raise PushError(f"{endpoint} refused graph {name}: HTTP {exc.code} {detail}".rstrip()) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"cannot reach {endpoint}: {reason}") from exc
        count += 1
        triples += body.count(b"\n")
    return PushReport(count, triples, endpoint)
