"""Tests of kg.analysis: the networkx view of the graph, centrality, communities and paths."""

from __future__ import annotations

import pytest

import kg.analysis.metrics as metrics
from kg.analysis import (
    centrality, communities, format_centrality, format_communities, format_paths, resolve_node, shortest_paths,
    to_networkx, unconnected,
)
from kg.errors import AnalysisError
from kg.rdf.io import load_graph, save_graph
from kg.vocab import ENTITY
from sample_graph import D1_SENTENCES, D2_SENTENCES, sample_graph


def iri(entity_id: str) -> str:
    return str(ENTITY[entity_id])


@pytest.fixture(scope="module")
def G():
    return to_networkx(sample_graph())


# --- to_networkx ------------------------------------------------------------------------------------------------

def test_nodes_and_edges(G):
    assert G.number_of_nodes() == 9
    assert G.number_of_edges() == 11
    assert sorted(G.nodes[n]["label"] for n in G) == [
        "BRICS", "China", "Government of Russia", "Huawei", "Russia", "Sberbank", "Vladimir Putin",
        "artificial intelligence", "the West"]
    assert G.degree(iri("brics")) == 0  # typed entities without relations are still nodes


def test_node_attributes(G):
    assert G.nodes[iri("sberbank")] == {
        "label": "Sberbank", "type": "Organization", "subtype": "Bank", "aliases": ["Sber"], "wikidata": "Q205012",
        "country": iri("russia")}
    assert G.nodes[iri("artificial-intelligence")]["type"] == "Technology"
    assert G.nodes[iri("the-west")]["wikidata"] is None


def test_edge_attributes_merge_documents(G):
    edge = G.edges[iri("china"), iri("russia"), "cooperatesWith"]
    assert {k: v for k, v in edge.items() if k not in ("evidence", "statements")} == {
        "predicate": "cooperatesWith", "family": "cooperation", "symmetric": True, "status": "asserted",
        "topics": ["artificial intelligence"], "confidence": 0.9, "sources": 2, "outlets": 2, "date": "2024-05-16"}
    assert edge["evidence"] == [
        {"sentence": D1_SENTENCES["ai"], "doc_id": "d1", "title": "Russia and China deepen AI cooperation",
         "url": "https://example.com/news/russia-china-ai", "published": "2024-05-16", "source": "Example News",
         "rule": "coop_verb"},
        {"sentence": D2_SENTENCES["coop"], "doc_id": "d2", "title": "Huawei signs deal with Sberbank",
         "url": "https://example.org/huawei-sberbank", "published": "2024-06-02", "source": "Other Wire",
         "rule": "coop_noun"},
    ]
    assert [(st["doc_id"], st["date"], st["event_date"]) for st in edge["statements"]] == [
        ("d1", "2024-05-16", "2024-05-16"), ("d2", "2024-06", "2024-06")]


def test_planned_and_directed_edges(G):
    planned = G.edges[iri("china"), iri("sberbank"), "cooperatesWith"]
    assert (planned["status"], planned["sources"], planned["confidence"]) == ("planned", 1, 0.7)
    sanction = G.edges[iri("the-west"), iri("russia"), "sanctions"]
    assert (sanction["family"], sanction["symmetric"], sanction["date"]) == ("conflict", False, None)
    assert not G.has_edge(iri("russia"), iri("the-west"))


def test_same_network_after_turtle_round_trip(G, tmp_path):
    H = to_networkx(load_graph(save_graph(sample_graph(), tmp_path / "g.ttl")))
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))


# --- centrality and communities ---------------------------------------------------------------------------------

def test_centrality_ranking(G):
    rows = centrality(G, top=None)
    assert [r["label"] for r in rows] == [
        "China", "Russia", "Sberbank", "Government of Russia", "Huawei", "BRICS", "the West", "Vladimir Putin"]
    by_label = {r["label"]: r for r in rows}
    assert by_label["Sberbank"]["degree"] == 5  # China, Huawei, Russia, Vladimir Putin, artificial intelligence
    assert by_label["China"]["degree"] == 4
    assert by_label["Sberbank"]["betweenness"] == pytest.approx(25 / 84)
    assert by_label["China"]["pagerank"] == pytest.approx(0.3468, abs=1e-4)
    assert not any(r["approximate"] for r in rows)
    assert [r["label"] for r in centrality(G, top=3)] == ["China", "Russia", "Sberbank"]


