"""The knowledge-base commands of ``kg``: add, remove, validate, serve and push (:mod:`kg.cli` registers them)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from kg.cli_common import (BATCH_OPT, JOBS_OPT, MODEL_OPT, QUIET_OPT, ErrorLog, cli_errors, fail, job_settings,
                           load_graph, print_job, progress_bar, status)
from kg.cli_web import ARCHIVE_OPT, DELAY_OPT, FEED_OPT, INPUTS_ARG, web_inputs


@cli_errors
def add(
    store: Path = typer.Argument(..., help="Store folder (made by kg build --store)."),
    inputs: Optional[list[str]] = INPUTS_ARG,
    model: str = MODEL_OPT,
    batch_size: int = BATCH_OPT,
    jobs: int = JOBS_OPT,
    force: bool = typer.Option(False, "--force", help="Process unchanged articles again (after a pipeline change)."),
    quiet: bool = QUIET_OPT,
    feed: list[str] = FEED_OPT,
    delay: float = DELAY_OPT,
    archive: Optional[Path] = ARCHIVE_OPT,
) -> None:
    """Add articles to a store: new ones are added, changed ones replace their graph, unchanged ones are skipped.

    Each article is committed on its own, so an interrupted run keeps every article it finished.

    Example: kg add kb/ data/articles; kg add kb/ --feed https://example.org/rss.xml (only new entries)
    """
    from kg.workflow import update_store

    errors = ErrorLog()
    started = time.perf_counter()
    settings = job_settings(errors, model=model, batch_size=batch_size, jobs=jobs, quiet=quiet, delay=delay,
                            archive=archive)
    report = update_store(store, web_inputs(inputs, feed), settings, force=force)
    print_job(report, time.perf_counter() - started)
    errors.finish()


@cli_errors
def remove(
    store: Path = typer.Argument(..., help="Store folder."),
    doc_ids: list[str] = typer.Argument(..., help="Ids of the documents to retract (see data/queries/documents.rq)."),
) -> None:
    """Retract documents from a store, with every edge and entity that only they supported.

    Example: kg remove kb/ seed-russia-china-ai
    """
    from kg.workflow import remove_from_store

    status(str(remove_from_store(store, doc_ids)))


@cli_errors
def validate(
    graph: Path = typer.Argument(..., help="RDF file or store folder to check."),
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="SHACL shapes to use instead of data/shapes.ttl."),
    limit: int = typer.Option(50, help="Most violations to list."),
) -> None:
    """Check a graph against the SHACL shapes of data/shapes.ttl; the exit status is 1 when it has violations.

    Example: kg validate out/graph.ttl
    """
    from kg.rdf.validate import format_report, validate_graph

    report = validate_graph(load_graph(graph), shapes=shapes)
    typer.echo(format_report(report, limit=limit))
    if not report.conforms:
        raise typer.Exit(1)


@cli_errors
def serve(
    graph: Path = typer.Argument(..., help="Store folder (or RDF file, loaded in memory) to serve."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 opens it to the network)."),
    port: int = typer.Option(8000, help="Port to listen on (0: any free port)."),
    timeout: float = typer.Option(30.0, help="Seconds a query may run; past them its worker process is stopped."),
    cors: Optional[str] = typer.Option(None, "--cors", help="Let web pages of this origin read the endpoint "
                                                            "(e.g. http://localhost:3000); none by default."),
    workers: int = typer.Option(8, "--workers", help="Most queries running at once, each in its own process."),
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql, and the interactive graph page at /.

    Example: kg serve kb/ --port 8000
    """
    from kg.serve import make_server

    if timeout <= 0 or workers < 1:
        fail("--timeout must be positive and --workers at least 1")
    server = make_server(graph, host=host, port=port, timeout=timeout, cors=cors, workers=workers)
    status(f"Serving {graph} at {server.url}/ (SPARQL endpoint: {server.url}/sparql); Ctrl-C stops.")
    try:
        server.serve_forever()  # uvicorn stops on Ctrl-C or SIGTERM, and the query workers are killed
    finally:
        server.server_close()


@cli_errors
def push(
    store: Path = typer.Argument(..., help="Store folder whose document graphs to upload."),
    endpoint: str = typer.Option(..., "--endpoint", "-e",
                                 help="SPARQL 1.1 Graph Store endpoint, e.g. http://localhost:7878/store."),
    user: Optional[str] = typer.Option(None, "--user", help="User name for HTTP basic authentication."),
    password: Optional[str] = typer.Option(None, "--password", envvar="KG_PUSH_PASSWORD",
                                           help="Password (or set KG_PUSH_PASSWORD)."),
    quiet: bool = QUIET_OPT,
) -> None:
    """Upload every document graph of a store to a SPARQL Graph Store endpoint (each replaces its graph there).

    For graphs past one machine's embedded store: any triple store that speaks the Graph Store Protocol
    (Oxigraph server, Fuseki, GraphDB, Virtuoso) then holds the same named graphs.

    Example: kg push kb/ --endpoint http://localhost:7878/store
    """
    from urllib.parse import urlsplit

    from kg.scale.push import push_store
    from kg.store import open_store

    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.netloc or any(c.isspace() for c in endpoint):
        fail(f"--endpoint {endpoint!r} is not an http(s) URL (e.g. http://localhost:7878/store)")
    started = time.perf_counter()
    kb = open_store(store, read_only=True)
    report = push_store(kb, endpoint, user=user, password=password,
                        progress=progress_bar(quiet, "push"))
    status(f"Pushed {report} ({time.perf_counter() - started:.1f} s)")


#: the commands of this module, in the order of the help page
COMMANDS = (add, remove, validate, serve, push)
