"""``kg view``: focus options, query views, the node cap, and bad options reported as one ``Error:`` line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import save_graph
from sample_graph import sample_graph


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_graph(sample_graph(), tmp_path_factory.mktemp("view") / "graph.ttl")


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def drawn(page: Path) -> tuple[list[str], list[str]]:
    """Labels of the nodes and predicates of the edges a page draws."""
    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S).group(1))
    return sorted(n["label"] for n in data["nodes"]), sorted(e["predicate"] for e in data["edges"])


def view(runner: CliRunner, graph_file: Path, out: Path, *args: str) -> tuple[list[str], list[str]]:
    result = runner.invoke(app, ["view", str(graph_file), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Wrote {out}:")
    return drawn(out)


def test_help_shows_the_focus_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["view", "--help"])
    assert result.exit_code == 0
    for option in ("--focus", "--hops", "--type", "--predicate", "--since", "--min-sources", "--query", "--max-nodes"):
        assert option in result.stdout
    assert "Example: kg view" in result.stdout


def test_whole_graph(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = view(runner, graph_file, tmp_path / "all.html")
    assert len(nodes) == 9 and len(edges) == 11


def test_focus_and_hops(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    nodes, _ = view(runner, graph_file, out, "--focus", "Sberbank", "--hops", "1")
    assert nodes == ["China", "Huawei", "Russia", "Sberbank", "Vladimir Putin", "artificial intelligence"]
    assert "around Sberbank (1 hop)" in out.read_text(encoding="utf-8")


def test_type_predicate_since_and_min_sources(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = view(runner, graph_file, tmp_path / "t.html", "--type", "Country,Bloc",
                        "--predicate", "sanctions,restrictsExportsTo")
    assert (nodes, edges) == (["Russia", "the West"], ["sanctions"])
    nodes, _ = view(runner, graph_file, tmp_path / "s.html", "--since", "2024-06-01", "--min-sources", "1")
    assert nodes == ["China", "Huawei", "Russia", "Sberbank"]
    nodes, _ = view(runner, graph_file, tmp_path / "m.html", "--min-sources", "2")
    assert nodes == ["China", "Russia"]


def test_query_views(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    nodes, edges = view(runner, graph_file, tmp_path / "q.html", "--query", "data/queries/sanctions.rq")
    assert (nodes, edges) == (["Russia", "the West"], ["sanctions"])
    nodes, edges = view(runner, graph_file, tmp_path / "p.html", "--query", "data/queries/partners.rq",
                        "--param", "actor=Huawei")
    assert (nodes, edges) == (["Huawei", "Sberbank"], ["cooperatesWith"])


def test_max_nodes_cuts_and_says_so(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cut.html"
    result = runner.invoke(app, ["view", str(graph_file), "-o", str(out), "--max-nodes", "3"])
    assert result.exit_code == 0, result.output
    assert "6 hidden" in result.stderr
    assert len(drawn(out)[0]) == 3
    assert "Showing the 3 most connected of 9 entities" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "Sberbnk"], "unknown actor 'Sberbnk' (did you mean: Sberbank?)"),
    (["--type", "Spaceship"], "unknown entity type 'Spaceship'"),
    (["--predicate", "sanction"], "unknown predicate or family 'sanction'"),
    (["--since", "last year"], "is not a date"),
    (["--hops", "-1"], "--hops must be 0 or more"),
    (["--max-nodes", "-5"], "--max-nodes must be 0"),
    (["--query", "data/queries/does-not-exist.rq"], "does-not-exist.rq"),
])
def test_bad_options_give_one_error_line(runner: CliRunner, graph_file: Path, tmp_path: Path, args: list[str],
                                         message: str) -> None:
    out = tmp_path / "bad.html"
    result = runner.invoke(app, ["view", str(graph_file), "-o", str(out), *args])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr
    assert not out.exists()


def test_bad_query_gives_one_error_line(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    for text, message in (("ASK { ?s ?p ?o }", "ASK"), ("SELECT ?s WHERE { ?s ?p }", "invalid SPARQL")):
        rq = tmp_path / "q.rq"
        rq.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["view", str(graph_file), "-o", str(tmp_path / "x.html"), "--query", str(rq)])
        assert result.exit_code == 1 and message in result.stderr, result.stderr


# the file is parsed in a background thread while the command imports: its errors still end the command cleanly
BAD_GRAPHS = {
    "missing.ttl": (None, "no such file"),
    "empty.ttl": (b"  \n", "file is empty"),
    "binary.ttl": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file, not RDF"),
    "broken.ttl": (b"<http://x/a> <http://x/p> .\n", "not valid turtle"),
    "latin1.ttl": (b'<http://x/a> <http://x/p> "S\xe3o Paulo" .\n', "not valid UTF-8"),
    "graph.csv": (b"a,b\n", "cannot tell the RDF format"),
}


@pytest.mark.parametrize("name", sorted(BAD_GRAPHS))
def test_unreadable_graph_gives_one_error_line(runner: CliRunner, tmp_path: Path, name: str) -> None:
    data, message = BAD_GRAPHS[name]
    source = tmp_path / name
    if data is not None:
        source.write_bytes(data)
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["view", str(source), "-o", str(out)])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"Error: {source}") and message in lines[0], result.stderr
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".nq", ".jsonld"])
def test_other_formats_draw_the_same_graph(runner: CliRunner, graph_file: Path, tmp_path: Path,
                                                        suffix: str) -> None:
    other = save_graph(sample_graph(), tmp_path / f"graph{suffix}")  # N-Quads: parsed ahead; JSON-LD: by rdflib
    assert view(runner, other, tmp_path / "other.html") == view(runner, graph_file, tmp_path / "ttl.html")


def test_a_store_folder_draws_the_same_graph(runner: CliRunner, graph_file: Path, tmp_path: Path) -> None:
    import gc

    from kg.store import open_store, put_document
    from sample_graph import doc1, doc2

    store = open_store(tmp_path / "kb", create=True)
    for ex in (doc1(), doc2()):
        put_document(store, ex)
    del store
    gc.collect()  # closes the store: the command opens it again
    assert view(runner, tmp_path / "kb", tmp_path / "kb.html") == view(runner, graph_file, tmp_path / "ttl.html")
