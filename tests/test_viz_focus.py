"""Focus views, query views and the layout: which part of the graph a page draws, and where."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from kg.analysis import to_networkx
from kg.errors import AnalysisError, KgError, QueryError
from kg.viz.focus import Focus, filter_edges, neighbourhood, top_nodes
from kg.viz.layout import EDGE_LENGTH, layout_positions
from kg.viz.queryview import query_view
from sample_graph import sample_graph

BASE = "https://w3id.org/kg-geotech/id/"


def iri(name: str) -> str:
    return BASE + name


@pytest.fixture(scope="module")
def rdf():
    return sample_graph()


@pytest.fixture(scope="module")
def G(rdf):
    return to_networkx(rdf)


def labels(H: nx.MultiDiGraph) -> list[str]:
    return sorted(H.nodes[n]["label"] for n in H)


def test_country_attribute_of_nodes(G):
    assert G.nodes[iri("sberbank")]["country"] == iri("russia")
    assert G.nodes[iri("russia")]["country"] == iri("russia")  # a country belongs to itself
    assert G.nodes[iri("the-west")]["country"] is None


def test_focus_with_hops(G):
    one = Focus(centres=("Sberbank",), hops=1).apply(G)
    assert labels(one) == ["China", "Huawei", "Russia", "Sberbank", "Vladimir Putin", "artificial intelligence"]
    two = Focus(centres=("sber",), hops=2).apply(G)  # an alias works too
    assert set(labels(two)) > set(labels(one)) and "the West" in labels(two)
    assert labels(Focus(centres=("Sberbank",), hops=0).apply(G)) == ["Sberbank"]


def test_focus_on_an_unknown_name_raises(G):
    with pytest.raises(AnalysisError, match="unknown actor 'Sberbnk'.*Sberbank"):
        Focus(centres=("Sberbnk",)).apply(G)


def test_type_filter_keeps_isolated_entities_and_drops_stranded_ones(G):
    H = Focus(types=("country", "Bloc")).apply(G)
    assert labels(H) == ["China", "Russia", "the West"]
    assert {k for _, _, k in H.edges(keys=True)} == {"cooperatesWith", "sanctions"}
    # BRICS never had a relation, so a type filter keeps it
    assert "BRICS" in labels(Focus(types=("InternationalOrganization",)).apply(G))


def test_predicate_and_family_filters(G):
    H = Focus(predicates=("sanctions,basedIn",)).apply(G)
    assert sorted(k for _, _, k in H.edges(keys=True)) == ["basedIn", "basedIn", "sanctions"]
    assert "BRICS" not in labels(H)  # an edge filter drops every node left without edges
    conflict = Focus(predicates=("conflict",)).apply(G)
    assert labels(conflict) == ["Russia", "the West"]
    with pytest.raises(AnalysisError, match="unknown predicate or family 'sanction'"):
        Focus(predicates=("sanction",)).apply(G)


def test_since_until_and_min_sources(G):
    # a window keeps the edges with a statement dated in it and recounts their sources from those
    june = Focus(since="2024-06-01").apply(G)
    assert sorted((G.nodes[u]["label"], k) for u, _, k in june.edges(keys=True)) == [
        ("China", "cooperatesWith"), ("Huawei", "basedIn"), ("Huawei", "cooperatesWith")]
    assert june.edges[iri("china"), iri("russia"), "cooperatesWith"]["sources"] == 1
    assert Focus(until="2024-05").apply(G).number_of_edges() == G.number_of_edges() - 2
    two = Focus(min_sources=2).apply(G)
    assert labels(two) == ["China", "Russia"]
    with pytest.raises(KgError, match="since 'yesterday' is not a date"):
        Focus(since="yesterday").apply(G)


def test_centre_survives_filters(G):
    H = Focus(centres=("the West",), predicates=("cooperation",)).apply(G)
    assert labels(H) == ["the West"]


def test_focus_describes_itself():
    focus = Focus(centres=("Sberbank",), hops=2, types=("Country",), since="2024-01-01", min_sources=2)
    assert str(focus) == "around Sberbank (2 hops) · types: Country · dated 2024-01-01 to … · at least 2 sources"
    assert str(Focus()) == ""


def test_a_view_without_filters_is_the_graph_itself(G):
    assert Focus().apply(G) is G
    assert Focus(hops=1).apply(G) is G
    assert Focus(min_sources=0).apply(G) is not G


def test_functions_do_not_modify_their_input(G):
    before = (G.number_of_nodes(), G.number_of_edges())
    filter_edges(G, predicates={"sanctions"})
    neighbourhood(G, [iri("russia")], 1)
    top_nodes(G, 2)
    Focus(types=("Country",)).apply(G)
    assert (G.number_of_nodes(), G.number_of_edges()) == before


def test_top_nodes_by_degree_with_stable_ties():
    G = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("x", "y")])
    assert sorted(top_nodes(G, 2).nodes) == ["a", "hub"]
    assert top_nodes(G, 0) is G and top_nodes(G, None) is G
    with pytest.raises(AnalysisError):
        top_nodes(G, -1)


def test_construct_query_view(G, rdf):
    H = query_view(G, rdf, "CONSTRUCT { ?a kg:cooperatesWith ?b } WHERE { ?a kg:cooperatesWith ?b }")
    assert {k for _, _, k in H.edges(keys=True)} == {"cooperatesWith"}
    assert H.number_of_edges() == 4
    edge = H.edges[iri("china"), iri("russia"), "cooperatesWith"]
    assert edge["sources"] == 2 and edge["evidence"], "edges keep their evidence"


def test_construct_of_statements(G, rdf):
    H = query_view(G, rdf, """CONSTRUCT { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
        WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:status "planned" }""")
    assert labels(H) == ["China", "Government of Russia", "Sberbank"]


def test_select_of_labels_joins_stored_edges(G, rdf):
    sparql = open("data/queries/sanctions.rq", encoding="utf-8").read()
    H = query_view(G, rdf, sparql)
    assert [(H.nodes[u]["label"], k, H.nodes[v]["label"]) for u, v, k in H.edges(keys=True)] == [
        ("the West", "sanctions", "Russia")]


def test_select_of_iris_with_a_predicate_column(G, rdf):
    H = query_view(G, rdf, "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(?p = kg:basedIn) }")
    assert sorted(k for _, _, k in H.edges(keys=True)) == ["basedIn", "basedIn"]


def test_bad_queries_raise_query_error(G, rdf):
    with pytest.raises(QueryError, match="ASK"):
        query_view(G, rdf, "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="names no entity"):
        query_view(G, rdf, "SELECT ?title WHERE { ?d dcterms:title ?title }")
    with pytest.raises(QueryError, match="invalid SPARQL"):
        query_view(G, rdf, "SELECT ?s WHERE { ?s ?p }")


def test_layout_is_deterministic_and_keeps_edges_near_one_length():
    G = nx.MultiDiGraph(nx.les_miserables_graph())
    pos = layout_positions(G)
    assert pos == layout_positions(G.copy())
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in G.edges())
    median = lengths[len(lengths) // 2]
    assert 0.3 * EDGE_LENGTH < median < 2.5 * EDGE_LENGTH
    points = sorted(pos.values())
    assert len(set(points)) == len(points), "no two nodes on the same spot"


def test_layout_packs_components_apart():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    G.add_node("lonely")
    pos = layout_positions(G)
    assert min(math.dist(pos[p], pos[q]) for p in ("a", "b", "c") for q in ("x", "y")) > 0.5 * EDGE_LENGTH
    assert "lonely" not in pos, "an entity without relations is listed beside the drawing, not drawn"


def test_layout_draws_each_community_as_a_group():
    # two dense clusters of eight joined by one edge: each cluster's nodes are closer to each other than to the
    # other cluster's, and the two groups do not overlap
    G = nx.MultiDiGraph()
    for name in "ab":
        G.add_edges_from((f"{name}{i}", f"{name}{j}") for i in range(8) for j in range(i + 1, 8))
    G.add_edge("a0", "b0")
    groups = {node: 0 if node.startswith("a") else 1 for node in G}
    pos = layout_positions(G, groups=groups)
    assert pos == layout_positions(G.copy(), groups=groups)
    centre = {g: [sum(pos[n][k] for n in G if groups[n] == g) / 8 for k in (0, 1)] for g in (0, 1)}
    radius = {g: max(math.dist(pos[n], centre[g]) for n in G if groups[n] == g) for g in (0, 1)}
    assert math.dist(centre[0], centre[1]) > radius[0] + radius[1]
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    assert max(xs) - min(xs) > max(ys) - min(ys), "the drawing lies across, as screens do"
