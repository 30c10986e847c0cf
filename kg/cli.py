"""The ``kg`` command line: each command parses its options, calls one library function and prints what it returns.

The knowledge-base commands live in :mod:`kg.cli_kb`, the options and error handling every command shares in
:mod:`kg.cli_common`; this module makes the app and registers them all.
"""

from __future__ import annotations

import gc
import importlib
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from kg import cli_kb
from kg.cli_common import (BATCH_OPT, DASK_OPT, JOBS_OPT, MODEL_OPT, QUIET_OPT, SINCE_OPT, UNTIL_OPT, ErrorLog,
                           cli_errors, fail, job_settings, load_graph, loading, print_job, status)
from kg.cli_help import use_plain_help
from kg.cli_web import ARCHIVE_OPT, DELAY_OPT, FEED_OPT, INPUTS_ARG, web_inputs
from kg.perf import without_gc
from kg.resources import data_dir
from kg.viz import DEFAULT_MAX_NODES

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="kg: turn news articles into a knowledge graph of technology cooperation, "
                       "then query, analyse and draw it.\n\nExample: kg build data/articles -o out/graph.ttl "
                       "--html out/graph.html")


@app.command()
@cli_errors
def build(
    inputs: Optional[list[str]] = INPUTS_ARG,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="RDF file to write (format from the extension)."),
    store: Optional[Path] = typer.Option(None, "--store", "-s",
                                         help="Create or update this knowledge-base folder (only new or changed "
                                              "articles are processed); -o then writes the whole store."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the interactive graph page here."),
    fmt: Optional[str] = typer.Option(None, "--format", help="turtle, nt, nquads, trig, json-ld or xml."),
    model: str = MODEL_OPT,
    batch_size: int = BATCH_OPT,
    jobs: int = JOBS_OPT,
    dask: Optional[str] = DASK_OPT,
    quiet: bool = QUIET_OPT,
    feed: list[str] = FEED_OPT,
    delay: float = DELAY_OPT,
    archive: Optional[Path] = ARCHIVE_OPT,
) -> None:
    """Extract every article and write the RDF graph (and the page), or keep it in a store folder.

    Example: kg build data/articles -o out/graph.ttl --html out/graph.html
    """
    from kg.workflow import build as build_graph, update_store

    started = time.perf_counter()
    errors = ErrorLog()
    settings = job_settings(errors, model=model, batch_size=batch_size, jobs=jobs, quiet=quiet, dask=dask,
                            delay=delay, archive=archive)
    report: object
    if store is not None:
        report = update_store(store, web_inputs(inputs, feed), settings, create=True, output=output, html=html,
                              fmt=fmt)
    elif output is not None:
        report = build_graph(web_inputs(inputs, feed), output, settings, html=html, fmt=fmt)
    else:
        fail("give a file to write (-o out/graph.ttl) or a store folder to update (--store kb/)")
    print_job(report, time.perf_counter() - started)
    errors.finish()


@app.command()
@cli_errors
def extract(
    inputs: Optional[list[str]] = INPUTS_ARG,
    output: Path = typer.Option(..., "--output", "-o", help="JSON Lines file to write (- for stdout)."),
    model: str = MODEL_OPT,
    batch_size: int = BATCH_OPT,
    jobs: int = JOBS_OPT,
    dask: Optional[str] = DASK_OPT,
    quiet: bool = QUIET_OPT,
    feed: list[str] = FEED_OPT,
    delay: float = DELAY_OPT,
    archive: Optional[Path] = ARCHIVE_OPT,
) -> None:
    """Write entities and relations of every article as JSON Lines (the evaluation's system format), streamed.

    Documents are written as they are extracted, in input order (files sorted by path), so memory stays flat;
    --jobs N runs the pipeline in N processes and gives the same bytes.

    Example: kg extract articles.jsonl -o extractions.jsonl
    """
    from kg.workflow import extract_file

    errors = ErrorLog()
    settings = job_settings(errors, model=model, batch_size=batch_size, jobs=jobs, quiet=quiet, dask=dask,
                            delay=delay, archive=archive)
    report = extract_file(web_inputs(inputs, feed), output, settings, stdout=sys.stdout)
    for note in report.notes:
        status(note)
    if str(output) != "-":  # else the documents went to stdout
        status(str(report))
    errors.finish()


