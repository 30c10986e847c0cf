"""A read-only SPARQL 1.1 Protocol endpoint over a store, and the graph page, on the standard library's HTTP server.

* ``GET /sparql?query=…`` and ``POST /sparql`` (a form with ``query=…``, or the query itself as
  ``application/sparql-query``), with ``default-graph-uri`` and ``named-graph-uri`` as the protocol defines;
* results by content negotiation (``Accept``, or a ``format`` parameter): SPARQL JSON, XML, CSV or TSV for SELECT and
  ASK; Turtle, N-Triples or RDF/XML for CONSTRUCT and DESCRIBE;
* UPDATE is refused (403), a syntax error is a 400, a query past the time limit a 503, each with a one-line message;
* ``GET /`` is the interactive graph page of the whole graph.

The default graph is the store's merged graph; each document's graph can be named with ``GRAPH kgd:<doc_id>``.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import GraphError
from kg.query.run import INIT_NS

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML, "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
}
#: short names accepted in a ``format`` (or ``output``) parameter
_FORMAT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
    "nt": "application/n-triples", "n-triples": "application/n-triples", "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "n3": "text/turtle",
}
_UPDATE_RE = re.compile(r"^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*"
                        r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


class RequestError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(accept: str | None, offers: dict[str, Any]) -> str | None:
    """The media type of ``offers`` the ``Accept`` header prefers (the first offer when it accepts anything).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", _RESULTS)
    'application/sparql-results+json'
    >>> negotiate("text/*", _GRAPHS), negotiate(None, _GRAPHS), negotiate("image/png", _GRAPHS)
    ('text/turtle', 'text/turtle', None)
    """
    if not accept or not accept.strip():
        return next(iter(offers))
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media, q = parts[0].lower(), 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, position, media))
    for _, _, media in sorted(ranked):
        if media in offers:
            return media
        if media == "*/*":
            return next(iter(offers))
        if media.endswith("/*"):
            match = next((o for o in offers if o.startswith(media[:-1])), None)
            if match:
                return match
    return None


def _is_update(text: str) -> bool:
    return bool(_UPDATE_RE.match(text))


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: a store, the page to show at ``/``, and a pool that runs queries under a time limit."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, page: str, *, timeout: float = 30.0,
                 workers: int = 4) -> None:
        super().__init__(address, _Handler)
        self.store, self.page, self.timeout = store, page.encode("utf-8"), timeout
        # Oxigraph cannot cancel a running query: one past its time is answered and left to finish in its worker
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-sparql")

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)

    def answer(self, query: str, accept: str | None, default_graphs: list[str],
               named_graphs: list[str]) -> tuple[str, bytes]:
        """Run ``query`` and return (content type, body); raises :class:`RequestError` for every failure."""
        if _is_update(query):
            raise RequestError(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
        future = self.pool.submit(self._run, query, accept, default_graphs, named_graphs)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            future.cancel()
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"the query ran past the time limit of {self.timeout:g} s") from None

    def _run(self, query: str, accept: str | None, default_graphs: list[str],
             named_graphs: list[str]) -> tuple[str, bytes]:
        options: dict[str, Any] = {"prefixes": INIT_NS}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        result: Any = None
        try:
            result = self.store.query(query, **options)
            graph_result = isinstance(result, ox.QueryTriples)
            offers = _GRAPHS if graph_result else _RESULTS
            media = negotiate(accept, offers)
            if media is None:
                raise RequestError(HTTPStatus.NOT_ACCEPTABLE,
                                   f"cannot answer in {accept}; choose from {', '.join(offers)}")
            body = result.serialize(format=offers[media])
        except SyntaxError as exc:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"invalid SPARQL: {' '.join(str(exc).split())[:300]}") from exc
        except (OSError, ValueError) as exc:
            raise RequestError(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed: {exc}") from exc
        finally:
            # Oxigraph's results must be freed on the thread that made them, not where an error is read
            result = None
        charset = "" if media == "application/rdf+xml" else "; charset=utf-8"
        return media + charset, body or b""


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the library does not print
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.server.page)
        elif url.path == "/sparql":
            self._query(parse_qs(url.query, keep_blank_values=True), None)
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no such page {url.path}; the endpoint is /sparql")

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path}; the endpoint is /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", errors="replace") if length else ""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
        elif ctype == "application/sparql-query":
            self._query(params, body)
        elif ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
            else:
                self._query({**params, **form}, None)
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"cannot read a {ctype} request; send "
                        "application/x-www-form-urlencoded or application/sparql-query")

    def _query(self, params: dict[str, list[str]], text: str | None) -> None:
        queries = params.get("query", []) if text is None else [text]
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one query (query=…)")
            return
        accept = self.headers.get("Accept")
        # a format parameter (as some clients send) is one more choice, after those of the Accept header
        names = [_FORMAT_NAMES[n.lower()] for n in params.get("format", []) + params.get("output", [])
                 if n.lower() in _FORMAT_NAMES]
        if names:
            accept = ",".join(([accept] if accept else []) + names)
        try:
            ctype, body = self.server.answer(queries[0], accept, params.get("default-graph-uri", []),
                                             params.get("named-graph-uri", []))
        except RequestError as exc:
            self._error(exc.status, str(exc))
            return
        self._send(HTTPStatus.OK, ctype, body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", f"Error: {message}\n".encode("utf-8"))

    def _send(self, status: HTTPStatus, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")  # the endpoint only reads: any page may query it
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _file_store(path: Path) -> ox.Store:
    """An RDF file in an in-memory store laid out like a store on disk (document graphs plus their merge)."""
    from kg.rdf.io import load_graph
    from kg.store.store import to_ox

    ds = load_graph(path)
    store = ox.Store()
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g) if g is not None and not str(g).startswith(
        "urn:x-rdflib:default") else ox.DefaultGraph()) for s, p, o, g in ds.quads((None, None, None, None)))
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def make_server(graph: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
                title: str = "kg graph") -> SparqlServer:
    """A server for a store folder (held open, so no other process writes it meanwhile) or an RDF file.

    Call ``serve_forever()`` on it (``port=0`` picks a free port; ``server.url`` tells which). Raises
    :class:`~kg.errors.GraphError` when the graph cannot be opened or the address is taken.
    """
    from kg.analysis import to_networkx
    from kg.store.graph import store_graph
    from kg.store.store import open_store
    from kg.viz.html import page_html

    path = Path(graph)
    store = open_store(path) if path.is_dir() else _file_store(path)
    view = store_graph(store)
    page = page_html(to_networkx(view), title=title)
    try:
        return SparqlServer((host, port), store, page, timeout=timeout)
    except OSError as exc:
        raise GraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc

