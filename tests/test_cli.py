"""Tests of the kg command line: every command's help, and bad input reported as one ``Error:`` line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

COMMANDS = ("build", "extract", "query", "queries", "view", "analyze", "export", "add", "remove", "validate",
            "serve", "push")
TINY_TTL = """@prefix kg: <https://w3id.org/kg-geotech/ontology#> .
@prefix kge: <https://w3id.org/kg-geotech/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kge:russia rdfs:label "Russia" ; kg:entityType kg:Country .
kge:china rdfs:label "China" ; kg:entityType kg:Country .
kge:russia kg:cooperatesWith kge:china .
"""
GOOD_ARTICLE = "Russia and China signed an agreement on artificial intelligence.\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def tiny_graph(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY_TTL, encoding="utf-8")
    return path


@pytest.fixture()
def bad_graph(tmp_path: Path) -> Path:
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle at all <<< .\n", encoding="utf-8")
    return path


def assert_one_error(result, *fragments: str) -> str:
    """The command failed cleanly: non-zero exit, no traceback, exactly one stderr line, ``Error: …``."""
    assert result.exit_code != 0, result.output
    assert isinstance(result.exception, SystemExit), f"unhandled {result.exception!r}"
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    assert lines[0].startswith("Error: "), lines[0]
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), f"{fragment!r} not in {lines[0]!r}"
    return lines[0]


def assert_no_output(path: Path) -> None:
    """Neither the output file nor a temporary file of it is left behind."""
    assert not path.exists(), f"{path} was written"
    if path.parent.exists():
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert not leftovers, leftovers


# --- help ----------------------------------------------------------------------------------------------------


def test_app_help_has_example(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout
    for command in COMMANDS:
        assert command in result.stdout


def test_app_without_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    example = [line for line in result.stdout.splitlines() if line.strip().startswith("Example:")]
    assert example, result.stdout
    assert f"kg {command}" in example[0]


def test_unknown_command_fails(runner: CliRunner) -> None:
    result = runner.invoke(app, ["no-such-command"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


# --- unreadable inputs of build and extract ------------------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "empty": (b"", "empty"),
    "blank": (b"  \n\n\t\n", "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "bad-utf8": (b"Russia and China \xff\xfe signed a deal.", "UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_build_bad_input(runner: CliRunner, tmp_path: Path, case: str) -> None:
    data, reason = BAD_INPUTS[case]
    source = tmp_path / "in" / "article.txt"
    source.parent.mkdir()
    if data is not None:
        _write(source, data)
    out = tmp_path / "out" / "graph.ttl"
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q"])
    assert_one_error(result, "article.txt", reason)
    assert_no_output(out)


@pytest.mark.parametrize("case", ["missing", "binary"])
def test_extract_bad_input(runner: CliRunner, tmp_path: Path, case: str) -> None:
    data, reason = BAD_INPUTS[case]
    source = tmp_path / "article.txt"
    if data is not None:
        _write(source, data)
    out = tmp_path / "extractions.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q"])
    assert_one_error(result, "article.txt", reason)
    assert_no_output(out)


def test_build_malformed_jsonl_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    source = _write(tmp_path / "articles.jsonl", b'\n{"doc_id": "a1", "text": "Russia and China.",\n')
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q"])
    line = assert_one_error(result, "articles.jsonl", "JSON")
    assert "2" in line.split("articles.jsonl", 1)[1], line
    assert_no_output(out)


def test_build_jsonl_without_text_field(runner: CliRunner, tmp_path: Path) -> None:
    source = _write(tmp_path / "articles.jsonl", b'{"doc_id": "a1", "body": "Russia and China."}\n')
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q"])
    assert_one_error(result, "articles.jsonl", "text")
    assert_no_output(out)


def test_build_folder_without_articles(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out), "-q"])
    assert_one_error(result, "articles", "no supported files")
    assert_no_output(out)


def test_build_empty_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", "-", "-o", str(out), "-q"], input="")
    assert_one_error(result, "stdin", "empty")
    assert_no_output(out)


def test_build_skips_bad_file_but_keeps_good_one(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder / "a-bad.txt", b"\x00\x01\x02 binary junk")
    (folder / "b-good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), f"unhandled {result.exception!r}"
    assert "Traceback" not in result.output
    stderr = result.stderr.splitlines()
    warnings = [line for line in stderr if line.startswith("Warning: skipped")]
    assert len(warnings) == 1 and "a-bad.txt" in warnings[0], result.stderr
    assert len([line for line in stderr if line.startswith("Error:")]) == 1, result.stderr
    assert out.exists() and "1 documents" in result.stderr
    assert "Russia" in out.read_text(encoding="utf-8")
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_build_unknown_model(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q", "--model", "no_such_model_xyz"])
    assert_one_error(result, "no_such_model_xyz")
    assert_no_output(out)


def test_extract_unknown_model(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / "extractions.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "-q", "-m", "no_such_model_xyz"])
    assert_one_error(result, "no_such_model_xyz")
    assert_no_output(out)


@pytest.mark.parametrize("args", [["--format", "zzz"], []], ids=["format-option", "extension"])
def test_build_unknown_rdf_format(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    source = tmp_path / "article.txt"
    source.write_text(GOOD_ARTICLE, encoding="utf-8")
    out = tmp_path / ("graph.ttl" if args else "graph.zzz")
    result = runner.invoke(app, ["build", str(source), "-o", str(out), "-q", *args])
    assert_one_error(result, "format")
    assert_no_output(out)


# --- bad graphs and queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["query", "view", "analyze", "export"])
def test_unparseable_rdf(runner: CliRunner, tmp_path: Path, bad_graph: Path, command: str) -> None:
    out = tmp_path / "out" / ("page.html" if command == "view" else "graph.nt")
    args = {
        "query": ["query", str(bad_graph), "SELECT * WHERE { ?s ?p ?o }"],
        "view": ["view", str(bad_graph), "-o", str(out)],
        "analyze": ["analyze", str(bad_graph)],
        "export": ["export", str(bad_graph), "-o", str(out)],
    }[command]
    result = runner.invoke(app, args)
    assert_one_error(result, "bad.ttl")
    assert_no_output(out)


@pytest.mark.parametrize("command", ["query", "analyze"])
def test_missing_graph_file(runner: CliRunner, tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nothing.ttl"
    args = [command, str(missing)] + (["SELECT * WHERE { ?s ?p ?o }"] if command == "query" else [])
    assert_one_error(runner.invoke(app, args), "nothing.ttl")


def test_query_runs_on_tiny_graph(runner: CliRunner, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["query", str(tiny_graph),
                                 "SELECT ?label WHERE { ?a kg:cooperatesWith ?b . ?b rdfs:label ?label }"])
    assert result.exit_code == 0, result.output
    assert "China" in result.stdout


def test_query_invalid_sparql(runner: CliRunner, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["query", str(tiny_graph), "SELECT ?s WHERE { ?s ?p }"])
    assert_one_error(result, "invalid SPARQL")


def test_query_file_with_invalid_sparql(runner: CliRunner, tmp_path: Path, tiny_graph: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("# broken\nSELEKT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(tiny_graph), "-f", str(rq)])
    assert_one_error(result, "invalid SPARQL")


@pytest.mark.parametrize("update", [
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DROP ALL",
])
def test_query_refuses_update(runner: CliRunner, tiny_graph: Path, update: str) -> None:
    before = tiny_graph.read_bytes()
    result = runner.invoke(app, ["query", str(tiny_graph), update])
    assert_one_error(result, "UPDATE")
    assert tiny_graph.read_bytes() == before


def test_query_param_without_equals(runner: CliRunner, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["query", str(tiny_graph), "SELECT ?b WHERE { ?actor kg:cooperatesWith ?b }",
                                 "--param", "actor"])
    assert_one_error(result, "actor", "name=value")


def test_query_needs_exactly_one_query(runner: CliRunner, tmp_path: Path, tiny_graph: Path) -> None:
    assert_one_error(runner.invoke(app, ["query", str(tiny_graph)]), "query")
    rq = tmp_path / "all.rq"
    rq.write_text("SELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    assert_one_error(runner.invoke(app, ["query", str(tiny_graph), "ASK { ?s ?p ?o }", "-f", str(rq)]), "query")


def test_query_missing_query_file(runner: CliRunner, tmp_path: Path, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["query", str(tiny_graph), "-f", str(tmp_path / "nope.rq")])
    assert_one_error(result, "nope.rq")


def test_query_unknown_result_format(runner: CliRunner, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["query", str(tiny_graph), "SELECT * WHERE { ?s ?p ?o }", "--format", "zzz"])
    assert_one_error(result, "zzz")


def test_export_unknown_rdf_format(runner: CliRunner, tmp_path: Path, tiny_graph: Path) -> None:
    out = tmp_path / "out" / "graph.out"
    result = runner.invoke(app, ["export", str(tiny_graph), "-o", str(out), "--format", "zzz"])
    assert_one_error(result, "format", "zzz")
    assert_no_output(out)


def test_export_unknown_extension(runner: CliRunner, tmp_path: Path, tiny_graph: Path) -> None:
    out = tmp_path / "graph.zzz"
    assert_one_error(runner.invoke(app, ["export", str(tiny_graph), "-o", str(out)]), "format")
    assert_no_output(out)


def test_analyze_path_unknown_actor(runner: CliRunner, tiny_graph: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tiny_graph), "--path", "Russia", "Atlantis"])
    assert_one_error(result, "Atlantis")


def test_queries_lists_saved_queries(runner: CliRunner) -> None:
    result = runner.invoke(app, ["queries"])
    assert result.exit_code == 0, result.output
    assert "partners" in result.stdout
