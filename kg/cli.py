"""The ``kg`` command line: each command opens its inputs, calls one library function, and reports errors in one line."""

from __future__ import annotations

import functools
import gc
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional, TypeVar

import typer

from kg.cli_web import ARCHIVE_OPT, DELAY_OPT, FEED_OPT, INPUTS_ARG, web_inputs, web_run
from kg.errors import InputError, KgError
from kg.perf import without_gc
from kg.resources import DEFAULT_MODEL, data_dir
from kg.viz import DEFAULT_MAX_NODES

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="kg: turn news articles into a knowledge graph of technology cooperation, "
                       "then query, analyse and draw it.\n\nExample: kg build data/articles -o out/graph.ttl "
                       "--html out/graph.html")
F = TypeVar("F", bound=Callable[..., Any])

MODEL_OPT = typer.Option(DEFAULT_MODEL, "--model", "-m", help="spaCy pipeline to use (an installed package or a "
                                                              "folder), or a relation model folder from kg train.")


def fail(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


_LIBRARY_SHOWWARNING = warnings.showwarning


def _show_warning(message: Any, category: Any, filename: str, lineno: int, file: Any = None,
                  line: Any = None) -> None:
    """kg's own warnings about inputs as one ``Warning: …`` line; any other library's as Python shows them."""
    from kg.errors import InputWarning

    if isinstance(category, type) and issubclass(category, InputWarning):
        typer.echo(f"Warning: {' '.join(str(message).split())}", err=True)
    else:
        _LIBRARY_SHOWWARNING(message, category, filename, lineno, file, line)


def cli_errors(func: F) -> F:
    """Turn kg's own exceptions into ``Error: …`` on stderr and exit status 1, and its warnings (an input changed
    or skipped) into ``Warning: …`` lines, every one of them."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from kg.errors import InputWarning

        warnings.simplefilter("always", InputWarning)
        warnings.showwarning = _show_warning
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(130)

    return wrapper  # type: ignore[return-value]


class ErrorLog:
    """Collects input errors: each is reported as a warning, and the command exits 1 at the end."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, err: InputError) -> None:
        self.count += 1
        typer.echo(f"Warning: skipped {err}", err=True)

    def finish(self) -> None:
        if self.count:
            typer.echo(f"Error: {self.count} input(s) could not be read (see warnings above)", err=True)
            raise typer.Exit(1)


def _progress(iterable: Any, quiet: bool, desc: str) -> Any:
    if quiet:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)


def _load_graph(path: Path) -> Any:
    """An RDF file, or a store folder read in place, as an rdflib graph."""
    from kg.store import open_graph

    return open_graph(path)


@contextmanager
def _loading(path: Path) -> Iterator[Callable[[], Any]]:
    """:func:`_load_graph` with the file parsed in a background thread from the start: the command imports
    networkx, scipy and the page code while Oxigraph parses (it releases the GIL). Call what it yields to get the
    graph."""
    from kg.rdf.parse import preparse

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load") as pool:
        parsed = pool.submit(preparse, path)
        from kg.store import open_graph

        yield lambda: open_graph(path, parsed.result())


def _load_dataset(path: Path) -> Any:
    """An RDF file, or a store folder's document graphs, as an in-memory rdflib dataset."""
    from kg.store import open_dataset

    return open_dataset(path)


BATCH_OPT = typer.Option(16, help="Documents per spaCy batch.")
JOBS_OPT = typer.Option(1, "--jobs", "-j", help="Processes running the pipeline (same output for any number).")
DASK_OPT = typer.Option(None, "--dask", help="Run the pipeline on a Dask cluster: its scheduler (tcp://host:8786), "
                                             "or local for a cluster of --jobs local processes.")
