"""One name resolver (kg.names) for every command that takes an entity's name: the same rules (label, alias, IRI)
and the same error, with a suggestion, for a name that matches nothing."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.analysis.paths import resolve_node
from kg.cli import app
from kg.errors import AnalysisError
from kg.names import NameTable
from kg.query.params import resolve_value
from kg.rdf import save_graph
from kg.vocab import ENTITY
from sample_graph import sample_graph

QUERY = "SELECT ?partner WHERE { ?actor kg:cooperatesWith ?partner }"


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_graph(sample_graph(), tmp_path_factory.mktemp("names") / "graph.ttl")


@pytest.fixture(scope="module")
def query_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "partners.rq"
    path.write_text(QUERY, encoding="utf-8")
    return path


def test_a_label_beats_an_alias_and_an_alias_beats_an_iri_segment() -> None:
    table = NameTable.from_pairs([("x:/a", "alias", "Bank"), ("x:/b", "label", "bank"), ("x:/bank", "label", "C")])
    assert table.find("BANK") == "x:/b"
    assert NameTable.from_pairs([("x:/a", "alias", "Bank"), ("x:/bank", "label", "C")]).find("bank") == "x:/a"
    assert NameTable.from_pairs([("x:/bank", "label", "C")]).find("Bank") == "x:/bank"


def test_an_exact_case_label_wins_then_the_smallest_iri() -> None:
    table = NameTable.from_pairs([("x:/a", "label", "apple"), ("x:/b", "label", "Apple"), ("x:/c", "label", "Apple")])
    assert table.find("Apple") == "x:/b"
    assert table.find("APPLE") == "x:/a"


@pytest.mark.parametrize("name", ["China", "china", "PRC", "https://w3id.org/kg-geotech/id/china"])
def test_rdf_and_networkx_resolve_a_name_alike(name: str) -> None:
    ds = sample_graph()
    assert str(resolve_value(ds, "actor", name)) == resolve_node(to_networkx(ds), name) == str(ENTITY["china"])


def test_networkx_node_without_label_is_found_by_its_id() -> None:
    G = nx.MultiDiGraph()
    G.add_node("n1")
    assert resolve_node(G, "n1") == "n1"
    with pytest.raises(AnalysisError, match="no similar label"):
        resolve_node(G, "n2")


@pytest.mark.parametrize("command", ["query", "view", "analyze"])
def test_every_command_rejects_an_unknown_name_with_a_suggestion(command: str, graph_file: Path, query_file: Path,
                                                                tmp_path: Path) -> None:
    args = {"query": ["query", str(graph_file), "-f", str(query_file), "--param", "actor=Chnia"],
            "view": ["view", str(graph_file), "-o", str(tmp_path / "v.html"), "--query", str(query_file),
                     "--param", "actor=Chnia"],
            "analyze": ["analyze", str(graph_file), "--path", "Chnia", "Russia"]}[command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "unknown" in result.stderr and "'Chnia' (did you mean: China?)" in result.stderr, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.splitlines()) == 1
    assert result.stdout == ""
    assert not (tmp_path / "v.html").exists()


def test_view_focus_uses_the_same_rules(graph_file: Path, tmp_path: Path) -> None:
    ok = CliRunner().invoke(app, ["view", str(graph_file), "-o", str(tmp_path / "v.html"), "--focus", "prc"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(app, ["view", str(graph_file), "-o", str(tmp_path / "w.html"), "--focus", "Chnia"])
    assert bad.exit_code == 1 and "(did you mean: China?)" in bad.stderr


def test_query_param_atlantis_is_an_error_not_zero_rows(graph_file: Path, query_file: Path) -> None:
    result = CliRunner().invoke(app, ["query", str(graph_file), "-f", str(query_file), "--param", "actor=Atlantis"])
    assert result.exit_code == 1
    assert "unknown entity 'Atlantis' (no similar label)" in result.stderr
    quoted = CliRunner().invoke(app, ["query", str(graph_file), "-f", str(query_file), "--param", 'actor="Atlantis"'])
    assert quoted.exit_code == 0, quoted.output
