"""Abuse of the SPARQL endpoint: every malformed or hostile request gets its status and one line, and the server
stays up and answers light queries while heavy ones are stopped."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.serve import make_server
from sample_graph import sample_store

QUERIES = Path(__file__).resolve().parents[1] / "data" / "queries"
TIMEOUT = 3.0
#: a cross product of every triple with itself six times: hours of work on any graph
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
LIGHT = 'SELECT ?e WHERE { ?e rdfs:label "China" }'


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    path = sample_store(tmp_path_factory.mktemp("hardening") / "kb")
    srv = make_server(path, port=0, timeout=TIMEOUT, workers=8)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    _wait_until_up(srv)
    yield srv
    srv.shutdown()
    srv.server_close()
    assert not thread.is_alive()


def _wait_until_up(srv) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{srv.url}/sparql?query=ASK%7B%7D", timeout=5).read()
            return
        except OSError:
            time.sleep(0.05)


def get(srv, query: str, headers: dict[str, str] | None = None, **params: str) -> tuple[int, bytes, dict]:
    url = f"{srv.url}/sparql?" + urllib.parse.urlencode({"query": query, **params})
    return request(urllib.request.Request(url, headers=headers or {}))


def request(req: urllib.request.Request, timeout: float = 30) -> tuple[int, bytes, dict]:
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers


def raw(srv, data: bytes, body: bytes = b"") -> bytes:
    """Send raw bytes and return the status line the server answers with."""
    host, port = srv.server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(data)
        try:
            sock.sendall(body)
        except OSError:  # the server answered and closed before reading the whole body
            pass
        reply = b""
        while b"\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply.split(b"\r\n", 1)[0]


def assert_alive(srv) -> None:
    status, body, _ = get(srv, LIGHT, {"Accept": "application/sparql-results+json"})
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"]


def test_deep_nesting_is_a_400_not_a_crash(server) -> None:
    query = "SELECT * WHERE { " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000 + " }"
    status, body, _ = get(server, query)
    assert status == 400
    assert body.decode().startswith("Error: the query nests groups 3001 deep") and body.count(b"\n") == 1
    assert_alive(server)


def test_oversized_query_is_a_400(server) -> None:
    status, body, _ = request(urllib.request.Request(
        f"{server.url}/sparql", data=b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 200_000,
        headers={"Content-Type": "application/sparql-query"}))
    assert status == 400 and b"characters; at most" in body


def test_service_is_refused_and_nothing_is_fetched(server) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.3)
    port = listener.getsockname()[1]
    try:
        status, body, _ = get(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}")
        assert status == 403 and b"SERVICE" in body
        with pytest.raises(socket.timeout):
            listener.accept()  # the endpoint never called out
    finally:
        listener.close()


def test_no_cors_header_by_default(server) -> None:
    status, _, headers = get(server, LIGHT, {"Origin": "https://evil.example"})
    assert status == 200
    assert "Access-Control-Allow-Origin" not in headers


def test_words_in_comments_and_strings_are_not_updates(server) -> None:
    query = '# download with care; DELETE nothing\nSELECT ?e WHERE { ?e rdfs:label ?l FILTER(?l != "INSERT") }'
    assert get(server, query)[0] == 200
    status, body, _ = get(server, "PREFIX x: <http://x/>\nWITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert status == 403 and body.startswith(b"Error: SPARQL UPDATE is refused")


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_every_saved_query_answers(server, name: str) -> None:
    status, body, _ = request(urllib.request.Request(
        f"{server.url}/sparql", data=(QUERIES / name).read_bytes(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}))
    assert status == 200, body
    assert "results" in json.loads(body)


def test_ten_megabyte_body_is_a_413(server) -> None:
    size = 10 * 1024 * 1024
    head = (f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()
    assert b" 413 " in raw(server, head, b"#" * size)
    chunked = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n" \
              b"Transfer-Encoding: chunked\r\n\r\n"
    chunk = b"%x\r\n%s\r\n" % (1 << 20, b"#" * (1 << 20))
    assert b" 413 " in raw(server, chunked, chunk * 3)
    assert_alive(server)


@pytest.mark.parametrize("head", [
    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\n",
    b"GET /sparql?query=%ff%fe HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /sparql HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
    b"GARBAGE\r\n\r\n",
])
def test_bad_requests_are_400(server, head: bytes) -> None:
    assert b" 400 " in raw(server, head)
    assert_alive(server)


def test_wrong_method_accept_and_type(server) -> None:
    assert request(urllib.request.Request(f"{server.url}/sparql", method="PUT", data=b"x"))[0] == 405
    assert get(server, LIGHT, {"Accept": "image/png"})[0] == 406
    assert request(urllib.request.Request(f"{server.url}/sparql", data=b"x",
                                          headers={"Content-Type": "image/png"}))[0] == 415
    assert request(urllib.request.Request(f"{server.url}/sparql", data=b"update=DROP+ALL",
                                          headers={"Content-Type": "application/x-www-form-urlencoded"}))[0] == 403


def _worker_cpu_seconds() -> float:
    """CPU time of this process's children running kg.serve.workers (they are in their own sessions)."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if b"kg.serve.workers" in cmdline and int(stat[1]) == os.getpid():
            total += (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
    return total


def test_heavy_queries_are_stopped_while_a_light_one_answers(server) -> None:
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        heavy = [pool.submit(get, server, HEAVY) for _ in range(4)]
        time.sleep(1.2)  # the four are running, and the pool has started spare workers beside them
        assert not any(f.done() for f in heavy)
        t0 = time.monotonic()
        assert_alive(server)
        assert time.monotonic() - t0 < 1.0  # the light query did not wait for the heavy ones
        results = [f.result(timeout=TIMEOUT + 10) for f in heavy]
    assert [status for status, _, _ in results] == [503] * 4
    assert all(b"time limit" in body for _, body, _ in results)
    assert time.monotonic() - started < TIMEOUT + 5
    time.sleep(0.3)
    before = _worker_cpu_seconds()
    time.sleep(1.0)
    assert _worker_cpu_seconds() - before < 0.3  # the heavy queries were killed, not left running
    for _ in range(3):
        assert_alive(server)


def test_cors_for_one_allowed_origin(tmp_path: Path) -> None:
    from sample_graph import sample_graph
    from kg.rdf.io import save_graph

    graph = save_graph(sample_graph(), tmp_path / "g.trig")  # an RDF file is served too
    srv = make_server(graph, port=0, timeout=TIMEOUT, cors="http://localhost:3000", workers=2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        _wait_until_up(srv)
        status, _, headers = get(srv, LIGHT, {"Origin": "http://localhost:3000"})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
        preflight = urllib.request.Request(f"{srv.url}/sparql", method="OPTIONS")
        assert request(preflight)[0] == 204
    finally:
        srv.shutdown()
        srv.server_close()
    assert srv._scratch is not None and not srv._scratch.exists()  # the file's scratch store is removed
