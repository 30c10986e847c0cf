"""RSS and Atom feeds (feedparser): the entries of a feed, each with its id, link and metadata.

Examples
--------
>>> rss = b'''<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
... <item><title>Deal</title><link>https://w.example/a</link><guid>w-1</guid>
... <pubDate>Sun, 13 Oct 2024 08:00:00 GMT</pubDate></item></channel></rss>'''
>>> [(e.entry_id, e.link, e.title, e.published) for e in feed_entries(rss, "https://w.example/feed")]
[('https://w.example/w-1', 'https://w.example/a', 'Deal', '2024-10-13')]
"""

from __future__ import annotations

import time
from typing import Any, NamedTuple
from urllib.parse import urljoin

from kg.ingest.fetch import FetchError


class FeedEntry(NamedTuple):
    """One entry of a feed: a stable id (its guid, else its link), the article's link and what the feed says."""

    entry_id: str
    link: str
    title: str | None
    published: str | None
    author: str | None


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def feed_entries(body: bytes, url: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document with a link, in feed order; links are made absolute against ``url``.

    Raises :class:`FetchError` when the document is not a feed.
    """
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FetchError(url, f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        link = urljoin(url, link.strip())
        entries.append(FeedEntry(entry_id=(entry.get("id") or link).strip(), link=link,
                                 title=(entry.get("title") or "").strip() or None, published=_date(entry),
                                 author=(entry.get("author") or "").strip() or None))
    return entries
