"""Scale: graphs held in Oxigraph agree with rdflib's, --jobs and Dask give the same output, push reaches a server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.cli import app
from kg.query import load_query_file, run_query, saved_queries
from kg.rdf.build import add_extraction, build_graph, new_dataset
from kg.rdf.io import load_graph, save_graph, union_graph
from kg.resources import data_dir
from kg.store import open_store, put_document
from kg.workflow import summarize
from sample_graph import doc1, doc2

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = str(ROOT / "data" / "articles")


def rdflib_dataset():
    """The sample documents in rdflib's own memory store, as kg built graphs before Oxigraph."""
    ds = new_dataset()
    for ex in (doc1(), doc2()):
        add_extraction(ds, ex)
    return ds


def network(G):
    return sorted(G.nodes(data=True)), sorted(G.edges(keys=True, data=True), key=lambda e: e[:3])


@pytest.fixture(scope="module")
def oxigraph_graphs(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("ox")
    built = build_graph([doc1(), doc2()])
    return {"built": built, "nq": load_graph(save_graph(built, folder / "g.nq")),
            "ttl": load_graph(save_graph(built, folder / "g.ttl")),
            "trig": load_graph(save_graph(built, folder / "g.trig"))}


@pytest.mark.parametrize("kind", ["built", "nq", "ttl", "trig"])
def test_oxigraph_graph_equals_rdflib_graph(oxigraph_graphs: dict, kind: str) -> None:
    reference = rdflib_dataset()
    graph = oxigraph_graphs[kind]
    assert isomorphic(union_graph(graph), union_graph(reference))
    assert len(graph) == len(reference)  # the union counts a triple stated by both documents once
    assert str(summarize(graph)) == str(summarize(reference))
    assert network(to_networkx(graph)) == network(to_networkx(reference))


@pytest.mark.parametrize("kind", ["built", "nq"])
def test_saved_queries_agree_with_rdflib(oxigraph_graphs: dict, kind: str) -> None:
    reference = rdflib_dataset()
    for name, _ in saved_queries(data_dir() / "queries"):
        sparql = load_query_file(data_dir() / "queries" / f"{name}.rq")
        expected = run_query(reference, sparql)
        got = run_query(oxigraph_graphs[kind], sparql)
        assert got.vars == expected.vars, name
        assert sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows)), name


def test_named_graphs_are_kept(oxigraph_graphs: dict) -> None:
    names = {str(g.identifier) for g in oxigraph_graphs["nq"].graphs() if len(g)}
    assert names == {str(g.identifier) for g in rdflib_dataset().graphs() if len(g)}


def test_export_is_deterministic(tmp_path: Path) -> None:
    for suffix in (".nq", ".ttl", ".nt", ".trig"):
        first = save_graph(build_graph([doc1(), doc2()]), tmp_path / f"a{suffix}").read_bytes()
        again = save_graph(build_graph([doc2(), doc1()]), tmp_path / f"b{suffix}").read_bytes()
        assert first == again, suffix


def test_jobs_give_the_same_bytes(tmp_path: Path) -> None:
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        result = runner.invoke(app, ["extract", ARTICLES, "-o", str(out), "-q", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[0].decode().splitlines()]
    assert len(records) == 7 and all(r["entities"] for r in records)


def test_dask_local_cluster_builds_the_same_graph(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    runner = CliRunner()
    single, spread = tmp_path / "single.nq", tmp_path / "dask.nq"
    result = runner.invoke(app, ["build", ARTICLES, "-o", str(single), "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", ARTICLES, "-o", str(spread), "-q", "--dask", "local", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert isomorphic(union_graph(load_graph(spread)), union_graph(load_graph(single)))
    assert spread.read_bytes() == single.read_bytes()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path: Path):
    """The Oxigraph server (PyPI package ``oxigraph``) on a free local port, stopped afterwards."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the oxigraph server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_push_uploads_every_document_graph(tmp_path: Path, oxigraph_server: str) -> None:
    kb = open_store(tmp_path / "kb", create=True)
    for ex in (doc1(), doc2()):
        put_document(kb, ex)
    del kb  # closes the store, so push opens it as any later command would
    result = CliRunner().invoke(app, ["push", str(tmp_path / "kb"), "--endpoint", f"{oxigraph_server}/store", "-q"])
    assert result.exit_code == 0, result.output
    assert "2 graphs" in result.output
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    request = urllib.request.Request(f"{oxigraph_server}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    rows = json.load(urllib.request.urlopen(request))["results"]["bindings"]
    kb = open_store(tmp_path / "kb", read_only=True)
    expected = {g.value: sum(1 for _ in kb.quads_for_pattern(None, None, None, g)) for g in kb.named_graphs()}
    assert {row["g"]["value"]: int(row["n"]["value"]) for row in rows} == expected


def test_push_to_nowhere_is_one_error(tmp_path: Path) -> None:
    kb = open_store(tmp_path / "kb", create=True)
    put_document(kb, doc1())
    del kb
    result = CliRunner().invoke(app, ["push", str(tmp_path / "kb"), "--endpoint",
                                      f"http://127.0.0.1:{_free_port()}/store", "-q"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach")


@pytest.mark.parametrize("name,params", [("partners", {"actor": "China"}), ("evidence", {"subject": "Sberbank"}),
                                         ("new-edges", {"sinceDate": "2024"})])
def test_saved_queries_with_parameters_agree_with_rdflib(oxigraph_graphs: dict, name: str, params: dict) -> None:
    sparql = load_query_file(data_dir() / "queries" / f"{name}.rq")
    expected = run_query(rdflib_dataset(), sparql, params)
    got = run_query(oxigraph_graphs["nq"], sparql, params)
    assert got.vars == expected.vars
    assert sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows))
    assert expected.rows or name == "new-edges"
