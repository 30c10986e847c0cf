"""One article's text cleaned and wrapped with its metadata as a ``Document``, whichever reader found it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from kg.errors import InputError
from kg.ingest.bounds import check_english, checked_doc_id, checked_published, clean_meta, strip_controls
from kg.ingest.clean import clean_text
from kg.records import Document


def content_doc_id(text: str) -> str:
    """A stable id derived from the cleaned text: ``doc-`` and 12 hex digits of its SHA-1.

    Examples
    --------
    >>> content_doc_id("Russia and China signed a deal.")
    'doc-99b9892edf18'
    """
    return "doc-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def make_document(raw: str, *, path: str, doc_id: str | None = None, title: str | None = None,
                  url: str | None = None, published: str | None = None, source: str | None = None,
                  known_headings: Sequence[str] = (), where: str | None = None, line: int | None = None) -> Document:
    """Clean ``raw`` and wrap it with its metadata; an article with no text left is an ``InputError``.

    Examples
    --------
    >>> doc = make_document("MOSCOW, June 5 —\\nPutin spoke.", path="a.txt")
    >>> doc.text, doc.dateline, doc.doc_id == content_doc_id("Putin spoke.")
    ('Putin spoke.', 'MOSCOW, June 5', True)
    """
    raw = strip_controls(raw)
    doc_id = checked_doc_id(doc_id, where or path, line)
    published = checked_published(published, where or path, line)
    cleaned = clean_text(raw, known_headings=known_headings)
    check_english(cleaned.text or raw, where or path, line)
    if not cleaned.text:
        raise InputError(where or path, "no article text left after cleaning", line=line)
    return Document(doc_id=doc_id or content_doc_id(cleaned.text), text=cleaned.text, title=clean_meta(title),
                    url=clean_meta(url), published=published, source=clean_meta(source),
                    dateline=clean_meta(cleaned.dateline), path=path, headings=cleaned.headings)
