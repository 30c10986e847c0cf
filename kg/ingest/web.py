"""URLs, files of URLs and feeds as inputs, read through one web session (fetcher, remembered state, stories).

A session is opened by the command (``with web_session(...)``) and found by the readers; without one, each
:func:`kg.ingest.readers.iter_documents` call uses a fresh session that remembers nothing. ``feed:URL`` names a
feed among the inputs (``--feed URL`` on the command line).

Examples
--------
>>> is_feed_input("feed:https://example.org/rss"), is_url_list("urls.txt", "https://a.example/x\\n# note\\n")
(True, True)
>>> is_url_list("a.txt", "Russia and China signed a deal.")
False
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InputError
from kg.ingest.dedup import StoryIndex
from kg.ingest.feeds import feed_entries
from kg.ingest.fetch import FEED_TYPES, Fetcher, is_url
from kg.ingest.pages import page_document
from kg.records import Document

FEED_PREFIX = "feed:"
URL_LIST_SUFFIXES = (".urls",)
ErrorHandler = Callable[[InputError], None]


def _new_state() -> Any:
    from kg.store.state import FetchState  # imported when needed: the store package imports Oxigraph

    return FetchState()


@dataclass
class WebSession:
    """The fetcher, the state remembered between runs and the story index of one command, with its counts."""

    fetcher: Fetcher = field(default_factory=Fetcher)
    state: Any = field(default_factory=_new_state)  # a kg.store.state.FetchState
    stories: StoryIndex = field(default_factory=StoryIndex)
    fetched: int = 0  # pages fetched and read
    not_modified: int = 0  # conditional GETs answered 304 (feeds and pages)
    known_entries: int = 0  # feed entries passed over because an earlier run fetched them
    failed: int = 0
    unchanged_inputs: set[str] = field(default_factory=set)  # inputs that gave nothing because nothing changed
    archive: Any = None  # a kg.ingest.archive.WarcArchive that keeps every fetched page, or None

    def summary(self) -> str:
        """One line for the command's report.

        >>> WebSession().summary()
        'fetched 0 pages (0 requests), 0 not modified, 0 feed entries already fetched, 0 failed'
        """
        return (f"fetched {self.fetched} pages ({self.fetcher.requests} requests), {self.not_modified} not modified, "
                f"{self.known_entries} feed entries already fetched, {self.failed} failed")


_SESSION: ContextVar[WebSession | None] = ContextVar("kg_web_session", default=None)


@contextmanager
def web_session(session: WebSession | None = None) -> Iterator[WebSession]:
    """Make ``session`` (a new one by default) the one the readers use inside the ``with`` block."""
    session = session or WebSession()
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)


def active_session() -> WebSession | None:
    """The session of the enclosing :func:`web_session`, if any."""
    return _SESSION.get()


def is_feed_input(item: str) -> bool:
    return item.startswith(FEED_PREFIX) and is_url(item[len(FEED_PREFIX):])


def is_web_input(item: str) -> bool:
    return is_url(item) or is_feed_input(item)


def is_url_list(path: str, text: str) -> bool:
    """Whether a file is a list of URLs: a ``.urls`` file, or a ``.txt`` whose lines (but blanks and ``#``
    comments) are all http(s) URLs."""
    if path.lower().endswith(URL_LIST_SUFFIXES):
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return path.lower().endswith(".txt") and bool(lines) and all(is_url(line) and " " not in line for line in lines)


def _report(err: InputError, session: WebSession, on_error: ErrorHandler | None) -> None:
    session.failed += 1
    if on_error is None:
        raise err
    on_error(err)


def read_url(session: WebSession, url: str, *, title: str | None = None, published: str | None = None,
             author: str | None = None) -> Document | None:
    """The document of one URL, fetched conditionally; None when the server says it has not changed."""
    page = session.fetcher.get(url, validators=session.state.validators.get(url))
    if page is None:
        session.not_modified += 1
        return None
    if page.validators:
        session.state.validators[url] = page.validators
    if session.archive is not None:
        session.archive.write(page)
    doc = page_document(page.text, path=page.final_url, final_url=page.final_url, retrieved=page.retrieved,
                        content_type=page.content_type, title=title, published=published, author=author)
    session.fetched += 1
    return doc


def read_feed(session: WebSession, feed_url: str, *, on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of a feed's entries that no earlier run fetched; the feed itself is fetched conditionally.

    An entry that failed for a reason that may pass (a 5xx, a timeout) is tried again the next time the feed
    changes; one refused for good (robots.txt, 404, a PDF) is reported once and not fetched again.
    """
    state = session.state
    page = session.fetcher.get(feed_url, validators=state.validators.get(feed_url), accept=FEED_TYPES)
    if page is None:
        session.not_modified += 1
        session.unchanged_inputs.add(FEED_PREFIX + feed_url)
        return
    entries = feed_entries(page.body, page.final_url)
    seen = state.entries.setdefault(feed_url, [])
    known = set(seen)
    fresh = 0
    for entry in entries:
        if entry.entry_id in known:
            session.known_entries += 1
            continue
        try:
            doc = read_url(session, entry.link, title=entry.title, published=entry.published, author=entry.author)
        except InputError as err:
            if not getattr(err, "transient", False):  # refused for good: reported once, not fetched again
                seen.append(entry.entry_id)
                known.add(entry.entry_id)
            _report(err, session, on_error)
            continue
        seen.append(entry.entry_id)
        known.add(entry.entry_id)
        if doc is not None:
            fresh += 1
            yield doc
    if page.validators:  # remembered once the entries are read, so an interrupted run reads the feed again
        state.validators[feed_url] = page.validators
    if not fresh:
        session.unchanged_inputs.add(FEED_PREFIX + feed_url)


def read_urls(session: WebSession, urls: list[tuple[str, str, int | None]], *,
              on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of ``(url, source, line)`` items; a failing URL is reported (one line) and the others go on."""
    for url, source, line in urls:
        try:
            if not is_url(url):
                raise InputError(source, f"not an http(s) URL: {url[:80]}", line=line)
            doc = read_url(session, url)
        except InputError as err:
            _report(err, session, on_error)
            continue
        if doc is None:
            session.unchanged_inputs.add(url)
        else:
            yield doc


def read_url_list(session: WebSession, path: str, text: str, *,
                  on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of a file of URLs, one a line (blank lines and ``#`` comments skipped)."""
    items = [(line.strip(), path, number) for number, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    failed, read = session.failed, 0
    for doc in read_urls(session, items, on_error=on_error):
        read += 1
        yield doc
    if not read and session.failed == failed:  # every URL unchanged since the last run
        session.unchanged_inputs.add(path)


def read_web(session: WebSession, item: str, *, on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of one web input: a URL, or ``feed:URL``."""
    if is_feed_input(item):
        try:
            yield from read_feed(session, item[len(FEED_PREFIX):], on_error=on_error)
        except InputError as err:
            _report(err, session, on_error)
        return
    yield from read_urls(session, [(item, item, None)], on_error=on_error)


def assign_stories(documents: Iterator[Document], stories: StoryIndex) -> Iterator[Document]:
    """The documents with their ``story`` set: the first copy of a syndicated text is the story of the others."""
    for doc in documents:
        doc.story = stories.assign(doc.doc_id, doc.text)
        yield doc