def test_centrality_type_filter(G):
    assert [r["label"] for r in centrality(G, types={"Technology"})] == ["artificial intelligence"]
    assert len(centrality(G, top=None, types={"Country", "Technology"})) == 3
    with pytest.raises(AnalysisError, match="top must be 0 or more"):
        centrality(G, top=-1)


def test_centrality_sampled_betweenness_on_large_graphs(G, monkeypatch):
    monkeypatch.setattr(metrics, "EXACT_BETWEENNESS_MAX", 5)
    rows = centrality(G)
    assert all(r["approximate"] for r in rows)
    assert format_centrality(rows).endswith("(betweenness estimated from a sample of 500 nodes)")


def test_communities_partition_the_related_nodes(G):
    found = communities(G)
    assert found == communities(G)
    alone = unconnected(G)
    assert sorted([n for c in found for n in c] + alone) == sorted(G)
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)
    assert [[G.nodes[n]["label"] for n in c] for c in found] == [
        ["artificial intelligence", "China", "Huawei", "Sberbank"],
        ["Government of Russia", "Vladimir Putin"],
        ["Russia", "the West"],
    ]
    # an entity with no relation is listed once as unconnected, not as a community of one
    assert [G.nodes[n]["label"] for n in alone] == ["BRICS"]
    text = format_communities(found, G).splitlines()
    assert text[2] == "1          4     artificial intelligence, China, Huawei, Sberbank"
    assert text[-1] == "unconnected (1): BRICS" and len(text) == 2 + 3 + 1


# --- paths ------------------------------------------------------------------------------------------------------

def test_path_between_partners(G):
    [path] = shortest_paths(G, "Sberbank", "huawei")
    assert [(h.source, h.predicate, h.direction, h.target, h.sentence, h.doc_id) for h in path] == [
        ("Sberbank", "cooperatesWith", "->", "Huawei", D2_SENTENCES["deal"], "d2")]


def test_two_hop_path_with_evidence(G):
    [path] = shortest_paths(G, "Putin", "Huawei")
    assert [(h.source, h.predicate, h.direction, h.target, h.doc_id) for h in path] == [
        ("Vladimir Putin", "directs", "->", "Sberbank", "d1"),
        ("Sberbank", "cooperatesWith", "->", "Huawei", "d2"),
    ]
    assert path[0].sentence == D1_SENTENCES["order"]
    assert format_paths([path]).splitlines()[:3] == [
        "path 1 (2 hops)", "  1. Vladimir Putin -[directs]-> Sberbank", f'     "{D1_SENTENCES["order"]}" (d1)']


def test_paths_read_stored_edges_backwards(G):
    paths = shortest_paths(G, "the West", "Huawei")
    assert [[(h.source, h.direction, h.predicate, h.target) for h in p] for p in paths] == [
        [("the West", "->", "sanctions", "Russia"), ("Russia", "->", "cooperatesWith", "China"),
         ("China", "<-", "basedIn", "Huawei")],
        [("the West", "->", "sanctions", "Russia"), ("Russia", "<-", "basedIn", "Sberbank"),
         ("Sberbank", "->", "cooperatesWith", "Huawei")],
    ]
    assert len(shortest_paths(G, "the West", "Huawei", limit=1)) == 1
    assert "China <-[basedIn]- Huawei" in format_paths(paths)


def test_no_path_and_bad_names(G):
    assert shortest_paths(G, "BRICS", "China") == []
    assert format_paths([]) == "no path found"
    with pytest.raises(AnalysisError, match=r"unknown actor 'Sberbnk' \(did you mean: Sberbank\?\)"):
        shortest_paths(G, "Sberbnk", "China")
    with pytest.raises(AnalysisError, match=r"unknown actor 'Atlantis' \(no similar label\)"):
        resolve_node(G, "Atlantis")
    with pytest.raises(AnalysisError, match="are the same actor"):
        shortest_paths(G, "PRC", "china")
    with pytest.raises(AnalysisError, match="limit must be at least 1"):
        shortest_paths(G, "Russia", "China", limit=0)


def test_resolve_by_label_alias_and_id(G):
    assert resolve_node(G, "government of russia") == iri("government-of-russia")
    assert resolve_node(G, "Sber") == iri("sberbank")
    assert resolve_node(G, "the-west") == iri("the-west")
    assert resolve_node(G, iri("china")) == iri("china")
