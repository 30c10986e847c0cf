"""Tests of kg.store: documents replaced and retracted one transaction at a time, and the store read like a file."""

from __future__ import annotations

import dataclasses
import gc
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg.analysis import to_networkx
from kg.cli import app
from kg.errors import GraphError
from kg.query import format_result, load_query_file, run_query
from kg.rdf.build import doc_iri
from kg.rdf.io import load_graph, save_graph
from kg.records import Relation
from kg.store import (content_hash, document_hashes, open_store, put_document, remove_documents, store_dataset,
                      store_graph)
from kg.vocab import ENTITY, KG
from sample_graph import doc1, doc2, sample_graph

QUERIES = Path(__file__).resolve().parents[1] / "data" / "queries"


def quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


def built(*extractions) -> ox.Store:
    store = open_store(None)
    for ex in extractions:
        put_document(store, ex)
    return store


def merged_is_union_of_documents(store: ox.Store) -> bool:
    """The default graph holds exactly the distinct triples of the document graphs."""
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {(q.subject, q.predicate, q.object) for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    return default == named


def edge(store: ox.Store, s: str, o: str, key: str) -> dict | None:
    G = to_networkx(store_graph(store))
    return G.edges[str(ENTITY[s]), str(ENTITY[o]), key] if G.has_edge(str(ENTITY[s]), str(ENTITY[o]), key) else None


# --- writing documents ---------------------------------------------------------------------------------------


def test_put_is_idempotent() -> None:
    store = built(doc1(), doc2())
    before = quads(store)
    put_document(store, doc1())
    put_document(store, doc2())
    assert quads(store) == before
    assert merged_is_union_of_documents(store)


def test_document_graph_is_what_build_makes_plus_its_hash() -> None:
    store = built(doc1())
    ds = store_dataset(store)
    expected = set(sample_graph().graph(doc_iri("d1")))
    got = set(ds.graph(doc_iri("d1")))
    assert got - expected == {(doc_iri("d1"), KG.contentHash, Literal(content_hash(doc1().doc)))}
    assert expected <= got
    assert document_hashes(store) == {"d1": content_hash(doc1().doc)}


def test_changed_document_replaces_its_graph() -> None:
    changed = doc1()
    changed.doc = dataclasses.replace(changed.doc, text=changed.doc.text + " More.")
    changed.relations = [r for r in changed.relations if r.predicate != "sanctions"]
    store = built(doc1(), doc2())
    put_document(store, changed)
    assert quads(store) == quads(built(changed, doc2()))
    assert edge(store, "the-west", "russia", "sanctions") is None


# --- retraction ----------------------------------------------------------------------------------------------


def test_removing_one_of_two_sources_keeps_the_edge() -> None:
    store = built(doc1(), doc2())
    assert edge(store, "china", "russia", "cooperatesWith")["sources"] == 2
    assert remove_documents(store, ["d2"]) == ["d2"]
    kept = edge(store, "china", "russia", "cooperatesWith")
    assert kept is not None and kept["sources"] == 1
    assert [e["doc_id"] for e in kept["evidence"]] == ["d1"]
    assert edge(store, "huawei", "sberbank", "cooperatesWith") is None  # only d2 stated it


def test_removal_removes_exactly_what_only_it_supported() -> None:
    store = built(doc1(), doc2())
    remove_documents(store, ["d2"])
    assert quads(store) == quads(built(doc1()))
    assert merged_is_union_of_documents(store)
    g = store_graph(store)
    assert (ENTITY.huawei, RDFS.label, Literal("Huawei")) in g  # d1 names Huawei too
    remove_documents(store, ["d1"])
    assert len(store) == 0  # the last source took every edge and entity with it


def test_removal_order_does_not_matter() -> None:
    first, second = built(doc1(), doc2()), built(doc2(), doc1())
    remove_documents(first, ["d1"])
    remove_documents(second, ["d1"])
    assert quads(first) == quads(second) == quads(built(doc2()))


def test_removing_an_unknown_document_removes_nothing() -> None:
    store = built(doc1(), doc2())
    before = quads(store)
    with pytest.raises(GraphError, match="no such document in the store: nope"):
        remove_documents(store, ["d1", "nope"])
    assert quads(store) == before


def test_source_counts_follow_every_change() -> None:
    extra = doc2()
    extra.doc = dataclasses.replace(extra.doc, doc_id="d3")
    extra.relations = [Relation("russia", "cooperatesWith", "china", evidence=extra.relations[0].evidence)]
    store = built(doc1(), doc2(), extra)
    assert edge(store, "china", "russia", "cooperatesWith")["sources"] == 3
    remove_documents(store, ["d1"])
    assert edge(store, "china", "russia", "cooperatesWith")["sources"] == 2
    put_document(store, doc1())
    remove_documents(store, ["d2", "d3"])
    assert edge(store, "china", "russia", "cooperatesWith")["sources"] == 1


# --- opening -------------------------------------------------------------------------------------------------


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no kg store here"):
        open_store(tmp_path / "missing")
    (tmp_path / "file.ttl").write_text("", encoding="utf-8")
    with pytest.raises(GraphError, match="is a file"):
        open_store(tmp_path / "file.ttl", create=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GraphError, match="not empty"):
        open_store(tmp_path / "other", create=True)


def test_store_on_disk_reopens_and_reports_a_held_lock(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb", create=True)
    put_document(store, doc1())
    store.flush()
    with pytest.raises(GraphError, match="in use by another process"):
        open_store(tmp_path / "kb")
    reader = open_store(tmp_path / "kb", read_only=True)  # readers need no lock
    assert quads(reader) == quads(store)
    del store, reader
    gc.collect()
    assert document_hashes(open_store(tmp_path / "kb")) == {"d1": content_hash(doc1().doc)}


# --- reading a store like a file -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store_and_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object]:
    path = tmp_path_factory.mktemp("store") / "graph.ttl"
    save_graph(sample_graph(), path)
    return store_graph(built(doc1(), doc2())), load_graph(path)


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_saved_queries_agree_on_store_and_file(store_and_file, name: str) -> None:
    store, file = store_and_file
    text = load_query_file(QUERIES / name)
    on_store, on_file = run_query(store, text), run_query(file, text)
    assert sorted(format_result(on_store, "csv").splitlines()) == sorted(format_result(on_file, "csv").splitlines())


def test_queries_with_parameters_agree(store_and_file) -> None:
    store, file = store_and_file
    text = load_query_file(QUERIES / "partners.rq")
    rows = run_query(store, text, {"actor": "China"}).bindings()
    assert rows == run_query(file, text, {"actor": "China"}).bindings()
    assert {str(r["partnerLabel"]) for r in rows} >= {"Russia", "Sberbank"}


def test_store_network_equals_file_network(store_and_file) -> None:
    store, file = store_and_file
    G, H = to_networkx(store), to_networkx(file)
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert sorted(G.edges(keys=True, data=True)) == sorted(H.edges(keys=True, data=True))


# --- the commands that only need a store (no spaCy model) ----------------------------------------------------


def test_cli_remove_and_export(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb", create=True)
    put_document(store, doc1())
    put_document(store, doc2())
    del store
    gc.collect()
    runner = CliRunner()
    result = runner.invoke(app, ["remove", str(tmp_path / "kb"), "d2"])
    gc.collect()  # closes the command's store (in a shell each command is a process of its own)
    assert result.exit_code == 0, result.output
    assert "Removed 1 document(s)" in result.stderr
    result = runner.invoke(app, ["export", str(tmp_path / "kb"), "-o", str(tmp_path / "kb.nq")])
    assert result.exit_code == 0, result.output
    assert {str(g.identifier) for g in load_graph(tmp_path / "kb.nq").graphs() if len(g)} == {str(doc_iri("d1"))}
    result = runner.invoke(app, ["query", str(tmp_path / "kb"), "SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }",
                                 "--format", "json"])
    assert json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"] == "1"


def test_cli_remove_unknown_document_is_one_error_line(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kb", create=True)
    put_document(store, doc1())
    del store
    gc.collect()
    result = CliRunner().invoke(app, ["remove", str(tmp_path / "kb"), "nope"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no such document in the store: nope"


def test_cli_add_needs_an_existing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["add", str(tmp_path / "kb"), str(tmp_path)])
    assert result.exit_code == 1
    assert "no kg store here" in result.stderr and not (tmp_path / "kb").exists()