QUIET_OPT = typer.Option(False, "--quiet", "-q", help="No progress bar.")
SINCE_OPT = typer.Option(None, "--since", help="Only relations dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL_OPT = typer.Option(None, "--until", help="Only relations dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")


@app.command()
@cli_errors
def build(
    inputs: Optional[list[str]] = INPUTS_ARG,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="RDF file to write (format from the extension)."),
    store: Optional[Path] = typer.Option(None, "--store", "-s",
                                         help="Create or update this knowledge-base folder (only new or changed "
                                              "articles are processed); -o then writes the whole store."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the interactive graph page here."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="turtle, nt, nquads, trig, json-ld or xml."),
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
    from kg.rdf import guess_format, save_graph
    from kg.workflow import build_dataset, run_extraction, summarize

    started = time.perf_counter()
    if output is None and store is None:
        fail("give a file to write (-o out/graph.ttl) or a store folder to update (--store kb/)")
    if output is not None:
        guess_format(output, fmt)  # fail before the work on an unknown format
    inputs = web_inputs(inputs, feed)
    if store is not None:
        from kg.cli_kb import update_store

        update_store(store, inputs, create=True, output=output, html=html, fmt=fmt, model=model,
                     batch_size=batch_size, jobs=jobs, quiet=quiet, force=False, dask=dask, delay=delay,
                     archive=archive)
        return
    errors = ErrorLog()
    import tempfile

    # streamed through store folders on disk: memory stays flat for any number of articles, then written out
    try:
        scratch_dir = tempfile.TemporaryDirectory(prefix=".kg-build-", dir=output.parent if output.parent.is_dir()
                                                  else None, ignore_cleanup_errors=True)
    except OSError as exc:
        fail(f"{output.parent}: cannot make a scratch folder for the build: {exc.strerror or exc}")
    with scratch_dir as scratch:
        with web_run(None, delay, archive):
            stream = run_extraction(inputs, model=model, on_error=errors, stdin=sys.stdin, batch_size=batch_size,
                                    n_process=jobs, dask=dask)
            ds = build_dataset(_progress(stream, quiet, "extract"), folder=scratch)
        save_graph(ds, output, fmt)
        if html is not None:
            from kg.analysis import to_networkx
            from kg.viz import render_html

            render_html(to_networkx(ds), html, title="kg graph")
        summary = summarize(ds)
        del ds
        gc.collect()  # the stores close (RocksDB stops writing) before their folders are removed
    took = time.perf_counter() - started
    typer.echo(f"Wrote {output}{' and ' + str(html) if html else ''}: {summary} ({took:.1f} s)", err=True)
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
    from kg.workflow import run_extraction, write_jsonl

    errors = ErrorLog()
    with web_run(None, delay, archive):
        stream = run_extraction(web_inputs(inputs, feed), model=model, on_error=errors, stdin=sys.stdin,
                                batch_size=batch_size, n_process=jobs, dask=dask)
        count = write_jsonl(_progress(stream, quiet, "extract"), output, stdout=sys.stdout)
    if str(output) != "-":
        typer.echo(f"Wrote {output}: {count} documents", err=True)
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

    result = run_query(_load_graph(graph), sparql, params, allow_service=allow_service)
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
    with _loading(graph) as loading:
        from kg.analysis import to_networkx
        from kg.viz import Focus, render_html
        from kg.viz.html import page_html  # noqa: F401  (imported while the graph loads)

        spec = Focus(centres=tuple(focus), hops=hops, types=(types,) if types else (),
                     predicates=(predicates,) if predicates else (), since=since, until=until,
                     min_sources=min_sources)
        ds = loading()
    G = to_networkx(ds)
    if query_file is not None:
        from kg.query import load_query_file, parse_params
        from kg.viz import query_view

        G = query_view(G, ds, load_query_file(query_file), parse_params(param))
    H = spec.apply(G)
    subtitle = " \u00b7 ".join(part for part in (f"query {query_file.name}" if query_file else "", str(spec)) if part)
    render_html(H, output, title=title, subtitle=subtitle, max_nodes=max_nodes)
    hidden = H.number_of_nodes() - max_nodes if max_nodes else 0
    note = f" ({hidden} hidden: raise --max-nodes to draw them)" if hidden > 0 else ""
    typer.echo(f"Wrote {output}: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges{note}", err=True)


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def analyze(
    graph: Path = typer.Argument(..., help="RDF file or store folder to analyse."),
    top: int = typer.Option(10, help="How many actors to rank."),
    path: Optional[tuple[str, str]] = typer.Option(None, "--path", help="Shortest paths between two actors."),
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
) -> None:
    """Rank actors (degree, PageRank, betweenness), find communities, or trace paths between two actors.

    Example: kg analyze out/graph.ttl --path Sberbank Huawei
    """
    from kg.analysis import (centrality, communities, format_centrality, format_communities, format_paths,
                             shortest_paths, to_networkx)

    from kg.analysis.period import filter_by_date

    G = filter_by_date(to_networkx(_load_graph(graph)), since, until)
    if path:
        typer.echo(format_paths(shortest_paths(G, path[0], path[1])))
        return
    typer.echo("Most central actors")
    typer.echo(format_centrality(centrality(G, top)))
    typer.echo("\nCommunities")
    typer.echo(format_communities(communities(G), G))


@app.command()
@cli_errors
@without_gc  # a large network is many small objects: the CLI pauses the collector, the library never does
def export(
    graph: Path = typer.Argument(..., help="RDF file or store folder to convert."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (format from the extension)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="turtle, nt, nquads, trig, json-ld or xml; or the network as graphml, "
                                           "gexf (Gephi) or csv (NAME-nodes.csv and NAME-edges.csv for Neo4j)."),
    since: Optional[str] = SINCE_OPT,
    until: Optional[str] = UNTIL_OPT,
) -> None:
    """Convert a graph or a store to any RDF format, or write its network as GraphML, GEXF or Neo4j CSV.

    Example: kg export kb/ -o out/graph.ttl --since 2024-01-01
    """
    from kg.analysis.exports import network_format, write_network
    from kg.rdf import save_graph
    from kg.rdf.period import check_date, restrict_to_period

    since, until = check_date(since, "--since"), check_date(until, "--until")
    network = network_format(output, fmt)
    ds = _load_dataset(graph)
    if network is not None:
        from kg.analysis import to_networkx
        from kg.analysis.period import filter_by_date

        written = write_network(filter_by_date(to_networkx(ds), since, until), output, network)
    else:
        if since or until:
            ds = restrict_to_period(ds, since, until)
        written = [save_graph(ds, output, fmt)]
    typer.echo(f"Wrote {' and '.join(str(p) for p in written)}", err=True)


@app.command()
@cli_errors
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold annotations as JSON Lines (the format of the evaluation "
                                                "guidelines); several files are read as one set."),
    system: Optional[Path] = typer.Option(None, "--system", "-s",
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

    from kg.evaluate import evaluate as score, format_report

    if cv is not None:
        from kg.learn.api import cross_validate_files
        from kg.learn.cv import format_cv_report

        if system is not None:
            fail("--cv extracts the gold texts itself: leave out --system")
        result = cross_validate_files(gold, cv, base_model=model, seed=seed)
        typer.echo(json.dumps(result, indent=2) if as_json else format_cv_report(result))
        return
    from kg.learn.api import read_gold_files
    from kg.workflow import extract_gold

    gold_docs = read_gold_files(gold)
    system_docs = read_gold_files([system]) if system is not None else extract_gold(gold_docs, model=model)
    result = score(gold_docs, system_docs)
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
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="html or md (default: from the extension)."),
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
    from kg.rdf.period import check_date
    from kg.report.output import brief_format

    since = check_date(since, "--since")
    fmt = brief_format(output, fmt)  # fail on a bad option before the graph is read
    from kg.analysis import to_networkx
    from kg.report.brief import build_brief
    from kg.report.output import write_brief

    brief = build_brief(to_networkx(_load_graph(graph)), since=since, focus=focus, min_confidence=min_confidence,
                        top=top, title=title, max_relations=max_relations, charts=fmt == "html")
    write_brief(brief, output, fmt)
    typer.echo(f"Wrote {output}: {brief.new_count} new relations ({brief.uncertain_total} below confidence "
               f"{min_confidence:g}), {len(brief.actors)} actors", err=True)


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
    typer.echo(f"Wrote {output}: relation model from {trained.meta['documents']} documents, "
               f"{trained.meta['pairs']} candidate pairs, {len(trained.classes)} classes; "
               f"adds edges for (threshold): {added} "
               f"(parse {took['parse']:.1f} s, train {took['train']:.1f} s)", err=True)


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


# the knowledge-base commands (add, remove, validate, serve) live in their own module, registered on import
from kg import cli_kb as _cli_kb  # noqa: E402,F401

# help pages with click's metavars (PATH, TEXT, INPUTS...), not Python types: after every command is registered
from kg.cli_help import use_plain_help  # noqa: E402

use_plain_help(app)
