"""WARC archives (warcio): the HTML response records of a ``.warc`` or ``.warc.gz`` file become documents with
their URL and fetch date.

Examples
--------
>>> is_warc("crawl/pages.warc.gz"), is_warc("pages.html")
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.errors import InputError
from kg.ingest.fetch import HTML_TYPES, _media_type, decode_page
from kg.ingest.pages import page_document
from kg.records import Document

WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(path: str, *, on_error: Callable[[InputError], None] | None = None,
              max_bytes: int = 10_000_000) -> Iterator[Document]:
    """The documents of the 200 HTML (or plain text) response records of a WARC file, in file order.

    A record with no article text is reported through ``on_error`` (raised without it) and skipped; other record
    types (requests, metadata, revisits) and other content types are passed over.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    with handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                media, charset = _media_type(record.http_headers.get_header("Content-Type"))
                if media not in HTML_TYPES:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    _skip(InputError(f"{path}#{number}", f"{url}: record too large (over {max_bytes:,} bytes)"),
                          on_error)
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                try:
                    yield page_document(decode_page(body, charset), path=f"{path}#{number}", final_url=url,
                                        retrieved=date, content_type=media)
                except InputError as err:
                    _skip(InputError(f"{path}#{number}", f"{url}: {err.message}"), on_error)
        except ArchiveLoadFailed as exc:
            raise InputError(path, f"not a readable WARC file ({' '.join(str(exc).split())[:200]})") from None


def _skip(err: InputError, on_error: Callable[[InputError], None] | None) -> None:
    if on_error is None:
        raise err
    on_error(err)
