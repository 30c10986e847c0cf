"""Tests of kg.query: running SPARQL with parameters, result formats, and the saved queries in data/queries."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import QueryError
from kg.query import (
    FORMATS, format_result, load_query_file, parse_params, parse_query, query_header, resolve_value, run_query,
    saved_queries,
)
from kg.query.guard import UpdateRefused
from kg.rdf.io import load_graph, save_graph
from kg.vocab import ENTITY, KG
from sample_graph import D1_SENTENCES, D2_SENTENCES, sample_graph

QUERIES = Path(__file__).resolve().parent.parent / "data" / "queries"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))
SMALL = """SELECT ?actor ?label ?subtype WHERE {
  VALUES ?actor { kge:china kge:huawei }
  ?actor rdfs:label ?label
  OPTIONAL { ?actor kg:subtype ?subtype }
} ORDER BY ?label"""


@pytest.fixture(scope="module")
def graph():
    return sample_graph()


# --- running queries --------------------------------------------------------------------------------------------

def test_select_with_prebound_prefixes(graph):
    res = run_query(graph, "SELECT ?label WHERE { kge:sberbank rdfs:label ?label ; kg:subtype ?sub }")
    assert res.kind == "SELECT"
    assert res.vars == ("label",)
    assert res.rows == ((Literal("Sberbank"),),)
    assert res.bindings() == [{"label": Literal("Sberbank")}]


def test_ask(graph):
    assert run_query(graph, "ASK { kge:the-west kg:sanctions kge:russia }").boolean is True
    assert run_query(graph, "ASK { kge:russia kg:sanctions kge:the-west }").boolean is False


def test_construct(graph):
    res = run_query(graph, "CONSTRUCT { ?a kg:cooperatesWith ?b } WHERE { ?a kg:cooperatesWith ?b }")
    assert res.kind == "CONSTRUCT"
    assert set(res.graph) == {
        (ENTITY["china"], KG.cooperatesWith, ENTITY["government-of-russia"]),
        (ENTITY["china"], KG.cooperatesWith, ENTITY["russia"]),
        (ENTITY["china"], KG.cooperatesWith, ENTITY["sberbank"]),
        (ENTITY["huawei"], KG.cooperatesWith, ENTITY["sberbank"]),
    }


def test_describe(graph):
    res = run_query(graph, 'DESCRIBE ?x WHERE { ?x rdfs:label "Huawei" }')
    assert res.kind == "DESCRIBE"
    assert (ENTITY["huawei"], RDFS.label, Literal("Huawei")) in res.graph
    assert (ENTITY["huawei"], KG.cooperatesWith, ENTITY["sberbank"]) in res.graph
    assert set(res.graph.subjects(KG.subtype, None)) == {ENTITY["huawei"]}


def test_runs_on_plain_graph_and_reloaded_file(graph, tmp_path):
    plain = Graph()
    for triple in graph.triples((None, None, None)):
        plain.add(triple)
    path = save_graph(graph, tmp_path / "graph.ttl")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?st a rdf:Statement }"
    for g in (plain, load_graph(path)):
        assert run_query(g, query).rows == ((Literal(12),),)


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_oxigraph_and_rdflib_engines_agree_on_saved_queries(graph, path):
    # a graph held in Oxigraph runs the text in Oxigraph's engine; a plain rdflib graph in rdflib's
    plain = Graph()
    for triple in graph.triples((None, None, None)):
        plain.add(triple)
    text = load_query_file(path)
    fast, slow = run_query(graph, text), run_query(plain, text)
    assert (fast.kind, fast.vars) == (slow.kind, slow.vars)
    assert sorted(fast.rows, key=repr) == sorted(slow.rows, key=repr)


def test_params_on_oxigraph_graph_bind_like_rdflib(graph):
    plain = Graph()
    for triple in graph.triples((None, None, None)):
        plain.add(triple)
    query = "SELECT ?partner ?label WHERE { ?actor kg:cooperatesWith ?partner . ?partner rdfs:label ?label }"
    for g in (graph, plain):
        res = run_query(g, query, {"actor": "China"})
        assert sorted(str(label) for label in res.column("label")) == ["Government of Russia", "Russia", "Sberbank"]


# --- parameters -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["China", "china", "PRC", "kge:china", "<https://w3id.org/kg-geotech/id/china>",
                                   "https://w3id.org/kg-geotech/id/china"])
def test_param_resolves_to_entity(graph, value):
    assert resolve_value(graph, "actor", value) == ENTITY["china"]


def test_param_literals_and_vocabulary(graph):
    assert resolve_value(graph, "status", "planned") == Literal("planned")
    assert resolve_value(graph, "actorLabel", "China") == Literal("China")
    assert resolve_value(graph, "predicate", "sanctions") == KG.sanctions
    assert resolve_value(graph, "actor", '"Atlantis"') == Literal("Atlantis")
    assert resolve_value(graph, "minimum", "2") == Literal(2)


@pytest.mark.parametrize(("value", "hint"), [("Atlantis", "(no similar label)"), ("Chnia", "(did you mean: China?)")])
def test_a_param_naming_no_entity_is_an_error_with_a_suggestion(graph, value, hint):
    with pytest.raises(QueryError, match=re.escape(f"parameter 'actor': unknown entity '{value}' {hint}")):
        resolve_value(graph, "actor", value)


def test_params_bind_variables(graph):
    query = "SELECT ?partner WHERE { ?actor kg:cooperatesWith ?partner } ORDER BY ?partner"
    res = run_query(graph, query, {"actor": "china"})
    assert res.column("partner") == [ENTITY["government-of-russia"], ENTITY["russia"], ENTITY["sberbank"]]
    planned = run_query(graph, "SELECT ?st WHERE { ?st kg:status ?status }", {"status": "planned"})
    assert len(planned) == 2


def test_param_errors(graph):
    with pytest.raises(QueryError, match="not of the form name=value"):
        parse_params(["actor"])
    with pytest.raises(QueryError, match="given twice"):
        parse_params(["actor=China", "?actor=Russia"])
    with pytest.raises(QueryError, match=r"'actr' names no variable of the query \(it has \?a, \?actor\)"):
        run_query(graph, "SELECT ?a WHERE { ?actor kg:sanctions ?a }", {"actr": "China"})


# --- errors -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query, message", [
    ("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?x = }", r"invalid SPARQL at line 3, column 3 near 'FILTER\(\?x = }'"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "invalid SPARQL at line 1, column 29 near 'LIMIT x'"),
    ("SELECT * WHERE { ?s foo:bar ?o }", "Unknown namespace prefix : foo"),
    ("", "the query is empty"),
    ("# just a comment\n", "the query is empty"),
])
def test_invalid_query(graph, query, message):
    with pytest.raises(QueryError, match=message):
        run_query(graph, query)


@pytest.mark.parametrize("update", [
    "INSERT DATA { kge:a kg:sanctions kge:b }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "PREFIX x: <http://x/> DROP GRAPH <http://x/g>",
    # found by the lexer alone (kg.query.guard), whatever the case, comments and prologue before the first word
    "# a comment { SELECT }\nBASE <http://x/> prefix y: <http://y/>\ninsert data { <a> <b> <c> }",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://x/a.ttl>",
    "CREATE GRAPH <http://x/g> ; DROP GRAPH <http://x/g>",
])
def test_update_refused(graph, update):
    before = len(graph)
    with pytest.raises(QueryError, match="SPARQL UPDATE is not allowed"):
        run_query(graph, update)
    with pytest.raises(UpdateRefused):
        parse_query(update)
    assert len(graph) == before


# --- formats ----------------------------------------------------------------------------------------------------

def test_table_format(graph):
    assert format_result(run_query(graph, SMALL)) == (
        "actor       label   subtype\n"
        "----------  ------  -------\n"
        "kge:china   China\n"
        "kge:huawei  Huawei  Company\n"
        "2 rows"
    )


def test_csv_tsv_json_formats(graph):
    res = run_query(graph, SMALL)
    assert format_result(res, "csv") == (
        "actor,label,subtype\n"
        "https://w3id.org/kg-geotech/id/china,China,\n"
        "https://w3id.org/kg-geotech/id/huawei,Huawei,Company"
    )
    assert format_result(res, "tsv") == (
        "?actor\t?label\t?subtype\n"
        '<https://w3id.org/kg-geotech/id/china>\t"China"\t\n'
        '<https://w3id.org/kg-geotech/id/huawei>\t"Huawei"\t"Company"'
    )
    assert json.loads(format_result(res, "json")) == {
        "head": {"vars": ["actor", "label", "subtype"]},
        "results": {"bindings": [
            {"actor": {"type": "uri", "value": "https://w3id.org/kg-geotech/id/china"},
             "label": {"type": "literal", "value": "China"}},
            {"actor": {"type": "uri", "value": "https://w3id.org/kg-geotech/id/huawei"},
             "label": {"type": "literal", "value": "Huawei"},
             "subtype": {"type": "literal", "value": "Company"}},
        ]},
    }


def test_typed_literals_and_truncation(graph):
    res = run_query(graph, "SELECT ?s ?n WHERE { ?ev kg:sentence ?s ; kg:startChar ?n } ORDER BY DESC(STRLEN(?s)) LIMIT 1")
    sentence = D1_SENTENCES["order"]
    assert len(sentence) > 80
    table = format_result(res).splitlines()
    assert table[2] == sentence[:79] + "…  65"
    assert table[-1] == "1 row"
    assert format_result(res, "csv").splitlines()[1] == f"{sentence},65"
    assert format_result(res, "tsv").splitlines()[1] == f'"{sentence}"\t"65"^^<http://www.w3.org/2001/XMLSchema#integer>'
    binding = json.loads(format_result(res, "json"))["results"]["bindings"][0]
    assert binding["n"] == {"type": "literal", "value": "65", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def test_ask_formats(graph):
    yes = run_query(graph, "ASK { ?s kg:sanctions kge:russia }")
    assert [format_result(yes, f) for f in ("table", "csv", "tsv")] == ["true", "true", "true"]
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    assert format_result(run_query(graph, "ASK { kge:russia kg:sanctions ?o }")) == "false"


def test_graph_result_formats(graph):
    res = run_query(graph, "CONSTRUCT { ?a kg:sanctions ?b } WHERE { ?a kg:sanctions ?b }")
    assert format_result(res, "csv") == format_result(res, "tsv") == (
        "<https://w3id.org/kg-geotech/id/the-west> <https://w3id.org/kg-geotech/ontology#sanctions> "
        "<https://w3id.org/kg-geotech/id/russia> .")
    turtle = format_result(res)
    assert "kge:the-west kg:sanctions kge:russia ." in turtle
    assert set(Graph().parse(data=turtle, format="turtle")) == set(res.graph)
    assert set(Graph().parse(data=format_result(res, "json"), format="json-ld")) == set(res.graph)


def test_unknown_format(graph):
    with pytest.raises(QueryError, match="unknown result format 'xml'"):
        format_result(run_query(graph, SMALL), "xml")
    assert FORMATS == ("table", "csv", "tsv", "json")


# --- saved queries ----------------------------------------------------------------------------------------------

def test_partners_of_china(graph):
    res = run_query(graph, load_query_file(QUERIES / "partners.rq"), {"actor": "China"})
    rows = [{k: str(v) for k, v in b.items()} for b in res.bindings()]
    assert {r["actorLabel"] for r in rows} == {"China"}
    assert [(r["partnerLabel"], r["status"], r["sentence"], r["docId"]) for r in rows] == [
        ("Government of Russia", "planned", D1_SENTENCES["order"], "d1"),
        ("Russia", "asserted", D1_SENTENCES["ai"], "d1"),
        ("Russia", "asserted", D2_SENTENCES["coop"], "d2"),
        ("Sberbank", "planned", D1_SENTENCES["order"], "d1"),
    ]
    assert {r["relation"] for r in rows} == {"cooperatesWith"}


def test_partners_without_param_lists_every_partnership(graph):
    res = run_query(graph, load_query_file(QUERIES / "partners.rq"))
    pairs = {(str(b["actorLabel"]), str(b["partnerLabel"])) for b in res.bindings()}
    assert ("Huawei", "Sberbank") in pairs and ("Sberbank", "Huawei") in pairs
    assert len(pairs) == 8


def test_technology_cooperation(graph):
    res = run_query(graph, load_query_file(QUERIES / "technology-cooperation.rq"),
                    {"technology": "artificial intelligence"})
    assert [(str(b["subjectLabel"]), str(b["objectLabel"]), str(b["date"])) for b in res.bindings()] == [
        ("China", "Russia", "2024-05-16")]


def test_evidence_behind_an_edge(graph):
    res = run_query(graph, load_query_file(QUERIES / "evidence.rq"), {"subject": "Russia", "object": "China"})
    assert [(str(b["rule"]), str(b["confidence"]), str(b["title"]), str(b["url"])) for b in res.bindings()] == [
        ("coop_verb", "0.9", "Russia and China deepen AI cooperation", "https://example.com/news/russia-china-ai"),
        ("coop_noun", "0.8", "Huawei signs deal with Sberbank", "https://example.org/huawei-sberbank"),
    ]


def test_sources_by_actor(graph):
    res = run_query(graph, load_query_file(QUERIES / "sources-by-actor.rq"))
    ranked = [(str(b["label"]), int(b["documents"])) for b in res.bindings()]
    assert ranked[:3] == [("China", 2), ("Russia", 2), ("Sberbank", 2)]
    assert "artificial intelligence" not in dict(ranked)
    only_countries = run_query(graph, load_query_file(QUERIES / "sources-by-actor.rq"), {"type": "Country"})
    assert [str(b["label"]) for b in only_countries.bindings()] == ["China", "Russia"]


def test_sanctions_and_leaders(graph):
    sanctions = run_query(graph, load_query_file(QUERIES / "sanctions.rq"), {"target": "Russia"})
    assert [(str(b["actorLabel"]), str(b["sentence"])) for b in sanctions.bindings()] == [
        ("the West", D1_SENTENCES["sanction"])]
    leaders = run_query(graph, load_query_file(QUERIES / "leaders.rq"))
    assert [(str(b["personLabel"]), str(b["relation"]), str(b["organisationLabel"])) for b in leaders.bindings()] == [
        ("Vladimir Putin", "leaderOf", "Russia")]


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_saved_query_header_and_example_run(graph, path):
    text = load_query_file(path)
    header = query_header(text).splitlines()
    assert header[0] and not header[0].startswith(("parameters", "example"))
    params_line = next(line for line in header if line.startswith("parameters:"))
    example = next(line for line in header if line.startswith("example:"))
    assert "?" in params_line
    argv = shlex.split(example.removeprefix("example:"))
    assert argv[:3] == ["kg", "query", "out/graph.ttl"] and argv[argv.index("-f") + 1] == f"data/queries/{path.name}"
    params = parse_params(argv[i + 1] for i, arg in enumerate(argv) if arg == "--param")
    assert run_query(graph, text).kind == "SELECT"
    assert len(run_query(graph, text, params).rows) >= (0 if path.stem == "memberships" else 1)


def test_at_least_eight_saved_queries_listed_in_readme():
    assert len(QUERY_FILES) >= 8
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    names = [name for name, _ in saved_queries(QUERIES)]
    assert names == [p.stem for p in QUERY_FILES]
    assert all(f"`{p.name}`" in readme for p in QUERY_FILES)


def test_query_file_errors(tmp_path):
    with pytest.raises(QueryError, match="no such query file"):
        load_query_file(tmp_path / "missing.rq")
    (tmp_path / "empty.rq").write_text("# title\n\n", encoding="utf-8")
    with pytest.raises(QueryError, match="the query file is empty"):
        load_query_file(tmp_path / "empty.rq")
    with pytest.raises(QueryError, match="is a folder"):
        load_query_file(tmp_path)


def test_query_header():
    assert query_header("\n# Title\n#   indented\nSELECT * WHERE {} # no\n# no") == "Title\n  indented"
    assert query_header("SELECT * WHERE {}") == ""
