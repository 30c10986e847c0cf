"""Web inputs on the command line: ``--feed URL``, ``--delay`` and ``--archive``, and the inputs they make."""

from __future__ import annotations

from typing import Optional

import typer

from kg.cli_common import fail

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
    from kg.ingest.web import FEED_PREFIX

    items = list(inputs or []) + [FEED_PREFIX + feed for feed in feeds]
    if not items:
        fail("give the articles to read (files, folders, URLs, - for stdin) or a feed (--feed URL)")
    return items
