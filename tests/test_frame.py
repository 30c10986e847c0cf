"""Query and analysis results as pandas DataFrames: labels in place of IRIs, typed columns."""

from __future__ import annotations

import pandas as pd
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.analysis import (centrality, centrality_frame, communities, communities_frame, paths_frame, relations_frame,
                         shortest_paths, statements_frame, to_networkx)
from kg.query import QueryResult, run_query, to_dataframe
from kg.rdf.build import build_graph
from kg.records import Document, Entity, Evidence, Extraction, Relation

KGE = "https://w3id.org/kg-geotech/id/"
TTL = """@prefix kg: <https://w3id.org/kg-geotech/ontology#> .
@prefix kge: <https://w3id.org/kg-geotech/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kge:russia rdfs:label "Russia" ; kg:entityType "Country" .
kge:china rdfs:label "China" ; kg:entityType "Country" .
kge:mars kg:entityType "Country" .
kge:russia kg:cooperatesWith kge:china .
kge:china kg:cooperatesWith kge:mars .
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(data=TTL, format="turtle")


def _is_datetime(series: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(series)


def test_iri_columns_take_the_labels_the_query_gives(graph: Graph) -> None:
    result = run_query(graph, """SELECT ?a ?aLabel ?b WHERE { ?a kg:cooperatesWith ?b . ?a rdfs:label ?aLabel }
                                 ORDER BY ?aLabel""")
    df = to_dataframe(result)
    assert list(df.columns) == ["a", "b"]  # the label column is folded into ?a
    assert df["a"].tolist() == ["China", "Russia"]
    assert df["b"].tolist() == ["kge:mars", "kge:china"]  # no label selected: prefixed names
    full = to_dataframe(result, labels=False)
    assert list(full.columns) == ["a", "aLabel", "b"]
    assert full.loc[0, "a"] == KGE + "china"


def test_a_lone_label_column_labels_the_first_column(graph: Graph) -> None:
    df = to_dataframe(run_query(graph, "SELECT ?actor ?label WHERE { ?actor rdfs:label ?label } ORDER BY ?label"))
    assert list(df.columns) == ["actor"] and df["actor"].tolist() == ["China", "Russia"]


def test_columns_are_typed() -> None:
    rows = (
        (Literal(3), Literal("1.5", datatype=XSD.decimal), Literal(True), Literal("2024-05-16", datatype=XSD.date),
         Literal("2024-05"), Literal("Russia")),
        (None, Literal(2.0), Literal(False), None, Literal("2023"), Literal("2024-01-01")),
    )
    df = to_dataframe(QueryResult("SELECT", ("n", "x", "ok", "day", "month", "name"), rows))
    assert str(df["n"].dtype) == "Int64" and df["n"].tolist()[0] == 3 and pd.isna(df.loc[1, "n"])
    assert str(df["x"].dtype) == "Float64" and df["x"].sum() == 3.5
    assert str(df["ok"].dtype) == "boolean"
    assert _is_datetime(df["day"]) and df.loc[0, "day"] == pd.Timestamp("2024-05-16") and pd.isna(df.loc[1, "day"])
    assert _is_datetime(df["month"]) and df["month"].tolist() == [pd.Timestamp("2024-05-01"), pd.Timestamp("2023-01-01")]
    assert str(df["name"].dtype) == "string"  # one cell is not a date: the column stays text


def test_ask_and_construct_results(graph: Graph) -> None:
    ask = to_dataframe(run_query(graph, "ASK { kge:russia kg:cooperatesWith kge:china }"))
    assert ask["boolean"].tolist() == [True]
    triples = to_dataframe(run_query(graph, "CONSTRUCT { ?a kg:cooperatesWith ?b } WHERE { ?a kg:cooperatesWith ?b }"))
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == 2
    assert set(triples["predicate"]) == {"kg:cooperatesWith"}


def test_saved_query_on_a_built_graph_has_dates_and_counts() -> None:
    from kg.query import load_query_file
    from kg.resources import data_dir

    ents = [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")]
    doc = Document("d1", "Russia and China cooperate.", title="T", published="2024-06-01")
    g = build_graph([Extraction(doc, ents, [Relation("russia", "cooperatesWith", "china")])])
    df = to_dataframe(run_query(g, load_query_file(data_dir() / "queries" / "new-edges.rq")))
    assert _is_datetime(df["first"]) and df.loc[0, "first"] == pd.Timestamp("2024-06-01")
    assert str(df["documents"].dtype) == "Int64" and df.loc[0, "documents"] == 1


def _network():
    ents = [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country"),
            Entity("the-west", "the West", "Bloc")]
    ev = [Evidence("The West sanctions Russia.", 0, 26, "verb:sanction", 0.9)]
    docs = [Document("d1", "x", title="One", published="2024-03-04"), Document("d2", "y", published="2023")]
    return to_networkx(build_graph([
        Extraction(docs[0], ents, [Relation("the-west", "sanctions", "russia", evidence=ev),
                                   Relation("russia", "cooperatesWith", "china")]),
        Extraction(docs[1], ents, [Relation("russia", "cooperatesWith", "china")]),
    ]))


def test_analysis_frames_are_typed() -> None:
    G = _network()
    cent = centrality_frame(centrality(G))
    assert cent.index.name == "rank" and cent.loc[1, "label"] == "Russia"
    assert str(cent["degree"].dtype) == "Int64" and str(cent["pagerank"].dtype) == "Float64"
    comm = communities_frame(communities(G), G)
    assert set(comm["label"]) == {"Russia", "China", "the West"} and str(comm["community"].dtype) == "Int64"
    paths = paths_frame(shortest_paths(G, "the West", "China"))
    assert paths["predicate"].tolist() == ["sanctions", "cooperatesWith"] and paths["path"].tolist() == [1, 1]
    rel = relations_frame(G).set_index("predicate")
    assert rel.loc["sanctions", "sentence"] == "The West sanctions Russia."
    assert rel.loc["cooperatesWith", "sources"] == 2
    assert rel.loc["cooperatesWith", "first"] == pd.Timestamp("2023-01-01")  # the year-only statement, first day
    st = statements_frame(G)
    assert len(st) == 3 and _is_datetime(st["date"])
    assert sorted(st["precision"].tolist()) == ["day", "day", "year"]
