"""Read articles from files, folders, glob patterns and stdin into cleaned ``Document`` records."""

from __future__ import annotations

import codecs
import glob
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from kg.errors import InputError
from kg.ingest.bounds import MAX_DOC_CHARS, MAX_FILE_BYTES, DuplicateIds, bounded, read_regular, utf16_text
from kg.ingest.document import make_document
from kg.ingest.markdown_text import strip_markdown
from kg.ingest.pages import page_document
from kg.ingest.warc import is_warc, read_warc
from kg.ingest.web import (WebSession, active_session, assign_stories, is_url_list, is_web_input, read_url_list,
                           read_web)
from kg.records import Document
from kg.resources import jsonl_objects

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_HTML_SUFFIXES = (".html", ".htm")
_BINARY_PROBE_BYTES = 8192
_GLOB_MAGIC_RE = re.compile(r"[*?[]")
_JSONL_META_KEYS = ("title", "url", "source")

ErrorHandler = Callable[[InputError], None]


def _report(err: InputError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise err
    on_error(err)


#: files that describe a folder rather than being articles in it
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _is_folder_doc(name: str) -> bool:
    return name.lower().split(".")[0] in NOT_ARTICLES


def _is_supported(path: str) -> bool:
    return path.lower().endswith(SUPPORTED_SUFFIXES) or is_warc(path)


def folder_files(folder: str) -> list[str]:
    """The supported, non-hidden files under ``folder`` (recursively), sorted by path; READMEs are not articles.

    Examples
    --------
    >>> folder_files(os.path.join(os.path.dirname(__file__), "no-such-folder"))
    []
    """
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not _is_hidden(name)]
        found.extend(os.path.join(root, name) for name in files
                     if not _is_hidden(name) and not _is_folder_doc(name) and _is_supported(name))
    return sorted(found)


def expand_input(item: str) -> list[str]:
    """The files one input names: a file itself, a folder's supported files, or a glob pattern's matches.

    Examples
    --------
    >>> expand_input("no/such/file.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no/such/file.txt: no such file or directory
    """
    if os.path.isdir(item):
        files = folder_files(item)
        if not files:
            raise InputError(item, f"folder has no supported files ({', '.join(SUPPORTED_SUFFIXES)})")
        return files
    if os.path.lexists(item):  # a broken link or a link loop is reported as such when read
        return [item]
    if not _GLOB_MAGIC_RE.search(item):
        raise InputError(item, "no such file or directory")
    matches = sorted(glob.glob(item, recursive=True))
    if not matches:
        raise InputError(item, "no file matches this pattern")
    files = [path for match in matches
             for path in (folder_files(match) if os.path.isdir(match) else [match] if _is_supported(match) else [])]
    if not files:
        raise InputError(item, f"no supported file matches this pattern ({', '.join(SUPPORTED_SUFFIXES)})")
    return files


def decode_text(data: bytes, source: str) -> str:
    """The text of a file's bytes: UTF-8 (a BOM is accepted), not binary, not empty.

    Examples
    --------
    >>> decode_text(b"\\xef\\xbb\\xbfHello", "a.txt")
    'Hello'
    >>> decode_text(b"ok \\xff", "a.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: a.txt: not valid UTF-8 (byte 0xff at position 3)
    """
    wide = utf16_text(data)
    if wide is not None:
        if not wide.strip():
            raise InputError(source, "file is empty")
        return wide
    nul = data.find(b"\0", 0, _BINARY_PROBE_BYTES)
    if nul >= 0:
        raise InputError(source, f"binary file, not text (NUL byte at position {nul})")
    offset = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        position = offset + exc.start
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[position]:02x} at position {position})") from None
    if not text.strip():
        raise InputError(source, "file is empty")
    return text


def _read_bytes(path: str) -> bytes:
    return read_regular(path)  # only a regular file: a FIFO or a device would block or never end


def _optional_str(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def jsonl_record(record: Any, *, source: str, line: int) -> Document:
    """The document of one parsed JSON Lines record (an object with a non-empty string ``text``).

    Examples
    --------
    >>> doc = jsonl_record({"doc_id": "a1", "text": "Huawei grew.", "published": "2024-10-13T08:00Z"},
    ...                    source="in.jsonl", line=2)
    >>> doc.doc_id, doc.path, doc.published
    ('a1', 'in.jsonl:2', '2024-10-13')
    """
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}", line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, 'no non-empty string "text" field', line=line)
    published = _optional_str(record.get("published"))
    return make_document(text, path=f"{source}:{line}", doc_id=_optional_str(record.get("doc_id")),
                         published=published,
                         where=source, line=line,
                         **{key: _optional_str(record.get(key)) for key in _JSONL_META_KEYS})


