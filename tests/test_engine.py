"""The RDF engine's API (kg.rdf.engine): the one place where kg meets Oxigraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.query import run_query
from kg.rdf import engine
from kg.vocab import PREFIXES

X = "http://example.org/"
PREFIX_TABLE = {p: str(ns) for p, ns in PREFIXES.items()} | {"x": X}


def two_graphs():
    """A dataset of two named graphs that share one triple."""
    ds = engine.oxigraph_dataset()
    a, b, c, p, q = (URIRef(X + n) for n in ("a", "b", "c", "p", "q"))
    ds.graph(URIRef(X + "g1")).add((a, p, b))
    ds.graph(URIRef(X + "g1")).add((a, q, Literal("A")))
    ds.graph(URIRef(X + "g2")).add((a, p, b))
    ds.graph(URIRef(X + "g2")).add((b, p, c))
    return ds


def test_parameters_on_selected_and_unselected_variables_give_the_same_rows() -> None:
    ds = two_graphs()
    a = URIRef(X + "a")
    selected = engine.query(ds, "SELECT ?s ?o WHERE { ?s x:p ?o }", PREFIX_TABLE, {"s": a})
    unselected = engine.query(ds, "SELECT ?o WHERE { ?s x:p ?o }", PREFIX_TABLE, {"s": a})
    assert selected.rows == ((a, URIRef(X + "b")),)  # Oxigraph substitutes ?s, and the union counts b once
    assert unselected.rows == ((URIRef(X + "b"),),)  # rdflib's engine binds ?s (Oxigraph takes only selected ones)


def test_a_parameter_value_is_a_term_not_query_text() -> None:
    ds = two_graphs()
    sneaky = Literal('A" } UNION { ?s ?p ?o } #')
    got = engine.query(ds, "SELECT ?s ?l WHERE { ?s x:q ?l }", PREFIX_TABLE, {"l": sneaky})
    assert got.rows == ()


def test_graph_results_take_their_form_from_the_query() -> None:
    g = Graph()
    g.add((URIRef(X + "a"), URIRef(X + "p"), URIRef(X + "b")))
    for graph in (two_graphs(), g):
        res = run_query(graph, f"DESCRIBE <{X}a>")
        assert res.kind == "DESCRIBE" and len(res) >= 1
        res = run_query(graph, f"CONSTRUCT {{ ?s <{X}r> ?o }} WHERE {{ ?s <{X}p> ?o }}")
        assert res.kind == "CONSTRUCT" and len(res) >= 1


@pytest.mark.parametrize("held", [True, False])
def test_pairs_read_the_union_once_per_triple(held: bool) -> None:
    ds = two_graphs()
    graph = ds if held else Graph()
    if not held:
        for triple in ds.triples((None, None, None)):
            graph.add(triple)
    assert sorted(engine.pairs(graph, URIRef(X + "p"))) == [(X + "a", X + "b", True, True),
                                                           (X + "b", X + "c", True, True)]
    assert list(engine.pairs(graph, URIRef(X + "q"))) == [(X + "a", "A", True, False)]


def test_store_functions_copy_dump_and_name_graphs() -> None:
    ds = two_graphs()
    store = ds.store.oxigraph
    assert engine.graph_names(store) == [X + "g1", X + "g2"]
    assert engine.has_graph(store, X + "g1") and not engine.has_graph(store, X + "g3")
    assert engine.size(engine.copy_graphs(store, [X + "g2"])) == 2
    assert engine.dump_graph(store, X + "g2").count(b"\n") == 2
    assert engine.select_rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{X}g1> {{ ?s ?p ?o }} }}") == [("2",)]


def test_the_protocol_writes_each_result_kind_in_its_media_types() -> None:
    store = two_graphs().store.oxigraph
    is_graph, write = engine.protocol_query(store, "SELECT ?o WHERE { GRAPH ?g { ?s x:q ?o } }", PREFIX_TABLE)
    assert not is_graph and write("text/csv").splitlines() == [b"o", b"A"]
    is_graph, write = engine.protocol_query(store, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {})
    assert is_graph and write("application/n-triples").count(b"\n") == 3  # a p b (in g1 and g2) once
    with pytest.raises(SyntaxError):
        engine.protocol_query(store, "SELECT WHERE", {})


def test_a_dataset_written_to_disk_reads_back(tmp_path: Path) -> None:
    writer = engine.DatasetWriter(tmp_path)
    a, p = URIRef(X + "a"), URIRef(X + "p")
    assert writer.add([(a, p, Literal(1), URIRef(X + "g1")), (a, p, Literal(2), URIRef(X + "g1"))]) == 2
    assert writer.add([(a, p, Literal(1), URIRef(X + "g2"))]) == 1
    ds = writer.dataset()
    assert len(ds) == 2 and len(ds.graph(URIRef(X + "g1"))) == 2
    assert engine.in_oxigraph(ds) and not engine.in_oxigraph(Graph())
