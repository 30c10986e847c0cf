"""A read-only SPARQL 1.1 Protocol endpoint over a store, and the graph page: an ASGI app served by uvicorn.

* ``GET /sparql?query=…`` and ``POST /sparql`` (a form with ``query=…``, or the query itself as
  ``application/sparql-query``), with ``default-graph-uri`` and ``named-graph-uri`` as the protocol defines;
* results by content negotiation (``Accept``, or a ``format`` parameter): SPARQL JSON, XML, CSV or TSV for SELECT and
  ASK; Turtle, N-Triples or RDF/XML for CONSTRUCT and DESCRIBE;
* every failure is a status with a one-line ``Error: …`` body: 400 for a malformed request or query (also one
  nested too deep or too long, checked before any parser sees it), 403 for UPDATE (found by reading the query, not
  by words in it) and for SERVICE, 404, 405, 406, 413 for a body over the limit, 415, 503 for a query past the time
  limit (its worker process is killed, so it stops) or when every worker is busy;
* ``GET /`` is the interactive graph page of the whole graph.

The default graph is the store's merged graph; each document's graph can be named with ``GRAPH kgd:<doc_id>``.
No ``Access-Control-Allow-Origin`` header is sent unless an origin is allowed (``cors``): a web page the analyst
opens cannot read the knowledge base through the browser.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import tempfile
import threading
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response

from kg.errors import GraphError, QueryError
from kg.query.guard import ServiceRefused, UpdateRefused, check_query
from kg.rdf.engine import Store, is_iri, write_store
from kg.serve.workers import GRAPHS, RESULTS, Job, RequestError, WorkerPool, negotiate
from kg.vocab import PREFIX_IRIS

__all__ = ["SparqlServer", "make_server", "negotiate", "GRAPHS", "RESULTS"]

#: short names accepted in a ``format`` (or ``output``) parameter
_FORMAT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
    "nt": "application/n-triples", "n-triples": "application/n-triples", "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "n3": "text/turtle",
}
_READ_ONLY = "SPARQL UPDATE is refused: this endpoint is read-only"
#: bytes of a request body the endpoint reads (a query, or a form holding one)
MAX_BODY = 1_000_000


def _parse_params(raw: bytes, what: str) -> dict[str, list[str]]:
    try:
        return parse_qs(raw.decode("ascii"), keep_blank_values=True, strict_parsing=False, encoding="utf-8",
                        errors="strict", max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"cannot read the {what}: {exc}") from None


def _graph_iris(params: dict[str, list[str]], name: str) -> tuple[str, ...]:
    for iri in params.get(name, []):
        if not is_iri(iri):
            raise RequestError(HTTPStatus.BAD_REQUEST, f"{name} {iri[:100]!r} is not an IRI")
    return tuple(params.get(name, []))


class SparqlApp:
    """The ASGI application: routes, request checks, and the worker pool that runs the queries."""

    def __init__(self, pool: WorkerPool, page: bytes, *, cors: str | None = None, max_body: int = MAX_BODY) -> None:
        self.pool, self.page, self.cors, self.max_body = pool, page, cors, max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            response = await self._route(request)
        except RequestError as exc:
            response = self._error(exc.status, str(exc))
        for name, value in self._cors_headers().items():
            response.headers[name] = value
        await response(scope, receive, send)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.pool.start()
                except Exception as exc:  # noqa: BLE001 - reported to uvicorn, which stops
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await asyncio.to_thread(self.pool.close)
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _cors_headers(self) -> dict[str, str]:
        if not self.cors:
            return {}
        return {"Access-Control-Allow-Origin": self.cors, "Vary": "Origin",
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept"}

    @staticmethod
    def _error(status: HTTPStatus | int, message: str, headers: dict[str, str] | None = None) -> Response:
        return Response(f"Error: {message}\n", status_code=int(status), media_type="text/plain; charset=utf-8",
                        headers=headers)

    async def _route(self, request: Request) -> Response:
        path, method = request.url.path, request.method
        if path in ("/", "/index.html"):
            if method not in ("GET", "HEAD"):
                return self._error(405, f"{method} is not allowed on {path}", {"Allow": "GET, HEAD"})
            return Response(self.page, media_type="text/html; charset=utf-8")
        if path != "/sparql":
            return self._error(404, f"no such page {path}; the endpoint is /sparql")
        if method == "OPTIONS" and self.cors:
            return Response(status_code=204)
        params = _parse_params(request.scope.get("query_string", b""), "query string")
        if method in ("GET", "HEAD"):
            return await self._query(request, params, None)
        if method != "POST":
            return self._error(405, f"{method} is not allowed on /sparql", {"Allow": "GET, HEAD, POST"})
        body = await self._body(request)
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise RequestError(HTTPStatus.FORBIDDEN, _READ_ONLY)
        if ctype == "application/sparql-query":
            try:
                return await self._query(request, params, body.decode("utf-8"))
            except UnicodeDecodeError:
                raise RequestError(HTTPStatus.BAD_REQUEST, "the query is not valid UTF-8") from None
        if ctype in ("application/x-www-form-urlencoded", ""):
            form = _parse_params(body, "form")
            if "update" in form:
                raise RequestError(HTTPStatus.FORBIDDEN, _READ_ONLY)
            return await self._query(request, {**params, **form}, None)
        raise RequestError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                           f"cannot read a {ctype[:80]} request; send application/x-www-form-urlencoded or "
                           "application/sparql-query")

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise RequestError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number")
            if int(declared) > self.max_body:
                raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                   f"the request body has {int(declared):,} bytes; at most {self.max_body:,} are read")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body:
                raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                   f"the request body is over {self.max_body:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def _query(self, request: Request, params: dict[str, list[str]], text: str | None) -> Response:
        queries = params.get("query", []) if text is None else [text]
        if len(queries) != 1 or not queries[0].strip():
            raise RequestError(HTTPStatus.BAD_REQUEST, "give exactly one query (query=…)")
        try:
            check_query(queries[0])
        except (UpdateRefused, ServiceRefused) as exc:
            raise RequestError(HTTPStatus.FORBIDDEN, _READ_ONLY if isinstance(exc, UpdateRefused) else str(exc)) \
                from None
        except QueryError as exc:
            raise RequestError(HTTPStatus.BAD_REQUEST, str(exc)) from None
        accept = request.headers.get("accept")
        # a format parameter (as some clients send) is one more choice, after those of the Accept header
        names = [_FORMAT_NAMES[n.lower()] for n in params.get("format", []) + params.get("output", [])
                 if n.lower() in _FORMAT_NAMES]
        if names:
            accept = ",".join(([accept] if accept else []) + names)
        job = Job(queries[0], accept, _graph_iris(params, "default-graph-uri"), _graph_iris(params, "named-graph-uri"))
        status, ctype, body = await self.pool.run(job)
        return Response(body, status_code=status, headers={"Content-Type": ctype})


class SparqlServer:
    """The endpoint bound to its socket: :meth:`serve_forever` runs it (Ctrl-C or :meth:`shutdown` stops it)."""

    def __init__(self, sock: socket.socket, app: SparqlApp, store: Store | None, scratch: Path | None = None) -> None:
        import uvicorn

        self.socket, self.app, self.store, self._scratch = sock, app, store, scratch
        self.server_address = sock.getsockname()
        config = uvicorn.Config(app, backlog=2048, log_config=None, log_level="error", access_log=False,
                                server_header=False, timeout_keep_alive=5, timeout_graceful_shutdown=2,
                                limit_concurrency=500, h11_max_incomplete_event_size=64 * 1024, http="auto",
                                lifespan="on")
        self._server = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        """Serve until Ctrl-C, SIGTERM or :meth:`shutdown`; :class:`GraphError` when the workers cannot start."""
        try:
            self._server.run(sockets=[self.socket])
        finally:
            self.app.pool.close()
            self._stopped.set()
        if not self._server.started:
            raise GraphError("the endpoint could not start its query workers (see the message above)")

    def shutdown(self) -> None:
        self._server.should_exit = True
        self._stopped.wait(timeout=10)

    def server_close(self) -> None:
        self.socket.close()
        self.app.pool.close()
        self.store = None  # closes the store (and its lock) when the last reference goes
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def _file_store(path: Path, folder: Path) -> Store:
    """An RDF file loaded into a new store folder laid out like kg's stores (document graphs plus their merge)."""
    from kg.rdf.io import load_graph

    return write_store(folder, load_graph(path))


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, so asyncio sets TCP_NODELAY on each connection (else a response's headers and body, sent
    # apart, wait 40 ms for the client's delayed acknowledgement)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise GraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.setblocking(False)
    return sock


def make_server(graph: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 30.0,
                title: str = "kg graph", cors: str | None = None, workers: int = 8,
                max_body: int = MAX_BODY) -> SparqlServer:
    """A server for a store folder (held open, so no other process writes it meanwhile) or an RDF file.

    Call ``serve_forever()`` on it (``port=0`` picks a free port; ``server.url`` tells which). Queries run in up to
    ``workers`` processes, each stopped after ``timeout`` seconds. Raises :class:`~kg.errors.GraphError` when the
    graph cannot be opened or the address is taken.
    """
    from kg.analysis import to_networkx
    from kg.store.graph import store_graph
    from kg.store.store import open_store
    from kg.viz.html import page_html

    path = Path(graph)
    scratch: Path | None = None
    if path.is_dir():
        store, folder = open_store(path), path
    else:
        scratch = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        folder = scratch / "store"
        try:
            store = _file_store(path, folder)
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
    page = page_html(to_networkx(store_graph(store)), title=title)
    sock = _listen(host, port)
    pool = WorkerPool(str(folder), PREFIX_IRIS, timeout=timeout, size=workers)
    return SparqlServer(sock, SparqlApp(pool, page.encode("utf-8"), cors=cors, max_body=max_body), store, scratch)
