"""What every ``kg`` command shares: its options, the one-line error handling, progress bars and graph loading.

The command modules (:mod:`kg.cli`, :mod:`kg.cli_kb`) import this one and nothing imports them back, so the
command line has no import circle: :mod:`kg.cli` makes the app and registers the commands of both.
"""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import typer

from kg.errors import InputError, KgError
from kg.resources import DEFAULT_MODEL

F = TypeVar("F", bound=Callable[..., Any])

MODEL_OPT = typer.Option(DEFAULT_MODEL, "--model", "-m", help="spaCy pipeline to use (an installed package or a "
                                                              "folder), or a relation model folder from kg train.")
BATCH_OPT = typer.Option(16, help="Documents per spaCy batch.")
JOBS_OPT = typer.Option(1, "--jobs", "-j", help="Processes running the pipeline (same output for any number).")
DASK_OPT = typer.Option(None, "--dask", help="Run the pipeline on a Dask cluster: its scheduler (tcp://host:8786), "
                                             "or local for a cluster of --jobs local processes.")
QUIET_OPT = typer.Option(False, "--quiet", "-q", help="No progress bar.")
SINCE_OPT = typer.Option(None, "--since", help="Only relations dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL_OPT = typer.Option(None, "--until", help="Only relations dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")


def fail(message: str) -> NoReturn:
    """``Error: message`` on stderr and exit status 1."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(1)


def status(message: str) -> None:
    """A status line (``Wrote …``, ``Updated …``): on stderr, so that stdout carries only results."""
    typer.echo(message, err=True)


def print_job(report: object, took: float | None = None) -> None:
    """A job's notes (what the web session fetched) and its report as status lines, with the seconds it took."""
    for note in getattr(report, "notes", []):
        status(note)
    status(f"{report} ({took:.1f} s)" if took is not None else str(report))


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
            fail(f"{self.count} input(s) could not be read (see warnings above)")


def progress_bar(quiet: bool, desc: str) -> Callable[[Iterable[Any]], Iterable[Any]]:
    """What wraps a stream of documents in a progress bar on stderr (nothing with ``--quiet``)."""

    def wrap(iterable: Iterable[Any]) -> Iterable[Any]:
        if quiet:
            return iterable
        from tqdm import tqdm

        return tqdm(iterable, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)

    return wrap


def job_settings(errors: ErrorLog, *, model: str, batch_size: int, jobs: int, quiet: bool, dask: str | None = None,
                 delay: float = 1.0, archive: Path | None = None) -> Any:
    """The :class:`kg.workflow.Settings` of the reading options: input errors to ``errors``, documents read from
    stdin for ``-``, a progress bar on stderr unless ``quiet``."""
    from kg.workflow import Settings

    return Settings(model=model, batch_size=batch_size, n_process=jobs, dask=dask, delay=delay, archive=archive,
                    on_error=errors, stdin=sys.stdin, progress=progress_bar(quiet, "extract"))


def load_graph(path: Path) -> Any:
    """An RDF file, or a store folder read in place, as an rdflib graph."""
    from kg.store import open_graph

    return open_graph(path)


@contextmanager
def loading(path: Path) -> Iterator[Callable[[], Any]]:
    """:func:`load_graph` with the file parsed in a background thread from the start: the command imports
    rdflib, networkx, scipy and the page code while Oxigraph parses (it releases the GIL), which saves about half
    a second on a 300,000-triple graph. Call what it yields to get the graph."""
    from kg.rdf.parse import preparse

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-load") as pool:
        parsed = pool.submit(preparse, path)
        from kg.store import open_graph  # rdflib and the store code, imported while the file parses

        yield lambda: open_graph(path, parsed.result())
