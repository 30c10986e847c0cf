"""Web inputs on the command line: ``--feed URL`` and ``--delay``, and the web session a command runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer

FEED_OPT = typer.Option([], "--feed", help="RSS or Atom feed whose entries to read (repeatable); with a store, "
                                           "only entries no earlier run fetched.")
DELAY_OPT = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to one web host.")
ARCHIVE_OPT = typer.Option(None, "--archive", help="Keep every fetched page in a WARC file in this folder "
                                                   "(kg-<time>.warc.gz), to trace evidence to its bytes.")
INPUTS_ARG = typer.Argument(None, help="Files, folders, globs, - for stdin, http(s) URLs, files of URLs (.urls) "
                                       "or WARC files (.txt .md .html .jsonl .warc .warc.gz).")


def web_inputs(inputs: Optional[list[str]], feeds: list[str]) -> list[str]:
    """The inputs with each feed as ``feed:URL``; none at all is an error.

    >>> web_inputs(["a.txt"], ["https://example.org/rss"])
    ['a.txt', 'feed:https://example.org/rss']
    """
    from kg.cli import fail
    from kg.ingest.web import FEED_PREFIX

    items = list(inputs or []) + [FEED_PREFIX + feed for feed in feeds]
    if not items:
        fail("give the articles to read (files, folders, URLs, - for stdin) or a feed (--feed URL)")
    return items


@contextmanager
def web_run(store: Optional[Path], delay: float, archive: Optional[Path] = None) -> Iterator[Any]:
    """Run the block in a web session; with a store, its fetch state is loaded first and saved after success;
    with ``archive``, fetched pages are written to a WARC file in that folder."""
    from kg.ingest.dedup import StoryIndex
    from kg.ingest.fetch import Fetcher, FetchSettings
    from kg.ingest.web import WebSession, web_session
    from kg.store.state import FetchState

    state = FetchState.load(store)
    session = WebSession(fetcher=Fetcher(FetchSettings(delay=delay)), state=state,
                         stories=StoryIndex.from_json(state.stories))
    if archive is not None:
        from kg.ingest.archive import WarcArchive

        session.archive = WarcArchive(archive)
    try:
        with web_session(session):
            yield session
    finally:
        if session.archive is not None:
            session.archive.close()
    if store is not None and Path(store).is_dir():
        state.stories = session.stories.to_json()
        state.save(store)
    if session.fetcher.requests:
        kept = f"; kept in {session.archive.path}" if session.archive is not None and session.archive.records else ""
        typer.echo(f"Web: {session.summary()}{kept}", err=True)