def iter_jsonl(text: str, *, source: str, on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of a JSON Lines text, one per non-blank line; a bad line is reported and skipped.

    Examples
    --------
    >>> errors = []
    >>> docs = list(iter_jsonl('{"text": "A deal."}\\n{oops\\n', source="in.jsonl", on_error=errors.append))
    >>> [d.text for d in docs], [str(e) for e in errors]
    (['A deal.'], ['in.jsonl:2: not valid JSON: Expecting property name enclosed in double quotes (column 2)'])
    """
    for number, record in jsonl_objects(text, source=source, on_error=lambda err: _report(err, on_error)):
        try:
            yield jsonl_record(record, source=source, line=number)
        except InputError as err:
            _report(err, on_error)


def read_file(path: str, *, on_error: ErrorHandler | None = None,
              session: WebSession | None = None) -> Iterator[Document]:
    """The documents of one file, read according to its extension (plain text when it has no known one); the
    URLs of a file of URLs are fetched through ``session``."""
    if is_warc(path):
        yield from read_warc(path, on_error=on_error)
        return
    text = decode_text(_read_bytes(path), path)
    suffix = os.path.splitext(path)[1].lower()
    if is_url_list(path, text):
        yield from read_url_list(session or WebSession(), path, text, on_error=on_error)
    elif suffix == ".jsonl":
        yield from iter_jsonl(text, source=path, on_error=on_error)
    elif suffix in _HTML_SUFFIXES:
        yield page_document(text, path=path)
    elif suffix in _MARKDOWN_SUFFIXES:
        markdown = strip_markdown(text)
        yield make_document(markdown.text, path=path, title=markdown.title, known_headings=markdown.headings)
    else:
        yield make_document(text, path=path)


def read_stdin(stream: TextIO, *, on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """The documents of stdin: JSON Lines when the first non-blank character is ``{``, else one plain article."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # bytes, so bad bytes are reported like a file's, and no more than a file's limit
        data = buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError("-", f"stdin has more than {MAX_FILE_BYTES:,} bytes")
        if not data.strip():
            raise InputError("-", "stdin is empty")
        text = decode_text(data, "-")
    else:
        text = stream.read().lstrip("\ufeff")
    if not text.strip():
        raise InputError("-", "stdin is empty")
    if text.lstrip().startswith("{"):
        yield from iter_jsonl(text, source="-", on_error=on_error)
    else:
        yield make_document(text, path="-")


def iter_documents(inputs: Sequence[str], *, on_error: ErrorHandler | None = None,
                   stdin: TextIO | None = None, max_chars: int = MAX_DOC_CHARS) -> Iterator[Document]:
    """Yield the cleaned documents of files, folders, glob patterns, ``-`` (stdin), URLs, ``feed:URL`` and WARC
    files, in order, each with its story (the first copy of a syndicated text, see :mod:`kg.ingest.dedup`).

    A document over ``max_chars`` characters is split at paragraphs (with a warning); a doc_id met again with a
    different text is an error naming both places, with the same text a warning: the later one is skipped.

    A bad input raises ``InputError``, or, when ``on_error`` is given, is passed to it and skipped
    (for JSON Lines only the bad line is skipped).

    Examples
    --------
    >>> import io
    >>> [d.text for d in iter_documents(["-"], stdin=io.StringIO("WASHINGTON (Reuters) - Chips sold."))]
    ['Chips sold.']
    """
    session = active_session() or WebSession()
    yield from assign_stories(_unique_parts(_iter_inputs(inputs, session, on_error, stdin), max_chars, on_error),
                              session.stories)


def _unique_parts(docs: Iterator[Document], max_chars: int, on_error: ErrorHandler | None) -> Iterator[Document]:
    """Each document split at paragraphs when longer than ``max_chars``; a doc_id met again is reported or skipped."""
    ids = DuplicateIds()
    for doc in docs:
        for part in bounded(doc, max_chars):
            try:
                if ids.first(part):
                    yield part
            except InputError as err:
                _report(err, on_error)


def _iter_inputs(inputs: Sequence[str], session: WebSession, on_error: ErrorHandler | None,
                 stdin: TextIO | None) -> Iterator[Document]:
    for item in inputs:
        if is_web_input(item):
            yield from read_web(session, item, on_error=on_error)
            continue
        try:
            if item == "-":
                yield from read_stdin(stdin if stdin is not None else sys.stdin, on_error=on_error)
                continue
            paths = expand_input(item)
        except InputError as err:
            _report(err, on_error)
            continue
        for path in paths:
            try:
                yield from read_file(path, on_error=on_error, session=session)
            except InputError as err:
                _report(err, on_error)
