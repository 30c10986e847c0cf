"""Scale benchmarks: extraction throughput, peak memory, million-triple graph work and page generation, one table.

    python benchmarks/scale.py                       # everything (about 20 minutes on 2 cores)
    python benchmarks/scale.py --only 1 3            # sections 1 and 3
    python benchmarks/scale.py --articles 300 --memory 1000 10000 --graph-docs 4500

Sections, each measured side by side in the same run:

1. extraction throughput (words/s) of kg (pipeline + records + JSON) against plain ``nlp.pipe`` with the same model,
   in 1 and 2 processes, over synthetic articles from ``benchmarks/corpus.py`` (best of two runs each, interleaved);
   and against plain ``nlp.pipe`` with kg's matrix products (numpy's BLAS instead of blis, which kg's pipeline
   uses: ``kg.nlp.pipeline.numpy_matrix_products``), which leaves what kg's own components cost;
2. peak memory (RSS) of ``kg extract`` and ``kg build --store`` over 1,000 and 10,000 articles (``--jobs 2``);
3. a graph of about a million triples (synthetic extractions: documents, entities, relations with provenance):
   build, load, export (Turtle, N-Quads) and queries (saved queries and a count by predicate) for kg, rdflib's
   memory store and pyoxigraph used directly, plus ``to_networkx`` and centrality on kg's;
4. ``kg view`` (the whole command) and the page's size at 1,000 and 5,000 nodes.

The machine is shared with whatever else runs on it: numbers move by 10-20 % between runs.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402

ROWS: list[tuple[str, str, str, str]] = []


def row(section: str, what: str, value: str, note: str = "") -> None:
    ROWS.append((section, what, value, note))
    print(f"  {what}: {value} {note}", flush=True)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


#: the plain run with kg's matrix products (section 1)
SAME_OPS = "plain nlp.pipe with kg's numpy matrix products, 1 process, 1 BLAS thread"


# -- 1. extraction throughput -------------------------------------------------------------------------------------

def throughput(articles: int, workdir: Path) -> None:
    from threadpoolctl import threadpool_limits

    from kg.extract import doc_to_extraction, extract
    from kg.ingest import iter_documents
    from kg.nlp.pipeline import build_nlp, load_model, numpy_matrix_products
    from kg.workflow import json_line

    corpus = write_corpus(articles, workdir / f"corpus-{articles}.jsonl", seed=1)
    docs = list(iter_documents([str(corpus)]))
    words = sum(len(d.text.split()) for d in docs)
    plain, nlp = load_model(), build_nlp()
    # the same model with kg's matrix products (numpy's BLAS, not blis): what kg's own components cost beside it
    plain_numpy = load_model()
    numpy_matrix_products(plain_numpy)

    def run_plain(n: int, blas_threads: int | None, model: object = plain) -> None:
        texts = (d.text for d in docs)
        if blas_threads is None:
            for _ in model.pipe(texts, batch_size=16, n_process=n):  # type: ignore[attr-defined]
                pass
        else:
            with threadpool_limits(blas_threads):
                for _ in model.pipe(texts, batch_size=16, n_process=n):  # type: ignore[attr-defined]
                    pass

    def run_kg(n: int) -> None:
        with open(workdir / "out.jsonl", "w", encoding="utf-8") as out:
            for ex in extract(docs, nlp, n_process=n):
                out.write(json_line(ex))

    def run_kg_spacy_processes(n: int) -> None:
        # spaCy's own worker processes instead of kg's pool: whole Docs (with kg's attributes) travel back
        with threadpool_limits(1), open(workdir / "out.jsonl", "w", encoding="utf-8") as out:
            for doc, d in nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=16, n_process=n):
                out.write(json_line(doc_to_extraction(doc, d)))

    run_plain(1, None), run_kg(1)  # warm up
    runs: dict[str, Callable[[], None]] = {
        "plain nlp.pipe, 1 process": lambda: run_plain(1, None),
        "plain nlp.pipe, 1 process, 1 BLAS thread": lambda: run_plain(1, 1),
        "kg extraction, 1 process": lambda: run_kg(1),
        SAME_OPS: lambda: run_plain(1, 1, plain_numpy),
        "plain nlp.pipe, n_process=2": lambda: run_plain(2, None),
        "plain nlp.pipe, n_process=2, 1 BLAS thread": lambda: run_plain(2, 1),
        "kg extraction, --jobs 2": lambda: run_kg(2),
        "kg extraction, spaCy's nlp.pipe n_process=2": lambda: run_kg_spacy_processes(2),
    }
    best = {name: 0.0 for name in runs}
    # the CPU time of this process too (all its threads): on a machine shared with other work, wall-clock time
    # moves with the others' load and CPU time much less; the one-process runs do all their work in this process
    cpu = {name: 0.0 for name in runs}
    for _ in range(2):
        for name, fn in runs.items():
            start_cpu = time.process_time()
            best[name] = max(best[name], words / timed(fn)[0])
            cpu[name] = max(cpu[name], words / (time.process_time() - start_cpu))
    print(f"1. throughput over {articles} articles ({words} words)")
    for name, speed in best.items():
        row("1", name, f"{speed:,.0f} words/s")
    plain1 = max(best["plain nlp.pipe, 1 process"], best["plain nlp.pipe, 1 process, 1 BLAS thread"])
    kg1, kg2 = best["kg extraction, 1 process"], best["kg extraction, --jobs 2"]
    row("1", "kg / plain, 1 process", f"{kg1 / plain1:.0%}", "(target >= 85%; against the faster plain run)")
    plain_cpu = max(cpu["plain nlp.pipe, 1 process"], cpu["plain nlp.pipe, 1 process, 1 BLAS thread"])
    row("1", "kg / plain, 1 process, by CPU time", f"{cpu['kg extraction, 1 process'] / plain_cpu:.0%}",
        f"({cpu['kg extraction, 1 process']:,.0f} against {plain_cpu:,.0f} words per CPU second)")
    same_ops = best[SAME_OPS]
    row("1", "kg / plain with the same matrix products, 1 process", f"{kg1 / same_ops:.0%}",
        "(what kg's own components, records and JSON cost; kg runs spaCy's matrix products through numpy's BLAS)")
    row("1", "kg --jobs 2 / kg 1 process", f"{kg2 / kg1:.2f}x", "(target >= 1.7x)")


# -- 2. peak memory -----------------------------------------------------------------------------------------------

# The kg process's own peak is VmHWM (this process image only): ru_maxrss of a child started by a large process
# counts the memory it had before exec (the benchmark's own, 250 MB after section 1).
_PEAK = """import resource, sys
from kg.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
finally:
    try:
        with open("/proc/self/status") as fh:
            own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("PEAK", own, workers, file=sys.stderr)
