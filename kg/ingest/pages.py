"""Documents of web pages (a file, a fetched response or an archived record): trafilatura's text, then the cleaner.

A page with a URL (its canonical link, else where it was fetched) takes its doc_id from that URL, so the same
article read from a file, fetched or unpacked from a WARC is one document, a changed article replaces its old
graph, and the same wire text on two sites stays two documents (two outlets of one story, see kg.ingest.dedup).
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from kg.ingest.document import make_document
from kg.ingest.html_text import extract_html
from kg.records import Document

PLAIN_TYPES = ("text/plain",)


def url_doc_id(url: str) -> str:
    """The doc_id of a page with a URL: ``page-`` and 12 hex digits of the URL's SHA-1.

    >>> url_doc_id("https://example.org/a")
    'page-579f2a2ceeee'
    """
    return "page-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def site_of(url: str | None) -> str | None:
    """The host of a URL, without ``www.`` (a page's site when it names none).

    >>> site_of("https://www.example.org/a?b=1"), site_of(None)
    ('example.org', None)
    """
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


def page_document(markup: str, *, path: str, final_url: str | None = None, retrieved: str | None = None,
                  content_type: str = "text/html", title: str | None = None, published: str | None = None,
                  author: str | None = None) -> Document:
    """The document of one page; ``title``, ``published`` and ``author`` (from a feed entry) fill what the page
    lacks. Raises :class:`~kg.errors.InputError` when no article text is left.

    Examples
    --------
    >>> doc = page_document('<html><head><link rel="canonical" href="https://n.example/a"></head><body><article>'
    ...     '<h1>Deal</h1><p>LONDON (Reuters) - Russia and China signed a deal on chips.</p></article></body></html>',
    ...     path="a.html", final_url="http://mirror.example/a?x=1")
    >>> doc.doc_id == url_doc_id("https://n.example/a"), doc.text, doc.dateline
    (True, 'Deal\\nRussia and China signed a deal on chips.', 'LONDON (Reuters)')
    >>> doc.source, doc.final_url
    ('n.example', 'http://mirror.example/a?x=1')
    """
    if content_type in PLAIN_TYPES:
        url = final_url
        doc = make_document(markup, path=path, doc_id=url_doc_id(url) if url else None, title=title, url=url,
                            published=published, source=site_of(url))
    else:
        page = extract_html(markup, url=final_url)
        url = page.url or final_url
        doc = make_document(page.text, path=path, doc_id=url_doc_id(url) if url else None,
                            title=page.title or title, url=url, published=page.published or published,
                            source=page.source or site_of(url), known_headings=page.headings)
        doc.author = page.author or author
    doc.author = doc.author or author
    doc.final_url, doc.retrieved = final_url, retrieved
    return doc
