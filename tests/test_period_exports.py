"""Time windows (networkx and RDF agree, and so do the saved queries) and the network exports for other tools."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.analysis.period import filter_by_date
from kg.cli import app
from kg.errors import GraphError
from kg.query import load_query_file, run_query
from kg.rdf.io import load_graph, save_graph
from kg.rdf.period import restrict_to_period
from kg.vocab import ENTITY
from sample_graph import sample_graph

QUERIES = Path(__file__).resolve().parents[1] / "data" / "queries"
# d1 is published 2024-05-16 and most of its statements have no event date; d2 is published 2024-06-02 and
# states Russia-China cooperation with the event date 2024-06
WINDOWS = [(None, None), ("2024-05-01", "2024-05-31"), ("2024-06", None), (None, "2024-05-20"), ("2025", None),
           ("2024", "2024")]


def edges(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], int]:
    return {(u, v, k): d["sources"] for u, v, k, d in G.edges(keys=True, data=True)}


@pytest.fixture(scope="module")
def ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_graph(sample_graph(), tmp_path_factory.mktemp("period") / "graph.ttl")


@pytest.mark.parametrize("since,until", WINDOWS)
def test_network_and_rdf_windows_agree(since, until) -> None:
    G = to_networkx(sample_graph())
    by_network = filter_by_date(G, since, until)
    by_rdf = to_networkx(restrict_to_period(sample_graph(), since, until))
    assert edges(by_network) == edges(by_rdf)
    if since or until:  # a window leaves out the entities with no edge in it
        assert set(by_network) == {n for n in by_rdf if by_rdf.degree(n)}
    else:
        assert set(by_network) == set(by_rdf) == set(G)


def test_window_recounts_sources_and_evidence() -> None:
    G = filter_by_date(to_networkx(sample_graph()), since="2024-06")
    coop = G.edges[str(ENTITY.china), str(ENTITY.russia), "cooperatesWith"]
    assert coop["sources"] == 1
    assert [e["doc_id"] for e in coop["evidence"]] == ["d2"]
    assert coop["date"] == "2024-06" and coop["topics"] == []
    assert not G.has_edge(str(ENTITY["the-west"]), str(ENTITY.russia))


def test_bad_dates_are_refused() -> None:
    with pytest.raises(GraphError, match="not a date"):
        filter_by_date(to_networkx(sample_graph()), since="yesterday")


@pytest.mark.parametrize("since,until", WINDOWS)
def test_window_query_agrees_with_the_network(ttl: Path, since, until) -> None:
    params = {k: v for k, v in (("sinceDate", since), ("untilDate", until)) if v}
    rows = run_query(sample_graph(), load_query_file(QUERIES / "window.rq"), params).bindings()
    from_query = {(str(r["subjectLabel"]), str(r["relation"]), str(r["objectLabel"])) for r in rows}
    G = filter_by_date(to_networkx(sample_graph()), since, until)
    from_network = {(G.nodes[u]["label"], k, G.nodes[v]["label"]) for u, v, k in G.edges(keys=True)}
    assert from_query == from_network


def test_new_edges_since(ttl: Path) -> None:
    text = load_query_file(QUERIES / "new-edges.rq")
    rows = run_query(sample_graph(), text, {"sinceDate": "2024-05-20"}).bindings()
    found = {(str(r["subjectLabel"]), str(r["relation"]), str(r["objectLabel"])) for r in rows}
    # Russia-China was first stated on 2024-05-16, so it is not new; the Huawei deal of 2024-06-02 is
    assert found == {("Huawei", "basedIn", "China"), ("Huawei", "cooperatesWith", "Sberbank")}
    everything = run_query(sample_graph(), text).bindings()
    assert len(everything) == len(edges(to_networkx(sample_graph())))


# --- the commands -----------------------------------------------------------------------------------------------


def test_analyze_since(ttl: Path) -> None:
    result = CliRunner().invoke(app, ["analyze", str(ttl), "--since", "2024-06"])
    assert result.exit_code == 0, result.output
    assert "Huawei" in result.stdout and "the West" not in result.stdout
    bad = CliRunner().invoke(app, ["analyze", str(ttl), "--since", "June"])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: since 'June' is not a date")


def test_export_rdf_window(ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "window.ttl"
    result = CliRunner().invoke(app, ["export", str(ttl), "-o", str(out), "--since", "2024-06"])
    assert result.exit_code == 0, result.output
    G = to_networkx(load_graph(out))
    assert edges(G) == edges(filter_by_date(to_networkx(sample_graph()), "2024-06"))


def test_export_graphml_and_gexf(ttl: Path, tmp_path: Path) -> None:
    G = to_networkx(sample_graph())
    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        out = tmp_path / f"graph{suffix}"
        result = CliRunner().invoke(app, ["export", str(ttl), "-o", str(out)])
        assert result.exit_code == 0, result.output
        H = read(out)
        assert H.number_of_nodes() == G.number_of_nodes()
        assert H.number_of_edges() == G.number_of_edges()
        assert H.nodes[str(ENTITY.sberbank)]["label"] == "Sberbank"


def test_export_neo4j_csv(ttl: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(ttl), "-o", str(tmp_path / "neo4j.csv")])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "neo4j-nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with open(tmp_path / "neo4j-edges.csv", encoding="utf-8", newline="") as fh:
        rels = list(csv.DictReader(fh))
    G = to_networkx(sample_graph())
    assert len(nodes) == G.number_of_nodes() and len(rels) == G.number_of_edges()
    sber = next(n for n in nodes if n["label"] == "Sberbank")
    assert sber[":LABEL"] == "Entity;Organization;Bank" and sber["aliases:string[]"] == "Sber"
    coop = next(r for r in rels if r[":START_ID"] == str(ENTITY.china) and r[":END_ID"] == str(ENTITY.russia))
    assert (coop[":TYPE"], coop["sources:int"], coop["symmetric:boolean"]) == ("COOPERATES_WITH", "2", "true")
    ids = {n["id:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