"""


def peak_rss(args: list[str]) -> tuple[float, int, int]:
    """Seconds, and the peak RSS in MB of the kg process and of its largest worker."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PEAK, *args], capture_output=True, text=True, cwd=ROOT)
    took = time.perf_counter() - start
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PEAK")]
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"kg {' '.join(args)} failed: {proc.stderr[-2000:]}")
    _, own, workers = line[-1].split()
    return took, int(own) // 1024, int(workers) // 1024


def memory(sizes: list[int], workdir: Path) -> None:
    print(f"2. peak memory, {' vs '.join(map(str, sizes))} articles (--jobs 2)")
    results: dict[str, list[int]] = {}
    for n in sizes:
        corpus = write_corpus(n, workdir / f"memory-{n}.jsonl", seed=2)
        for name, args in (
            ("kg extract", ["extract", str(corpus), "-o", str(workdir / f"memory-{n}.out.jsonl"), "-q", "-j", "2"]),
            ("kg build --store", ["build", str(corpus), "--store", str(workdir / f"kb-{n}"), "-q", "-j", "2"]),
        ):
            took, own, workers = peak_rss(args)
            results.setdefault(name, []).append(own)
            row("2", f"{name}, {n:,} articles", f"{own} MB", f"(largest worker {workers} MB; {took:.0f} s)")
    for name, peaks in results.items():
        row("2", f"{name}: peak at {sizes[-1]:,} / at {sizes[0]:,}", f"{peaks[-1] / peaks[0]:.2f}x", "(target <= 1.2x)")


# -- 3. a million triples -----------------------------------------------------------------------------------------

def synthetic_extractions(n_docs: int, seed: int = 0) -> Iterator:
    """Extractions shaped like kg's: 10 entities and up to 10 relations (every predicate) with evidence per document."""
    from kg.records import Document, Entity, Evidence, Extraction, Relation
    from kg.vocab import PREDICATES

    rnd = random.Random(seed)
    kinds = ["Country", "Organization", "Person", "Technology"]
    entities = [Entity(f"e{i}", f"Entity {i}", kinds[i % 4], aliases=[f"E{i}"] if i % 3 == 0 else [],
                       wikidata=f"Q{i}" if i % 2 else None) for i in range(50000)]
    predicates = list(PREDICATES)
    for d in range(n_docs):
        doc = Document(f"doc-{d:06d}", "text", title=f"Title {d}", url=f"https://news.example/{d}",
                       published=f"2024-{d % 12 + 1:02d}-{d % 28 + 1:02d}", source="Wire")
        chosen = rnd.sample(entities[: 2000 + d * 10], 10)
        relations, seen = [], set()
        for k in range(10):
            a, b = rnd.sample(chosen, 2)
            pred = rnd.choice(predicates)
            if (a.id, pred, b.id) in seen or (b.id, pred, a.id) in seen:
                continue
            seen.add((a.id, pred, b.id))
            relations.append(Relation(a.id, pred, b.id, topics=[chosen[0].id] if k % 3 == 0 else [],
                                      date="2024-05" if k % 4 == 0 else None,
                                      evidence=[Evidence(f"{a.label} and {b.label} sentence {d}-{k}.", k * 50,
                                                         k * 50 + 40, "coop_verb", 0.8)]))
        yield Extraction(doc, chosen, relations)