@app.command()
@cli_errors
def query(
    graph: Path = typer.Argument(..., help="RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD) or store folder."),
    text: Optional[str] = typer.Argument(None, help="The SPARQL query (or use --file)."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a .rq file."),
    param: list[str] = typer.Option([], "--param", "-p", help="Bind a variable: --param actor=Russia (repeatable)."),
    fmt: str = typer.Option("table", "--format", help="table, csv, tsv or json."),
    timeout: float = typer.Option(300.0, "--timeout", help="Seconds the query (with loading the graph) may run."),
    allow_service: bool = typer.Option(False, "--allow-service",
                                       help="Let the query call other endpoints (SERVICE <url>); refused by default."),
) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with kg's prefixes bound.

    The query runs in a child process, stopped at --timeout or by Ctrl-C.

    Example: kg query out/graph.ttl -f data/queries/partners.rq --param actor=China
    """
    from kg.query import load_query_file, parse_params
    from kg.query.guard import check_query
    from kg.query.limit import run_limited

    if (text is None) == (file is None):
        fail("give the query either as an argument or with --file (not both)")
    if timeout <= 0:
        fail("--timeout must be a positive number of seconds")
    sparql = load_query_file(file) if file is not None else str(text)
    params = parse_params(param)
    check_query(sparql, allow_service=allow_service)  # refused before a graph is loaded or a process started
    fmt = fmt.lower()
    output = run_limited(_query_text, graph, sparql, params, fmt, allow_service, timeout=timeout)
    sys.stdout.write(output)


def _query_text(graph: Path, sparql: str, params: dict[str, str], fmt: str, allow_service: bool) -> str:
    """What ``kg query`` prints: the graph loaded, the query run and its result formatted (in the child process)."""
    from kg.query import format_result, run_query

    result = run_query(load_graph(graph), sparql, params, allow_service=allow_service)
    return format_result(result, fmt).rstrip("\n") + "\n"


@app.command()
@cli_errors
def queries() -> None:
    """List the saved queries of data/queries with their descriptions.

    Example: kg queries
    """
    from kg.query import saved_queries

    for name, header in saved_queries(data_dir() / "queries"):
        first = header.splitlines()[0] if header else ""
        typer.echo(f"{name:28s} {first}")


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def view(
    graph: Path = typer.Argument(..., help="RDF file to draw."),
    output: Path = typer.Option(..., "--output", "-o", help="HTML page to write."),
    title: str = typer.Option("kg graph", help="Title of the page."),
    focus: list[str] = typer.Option([], "--focus", help="Draw only the neighbourhood of this entity (repeatable)."),
    hops: int = typer.Option(1, "--hops", help="How many relations away from --focus to go."),
    types: Optional[str] = typer.Option(None, "--type", help="Entity types to keep: Country,Organization,..."),
    predicates: Optional[str] = typer.Option(None, "--predicate",
                                             help="Relations to keep: predicates or families, e.g. sanctions,conflict."),
    since: Optional[str] = typer.Option(None, "--since", help="Keep relations dated on or after this (2024-01-01)."),
    until: Optional[str] = typer.Option(None, "--until", help="Keep relations dated on or before this."),
    min_sources: Optional[int] = typer.Option(None, "--min-sources", help="Keep relations seen in this many independent "
                                                                  "stories (syndicated copies count once)."),
    query_file: Optional[Path] = typer.Option(None, "--query",
                                              help="Draw the result of a CONSTRUCT or SELECT query (.rq file)."),
    param: list[str] = typer.Option([], "--param", "-p", help="Bind a query variable: --param actor=Russia."),
    max_nodes: int = typer.Option(DEFAULT_MAX_NODES, "--max-nodes",
                                  help="Draw at most this many entities, the most connected (0: all)."),
) -> None:
    """Draw the graph as an interactive HTML page that works offline, whole or a focused part of it.

    Example: kg view out/graph.ttl -o graph.html --focus Sberbank --hops 2 --predicate cooperation
    """
    with loading(graph) as loaded:
        from kg.viz import Focus, draw_view
        importlib.import_module("kg.viz.html")  # the page code, imported while the graph loads

        spec = Focus(centres=tuple(focus), hops=hops, types=(types,) if types else (),
                     predicates=(predicates,) if predicates else (), since=since, until=until,
                     min_sources=min_sources)
        ds = loaded()
    query = params = None
    if query_file is not None:
        from kg.query import load_query_file, parse_params

        query, params = load_query_file(query_file), parse_params(param)
    status(str(draw_view(ds, output, spec, query=query, query_name=query_file.name if query_file else None,
                         params=params, title=title, max_nodes=max_nodes)))


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def analyze(
    graph: Path = typer.Argument(..., help="RDF file or store folder to analyse."),
    top: int = typer.Option(10, help="How many actors to rank."),
    path: Optional[tuple[str, str]] = typer.Option(None, "--path", metavar="FROM TO",
                                                   help="Shortest paths between two actors (names, aliases or IRIs)."),
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
) -> None:
    """Rank actors (degree, PageRank, betweenness), find communities, or trace paths between two actors.

    Example: kg analyze out/graph.ttl --path Sberbank Huawei
    """
    from kg.analysis import to_networkx
    from kg.analysis.period import filter_by_date
    from kg.analysis.report import analyze as analysis

    typer.echo(analysis(filter_by_date(to_networkx(load_graph(graph)), since, until), top=top, path=path))


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def export(
    graph: Path = typer.Argument(..., help="RDF file or store folder to convert."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (format from the extension)."),
    fmt: Optional[str] = typer.Option(None, "--format",
                                      help="turtle, nt, nquads, trig, json-ld or xml; or the network as graphml, "
                                           "gexf (Gephi) or csv (NAME-nodes.csv and NAME-edges.csv for Neo4j)."),
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
) -> None:
    """Convert a graph or a store to any RDF format, or write its network as GraphML, GEXF or Neo4j CSV.

    Example: kg export kb/ -o out/graph.ttl --since 2024-01-01
    """
    from kg.analysis.exports import export_graph

    written = export_graph(graph, output, fmt, since=since, until=until)
    status(f"Wrote {' and '.join(str(p) for p in written)}")


@app.command()
@cli_errors
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold annotations as JSON Lines (the format of the evaluation "
                                                "guidelines); several files are read as one set."),
    system: Optional[Path] = typer.Option(None, "--system",
                                          help="Score this extraction file instead of extracting the gold texts."),
    model: str = MODEL_OPT,
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    cv: Optional[int] = typer.Option(None, "--cv", help="K-fold cross-validation by document: train the relation "
                                                        "model on K-1 folds, score the held-out one; rules, model "
                                                        "and both, overall, per predicate and per cluster."),
    seed: int = typer.Option(0, "--seed", help="Seed of the folds and the model (with --cv)."),
) -> None:
    """Score kg's extraction against gold annotations: entity and relation P/R/F1, per type and predicate.

    Example: kg evaluate ../shared/eval/dev.jsonl
    Example: kg evaluate --cv 5 ../shared/eval/train.jsonl ../shared/eval/dev.jsonl ../shared/eval/seed.jsonl
    """
    import json

    from kg.evaluate import format_report

    if cv is not None:
        from kg.learn.api import cross_validate_files
        from kg.learn.cv import format_cv_report

        if system is not None:
            fail("--cv extracts the gold texts itself: leave out --system")
        result = cross_validate_files(gold, cv, base_model=model, seed=seed)
        typer.echo(json.dumps(result, indent=2) if as_json else format_cv_report(result))
        return
    from kg.workflow import score_files

    result = score_files(gold, system, model=model)
    typer.echo(json.dumps(result, indent=2) if as_json else format_report(result))


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def report(
    graph: Path = typer.Argument(..., help="RDF file or store folder to report on."),
    output: Path = typer.Option(..., "--output", "-o", help="Brief to write: .html (a page that works offline) or .md."),
    since: Optional[str] = typer.Option(None, "--since", help="Report the relations first stated on or after this "
                                                              "date (YYYY, YYYY-MM or YYYY-MM-DD); default: all."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Only the relations of this actor, and draw it."),
    fmt: Optional[str] = typer.Option(None, "--format", help="html or md (default: from the extension)."),
    min_confidence: float = typer.Option(0.7, "--min-confidence",
                                         help="Relations less confident than this are listed apart."),
    top: int = typer.Option(8, "--top", help="How many of the most active actors to describe."),
    max_relations: int = typer.Option(50, "--max-relations",
                                      help="List at most this many relations per family, those with the most "
                                           "sources (0: all)."),
    title: str = typer.Option("kg brief", "--title", help="Title of the brief."),
) -> None:
    """Write a brief of what changed: new relations by family with their evidence and sources, the most active
    actors, relations per month and a drawing of the focus.

    Example: kg report kb/ -o out/brief.html --since 2024-01-01 --focus China
    """
    from kg.report.output import write_report

    status(str(write_report(graph, output, fmt, since=since, focus=focus, min_confidence=min_confidence, top=top,
                            max_relations=max_relations, title=title)))


@app.command()
@cli_errors
def train(
    gold: list[Path] = typer.Argument(..., help="Gold annotations as JSON Lines (the format of the evaluation "
                                                "guidelines), one or more files."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write the trained relation model to "
                                                            "(use it with --model FOLDER)."),
    model: str = MODEL_OPT,
    seed: int = typer.Option(0, "--seed", help="Seed of the model and its inner folds (same seed, same files)."),
) -> None:
    """Train the relation model (and its thresholds and confidence calibration) on annotated articles.

    Example: kg train my-annotations.jsonl -o my-model/ && kg build articles/ -o g.ttl --model my-model/
    """
    from kg.learn.api import train_files

    trained, took = train_files(gold, output, base_model=model, seed=seed)
    added = ", ".join(f"{p} {t:.2f}" for p, t in sorted(trained.thresholds.items())) or "none"
    status(f"Wrote {output}: relation model from {trained.meta['documents']} documents, "
           f"{trained.meta['pairs']} candidate pairs, {len(trained.classes)} classes; "
           f"adds edges for (threshold): {added} "
           f"(parse {took['parse']:.1f} s, train {took['train']:.1f} s)")


def main() -> None:
    """The ``kg`` console command: :data:`app`, then an exit that skips the last garbage collection.

    Python ends by collecting every object still alive; after a command that held a large graph that pass walks
    millions of objects (half a second for 300,000 triples) to free memory the operating system takes back anyway.
    Frozen objects are left out of it (:func:`gc.freeze`); outputs are already written and closed by then.
    """
    try:
        app()
    finally:
        gc.freeze()


for _command in cli_kb.COMMANDS:
    app.command()(_command)

# help pages with click's metavars (PATH, TEXT, INPUTS...), not Python types: after every command is registered
use_plain_help(app)
