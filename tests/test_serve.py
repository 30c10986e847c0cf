"""Tests of kg serve with a real SPARQL client (SPARQLWrapper) against the running endpoint."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.io import save_graph
from kg.serve import make_server
from sample_graph import sample_graph, sample_store

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, N3, TSV, XML, SPARQLWrapper as Client  # noqa: E402

PARTNERS = """SELECT ?partnerLabel WHERE {
  ?china rdfs:label "China" . ?china kg:cooperatesWith|^kg:cooperatesWith ?partner . ?partner rdfs:label ?partnerLabel
} ORDER BY ?partnerLabel"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store(tmp_path_factory.mktemp("serve") / "kb")


@pytest.fixture(scope="module")
def server(store_path: Path):
    srv = make_server(store_path, port=0, timeout=5.0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def client(server, fmt=JSON, method: str = "GET") -> Client:
    c = Client(f"{server.url}/sparql")
    c.setReturnFormat(fmt)
    c.setMethod(method)
    return c


def partner_labels(server, method: str) -> list[str]:
    c = client(server, JSON, method)
    c.setQuery(PARTNERS)
    rows = c.queryAndConvert()["results"]["bindings"]
    return [row["partnerLabel"]["value"] for row in rows]


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_json_by_get_and_post(server, method: str) -> None:
    assert partner_labels(server, method) == ["Government of Russia", "Russia", "Sberbank"]


def test_union_default_graph_counts_each_triple_once(server) -> None:
    c = client(server)
    # Russia's label is in both document graphs; the default graph is their merge, so it counts once
    c.setQuery('SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label "Russia" }')
    assert c.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "1"
    c.setQuery("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { kge:china kg:cooperatesWith kge:russia } }")
    assert c.queryAndConvert()["results"]["bindings"][0]["n"]["value"] == "2"


def test_select_xml_csv_tsv(server) -> None:
    c = client(server, XML)
    c.setQuery(PARTNERS)
    doc = c.queryAndConvert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")][:1] == ["Government of Russia"]
    for fmt, delimiter in ((CSV, ","), (TSV, "\t")):
        c = client(server, fmt)
        c.setQuery(PARTNERS)
        text = c.queryAndConvert().decode("utf-8")
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        assert rows[0][0].lstrip("?") == "partnerLabel"
        assert [r[0].strip('"') for r in rows[1:]] == ["Government of Russia", "Russia", "Sberbank"]


def test_ask(server) -> None:
    c = client(server)
    c.setQuery("ASK { kge:the-west kg:sanctions kge:russia }")
    assert c.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt")])
def test_construct_and_describe_as_turtle_or_ntriples(server, accept: str, fmt: str) -> None:
    for query in ("CONSTRUCT { ?a kg:sanctions ?b } WHERE { ?a kg:sanctions ?b }", "DESCRIBE kge:the-west"):
        c = client(server, N3)
        c.setQuery(query)
        c.addCustomHttpHeader("Accept", accept)
        response = c.query()
        assert response.response.headers["Content-Type"].startswith(accept)
        g = Graph().parse(data=response.response.read().decode("utf-8"), format=fmt)
        assert len(g) >= 1


def test_update_is_refused(server) -> None:
    c = client(server, JSON, "POST")
    c.setQuery("INSERT DATA { kge:a kg:sanctions kge:b }")  # SPARQLWrapper sends it as an update request
    with pytest.raises(Exception) as caught:
        c.query()
    assert "403" in str(caught.value) or "read-only" in str(caught.value)
    c = client(server)
    c.setQuery("ASK { kge:a kg:sanctions kge:b }")
    assert c.queryAndConvert()["boolean"] is False


def test_update_in_a_query_parameter_is_refused(server) -> None:
    url = f"{server.url}/sparql?query=" + urllib.request.quote("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(url)
    assert caught.value.code == 403
    assert caught.value.read().decode().startswith("Error: SPARQL UPDATE is refused")


def test_syntax_error_is_a_400(server) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{server.url}/sparql?query=" + urllib.request.quote("SELECT ?x WHERE { ?x }"))
    assert caught.value.code == 400


def test_query_past_the_time_limit_is_a_503(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    save_graph(sample_graph(), graph)  # an RDF file is served too, from memory
    srv = make_server(graph, port=0, timeout=0.01)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        slow = ("SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?a ?b ?c } LIMIT 60 } "
                "{ SELECT * WHERE { ?d ?e ?f } LIMIT 60 } { SELECT * WHERE { ?g ?h ?i } LIMIT 60 } }")
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"{srv.url}/sparql?query=" + urllib.request.quote(slow))
        assert caught.value.code == 503
        assert "time limit" in caught.value.read().decode()
    finally:
        srv.shutdown()
        srv.server_close()


def test_graph_page_at_root(server) -> None:
    with urllib.request.urlopen(f"{server.url}/") as response:
        assert response.headers["Content-Type"].startswith("text/html")
        page = response.read().decode("utf-8")
    assert "<html" in page.lower() and "Sberbank" in page
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{server.url}/nothing")
    assert caught.value.code == 404


def test_listens_on_localhost_by_default(server) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_serve_command_runs_an_endpoint(tmp_path: Path) -> None:
    code = "import sys; from kg.cli import app; sys.argv[0] = 'kg'; app()"
    kb = sample_store(tmp_path / "kb")
    proc = subprocess.Popen([sys.executable, "-u", "-c", code, "serve", str(kb), "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith("Serving"), line
        url = line.split(" at ", 1)[1].split("/ ", 1)[0]
        c = Client(f"{url}/sparql")
        c.setReturnFormat(JSON)
        c.setQuery(PARTNERS)
        assert len(c.queryAndConvert()["results"]["bindings"]) == 3
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_a_store_in_use_fails_cleanly(server, store_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", str(store_path), "--port", "0"])
    assert result.exit_code == 1
    assert "in use by another process" in result.stderr