QUERIES = ["documents", "leaders", "locations", "memberships", "sanctions", "technology-cooperation", "timeline"]
COUNT_BY_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"


def million(n_docs: int, workdir: Path, rdflib_queries: bool) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.analysis import centrality, to_networkx
    from kg.query import load_query_file, run_query
    from kg.rdf.build import add_extraction, build_graph, new_dataset
    from kg.rdf.io import load_graph, save_graph
    from kg.resources import data_dir

    extractions = list(synthetic_extractions(n_docs))
    import gc

    t_kg, ds = timed(lambda: build_graph(extractions))
    quads = sum(1 for _ in ds.store.oxigraph.quads_for_pattern(None, None, None, None))
    triples = len(ds)
    print(f"3. {quads:,} quads ({triples:,} distinct triples) from {n_docs:,} documents")

    def rdflib_build() -> Dataset:
        mem = new_dataset()
        for ex in sorted(extractions, key=lambda e: e.doc.doc_id):
            add_extraction(mem, ex)
        return mem

    t_rdf, mem = timed(rdflib_build)
    row("3", "build from records: kg / rdflib", f"{t_kg:.1f} s / {t_rdf:.1f} s")
    nq, ttl = workdir / "m.nq", workdir / "m.ttl"
    save_graph(ds, nq), save_graph(ds, ttl)
    del extractions

    results: dict[str, dict[str, float]] = {"kg": {}, "rdflib": {}, "pyoxigraph": {}}
    # load
    results["kg"]["load N-Quads"], kg_nq = timed(lambda: load_graph(nq))
    results["kg"]["load Turtle"], kg_ttl = timed(lambda: load_graph(ttl))
    ox_nq, ox_ttl = ox.Store(), ox.Store()
    results["pyoxigraph"]["load N-Quads"], _ = timed(lambda: ox_nq.load(path=str(nq), format=ox.RdfFormat.N_QUADS))
    results["pyoxigraph"]["load Turtle"], _ = timed(lambda: ox_ttl.load(path=str(ttl), format=ox.RdfFormat.TURTLE))
    rdf_nq, rdf_ttl = Dataset(default_union=True), Dataset(default_union=True)
    results["rdflib"]["load N-Quads"], _ = timed(lambda: rdf_nq.parse(nq, format="nquads"))
    results["rdflib"]["load Turtle"], _ = timed(lambda: rdf_ttl.parse(ttl, format="turtle"))
    del mem
    gc.collect()
    gc.freeze()  # rdflib's million-triple stores are long-lived: a full collection rescanning them skews later timings
    # export: each from what it loaded of the same format
    out = workdir / "export"
    results["kg"]["export Turtle"], _ = timed(lambda: save_graph(kg_ttl, f"{out}.ttl"))
    results["kg"]["export N-Quads"], _ = timed(lambda: save_graph(kg_nq, f"{out}.nq"))
    results["pyoxigraph"]["export Turtle"], _ = timed(
        lambda: ox_ttl.dump(output=f"{out}-ox.ttl", format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
    results["pyoxigraph"]["export N-Quads"], _ = timed(
        lambda: ox_nq.dump(output=f"{out}-ox.nq", format=ox.RdfFormat.N_QUADS))
    results["rdflib"]["export Turtle"], _ = timed(lambda: rdf_ttl.serialize(f"{out}-rdflib.ttl", format="turtle"))
    results["rdflib"]["export N-Quads"], _ = timed(lambda: rdf_nq.serialize(f"{out}-rdflib.nq", format="nquads"))
    # queries, each on the graph loaded from Turtle (one graph: no union to make)
    texts = {name: load_query_file(data_dir() / "queries" / f"{name}.rq") for name in QUERIES}
    texts["count by predicate"] = COUNT_BY_PREDICATE
    prefixes = {p: str(ns) for p, ns in __import__("kg.vocab").vocab.PREFIXES.items()}
    solutions_only: dict[str, float] = {}
    for name, text in texts.items():
        results["kg"][f"query {name}"], _ = timed(lambda: run_query(kg_ttl, text))
        # pyoxigraph used directly, reading every cell of every row (a result nobody reads is not an answer);
        # the time to list the solutions without reading them is given beside it
        results["pyoxigraph"][f"query {name}"], _ = timed(lambda: [
            [None if cell is None else cell.value for cell in solution]
            for solution in ox_ttl.query(text, prefixes=prefixes)])
        solutions_only[f"query {name}"], _ = timed(lambda: list(ox_ttl.query(text, prefixes=prefixes)))
        if rdflib_queries or name == "count by predicate":
            results["rdflib"][f"query {name}"], _ = timed(lambda: list(rdf_ttl.query(
                text, initNs={p: ns for p, ns in __import__("kg.vocab").vocab.PREFIXES.items()})))
    for what in results["kg"]:
        kg_s, ox_s, rdf_s = results["kg"][what], results["pyoxigraph"][what], results["rdflib"].get(what)
        rdf_text = f"{rdf_s:.2f} s" if rdf_s is not None else "not run"
        ratio = f"kg/ox {kg_s / ox_s:.2f}x" + (f", rdflib/kg {rdf_s / kg_s:.0f}x" if rdf_s is not None else "")
        if what in solutions_only:
            ratio += f"; pyoxigraph listing the solutions without reading them {solutions_only[what]:.2f} s"
        row("3", f"{what}: kg / pyoxigraph / rdflib", f"{kg_s:.2f} s / {ox_s:.2f} s / {rdf_text}", f"({ratio})")
    # the union of the N-Quads graphs, made once when first read, and the network
    t_merge, _ = timed(lambda: kg_nq.store.merged())
    row("3", "kg: union of the named graphs (first union read of an N-Quads file)", f"{t_merge:.2f} s")
    t_nx, G = timed(lambda: to_networkx(kg_ttl))
    row("3", "kg: to_networkx", f"{t_nx:.2f} s", f"({G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges)")
    t_c, rows = timed(lambda: centrality(G, 10))
    approx = " (betweenness estimated from a sample of pivots)" if rows and rows[0]["approximate"] else ""
    row("3", "kg: centrality (PageRank, betweenness)", f"{t_c:.2f} s", approx)


# -- 4. kg view ---------------------------------------------------------------------------------------------------

def view(sizes: list[int], workdir: Path) -> None:
    from view_page import random_extractions

    from kg.rdf.build import build_graph
    from kg.rdf.io import save_graph

    print("4. kg view (whole command, a subprocess)")
    for nodes in sizes:
        path = save_graph(build_graph(random_extractions(nodes, nodes * 3)), workdir / f"view-{nodes}.ttl")
        html = workdir / f"view-{nodes}.html"
        command = [sys.executable, "-c", "from kg.cli import main; main()", "view", str(path), "-o", str(html),
                   "--max-nodes", "0"]
        took, proc = timed(lambda: subprocess.run(command, capture_output=True, text=True, cwd=ROOT))
        if proc.returncode != 0:  # type: ignore[attr-defined]
            raise RuntimeError(proc.stderr)  # type: ignore[attr-defined]
        triples = sum(1 for line in path.read_text().splitlines() if line.rstrip().endswith((".", ";", ",")))
        row("4", f"kg view, {nodes:,} nodes / {nodes * 3:,} edges", f"{took:.1f} s",
            f"(page {html.stat().st_size / 1e6:.1f} MB; Turtle {path.stat().st_size / 1e6:.1f} MB, ~{triples:,} lines)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", type=int, default=[1, 2, 3, 4])
    ap.add_argument("--articles", type=int, default=300, help="Articles for the throughput runs.")
    ap.add_argument("--memory", nargs=2, type=int, default=[1000, 10000], help="Article counts for peak memory.")
    ap.add_argument("--graph-docs", type=int, default=4500, help="Documents of the million-triple graph.")
    ap.add_argument("--rdflib-saved-queries", action="store_true",
                    help="Also run the saved queries in rdflib (minutes each at a million triples).")
    ap.add_argument("--view-nodes", nargs="*", type=int, default=[1000, 5000])
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if 1 in args.only:
            throughput(args.articles, work)
        if 2 in args.only:
            memory(args.memory, work)
        if 3 in args.only:
            million(args.graph_docs, work, args.rdflib_saved_queries)
        if 4 in args.only:
            view(args.view_nodes, work)
    print("\n| section | measure | value | note |\n| --- | --- | --- | --- |")
    for section, what, value, note in ROWS:
        print(f"| {section} | {what} | {value} | {note} |")
    print(f"\n(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")


if __name__ == "__main__":
    main()
