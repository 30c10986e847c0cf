"""Graph-page benchmark: a random 5,000-entity, 15,000-relation graph, drawn by ``kg view`` and opened in Chromium.

    python benchmarks/view_page.py                          # 5,000 nodes, 15,000 edges
    python benchmarks/view_page.py --nodes 1000 --edges 3000

It writes a random graph in kg's RDF schema (entities, direct triples, one provenance statement with an evidence
sentence per relation, 300 documents), then times ``render_html`` on its networkx form, the whole ``kg view``
command (a subprocess, so start-up and exit count) drawing every node and drawing the default 1,500, and, in
headless Chromium, the time from navigation until the page is drawn and interactive
(``document.body.dataset.ready``: positions come from Python, physics never runs), plus the time of one full redraw
(a hover or a click) and of one redraw while panning (edges hidden). Targets: page ready within 5 s, ``kg view``
within 2 s.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.analysis import to_networkx  # noqa: E402
from kg.rdf import load_graph, save_graph  # noqa: E402
from kg.rdf.build import build_graph  # noqa: E402
from kg.records import Document, Entity, Evidence, Extraction, Relation  # noqa: E402
from kg.viz import render_html  # noqa: E402
from kg.vocab import ENTITY_TYPES, PREDICATES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def random_extractions(nodes: int, edges: int, documents: int = 300, seed: int = 1) -> list[Extraction]:
    """Extractions whose graph has ``nodes`` entities and ``edges`` distinct relations, with a few hubs."""
    rnd = random.Random(seed)
    entities = [Entity(f"e{i}", f"Entity {i}", ENTITY_TYPES[i % len(ENTITY_TYPES)],
                       country=f"e{(i // 6) * 6}" if i % 6 else None) for i in range(nodes)]
    predicates = list(PREDICATES.values())
    seen: set[tuple[int, str, int]] = set()
    per_doc: dict[int, list[Relation]] = {}
    while len(seen) < edges:
        # a Pareto draw gives some entities many relations, as news does for Russia or China
        u, v, p = int(rnd.paretovariate(1.1)) % nodes, rnd.randrange(nodes), rnd.choice(predicates)
        key = (min(u, v), p.name, max(u, v)) if p.symmetric else (u, p.name, v)
        if u == v or key in seen:
            continue
        seen.add(key)
        sentence = f"Entity {u} and Entity {v} were reported together ({len(seen)})."
        doc = len(seen) % documents
        per_doc.setdefault(doc, []).append(Relation(
            f"e{u}", p.name, f"e{v}", status=rnd.choice(["asserted", "asserted", "planned"]),
            date=f"2024-{rnd.randint(1, 12):02d}", evidence=[Evidence(sentence, 0, len(sentence), "bench", 0.7)]))
    out = []
    for doc, relations in sorted(per_doc.items()):
        used = sorted({int(x[1:]) for r in relations for x in (r.subject, r.object)})
        out.append(Extraction(Document(f"d{doc}", "benchmark", title=f"Report {doc}",
                                       url=f"https://news.example.com/{doc}", published="2024-12-31"),
                              [entities[i] for i in used], relations))
    # entities without any relation still appear, as typed nodes
    out.append(Extraction(Document("all", "benchmark"), entities, []))
    return out


def browser_times(page_path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        started = time.perf_counter()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=120_000)
        wall = time.perf_counter() - started
        ready_ms = float(page.evaluate("() => Number(document.body.dataset.readyMs)"))
        physics = page.evaluate("() => kgNetwork.physics.options.enabled")
        redraw = page.evaluate("""() => { const t = performance.now();
            for (let i = 0; i < 3; i++) kgNetwork.renderer._redraw(); return (performance.now() - t) / 3; }""")
        moving = page.evaluate("""() => { const r = kgNetwork.renderer; r.dragging = true; const t = performance.now();
            for (let i = 0; i < 3; i++) r._redraw(); r.dragging = false; return (performance.now() - t) / 3; }""")
        filtering = page.evaluate("""() => { const t = performance.now(); kgFilters.set({predicates: ['sanctions']});
            kgFilters.reset(); return (performance.now() - t) / 2; }""")
        browser.close()
    if errors or physics:
        raise SystemExit(f"page not interactive: physics={physics} errors={errors}")
    return {"ready_ms": ready_ms, "wall_s": wall, "redraw_ms": redraw, "pan_ms": moving, "filter_ms": filtering}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=15000)
    parser.add_argument("--keep", type=Path, help="Keep the graph and the page in this folder.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-view-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rdf_path, page_path, cli_page = folder / "graph.ttl", folder / "graph.html", folder / "graph-cli.html"

    save_graph(build_graph(random_extractions(args.nodes, args.edges)), rdf_path)
    started = time.perf_counter()
    rdf = load_graph(rdf_path)
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    G = to_networkx(rdf)
    convert_s = time.perf_counter() - started
    started = time.perf_counter()
    render_html(G, page_path, max_nodes=0)
    render_s = time.perf_counter() - started
    kg = str(Path(sys.executable).with_name("kg"))
    started = time.perf_counter()
    subprocess.run([kg, "view", str(rdf_path), "-o", str(cli_page), "--max-nodes", "0"], check=True,
                   capture_output=True)
    cli_s = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run([kg, "view", str(rdf_path), "-o", str(folder / "graph-default.html")], check=True,
                   capture_output=True)
    default_s = time.perf_counter() - started
    page = browser_times(page_path)

    rows = [
        ("graph", f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges, {len(rdf):,} triples", ""),
        ("render_html (layout + page)", f"{render_s:.2f} s", ""),
        ("kg view --max-nodes 0 (whole command)", f"{cli_s:.2f} s", "target < 2 s; every node drawn"),
        ("kg view (default: 1,500 nodes drawn)", f"{default_s:.2f} s", "target < 2 s"),
        ("  RDF parse (in process)", f"{load_s:.2f} s", "Oxigraph"),
        ("  to_networkx (in process)", f"{convert_s:.2f} s", ""),
        ("HTML size", f"{page_path.stat().st_size / 1e6:.1f} MB", ""),
        ("page drawn + interactive", f"{page['ready_ms'] / 1000:.2f} s", "target < 5 s"),
        ("  (goto to ready, wall)", f"{page['wall_s']:.2f} s", ""),
        ("full redraw (hover, click)", f"{page['redraw_ms']:.0f} ms", ""),
        ("redraw while panning", f"{page['pan_ms']:.0f} ms", "edges hidden"),
        ("apply one filter", f"{page['filter_ms']:.0f} ms", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<40} {note}")
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
